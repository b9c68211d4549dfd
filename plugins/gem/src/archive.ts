/** A `.gem` as RubyGems installs it. */
import { ArchiveError, isFileType, refusingLayout, type ArchiveFormat } from '@inert/core';

/**
 * A .gem is an uncompressed tar of metadata.gz, data.tar.gz and checksums.yaml.gz; the installed
 * files come from data.tar.gz (`Gem::Package#extract_tar_gz`: paths as they are; absolute or
 * escaping paths raise Gem::Package::PathError). Each must appear once: a second copy is ambiguous
 * (RubyGems' verify rejects duplicate entries), so it is an error, as is a missing data.tar.gz.
 */
export const gemArchive: ArchiveFormat = {
  kind: 'gem',
  container: 'tar',
  suffixes: ['.gem'],
  recognise: (paths) => paths.has('data.tar.gz') && paths.has('metadata.gz'),
  layout: (outer, { name, readTar }) => {
    for (const wanted of ['data.tar.gz', 'metadata.gz']) {
      const copies = outer.filter((e) => e.path === wanted);
      if (copies.length === 0) throw new ArchiveError(name, `not a gem: no ${wanted}`);
      if (copies.length > 1) throw new ArchiveError(name, `${wanted} appears ${copies.length} times`);
      if (!isFileType(copies[0]!.type)) throw new ArchiveError(name, `${wanted} is not a regular file`);
    }
    const data = outer.find((e) => e.path === 'data.tar.gz')!;
    return refusingLayout(
      readTar(data.data!, `${name}!data.tar.gz`),
      0,
      'RubyGems refuses to install the gem (Gem::Package::PathError)',
    );
  },
};

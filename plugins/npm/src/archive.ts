/**
 * npm's package tarball (`.tgz`), laid out as npm writes it: pacote 21 `FetcherBase#tarxOptions` →
 * node-tar `Unpack`. Links are filtered out, only `/File$/` types are written (directories are
 * implied), `.gitignore` becomes `.npmignore` unless a `.npmignore` came first in the same directory,
 * `strip: 1` drops the first path segment whatever its name, a path with a `..` segment is skipped, a
 * leading `/` is stripped, and an entry resolving to the package root itself is skipped.
 */
import { posix } from 'node:path';
import { ArchiveWriter, isFileType, type ArchiveFormat, type ArchiveLayout, type RawTarEntry } from '@inert/core';

export const tarball: ArchiveFormat = {
  kind: 'npm',
  container: 'tar',
  suffixes: ['.tgz'],
  recognise: (paths) => paths.has('package/package.json'),
  layout: npmLayout,
};

function npmLayout(entries: readonly RawTarEntry[]): ArchiveLayout {
  const out = new ArchiveWriter();
  const sawIgnores = new Set<string>();
  // Skips are reported where npm would have written them (the first segment stripped).
  const shown = (path: string) => path.split('/').slice(1).join('/') || path;
  entries.forEach((entry, index) => {
    if (/Link$/.test(entry.type))
      return out.skip(
        shown(entry.path),
        'symlink',
        `${entry.type === 'Link' ? 'hard' : 'symbolic'} link to ${entry.linkpath ?? '?'}: npm does not write links from a package archive`,
      );
    if (!isFileType(entry.type)) {
      if (entry.type !== 'Directory')
        out.skip(shown(entry.path), 'special', `${entry.type} entry: npm does not write it`);
      return;
    }
    let path = entry.path;
    const base = posix.basename(path);
    if (base === '.npmignore') sawIgnores.add(path);
    else if (base === '.gitignore') {
      const renamed = path.replace(/\.gitignore$/, '.npmignore');
      if (sawIgnores.has(renamed)) return;
      path = renamed;
    }
    const parts = path.split('/');
    parts.splice(0, 1);
    const stripped = parts.join('/');
    if (stripped === '') return;
    if (parts.length > 1024)
      return out.skip(shown(entry.path), 'refused', 'path deeper than 1024 segments: npm (node-tar) skips it');
    if (stripped.replace(/^\/+/, '').split('/').includes('..'))
      return out.skip(shown(entry.path), 'refused', "path contains '..': npm (node-tar) skips it");
    out.write(stripped, entry, index);
  });
  return out.done();
}

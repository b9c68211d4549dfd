/**
 * `--listing <file>`: the repository's full path list, for a scan of a sparse checkout of it
 * (ScanConfig.listing; docs/scaling.md). `git ls-tree -r -z HEAD` writes it best: entries separated
 * by NUL bytes, each `<mode> <type> <object>\t<path>`, so symbolic links (mode 120000) are known.
 * `--name-only` lists (paths alone) are read too, NUL- or newline-separated, but a line git quoted (a
 * name with a control character, a quote or a backslash, under git's default core.quotePath) is
 * refused: read verbatim it would name no file, and the file it stands for would silently not count.
 */
import type { RepositoryListing } from '@inert/core';
import { UsageError } from './args.js';

// `git ls-tree`'s entry: mode, type and object name, a tab, the path. Each part a run of one class.
const ENTRY = /^([0-7]{6}) ([a-z]+) ([0-9a-f]+)\t/;

export function parseListing(text: string, file: string): RepositoryListing {
  const nul = text.includes('\0');
  const lines = text.split(nul ? '\0' : '\n').map((l) => (nul ? l : l.replace(/\r$/, '')));
  const withModes = ENTRY.test(lines[0] ?? '');
  const paths = new Set<string>();
  const symlinks = new Set<string>();
  lines.forEach((line, i) => {
    if (line === '') return;
    const where = `${file}: ${nul ? 'entry' : 'line'} ${i + 1}`;
    const entry = ENTRY.exec(line);
    if (withModes !== (entry !== null))
      throw new UsageError(`--listing ${where} is not in the form of the first entry (git ls-tree -r -z output)`);
    const named = entry ? line.slice(entry[0].length) : line;
    if (!nul && named.startsWith('"'))
      throw new UsageError(`--listing ${where} is a path git quoted; write the listing with git ls-tree -z`);
    const path = named.startsWith('./') ? named.slice(2) : named;
    if (path.startsWith('/') || path.split('/').some((s) => s === '' || s === '.' || s === '..'))
      throw new UsageError(`--listing ${where} is not a path relative to the repository root`);
    paths.add(path);
    if (entry?.[1] === '120000') symlinks.add(path);
  });
  if (paths.size === 0) throw new UsageError(`--listing ${file} lists no path`);
  return withModes ? { paths, symlinks } : { paths };
}

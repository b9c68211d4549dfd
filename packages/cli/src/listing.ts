/**
 * `--listing <file>`: the repository's full path list, for a scan of a sparse checkout of it
 * (ScanConfig.listing; docs/scaling.md). `git ls-tree -r --name-only -z HEAD` writes it: paths
 * separated by NUL bytes. Newline-separated lists are read too, but a line git quoted (a name with a
 * control character, a quote or a backslash, under git's default core.quotePath) is refused: read
 * verbatim it would name no file, and the file it stands for would silently not count.
 */
import { UsageError } from './args.js';

export function parseListing(text: string, file: string): Set<string> {
  const nul = text.includes('\0');
  const lines = text.split(nul ? '\0' : '\n');
  const paths = new Set<string>();
  lines.forEach((raw, i) => {
    const line = nul ? raw : raw.replace(/\r$/, '');
    if (line === '') return;
    const where = nul ? `entry ${i + 1}` : `line ${i + 1}`;
    if (!nul && line.startsWith('"'))
      throw new UsageError(`--listing ${file}: ${where} is a path git quoted; write the listing with git ls-tree -z`);
    const path = line.startsWith('./') ? line.slice(2) : line;
    if (path.startsWith('/') || path.split('/').some((s) => s === '' || s === '.' || s === '..'))
      throw new UsageError(`--listing ${file}: ${where} is not a path relative to the repository root`);
    paths.add(path);
  });
  if (paths.size === 0) throw new UsageError(`--listing ${file} lists no path`);
  return paths;
}

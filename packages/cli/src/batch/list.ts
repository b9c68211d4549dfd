/**
 * The checkouts of a batch: a list file (one path per line) or a directory whose subdirectories are
 * checkouts. Paths are kept as written (they name the checkout in the output and pick its shard). A
 * list line may add, after a tab, the repository listing of a sparse checkout (`--listing`,
 * docs/scaling.md), relative to the list file like the checkout.
 */
import { trimTrailing } from '@inert/core';

/** What the batch reads its list with (the CLI's Io, narrowed). */
export interface ListIo {
  isDirectory(path: string): Promise<boolean>;
  isFile(path: string): Promise<boolean>;
  readFile(path: string): Promise<string>;
  /** Names in a directory with their kind; symlinks are reported as such, never followed. */
  listDirectory(path: string): Promise<readonly { name: string; kind: 'directory' | 'file' | 'symlink' | 'other' }[]>;
  resolve(path: string): string;
}

export interface BatchEntry {
  /** The checkout as the list names it (a line of the list file, or the subdirectory's name). */
  id: string;
  /** The absolute path scanned. */
  path: string;
  /** Set when the entry is not scanned (a symbolic link): it gets an error line saying why. */
  refused?: string;
  /** A sparse checkout's repository listing (absolute), scanned with `--listing`. */
  listing?: string;
}

export interface BatchList {
  entries: BatchEntry[];
  /** Lines that name no new checkout (repeats), with why: reported, never silently dropped. */
  rejected: { id: string; reason: string }[];
}

/** Sorts by UTF-16 code unit: the same order on every machine, whatever its locale. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function join(dir: string, name: string): string {
  return `${trimTrailing(dir, '/')}/${name}`;
}

function dirname(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? '/' : path.slice(0, cut);
}

export async function readBatchList(target: string, io: ListIo): Promise<BatchList> {
  const absolute = io.resolve(target);
  if (await io.isDirectory(absolute)) {
    const entries: BatchEntry[] = [];
    const rejected: BatchList['rejected'] = [];
    const names = [...(await io.listDirectory(absolute))].sort((a, b) => byCodeUnit(a.name, b.name));
    for (const { name, kind } of names) {
      if (name.startsWith('.')) continue;
      if (kind === 'directory') entries.push({ id: name, path: join(absolute, name) });
      else if (kind === 'symlink')
        entries.push({
          id: name,
          path: join(absolute, name),
          refused: 'a symbolic link; batch mode never follows links',
        });
    }
    return { entries, rejected };
  }
  if (!(await io.isFile(absolute))) throw new Error(`"${target}" is neither a list file nor a directory of checkouts`);
  const base = dirname(absolute);
  const seen = new Set<string>();
  const entries: BatchEntry[] = [];
  const rejected: BatchList['rejected'] = [];
  for (const raw of (await io.readFile(absolute)).split('\n')) {
    const [checkout, listing, ...more] = raw.replace(/\r$/, '').split('\t');
    const line = checkout!.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (seen.has(line)) {
      rejected.push({ id: line, reason: 'listed twice; scanned once' });
      continue;
    }
    seen.add(line);
    const at = (path: string) => (path.startsWith('/') ? path : join(base, path));
    const sparse = listing?.trim();
    if (more.length > 0 || sparse === '') {
      rejected.push({ id: line, reason: 'a list line is a checkout, then at most one tab and its listing' });
      continue;
    }
    entries.push({ id: line, path: at(line), ...(sparse !== undefined ? { listing: at(sparse) } : {}) });
  }
  return { entries, rejected };
}

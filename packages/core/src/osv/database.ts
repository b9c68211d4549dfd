/**
 * An offline OSV database: advisories in the OSV schema from a directory or a ZIP (OSV's bulk
 * exports, e.g. https://osv-vulnerabilities.storage.googleapis.com/<ecosystem>/all.zip), indexed once by
 * ecosystem and normalised name. Never touches the network. https://ossf.github.io/osv-schema/
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HasOsvDescriptor, OsvDescriptor } from './descriptor.js';
import { readZip } from './zip.js';

export interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export interface OsvAffected {
  /** The OSV ecosystem name, as a plugin's descriptor spells it. */
  ecosystem: string;
  name: string;
  versions: readonly string[];
  ranges: readonly { type: string; events: readonly OsvEvent[] }[];
}

export interface OsvAdvisory {
  id: string;
  summary?: string;
  aliases: readonly string[];
  malicious: boolean;
  affected: readonly OsvAffected[];
}

export interface OsvDatabase {
  /** The descriptors it was loaded with, by OSV ecosystem name: the matcher orders versions with them. */
  readonly ecosystems: ReadonlyMap<string, OsvDescriptor>;
  /** `${ecosystem}\0${normalised name}` → advisories naming it. */
  readonly index: ReadonlyMap<string, { advisory: OsvAdvisory; affected: OsvAffected }[]>;
  readonly advisories: number;
  /** Files that could not be read or were not OSV advisories. */
  readonly problems: readonly { file: string; reason: string }[];
}

const MAX_FILE_BYTES = 16 * 1024 * 1024;
const MAX_ZIP_BYTES = 2 * 1024 * 1024 * 1024 - 1;

/** The index key of a package: its OSV ecosystem and its name as the ecosystem's registry compares it. */
export function osvKey(descriptor: OsvDescriptor, name: string): string {
  return `${descriptor.ecosystem}\0${descriptor.normalise ? descriptor.normalise(name) : name}`;
}

/** The descriptors of `plugins` by OSV ecosystem name; two plugins may not claim one name. */
function descriptorsOf(plugins: readonly HasOsvDescriptor[]): Map<string, OsvDescriptor> {
  const out = new Map<string, OsvDescriptor>();
  for (const { osv } of plugins) {
    if (!osv) continue;
    const known = out.get(osv.ecosystem);
    if (known && known !== osv) throw new Error(`two plugins describe the OSV ecosystem "${osv.ecosystem}"`);
    out.set(osv.ecosystem, osv);
  }
  if (out.size === 0)
    throw new Error('no plugin describes an OSV ecosystem (Plugin.osv): there is nothing to match advisories against');
  return out;
}

/**
 * Loads advisories from a directory (recursively, `*.json`) or a `.zip`, keeping those about the
 * OSV ecosystems that `plugins` describe (`Plugin.osv`), indexed by their normalised names.
 */
export async function loadOsvDatabase(path: string, plugins: readonly HasOsvDescriptor[]): Promise<OsvDatabase> {
  const ecosystems = descriptorsOf(plugins);
  const index = new Map<string, { advisory: OsvAdvisory; affected: OsvAffected }[]>();
  const problems: { file: string; reason: string }[] = [];
  let advisories = 0;
  const add = (file: string, text: string) => {
    const advisory = toAdvisory(text, ecosystems);
    if (typeof advisory === 'string') {
      problems.push({ file, reason: advisory });
      return;
    }
    if (!advisory) return;
    advisories++;
    for (const affected of advisory.affected) {
      const key = osvKey(ecosystems.get(affected.ecosystem)!, affected.name);
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push({ advisory, affected });
    }
  };
  const info = await lstat(path);
  if (info.isFile() && path.toLowerCase().endsWith('.zip')) {
    if (info.size > MAX_ZIP_BYTES) throw new Error(`${path} is over 2 GiB; unzip it and pass the directory`);
    for (const entry of await readZip(await readFile(path), MAX_FILE_BYTES))
      if (entry.name.endsWith('.json')) add(entry.name, entry.data.toString('utf8'));
  } else if (info.isDirectory()) {
    // Bulk exports hold hundreds of thousands of small files: synchronous reads are ~5x faster
    // here than a pool of async ones (measured: 20,000 files in 0.35 s vs 1.9 s).
    for (const file of await jsonFiles(path)) {
      const text = readCapped(file);
      if (typeof text === 'string') add(file, text);
      else problems.push({ file, reason: text.error });
    }
  } else if (info.isFile()) {
    add(path, await readFile(path, 'utf8'));
  } else throw new Error(`${path} is neither a directory, a .zip nor a JSON file`);
  return { ecosystems, index, advisories, problems };
}

/** Reads a file of at most MAX_FILE_BYTES (checked on the open descriptor, before reading). */
function readCapped(file: string): string | { error: string } {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    if (fstatSync(fd).size > MAX_FILE_BYTES) return { error: `over ${MAX_FILE_BYTES} bytes` };
    return readFileSync(fd, 'utf8');
  } catch (error) {
    return { error: (error as { code?: string }).code ?? String(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

async function jsonFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile() && entry.name.endsWith('.json')) out.push(path);
    }
  }
  return out.sort();
}

/** An advisory, `undefined` when withdrawn or about no ecosystem a plugin describes, or why it is invalid. */
function toAdvisory(text: string, ecosystems: ReadonlyMap<string, OsvDescriptor>): OsvAdvisory | string | undefined {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    return `not JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (typeof raw !== 'object' || raw === null || typeof raw.id !== 'string') return 'not an OSV advisory (no id)';
  if (typeof raw.withdrawn === 'string') return undefined;
  const affected: OsvAffected[] = [];
  for (const a of Array.isArray(raw.affected) ? raw.affected : []) {
    const pkg = (a as { package?: { ecosystem?: unknown; name?: unknown } }).package;
    const eco = typeof pkg?.ecosystem === 'string' ? pkg.ecosystem.split(':')[0]! : '';
    if (!ecosystems.has(eco) || typeof pkg?.name !== 'string') continue;
    const versions = Array.isArray((a as { versions?: unknown }).versions)
      ? ((a as { versions: unknown[] }).versions.filter((v) => typeof v === 'string') as string[])
      : [];
    const ranges = Array.isArray((a as { ranges?: unknown }).ranges)
      ? (
          (a as { ranges: unknown[] }).ranges.filter(
            (r) => typeof r === 'object' && r !== null && Array.isArray((r as { events?: unknown }).events),
          ) as { type: string; events: unknown[] }[]
        ).map((r) => ({
          type: String(r.type),
          events: r.events.map(toEvent).filter((e): e is OsvEvent => e !== undefined),
        }))
      : [];
    affected.push({ ecosystem: eco, name: pkg.name, versions, ranges });
  }
  if (affected.length === 0) return undefined;
  const aliases = Array.isArray(raw.aliases) ? raw.aliases.filter((x): x is string => typeof x === 'string') : [];
  return {
    id: raw.id,
    ...(typeof raw.summary === 'string' ? { summary: raw.summary } : {}),
    aliases,
    malicious: raw.id.startsWith('MAL-') || aliases.some((x) => x.startsWith('MAL-')),
    affected,
  };
}

/** An event with its string fields only; `null`, numbers and other shapes are dropped, not trusted. */
function toEvent(raw: unknown): OsvEvent | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const out: OsvEvent = {};
  for (const key of ['introduced', 'fixed', 'last_affected', 'limit'] as const) {
    const v = (raw as Record<string, unknown>)[key];
    if (typeof v === 'string') out[key] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

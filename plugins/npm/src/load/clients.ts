/**
 * Client versions a checkout selects or implies, for `inventory.clients`: `packageManager` and
 * `devEngines.packageManager` in a project's root package.json, lockfile formats, and the release a
 * `yarnPath` names. Never throws; a value that is not a plain version yields nothing.
 * https://nodejs.org/api/corepack.html · https://docs.npmjs.com/cli/configuring-npm/package-lock-json#lockfileversion ·
 * https://github.com/pnpm/spec/tree/master/lockfile · https://bun.sh/docs/install/lockfile
 */
import { splitLines, type InventoryClient, type YamlDocument } from '@inert/core';
import type { Lockfile, Manifest, Npmrc, StructuredConfig } from '../model.js';
import { baseOf } from './paths.js';
import { isRecord } from './package-json.js';

const CLIENTS = new Set(['npm', 'pnpm', 'yarn', 'bun']);
/** A full release `1.2.3` (Corepack needs one); pre-releases are not plain versions. */
const EXACT = /^v?(\d{1,9}\.\d{1,9}\.\d{1,9})$/;

type Bounds = Pick<InventoryClient, 'version' | 'since' | 'until'>;

function client(
  name: string,
  bounds: Bounds,
  evidence: string,
  file: string,
  line: number | undefined,
): InventoryClient {
  return {
    ecosystem: 'npm',
    client: name,
    ...bounds,
    evidence,
    file,
    ...(line !== undefined && line > 0 ? { line } : {}),
  };
}

/** `pnpm@9.1.0+sha512.abc` → `{ client: 'pnpm', version: '9.1.0' }`; URLs, ranges, tags and pre-releases → undefined. */
export function parsePackageManager(value: unknown): { client: string; version: string } | undefined {
  if (typeof value !== 'string' || value.length > 1000) return undefined;
  const m = /^([a-z]+)@([^+]*)(?:\+.*)?$/.exec(value.trim());
  if (!m || !CLIENTS.has(m[1]!)) return undefined;
  const version = EXACT.exec(m[2]!)?.[1];
  return version ? { client: m[1]!, version } : undefined;
}

/** A devEngines `version`: `10.8.2` is exact, `>=10` / `>= 10.9.0` a lower bound; every other range says nothing here. */
export function devEngineBounds(range: unknown): Bounds | undefined {
  if (typeof range !== 'string' || range.length > 200) return undefined;
  const r = range.trim();
  const exact = /^=?\s*v?(\d{1,9}\.\d{1,9}\.\d{1,9})$/.exec(r);
  if (exact) return { version: exact[1]! };
  const since = /^>=\s*v?(\d{1,9}(?:\.\d{1,9}){0,2})$/.exec(r);
  return since ? { since: since[1]! } : undefined;
}

/** packageManager and devEngines.packageManager of a project's root package.json. */
export function manifestClients(m: Manifest): InventoryClient[] {
  const out: InventoryClient[] = [];
  try {
    const pm = parsePackageManager(m.json.packageManager);
    if (pm)
      out.push(
        client(
          pm.client,
          { version: pm.version },
          'package.json packageManager',
          m.path,
          lineOf(m.doc, ['packageManager']),
        ),
      );
    const dev = isRecord(m.json.devEngines) ? m.json.devEngines.packageManager : undefined;
    const list: [unknown, (string | number)[]][] = Array.isArray(dev)
      ? dev.slice(0, 20).map((d, i) => [d, ['devEngines', 'packageManager', i]])
      : [[dev, ['devEngines', 'packageManager']]];
    for (const [d, route] of list) {
      if (!isRecord(d) || typeof d.name !== 'string' || !CLIENTS.has(d.name)) continue;
      const bounds = devEngineBounds(d.version);
      if (bounds)
        out.push(
          client(
            d.name,
            bounds,
            'package.json devEngines.packageManager',
            m.path,
            lineOf(m.doc, [...route, 'version']),
          ),
        );
    }
  } catch {
    // hostile input must never stop a scan
  }
  return out;
}

/** What a lockfile's format implies about the client that wrote it. `text` is the file as read (yarn classic has no document). */
export function lockClients(lock: Lockfile, text: string): InventoryClient[] {
  try {
    const name = baseOf(lock.path);
    const doc = lock.docs[lock.docs.length - 1];
    const root = doc && isRecord(doc.value) ? doc.value : undefined;
    if (lock.client === 'npm') {
      // 1: npm 5 and 6; 2: npm 7 and 8 (readable by 6); 3: npm 9+ (readable by 7+)
      const v = root?.lockfileVersion;
      const bounds: Bounds | undefined = v === 1 ? { until: '7' } : v === 2 || v === 3 ? { since: '7' } : undefined;
      return bounds && doc
        ? [client('npm', bounds, `${name} lockfileVersion ${v as number}`, lock.path, lineOf(doc, ['lockfileVersion']))]
        : [];
    }
    if (lock.client === 'pnpm') {
      // the project's lock is the last document; an env document (config dependencies, the resolved pnpm) may come first
      const raw = root?.lockfileVersion;
      const v =
        typeof raw === 'number' && Number.isFinite(raw)
          ? Number.isInteger(raw)
            ? `${raw}.0`
            : String(raw)
          : typeof raw === 'string'
            ? raw.trim()
            : '';
      const bounds: Bounds | undefined = /^5\.\d+$/.test(v)
        ? { until: '8' }
        : /^6\.\d+$/.test(v)
          ? { since: '7.24', until: '9' }
          : /^9\.\d+$/.test(v)
            ? { since: '9' }
            : undefined;
      const out =
        bounds && doc
          ? [client('pnpm', bounds, `pnpm-lock.yaml lockfileVersion ${v}`, lock.path, lineOf(doc, ['lockfileVersion']))]
          : [];
      // The env document (first, when there are two) records the pnpm version resolved for the project:
      // importers['.'].packageManagerDependencies.pnpm.version (https://pnpm.io/lockfile; default from pnpm 12).
      for (const env of lock.docs.slice(0, -1)) {
        const importers = isRecord(env.value) && isRecord(env.value.importers) ? env.value.importers : undefined;
        const dot = importers && isRecord(importers['.']) ? importers['.'] : undefined;
        const deps = dot && isRecord(dot.packageManagerDependencies) ? dot.packageManagerDependencies : undefined;
        const pnpm = deps && isRecord(deps.pnpm) ? deps.pnpm : undefined;
        const version = typeof pnpm?.version === 'string' ? EXACT.exec(pnpm.version.trim())?.[1] : undefined;
        if (version)
          out.push(
            client(
              'pnpm',
              { version },
              'pnpm-lock.yaml packageManagerDependencies',
              lock.path,
              lineOf(env, ['importers', '.', 'packageManagerDependencies', 'pnpm', 'version']),
            ),
          );
      }
      return out;
    }
    if (lock.client === 'yarn-berry') {
      if (!doc || !root || !('__metadata' in root)) return [];
      // __metadata.version 9 is the format Yarn 4.14.0 introduced (LOCKFILE_VERSION 8 in 4.13.0)
      const meta = isRecord(root.__metadata) ? root.__metadata.version : undefined;
      const v =
        typeof meta === 'number' ? meta : typeof meta === 'string' && /^\d{1,4}$/.test(meta) ? Number(meta) : undefined;
      if (v !== undefined && v >= 9)
        return [
          client(
            'yarn',
            { since: '4.14' },
            `yarn.lock __metadata.version ${v}`,
            lock.path,
            lineOf(doc, ['__metadata', 'version']),
          ),
        ];
      return [
        client(
          'yarn',
          { since: '2' },
          'yarn.lock __metadata (berry format)',
          lock.path,
          lineOf(doc, ['__metadata'], 'key'),
        ),
      ];
    }
    if (lock.client === 'yarn-classic') {
      const line = classicHeaderLine(text);
      return line ? [client('yarn', { until: '2' }, 'yarn.lock # yarn lockfile v1', lock.path, line)] : [];
    }
    if (lock.client === 'bun' && name === 'bun.lock' && root) {
      // bun.lock (JSONC) first shipped in Bun 1.1.39 and is the default from 1.2
      return [client('bun', { since: '1.1.39' }, 'bun.lock (text lockfile)', lock.path, undefined)];
    }
  } catch {
    // hostile input must never stop a scan
  }
  return [];
}

/** The `# yarn lockfile v1` line among the leading comments. */
function classicHeaderLine(text: string): number | undefined {
  const lines = splitLines(text.slice(0, 4096));
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (/^#\s*yarn lockfile v1$/.test(l)) return i + 1;
    if (l !== '' && !l.startsWith('#')) return undefined;
  }
  return undefined;
}

/** `.yarn/releases/yarn-4.1.0.cjs` → `4.1.0`; a release without a version in its name (`yarn-berry.js`) → undefined. */
export function yarnReleaseVersion(path: unknown): string | undefined {
  if (typeof path !== 'string' || path.length > 1000) return undefined;
  return /(?:^|[/\\])yarn-v?(\d{1,9}\.\d{1,9}\.\d{1,9})\.c?js$/.exec(path.trim())?.[1];
}

/** `yarnPath` in .yarnrc.yml and `yarn-path` in a classic .yarnrc. */
export function yarnPathClients(
  ymls: readonly StructuredConfig<YamlDocument>[],
  rcs: readonly Npmrc[],
): InventoryClient[] {
  const out: InventoryClient[] = [];
  try {
    for (const y of ymls) {
      const version = yarnReleaseVersion(y.value.yarnPath);
      if (version) out.push(client('yarn', { version }, '.yarnrc.yml yarnPath', y.path, lineOf(y.doc, ['yarnPath'])));
    }
    for (const rc of rcs) {
      for (const e of rc.entries) {
        const version = e.key === 'yarn-path' ? yarnReleaseVersion(e.value) : undefined;
        if (version) out.push(client('yarn', { version }, '.yarnrc yarn-path', rc.path, e.line));
      }
    }
  } catch {
    // hostile input must never stop a scan
  }
  return out;
}

function lineOf(
  doc: { locate: YamlDocument['locate'] },
  route: (string | number)[],
  part: 'key' | 'value' = 'value',
): number | undefined {
  try {
    return doc.locate([{ route, part }])[0]?.line;
  } catch {
    return undefined;
  }
}

/**
 * `scan` over MemorySource for the plugin properties: hostile, almost-valid and corpus-mutated files
 * under the names each plugin claims. Properties: scan resolves (never rejects), within the time
 * budget; every finding, related location and inventory line lies inside its file; the result is
 * JSON-serialisable; no shared prototype is polluted.
 */
import { it } from 'vitest';
import { decodeText, MemorySource, matchesGlob, scan, type AnyPlugin, type ScanResult } from '@inert/core';
import { PLUGINS } from '../../packages/cli/src/plugins.js';
import {
  SCAN_MAX_MS,
  anyText,
  assertInsideEither,
  assertJson,
  assertNoPollution,
  check,
  deepNesting,
  edits,
  fc,
  mutate,
  seedCases,
  timed,
  type SeedCase,
} from './harness.js';

export { PLUGINS };

/** Decoded text of every file, as the scan reads it (BOM stripped by the UTF-8 decoder). */
function texts(files: Readonly<Record<string, string | Uint8Array>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, content] of Object.entries(files)) {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    const decoded = decodeText(bytes, path);
    if (decoded.ok) out.set(path, decoded.value);
  }
  return out;
}

/** Scans `files` with every plugin and checks the invariants; returns the result for further checks. */
export async function checkScan(
  files: Readonly<Record<string, string | Uint8Array>>,
  plugins: readonly AnyPlugin[] = PLUGINS,
): Promise<ScanResult> {
  const result = await timed(
    `scan of ${Object.keys(files).join(', ')}`,
    () => scan(new MemorySource({ files }), { plugins }),
    SCAN_MAX_MS,
  );
  const decoded = texts(files);
  const inside = (
    path: string,
    pos: { line?: unknown; column?: unknown; endLine?: unknown; endColumn?: unknown },
    what: string,
  ) => {
    const text = decoded.get(path);
    // A file the scan could not decode has no lines to check against; findings about it point at its start.
    if (text === undefined) return;
    assertInsideEither(text, pos, `${what} in ${path}`);
  };
  for (const f of result.findings) {
    inside(f.location.path, f.location, `${f.check} (${f.messageId})`);
    for (const r of f.related ?? []) inside(r.path, r, `${f.check} related location`);
  }
  const inv = result.inventory;
  for (const list of [inv.packages, inv.sources, inv.hooks, inv.commands] as readonly {
    file: string;
    line?: number;
  }[][]) {
    for (const item of list) if (item.line !== undefined) inside(item.file, { line: item.line }, 'inventory entry');
  }
  assertJson(result, 'the scan result');
  assertNoPollution('scan');
  return result;
}

/** True when a plugin claims `path`. */
export function claims(plugin: AnyPlugin, path: string): boolean {
  return plugin.files.some((rule) => rule.match.some((m) => matchesGlob(path, m)));
}

export function pluginOf(ecosystem: string): AnyPlugin {
  const plugin = PLUGINS.find((p) => p.ecosystem === ecosystem);
  if (!plugin) throw new Error(`no plugin ${ecosystem}`);
  return plugin;
}

/** An optional directory prefix, so nested files and workspace members are exercised too. */
const prefix = fc.constantFrom('', '', '', 'sub/', 'packages/a/', 'a/b/c/');

/** One file name from `names` (which the plugin must claim), possibly nested. */
export function claimedPath(names: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(prefix, fc.constantFrom(...names))
    .map(([p, n]) => (n.startsWith('.github/') || n.startsWith('.cargo/') || n.startsWith('gradle/') ? n : p + n));
}

export interface ScanSpec {
  ecosystem: string;
  /** File names and paths the plugin claims (checked against its rules). */
  names: readonly string[];
  /** Almost-valid documents for some of the names: `name → arbitrary text`. */
  grammars?: Readonly<Record<string, fc.Arbitrary<string>>>;
  /** Runs per property before FUZZ_RUNS. */
  runs?: number;
}

/** Declares the scan properties of one plugin. */
export function scanProperties(spec: ScanSpec): void {
  const plugin = pluginOf(spec.ecosystem);
  const eco = spec.ecosystem;
  const runs = spec.runs ?? 30;

  it(`${eco}: claims every generated name`, () => {
    const missing = spec.names.filter((n) => !claims(plugin, n));
    if (missing.length > 0) throw new Error(`${eco} does not claim ${missing.join(', ')}`);
  });

  it(`${eco}: random and deeply nested text under every claimed name`, async () => {
    await check(
      `scan ${eco} random`,
      runs,
      fc.tuple(claimedPath(spec.names), fc.oneof(anyText, deepNesting, fc.uint8Array({ maxLength: 64 }))),
      async ([path, content]) => {
        await checkScan({ [path]: content });
      },
    );
  });

  const grammars = Object.entries(spec.grammars ?? {});
  if (grammars.length > 0) {
    it(`${eco}: almost-valid documents (generated, then mutated)`, async () => {
      const doc = fc.oneof(...grammars.map(([name, arb]) => fc.tuple(fc.constant(name), arb)));
      await check(
        `scan ${eco} grammars`,
        runs * 2,
        fc.tuple(doc, fc.option(edits, { nil: undefined })),
        async ([[name, text], list]) => {
          await checkScan({ [name]: list ? mutate(text, list) : text });
        },
      );
    });
  }

  const cases: SeedCase[] = seedCases().filter((c) => c.files.some((f) => claims(plugin, f.path)));
  it.runIf(cases.length > 0)(`${eco}: corpus cases with one claimed file mutated (${cases.length} cases)`, async () => {
    await check(
      `scan ${eco} corpus`,
      runs,
      fc.tuple(fc.nat(cases.length - 1), fc.nat(), edits),
      async ([i, k, list]) => {
        const c = cases[i]!;
        const claimed = c.files.filter((f) => claims(plugin, f.path));
        const target = claimed[k % claimed.length]!;
        // Large real repositories: the target's directory and the root are enough context, and keep runs quick.
        const dir = target.path.includes('/') ? target.path.slice(0, target.path.lastIndexOf('/') + 1) : '';
        const context =
          c.files.length > 30
            ? c.files.filter(
                (f) =>
                  !f.path.includes('/') ||
                  (dir !== '' && f.path.startsWith(dir) && !f.path.slice(dir.length).includes('/')),
              )
            : c.files;
        const files: Record<string, string> = {};
        for (const f of context) files[f.path] = f === target ? mutate(f.text, list) : f.text;
        files[target.path] ??= mutate(target.text, list);
        await checkScan(files);
      },
    );
  });
}

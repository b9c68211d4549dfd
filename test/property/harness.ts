/**
 * Shared harness for the property-based fuzz tests (issue #11): fast-check with a fixed seed and a
 * small budget in CI, longer runs through the environment, and helpers for the invariants every
 * parser and plugin must keep on hostile input.
 *
 * Environment:
 * - `FUZZ_SEED` (default 20261125): base seed; each property derives its own from it and its name.
 * - `FUZZ_RUNS` (default 1): multiplier of every property's number of runs (`pnpm fuzz` raises it).
 * - `FUZZ_MAX_MS` (default 2000): time budget of one input; `FUZZ_SCAN_MAX_MS` (default +2000) of one scan.
 * - `FUZZ_REPLAY` (`<seed>:<path>`, printed on failure): replays one counterexample; select the
 *   property with `vitest run test/property -t '<property name>'`.
 * - `INERT_REAL_CORPUS` (default `../shared/corpus/real`): extra seeds from real repositories, when present.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

export { fc };

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
export const RUNS = Number(process.env.FUZZ_RUNS ?? 1);
export const MAX_MS = Number(process.env.FUZZ_MAX_MS ?? 2000);
/**
 * Budget of one scan: MAX_MS plus the 2 s that @inert/syntax gives each program file (setup.py,
 * Gemfile, build.gradle) by design before it reports a `limit`.
 */
export const SCAN_MAX_MS = Number(process.env.FUZZ_SCAN_MAX_MS ?? MAX_MS + 2000);
const REPLAY = process.env.FUZZ_REPLAY;

/** A stable 32-bit hash of a property name, so each property gets its own sequence from one base seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** fast-check parameters of a property: its derived seed, its runs times FUZZ_RUNS, or a replay. */
export function params(
  name: string,
  runs: number,
): { seed: number; numRuns: number; path?: string; endOnFailure?: boolean } {
  if (REPLAY) {
    const at = REPLAY.indexOf(':');
    const seed = Number(at < 0 ? REPLAY : REPLAY.slice(0, at));
    return at < 0
      ? { seed, numRuns: Math.max(1, Math.round(runs * RUNS)) }
      : { seed, numRuns: 1, path: REPLAY.slice(at + 1), endOnFailure: true };
  }
  return { seed: (SEED ^ hash(name)) | 0, numRuns: Math.max(1, Math.round(runs * RUNS)) };
}

/**
 * Runs a property and, on failure, rethrows with what replays it: the base seed, the property's
 * seed and the counterexample path (fast-check's own report, with the shrunk input, follows).
 */
export async function check<T>(
  name: string,
  runs: number,
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => unknown,
): Promise<void> {
  const p = params(name, runs);
  const details = await fc.check(
    fc.asyncProperty(arbitrary, async (value) => {
      await predicate(value);
    }),
    p,
  );
  if (!details.failed) return;
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const report = `${fc.defaultReportMessage(details) ?? 'property failed'}\nGot error: ${error}`;
  const replay = `FUZZ_REPLAY='${details.seed}:${details.counterexamplePath ?? ''}'`;
  throw new Error(
    `property "${name}" failed (FUZZ_SEED=${SEED}, FUZZ_RUNS=${RUNS}; seed ${details.seed}, path ${details.counterexamplePath}).\nReplay: ${replay} npx vitest run test/property -t '${name}'\n${report}`,
  );
}

/**
 * Calls `fn` and fails when it takes more CPU time than the per-input budget (CPU time: on a loaded
 * machine wall time grows with the load, not with the input).
 */
export async function timed<T>(what: string, fn: () => T | Promise<T>, budget = MAX_MS): Promise<T> {
  const started = process.cpuUsage();
  const out = await fn();
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  if (ms > budget) throw new Error(`${what} took ${Math.round(ms)} ms of CPU, over the ${budget} ms budget per input`);
  return out;
}

/** Fails unless `value` survives a JSON round trip (no cycles, no BigInt, no functions). */
export function assertJson(value: unknown, what: string, options: { bigint?: boolean } = {}): void {
  let text: string;
  try {
    text = JSON.stringify(
      value,
      options.bigint ? (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v) : undefined,
    );
  } catch (error) {
    throw new Error(`${what} is not JSON-serialisable: ${String(error)}`);
  }
  JSON.parse(text);
}

/** Own keys of Object.prototype (and of Array/Function prototypes) before any input is parsed. */
const PROTO_KEYS = [Object.prototype, Array.prototype, Function.prototype].map((p) =>
  Reflect.ownKeys(p).map(String).sort().join(','),
);

/** Fails when parsing an input added anything to the shared prototypes. */
export function assertNoPollution(what: string): void {
  const now = [Object.prototype, Array.prototype, Function.prototype].map((p) =>
    Reflect.ownKeys(p).map(String).sort().join(','),
  );
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || now.some((k, i) => k !== PROTO_KEYS[i]))
    throw new Error(`${what} polluted a shared prototype`);
}

/** Line lengths of `text`, splitting as the parsers do: any of LF, CRLF, CR (`lf`: only LF, as sh does). */
export function lineLengths(text: string, endings: 'any' | 'lf' = 'any'): number[] {
  return text.split(endings === 'any' ? /\r\n|\r|\n/ : '\n').map((l) => l.length);
}

/**
 * Fails unless a 1-based position lies inside the text: 1 ≤ line ≤ number of lines (a trailing
 * newline opens a last, empty line: the end-of-file position), 1 ≤ column ≤ that line's length + 1
 * (columns in UTF-16 code units; the +1 is the end of the line).
 */
export function assertInside(
  lengths: readonly number[],
  pos: { line?: unknown; column?: unknown; endLine?: unknown; endColumn?: unknown },
  what: string,
): void {
  const one = (line: unknown, column: unknown, label: string) => {
    if (line === undefined) return;
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 1 || line > lengths.length) {
      throw new Error(`${what}: ${label}line ${JSON.stringify(line)} outside the file's ${lengths.length} lines`);
    }
    if (column === undefined) return;
    const max = lengths[line - 1]! + 1;
    if (typeof column !== 'number' || !Number.isInteger(column) || column < 1 || column > max) {
      throw new Error(`${what}: ${label}column ${JSON.stringify(column)} outside line ${line} (${max - 1} characters)`);
    }
  };
  one(pos.line, pos.column, '');
  one(pos.endLine, pos.endColumn, 'end ');
  if (typeof pos.line === 'number' && typeof pos.endLine === 'number' && pos.endLine < pos.line)
    throw new Error(`${what}: span ends (line ${pos.endLine}) before it starts (line ${pos.line})`);
}

/**
 * Like assertInside, accepting a position that is inside when lines are split at any line ending
 * or at LF only: the yaml package counts LF lines (a lone CR is content to it) and tree-sitter keeps
 * the CR of a CRLF in its line, line readers count CR, LF and CRLF, and a file read by both (a
 * workflow) may report either.
 */
export function assertInsideEither(text: string, pos: Parameters<typeof assertInside>[1], what: string): void {
  try {
    assertInside(lineLengths(text, 'any'), pos, what);
  } catch (error) {
    if (!text.includes('\r')) throw error;
    assertInside(lineLengths(text, 'lf'), pos, what);
  }
}

// The generators live in arbitraries.ts; every property test imports them from here.
export * from './arbitraries.js';

// ---------------------------------------------------------------------------------------------
// Seeds from the corpora

export interface SeedFile {
  /** Path inside its case (what a scan of that case would see). */
  path: string;
  text: string;
}

export interface SeedCase {
  /** `corpus/<eco>/<case>` or `real/<eco>/<repo>`. */
  name: string;
  files: SeedFile[];
}

const MAX_SEED_BYTES = Number(process.env.FUZZ_MAX_SEED_BYTES ?? 64 * 1024);

function caseFiles(dir: string, depth = 0, out: string[] = []): string[] {
  if (depth > 8) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules') caseFiles(path, depth + 1, out);
    else if (
      e.isFile() &&
      !/^(?:expected\.json|README\.md|PROVENANCE\.json|generate\.mjs)$/.test(e.name) &&
      statSync(path).size <= MAX_SEED_BYTES
    )
      out.push(path);
  }
  return out;
}

function loadCases(base: string, label: string): SeedCase[] {
  const cases: SeedCase[] = [];
  for (const eco of readdirSync(base, { withFileTypes: true })) {
    if (!eco.isDirectory() || eco.name === 'adversarial') continue;
    for (const c of readdirSync(join(base, eco.name), { withFileTypes: true })) {
      if (!c.isDirectory()) continue;
      const dir = join(base, eco.name, c.name);
      const files = caseFiles(dir).map((file) => ({
        path: relative(dir, file).split(sep).join('/'),
        text: readFileSync(file, 'utf8'),
      }));
      if (files.length > 0) cases.push({ name: `${label}/${eco.name}/${c.name}`, files });
    }
  }
  return cases;
}

let cached: SeedCase[] | undefined;

/** Every case of the project corpus, and of the real corpus when it is present (skipped cleanly when not). */
export function seedCases(): SeedCase[] {
  if (cached) return cached;
  cached = loadCases(join(ROOT, 'corpus'), 'corpus');
  const real = resolve(ROOT, process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real');
  if (existsSync(real)) cached.push(...loadCases(real, 'real'));
  return cached;
}

/** Seed files whose path satisfies `test`, as single files. */
export function seedFiles(test: (path: string) => boolean): SeedFile[] {
  return seedCases().flatMap((c) => c.files.filter((f) => test(f.path)));
}

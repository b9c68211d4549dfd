/** The safety contract: engine and plugin sources never execute, spawn or reach the network. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './source-files.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const FORBIDDEN_MODULES = [
  'child_process',
  'vm',
  'worker_threads',
  'net',
  'http',
  'https',
  'dgram',
  'cluster',
  'inspector',
  'http2',
  'tls',
];
const importRe = new RegExp(
  `(?:from\\s*|import\\s*\\(\\s*|require\\s*\\(\\s*)['"](?:node:)?(?:${FORBIDDEN_MODULES.join('|')})(?:/[^'"]*)?['"]`,
);
const BATCH_WORKER_FILES = ['packages/cli/src/batch/pool.ts', 'packages/cli/src/batch/worker.ts'];
// A dynamic import or require whose specifier is not a string literal could load any module (a
// forbidden one, or a scanned file): every one must name its module as written.
const variableImportRe = /(?<![\w.$])(?:import|require)\s*\(\s*(?![)'"]|$)/;
const evalRe = /(?<![\w.])eval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*['"`]/;

function sources(dir: string): string[] {
  return filesUnder(dir, (name) => /\.(?:ts|mts|js|mjs|cjs)$/.test(name) && !/\.test\.(?:ts|mts)$/.test(name));
}

const files = ['packages', 'plugins'].flatMap((top) => {
  const base = join(root, top);
  return readdirSync(base).flatMap((pkg) => {
    try {
      return sources(join(base, pkg, 'src'));
    } catch {
      return [];
    }
  });
});

describe('safety contract: no execution, no network', () => {
  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('imports none of child_process, vm, worker_threads, net, http(s), dgram', () => {
    const offenders = files
      .filter((f) => !BATCH_WORKER_FILES.includes(relative(root, f)) && importRe.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  // The one exception: batch mode's pool runs inert's own worker module in threads (never a scanned
  // file). Those two files may import worker_threads and nothing else from the list, and a Worker is
  // only ever built from workerUrl(), the compiled worker beside the pool.
  it("lets only the batch pool and its worker use worker_threads, and only for inert's own worker module", () => {
    for (const file of BATCH_WORKER_FILES) {
      const text = readFileSync(join(root, file), 'utf8');
      const without = text.replace(/(['"])(?:node:)?worker_threads\1/g, "'allowed'");
      expect(importRe.test(without), file).toBe(false);
      for (const match of text.matchAll(/new Worker\(([^,]*),/g)) expect(match[1], file).toBe('workerUrl()');
    }
    const pool = readFileSync(join(root, BATCH_WORKER_FILES[0]!), 'utf8');
    expect(pool).toContain('new Worker(workerUrl(),');
    expect(pool).toMatch(/new URL\('\.\/worker\.js', import\.meta\.url\)/);
  });

  it('names every dynamic import and require by a string literal (no variable specifiers)', () => {
    const offenders = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          !/^\s*(?:\/\/|\*)/.test(line) && variableImportRe.test(line)
            ? [`${relative(root, f)}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(offenders).toEqual([]);
  });

  it('calls neither eval nor the Function constructor', () => {
    const offenders = files
      .filter((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .some((line) => !/^\s*(?:\/\/|\*)/.test(line) && evalRe.test(line)),
      )
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('the patterns catch what they must (the test can fail)', () => {
    expect(importRe.test("import { spawn } from 'node:child_process';")).toBe(true);
    expect(importRe.test('const h = require("https")')).toBe(true);
    expect(importRe.test("await import('vm')")).toBe(true);
    expect(evalRe.test('eval(code)')).toBe(true);
    expect(evalRe.test('new Function("return 1")')).toBe(true);
    expect(evalRe.test('instance_eval(x)')).toBe(false);
    expect(variableImportRe.test('const mod = await import(SYNTAX);')).toBe(true);
    expect(variableImportRe.test('const m = require(name)')).toBe(true);
    expect(variableImportRe.test('await import(`./${x}.js`)')).toBe(true);
    expect(variableImportRe.test("await import('./explain.js')")).toBe(false);
    expect(variableImportRe.test("require('smol-toml')")).toBe(false);
    expect(variableImportRe.test('const r = createRequire(import.meta.url);')).toBe(false);
    expect(variableImportRe.test('x.import(y)')).toBe(false);
  });
});

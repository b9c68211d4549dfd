/**
 * The bin is a bundle (docs/decisions/0022): it must behave exactly as the modules it is built from,
 * keep the safety contract (no eval, no spawning, worker_threads only for the batch pool), and resolve
 * every library it loads on first use from its own package.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCaptured } from './captured.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const bundle = join(repo, 'packages/cli/bundle');
const bin = join(bundle, 'bin.js');
const real = resolve(repo, process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real');
const checkouts = existsSync(real)
  ? readdirSync(real, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((eco) => readdirSync(join(real, eco.name)).map((r) => join(eco.name, r)))
  : [];
const files = existsSync(bundle) ? readdirSync(bundle).filter((f) => f.endsWith('.js')) : [];
const text = (file: string) => readFileSync(join(bundle, file), 'utf8');

describe('the bundled bin', () => {
  it('is built (pnpm build, test and bench build it)', () => {
    expect(existsSync(bin), `missing ${bin}: run "pnpm build"`).toBe(true);
    expect(text('bin.js').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('keeps the safety contract: no eval, no child processes or network, worker_threads only for the batch pool', () => {
    const forbidden =
      /(?:from\s*|import\s*\(\s*|require\s*\(\s*)["'](?:node:)?(?:child_process|vm|worker_threads|net|http|https|dgram|cluster|inspector|http2|tls)(?:\/[^"']*)?["']/g;
    const evalRe = /(?<![\w.])eval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/;
    const variable = /(?<![\w.$])(?:import|require(?:\$\d+)?)\s*\(\s*(?![)'"]|$)/;
    const offenders: string[] = [];
    for (const file of files) {
      const lines = text(file).split('\n');
      lines.forEach((line, i) => {
        if (/^\s*(?:\/\/|\*)/.test(line)) return;
        for (const m of line.matchAll(forbidden))
          if (
            !(
              /worker_threads/.test(m[0]) &&
              /^import \{ (?:Worker|parentPort) \} from "node:worker_threads";$/.test(line)
            )
          )
            offenders.push(`${file}:${i + 1}: ${m[0]}`);
        if (evalRe.test(line) || variable.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(offenders).toEqual([]);
    // The pool's worker is the bundle's own worker.js, beside the chunk that starts it.
    const pool = files.filter((f) => /new Worker\(/.test(text(f)));
    expect(pool).toHaveLength(1);
    expect(text(pool[0]!)).toMatch(/new URL\("\.\/worker\.js", import\.meta\.url\)/);
    expect(files).toContain('worker.js');
  });

  it('depends on every library it requires at run time, at the version the requiring package pins', () => {
    const cli = JSON.parse(readFileSync(join(repo, 'packages/cli/package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const required = new Set(
      files.flatMap((f) =>
        [...text(f).matchAll(/^(?![ \t]*(?:\*|\/\/)).*?\brequire(?:\$\d+)?\("([^"./][^"]*)"\)/gm)]
          .map((m) => m[1]!)
          // Node's built-ins required on first use (node:crypto, decision 0023) are not dependencies.
          .filter((name) => !name.startsWith('node:')),
      ),
    );
    expect([...required].sort()).toEqual([
      '@babel/parser',
      '@cyclonedx/cyclonedx-library',
      'jsonc-parser',
      'packageurl-js',
      'semver',
      'smol-toml',
      'tar',
      'web-tree-sitter',
      'yaml',
      'yauzl',
    ]);
    for (const name of required) expect(cli.dependencies[name], name).toMatch(/^\d+\.\d+\.\d+$/);
  });

  describe.skipIf(checkouts.length === 0 && process.env.INERT_REQUIRE_REAL_CORPUS !== '1')('on the real corpus', () => {
    it('finds the real corpus', () => expect(checkouts.length).toBeGreaterThan(0));

    it.each(checkouts)('%s: the same JSON report, byte for byte, and exit code as the modules', async (checkout) => {
      const dir = join(real, checkout);
      const child = spawnSync(process.execPath, [bin, 'scan', dir, '--format', 'json'], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        timeout: 120_000,
      });
      const modules = await runCaptured(['scan', dir, '--format', 'json'], repo);
      expect(child.stderr).toBe(modules.stderr);
      expect(child.status).toBe(modules.code);
      expect(child.stdout === modules.stdout, 'bundled and module reports differ').toBe(true);
    });
  });
});

/** #23.6: unknown check ids in a config are an error with "did you mean"; -o into a missing directory is a clear error; `-o -` is standard output. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { closest } from './config-ids.js';
import { runCaptured } from './captured.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'inert-ids-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const target = 'corpus/npm/install-scripts--transitive-lockfile-v3';

function run(argv: string[]) {
  return runCaptured(argv, repo);
}

describe('check ids in a config', () => {
  it.each([
    [
      { checks: { 'npm/install-script': 'off' } },
      'checks.npm/install-script: no check "npm/install-script"; did you mean "npm/install-scripts"?',
    ],
    [
      { suppress: [{ check: 'gem/lockfile-mising', reason: 'x' }] },
      'suppress[0].check: no check "gem/lockfile-mising"; did you mean "gem/lockfile-missing"?',
    ],
    [{ suppress: [{ check: 'nmp/*', reason: 'x' }] }, 'no check "nmp/*"; did you mean "npm/*"?'],
    [
      { checks: { 'npm/zzzzzzzzzzzzzzzzzzzzzz': 'off' } },
      'no check "npm/zzzzzzzzzzzzzzzzzzzzzz" ("inert checks" lists them)',
    ],
  ])('%j is refused, naming the id', async (config, message) => {
    const path = join(tmp, 'c.json');
    writeFileSync(path, JSON.stringify(config));
    const r = await run(['scan', target, '--config', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('known ids and ecosystem wildcards pass', async () => {
    const path = join(tmp, 'ok.json');
    writeFileSync(
      path,
      JSON.stringify({ checks: { 'npm/install-scripts': 'low' }, suppress: [{ check: 'ci/*', reason: 'reviewed' }] }),
    );
    expect((await run(['scan', target, '--config', path])).code).toBe(0);
  });

  it('closest proposes only near misses', () => {
    expect(closest('npm/instal-scripts', ['npm/install-scripts', 'pip/setup-py'])).toBe('npm/install-scripts');
    expect(closest('something/else-entirely', ['npm/install-scripts'])).toBeUndefined();
  });
});

describe('--output', () => {
  it('into a missing directory is a usage error naming the path, not a stack trace', async () => {
    const out = join(tmp, 'no-such-dir', 'report.json');
    const r = await run(['scan', target, '--format', 'json', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot write "${out}": its directory does not exist`);
    expect(r.stderr).not.toContain('internal error');
  });

  it('`-` is standard output, never a file named "-"', async () => {
    const r = await run(['scan', target, '--format', 'json', '-o', '-']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
    expect(existsSync(join(repo, '-'))).toBe(false);
  });
});

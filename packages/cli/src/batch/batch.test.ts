import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeFileIo } from '../node-io.js';
import { readBatchList, type BatchEntry } from './list.js';
import { batchExitCode, batchLine, resumeFrom, runBatch, type CheckoutOutcome } from './run.js';
import { inShard, parseShard, shardOf } from './shard.js';

/** One NDJSON line of a batch run, as these tests read it. */
interface BatchLine {
  inertBatch: number;
  checkout: string;
  exitCode: number;
  error?: string;
  result?: { findings: { check: string }[] };
}
const readLine = (line: string) => JSON.parse(line) as BatchLine;

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const bin = join(repo, 'packages/cli/bundle/bin.js');
const tmp = mkdtempSync(join(tmpdir(), 'inert-batch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const entry = (id: string): BatchEntry => ({ id, path: `/x/${id}` });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('--shard arithmetic', () => {
  it('puts every checkout in exactly one of n shards, whatever the names and n', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 64 }),
        (ids, n) => {
          for (const id of ids) {
            const owners = Array.from({ length: n }, (_, i) => i + 1).filter((i) =>
              inShard(id, { index: i, count: n }),
            );
            expect(owners).toEqual([shardOf(id, n)]);
          }
        },
      ),
    );
  });

  it('keeps a checkout in its shard when others are added or the list is reordered', () => {
    const before = ['org/a', 'org/b', 'org/c'].map((id) => shardOf(id, 8));
    const after = ['org/zz', 'org/c', 'org/b', 'org/a']
      .map((id) => shardOf(id, 8))
      .slice(1)
      .reverse();
    expect(after).toEqual(before);
  });

  it('spreads a fleet roughly evenly', () => {
    const counts = new Array<number>(8).fill(0);
    for (let i = 0; i < 8000; i++) counts[shardOf(`github.com/org${i % 97}/repo-${i}`, 8) - 1]!++;
    for (const c of counts) expect(c).toBeGreaterThan(800);
  });

  it('refuses malformed shards with a clear message', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(parseShard('0/8')).toMatch(/i must be between 1 and 8/);
    expect(parseShard('9/8')).toMatch(/i must be between 1 and 8/);
    expect(parseShard('1/0')).toMatch(/n must be between/);
    expect(parseShard('a/b')).toMatch(/must look like i\/n/);
  });
});

describe('the batch list', () => {
  const io = nodeFileIo(tmp);

  it('reads a directory of checkouts in code-unit order, skipping dot entries and refusing links', async () => {
    const dir = join(tmp, 'fleet');
    for (const name of ['b-repo', 'A-repo', 'a-repo', '.cache']) mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(join(dir, 'notes.txt'), 'not a checkout');
    symlinkSync('/etc', join(dir, 'linked'));
    const list = await readBatchList(dir, io);
    expect(list.entries.map((e) => [e.id, e.refused ?? null])).toEqual([
      ['A-repo', null],
      ['a-repo', null],
      ['b-repo', null],
      ['linked', 'a symbolic link; batch mode never follows links'],
    ]);
  });

  it('reads a list file: comments, blank lines, CRLF, repeats reported, relative paths against the list', async () => {
    const file = join(tmp, 'list.txt');
    writeFileSync(file, '# fleet\r\nrepos/one\r\n\r\n/abs/two\nrepos/one\n');
    const list = await readBatchList(file, io);
    expect(list.entries).toEqual([
      { id: 'repos/one', path: join(tmp, 'repos/one') },
      { id: '/abs/two', path: '/abs/two' },
    ]);
    expect(list.rejected).toEqual([{ id: 'repos/one', reason: 'listed twice; scanned once' }]);
  });

  it('reads a sparse checkout’s listing after a tab, against the list like the checkout', async () => {
    const file = join(tmp, 'sparse-list.txt');
    writeFileSync(file, 'repos/one\tlistings/one.z\n/abs/two\t/l/two.z\r\nrepos/three\ta\tb\nrepos/four\t \n');
    const list = await readBatchList(file, io);
    expect(list.entries).toEqual([
      { id: 'repos/one', path: join(tmp, 'repos/one'), listing: join(tmp, 'listings/one.z') },
      { id: '/abs/two', path: '/abs/two', listing: '/l/two.z' },
    ]);
    expect(list.rejected.map((r) => r.id)).toEqual(['repos/three', 'repos/four']);
  });
});

describe('runBatch', () => {
  it('writes lines in list order whatever order the scans finish in, with at most `jobs` in flight', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `c${i}`);
    let inFlight = 0;
    let maxInFlight = 0;
    const lines: string[] = [];
    const summary = await runBatch(
      ids.map(entry),
      async (e) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await sleep((Number(e.id.slice(1)) * 7919) % 13);
        inFlight--;
        return { exitCode: Number(e.id.slice(1)) % 3 === 0 ? 1 : 0, report: `{"id":"${e.id}"}` };
      },
      { jobs: 3, write: (l) => void lines.push(l) },
    );
    expect(lines.map((l) => readLine(l).checkout)).toEqual(ids);
    expect(maxInFlight).toBeLessThanOrEqual(3);
    expect(maxInFlight).toBeGreaterThan(1);
    expect(summary).toEqual({ total: 40, skipped: 0, clean: 26, withFindings: 14, incomplete: 0, failed: 0 });
    expect(batchExitCode(summary)).toBe(1);
  });

  it('turns a checkout that throws into an error line and scans the others', async () => {
    const lines: string[] = [];
    const summary = await runBatch(
      ['ok1', 'boom', 'ok2'].map(entry),
      // A rejected scan, as an async scan that throws gives.
      (e) =>
        e.id === 'boom' ? Promise.reject(new Error('parser exploded')) : Promise.resolve({ exitCode: 0, report: '{}' }),
      { jobs: 2, write: (l) => void lines.push(l) },
    );
    expect(lines.map(readLine)).toEqual([
      { inertBatch: 1, checkout: 'ok1', exitCode: 0, result: {} },
      { inertBatch: 1, checkout: 'boom', exitCode: 2, error: 'internal error: parser exploded' },
      { inertBatch: 1, checkout: 'ok2', exitCode: 0, result: {} },
    ]);
    expect(batchExitCode(summary)).toBe(2);
  });

  it('skips what an earlier run finished, and an empty batch resolves', async () => {
    const seen: string[] = [];
    const summary = await runBatch(
      ['a', 'b', 'c'].map(entry),
      (e) => (seen.push(e.id), Promise.resolve({ exitCode: 0, report: '{}' })),
      { jobs: 4, done: new Set(['a', 'c']), write: () => undefined },
    );
    expect(seen).toEqual(['b']);
    expect(summary.skipped).toBe(2);
    expect(await runBatch([], () => Promise.resolve({ exitCode: 0 }), { jobs: 1, write: () => undefined })).toEqual({
      total: 0,
      skipped: 0,
      clean: 0,
      withFindings: 0,
      incomplete: 0,
      failed: 0,
    });
  });

  it('escapes checkout names into valid JSON lines', () => {
    const outcome: CheckoutOutcome = { exitCode: 2, error: 'bad\n"name"' };
    const line = batchLine({ id: 'we\u202eird"\n', path: '' }, outcome);
    expect(line.endsWith('}\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({ inertBatch: 1, checkout: 'we\u202eird"\n', exitCode: 2, error: 'bad\n"name"' });
  });

  it('resumes from the complete lines of an earlier run and drops a line cut short', () => {
    const previous = `${batchLine(entry('a'), { exitCode: 0, report: '{}' })}${batchLine(entry('b'), { exitCode: 2, error: 'x' })}{"inertBatch":1,"checkout":"c","exitCode":1,"res`;
    const { done, keep } = resumeFrom(previous);
    expect([...done]).toEqual(['a', 'b']);
    expect(keep.split('\n').filter(Boolean)).toHaveLength(2);
  });
});

describe('inert scan --batch (the built CLI, with worker threads)', () => {
  const corpus = (c: string) => join(repo, 'corpus', c);
  const run = (args: string[]) =>
    spawnSync(process.execPath, [bin, 'scan', '--batch', ...args], { encoding: 'utf8', cwd: tmp, timeout: 120_000 });

  it('scans each checkout in list order, reports the one it cannot read, and exits 2', () => {
    const list = join(tmp, 'e2e.txt');
    writeFileSync(
      list,
      [
        corpus('npm/install-scripts--blocked-by-npmrc'),
        join(tmp, 'missing'),
        corpus('npm/install-scripts--transitive-lockfile-v3'),
      ].join('\n'),
    );
    const r = run([list, '--jobs', '2']);
    const lines = r.stdout.trim().split('\n').map(readLine);
    expect(lines.map((l) => [l.checkout.split('/').pop(), l.exitCode])).toEqual([
      ['install-scripts--blocked-by-npmrc', 0],
      ['missing', 2],
      ['install-scripts--transitive-lockfile-v3', 1],
    ]);
    expect(lines[1]!.error).toMatch(/not a directory, a file or a package archive/);
    expect(lines[2]!.result!.findings.map((f) => f.check)).toContain('npm/install-scripts');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /3 checkouts: 1 clean, 1 with findings at or above --fail-on, 0 incomplete, 1 could not be scanned/,
    );
  });

  it('covers every checkout exactly once across shards, and --resume finishes a cut-short run', () => {
    const fleet = join(repo, 'corpus', 'npm');
    const all = run([fleet, '--jobs', '2', '--quiet'])
      .stdout.trim()
      .split('\n')
      .map((l) => readLine(l).checkout);
    const shards = [1, 2, 3].flatMap((i) =>
      run([fleet, '--shard', `${i}/3`, '--quiet'])
        .stdout.trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => readLine(l).checkout),
    );
    expect([...shards].sort()).toEqual([...all].sort());
    expect(new Set(shards).size).toBe(shards.length);

    const out = join(tmp, 'resume.ndjson');
    run([fleet, '--output', out, '--quiet']);
    const full = readFileSync(out, 'utf8');
    const firstTwo = full.split('\n').slice(0, 2).join('\n');
    writeFileSync(out, `${firstTwo}\n{"inertBatch":1,"checkout":"cut`);
    const r = run([fleet, '--output', out, '--resume']);
    expect(r.stderr).toMatch(/2 already done \(--resume\)/);
    expect(readFileSync(out, 'utf8')).toBe(full);
  });

  it('scans a sparse checkout with its listing: the file it lacks makes that line incomplete (exit 3)', () => {
    const listing = join(tmp, 'sparse.listing');
    const checkout = corpus('npm/install-scripts--blocked-by-npmrc');
    writeFileSync(listing, 'package.json\0.npmrc\0package-lock.json\0web/package.json\0');
    const list = join(tmp, 'sparse.txt');
    writeFileSync(list, `${checkout}\t${listing}\n${checkout}/\n`);
    const lines = run([list, '--jobs', '1', '--quiet'])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as BatchLine & { result: { incomplete?: { path: string }[] } });
    expect(lines.map((l) => l.exitCode)).toEqual([3, 0]);
    expect(lines[0]!.result.incomplete?.map((g) => g.path)).toEqual(['web/package.json']);
  });

  it('refuses --resume without --output and a malformed shard (exit 2)', () => {
    expect(run([tmp, '--resume']).stderr).toMatch(/--resume needs --output/);
    const r = run([tmp, '--shard', '3/2']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/i must be between 1 and 2/);
  });
});

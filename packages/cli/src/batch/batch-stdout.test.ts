/**
 * A batch through the executable, its NDJSON on a pipe (#24): reports over 1 MB each come out as
 * whole lines — every line parses and there is one per checkout — even when the reader is slower
 * than the scans (the pipe fills, writes wait for `drain`) and the process ends right after the
 * last line.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { nodeFileIo } from '../node-io.js';

const bin = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'inert-batch-bin-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CHECKOUTS = 4;
for (let c = 0; c < CHECKOUTS; c++) {
  const dir = join(work, `checkout-${c}`);
  mkdirSync(dir);
  const packages: Record<string, unknown> = { '': { name: `big-${c}`, version: '1.0.0' } };
  for (let i = 0; i < 6000; i++)
    packages[`node_modules/package-with-a-long-name-${c}-${i}`] = {
      version: '1.0.0',
      resolved: `https://registry.npmjs.org/package-with-a-long-name-${c}-${i}/-/package-with-a-long-name-${c}-${i}-1.0.0.tgz`,
      integrity: 'sha512-AAAA',
    };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `big-${c}`, version: '1.0.0' }));
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, requires: true, packages }));
}

describe('inert scan --batch on a pipe (bin)', () => {
  it('writes one whole line per checkout when each result is over 1 MB and the reader is slow', async () => {
    expect(existsSync(bin), 'pnpm test builds first').toBe(true);
    const child = spawn(process.execPath, [bin, 'scan', '--batch', work, '--jobs', '2', '--quiet'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    const chunks: Buffer[] = [];
    // Read nothing for a while: the pipe's buffer (64 KB) fills and the CLI's writes must wait.
    child.stdout.pause();
    setTimeout(() => {
      child.stdout.on('data', (d: Buffer) => chunks.push(d));
      child.stdout.resume();
    }, 1500);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    const text = Buffer.concat(chunks).toString('utf8');
    expect(stderr).toBe('');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines).toHaveLength(CHECKOUTS);
    const parsed = lines.map(
      (line) => JSON.parse(line) as { checkout: string; exitCode: number; result?: Record<string, unknown> },
    );
    expect(parsed.map((l) => l.checkout)).toEqual([...Array(CHECKOUTS).keys()].map((c) => `checkout-${c}`));
    for (const [i, line] of lines.entries()) {
      expect(Buffer.byteLength(line), `line ${i}`).toBeGreaterThan(1_000_000);
      expect(parsed[i]!.result, `line ${i}`).toBeDefined();
      // The checks' metadata and ecosystem profiles are left out of every line (docs/scaling.md).
      expect(Object.keys(parsed[i]!.result!), `line ${i}`).not.toContain('rules');
      expect(Object.keys(parsed[i]!.result!), `line ${i}`).not.toContain('ecosystems');
      expect(Object.keys(parsed[i]!.result!), `line ${i}`).toContain('inventory');
    }
    expect([0, 1]).toContain(code);
  });
});

describe('the batch waits for stdout to drain', () => {
  it('writes no line while the one before it is still in the buffer', async () => {
    const written: string[] = [];
    let pending = 0;
    let overlapping = 0;
    let waits = 0;
    const io = {
      ...nodeFileIo(work),
      stdout: (text: string) => {
        if (pending > 0) overlapping++;
        written.push(text);
      },
      stderr: () => undefined,
      stdoutDrained: () => {
        pending++;
        waits++;
        return new Promise<void>((drained) =>
          setTimeout(() => {
            pending--;
            drained();
          }, 5),
        );
      },
    };
    const code = await main(['scan', '--batch', work, '--jobs', '3', '--quiet'], io, {
      scanCheckout: (e) => Promise.resolve({ exitCode: 0, report: `{"id":${JSON.stringify(e.id)}}` }),
    });
    expect(code).toBe(0);
    expect(written.map((l) => (JSON.parse(l) as { checkout: string }).checkout)).toEqual(
      [...Array(CHECKOUTS).keys()].map((c) => `checkout-${c}`),
    );
    expect(waits).toBe(CHECKOUTS);
    expect(overlapping).toBe(0);
  });
});

/** The `--output` writer encodes each chunk in one reused buffer (decision 0035): the bytes are Buffer.from's. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeFileIo } from './node-io.js';

const work = mkdtempSync(join(tmpdir(), 'inert-node-io-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('nodeFileIo.writeFile', () => {
  it('writes every chunk as its UTF-8, whatever its size and characters', async () => {
    let seed = 35;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const UNITS = ['a', '\n', '"', 'é', '\u20ac', '\ud83d\ude00', '\ud800', '\udc00', '\u202e', '\x7f', '\0'];
    const chunks: string[] = [];
    // Around the reused room (1 MiB: 349,525 units at 3 bytes each) and far below and above it.
    for (const units of [0, 1, 100, 65_536, 349_525, 349_526, 700_000])
      chunks.push(
        Array.from({ length: units }, () => UNITS[rand(UNITS.length)])
          .join('')
          .slice(0, units),
      );
    chunks.push('x'.repeat(1_000_000), 'é'.repeat(349_525), 'tail');
    const io = nodeFileIo(work);
    await io.writeFile(join(work, 'out.json'), chunks);
    expect(readFileSync(join(work, 'out.json')).equals(Buffer.concat(chunks.map((c) => Buffer.from(c, 'utf8'))))).toBe(
      true,
    );
    await io.writeFile(join(work, 'one.json'), 'plain ✓ \ud800');
    expect(readFileSync(join(work, 'one.json')).equals(Buffer.from('plain ✓ \ud800', 'utf8'))).toBe(true);
  });
});

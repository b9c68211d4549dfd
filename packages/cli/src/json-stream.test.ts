/** The streamed JSON report is byte-identical to one safeJson of the whole result, on every real checkout (#25). */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DirectorySource, jsonChunks, safeJson, scan } from '@inert/core';
import { runCaptured } from './captured.js';
import { PLUGINS } from './plugins.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const real = resolve(repo, process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real');
const checkouts = existsSync(real)
  ? readdirSync(real, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((eco) => readdirSync(join(real, eco.name)).map((r) => `${eco.name}/${r}`))
  : [];
const tmp = mkdtempSync(join(tmpdir(), 'inert-json-stream-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(checkouts.length === 0 && process.env.INERT_REQUIRE_REAL_CORPUS !== '1')('streamed JSON report', () => {
  it('finds the real corpus', () => expect(checkouts.length).toBeGreaterThan(0));

  it.each(checkouts)('%s: the chunks join to the whole-result serializer, byte for byte', async (checkout) => {
    const result = await scan(new DirectorySource(join(real, checkout)), { plugins: PLUGINS });
    const chunks = [...jsonChunks(result)];
    expect(chunks.join('')).toBe(`${safeJson(result, 2)}\n`);
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(1 << 20);
  });

  it('inert scan --format json writes the same bytes to stdout and to --output', async () => {
    const dir = join(real, 'npm/mattermost__desktop');
    const out = join(tmp, 'report.json');
    const toStdout = await runCaptured(['scan', dir, '--format', 'json'], repo);
    const toFile = await runCaptured(['scan', dir, '--format', 'json', '--output', out], repo);
    expect(toFile.code).toBe(toStdout.code);
    const written = readFileSync(out, 'utf8');
    expect(written).toBe(toStdout.stdout);
    const result = await scan(new DirectorySource(dir), {
      plugins: PLUGINS,
      tool: { name: 'inert', version: (JSON.parse(written) as { tool: { version: string } }).tool.version },
    });
    expect(written).toBe(`${safeJson(result, 2)}\n`);
  });
});

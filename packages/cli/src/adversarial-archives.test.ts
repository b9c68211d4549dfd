/**
 * Hostile package archives (corpus/adversarial/archives/cases.mjs) through the CLI: each either
 * exits 2 with an error naming the archive, or reports exactly the expected findings from the
 * files the client would install. Never "No findings" for an archive inert could not read.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from './captured.js';

type Case = {
  name: string;
  file: string;
  description: string;
  bytes: Buffer;
  error?: string;
  findings?: { check: string; path: string }[];
};
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const { archiveCases } = (await import(join(repo, 'corpus/adversarial/archives/cases.mjs'))) as {
  archiveCases: () => Case[];
};
const tmp = mkdtempSync(join(tmpdir(), 'inert-archives-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function scanArchive(c: Case) {
  const path = join(tmp, `${c.name}-${c.file}`);
  writeFileSync(path, c.bytes);
  return { ...(await runCaptured(['scan', path, '--format', 'json'], tmp)), path };
}

describe('adversarial archives', () => {
  const cases = archiveCases();
  it.each(cases.filter((c) => c.error).map((c) => [c.name, c] as const))(
    '%s: exit 2, the error names the archive',
    async (_name, c) => {
      const r = await scanArchive(c);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(r.path);
      expect(r.stderr).toContain(c.error);
    },
  );

  it.each(cases.filter((c) => c.findings).map((c) => [c.name, c] as const))(
    '%s: exactly the expected findings',
    async (_name, c) => {
      const r = await scanArchive(c);
      expect(r.stderr).toBe('');
      const json = JSON.parse(r.stdout) as { findings: { check: string; location: { path: string } }[] };
      expect(json.findings.map((f) => ({ check: f.check, path: f.location.path }))).toEqual(c.findings);
    },
  );
});

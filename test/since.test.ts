/**
 * `since:` on each check (#24.5): 'next' until a release, then the version that shipped it
 * (scripts/set-since.mjs, docs/release.md step 2); never a version newer than the one being built.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogue, compareDotted, rulesOf, VERSION } from '@inert/core';
import { PLUGINS } from '../packages/cli/src/plugins.js';
import { checkFiles, setSince } from '../scripts/set-since.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));

describe('since on every check', () => {
  it("is 'next' or a released version no newer than this one", () => {
    const wrong = catalogue(PLUGINS)
      .filter((c) => c.meta.since !== 'next')
      .filter((c) => !/^\d+\.\d+\.\d+$/.test(c.meta.since) || compareDotted(c.meta.since, VERSION) > 0)
      .map((c) => `${c.qualifiedId}: ${c.meta.since}`);
    expect(wrong).toEqual([]);
  });

  it('set-since finds every check file and rewrites only since: next', () => {
    const files = checkFiles();
    // Every plugin check's since is written in its metadata module (docs/decisions/0031), which set-since visits.
    for (const plugin of PLUGINS)
      for (const rule of rulesOf(plugin)) {
        const meta = join(repo, 'plugins', plugin.ecosystem, 'src/checks', `${rule.id}.meta.ts`);
        expect(files, `${plugin.ecosystem}/${rule.id}`).toContain(meta);
        expect(readFileSync(meta, 'utf8')).toContain(`\n  since: '${rule.since}',\n`);
      }
    const dir = mkdtempSync(join(tmpdir(), 'inert-since-'));
    const draft = join(dir, 'draft.ts');
    const released = join(dir, 'released.ts');
    writeFileSync(draft, "export const c = {\n  id: 'x',\n  since: 'next',\n  title: 'since: next',\n};\n");
    writeFileSync(released, "export const c = {\n  since: '0.1.0',\n};\n");
    expect(setSince('0.2.0', [draft, released])).toEqual([draft]);
    expect(readFileSync(draft, 'utf8')).toBe(
      "export const c = {\n  id: 'x',\n  since: '0.2.0',\n  title: 'since: next',\n};\n",
    );
    expect(readFileSync(released, 'utf8')).toBe("export const c = {\n  since: '0.1.0',\n};\n");
    expect(() => setSince('latest', [draft])).toThrow(/not a version/);
  });
});

/**
 * `since:` on each check (#24.5): 'next' until a release, then the version that shipped it
 * (scripts/set-since.mjs, docs/release.md step 2); never a version newer than the one being built.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, compareDotted, VERSION } from '@inert/core';
import { PLUGINS } from '../packages/cli/src/plugins.js';
import { checkFiles, setSince } from '../scripts/set-since.mjs';

describe('since on every check', () => {
  it("is 'next' or a released version no newer than this one", () => {
    const wrong = catalogue(PLUGINS)
      .filter((c) => c.meta.since !== 'next')
      .filter((c) => !/^\d+\.\d+\.\d+$/.test(c.meta.since) || compareDotted(c.meta.since, VERSION) > 0)
      .map((c) => `${c.qualifiedId}: ${c.meta.since}`);
    expect(wrong).toEqual([]);
  });

  it('set-since finds every check file and rewrites only since: next', () => {
    expect(checkFiles().length).toBeGreaterThan(100);
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

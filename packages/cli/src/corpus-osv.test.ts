import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { osvCheck } from '@inert/core';
import { listCases, runCorpusCase, summarize } from '@inert/core/testing';
import { PLUGINS } from './plugins.js';

const corpus = fileURLToPath(new URL('../../../corpus/osv/', import.meta.url));

describe('corpus/osv (each case scanned with its osv-db/ folder)', async () => {
  for (const name of await listCases(corpus)) {
    it(name, async () => {
      const outcome = await runCorpusCase(PLUGINS, corpus + name);
      expect({ missing: outcome.missing, unexpected: outcome.unexpected.map(summarize) }).toEqual({
        missing: [],
        unexpected: [],
      });
    });
  }
});

describe('the OSV checks say where the matched version comes from (the plugin descriptor’s source)', () => {
  it('an action’s finding tells to change the `uses:` ref, not to clean a lockfile', async () => {
    const outcome = await runCorpusCase(PLUGINS, `${corpus}known-malicious-version--ci`);
    const action = outcome.result.findings.find((f) => f.check === 'ci/known-malicious-version');
    expect(action?.remediation).toContain('`uses:` ref');
    expect(action?.remediation).not.toContain('lockfile');
    const ci = PLUGINS.find((p) => p.ecosystem === 'ci')!;
    const meta = osvCheck('malicious', ci);
    expect(meta.description).toContain('used by a workflow or action');
    expect(meta.description).not.toContain('lockfile');
    expect(meta.reads).toEqual(['ci']);
    expect(osvCheck('vulnerable', ci).description).toContain('used by a workflow or action');
  });

  it('a lockfile ecosystem keeps the lockfile text', () => {
    const npm = PLUGINS.find((p) => p.ecosystem === 'npm')!;
    expect(osvCheck('malicious', npm).description).toContain('in the lockfile');
    expect(osvCheck('malicious', npm).reads).toEqual(['lockfile']);
  });
});

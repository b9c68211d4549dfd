import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listCases, pluginContractProblems, runCorpusCase, summarize } from '@inert/core/testing';
import { PLUGINS } from './plugins.js';

const root = new URL('../../../', import.meta.url);
const corpus = fileURLToPath(new URL('corpus/ci/', root));
const ci = PLUGINS.find((p) => p.ecosystem === 'ci')!;

describe('corpus/ci', async () => {
  for (const name of await listCases(corpus)) {
    it(name, async () => {
      const outcome = await runCorpusCase(PLUGINS, corpus + name);
      expect({
        missing: outcome.missing,
        unexpected: outcome.unexpected.map(summarize),
        todoNowFound: outcome.todoNowFound,
        clientMismatch: outcome.clientMismatch,
      }).toEqual({ missing: [], unexpected: [], todoNowFound: [], clientMismatch: [] });
    });
  }

  it('the ci checks keep the plugin contract', async () => {
    const problems = await pluginContractProblems(ci, {
      pluginDir: fileURLToPath(new URL('plugins/ci', root)),
      checksDir: fileURLToPath(new URL('plugins/ci/src/checks', root)),
      corpusDir: corpus,
    });
    expect(problems).toEqual([]);
  });
});

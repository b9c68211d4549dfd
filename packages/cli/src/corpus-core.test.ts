import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listCases, runCorpusCase, summarize } from '@inert/core/testing';
import { PLUGINS } from './plugins.js';

const corpus = fileURLToPath(new URL('../../../corpus/core/', import.meta.url));

describe('corpus/core', async () => {
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
});

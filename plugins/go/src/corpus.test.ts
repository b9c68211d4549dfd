import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listCases, runCorpusCase, summarize } from '@inert/core/testing';
import { go } from './index.js';

const corpus = fileURLToPath(new URL('../../../corpus/go/', import.meta.url));

describe('corpus/go', async () => {
  for (const name of await listCases(corpus)) {
    it(name, async () => {
      const outcome = await runCorpusCase([go], corpus + name);
      expect({ missing: outcome.missing, unexpected: outcome.unexpected.map(summarize), todoNowFound: outcome.todoNowFound, clientMismatch: outcome.clientMismatch }).toEqual({ missing: [], unexpected: [], todoNowFound: [], clientMismatch: [] });
    });
  }
});

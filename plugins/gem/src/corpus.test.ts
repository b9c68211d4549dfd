/** Runs every corpus/gem case against its expected.json. https://bundler.io/man/gemfile.5.html */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listCases, runCorpusCase, summarize } from '@inert/core/testing';
import { gem } from './index.js';

const corpus = fileURLToPath(new URL('../../../corpus/gem/', import.meta.url));

describe('corpus/gem', async () => {
  for (const name of await listCases(corpus)) {
    it(name, async () => {
      const outcome = await runCorpusCase([gem], corpus + name);
      expect({ missing: outcome.missing, unexpected: outcome.unexpected.map(summarize), todoNowFound: outcome.todoNowFound, clientMismatch: outcome.clientMismatch }).toEqual({ missing: [], unexpected: [], todoNowFound: [], clientMismatch: [] });
    });
  }
});

/** Runs every corpus/cargo case through the plugin and compares with its expected.json. https://doc.rust-lang.org/cargo/ */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listCases, runCorpusCase, summarize } from '@inert/core/testing';
import { cargo } from './index.js';

const corpus = fileURLToPath(new URL('../../../corpus/cargo/', import.meta.url));

describe('corpus/cargo', async () => {
  for (const name of await listCases(corpus)) {
    it(name, async () => {
      const outcome = await runCorpusCase([cargo], corpus + name);
      expect({ missing: outcome.missing, unexpected: outcome.unexpected.map(summarize), todoNowFound: outcome.todoNowFound, clientMismatch: outcome.clientMismatch }).toEqual({ missing: [], unexpected: [], todoNowFound: [], clientMismatch: [] });
    });
  }
});

/** Runs every corpus/gradle case and compares findings with its expected.json. https://docs.gradle.org/current/userguide/userguide.html */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listCases, runCorpusCase, summarize } from '@inert/core/testing';
import { gradle } from './index.js';

const corpus = fileURLToPath(new URL('../../../corpus/gradle/', import.meta.url));

describe('corpus/gradle', async () => {
  for (const name of await listCases(corpus)) {
    it(name, async () => {
      const outcome = await runCorpusCase([gradle], corpus + name);
      expect({ missing: outcome.missing, unexpected: outcome.unexpected.map(summarize), todoNowFound: outcome.todoNowFound, clientMismatch: outcome.clientMismatch }).toEqual({ missing: [], unexpected: [], todoNowFound: [], clientMismatch: [] });
    });
  }
});

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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

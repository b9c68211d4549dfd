import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listCases, runCorpusCase, summarize } from '@inert/core/testing';
import { pip } from './index.js';

const corpus = fileURLToPath(new URL('../../../corpus/pip/', import.meta.url));
// setup.py is read only through @inert/syntax; its cases wait for that package rather than expect a fallback.
const syntaxReady = existsSync(fileURLToPath(new URL('../../../packages/syntax/src/index.ts', import.meta.url)));

describe('corpus/pip', async () => {
  for (const name of await listCases(corpus)) {
    it.skipIf(!syntaxReady && existsSync(`${corpus}${name}/setup.py`))(name, async () => {
      const outcome = await runCorpusCase([pip], corpus + name);
      expect({ missing: outcome.missing, unexpected: outcome.unexpected.map(summarize), todoNowFound: outcome.todoNowFound, clientMismatch: outcome.clientMismatch }).toEqual({ missing: [], unexpected: [], todoNowFound: [], clientMismatch: [] });
    });
  }
});

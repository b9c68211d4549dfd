import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pluginContractProblems } from '@inert/core/testing';
import { go } from './index.js';

const root = new URL('../../../', import.meta.url);
const catalogue = await readFile(new URL('../shared/design/CHECKS.md', root), 'utf8').catch(() => undefined);

describe('go plugin contract', () => {
  it('check list, files, corpus examples and catalogue agree', async () => {
    const problems = await pluginContractProblems(go, {
      pluginDir: fileURLToPath(new URL('plugins/go', root)),
      corpusDir: fileURLToPath(new URL('corpus/go', root)),
      ...(catalogue !== undefined ? { catalogue } : {}),
    });
    expect(problems).toEqual([]);
  });
});

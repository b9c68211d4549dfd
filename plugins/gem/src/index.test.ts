/** Plugin contract: check list, files, corpus examples and catalogue agree. https://bundler.io/ */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pluginContractProblems } from '@inert/core/testing';
import { gem } from './index.js';

const root = new URL('../../../', import.meta.url);
const catalogue = await readFile(new URL('../shared/design/CHECKS.md', root), 'utf8').catch(() => undefined);

describe('gem plugin contract', () => {
  it('check list, files, corpus examples and catalogue agree', async () => {
    const problems = await pluginContractProblems(gem, {
      pluginDir: fileURLToPath(new URL('plugins/gem', root)),
      corpusDir: fileURLToPath(new URL('corpus/gem', root)),
      ...(catalogue !== undefined ? { catalogue } : {}),
    });
    expect(problems).toEqual([]);
  });
});

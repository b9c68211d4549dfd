/** The plugin contract: check list, files, corpus examples and the CHECKS.md catalogue agree. https://doc.rust-lang.org/cargo/ */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pluginContractProblems } from '@inert/core/testing';
import { cargo } from './index.js';

const root = new URL('../../../', import.meta.url);
const catalogue = await readFile(new URL('../shared/design/CHECKS.md', root), 'utf8').catch(() => undefined);

describe('cargo plugin contract', () => {
  it('check list, files, corpus examples and catalogue agree', async () => {
    const problems = await pluginContractProblems(cargo, {
      pluginDir: fileURLToPath(new URL('plugins/cargo', root)),
      corpusDir: fileURLToPath(new URL('corpus/cargo', root)),
      ...(catalogue !== undefined ? { catalogue } : {}),
    });
    expect(problems).toEqual([]);
  });
});

/** The plugin contract: check list, file rules, corpus examples and the CHECKS.md catalogue agree. https://docs.gradle.org/current/userguide/userguide.html */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pluginContractProblems } from '@inert/core/testing';
import { gradle } from './index.js';

const root = new URL('../../../', import.meta.url);
const catalogue = await readFile(new URL('../shared/design/CHECKS.md', root), 'utf8').catch(() => undefined);

describe('gradle plugin contract', () => {
  it('check list, files, corpus examples and catalogue agree', async () => {
    const problems = await pluginContractProblems(gradle, {
      pluginDir: fileURLToPath(new URL('plugins/gradle', root)),
      corpusDir: fileURLToPath(new URL('corpus/gradle', root)),
      ...(catalogue !== undefined ? { catalogue } : {}),
    });
    expect(problems).toEqual([]);
  });
});

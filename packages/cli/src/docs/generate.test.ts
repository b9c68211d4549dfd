import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PLUGINS } from '../plugins.js';
import { generateDocs } from './generate.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

describe('generated docs', async () => {
  const docs = await generateDocs(PLUGINS, root);

  it('has a page for every check and question, the index, the CLI page and inert\u2019s own supply chain', () => {
    expect(docs.has('docs/checks/index.md')).toBe(true);
    expect(docs.has('docs/questions/install-time-execution.md')).toBe(true);
    expect(docs.has('docs/own-supply-chain.md')).toBe(true);
    expect(docs.has('docs/checks/npm/install-scripts.md')).toBe(true);
    expect(docs.has('docs/checks/core/unparsed-file.md')).toBe(true);
  });

  it('are current (run `pnpm docs` after changing check metadata or corpus examples)', async () => {
    const stale: string[] = [];
    for (const [path, content] of docs) {
      const onDisk = await readFile(join(root, path), 'utf8').catch(() => undefined);
      if (onDisk !== content) stale.push(path);
    }
    for (const eco of await readdir(join(root, 'docs/checks'), { withFileTypes: true })) {
      if (!eco.isDirectory()) continue;
      for (const page of await readdir(join(root, 'docs/checks', eco.name))) {
        if (!docs.has(`docs/checks/${eco.name}/${page}`)) stale.push(`docs/checks/${eco.name}/${page} (no such check)`);
      }
    }
    for (const page of await readdir(join(root, 'docs/questions'))) {
      if (!docs.has(`docs/questions/${page}`)) stale.push(`docs/questions/${page} (no such question)`);
    }
    expect(stale).toEqual([]);
  });
});

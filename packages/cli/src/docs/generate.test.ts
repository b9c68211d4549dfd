import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { QUESTIONS, catalogue } from '@inert/core';
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

  it('compare every ecosystem on every question page, and list the checks that evidence it', () => {
    for (const q of QUESTIONS) {
      const page = docs.get(`docs/questions/${q.id}.md`)!;
      const rows = page.split('\n').filter((l) => l.startsWith('| [') && l.includes('(../ecosystems/'));
      expect(rows.map((r) => /\(\.\.\/ecosystems\/(\w+)\.md\)/.exec(r)?.[1])).toEqual(['npm', 'pip', 'cargo', 'gem', 'go', 'gradle']);
      for (const row of rows) expect(row).toMatch(/\[source\]\(https:\/\//);
      for (const c of catalogue(PLUGINS).filter((c) => c.meta.question === q.id)) expect(page).toContain(`| [\`${c.qualifiedId}\`](../checks/${c.ecosystem}/${c.meta.id}.md) | ${c.meta.severity} |`);
    }
  });

  it('are current (run `pnpm run docs` after changing check metadata, questions, profiles, corpus examples or inert\u2019s own lock, CI or pnpm settings)', async () => {
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

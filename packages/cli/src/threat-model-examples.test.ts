/**
 * The threat-model reports for three real checkouts, committed as docs/examples/threat-model-<owner>__<repo>.md
 * (#22): the same scan as `inert scan <dir> --format markdown --untrusted`, with the root named by the
 * checkout's PROVENANCE.json instead of a local path, and links to the per-tool pages relative to docs/examples/.
 * Regenerate with `npx vitest run packages/cli/src/threat-model-examples.test.ts -u` and read the diff.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DirectorySource, renderMarkdown, scan } from '@inert/core';
import { PLUGINS } from './plugins.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const real = resolve(repo, process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real');
const present = existsSync(real);

/** An npm (pnpm) monorepo, a Python service with npm tooling, and a Rust workspace with a VS Code extension. */
const EXAMPLES = ['npm/vitejs__vite', 'python/pypa__warehouse', 'cargo/rust-lang__rust-analyzer'];

describe('docs/examples threat-model reports of real checkouts', () => {
  it('the real corpus is present when required', () => {
    if (process.env.INERT_REQUIRE_REAL_CORPUS === '1') expect(present, `${real} (INERT_REAL_CORPUS)`).toBe(true);
  });

  it.skipIf(!present).each(EXAMPLES)('%s: the committed report is current', async (checkout) => {
    const dir = join(real, checkout);
    const provenance = JSON.parse(await readFile(join(dir, 'PROVENANCE.json'), 'utf8')) as {
      repository: string;
      commit: string;
    };
    const result = await scan(new DirectorySource(dir), { plugins: PLUGINS, config: { inlineSuppressions: false } });
    const md = renderMarkdown(
      { ...result, root: `${provenance.repository} at ${provenance.commit.slice(0, 12)}` },
      { ecosystems: PLUGINS, docsBase: '../../' },
    );
    // The report must read as this checkout's threat model: no question it has findings for may read "not observed".
    for (const section of md.split('\n### ').slice(1)) {
      if (section.includes('\n- **'))
        expect(section.split('\n\n')[1], section.split('\n')[0]).toMatch(/^\*\*exposed\*\*/);
    }
    await expect(md).toMatchFileSnapshot(`../../../docs/examples/threat-model-${checkout.split('/')[1]}.md`);
  });
});

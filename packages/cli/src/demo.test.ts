/** The bundled demo (corpus/demo): its findings, and its Markdown threat model kept as docs/examples/demo-report.md. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DirectorySource, renderMarkdown, scan } from '@inert/core';
import { runCorpusCase, summarize } from '@inert/core/testing';
import { PLUGINS } from './plugins.js';

const demo = fileURLToPath(new URL('../../../corpus/demo', import.meta.url));

describe('corpus/demo', () => {
  it('has exactly the expected findings', async () => {
    const outcome = await runCorpusCase(PLUGINS, demo);
    expect({ missing: outcome.missing, unexpected: outcome.unexpected.map(summarize) }).toEqual({
      missing: [],
      unexpected: [],
    });
  });

  it('renders the threat model the docs show (docs/examples/demo-report.md)', async () => {
    const result = await scan(new DirectorySource(demo), {
      plugins: PLUGINS,
      config: { ignorePaths: ['expected.json'] },
    });
    const md = renderMarkdown({ ...result, root: 'corpus/demo' }, { ecosystems: PLUGINS, docsBase: '../../' });
    await expect(md).toMatchFileSnapshot('../../../docs/examples/demo-report.md');
  });
});

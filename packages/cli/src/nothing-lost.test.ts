/** Nothing lost: every file a plugin claims is accounted for in files[] as parsed, present, unparsed, opaque or skipped. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DirectorySource, DEFAULT_LIMITS, DEFAULT_SKIPPED_DIRS, matchesGlob, scan } from '@inert/core';
import { PLUGINS } from './plugins.js';

const corpus = fileURLToPath(new URL('../../../corpus/', import.meta.url));

describe('files[] accounts for every claimed file', () => {
  const groups = readdirSync(corpus).filter((g) => !['adversarial', 'demo'].includes(g) && existsSync(join(corpus, g)));
  it.each(groups)('corpus/%s', async (group) => {
    const source = new DirectorySource(join(corpus, group));
    // The same walk the scan makes (vendor/ and node_modules/ entered only for the exact paths a plugin names).
    const skipDirs = new Set(DEFAULT_SKIPPED_DIRS);
    const peek = PLUGINS.flatMap((p) => p.files.flatMap((r: { match: readonly string[] }) => r.match)).filter(
      (m) => skipDirs.has(m.split('/')[0]!) && !/[*?{]/.test(m),
    );
    const walk = await source.walk({ limits: DEFAULT_LIMITS, skipDirs, peek });
    const result = await scan(source, { plugins: PLUGINS });
    for (const plugin of PLUGINS) {
      const claimed = walk.files
        .filter((f) =>
          plugin.files.some((r: { match: readonly string[] }) => r.match.some((m) => matchesGlob(f.path, m))),
        )
        .map((f) => f.path)
        .sort();
      const listed = result.files
        .filter((f) => f.ecosystem === plugin.ecosystem)
        .map((f) => f.path)
        .sort();
      expect(listed, `${plugin.ecosystem} in corpus/${group}`).toEqual(expect.arrayContaining(claimed));
      for (const f of result.files) expect(['parsed', 'present', 'unparsed', 'opaque', 'skipped']).toContain(f.status);
      for (const f of result.files.filter((x) => x.status === 'unparsed' || x.status === 'skipped'))
        expect(f.reason, f.path).toBeTruthy();
    }
  });
});

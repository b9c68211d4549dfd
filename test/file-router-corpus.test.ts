/** The compiled file router claims exactly what each plugin's rules claim, on every file of the real corpus (#25). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PLUGINS } from '../packages/cli/src/plugins.js';
import { ruleFor } from '../packages/core/src/discover.js';
import { fileRouter } from '../packages/core/src/file-router.js';
import { DEFAULT_LIMITS, DirectorySource } from '../packages/core/src/index.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const real = resolve(repo, process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real');

describe.skipIf(!existsSync(real) && process.env.INERT_REQUIRE_REAL_CORPUS !== '1')('file router', () => {
  it('routes every walked path of the real corpus and this repository as ruleFor does', async () => {
    const paths = new Set<string>();
    for (const dir of [real, repo]) {
      const walk = await new DirectorySource(dir).walk({
        limits: DEFAULT_LIMITS,
        skipDirs: new Set(['node_modules', '.git']),
        peek: [],
      });
      for (const f of walk.files) paths.add(f.path);
    }
    // Every rule's patterns written out as paths too, at the root and below a directory.
    for (const p of PLUGINS)
      for (const r of p.files)
        for (const m of r.match)
          for (const prefix of ['', 'w/', 'a/b/'])
            paths.add(prefix + m.replaceAll('**', 'x/y').replaceAll('*', 'name'));
    expect(paths.size).toBeGreaterThan(3000);
    const route = fileRouter(PLUGINS);
    const differ: string[] = [];
    let claimed = 0;
    for (const path of paths) {
      const expected = PLUGINS.map((p) => ruleFor(p, path));
      const got = route(path) ?? PLUGINS.map(() => undefined);
      if (expected.some((r, i) => r !== got[i])) differ.push(path);
      if (expected.some(Boolean)) claimed++;
    }
    expect(differ).toEqual([]);
    expect(claimed).toBeGreaterThan(500);
  });
});

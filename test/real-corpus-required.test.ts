/**
 * The real public corpus (../shared/corpus/real, or INERT_REAL_CORPUS) feeds the real-corpus tests of
 * every plugin, which skip when it is absent. With INERT_REQUIRE_REAL_CORPUS=1 (CI sets it in
 * .ci/run) a missing or emptied corpus fails here instead of silently skipping them all.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('..', import.meta.url));
const real = resolve(repo, process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real');
// The groups the plugins' real-corpus tests read (plugins/*/src/real-corpus.test.ts, packages/cli/src/real-corpus*.test.ts).
const GROUPS = ['npm', 'python', 'cargo', 'ruby', 'go', 'gradle', 'ci'];
const required = process.env.INERT_REQUIRE_REAL_CORPUS === '1';

describe('the real corpus', () => {
  it.runIf(required)('is present with every group when INERT_REQUIRE_REAL_CORPUS=1', () => {
    expect(existsSync(real), `${real} is missing: set INERT_REAL_CORPUS or put ../shared beside the checkout`).toBe(
      true,
    );
    for (const group of GROUPS)
      expect(readdirSync(resolve(real, group)).length, `${group} is empty`).toBeGreaterThan(0);
  });

  it.runIf(!required && !existsSync(real))(
    'is absent: every real-corpus test is SKIPPED (set INERT_REQUIRE_REAL_CORPUS=1 to make this a failure)',
    () => {
      console.warn(`inert: the real corpus ${real} is absent; the real-corpus tests are skipped`);
    },
  );
});

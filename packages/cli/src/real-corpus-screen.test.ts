/**
 * Output for a reviewer (#26): on the five largest real checkouts, the default text output shows every
 * high and critical finding on the first screen, lists nothing that needs no action, and keeps the
 * answers table within 100 columns. Each is committed in docs/examples/ (text-report*.txt).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { atLeast, DirectorySource, renderText, scan } from '@inert/core';
import { PLUGINS } from './plugins.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const real = resolve(repo, process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real');
const required = process.env.INERT_REQUIRE_REAL_CORPUS === '1';
/** A terminal's first screen, in lines. */
const SCREEN = 40;

function size(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) total += size(join(dir, e.name));
    else if (e.isFile()) total += statSync(join(dir, e.name)).size;
  }
  return total;
}

const checkouts = existsSync(real)
  ? readdirSync(real, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((eco) =>
        readdirSync(join(real, eco.name), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((r) => `${eco.name}/${r.name}`),
      )
  : [];
const largest = checkouts
  .map((c) => [c, size(join(real, c))] as const)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 5)
  .map(([c]) => c);

describe('text output on the five largest real checkouts', () => {
  it('has the real corpus when it is required', () => {
    if (required) expect(largest).toHaveLength(5);
  });

  it.skipIf(largest.length === 0).each(largest)(
    '%s: every high/critical finding on the first screen, no info, table within 100 columns',
    async (checkout) => {
      const result = await scan(new DirectorySource(join(real, checkout)), { plugins: PLUGINS });
      const text = renderText({ ...result, root: `corpus/real/${checkout}` });
      const lines = text.split('\n');
      const screen = lines.slice(0, SCREEN).join('\n');
      for (const f of result.findings.filter((f) => !f.suppressed && atLeast(f.severity, 'high'))) {
        // the group that holds it: its header names severity and check; its first line or its subjects name the finding
        expect(screen, `${f.check} ${f.location.path}:${f.location.line}`).toMatch(
          new RegExp(`^${f.severity} +${f.check.replace('/', '\\/')}\\b`, 'm'),
        );
      }
      expect(lines.filter((l) => /^info\b/.test(l))).toEqual([]);
      const start = lines.findIndex((l) => l.startsWith('question '));
      const table = lines.slice(start, lines.indexOf('', start));
      expect(table.length).toBeGreaterThan(1);
      expect(table.filter((l) => l.length > 100)).toEqual([]);
      expect(table.join('\n')).not.toMatch(/EXPOSED \d+[^\d\s]/);
      // each of the five is committed as an example; Chia's is the one the docs show
      const example =
        checkout === 'python/Chia-Network__chia-blockchain'
          ? 'text-report.txt'
          : `text-report-${checkout.replace('/', '-')}.txt`;
      await expect(text).toMatchFileSnapshot(join(repo, 'docs/examples', example));
    },
  );
});

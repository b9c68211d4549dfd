/**
 * The rules' JSON text made when the bundle is built (docs/decisions/0033) is the text the modules
 * render at run time, and a report written with it is the report written without it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogue, jsonChunks, renderJson, resultRule } from '@inert/core';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from './captured.js';
import { scanDirectory } from './index.js';
import { PLUGINS } from './plugins.js';
import { finishedMembers, rulesJsonText } from './rules-text.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const bundle = join(repo, 'packages/cli/bundle');
const checkout = mkdtempSync(join(tmpdir(), 'inert-rules-text-'));
writeFileSync(
  join(checkout, 'package.json'),
  '{"name":"one-file","version":"1.0.0","scripts":{"postinstall":"node x.js"}}\n',
);
afterAll(() => rmSync(checkout, { recursive: true, force: true }));

/** The `rules` member of a JSON report, as written. */
function rulesMember(report: string): string {
  const start = report.indexOf('\n  "rules": ') + '\n  "rules": '.length;
  const end = report.indexOf(',\n  "ecosystems": ', start);
  expect(start).toBeGreaterThan('\n  "rules": '.length);
  expect(end).toBeGreaterThan(start);
  return report.slice(start, end);
}

describe('the rules as JSON text', () => {
  const rules = catalogue(PLUGINS).map(resultRule);

  it('is the rules member of a report rendered at run time', async () => {
    const result = await scanDirectory(checkout);
    const text = rulesJsonText(rules);
    expect(text.length).toBeGreaterThan(100_000);
    expect(rulesMember(renderJson(result))).toBe(text);
  });

  it('gives the same report when written as it is, and is used only for the same rules', async () => {
    const result = await scanDirectory(checkout);
    const built = { ids: rules.map((r) => r.id), text: rulesJsonText(rules) };
    const finished = finishedMembers(result, built);
    expect(finished?.get(result.rules)).toBe(built.text);
    expect([...jsonChunks(result, finished)].join('')).toBe(renderJson(result));
    // A text that is written as it is, is written: a marker in it reaches the report.
    const marked = new Map([[result.rules, '["marker"]']]);
    expect(rulesMember([...jsonChunks(result, marked)].join(''))).toBe('["marker"]');
    // The modules carry no text; a result with other rules (a scan of some ecosystems) is rendered.
    expect(finishedMembers(result)).toBeUndefined();
    expect(finishedMembers({ ...result, rules: result.rules!.slice(1) }, built)).toBeUndefined();
    const renamed = result.rules!.map((r, i) => (i === 5 ? { ...r, id: `${r.id}-x` } : r));
    expect(finishedMembers({ ...result, rules: renamed }, built)).toBeUndefined();
  });

  it('is carried by the bundled bin as the text the modules render', async () => {
    const files = existsSync(bundle) ? readdirSync(bundle).filter((f) => f.endsWith('.js')) : [];
    const carrying = files.filter((f) => readFileSync(join(bundle, f), 'utf8').includes('const BUILT_RULES = {'));
    expect(carrying, 'run "pnpm build"').toHaveLength(1);
    for (const args of [[], ['--ecosystem', 'npm']]) {
      const child = spawnSync(
        process.execPath,
        [join(bundle, 'bin.js'), 'scan', checkout, '--format', 'json', ...args],
        {
          encoding: 'utf8',
        },
      );
      const modules = await runCaptured(['scan', checkout, '--format', 'json', ...args], repo);
      expect(child.status).toBe(modules.code);
      expect(child.stdout).toBe(modules.stdout);
      if (args.length === 0) expect(rulesMember(child.stdout)).toBe(rulesJsonText(rules));
    }
  });
});

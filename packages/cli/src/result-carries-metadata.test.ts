/**
 * Reporters need only the result (#24.3): a scan carries the checks' metadata (`rules`) and the
 * answering ecosystems' profiles (`ecosystems`), so SARIF, Markdown and HTML render from the result
 * alone exactly as they did from the plugin list, and the result survives a JSON round trip.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  catalogue,
  diffScans,
  DirectorySource,
  emptyInventory,
  renderDiffSarif,
  renderHtml,
  renderMarkdown,
  renderSarif,
  scan,
  type DiffResult,
  type ScanResult,
} from '@inert/core';
import { PLUGINS } from './plugins.js';

const root = new URL('../../../', import.meta.url);
const cases = [
  'corpus/demo',
  'corpus/npm/install-scripts--transitive-lockfile-v3',
  'corpus/pip/setup-py--legacy-no-build-system',
];

describe('the scan result carries what reporters describe', () => {
  it.each(cases)('%s: SARIF, Markdown and HTML from the result alone equal those from the plugins', async (path) => {
    const result = await scan(new DirectorySource(fileURLToPath(new URL(path, root))), { plugins: PLUGINS });
    const reread = JSON.parse(JSON.stringify(result)) as ScanResult;
    const sarifOptions = { docsBaseUrl: 'https://example.org/inert/', pathPrefix: 'x' };
    const fromPlugins = renderSarif(result, { ...sarifOptions, checks: catalogue(PLUGINS) });
    expect(renderSarif(reread, sarifOptions)).toBe(fromPlugins);
    const sarif = JSON.parse(fromPlugins) as { runs: { tool: { driver: { rules: unknown[] } } }[] };
    expect(sarif.runs[0]!.tool.driver.rules.length).toBeGreaterThan(50);
    expect(renderMarkdown(reread, { docsBase: '../' })).toBe(
      renderMarkdown(result, { ecosystems: PLUGINS, docsBase: '../' }),
    );
    expect(renderHtml(reread)).toBe(renderHtml(result, { ecosystems: PLUGINS }));
  });

  it('rules are the catalogue of the scanned plugins; ecosystems those that answered', async () => {
    const result = await scan(new DirectorySource(fileURLToPath(new URL(cases[1]!, root))), { plugins: PLUGINS });
    expect(result.rules?.map((r) => r.id)).toEqual(catalogue(PLUGINS).map((c) => c.qualifiedId));
    expect(result.ecosystems?.map((e) => e.ecosystem)).toEqual([...new Set(result.answers.map((a) => a.ecosystem))]);
    const npmRule = result.rules?.find((r) => r.id === 'npm/install-scripts');
    expect(npmRule).toMatchObject({ ecosystem: 'npm', docsPath: 'docs/checks/npm/install-scripts.md' });
    expect(result.ecosystems?.[0]?.profile['install-time-execution']?.length).toBeGreaterThan(0);
  });

  it('a diff carries the rules of both scans, so its SARIF needs only the diff (#24.3)', async () => {
    const side = (name: string) =>
      scan(new DirectorySource(fileURLToPath(new URL(`corpus/diff/pull-request-example/${name}`, root))), {
        plugins: PLUGINS,
      });
    const base = await side('base');
    const head = await side('head');
    const diff = diffScans(base, head);
    expect(diff.findings.new.length).toBeGreaterThan(0);
    expect(diff.rules?.map((r) => r.id)).toEqual(catalogue(PLUGINS).map((c) => c.qualifiedId));
    const reread = JSON.parse(JSON.stringify(diff)) as DiffResult;
    const options = { docsBaseUrl: 'https://example.org/inert/', pathPrefix: 'x' };
    const fromPlugins = renderDiffSarif(diff, { ...options, checks: catalogue(PLUGINS) });
    expect(renderDiffSarif(reread, options)).toBe(fromPlugins);
    const sarif = JSON.parse(fromPlugins) as { runs: { tool: { driver: { rules: { id: string }[] } } }[] };
    const ruleIds = sarif.runs[0]!.tool.driver.rules.map((r) => r.id);
    for (const f of diff.findings.new) expect(ruleIds).toContain(f.check);
  });

  it("a diff's rules are head's, then those only base ran; none when neither scan carried any", () => {
    const rule = (id: string) => ({ ...catalogueRule, id });
    const bare: ScanResult = {
      schemaVersion: 1,
      tool: { name: 'inert', version: '0' },
      root: '.',
      findings: [],
      answers: [],
      inventory: emptyInventory(),
      files: [],
    };
    const base = { ...bare, rules: [rule('a/x'), rule('a/gone')] };
    const head = { ...bare, rules: [rule('a/new'), rule('a/x')] };
    expect(diffScans(base, head).rules?.map((r) => r.id)).toEqual(['a/new', 'a/x', 'a/gone']);
    expect(diffScans(bare, bare)).not.toHaveProperty('rules');
  });
});

const catalogueRule = {
  ecosystem: 'a',
  question: 'install-time-execution' as const,
  title: 't',
  description: 'd',
  remediation: 'r',
  limitations: 'l',
  severity: 'low' as const,
  confidence: 'high' as const,
  docsPath: 'docs/checks/a/x.md',
};

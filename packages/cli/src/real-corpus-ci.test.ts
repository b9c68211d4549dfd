/**
 * CI evidence on real workflows (workflows and .gitlab-ci.yml under ../shared/corpus/real): every
 * install and publish command line written literally in a workflow is in inventory.commands at that line,
 * and the Markdown threat model renders for every real checkout.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DirectorySource, renderMarkdown, scan } from '@inert/core';
import { PLUGINS } from './plugins.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const real = resolve(repo, process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real');
const checkouts = existsSync(real)
  ? readdirSync(real, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((e) => readdirSync(join(real, e.name)).map((r) => join(e.name, r)))
  : [];
// A line that is (or starts a run: with) a plain install/publish command of a client inert knows.
const COMMAND =
  /^\s*(?:-\s+)?(?:run:\s+)?(?:npm (?:ci|install|i|publish)|pnpm (?:install|i|publish)|yarn install|pip3? install|python3? -m pip install|cargo (?:build|test|install|publish)|bundle install|gem (?:install|push)|uv (?:sync|pip install)|poetry install|go install)\b[^|&;$`]*$/;

describe.skipIf(checkouts.length === 0)('real workflows', () => {
  it.each(checkouts)(
    '%s: literal install and publish commands are inventoried at their lines; the report renders',
    async (checkout) => {
      const dir = join(real, checkout);
      const result = await scan(new DirectorySource(dir), { plugins: PLUGINS });
      const lines = new Set(result.inventory.commands.map((c) => `${c.file}:${c.line}`));
      const missing: string[] = [];
      const workflows = join(dir, '.github/workflows');
      const files = existsSync(workflows)
        ? readdirSync(workflows)
            .filter((f) => /\.ya?ml$/.test(f))
            .map((f) => `.github/workflows/${f}`)
        : [];
      if (existsSync(join(dir, '.gitlab-ci.yml'))) files.push('.gitlab-ci.yml');
      for (const file of files) {
        readFileSync(join(dir, file), 'utf8')
          .split('\n')
          .forEach((text, i) => {
            if (COMMAND.test(text) && !/\$\{\{/.test(text) && !lines.has(`${file}:${i + 1}`))
              missing.push(`${file}:${i + 1}: ${text.trim()}`);
          });
      }
      expect(missing).toEqual([]);
      const md = renderMarkdown(result, { ecosystems: PLUGINS });
      expect(md).toContain('# Supply-chain threat model');
    },
  );

  it.each(checkouts)('%s: no phantom file, no repeated finding, no crash', async (checkout) => {
    const dir = join(real, checkout);
    const result = await scan(new DirectorySource(dir), { plugins: PLUGINS });
    const ci = result.findings.filter((f) => f.ecosystem === 'ci' || f.check.startsWith('ci/'));
    // Every file a CI finding (an unreadable-file one included) points at is in the checkout.
    const phantom = ci
      .filter((f) => !existsSync(join(dir, f.location.path)))
      .map((f) => `${f.check} ${f.location.path}: ${f.message}`);
    expect(phantom).toEqual([]);
    const seen = new Map<string, number>();
    for (const f of ci) {
      const key = `${f.check} ${f.location.path}:${f.location.line}:${f.location.column} ${f.message}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
  });

  // False-positive pitfalls of the #21 audits, as real workflows write them.
  it.each([
    ['npm/typescript-eslint__typescript-eslint', '.github/workflows/a11y-alt-bot.yml', 'ci/spoofable-bot-condition'],
    ['gradle/JabRef__jabref', '.github/workflows/binaries.yml', 'ci/spoofable-bot-condition'],
    ['npm/mattermost__desktop', '.github/workflows/e2e-pr-trigger.yml', 'ci/spoofable-bot-condition'],
  ])(
    '%s %s: bot exclusions (`!endsWith(github.actor, …)`, `!= …[bot]`) are not %s findings',
    async (checkout, file, check) => {
      const dir = join(real, checkout);
      expect(existsSync(join(dir, file)), `${checkout}/${file} is in the real corpus`).toBe(true);
      const result = await scan(new DirectorySource(dir), { plugins: PLUGINS });
      expect(result.findings.filter((f) => f.check === check && f.location.path === file)).toEqual([]);
    },
  );

  it('rust-lang/rust-analyzer: `secrets[matrix.pat]` is one low ci/secrets-json finding at the expression', async () => {
    const dir = join(real, 'cargo/rust-lang__rust-analyzer');
    const result = await scan(new DirectorySource(dir), { plugins: PLUGINS });
    const found = result.findings.filter((f) => f.check === 'ci/secrets-json');
    expect(found.map((f) => [f.location.path, f.severity, f.evidence])).toEqual([
      ['.github/workflows/release.yaml', 'low', '${{ secrets[matrix.pat] }}'],
    ]);
  });

  it('GoogleCloudPlatform/golang-samples: go commands run through find -execdir are judged at their lines', async () => {
    const dir = join(real, 'go/GoogleCloudPlatform__golang-samples');
    const result = await scan(new DirectorySource(dir), { plugins: PLUGINS });
    const go = result.inventory.commands.filter((c) => c.ecosystem === 'go' && c.file === '.github/workflows/go.yaml');
    // Lines 32 and 82: `ROOT_DIR=$(pwd) find . -name go.mod -execdir sh -c 'go build ./... || …' \;` (and go vet); 52 and 54:
    // `-execdir go mod tidy \;` and `-execdir go get toolchain@none \;`, whose rewrites of go.mod and go.sum the step at
    // line 58 (`if [ -n "$(git status --porcelain)" ]; then … exit 1; fi`) turns into a failed job: a tidiness check.
    expect(go.map((c) => `${c.line} ${c.action} ${c.classification}`)).toEqual([
      '32 build strict',
      '49 install strict',
      '52 install strict',
      '54 install strict',
      '82 build strict',
      '97 build strict',
    ]);
    expect(result.findings.filter((f) => f.check === 'ci/lax-install')).toEqual([]);
  });
});

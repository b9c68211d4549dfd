/** The CI-native formats end to end through main: `--format github`, SARIF helpUri/help and path prefixes, `questions --format json`. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { QUESTIONS, VERSION } from '@inert/core';
import { runCaptured } from './captured.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const cases = 'corpus/npm/install-scripts--transitive-lockfile-v3';

function run(argv: string[], cwd = repo) {
  return runCaptured(argv, cwd);
}

describe('--format github', () => {
  it('prints workflow commands with paths relative to the working directory (the repository root in Actions)', async () => {
    const r = await run(['scan', cases, '--format', 'github']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^::error file=corpus\/npm\/install-scripts--transitive-lockfile-v3\/package-lock\.json,line=19,col=7,endLine=19,endColumn=25,title=inert npm\/install-scripts \(high\)::esbuild@0\.21\.5 has install scripts/,
    );
    expect(lines[2]).toBe('::notice title=inert::inert: 2 findings');
  });

  it('--path-prefix overrides the derived prefix', async () => {
    const r = await run(['scan', join(repo, cases), '--format', 'github', '--path-prefix', 'vendor/app']);
    expect(r.stdout).toContain('::error file=vendor/app/package-lock.json,line=19,');
  });
});

describe('--format sarif', () => {
  it('gives every rule a helpUri to its docs page and help.markdown that links it', async () => {
    const sarif = JSON.parse((await run(['scan', cases, '--format', 'sarif'])).stdout) as {
      runs: {
        tool: { driver: { rules: { id: string; helpUri?: string; help: { markdown: string } }[] } };
        originalUriBaseIds: { ROOT: { uri: string } };
        results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[];
    };
    const rules = sarif.runs[0]!.tool.driver.rules;
    expect(rules.length).toBeGreaterThan(50);
    for (const r of rules) {
      const [eco, id] = r.id.split('/');
      expect(r.helpUri).toBe(`https://unpkg.com/@inert/cli@${VERSION}/docs/checks/${eco}/${id}.md`);
      expect(r.help.markdown).toContain(`[docs/checks/${eco}/${id}.md](${r.helpUri})`);
    }
    // Paths relative to the repository root (the working directory), ROOT the repository root.
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      `${cases}/package-lock.json`,
    );
    expect(sarif.runs[0]!.originalUriBaseIds.ROOT.uri).toBe(`file://${repo.replace(/\/$/, '')}/`);
  });

  it('--docs-url points helpUri elsewhere', async () => {
    const sarif = JSON.parse(
      (await run(['scan', cases, '--format', 'sarif', '--docs-url', 'https://example.com/inert/blob/v1/'])).stdout,
    ) as { runs: { tool: { driver: { rules: { helpUri: string }[] } } }[] };
    expect(sarif.runs[0]!.tool.driver.rules[0]!.helpUri).toMatch(
      /^https:\/\/example\.com\/inert\/blob\/v1\/docs\/checks\//,
    );
  });
});

describe('--format markdown and html', () => {
  it('link the per-tool threat-model pages the published @inert/cli ships, or under --docs-url', async () => {
    const md = (await run(['scan', cases, '--format', 'markdown'])).stdout;
    expect(md).toContain(
      `[npm](https://unpkg.com/@inert/cli@${VERSION}/docs/threat-model/clients/npm.md#code-execution-at-install-time)`,
    );
    const html = (await run(['scan', cases, '--format', 'html', '--docs-url', 'https://example.com/inert/blob/v1']))
      .stdout;
    expect(html).toContain(
      '<a href="https://example.com/inert/blob/v1/docs/threat-model/clients/npm.md#code-execution-at-install-time">npm</a>',
    );
  });
});

describe('inert questions', () => {
  it('--format json lists every question with id, side, title and prose', async () => {
    const r = await run(['questions', '--format', 'json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; side: string; title: string; prose: string }[];
    expect(list.map((q) => q.id)).toEqual(QUESTIONS.map((q) => q.id));
    expect(list[0]).toEqual({
      id: QUESTIONS[0]!.id,
      side: QUESTIONS[0]!.side,
      title: QUESTIONS[0]!.title,
      prose: QUESTIONS[0]!.prose,
    });
  });

  it('refuses a format it cannot print', async () => {
    const r = await run(['questions', '--format', 'sarif']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('questions prints text or json');
  });
});

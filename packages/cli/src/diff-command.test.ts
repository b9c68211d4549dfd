/** `inert diff`: arguments, every format, and exit codes (--fail-on on new findings only; an incomplete side exits 3). */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from './captured.js';
import { PLUGINS } from './plugins.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const pair = (name: string) =>
  [join(repo, 'corpus/diff', name, 'base'), join(repo, 'corpus/diff', name, 'head')] as const;
const run = (argv: string[], cwd = repo) => runCaptured(argv, cwd);
const tmp = mkdtempSync(join(tmpdir(), 'inert-diff-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Sarif = {
  runs: {
    results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { message: { text: string } }[] }[];
  }[];
};

describe('inert diff arguments', () => {
  it('takes BASE HEAD, or --base BASE with HEAD the path argument or the current directory', async () => {
    const [base, head] = pair('new-dependency-with-install-script');
    const both = await run(['diff', base, head, '--format', 'json']);
    const flag = await run(['diff', '--base', base, head, '--format', 'json']);
    const cwd = await run(['diff', '--base', base, '--format', 'json'], head);
    for (const r of [both, flag, cwd]) expect(r.code).toBe(1);
    expect(JSON.parse(flag.stdout)).toEqual(JSON.parse(both.stdout));
    expect(JSON.parse(cwd.stdout)).toEqual(JSON.parse(both.stdout));
  });

  it.each([
    [['diff', 'only-one'], /needs two checkouts/],
    [['diff', 'a', 'b', 'c'], /needs two checkouts/],
    [['diff', '--base', 'a', 'b', 'c'], /at most one more path/],
    [['diff', 'corpus/diff/removed-finding/base', 'no-such-dir'], /not a directory/],
    [
      ['diff', 'corpus/diff/removed-finding/base', 'corpus/diff/removed-finding/head', '--format', 'html'],
      /diff writes text, json, markdown, sarif, github/,
    ],
    [['diff', 'corpus/diff/removed-finding/base', 'corpus/diff/removed-finding/head', '--batch'], /scan options/],
    [
      ['diff', 'corpus/diff/removed-finding/base', 'corpus/diff/removed-finding/head', '--fail-on', 'severe'],
      /--fail-on must be one of/,
    ],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('two trees with nothing to read exit 2, never a clean diff', async () => {
    const a = mkdtempSync(join(tmp, 'empty-a-'));
    const b = mkdtempSync(join(tmp, 'empty-b-'));
    const r = await run(['diff', a, b]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing scanned/);
  });
});

describe('inert diff exit codes', () => {
  it('--fail-on counts only new findings: a base finding at the threshold does not fail', async () => {
    // removed-finding: base has a low finding, head none; moved-finding-not-new: the same high finding on both sides.
    expect((await run(['diff', ...pair('removed-finding'), '--fail-on', 'low'])).code).toBe(0);
    expect((await run(['diff', ...pair('moved-finding-not-new'), '--fail-on', 'info'])).code).toBe(0);
    expect((await run(['diff', ...pair('strict-install-turned-lax')])).code).toBe(0);
    expect((await run(['diff', ...pair('strict-install-turned-lax'), '--fail-on', 'medium'])).code).toBe(1);
    expect((await run(['diff', ...pair('new-privileged-workflow'), '--fail-on', 'critical'])).code).toBe(1);
  });
});

describe('inert diff formats', () => {
  const [base, head] = pair('new-privileged-workflow');

  it('text: summary first, new findings most severe first, removed ones counted', async () => {
    const r = await run(['diff', ...pair('version-bump-with-install-script')]);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe('1 new finding (1 high), 0 gone, 1 unchanged');
    expect(r.stdout).toMatch(
      /New findings\nhigh {5}npm\/install-scripts {2}package-lock\.json:28:7\n {2}sharp@0\.34\.1 has install scripts[^\n]*\n {2}was high at sharp@0\.33\.5/,
    );
    expect(r.stdout).toContain('~ npm sharp 0.33.5 → 0.34.1  package-lock.json:24');
    expect((await run(['diff', ...pair('removed-finding')])).stdout).toContain(
      '1 removed finding (--verbose lists them)',
    );
    expect((await run(['diff', ...pair('removed-finding'), '--verbose'])).stdout).toMatch(
      /Removed findings\n {2}low {6}ci\/unpinned-action {2}\.github\/workflows\/ci\.yml:13/,
    );
  });

  it('sarif: only the new results, paths relative to the working directory', async () => {
    const sarif = JSON.parse((await run(['diff', base, head, '--format', 'sarif'])).stdout) as Sarif;
    const run0 = sarif.runs[0]!;
    expect(run0.results.map((x) => x.ruleId)).toEqual(['ci/pr-code-in-privileged-trigger']);
    expect(run0.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'corpus/diff/new-privileged-workflow/head/.github/workflows/preview.yml',
    );
    expect(run0.invocations[0]!.executionSuccessful).toBe(true);
    // The unpinned action is in both trees: not a result of the diff.
    const full = JSON.parse((await run(['scan', head, '--format', 'sarif'])).stdout) as Sarif;
    expect(full.runs[0]!.results.map((x) => x.ruleId)).toContain('ci/unpinned-action');
  });

  it('github: an annotation per new finding and a summary line', async () => {
    const lines = (await run(['diff', base, head, '--format', 'github'])).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^::error file=corpus\/diff\/new-privileged-workflow\/head\/\.github\/workflows\/preview\.yml,line=15,.*title=inert ci\/pr-code-in-privileged-trigger \(critical\)::job preview runs on/,
    );
    expect(lines[1]).toBe(
      '::warning title=inert diff::inert diff: 1 new finding (1 critical), 0 gone, 1 unchanged; dependencies 1 added',
    );
  });

  it('markdown: a summary line, the new findings table, dependency changes, removed findings collapsed', async () => {
    const md = (await run(['diff', ...pair('version-bump-with-install-script'), '--format', 'markdown'])).stdout;
    expect(md).toMatch(
      /^## inert: supply-chain changes\n\n\*\*1 new finding \(1 high\), 0 gone, 1 unchanged\*\*; dependencies 1 changed \(1 with install-time code\)\.\n/,
    );
    expect(md).toContain('| high | [`npm/install-scripts`](https://unpkg.com/@inert/cli@');
    expect(md).toContain(
      '/docs/checks/npm/install-scripts.md) | package-lock.json:28 | sharp@0.34.1 has install scripts',
    );
    expect(md).toContain('| changed | npm sharp | 0.33.5 → 0.34.1 | yes (runs-by-default) | sha512 |');
    const removed = (await run(['diff', ...pair('removed-finding'), '--format', 'markdown'])).stdout;
    expect(removed).toMatch(
      /<details><summary>Removed findings \(1\)<\/summary>\n\n\| Severity[^\n]*\n[^\n]*\n\| low \| \[`ci\/unpinned-action`\]\([^)]*docs\/checks\/ci\/unpinned-action\.md\) \|/,
    );
  });

  it('escapes what the trees control: a package name cannot add Markdown or terminal escapes', async () => {
    const b = join(tmp, 'esc-base');
    const h = join(tmp, 'esc-head');
    cpSync(pair('new-dependency-with-install-script')[0], b, { recursive: true });
    cpSync(pair('new-dependency-with-install-script')[1], h, { recursive: true });
    const lock = join(h, 'package-lock.json');
    writeFileSync(
      lock,
      readFileSync(lock, 'utf8').replaceAll(
        'node_modules/sharp',
        'node_modules/sh[a](https://x.example)|rp\\u001b[31m',
      ),
    );
    const md = (await run(['diff', b, h, '--format', 'markdown'])).stdout;
    expect(md).toContain('| added | npm sh\\[a\\](https://x.example)\\|rp\\\\x1b\\[31m | 0.33.5 |');
    const text = (await run(['diff', b, h])).stdout;
    expect(text).not.toContain('\u001b');
    expect(text).toContain('\\x1b[31m');
  });
});

describe('an incomplete side fails closed in every format', () => {
  // The head's lock is larger than the --config limit: its scan is incomplete, the base's is not.
  const setup = () => {
    const b = mkdtempSync(join(tmp, 'inc-base-'));
    const h = mkdtempSync(join(tmp, 'inc-head-'));
    cpSync(pair('removed-finding')[0], b, { recursive: true });
    cpSync(pair('removed-finding')[0], h, { recursive: true });
    writeFileSync(
      join(h, 'package-lock.json'),
      readFileSync(join(h, 'package-lock.json'), 'utf8').replace(
        '"requires": true,',
        `"requires": true,\n  "pad": "${'x'.repeat(4096)}",`,
      ),
    );
    const config = join(tmp, `${h.split('/').pop()}-config.json`);
    writeFileSync(config, JSON.stringify({ limits: { maxFileBytes: 3000 } }));
    return ['diff', b, h, '--config', config];
  };

  it('exits 3 without new findings, whatever --fail-on says, and says so on stderr', async () => {
    const argv = setup();
    const r = await run([...argv, '--fail-on', 'critical']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/diff incomplete/);
  });

  it.each([
    [
      'text',
      /Diff incomplete: the head scan could not read 1 thing, so what the change adds may be missing:\n {2}head: package-lock\.json: /,
    ],
    [
      'markdown',
      /^## inert: supply-chain changes\n\n\*\*Diff incomplete: the head scan could not read 1 thing[^\n]*\*\* The change must not be read as clean:\n\n- head: package-lock\.json: /,
    ],
    ['github', /::error title=inert diff::[^\n]*Diff incomplete: the head scan could not read 1 thing/],
    ['json', /"head": \{\n\s+"root": "[^"]+",\n\s+"incomplete": \[\n\s+\{\n\s+"path": "package-lock\.json"/],
  ])('%s says so', async (format, pattern) => {
    expect((await run([...setup(), '--format', format])).stdout).toMatch(pattern);
  });

  it('text says so even with --quiet', async () => {
    const quiet = (await run([...setup(), '--quiet'])).stdout;
    expect(quiet).not.toContain('unchanged');
    expect(quiet).toMatch(/\nDiff incomplete: the head scan/);
  });

  it('sarif: executionSuccessful false, the gap named with its side', async () => {
    const sarif = JSON.parse((await run([...setup(), '--format', 'sarif'])).stdout) as Sarif;
    const invocation = sarif.runs[0]!.invocations[0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications!.map((n) => n.message.text).join('\n')).toMatch(
      /package-lock\.json: in the head checkout: file is \d+ bytes/,
    );
  });
});

describe('inert diff --osv', () => {
  it('loads the offline database once for both trees', async () => {
    const { loadOsvDatabase } = await import('@inert/core');
    const paths: string[] = [];
    const [base, head] = pair('new-malicious-version');
    const db = join(repo, 'corpus/diff/new-malicious-version/osv-db');
    const r = await runCaptured(['diff', base, head, '--osv', db, '--format', 'json'], repo, {
      loadOsv: (path) => (paths.push(path), loadOsvDatabase(path, PLUGINS)),
    });
    expect(r.code).toBe(1);
    expect(paths).toEqual([db]);
  });
});

import { describe, expect, it } from 'vitest';
import { MemorySource, scan, type CommandRule } from '@inert/core';
import { commandsPlugin, cpuMsAsync } from '@inert/core/testing';
import { readFileSync } from 'node:fs';
import { ACTION_INPUTS } from './action-inputs.js';
import { readWorkflow } from './github-actions.js';
import { ci } from './index.js';
import { commandsFromScript } from './script.js';

const npmRules: CommandRule[] = [
  {
    programs: ['npm'],
    classify: (c) =>
      c.argv[1] === 'ci'
        ? { action: 'install', classification: 'strict', reason: 'npm ci' }
        : c.argv[1] === 'install'
          ? { action: 'install', classification: 'lax', reason: 'npm install' }
          : undefined,
  },
];
const eco = commandsPlugin('npm', npmRules);

const workflow = `on:
  pull_request_target:
    types: [opened]
  push:
permissions:
  contents: read
jobs:
  build:
    if: github.actor != 'x'
    needs: [lint]
    runs-on: [self-hosted, linux]
    environment: release
    permissions:
      id-token: write
      contents: write
    container: node:20
    services:
      db:
        image: postgres@sha256:0123
    strategy:
      matrix:
        os: [a, b]
        include:
          - os: c
            extra: 1
    env:
      A: job
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          persist-credentials: false
      - id: s
        name: build it
        shell: bash
        working-directory: web
        env:
          B: step
        run: npm ci
  call:
    uses: org/repo/.github/workflows/release.yml@v1
    secrets: inherit
`;

describe('the workflow model', () => {
  it('keeps triggers, jobs, steps, checkout and reusable calls with their locations', () => {
    const read = readWorkflow(workflow, '.github/workflows/x.yml');
    if ('kind' in read) throw new Error(read.reason);
    const w = read.workflow;
    expect(w.triggers).toEqual(['pull_request_target', 'push']);
    expect(w.permissions).toEqual({ kind: 'scoped', scopes: { contents: 'read' } });
    const [build, call] = w.jobs;
    expect(build).toMatchObject({
      id: 'build',
      if: "github.actor != 'x'",
      needs: ['lint'],
      runsOn: 'self-hosted, linux',
      environment: 'release',
      idToken: true,
      matrix: { os: ['a', 'b', 'c'], extra: ['1'] },
    });
    expect(build!.container).toMatchObject({ image: 'node:20', at: { line: 16 } });
    expect(build!.services).toMatchObject([{ name: 'db', image: 'postgres@sha256:0123', at: { line: 19 } }]);
    expect(build!.steps[0]!.checkout).toMatchObject({
      ref: '${{ github.event.pull_request.head.sha }}',
      persistCredentials: false,
      at: { line: 29 },
    });
    expect(build!.steps[1]).toMatchObject({
      id: 's',
      name: 'build it',
      shell: 'bash',
      workingDirectory: 'web',
      env: { A: 'job', B: 'step' },
      run: 'npm ci',
      runAt: { line: 39 },
    });
    expect(call).toMatchObject({
      id: 'call',
      uses: 'org/repo/.github/workflows/release.yml@v1',
      secrets: 'inherit',
      usesAt: { line: 41 },
      secretsAt: { line: 42 },
    });
    expect(
      read.commands.map((c) => [c.command.argv.join(' '), c.command.line, c.command.cwd, c.step?.id, c.jobModel?.id]),
    ).toEqual([['npm ci', 39, 'web', 's', 'build']]);
  });

  it('follows a local composite action into its action.yml: its steps run as the caller job', async () => {
    const wf =
      'on: push\npermissions:\n  id-token: write\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: ./.github/actions/setup\n      - run: ./gradlew build\n';
    const action =
      'runs:\n  using: composite\n  steps:\n    - uses: gradle/actions/setup-gradle@v4\n    - run: npm install\n      shell: bash\n';
    const result = await scan(
      new MemorySource({ files: { '.github/workflows/a.yml': wf, '.github/actions/setup/action.yml': action } }),
      { plugins: [eco, ci] },
    );
    // setup-gradle v4 in the local action validates the wrapper for the calling workflow: no gradle-wrapper finding.
    expect(result.findings.map((f) => `${f.check}:${f.location.path}:${f.location.line}`)).toEqual([
      'ci/unpinned-action:.github/actions/setup/action.yml:4',
      'ci/lax-install:.github/actions/setup/action.yml:5',
    ]);
    expect(result.inventory.commands).toMatchObject([{ command: 'npm install', job: 'a' }]);
  });

  it('reads commands inside known actions\u2019 inputs (run-on-arch-action run:, actions-rs/cargo command/args)', () => {
    const wf =
      'jobs:\n  a:\n    steps:\n      - uses: uraimo/run-on-arch-action@v2\n        with:\n          install: |\n            apt-get update\n          run: |\n            npm install\n      - uses: actions-rs/cargo@v1\n        with:\n          command: build\n          args: --release --locked\n';
    const read = readWorkflow(wf, '.github/workflows/x.yml');
    if ('kind' in read) throw new Error(read.reason);
    expect(read.commands.map((c) => [c.command.argv.join(' '), c.command.line])).toEqual([
      ['apt-get update', 7],
      ['npm install', 9],
      ['cargo build --release --locked', 12],
    ]);
  });

  it('tracks cd within a step, reads pwsh and cmd continuations, and recognises clients by path and as modules', () => {
    const ctx = { file: 'x', firstLine: 1, firstColumn: 1, env: {}, origin: 'github-actions', problems: [] };
    expect(
      commandsFromScript('cd web && npm ci\ncd ../api; ./scripts/x.sh', ctx).map((c) => [
        c.command.argv[0],
        c.command.cwd,
      ]),
    ).toEqual([
      ['npm', 'web'],
      ['./scripts/x.sh', 'web/../api'],
    ]);
    expect(commandsFromScript('cd $DIR\nnpm ci', ctx)[0]!.command.cwd).toBe('$$DIR');
    expect(
      commandsFromScript('.\\uv.exe sync `\n  --locked', { ...ctx, shell: 'pwsh' }).map((c) => c.command.argv),
    ).toEqual([['./uv.exe', 'sync', '--locked']]);
    expect(commandsFromScript('python3 -m pip install -r r.txt', ctx)[0]!.command.argv).toEqual([
      'pip',
      'install',
      '-r',
      'r.txt',
    ]);
  });
});

describe('matrices are never expanded', () => {
  it('judges a command once per value of one axis and reports one finding per step, naming the values', async () => {
    const wf =
      'on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix:\n        cmd: [install, ci, install]\n        node: [18, 20, 22]\n    steps:\n      - run: npm ${{ matrix.cmd }} --node=${{ matrix.node }}\n';
    const result = await scan(new MemorySource({ files: { '.github/workflows/a.yml': wf } }), { plugins: [eco, ci] });
    expect(result.findings.map((f) => `${f.check}:${f.location.line}`)).toEqual(['ci/lax-install:10']);
    expect(result.inventory.commands.map((c) => `${c.classification}:${c.command}`)).toEqual([
      'lax:npm install --node=${{ matrix.node }}',
      'strict:npm ci --node=${{ matrix.node }}',
    ]);
  });

  it('a 10-axis matrix of 10 values each (10^10 jobs) in a ~449 KB workflow is read in linear time', async () => {
    const axes = Array.from(
      { length: 10 },
      (_, i) => `        a${i}: [${Array.from({ length: 10 }, (_, j) => `v${j}`).join(', ')}]`,
    ).join('\n');
    const run = Array.from({ length: 10 }, (_, i) => `\${{ matrix.a${i} }}`).join(' ');
    const step = `      - run: npm install ${run}\n`;
    const head = `on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix:\n${axes}\n    steps:\n`;
    const wf = head + step.repeat(Math.ceil((449_000 - head.length) / step.length));
    expect(wf.length).toBeGreaterThan(448_000);
    let result: Awaited<ReturnType<typeof scan>> | undefined;
    // CPU time (a loaded machine's waiting does not count); expanding 10^10 combinations would never end.
    const cpu = await cpuMsAsync(async () => {
      result = await scan(new MemorySource({ files: { '.github/workflows/a.yml': wf } }), { plugins: [eco, ci] });
    });
    // Each step is judged once per value of one axis (10), never per combination (10^10).
    expect(result!.inventory.commands.length).toBe(Math.ceil((449_000 - head.length) / step.length));
    expect(cpu).toBeLessThan(20_000);
  });
});

// Doubling tests of the shell reader and of script expressions: test/linear-readers.test.ts.
describe('the shell reader on long chains', () => {
  it('a curl | sh | sh | … chain of 50,000 shells is one finding, and the commands past the budget a limit finding', async () => {
    const wf = `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: curl https://x | ${'sh | '.repeat(50_000)}sh\n`;
    const result = await scan(new MemorySource({ files: { '.github/workflows/a.yml': wf } }), { plugins: [eco, ci] });
    expect(result.findings.filter((f) => f.check === 'ci/curl-pipe-shell')).toHaveLength(1);
    const limit = result.findings.filter((f) => f.check === 'core/unparsed-file');
    // The 10,001st command, the 10,000th `sh`: after `curl https://x | ` and 9,999 `sh | `.
    expect(limit.map((f) => [f.messageId, f.location.path, f.location.line, f.location.column])).toEqual([
      ['limit', '.github/workflows/a.yml', 6, 14 + 'curl https://x | '.length + 9_999 * 'sh | '.length],
    ]);
    expect(limit[0]!.message).toMatch(/more than 10,000 commands/);
    expect(result.incomplete?.map((g) => g.path)).toEqual(['.github/workflows/a.yml']);
    for (const f of result.findings) expect(f.message.length).toBeLessThan(1000);
  });

  it('a script within the budget is read whole, with no limit finding', async () => {
    const wf = `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: curl https://x | ${'sh | '.repeat(9_998)}sh\n`;
    const result = await scan(new MemorySource({ files: { '.github/workflows/a.yml': wf } }), { plugins: [eco, ci] });
    expect(result.findings.filter((f) => f.check === 'ci/curl-pipe-shell')).toHaveLength(1);
    expect(result.findings.filter((f) => f.check === 'core/unparsed-file')).toEqual([]);
  });
});

describe('docs/ci/action-inputs.md', () => {
  it('lists every action of the table, and no other', () => {
    const doc = readFileSync(new URL('../../../docs/ci/action-inputs.md', import.meta.url), 'utf8');
    const listed = [...doc.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(ACTION_INPUTS.map((a) => a.action));
  });
});

describe('script expressions', () => {
  it('each `${{ }}` of a run: block is placed on its own line and column; a folded scalar falls back to its start', () => {
    const wf =
      'on: issues\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: |\n          echo "${{ github.event.issue.title }}"\n          echo ok ${{ github.event.issue.body }} ${{ github.event.issue.title }}\n      - run: >\n          echo\n          "${{ github.event.issue.title }}"\n';
    const read = readWorkflow(wf, 'w.yml');
    if ('kind' in read) throw new Error(read.reason);
    const [first, second] = read.workflow.jobs[0]!.steps;
    expect(first!.expressions.map((e) => [e.text, e.at.line, e.at.column])).toEqual([
      ['${{ github.event.issue.title }}', 7, 17],
      ['${{ github.event.issue.body }}', 8, 19],
      ['${{ github.event.issue.title }}', 8, 50],
    ]);
    // `>` folds the two lines into one: the text is still on line 11, so it is found there.
    expect(second!.expressions.map((e) => e.at.line)).toEqual([11]);
  });
});

describe('docs/ci/audits.md', () => {
  it("has one row per CI check, in the plugin's order, each linking its generated page", async () => {
    const { CHECKS } = await import('./checks/index.js');
    const doc = readFileSync(new URL('../../../docs/ci/audits.md', import.meta.url), 'utf8');
    const rows = [...doc.matchAll(/^\| `ci\/([a-z-]+)` \|.*\[[a-z-]+\]\(\.\.\/checks\/ci\/([a-z-]+)\.md\) \|$/gm)];
    expect(rows.map((m) => m[1])).toEqual(CHECKS.map((c) => c.id));
    expect(rows.every((m) => m[1] === m[2])).toBe(true);
  });
});

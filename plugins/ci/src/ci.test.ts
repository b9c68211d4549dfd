import { describe, expect, it } from 'vitest';
import { scan, MemorySource, type CommandRule } from '@inert/core';
import { commandsPlugin } from '@inert/core/testing';
import { ci } from './index.js';

const rules: CommandRule[] = [
  {
    programs: ['npm'],
    classify: (c) => {
      const [, sub] = c.argv;
      if (sub === 'ci')
        return { action: 'install', classification: 'strict', reason: 'npm ci installs exactly the lock' };
      if (sub === 'install' || sub === 'i')
        return c.argv.length > 2
          ? { action: 'install', classification: 'adhoc', reason: 'installs named packages' }
          : { action: 'install', classification: 'lax', reason: 'npm install may rewrite package-lock.json' };
      if (sub === 'publish') {
        const token = Object.values(c.env).some((v) => v.includes('secrets.'));
        return {
          action: 'publish',
          classification: 'strict',
          reason: token ? 'NODE_AUTH_TOKEN from a secret' : 'no token visible',
          auth: token ? 'token' : c.idToken ? 'oidc' : 'none-visible',
          provenance: c.argv.includes('--provenance'),
        };
      }
      return undefined;
    },
    actions: ['pypa/gh-action-pypi-publish'],
    classifyAction: (s) => ({
      action: 'publish',
      classification: 'strict',
      reason: s.with.password ? 'password input' : 'trusted publishing',
      auth: s.with.password ? 'token' : 'oidc',
    }),
  },
];
const eco = commandsPlugin('npm', rules);

const workflow = `name: release
on: push
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        cmd: [ci, install]
    steps:
      - uses: actions/checkout@v4
      - uses: some/action@v1
      - uses: other/action@0123456789abcdef0123456789abcdef01234567
      - run: npm \${{ matrix.cmd }}
      - name: tools
        run: |
          echo start
          curl -fsSL https://get.example.com/install.sh | sudo bash
          npm i -g some-cli \\
            --silent
        working-directory: web
      - run: ./scripts/release.sh
  publish:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: \${{ secrets.PYPI }}
      - run: ./gradlew build
`;

describe('the CI plugin', () => {
  it('finds commands at their exact lines and applies rules', async () => {
    const source = new MemorySource({
      files: { '.github/workflows/release.yml': workflow, 'scripts/release.sh': '#!/bin/sh\nset -e\nnpm install\n' },
    });
    const result = await scan(source, { plugins: [eco, ci] });
    const got = result.findings.map(
      (f) => `${f.check}:${f.messageId}:${f.ecosystem}:${f.location.path}:${f.location.line}:${f.location.column}`,
    );
    expect(got).toEqual([
      'ci/unpinned-action:tag:ci:.github/workflows/release.yml:13:15',
      'ci/lax-install:lax:npm:.github/workflows/release.yml:15:14',
      'ci/curl-pipe-shell:pipe:ci:.github/workflows/release.yml:19:59',
      'ci/adhoc-install:adhoc:npm:.github/workflows/release.yml:20:11',
      'ci/publish-long-lived-token:tokenWithOidc:npm:.github/workflows/release.yml:29:14',
      'ci/publish-without-provenance:missing:npm:.github/workflows/release.yml:29:14',
      'ci/publish-long-lived-token:tokenWithOidc:npm:.github/workflows/release.yml:32:15',
      'ci/unpinned-action:tag:ci:.github/workflows/release.yml:32:15',
      'ci/gradle-wrapper-unvalidated:unvalidated:ci:.github/workflows/release.yml:35:14',
      'ci/lax-install:lax:npm:scripts/release.sh:3:1',
    ]);
    const commands = result.inventory.commands.map((c) => `${c.ecosystem}:${c.classification}:${c.line}:${c.command}`);
    expect(commands).toContain('npm:strict:15:npm ci');
    expect(commands).toContain('npm:lax:15:npm install');
  });
});

describe('GitLab CI and Dockerfiles', () => {
  it('reads job scripts with merge keys, variables and local includes', async () => {
    const gitlab = `.defaults: &defaults\n  image: node:20\n  before_script:\n    - npm ci\ninclude:\n  - local: /ci/extra.yml\nbuild:\n  <<: *defaults\n  script:\n    - npm install\n    - |\n      echo hi\n      npm publish\n  id_tokens:\n    NPM_ID:\n      aud: npm\n`;
    const extra = `extra:\n  script: ["npm i -g left-pad"]\n`;
    const source = new MemorySource({ files: { '.gitlab-ci.yml': gitlab, 'ci/extra.yml': extra } });
    const result = await scan(source, { plugins: [eco, ci] });
    expect(result.inventory.commands.map((c) => `${c.file}:${c.line}:${c.classification}:${c.command}`)).toEqual([
      '.gitlab-ci.yml:4:strict:npm ci',
      '.gitlab-ci.yml:10:lax:npm install',
      '.gitlab-ci.yml:13:strict:npm publish',
      'ci/extra.yml:2:adhoc:npm i -g left-pad',
    ]);
    expect(result.findings.find((f) => f.check === 'ci/publish-without-provenance')?.location.line).toBe(13);
  });

  it('reads RUN in shell, exec and heredoc forms with continuation lines', async () => {
    const dockerfile = `# syntax=docker/dockerfile:1\nFROM node:20\nENV NPM_CONFIG_LOGLEVEL=warn\nRUN --mount=type=cache,target=/root/.npm \\\n    npm install && \\\n    curl -sSL https://x.example/i.sh | sh\nRUN ["npm", "ci"]\nRUN <<EOF\nnpm i -g pnpm\nEOF\n`;
    const result = await scan(new MemorySource({ files: { Dockerfile: dockerfile } }), { plugins: [eco, ci] });
    expect(result.findings.map((f) => `${f.check}:${f.location.line}`)).toEqual([
      // FROM node:20 is a tag, not a digest (the `# syntax=` line is a parser directive, not a FROM).
      'ci/unpinned-image:2',
      'ci/lax-install:5',
      'ci/curl-pipe-shell:6',
      'ci/adhoc-install:9',
    ]);
    expect(result.inventory.commands.map((c) => `${c.line}:${c.command}`)).toContain("7:'npm' 'ci'");
  });

  it('marks commands behind variables as unknown instead of guessing', async () => {
    const wf = 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: $PM install\n';
    const result = await scan(new MemorySource({ files: { '.github/workflows/a.yml': wf } }), { plugins: [eco, ci] });
    expect(result.inventory.commands).toEqual([
      {
        ecosystem: 'ci',
        file: '.github/workflows/a.yml',
        line: 6,
        command: '$PM install',
        action: 'other',
        classification: 'unknown',
        job: 'a',
      },
    ]);
  });
});

describe('CI commands from quoted and folded YAML scalars (found by fuzzing)', () => {
  it('keeps every command inside the file: escaped newlines and folded lines are reported at the scalar', async () => {
    const { readGitlabCi } = await import('./gitlab-ci.js');
    const { readWorkflow } = await import('./github-actions.js');
    const gitlab = readGitlabCi('job:\n  script: ["echo a\\nEOF\\nnpm ci"]\n', '.gitlab-ci.yml');
    if ('reason' in gitlab) throw new Error(gitlab.reason);
    expect(gitlab.commands.map((c) => [c.command.argv[0], c.command.line, c.command.column])).toEqual([
      ['echo', 2, 13],
      ['EOF', 2, 12],
      ['npm', 2, 12],
    ]);
    const github = readWorkflow(
      'jobs:\n  a:\n    steps:\n      - run: npm ci &&\n          npm publish\n',
      '.github/workflows/x.yml',
    );
    if ('reason' in github) throw new Error(github.reason);
    expect(github.commands.map((c) => [c.command.argv.join(' '), c.command.line, c.command.column])).toEqual([
      ['npm ci', 4, 14],
      ['npm publish', 4, 14],
    ]);
  });
});

describe('Dockerfile commands (found by fuzzing)', () => {
  it('keeps commands of an unterminated heredoc and of sh -c bodies inside the file', async () => {
    const { readDockerfile } = await import('./dockerfile.js');
    const text = 'RUN <<EOF\nRUN "\n  && npm publish \\\nRUN ["sh", "-c", "curl x | sh"]';
    const lines = text.split('\n');
    for (const c of readDockerfile(text, 'Dockerfile', [])) {
      expect(c.command.line).toBeGreaterThanOrEqual(1);
      expect(c.command.line).toBeLessThanOrEqual(lines.length);
      expect(c.command.column).toBeLessThanOrEqual(lines[c.command.line - 1]!.length + 1);
    }
    expect(
      readDockerfile('FROM x\nRUN sh -c "npm ci && curl x | sh"\n', 'Dockerfile', []).map((c) => [
        c.command.argv[0],
        c.command.line,
        c.command.column,
      ]),
    ).toEqual([
      ['sh', 2, 5],
      ['npm', 2, 5],
      ['curl', 2, 15],
      ['sh', 2, 24],
    ]);
  });
});

/**
 * The release path (#23.5): the gate the release workflow runs before packing, and the workflow and the
 * GitHub Action as inert's own checks and the CI audits' rules want them (pinned actions, no token, no
 * cache, no expressions in shell, least privilege).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { atLeast, VERSION, type Severity } from '@inert/core';
import { publishablePackages } from '../scripts/pack.mjs';
import { releaseProblems } from '../scripts/release-check.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const action = readFileSync(`${root}/action.yml`, 'utf8');
const versionSource = readFileSync(`${root}/packages/core/src/version.ts`, 'utf8');

describe('scripts/release-check.mjs', () => {
  const packages = publishablePackages();

  it('lets the tag of the current version through', () => {
    expect(releaseProblems(`v${VERSION}`, undefined, packages, versionSource, action)).toEqual([]);
  });

  it('stops another version, naming every package, the constant and the action pin', () => {
    const problems = releaseProblems('v99.0.0', undefined, packages, versionSource, action);
    expect(problems).toContain(`packages/core/src/version.ts says VERSION = "${VERSION}", the tag says 99.0.0`);
    expect(problems).toContain(`action.yml installs @inert/cli@${VERSION}, the tag says 99.0.0`);
    for (const { manifest } of packages)
      expect(problems).toContain(`${manifest.name} is version ${VERSION}, the tag says 99.0.0`);
  });

  it('stops a tag that is not vX.Y.Z', () => {
    expect(releaseProblems('latest', undefined, packages, versionSource, action)).toEqual([
      'tag "latest" is not vX.Y.Z',
    ]);
    expect(releaseProblems(undefined, undefined, packages, versionSource, action)).toEqual(['tag "" is not vX.Y.Z']);
  });

  it('needs repository.url to name the publishing repository (npm rejects provenance otherwise)', () => {
    const pkg = (repository?: string | { url?: string }) => [
      { dir: '/x', manifest: { name: '@inert/core', version: '1.2.3', ...(repository ? { repository } : {}) } },
    ];
    const source = "export const VERSION = '1.2.3';";
    const act = 'npm install "@inert/cli@1.2.3"';
    expect(
      releaseProblems('v1.2.3', 'acme/inert', pkg({ url: 'git+https://github.com/acme/inert.git' }), source, act),
    ).toEqual([]);
    expect(releaseProblems('v1.2.3', 'acme/inert', pkg('https://github.com/acme/inert'), source, act)).toEqual([]);
    expect(releaseProblems('v1.2.3', 'acme/inert', pkg(), source, act)).toEqual([
      '@inert/core: repository.url is null; npm provenance needs "git+https://github.com/acme/inert.git"',
    ]);
    expect(
      releaseProblems('v1.2.3', 'acme/inert', pkg({ url: 'git+https://github.com/fork/inert.git' }), source, act),
    ).toHaveLength(1);
    expect(
      releaseProblems(
        'v1.2.3',
        'acme/inert',
        pkg({ url: 'git+https://github.com/acme/inert.git' }),
        source,
        'npx @inert/cli',
      ),
    ).toEqual(['action.yml installs no pinned @inert/cli@<version>']);
  });
});

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  environment?: string;
  steps: Step[];
}

describe('.github/workflows/release.yml', () => {
  const text = readFileSync(`${root}/.github/workflows/release.yml`, 'utf8');
  const workflow = parse(text) as { on: unknown; permissions: unknown; jobs: Record<string, Job> };
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);

  it('grants nothing by default; only the publish job gets id-token, and no job can write contents', () => {
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.build!.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.publish!.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(workflow.jobs.publish!.environment).toBe('npm');
    expect(workflow.on).toEqual({ push: { tags: ['v*'] } });
  });

  it('pins every action by commit, keeps no checkout credentials, uses no cache and no stored secret', () => {
    for (const s of steps.filter((x) => x.uses)) expect(s.uses).toMatch(/@[0-9a-f]{40}$/);
    for (const s of steps.filter((x) => x.uses?.startsWith('actions/checkout@')))
      expect(s.with?.['persist-credentials']).toBe(false);
    for (const s of steps.filter((x) => x.uses?.startsWith('actions/setup-node@')))
      expect(s.with?.['package-manager-cache']).toBe(false);
    expect(steps.some((s) => s.uses?.startsWith('actions/cache'))).toBe(false);
    expect(JSON.stringify(workflow)).not.toMatch(/secrets\.|NPM_TOKEN|NODE_AUTH_TOKEN/);
  });

  it('puts no ${{ }} expression into a shell script, and installs with the frozen lockfile', () => {
    for (const s of steps.filter((x) => x.run)) expect(s.run).not.toContain('${{');
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('install --frozen-lockfile');
    expect(runs).toContain('npm publish "./$tarball" --provenance --access public');
    // The publish job runs only npm on the tarballs the build job packed: no checkout, no workspace code.
    expect(workflow.jobs.publish!.steps.some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(false);
  });

  it('the GitHub Action runs the pinned release, never builds the workspace, and passes inputs through env', () => {
    expect(action).toContain(`"@inert/cli@${VERSION}"`);
    expect(action).not.toMatch(/pnpm|action_path/);
    const parsed = parse(action) as { inputs: Record<string, { default: string }>; runs: { steps: Step[] } };
    expect(Object.keys(parsed.inputs)).toEqual(
      expect.arrayContaining(['config', 'baseline', 'osv', 'fail-on', 'format']),
    );
    expect(parsed.inputs.untrusted!.default).toBe('true');
    for (const s of parsed.runs.steps.filter((x) => x.run)) expect(s.run).not.toContain('${{');
  });

  it('inert itself finds nothing at or above medium in the release workflow or the action, and reads the publish as OIDC with provenance', () => {
    // The command the brief and docs/release.md name, on the built CLI (`pnpm test` builds first).
    const run = spawnSync(
      process.execPath,
      [`${root}/packages/cli/dist/bin.js`, 'scan', '.', '--config', 'inert.config.json', '--format', 'json'],
      { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    expect(run.status === 0 || run.status === 1).toBe(true);
    const result = JSON.parse(run.stdout) as {
      findings: { severity: Severity; location: { path: string } }[];
      inventory: { commands: { file: string; action: string; auth?: string; provenance?: boolean }[] };
    };
    const mine = result.findings.filter(
      (f) => ['.github/workflows/release.yml', 'action.yml'].includes(f.location.path) && atLeast(f.severity, 'medium'),
    );
    expect(mine).toEqual([]);
    // The workflow was read as CI (a parse failure would also leave it without findings).
    const publishes = result.inventory.commands.filter(
      (c) => c.file === '.github/workflows/release.yml' && c.action === 'publish',
    );
    expect(publishes.map((c) => [c.auth, c.provenance])).toEqual([['oidc', true]]);
  });
});

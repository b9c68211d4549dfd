/**
 * The CI reader as a plugin: claims GitHub Actions workflows, composite actions, GitLab CI and
 * Dockerfiles, and applies every ecosystem plugin's command rules to what they run.
 */
import { definePlugin, type AnyPlugin, type CommandRule, type Plugin } from '../plugin.js';
import { adhocInstall } from './checks/adhoc-install.js';
import { curlPipeShell } from './checks/curl-pipe-shell.js';
import { gradleWrapperUnvalidated } from './checks/gradle-wrapper-unvalidated.js';
import { laxInstall } from './checks/lax-install.js';
import { publishLongLivedToken } from './checks/publish-long-lived-token.js';
import { publishWithoutProvenance } from './checks/publish-without-provenance.js';
import { unpinnedAction } from './checks/unpinned-action.js';
import { loadCi } from './load.js';
import type { CiModel } from './model.js';

export const CI_FILES = [
  { kind: 'ci' as const, match: ['.github/workflows/*.yml', '.github/workflows/*.yaml'], description: 'GitHub Actions workflows' },
  { kind: 'ci' as const, match: ['action.yml', 'action.yaml'], description: 'GitHub Actions composite actions' },
  { kind: 'ci' as const, match: ['.gitlab-ci.yml', '.gitlab-ci.yaml'], description: 'GitLab CI (and its local includes)' },
  { kind: 'ci' as const, match: ['Dockerfile', '*.Dockerfile', 'Dockerfile.*', 'Containerfile'], description: 'Dockerfiles: RUN, ENV, ARG' },
];

/** The CI plugin for a set of ecosystem plugins: their command rules, tagged with their ecosystem. */
export function ciPlugin(plugins: readonly AnyPlugin[]): Plugin<CiModel> {
  const rules: CommandRule[] = plugins.flatMap((p) => (p.commands ?? []).map((r: CommandRule) => ({ ...r, ecosystem: r.ecosystem ?? p.ecosystem })));
  return definePlugin<CiModel>({
    ecosystem: 'ci',
    title: 'CI and release workflows',
    url: 'https://docs.github.com/en/actions',
    files: CI_FILES,
    load: (files, read) => loadCi(files, read, rules),
    checks: [laxInstall, adhocInstall, curlPipeShell, publishLongLivedToken, publishWithoutProvenance, unpinnedAction, gradleWrapperUnvalidated],
    profile: {
      'own-supply-chain': [
        { fact: 'A workflow step `uses: owner/action@ref` runs the action\u2019s code at whatever commit the ref names when the job starts; only a full commit SHA is immutable.', source: 'https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions', versions: 'GitHub Actions, as of 2026' },
      ],
      provenance: [
        { fact: 'A job with `permissions: id-token: write` can request an OIDC token, which registries with trusted publishing exchange for a short-lived publish credential.', source: 'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect', versions: 'GitHub Actions, as of 2026 (GitLab CI: `id_tokens`, since GitLab 15.7)' },
      ],
    },
  });
}

export type { CiModel, CiCommand, CiVerdict, CiWorkflow } from './model.js';
export { splitShell, type Pipeline, type SimpleCommand } from './shell-words.js';

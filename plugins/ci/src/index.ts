/**
 * The CI plugin: claims GitHub Actions workflows and actions, GitLab CI and Dockerfiles, and applies
 * every scanned plugin's command rules (handed over in the load context) to what they run.
 */
import { definePlugin } from '@inert/core';
import { CHECKS } from './checks/index.js';
import { loadCi } from './load.js';
import { osv } from './osv.js';
import type { CiModel } from './model.js';
import { profile } from './profile.js';
import { publishRules } from './publish-rules.js';

export const CI_FILES = [
  {
    kind: 'ci' as const,
    match: ['.github/workflows/*.yml', '.github/workflows/*.yaml'],
    description: 'GitHub Actions workflows',
  },
  { kind: 'ci' as const, match: ['action.yml', 'action.yaml'], description: 'GitHub Actions composite actions' },
  {
    kind: 'ci' as const,
    match: ['.gitlab-ci.yml', '.gitlab-ci.yaml'],
    description: 'GitLab CI (and its local includes)',
  },
  {
    kind: 'ci' as const,
    match: ['Dockerfile', '*.Dockerfile', 'Dockerfile.*', 'Containerfile'],
    description: 'Dockerfiles: RUN, ENV, ARG',
  },
];

export const ci = definePlugin<CiModel>({
  ecosystem: 'ci',
  title: 'CI and release workflows',
  url: 'https://docs.github.com/en/actions',
  files: CI_FILES,
  load: (files, read, context) => loadCi(files, read, context?.commands ?? [], context?.isFile, context?.limits),
  checks: CHECKS,
  profile,
  osv,
  commands: publishRules,
});

export type { CiModel, CiCommand, CiVerdict, CiWorkflow } from './model.js';
export { splitShell, type Pipeline, type SimpleCommand } from './shell-words.js';

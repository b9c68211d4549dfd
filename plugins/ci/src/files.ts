/** The files the CI plugin claims. https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions */
import type { FileRule } from '@inert/core';

/** The CI plugin's readers: each rule names the one that reads what it claims (`FileRule.reader`). */
export type CiReader = 'workflow' | 'action' | 'gitlab-ci' | 'dockerfile';

export const CI_FILES: readonly (FileRule & { kind: 'ci'; reader: CiReader })[] = [
  {
    kind: 'ci',
    reader: 'workflow',
    match: ['.github/workflows/*.yml', '.github/workflows/*.yaml'],
    description: 'GitHub Actions workflows',
  },
  {
    kind: 'ci',
    reader: 'action',
    match: ['action.yml', 'action.yaml'],
    description: 'GitHub Actions composite actions',
  },
  {
    kind: 'ci',
    reader: 'gitlab-ci',
    match: ['.gitlab-ci.yml', '.gitlab-ci.yaml'],
    description: 'GitLab CI (and its local includes)',
  },
  {
    kind: 'ci',
    reader: 'dockerfile',
    match: ['Dockerfile', '*.Dockerfile', 'Dockerfile.*', 'Containerfile'],
    description: 'Dockerfiles: RUN, ENV, ARG',
  },
];

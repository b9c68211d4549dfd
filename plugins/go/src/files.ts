/** The files the go plugin claims. https://go.dev/ref/mod */
import type { FileRule } from '@inert/core';

/** The go plugin's readers: each rule names the one that parses what it claims (`FileRule.reader`). */
export type GoReader = 'go-mod' | 'go-work' | 'go-sum' | 'modules-txt' | 'go-env' | 'envrc' | 'dockerfile' | 'ci-env';

const ENV = 'Go environment settings: GOPROXY, GOSUMDB, GONOSUMDB, GOPRIVATE, GOINSECURE, GOFLAGS, GOTOOLCHAIN';

export const files: readonly (FileRule & { reader: GoReader })[] = [
  {
    kind: 'manifest',
    reader: 'go-mod',
    match: ['go.mod'],
    description: 'module definition: require, replace, exclude, retract, toolchain',
  },
  { kind: 'manifest', reader: 'go-work', match: ['go.work'], description: 'workspace: use and replace' },
  {
    kind: 'lockfile',
    reader: 'go-sum',
    match: ['go.sum', 'go.work.sum'],
    description: 'module checksums (h1 hashes of module zips and go.mod files)',
  },
  {
    kind: 'lockfile',
    reader: 'modules-txt',
    match: ['vendor/modules.txt'],
    description: 'vendored module list (read inside the skipped vendor/ directory)',
  },
  { kind: 'client-config', reader: 'go-env', match: ['go.env'], description: `${ENV} (go.env)` },
  { kind: 'client-config', reader: 'envrc', match: ['.envrc'], description: `${ENV} (direnv's .envrc)` },
  {
    kind: 'client-config',
    reader: 'dockerfile',
    match: ['Dockerfile', '*.Dockerfile', 'Dockerfile.*'],
    description: `${ENV} (Dockerfile ENV and ARG)`,
  },
  {
    kind: 'client-config',
    reader: 'ci-env',
    match: ['.github/workflows/*.yml', '.github/workflows/*.yaml', '.gitlab-ci.yml'],
    description: `${ENV} (CI workflow env)`,
  },
];

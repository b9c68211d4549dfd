/** The files the go plugin claims. https://go.dev/ref/mod */
import type { FileRule } from '@inert/core';

export const files: readonly FileRule[] = [
  {
    kind: 'manifest',
    match: ['go.mod'],
    description: 'module definition: require, replace, exclude, retract, toolchain',
  },
  { kind: 'manifest', match: ['go.work'], description: 'workspace: use and replace' },
  {
    kind: 'lockfile',
    match: ['go.sum', 'go.work.sum'],
    description: 'module checksums (h1 hashes of module zips and go.mod files)',
  },
  {
    kind: 'lockfile',
    match: ['vendor/modules.txt'],
    description: 'vendored module list (read inside the skipped vendor/ directory)',
  },
  {
    kind: 'client-config',
    match: [
      'go.env',
      '.envrc',
      'Dockerfile',
      '*.Dockerfile',
      'Dockerfile.*',
      '.github/workflows/*.yml',
      '.github/workflows/*.yaml',
      '.gitlab-ci.yml',
    ],
    description: 'Go environment settings: GOPROXY, GOSUMDB, GONOSUMDB, GOPRIVATE, GOINSECURE, GOFLAGS, GOTOOLCHAIN',
  },
];

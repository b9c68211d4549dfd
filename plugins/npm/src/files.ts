/** The files the npm plugin claims. https://docs.npmjs.com/cli/configuring-npm/package-lock-json */
import type { FileRule } from '@inert/core';

export const LOCKFILE_NAMES = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
] as const;

/** The npm plugin's readers: each rule names the one that parses what it claims (`FileRule.reader`). */
export type NpmReader =
  | 'package-json'
  | 'package-lock'
  | 'yarn-lock'
  | 'pnpm-lock'
  | 'bun-lock'
  | 'bun-lockb'
  | 'npmrc'
  | 'yarnrc'
  | 'yarnrc-yml'
  | 'pnpm-workspace'
  | 'bunfig'
  | 'pnpmfile'
  | 'binding-gyp';

export const files: readonly (FileRule & { reader: NpmReader })[] = [
  {
    kind: 'manifest',
    reader: 'package-json',
    match: ['package.json'],
    description: 'package manifest: scripts, dependencies, workspaces, packageManager, script policies',
  },
  {
    kind: 'lockfile',
    reader: 'package-lock',
    match: ['package-lock.json', 'npm-shrinkwrap.json'],
    description: 'npm lockfile, lockfileVersion 1–3',
  },
  {
    kind: 'lockfile',
    reader: 'yarn-lock',
    match: ['yarn.lock'],
    description: 'Yarn lockfile: classic v1 line format and berry YAML',
  },
  {
    kind: 'lockfile',
    reader: 'pnpm-lock',
    match: ['pnpm-lock.yaml'],
    description: 'pnpm lockfile, lockfileVersion 5.x, 6.0 and 9.0, one or two documents',
  },
  { kind: 'lockfile', reader: 'bun-lock', match: ['bun.lock'], description: 'Bun lockfile: bun.lock (JSONC) is read' },
  {
    kind: 'lockfile',
    reader: 'bun-lockb',
    match: ['bun.lockb'],
    description: 'Bun binary lockfile: bun.lockb is binary and reported as unreadable',
  },
  {
    kind: 'client-config',
    reader: 'npmrc',
    match: ['.npmrc'],
    description: 'npm/pnpm client config: registries, auth, ignore-scripts',
  },
  {
    kind: 'client-config',
    reader: 'yarnrc',
    match: ['.yarnrc'],
    description: 'Yarn classic config: yarn-path, registries',
  },
  {
    kind: 'client-config',
    reader: 'yarnrc-yml',
    match: ['.yarnrc.yml'],
    description: 'Yarn berry config: yarnPath, plugins, enableScripts, registries, checksumBehavior',
  },
  {
    kind: 'client-config',
    reader: 'pnpm-workspace',
    match: ['pnpm-workspace.yaml'],
    description: 'pnpm workspace and settings: build-script policy, catalogs, minimumReleaseAge',
  },
  {
    kind: 'client-config',
    reader: 'bunfig',
    match: ['bunfig.toml'],
    description: 'Bun config: registries and install settings',
  },
  {
    kind: 'build-script',
    reader: 'pnpmfile',
    match: ['.pnpmfile.cjs', '.pnpmfile.mjs'],
    description: 'pnpm hooks file: JavaScript run by pnpm during resolution',
  },
  {
    kind: 'build-script',
    reader: 'binding-gyp',
    match: ['binding.gyp'],
    description: 'node-gyp build file: an implicit install script',
  },
];

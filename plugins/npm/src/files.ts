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

export const files: readonly FileRule[] = [
  {
    kind: 'manifest',
    match: ['package.json'],
    description: 'package manifest: scripts, dependencies, workspaces, packageManager, script policies',
  },
  {
    kind: 'lockfile',
    match: ['package-lock.json', 'npm-shrinkwrap.json'],
    description: 'npm lockfile, lockfileVersion 1–3',
  },
  { kind: 'lockfile', match: ['yarn.lock'], description: 'Yarn lockfile: classic v1 line format and berry YAML' },
  {
    kind: 'lockfile',
    match: ['pnpm-lock.yaml'],
    description: 'pnpm lockfile, lockfileVersion 5.x, 6.0 and 9.0, one or two documents',
  },
  {
    kind: 'lockfile',
    match: ['bun.lock', 'bun.lockb'],
    description: 'Bun lockfile: bun.lock (JSONC) is read; bun.lockb is binary and reported as unreadable',
  },
  { kind: 'client-config', match: ['.npmrc'], description: 'npm/pnpm client config: registries, auth, ignore-scripts' },
  {
    kind: 'client-config',
    match: ['.yarnrc', '.yarnrc.yml'],
    description: 'Yarn config: yarnPath, plugins, enableScripts, registries, checksumBehavior',
  },
  {
    kind: 'client-config',
    match: ['pnpm-workspace.yaml'],
    description: 'pnpm workspace and settings: build-script policy, catalogs, minimumReleaseAge',
  },
  { kind: 'client-config', match: ['bunfig.toml'], description: 'Bun config: registries and install settings' },
  {
    kind: 'build-script',
    match: ['.pnpmfile.cjs', '.pnpmfile.mjs'],
    description: 'pnpm hooks file: JavaScript run by pnpm during resolution',
  },
  { kind: 'build-script', match: ['binding.gyp'], description: 'node-gyp build file: an implicit install script' },
];

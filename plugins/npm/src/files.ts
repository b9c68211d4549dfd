/** The files the npm plugin claims. https://docs.npmjs.com/cli/configuring-npm/package-lock-json */
import type { FileRule } from '@inert/core';

export const LOCKFILE_NAMES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb'] as const;

export const files: readonly FileRule[] = [
  { kind: 'manifest', match: ['package.json'], description: 'package manifest: scripts, dependencies, workspaces' },
  { kind: 'lockfile', match: ['package-lock.json', 'npm-shrinkwrap.json'], description: 'npm lockfile, lockfileVersion 1–3' },
  { kind: 'lockfile', match: ['yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb'], description: 'Yarn, pnpm and Bun lockfiles' },
  { kind: 'client-config', match: ['.npmrc'], description: 'npm/pnpm client config: registries, auth, ignore-scripts' },
  { kind: 'build-script', match: ['binding.gyp'], description: 'node-gyp build file: an implicit install script' },
];

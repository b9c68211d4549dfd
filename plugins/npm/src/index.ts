/** @inert/plugin-npm: npm, Yarn, pnpm and Bun projects. */
import { definePlugin } from '@inert/core';
import { authTokenCommitted } from './checks/auth-token-committed.js';
import { installScripts } from './checks/install-scripts.js';
import { lockEntryWithoutIntegrity } from './checks/lock-entry-without-integrity.js';
import { lockfileMissing } from './checks/lockfile-missing.js';
import { resolvedInsecureScheme } from './checks/resolved-insecure-scheme.js';
import { rootInstallScripts } from './checks/root-install-scripts.js';
import { files } from './files.js';
import { load } from './load/index.js';
import type { NpmModel } from './model.js';
import { profile } from './profile.js';

export const npm = definePlugin<NpmModel>({
  ecosystem: 'npm',
  title: 'npm, Yarn, pnpm and Bun',
  url: 'https://docs.npmjs.com/',
  files,
  load,
  checks: [installScripts, rootInstallScripts, lockfileMissing, lockEntryWithoutIntegrity, resolvedInsecureScheme, authTokenCommitted],
  profile,
});

export type { NpmModel } from './model.js';

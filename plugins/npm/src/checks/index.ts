/** The npm plugin's checks, in docs order: imported when the plugin claims a file (docs/decisions/0029); `src/rules.ts` is their metadata. */
import type { Check } from '@inert/core';
import type { NpmModel } from '../model.js';
import { aliasDependency } from './alias-dependency.js';
import { allowlistStale } from './allowlist-stale.js';
import { allowlistUnpinned } from './allowlist-unpinned.js';
import { authTokenCommitted } from './auth-token-committed.js';
import { gitDependencyUnpinned } from './git-dependency-unpinned.js';
import { installScripts } from './install-scripts.js';
import { lockEntryWithoutIntegrity } from './lock-entry-without-integrity.js';
import { lockfileMissing } from './lockfile-missing.js';
import { nameCollision } from './name-collision.js';
import { pnpmfile } from './pnpmfile.js';
import { registryConfig } from './registry-config.js';
import { registryOverHttp } from './registry-over-http.js';
import { resolvedInsecureScheme } from './resolved-insecure-scheme.js';
import { resolvedNameMismatch } from './resolved-name-mismatch.js';
import { resolvedUnexpectedHost } from './resolved-unexpected-host.js';
import { rootInstallScripts } from './root-install-scripts.js';
import { scriptsPolicyPermissive } from './scripts-policy-permissive.js';
import { weakIntegrity } from './weak-integrity.js';
import { yarnPath } from './yarn-path.js';
import { yarnPlugin } from './yarn-plugin.js';

export const checks: readonly Check<NpmModel, string>[] = [
  installScripts,
  rootInstallScripts,
  scriptsPolicyPermissive,
  allowlistUnpinned,
  allowlistStale,
  yarnPath,
  yarnPlugin,
  pnpmfile,
  lockfileMissing,
  lockEntryWithoutIntegrity,
  weakIntegrity,
  resolvedInsecureScheme,
  gitDependencyUnpinned,
  resolvedUnexpectedHost,
  registryConfig,
  registryOverHttp,
  resolvedNameMismatch,
  aliasDependency,
  nameCollision,
  authTokenCommitted,
];

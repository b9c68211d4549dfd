/**
 * The npm plugin's rules: the metadata of its checks, in docs order (the order of
 * `checks/index.ts`). A scan reads them without loading the checks (docs/decisions/0029); each
 * check's metadata is written once, in its `checks/<id>.meta.ts` (docs/decisions/0031).
 */
import type { CheckMeta } from '@inert/core';
import { aliasDependencyMeta } from './checks/alias-dependency.meta.js';
import { allowlistStaleMeta } from './checks/allowlist-stale.meta.js';
import { allowlistUnpinnedMeta } from './checks/allowlist-unpinned.meta.js';
import { authTokenCommittedMeta } from './checks/auth-token-committed.meta.js';
import { gitDependencyUnpinnedMeta } from './checks/git-dependency-unpinned.meta.js';
import { installScriptsMeta } from './checks/install-scripts.meta.js';
import { lockEntryWithoutIntegrityMeta } from './checks/lock-entry-without-integrity.meta.js';
import { lockfileMissingMeta } from './checks/lockfile-missing.meta.js';
import { nameCollisionMeta } from './checks/name-collision.meta.js';
import { pnpmfileMeta } from './checks/pnpmfile.meta.js';
import { registryConfigMeta } from './checks/registry-config.meta.js';
import { registryOverHttpMeta } from './checks/registry-over-http.meta.js';
import { resolvedInsecureSchemeMeta } from './checks/resolved-insecure-scheme.meta.js';
import { resolvedNameMismatchMeta } from './checks/resolved-name-mismatch.meta.js';
import { resolvedUnexpectedHostMeta } from './checks/resolved-unexpected-host.meta.js';
import { rootInstallScriptsMeta } from './checks/root-install-scripts.meta.js';
import { scriptsPolicyPermissiveMeta } from './checks/scripts-policy-permissive.meta.js';
import { weakIntegrityMeta } from './checks/weak-integrity.meta.js';
import { yarnPathMeta } from './checks/yarn-path.meta.js';
import { yarnPluginMeta } from './checks/yarn-plugin.meta.js';

export const rules: readonly CheckMeta[] = [
  installScriptsMeta,
  rootInstallScriptsMeta,
  scriptsPolicyPermissiveMeta,
  allowlistUnpinnedMeta,
  allowlistStaleMeta,
  yarnPathMeta,
  yarnPluginMeta,
  pnpmfileMeta,
  lockfileMissingMeta,
  lockEntryWithoutIntegrityMeta,
  weakIntegrityMeta,
  resolvedInsecureSchemeMeta,
  gitDependencyUnpinnedMeta,
  resolvedUnexpectedHostMeta,
  registryConfigMeta,
  registryOverHttpMeta,
  resolvedNameMismatchMeta,
  aliasDependencyMeta,
  nameCollisionMeta,
  authTokenCommittedMeta,
];

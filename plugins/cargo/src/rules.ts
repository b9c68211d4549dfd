/**
 * The cargo plugin's rules: the metadata of its checks, in docs order (the order of
 * `checks/index.ts`). A scan reads them without loading the checks (docs/decisions/0029); each
 * check's metadata is written once, in its `checks/<id>.meta.ts` (docs/decisions/0031).
 */
import type { CheckMeta } from '@inert/core';
import { alternativeRegistryMeta } from './checks/alternative-registry.meta.js';
import { buildScriptMeta } from './checks/build-script.meta.js';
import { configExecutableMeta } from './checks/config-executable.meta.js';
import { credentialsCommittedMeta } from './checks/credentials-committed.meta.js';
import { gitDependencyUnpinnedMeta } from './checks/git-dependency-unpinned.meta.js';
import { insecureSourceMeta } from './checks/insecure-source.meta.js';
import { lockEntryWithoutChecksumMeta } from './checks/lock-entry-without-checksum.meta.js';
import { lockfileMissingMeta } from './checks/lockfile-missing.meta.js';
import { nameCollisionMeta } from './checks/name-collision.meta.js';
import { sourceReplacementMeta } from './checks/source-replacement.meta.js';
import { toolchainPathMeta } from './checks/toolchain-path.meta.js';

export const rules: readonly CheckMeta[] = [
  buildScriptMeta,
  configExecutableMeta,
  toolchainPathMeta,
  lockfileMissingMeta,
  lockEntryWithoutChecksumMeta,
  gitDependencyUnpinnedMeta,
  sourceReplacementMeta,
  alternativeRegistryMeta,
  insecureSourceMeta,
  nameCollisionMeta,
  credentialsCommittedMeta,
];

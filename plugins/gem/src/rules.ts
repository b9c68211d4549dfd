/**
 * The gem plugin's rules: the metadata of its checks, in docs order (the order of
 * `checks/index.ts`). A scan reads them without loading the checks (docs/decisions/0029); each
 * check's metadata is written once, in its `checks/<id>.meta.ts` (docs/decisions/0031).
 */
import type { CheckMeta } from '@inert/core';
import { bundleConfigRiskMeta } from './checks/bundle-config-risk.meta.js';
import { bundlerPluginMeta } from './checks/bundler-plugin.meta.js';
import { credentialsCommittedMeta } from './checks/credentials-committed.meta.js';
import { dangerousCallMeta } from './checks/dangerous-call.meta.js';
import { gemfileExecutableMeta } from './checks/gemfile-executable.meta.js';
import { gitSourceUnpinnedMeta } from './checks/git-source-unpinned.meta.js';
import { lockfileChecksumMissingEntryMeta } from './checks/lockfile-checksum-missing-entry.meta.js';
import { lockfileMissingMeta } from './checks/lockfile-missing.meta.js';
import { lockfileNoChecksumsMeta } from './checks/lockfile-no-checksums.meta.js';
import { multipleGlobalSourcesMeta } from './checks/multiple-global-sources.meta.js';
import { nativeExtensionMeta } from './checks/native-extension.meta.js';
import { pathSourceOutsideRepoMeta } from './checks/path-source-outside-repo.meta.js';
import { sourceInsecureMeta } from './checks/source-insecure.meta.js';

export const rules: readonly CheckMeta[] = [
  gemfileExecutableMeta,
  dangerousCallMeta,
  nativeExtensionMeta,
  bundlerPluginMeta,
  lockfileMissingMeta,
  lockfileNoChecksumsMeta,
  lockfileChecksumMissingEntryMeta,
  multipleGlobalSourcesMeta,
  sourceInsecureMeta,
  gitSourceUnpinnedMeta,
  pathSourceOutsideRepoMeta,
  bundleConfigRiskMeta,
  credentialsCommittedMeta,
];

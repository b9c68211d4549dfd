/**
 * The go plugin's rules: the metadata of its checks, in docs order (the order of
 * `checks/index.ts`). A scan reads them without loading the checks (docs/decisions/0029); each
 * check's metadata is written once, in its `checks/<id>.meta.ts` (docs/decisions/0031).
 */
import type { CheckMeta } from '@inert/core';
import { checksumDbDisabledMeta } from './checks/checksum-db-disabled.meta.js';
import { goSumEntryMissingMeta } from './checks/go-sum-entry-missing.meta.js';
import { goSumMissingMeta } from './checks/go-sum-missing.meta.js';
import { modulePathCaseVariantMeta } from './checks/module-path-case-variant.meta.js';
import { proxyConfigMeta } from './checks/proxy-config.meta.js';
import { replaceLocalPathMeta } from './checks/replace-local-path.meta.js';
import { replaceToOtherModuleMeta } from './checks/replace-to-other-module.meta.js';
import { toolchainDownloadMeta } from './checks/toolchain-download.meta.js';
import { vendorUnverifiedMeta } from './checks/vendor-unverified.meta.js';

export const rules: readonly CheckMeta[] = [
  replaceLocalPathMeta,
  replaceToOtherModuleMeta,
  goSumMissingMeta,
  goSumEntryMissingMeta,
  checksumDbDisabledMeta,
  proxyConfigMeta,
  toolchainDownloadMeta,
  vendorUnverifiedMeta,
  modulePathCaseVariantMeta,
];

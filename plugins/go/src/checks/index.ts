/** The go plugin's checks, in docs order: imported when the plugin claims a file (docs/decisions/0029); `src/rules.ts` is their metadata. */
import type { Check } from '@inert/core';
import type { GoModel } from '../model.js';
import { checksumDbDisabled } from './checksum-db-disabled.js';
import { goSumEntryMissing } from './go-sum-entry-missing.js';
import { goSumMissing } from './go-sum-missing.js';
import { modulePathCaseVariant } from './module-path-case-variant.js';
import { proxyConfig } from './proxy-config.js';
import { replaceLocalPath } from './replace-local-path.js';
import { replaceToOtherModule } from './replace-to-other-module.js';
import { toolchainDownload } from './toolchain-download.js';
import { vendorUnverified } from './vendor-unverified.js';

export const checks: readonly Check<GoModel, string>[] = [
  replaceLocalPath,
  replaceToOtherModule,
  goSumMissing,
  goSumEntryMissing,
  checksumDbDisabled,
  proxyConfig,
  toolchainDownload,
  vendorUnverified,
  modulePathCaseVariant,
];

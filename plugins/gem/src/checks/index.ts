/** The gem plugin's checks, in docs order: imported when the plugin claims a file (docs/decisions/0029); `src/rules.ts` is their metadata. */
import type { Check } from '@inert/core';
import type { GemModel } from '../model.js';
import { bundleConfigRisk } from './bundle-config-risk.js';
import { bundlerPlugin } from './bundler-plugin.js';
import { credentialsCommitted } from './credentials-committed.js';
import { dangerousCall } from './dangerous-call.js';
import { gemfileExecutable } from './gemfile-executable.js';
import { gitSourceUnpinned } from './git-source-unpinned.js';
import { lockfileChecksumMissingEntry } from './lockfile-checksum-missing-entry.js';
import { lockfileMissing } from './lockfile-missing.js';
import { lockfileNoChecksums } from './lockfile-no-checksums.js';
import { multipleGlobalSources } from './multiple-global-sources.js';
import { nativeExtension } from './native-extension.js';
import { pathSourceOutsideRepo } from './path-source-outside-repo.js';
import { sourceInsecure } from './source-insecure.js';

export const checks: readonly Check<GemModel, string>[] = [
  gemfileExecutable,
  dangerousCall,
  nativeExtension,
  bundlerPlugin,
  lockfileMissing,
  lockfileNoChecksums,
  lockfileChecksumMissingEntry,
  multipleGlobalSources,
  sourceInsecure,
  gitSourceUnpinned,
  pathSourceOutsideRepo,
  bundleConfigRisk,
  credentialsCommitted,
];

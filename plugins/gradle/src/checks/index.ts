/** The gradle plugin's checks, in docs order: imported when the plugin claims a file (docs/decisions/0029); `src/rules.ts` is their metadata. */
import type { Check } from '@inert/core';
import type { GradleModel } from '../model.js';
import { applyFromRemote } from './apply-from-remote.js';
import { buildScriptExecutable } from './build-script-executable.js';
import { configTimeExec } from './config-time-exec.js';
import { credentialsCommitted } from './credentials-committed.js';
import { daemonJvmDownload } from './daemon-jvm-download.js';
import { dynamicVersion } from './dynamic-version.js';
import { mavenLocal } from './maven-local.js';
import { noDependencyVerification } from './no-dependency-verification.js';
import { repoInsecure } from './repo-insecure.js';
import { reposWithoutContentFilter } from './repos-without-content-filter.js';
import { verificationWeakened } from './verification-weakened.js';
import { wrapperMissingSha256 } from './wrapper-missing-sha256.js';
import { wrapperUrlInsecure } from './wrapper-url-insecure.js';

export const checks: readonly Check<GradleModel, string>[] = [
  buildScriptExecutable,
  configTimeExec,
  applyFromRemote,
  wrapperMissingSha256,
  wrapperUrlInsecure,
  daemonJvmDownload,
  noDependencyVerification,
  verificationWeakened,
  dynamicVersion,
  mavenLocal,
  repoInsecure,
  reposWithoutContentFilter,
  credentialsCommitted,
];

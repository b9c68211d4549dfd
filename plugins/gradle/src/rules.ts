/**
 * The gradle plugin's rules: the metadata of its checks, in docs order (the order of
 * `checks/index.ts`). A scan reads them without loading the checks (docs/decisions/0029); each
 * check's metadata is written once, in its `checks/<id>.meta.ts` (docs/decisions/0031).
 */
import type { CheckMeta } from '@inert/core';
import { applyFromRemoteMeta } from './checks/apply-from-remote.meta.js';
import { buildScriptExecutableMeta } from './checks/build-script-executable.meta.js';
import { configTimeExecMeta } from './checks/config-time-exec.meta.js';
import { credentialsCommittedMeta } from './checks/credentials-committed.meta.js';
import { dynamicVersionMeta } from './checks/dynamic-version.meta.js';
import { mavenLocalMeta } from './checks/maven-local.meta.js';
import { noDependencyVerificationMeta } from './checks/no-dependency-verification.meta.js';
import { repoInsecureMeta } from './checks/repo-insecure.meta.js';
import { reposWithoutContentFilterMeta } from './checks/repos-without-content-filter.meta.js';
import { verificationWeakenedMeta } from './checks/verification-weakened.meta.js';
import { wrapperMissingSha256Meta } from './checks/wrapper-missing-sha256.meta.js';
import { wrapperUrlInsecureMeta } from './checks/wrapper-url-insecure.meta.js';

export const rules: readonly CheckMeta[] = [
  buildScriptExecutableMeta,
  configTimeExecMeta,
  applyFromRemoteMeta,
  wrapperMissingSha256Meta,
  wrapperUrlInsecureMeta,
  noDependencyVerificationMeta,
  verificationWeakenedMeta,
  dynamicVersionMeta,
  mavenLocalMeta,
  repoInsecureMeta,
  reposWithoutContentFilterMeta,
  credentialsCommittedMeta,
];

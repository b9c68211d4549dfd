/**
 * The ci plugin's rules: the metadata of its checks, in docs order (the order of
 * `checks/index.ts`). A scan reads them without loading the checks (docs/decisions/0029); each
 * check's metadata is written once, in its `checks/<id>.meta.ts` (docs/decisions/0031).
 */
import type { CheckMeta } from '@inert/core';
import { adhocInstallMeta } from './checks/adhoc-install.meta.js';
import { artipackedMeta } from './checks/artipacked.meta.js';
import { cachePoisoningMeta } from './checks/cache-poisoning.meta.js';
import { curlPipeShellMeta } from './checks/curl-pipe-shell.meta.js';
import { downloadThenExecuteMeta } from './checks/download-then-execute.meta.js';
import { excessivePermissionsMeta } from './checks/excessive-permissions.meta.js';
import { githubEnvWriteMeta } from './checks/github-env-write.meta.js';
import { gradleWrapperUnvalidatedMeta } from './checks/gradle-wrapper-unvalidated.meta.js';
import { insecureCommandsMeta } from './checks/insecure-commands.meta.js';
import { laxInstallMeta } from './checks/lax-install.meta.js';
import { prCodeInPrivilegedTriggerMeta } from './checks/pr-code-in-privileged-trigger.meta.js';
import { publishLongLivedTokenMeta } from './checks/publish-long-lived-token.meta.js';
import { publishWithoutProvenanceMeta } from './checks/publish-without-provenance.meta.js';
import { secretsJsonMeta } from './checks/secrets-json.meta.js';
import { secretsToUnpinnedWorkflowMeta } from './checks/secrets-to-unpinned-workflow.meta.js';
import { spoofableBotConditionMeta } from './checks/spoofable-bot-condition.meta.js';
import { templateInjectionMeta } from './checks/template-injection.meta.js';
import { unpinnedActionMeta } from './checks/unpinned-action.meta.js';
import { unpinnedImageMeta } from './checks/unpinned-image.meta.js';

export const rules: readonly CheckMeta[] = [
  laxInstallMeta,
  adhocInstallMeta,
  curlPipeShellMeta,
  downloadThenExecuteMeta,
  publishLongLivedTokenMeta,
  publishWithoutProvenanceMeta,
  unpinnedActionMeta,
  secretsToUnpinnedWorkflowMeta,
  prCodeInPrivilegedTriggerMeta,
  templateInjectionMeta,
  cachePoisoningMeta,
  excessivePermissionsMeta,
  insecureCommandsMeta,
  spoofableBotConditionMeta,
  githubEnvWriteMeta,
  secretsJsonMeta,
  unpinnedImageMeta,
  artipackedMeta,
  gradleWrapperUnvalidatedMeta,
];

/** The CI checks, in docs order. */
import { adhocInstall } from './adhoc-install.js';
import { artipacked } from './artipacked.js';
import { cachePoisoning } from './cache-poisoning.js';
import { curlPipeShell } from './curl-pipe-shell.js';
import { downloadThenExecute } from './download-then-execute.js';
import { excessivePermissions } from './excessive-permissions.js';
import { githubEnvWrite } from './github-env-write.js';
import { gradleWrapperUnvalidated } from './gradle-wrapper-unvalidated.js';
import { insecureCommands } from './insecure-commands.js';
import { laxInstall } from './lax-install.js';
import { prCodeInPrivilegedTrigger } from './pr-code-in-privileged-trigger.js';
import { publishLongLivedToken } from './publish-long-lived-token.js';
import { publishWithoutProvenance } from './publish-without-provenance.js';
import { secretsJson } from './secrets-json.js';
import { secretsToUnpinnedWorkflow } from './secrets-to-unpinned-workflow.js';
import { spoofableBotCondition } from './spoofable-bot-condition.js';
import { templateInjection } from './template-injection.js';
import { unpinnedAction } from './unpinned-action.js';
import { unpinnedImage } from './unpinned-image.js';

export const CHECKS = [
  laxInstall,
  adhocInstall,
  curlPipeShell,
  downloadThenExecute,
  publishLongLivedToken,
  publishWithoutProvenance,
  unpinnedAction,
  secretsToUnpinnedWorkflow,
  prCodeInPrivilegedTrigger,
  templateInjection,
  cachePoisoning,
  excessivePermissions,
  insecureCommands,
  spoofableBotCondition,
  githubEnvWrite,
  secretsJson,
  unpinnedImage,
  artipacked,
  gradleWrapperUnvalidated,
];

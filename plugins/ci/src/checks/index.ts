/** The CI checks, in docs order. */
import { adhocInstall } from './adhoc-install.js';
import { cachePoisoning } from './cache-poisoning.js';
import { curlPipeShell } from './curl-pipe-shell.js';
import { downloadThenExecute } from './download-then-execute.js';
import { excessivePermissions } from './excessive-permissions.js';
import { gradleWrapperUnvalidated } from './gradle-wrapper-unvalidated.js';
import { insecureCommands } from './insecure-commands.js';
import { laxInstall } from './lax-install.js';
import { prCodeInPrivilegedTrigger } from './pr-code-in-privileged-trigger.js';
import { publishLongLivedToken } from './publish-long-lived-token.js';
import { publishWithoutProvenance } from './publish-without-provenance.js';
import { secretsToUnpinnedWorkflow } from './secrets-to-unpinned-workflow.js';
import { templateInjection } from './template-injection.js';
import { unpinnedAction } from './unpinned-action.js';

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
  gradleWrapperUnvalidated,
];

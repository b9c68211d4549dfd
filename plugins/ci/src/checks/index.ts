/** The CI checks, in docs order. */
import { adhocInstall } from './adhoc-install.js';
import { curlPipeShell } from './curl-pipe-shell.js';
import { gradleWrapperUnvalidated } from './gradle-wrapper-unvalidated.js';
import { laxInstall } from './lax-install.js';
import { publishLongLivedToken } from './publish-long-lived-token.js';
import { publishWithoutProvenance } from './publish-without-provenance.js';
import { secretsToUnpinnedWorkflow } from './secrets-to-unpinned-workflow.js';
import { unpinnedAction } from './unpinned-action.js';

export const CHECKS = [laxInstall, adhocInstall, curlPipeShell, publishLongLivedToken, publishWithoutProvenance, unpinnedAction, secretsToUnpinnedWorkflow, gradleWrapperUnvalidated];

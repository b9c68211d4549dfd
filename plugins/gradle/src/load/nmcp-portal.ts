/**
 * com.gradleup.nmcp (New Maven Central Publishing) uploads to the Central Portal with the `username` and
 * `password` its `centralPortal { }` block sets, under `nmcpAggregation { }` (project plugins
 * `com.gradleup.nmcp`/`com.gradleup.nmcp.aggregation`) or `nmcpSettings { }` (settings plugin
 * `com.gradleup.nmcp.settings`). Read at v1.6.1: CentralPortalOptions.kt declares them as plain
 * `Property<String>`s with no convention (no project property or environment variable is read by the
 * plugin itself: nmcp/src/main has no gradleProperty, findProperty or environmentVariable for them), and
 * `toBearerToken(username, password)` (nmcp-tasks portal.kt) sends them. So the block's `password` is
 * the publish credential. https://github.com/GradleUp/nmcp/blob/v1.6.1/nmcp/src/main/kotlin/nmcp/CentralPortalOptions.kt ·
 * https://github.com/GradleUp/nmcp/blob/v1.6.1/nmcp-tasks/src/main/kotlin/nmcp/internal/task/portal.kt
 */
import { findAll, type SyntaxNode } from '@inert/syntax';
import type { PublishCredential } from '../model.js';
import { type NexusHelpers, passwordOf } from './nexus-repositories.js';

export const NMCP_PLUGIN = 'com.gradleup.nmcp';
const BLOCKS = new Set(['nmcpAggregation', 'nmcpSettings', 'nmcp']);

/** The password of each `centralPortal { }` block of an nmcp extension in the script. */
export function nmcpCredentials(root: SyntaxNode, h: NexusHelpers): PublishCredential[] {
  const out: PublishCredential[] = [];
  // Outermost blocks only (pre-order), so each node is searched once.
  let end = -1;
  for (const block of findAll(root, (n) => h.isCall(n) && BLOCKS.has(h.nameOf(n) ?? ''))) {
    if (block.startIndex < end) continue;
    end = block.endIndex;
    const portal = findAll(block, (n) => h.isCall(n) && h.nameOf(n) === 'centralPortal')[0];
    const sources = portal && passwordOf(h.whole(portal), h);
    if (portal && sources) out.push({ field: 'password', via: NMCP_PLUGIN, sources, at: h.at(h.whole(portal)) });
  }
  return out;
}

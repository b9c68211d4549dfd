/**
 * The pip plugin's rules: the metadata of its checks, in docs order (the order of
 * `checks/index.ts`). A scan reads them without loading the checks (docs/decisions/0029); each
 * check's metadata is written once, in its `checks/<id>.meta.ts` (docs/decisions/0031).
 */
import type { CheckMeta } from '@inert/core';
import { directUrlDependencyMeta } from './checks/direct-url-dependency.meta.js';
import { extraIndexUrlMeta } from './checks/extra-index-url.meta.js';
import { findLinksMeta } from './checks/find-links.meta.js';
import { inTreeBuildBackendMeta } from './checks/in-tree-build-backend.meta.js';
import { indexInsecureMeta } from './checks/index-insecure.meta.js';
import { indexNotExplicitMeta } from './checks/index-not-explicit.meta.js';
import { lockEntryWithoutHashMeta } from './checks/lock-entry-without-hash.meta.js';
import { nameCollisionMeta } from './checks/name-collision.meta.js';
import { pypircCredentialsMeta } from './checks/pypirc-credentials.meta.js';
import { requirementsWithoutHashesMeta } from './checks/requirements-without-hashes.meta.js';
import { sdistOnlyDependencyMeta } from './checks/sdist-only-dependency.meta.js';
import { setupPyDangerousCallMeta } from './checks/setup-py-dangerous-call.meta.js';
import { setupPyMeta } from './checks/setup-py.meta.js';
import { unpinnedRequirementMeta } from './checks/unpinned-requirement.meta.js';
import { uvIndexStrategyUnsafeMeta } from './checks/uv-index-strategy-unsafe.meta.js';

export const rules: readonly CheckMeta[] = [
  setupPyMeta,
  setupPyDangerousCallMeta,
  inTreeBuildBackendMeta,
  sdistOnlyDependencyMeta,
  requirementsWithoutHashesMeta,
  unpinnedRequirementMeta,
  lockEntryWithoutHashMeta,
  extraIndexUrlMeta,
  indexInsecureMeta,
  findLinksMeta,
  uvIndexStrategyUnsafeMeta,
  indexNotExplicitMeta,
  directUrlDependencyMeta,
  nameCollisionMeta,
  pypircCredentialsMeta,
];

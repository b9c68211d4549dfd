/** The pip plugin's checks, in docs order: imported when the plugin claims a file (docs/decisions/0029); `src/rules.ts` is their metadata. */
import type { Check } from '@inert/core';
import type { PipModel } from '../model.js';
import { directUrlDependency } from './direct-url-dependency.js';
import { extraIndexUrl } from './extra-index-url.js';
import { findLinks } from './find-links.js';
import { inTreeBuildBackend } from './in-tree-build-backend.js';
import { indexInsecure } from './index-insecure.js';
import { indexNotExplicit } from './index-not-explicit.js';
import { lockEntryWithoutHash } from './lock-entry-without-hash.js';
import { nameCollision } from './name-collision.js';
import { pypircCredentials } from './pypirc-credentials.js';
import { requirementsWithoutHashes } from './requirements-without-hashes.js';
import { sdistOnlyDependency } from './sdist-only-dependency.js';
import { setupPy } from './setup-py.js';
import { setupPyDangerousCall } from './setup-py-dangerous-call.js';
import { unpinnedRequirement } from './unpinned-requirement.js';
import { uvIndexStrategyUnsafe } from './uv-index-strategy-unsafe.js';

export const checks: readonly Check<PipModel, string>[] = [
  setupPy,
  setupPyDangerousCall,
  inTreeBuildBackend,
  sdistOnlyDependency,
  requirementsWithoutHashes,
  unpinnedRequirement,
  lockEntryWithoutHash,
  extraIndexUrl,
  indexInsecure,
  findLinks,
  uvIndexStrategyUnsafe,
  indexNotExplicit,
  directUrlDependency,
  nameCollision,
  pypircCredentials,
];

/** The cargo plugin's checks, in docs order: imported when the plugin claims a file (docs/decisions/0029); `src/rules.ts` is their metadata. */
import type { Check } from '@inert/core';
import type { CargoModel } from '../model.js';
import { alternativeRegistry } from './alternative-registry.js';
import { buildScript } from './build-script.js';
import { configExecutable } from './config-executable.js';
import { credentialsCommitted } from './credentials-committed.js';
import { gitDependencyUnpinned } from './git-dependency-unpinned.js';
import { insecureSource } from './insecure-source.js';
import { lockEntryWithoutChecksum } from './lock-entry-without-checksum.js';
import { lockfileMissing } from './lockfile-missing.js';
import { nameCollision } from './name-collision.js';
import { sourceReplacement } from './source-replacement.js';
import { toolchainPath } from './toolchain-path.js';

export const checks: readonly Check<CargoModel, string>[] = [
  buildScript,
  configExecutable,
  toolchainPath,
  lockfileMissing,
  lockEntryWithoutChecksum,
  gitDependencyUnpinned,
  sourceReplacement,
  alternativeRegistry,
  insecureSource,
  nameCollision,
  credentialsCommitted,
];

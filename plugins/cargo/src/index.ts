/** @inert/plugin-cargo: Cargo manifests, Cargo.lock, cargo config, toolchain files and credentials. https://doc.rust-lang.org/cargo/ */
import { definePlugin } from '@inert/core';
import { alternativeRegistry } from './checks/alternative-registry.js';
import { buildScript } from './checks/build-script.js';
import { configExecutable } from './checks/config-executable.js';
import { credentialsCommitted } from './checks/credentials-committed.js';
import { gitDependencyUnpinned } from './checks/git-dependency-unpinned.js';
import { insecureSource } from './checks/insecure-source.js';
import { lockEntryWithoutChecksum } from './checks/lock-entry-without-checksum.js';
import { lockfileMissing } from './checks/lockfile-missing.js';
import { nameCollision } from './checks/name-collision.js';
import { sourceReplacement } from './checks/source-replacement.js';
import { toolchainPath } from './checks/toolchain-path.js';
import { commands } from './commands.js';
import { files } from './files.js';
import type { CargoModel } from './model.js';
import { hooks } from './hooks.js';
import { osv } from './osv.js';
import { profile } from './profile.js';
import { crate } from './archive.js';

export const cargo = definePlugin<CargoModel>({
  ecosystem: 'cargo',
  title: 'Cargo',
  url: 'https://doc.rust-lang.org/cargo/',
  files,
  // Loaded on first use: a checkout without this ecosystem's files never imports its readers (docs/decisions/0010).
  load: async (files, read, context) => (await import('./load/index.js')).load(files, read, context),
  checks: [
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
  ],
  profile,
  threatModelPages: {
    clients: { cargo: 'docs/threat-model/clients/cargo.md' },
    registries: [{ name: 'crates.io', page: 'docs/threat-model/registries/crates-io.md' }],
  },
  commands,
  osv,
  hooks,
  archives: [crate],
});

export type { CargoModel } from './model.js';
export { commands } from './commands.js';

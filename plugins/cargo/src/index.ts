/** @inert/plugin-cargo: Cargo manifests, Cargo.lock, cargo config, toolchain files and credentials. https://doc.rust-lang.org/cargo/ */
import { definePlugin } from '@inert/core';
import { rules } from './rules.js';
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
  // The checks' metadata as data; the checks themselves load when the plugin claims a file (docs/decisions/0029).
  rules,
  loadChecks: async () => (await import('./checks/index.js')).checks,
  profile,
  threatModelPages: {
    clients: { cargo: 'docs/threat-model/clients/cargo.md' },
    registries: [{ name: 'crates.io', page: 'docs/threat-model/registries/crates-io.md' }],
  },
  // Loaded when a plugin that reads commands (CI) first asks for them (docs/decisions/0029).
  loadCommands: async () => (await import('./commands.js')).commands,
  osv,
  hooks,
  archives: [crate],
});

export type { CargoModel } from './model.js';

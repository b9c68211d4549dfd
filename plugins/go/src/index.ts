/** @inert/plugin-go: Go modules, workspaces, vendor trees and Go environment settings. */
import { definePlugin } from '@inert/core';
import { rules } from './rules.js';
import { files } from './files.js';
import type { GoModel } from './model.js';
import { osv } from './osv.js';
import { profile } from './profile.js';

export const go = definePlugin<GoModel>({
  ecosystem: 'go',
  title: 'Go modules',
  url: 'https://go.dev/ref/mod',
  files,
  // Loaded on first use: a checkout without this ecosystem's files never imports its readers (docs/decisions/0010).
  load: async (files, read, context) => (await import('./load/index.js')).load(files, read, context),
  // The checks' metadata as data; the checks themselves load when the plugin claims a file (docs/decisions/0029).
  rules,
  loadChecks: async () => (await import('./checks/index.js')).checks,
  profile,
  threatModelPages: {
    clients: { go: 'docs/threat-model/clients/go.md' },
    registries: [{ name: 'proxy.golang.org and sum.golang.org', page: 'docs/threat-model/registries/go-proxy.md' }],
  },
  // Loaded when a plugin that reads commands (CI) first asks for them (docs/decisions/0029).
  loadCommands: async () => (await import('./commands.js')).commands,
  osv,
});

export type { GoModel } from './model.js';

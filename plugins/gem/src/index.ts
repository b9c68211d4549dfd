/** @inert/plugin-gem: Gemfiles and gemspecs (as syntax trees), Gemfile.lock, Bundler config and credentials. https://bundler.io/ */
import { definePlugin } from '@inert/core';
import { rules } from './rules.js';
import { files } from './files.js';
import type { GemModel } from './model.js';
import { hooks } from './hooks.js';
import { osv } from './osv.js';
import { profile } from './profile.js';
import { gemArchive } from './archive.js';

export const gem = definePlugin<GemModel>({
  ecosystem: 'gem',
  title: 'RubyGems and Bundler',
  url: 'https://bundler.io/',
  files,
  // Loaded on first use: a checkout without this ecosystem's files never imports its readers (docs/decisions/0010).
  load: async (files, read, context) => (await import('./load/index.js')).load(files, read, context),
  // The checks' metadata as data; the checks themselves load when the plugin claims a file (docs/decisions/0029).
  rules,
  loadChecks: async () => (await import('./checks/index.js')).checks,
  profile,
  threatModelPages: {
    clients: { bundler: 'docs/threat-model/clients/bundler.md', rubygems: 'docs/threat-model/clients/bundler.md' },
    registries: [{ name: 'rubygems.org', page: 'docs/threat-model/registries/rubygems.md' }],
  },
  // Loaded when a plugin that reads commands (CI) first asks for them (docs/decisions/0029).
  loadCommands: async () => (await import('./commands.js')).commands,
  osv,
  hooks,
  archives: [gemArchive],
});

export type { GemModel } from './model.js';

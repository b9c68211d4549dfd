/** @inert/plugin-npm: npm, Yarn (classic and berry), pnpm and Bun projects. https://docs.npmjs.com/ */
import { definePlugin } from '@inert/core';
import { rules } from './rules.js';
import { commandContext } from './command-context.js';
import { files } from './files.js';
import { load } from './load/index.js';
import type { NpmModel } from './model.js';
import { hooks } from './hooks.js';
import { osv } from './osv.js';
import { profile } from './profile.js';
import { tarball } from './archive.js';

export const npm = definePlugin<NpmModel>({
  ecosystem: 'npm',
  title: 'npm, Yarn, pnpm and Bun',
  url: 'https://docs.npmjs.com/',
  files,
  load,
  // The checks' metadata as data; the checks themselves load when the plugin claims a file (docs/decisions/0029).
  rules,
  loadChecks: async () => (await import('./checks/index.js')).checks,
  profile,
  threatModelPages: {
    clients: {
      npm: 'docs/threat-model/clients/npm.md',
      yarn: 'docs/threat-model/clients/yarn.md',
      pnpm: 'docs/threat-model/clients/pnpm.md',
      bun: 'docs/threat-model/clients/bun.md',
    },
    registries: [{ name: 'npmjs', page: 'docs/threat-model/registries/npmjs.md' }],
  },
  // A project is installed with one of these; a fact about another does not concern it.
  alternativeClients: ['npm', 'pnpm', 'yarn', 'bun'],
  // Loaded when a plugin that reads commands (CI) first asks for them (docs/decisions/0029).
  loadCommands: async () => (await import('./commands.js')).commands,
  commandContext,
  osv,
  hooks,
  archives: [tarball],
});

export type { NpmModel } from './model.js';

/** @inert/plugin-pip: pip, setuptools, Poetry, uv, PDM and Pipenv projects. https://packaging.python.org/ */
import { definePlugin } from '@inert/core';
import { rules } from './rules.js';
import { files } from './files.js';
import type { PipModel } from './model.js';
import { hooks } from './hooks.js';
import { osv } from './osv.js';
import { profile } from './profile.js';
import { sdist, wheel } from './archive.js';

export const pip = definePlugin<PipModel>({
  ecosystem: 'pip',
  title: 'pip, setuptools, Poetry, uv, PDM and Pipenv',
  url: 'https://pip.pypa.io/',
  files,
  // Loaded on first use: a checkout without this ecosystem's files never imports its readers (docs/decisions/0010).
  load: async (files, read, context) => (await import('./load/index.js')).load(files, read, context),
  // The checks' metadata as data; the checks themselves load when the plugin claims a file (docs/decisions/0029).
  rules,
  loadChecks: async () => (await import('./checks/index.js')).checks,
  profile,
  threatModelPages: {
    clients: {
      pip: 'docs/threat-model/clients/pip.md',
      setuptools: 'docs/threat-model/clients/pip.md',
      uv: 'docs/threat-model/clients/uv.md',
      poetry: 'docs/threat-model/clients/poetry.md',
    },
    registries: [{ name: 'PyPI', page: 'docs/threat-model/registries/pypi.md' }],
  },
  // A project is locked and installed with one of these (pip can still install any of them: not listed).
  alternativeClients: ['poetry', 'uv', 'pdm', 'pipenv'],
  // Loaded when a plugin that reads commands (CI) first asks for them (docs/decisions/0029).
  loadCommands: async () => (await import('./commands.js')).commands,
  osv,
  hooks,
  archives: [sdist, wheel],
});

export type { PipModel } from './model.js';

/** @inert/plugin-pip: pip, setuptools, Poetry, uv, PDM and Pipenv projects. https://packaging.python.org/ */
import { definePlugin } from '@inert/core';
import { directUrlDependency } from './checks/direct-url-dependency.js';
import { extraIndexUrl } from './checks/extra-index-url.js';
import { findLinks } from './checks/find-links.js';
import { inTreeBuildBackend } from './checks/in-tree-build-backend.js';
import { indexInsecure } from './checks/index-insecure.js';
import { indexNotExplicit } from './checks/index-not-explicit.js';
import { lockEntryWithoutHash } from './checks/lock-entry-without-hash.js';
import { nameCollision } from './checks/name-collision.js';
import { pypircCredentials } from './checks/pypirc-credentials.js';
import { requirementsWithoutHashes } from './checks/requirements-without-hashes.js';
import { sdistOnlyDependency } from './checks/sdist-only-dependency.js';
import { setupPy } from './checks/setup-py.js';
import { setupPyDangerousCall } from './checks/setup-py-dangerous-call.js';
import { unpinnedRequirement } from './checks/unpinned-requirement.js';
import { uvIndexStrategyUnsafe } from './checks/uv-index-strategy-unsafe.js';
import { commands } from './commands.js';
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
  checks: [
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
  ],
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
  commands,
  osv,
  hooks,
  archives: [sdist, wheel],
});

export { commands } from './commands.js';
export type { PipModel } from './model.js';

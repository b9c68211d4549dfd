/** @inert/plugin-npm: npm, Yarn (classic and berry), pnpm and Bun projects. https://docs.npmjs.com/ */
import { definePlugin } from '@inert/core';
import { aliasDependency } from './checks/alias-dependency.js';
import { allowlistStale } from './checks/allowlist-stale.js';
import { allowlistUnpinned } from './checks/allowlist-unpinned.js';
import { authTokenCommitted } from './checks/auth-token-committed.js';
import { gitDependencyUnpinned } from './checks/git-dependency-unpinned.js';
import { installScripts } from './checks/install-scripts.js';
import { lockEntryWithoutIntegrity } from './checks/lock-entry-without-integrity.js';
import { lockfileMissing } from './checks/lockfile-missing.js';
import { nameCollision } from './checks/name-collision.js';
import { pnpmfile } from './checks/pnpmfile.js';
import { registryConfig } from './checks/registry-config.js';
import { registryOverHttp } from './checks/registry-over-http.js';
import { resolvedInsecureScheme } from './checks/resolved-insecure-scheme.js';
import { resolvedNameMismatch } from './checks/resolved-name-mismatch.js';
import { resolvedUnexpectedHost } from './checks/resolved-unexpected-host.js';
import { rootInstallScripts } from './checks/root-install-scripts.js';
import { scriptsPolicyPermissive } from './checks/scripts-policy-permissive.js';
import { weakIntegrity } from './checks/weak-integrity.js';
import { yarnPath } from './checks/yarn-path.js';
import { yarnPlugin } from './checks/yarn-plugin.js';
import { commands } from './commands.js';
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
  checks: [
    installScripts,
    rootInstallScripts,
    scriptsPolicyPermissive,
    allowlistUnpinned,
    allowlistStale,
    yarnPath,
    yarnPlugin,
    pnpmfile,
    lockfileMissing,
    lockEntryWithoutIntegrity,
    weakIntegrity,
    resolvedInsecureScheme,
    gitDependencyUnpinned,
    resolvedUnexpectedHost,
    registryConfig,
    registryOverHttp,
    resolvedNameMismatch,
    aliasDependency,
    nameCollision,
    authTokenCommitted,
  ],
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
  commands,
  commandContext,
  osv,
  hooks,
  archives: [tarball],
});

export { commands } from './commands.js';
export type { NpmModel } from './model.js';

/** @inert/plugin-gem: Gemfiles and gemspecs (as syntax trees), Gemfile.lock, Bundler config and credentials. https://bundler.io/ */
import { definePlugin } from '@inert/core';
import { bundleConfigRisk } from './checks/bundle-config-risk.js';
import { bundlerPlugin } from './checks/bundler-plugin.js';
import { credentialsCommitted } from './checks/credentials-committed.js';
import { dangerousCall } from './checks/dangerous-call.js';
import { gemfileExecutable } from './checks/gemfile-executable.js';
import { gitSourceUnpinned } from './checks/git-source-unpinned.js';
import { lockfileChecksumMissingEntry } from './checks/lockfile-checksum-missing-entry.js';
import { lockfileMissing } from './checks/lockfile-missing.js';
import { lockfileNoChecksums } from './checks/lockfile-no-checksums.js';
import { multipleGlobalSources } from './checks/multiple-global-sources.js';
import { nativeExtension } from './checks/native-extension.js';
import { pathSourceOutsideRepo } from './checks/path-source-outside-repo.js';
import { sourceInsecure } from './checks/source-insecure.js';
import { commands } from './commands.js';
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
  checks: [
    gemfileExecutable,
    dangerousCall,
    nativeExtension,
    bundlerPlugin,
    lockfileMissing,
    lockfileNoChecksums,
    lockfileChecksumMissingEntry,
    multipleGlobalSources,
    sourceInsecure,
    gitSourceUnpinned,
    pathSourceOutsideRepo,
    bundleConfigRisk,
    credentialsCommitted,
  ],
  profile,
  threatModelPages: {
    clients: { bundler: 'docs/threat-model/clients/bundler.md', rubygems: 'docs/threat-model/clients/bundler.md' },
    registries: [{ name: 'rubygems.org', page: 'docs/threat-model/registries/rubygems.md' }],
  },
  commands,
  osv,
  hooks,
  archives: [gemArchive],
});

export type { GemModel } from './model.js';
export { commands } from './commands.js';

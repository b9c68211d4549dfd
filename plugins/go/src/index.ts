/** @inert/plugin-go: Go modules, workspaces, vendor trees and Go environment settings. */
import { definePlugin } from '@inert/core';
import { checksumDbDisabled } from './checks/checksum-db-disabled.js';
import { goSumEntryMissing } from './checks/go-sum-entry-missing.js';
import { goSumMissing } from './checks/go-sum-missing.js';
import { modulePathCaseVariant } from './checks/module-path-case-variant.js';
import { proxyConfig } from './checks/proxy-config.js';
import { replaceLocalPath } from './checks/replace-local-path.js';
import { replaceToOtherModule } from './checks/replace-to-other-module.js';
import { toolchainDownload } from './checks/toolchain-download.js';
import { vendorUnverified } from './checks/vendor-unverified.js';
import { commands } from './commands.js';
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
  checks: [
    replaceLocalPath,
    replaceToOtherModule,
    goSumMissing,
    goSumEntryMissing,
    checksumDbDisabled,
    proxyConfig,
    toolchainDownload,
    vendorUnverified,
    modulePathCaseVariant,
  ],
  profile,
  threatModelPages: {
    clients: { go: 'docs/threat-model/clients/go.md' },
    registries: [{ name: 'proxy.golang.org and sum.golang.org', page: 'docs/threat-model/registries/go-proxy.md' }],
  },
  commands,
  osv,
});

export type { GoModel } from './model.js';
export { commands } from './commands.js';

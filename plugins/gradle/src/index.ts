/** @inert/plugin-gradle: Groovy and Kotlin build scripts (as syntax trees), wrapper, verification, locking, repositories. https://docs.gradle.org/current/userguide/userguide.html */
import { definePlugin } from '@inert/core';
import { applyFromRemote } from './checks/apply-from-remote.js';
import { buildScriptExecutable } from './checks/build-script-executable.js';
import { configTimeExec } from './checks/config-time-exec.js';
import { credentialsCommitted } from './checks/credentials-committed.js';
import { dynamicVersion } from './checks/dynamic-version.js';
import { mavenLocal } from './checks/maven-local.js';
import { noDependencyVerification } from './checks/no-dependency-verification.js';
import { repoInsecure } from './checks/repo-insecure.js';
import { reposWithoutContentFilter } from './checks/repos-without-content-filter.js';
import { verificationWeakened } from './checks/verification-weakened.js';
import { wrapperMissingSha256 } from './checks/wrapper-missing-sha256.js';
import { wrapperUrlInsecure } from './checks/wrapper-url-insecure.js';
import { commandContext } from './command-context.js';
import { commands } from './commands.js';
import { files } from './files.js';
import type { GradleModel } from './model.js';
import { osv } from './osv.js';
import { profile } from './profile.js';

export const gradle = definePlugin<GradleModel>({
  ecosystem: 'gradle',
  title: 'Gradle',
  url: 'https://docs.gradle.org/',
  files,
  // Loaded on first use: a checkout without this ecosystem's files never imports its readers (docs/decisions/0010).
  load: async (files, read, context) => (await import('./load/index.js')).load(files, read, context),
  checks: [
    buildScriptExecutable,
    configTimeExec,
    applyFromRemote,
    wrapperMissingSha256,
    wrapperUrlInsecure,
    noDependencyVerification,
    verificationWeakened,
    dynamicVersion,
    mavenLocal,
    repoInsecure,
    reposWithoutContentFilter,
    credentialsCommitted,
  ],
  profile,
  threatModelPages: {
    clients: { gradle: 'docs/threat-model/clients/gradle.md' },
    registries: [
      { name: 'Maven Central and the Gradle Plugin Portal', page: 'docs/threat-model/registries/maven-central.md' },
    ],
  },
  commands,
  commandContext,
  osv,
});

export type { GradleModel } from './model.js';
export { commands } from './commands.js';

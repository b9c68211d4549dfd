/** @inert/plugin-gradle: Groovy and Kotlin build scripts (as syntax trees), wrapper, verification, locking, repositories. https://docs.gradle.org/current/userguide/userguide.html */
import { definePlugin } from '@inert/core';
import { rules } from './rules.js';
import { commandContext } from './command-context.js';
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
  // The checks' metadata as data; the checks themselves load when the plugin claims a file (docs/decisions/0029).
  rules,
  loadChecks: async () => (await import('./checks/index.js')).checks,
  profile,
  threatModelPages: {
    clients: { gradle: 'docs/threat-model/clients/gradle.md' },
    registries: [
      { name: 'Maven Central and the Gradle Plugin Portal', page: 'docs/threat-model/registries/maven-central.md' },
    ],
  },
  // Loaded when a plugin that reads commands (CI) first asks for them (docs/decisions/0029).
  loadCommands: async () => (await import('./commands.js')).commands,
  commandContext,
  osv,
});

export type { GradleModel } from './model.js';

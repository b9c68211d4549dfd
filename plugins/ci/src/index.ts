/**
 * The CI plugin: claims GitHub Actions workflows and actions, GitLab CI and Dockerfiles, and applies
 * every scanned plugin's command rules (handed over in the load context) to what they run.
 */
import { definePlugin } from '@inert/core';
import { CI_FILES } from './files.js';
import { osv } from './osv.js';
import type { CiModel } from './model.js';
import { profile } from './profile.js';
import { rules } from './rules.js';

export const ci = definePlugin<CiModel>({
  ecosystem: 'ci',
  title: 'CI and release workflows',
  url: 'https://docs.github.com/en/actions',
  files: CI_FILES,
  // The readers are imported at the first claimed file: a checkout without CI files never loads them
  // (docs/decisions/0010, 0023).
  load: async (files, read, context) =>
    (await import('./load.js')).loadCi(
      files,
      read,
      context?.commands ? await context.commands() : [],
      context?.isFile,
      context?.limits,
    ),
  // The checks' metadata as data; the checks themselves load when the plugin claims a file (docs/decisions/0029).
  rules,
  loadChecks: async () => (await import('./checks/index.js')).CHECKS,
  profile,
  osv,
  loadCommands: async () => (await import('./publish-rules.js')).publishRules,
});

export type { CiModel, CiCommand, CiVerdict, CiWorkflow } from './model.js';
export { splitShell, type Pipeline, type SimpleCommand } from './shell-words.js';
export { CI_FILES, type CiReader } from './files.js';

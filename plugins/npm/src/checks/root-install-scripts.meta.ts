/** The metadata of npm/root-install-scripts: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const rootInstallScriptsMeta = {
  id: 'root-install-scripts',
  question: 'install-time-execution',
  title: 'The project runs its own lifecycle scripts on install',
  description:
    'The project (or a workspace member) declares preinstall, install, postinstall, prepare or prepublish scripts, or has a binding.gyp (an implicit `node-gyp rebuild`): `npm install` in the checkout runs them. On an untrusted checkout that is arbitrary code on the first install. When the scanned root is a published package (`inert scan x.tgz`, `--package`), its preinstall/install/postinstall hooks are what every consumer runs on install: each is judged by what it does (the command, and the package file it runs, read statically): downloading and running code, decoding and evaluating strings or serialising the environment is critical; spawning shells or processes, network access or reading credentials is high; a command that cannot be read statically is medium; building a bundled native binding is low.',
  severity: 'info',
  severityRule: [
    {
      severity: 'critical',
      when: 'package mode (an archive or `--package`): the package\u2019s own hook, or the file it runs, downloads and runs code, decodes and evaluates strings or serialises the environment',
    },
    {
      severity: 'high',
      when: 'a project\u2019s script downloads something and pipes or substitutes it into a shell or interpreter (`curl \u2026 | sh`, `bash <(wget \u2026)`, `iwr \u2026 | iex`): code nobody can review from the checkout runs on the first install; in package mode, a hook that spawns shells or processes, reaches the network or reads credentials',
    },
    {
      severity: 'medium',
      when: 'a project\u2019s script runs `npx`, `npm exec` or `bunx` with a package the manifest does not declare, or `pnpm dlx`/`yarn dlx` with any package (they always install into a throwaway project), at no exact version (`npx only-allow pnpm`: the registry\u2019s latest version of that name is fetched and run, unpinned); in package mode, a hook command that cannot be read statically',
    },
    {
      severity: 'low',
      when: 'a project\u2019s script runs such a registry package at an exact version (`npx husky@9.1.7 install`): pinned, but fetched outside the lockfile with no integrity hash; package mode: the hook only builds a bundled native binding (`node-gyp rebuild`, an implicit binding.gyp)',
    },
    {
      severity: 'info',
      when: 'anything else in a project, native binding builds (`node-gyp rebuild`, `prebuild-install || node-gyp rebuild`, `node-gyp-build`, an implicit binding.gyp) included: the code that runs is in the checkout, where a reviewer can read it',
    },
  ],
  confidence: 'high',
  messages: {
    hook: '{package} runs "{hook}" on install: {command}',
    fetchAndRun: '{package} runs "{hook}" on install and it downloads code and runs it: {command}',
    registryRun:
      '{package} runs "{hook}" on install and it fetches {runs} from the registry and runs it (not a declared dependency, so unpinned): {command}',
    registryRunPinned:
      '{package} runs "{hook}" on install and it fetches {runs} from the registry and runs it: pinned to that version, but outside the lockfile, with no integrity hash: {command}',
    bindingBuild: '{package} runs "{hook}" on install to build its native binding: {command}',
    gyp: '{package} has binding.gyp and no install script: npm runs `node-gyp rebuild` on install',
    packageHook: 'the package {package} runs "{hook}" when it is installed, and the hook {summary}: {command}',
    packageGyp:
      'the package {package} has binding.gyp and no install script: installing it runs `node-gyp rebuild` (a native build from the bundled sources)',
  },
  remediation: 'Read the script before the first install of an untrusted checkout, or install with `--ignore-scripts`.',
  limitations:
    'For a project, only the command line is read: scripts and files the hook calls are not followed, so `node scripts/setup.js` is info whatever setup.js does. For a package, the command and the files it runs directly are read with literal patterns, not executed or de-obfuscated: code that hides its behaviour (computed module names, remote stages) is reported by what shows. This is not a malware scanner; inert has no network access and no reputation data.',
  reads: ['manifest', 'build-script'],
  examples: {
    bad: [
      'root-install-scripts--postinstall-and-gyp',
      'root-install-scripts--fetch-npx-binding',
      'root-install-scripts--npx-only-allow-and-pinned',
      'root-install-scripts--package-hooks-judged',
      'root-install-scripts--package-binding-gyp',
    ],
    good: ['clean--npm-ci-with-lockfile'],
  },
  since: 'next',
} as const satisfies CheckMeta;

/** The project's own lifecycle hooks, run by a plain `npm install`. https://docs.npmjs.com/cli/using-npm/scripts#life-cycle-operation-order */
import { defineCheck, type Severity } from '@inert/core';
import { LIFECYCLE } from '../load/index.js';
import type { NpmModel } from '../model.js';
import { classifyHook, type HookKind } from '../hook-command.js';

const KINDS: Record<HookKind, readonly ['hook' | 'fetchAndRun' | 'registryRun' | 'bindingBuild', Severity]> = {
  'fetch-and-run': ['fetchAndRun', 'high'],
  'registry-run': ['registryRun', 'medium'],
  'binding-build': ['bindingBuild', 'info'],
  other: ['hook', 'info'],
};

export const rootInstallScripts = defineCheck<NpmModel>()({
  id: 'root-install-scripts',
  question: 'install-time-execution',
  title: 'The project runs its own lifecycle scripts on install',
  description:
    'The project (or a workspace member) declares preinstall, install, postinstall, prepare or prepublish scripts, or has a binding.gyp (an implicit `node-gyp rebuild`): `npm install` in the checkout runs them. On an untrusted checkout that is arbitrary code on the first install.',
  severity: 'info',
  severityRule: [
    { severity: 'high', when: 'the script downloads something and pipes or substitutes it into a shell or interpreter (`curl \u2026 | sh`, `bash <(wget \u2026)`, `iwr \u2026 | iex`): code nobody can review from the checkout runs on the first install' },
    { severity: 'medium', when: 'the script runs `npx`, `npm exec`, `pnpm dlx`, `yarn dlx` or `bunx` with a package the manifest does not declare: the registry\u2019s latest version of that name is fetched and run, unpinned' },
    { severity: 'info', when: 'anything else, native binding builds (`node-gyp rebuild`, `prebuild-install || node-gyp rebuild`, `node-gyp-build`, an implicit binding.gyp) included: the code that runs is in the checkout, where a reviewer can read it' },
  ],
  confidence: 'high',
  messages: {
    hook: '{package} runs "{hook}" on install: {command}',
    fetchAndRun: '{package} runs "{hook}" on install and it downloads code and runs it: {command}',
    registryRun: '{package} runs "{hook}" on install and it fetches {runs} from the registry and runs it (not a declared dependency, so unpinned): {command}',
    bindingBuild: '{package} runs "{hook}" on install to build its native binding: {command}',
    gyp: '{package} has binding.gyp and no install script: npm runs `node-gyp rebuild` on install',
  },
  remediation: 'Read the script before the first install of an untrusted checkout, or install with `--ignore-scripts`.',
  limitations: 'Only the command line is read: scripts and files the hook calls are not followed, so `node scripts/setup.js` is info whatever setup.js does; a download hidden in a called file is not seen.',
  reads: ['manifest', 'build-script'],
  examples: { bad: ['root-install-scripts--postinstall-and-gyp', 'root-install-scripts--fetch-npx-binding'], good: ['clean--npm-ci-with-lockfile'] },
  since: 'next',
  run(model, report) {
    for (const m of model.manifests) {
      const label = m.name ?? (m.dir || '(root)');
      const declared = new Set(m.dependencies.map((d) => d.name));
      for (const [hook, command] of Object.entries(m.scripts)) {
        if (!LIFECYCLE.has(hook)) continue;
        const { kind, detail } = classifyHook(command, declared);
        const [messageId, severity] = KINDS[kind];
        report({ messageId, severity, data: { package: label, hook, command, runs: detail ?? '' }, at: { doc: m.doc, route: ['scripts', hook], part: 'key' }, evidence: command, key: `${m.path}#${hook}` });
      }
      const hasInstall = 'install' in m.scripts || 'preinstall' in m.scripts;
      if (model.gypDirs.includes(m.dir) && !hasInstall) {
        report({ messageId: 'gyp', data: { package: label }, at: { doc: m.doc, route: [], part: 'value' }, key: `${m.path}#gyp` });
      }
    }
  },
});

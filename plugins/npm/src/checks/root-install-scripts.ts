/** The project's own lifecycle hooks, run by a plain `npm install`. https://docs.npmjs.com/cli/using-npm/scripts#life-cycle-operation-order */
import { defineCheck } from '@inert/core';
import { LIFECYCLE } from '../load/index.js';
import type { NpmModel } from '../model.js';

export const rootInstallScripts = defineCheck<NpmModel>()({
  id: 'root-install-scripts',
  question: 'install-time-execution',
  title: 'The project runs its own lifecycle scripts on install',
  description:
    'The project (or a workspace member) declares preinstall, install, postinstall, prepare or prepublish scripts, or has a binding.gyp (an implicit `node-gyp rebuild`): `npm install` in the checkout runs them. On an untrusted checkout that is arbitrary code on the first install.',
  severity: 'info',
  confidence: 'high',
  messages: {
    hook: '{package} runs "{hook}" on install: {command}',
    gyp: '{package} has binding.gyp and no install script: npm runs `node-gyp rebuild` on install',
  },
  remediation: 'Read the script before the first install of an untrusted checkout, or install with `--ignore-scripts`.',
  limitations: 'What the script does is not analysed; scripts the hook calls are not followed.',
  reads: ['manifest', 'build-script'],
  examples: { bad: ['root-install-scripts--postinstall-and-gyp'], good: ['clean--npm-ci-with-lockfile'] },
  since: 'next',
  run(model, report) {
    for (const m of model.manifests) {
      const label = m.name ?? (m.dir || '(root)');
      for (const [hook, command] of Object.entries(m.scripts)) {
        if (!LIFECYCLE.has(hook)) continue;
        report({ messageId: 'hook', data: { package: label, hook, command }, at: { doc: m.doc, route: ['scripts', hook], part: 'key' }, evidence: command, key: `${m.path}#${hook}` });
      }
      const hasInstall = 'install' in m.scripts || 'preinstall' in m.scripts;
      if (model.gypDirs.includes(m.dir) && !hasInstall) {
        report({ messageId: 'gyp', data: { package: label }, at: { doc: m.doc, route: [], part: 'value' }, key: `${m.path}#gyp` });
      }
    }
  },
});

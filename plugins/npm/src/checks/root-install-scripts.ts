/** The project's own lifecycle hooks, run by a plain `npm install`. https://docs.npmjs.com/cli/using-npm/scripts#life-cycle-operation-order */
import { defineCheck, type Report } from '@inert/core';
import { LIFECYCLE } from '../load/index.js';
import type { NpmModel } from '../model.js';

export const rootInstallScripts = defineCheck<NpmModel>()({
  id: 'root-install-scripts',
  question: 'install-time-execution',
  title: 'The project runs its own lifecycle scripts on install',
  description:
    'The project (or a workspace member) declares preinstall, install, postinstall, prepare or prepublish scripts, or has a binding.gyp (an implicit `node-gyp rebuild`): `npm install` in the checkout runs them. On an untrusted checkout that is arbitrary code on the first install. When the scanned root is a published package (`inert scan x.tgz`, `--package`), its preinstall/install/postinstall hooks are what every consumer runs on install: each is judged by what it does (the command, and the package file it runs, read statically): downloading and running code, decoding and evaluating strings or serialising the environment is critical; spawning shells or processes, network access or reading credentials is high; a command that cannot be read statically is medium; building a bundled native binding is low.',
  severity: 'info',
  confidence: 'high',
  messages: {
    hook: '{package} runs "{hook}" on install: {command}',
    gyp: '{package} has binding.gyp and no install script: npm runs `node-gyp rebuild` on install',
    packageHook: 'the package {package} runs "{hook}" when it is installed, and the hook {summary}: {command}',
    packageGyp: 'the package {package} has binding.gyp and no install script: installing it runs `node-gyp rebuild` (a native build from the bundled sources)',
  },
  remediation: 'Read the script before the first install of an untrusted checkout, or install with `--ignore-scripts`.',
  limitations: 'For a project, what the script does is not analysed. For a package, the command and the files it runs directly are read with literal patterns, not executed or de-obfuscated: code that hides its behaviour (computed module names, remote stages) is reported by what shows, and a package with no hook can still run code when it is required. This is not a malware scanner; inert has no network access and no reputation data.',
  reads: ['manifest', 'build-script'],
  examples: { bad: ['root-install-scripts--package-hooks-judged', 'root-install-scripts--package-binding-gyp', 'root-install-scripts--postinstall-and-gyp'], good: ['clean--npm-ci-with-lockfile'] },
  since: 'next',
  run(model, report) {
    if (model.packageMode) return packageRun(model, report);
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


/** Package mode: the package's own install hooks, severity by what they do. */
function packageRun(model: NpmModel, report: Report<'packageHook' | 'packageGyp'>): void {
  for (const h of model.packageHooks ?? []) {
    const label = h.manifest.name ?? '(unnamed)';
    const evidence = h.analysis.evidence.find((e) => e.text !== '')?.text ?? h.command;
    report({
      messageId: 'packageHook',
      data: { package: label, hook: h.hook, command: h.command, summary: h.analysis.summary },
      at: { doc: h.manifest.doc, route: ['scripts', h.hook], part: 'value' },
      severity: h.analysis.severity,
      evidence: h.filesRead.length ? `${evidence} (in ${h.filesRead.join(', ')})` : evidence,
      key: `${h.manifest.path}#${h.hook}`,
    });
  }
  const root = model.manifests.find((m) => m.dir === '');
  if (root && model.gypDirs.includes('') && !('install' in root.scripts) && !('preinstall' in root.scripts)) {
    report({ messageId: 'packageGyp', data: { package: root.name ?? '(unnamed)' }, at: { doc: root.doc, route: [], part: 'value' }, severity: 'low', key: `${root.path}#gyp` });
  }
}

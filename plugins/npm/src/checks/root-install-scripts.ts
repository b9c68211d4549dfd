/** The project's own lifecycle hooks, run by a plain `npm install`. https://docs.npmjs.com/cli/using-npm/scripts#life-cycle-operation-order */
import { defineCheck, type Report, type Severity } from '@inert/core';
import { LIFECYCLE } from '../load/index.js';
import type { NpmModel } from '../model.js';
import { classifyHook, type HookKind } from '../hook-command.js';
import { rootInstallScriptsMeta } from './root-install-scripts.meta.js';

const KINDS: Record<
  HookKind,
  readonly ['hook' | 'fetchAndRun' | 'registryRun' | 'registryRunPinned' | 'bindingBuild', Severity]
> = {
  'fetch-and-run': ['fetchAndRun', 'high'],
  'registry-run': ['registryRun', 'medium'],
  'registry-run-pinned': ['registryRunPinned', 'low'],
  'binding-build': ['bindingBuild', 'info'],
  other: ['hook', 'info'],
};

export const rootInstallScripts = defineCheck<NpmModel>()({
  ...rootInstallScriptsMeta,
  run(model, report) {
    if (model.packageMode) return packageRun(model, report);
    for (const m of model.manifests) {
      const label = m.name ?? (m.dir || '(root)');
      const declared = new Set(m.dependencies.map((d) => d.name));
      for (const [hook, command] of Object.entries(m.scripts)) {
        if (!LIFECYCLE.has(hook)) continue;
        const { kind, detail } = classifyHook(command, declared);
        const [messageId, severity] = KINDS[kind];
        report({
          messageId,
          severity,
          data: { package: label, hook, command, runs: detail ?? '' },
          at: { doc: m.doc, route: ['scripts', hook], part: 'key' },
          evidence: command,
          key: `${m.path}#${hook}`,
        });
      }
      const hasInstall = 'install' in m.scripts || 'preinstall' in m.scripts;
      if (model.gypDirs.includes(m.dir) && !hasInstall) {
        report({
          messageId: 'gyp',
          data: { package: label },
          at: { doc: m.doc, route: [], part: 'value' },
          key: `${m.path}#gyp`,
        });
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
    report({
      messageId: 'packageGyp',
      data: { package: root.name ?? '(unnamed)' },
      at: { doc: root.doc, route: [], part: 'value' },
      severity: 'low',
      key: `${root.path}#gyp`,
    });
  }
}

/** Script policies that let every dependency run install hooks. https://pnpm.io/settings/build · https://yarnpkg.com/configuration/yarnrc#enableScripts */
import { defineCheck } from '@inert/core';
import type { NpmModel } from '../model.js';

export const scriptsPolicyPermissive = defineCheck<NpmModel>()({
  id: 'scripts-policy-permissive',
  question: 'install-time-execution',
  title: 'The script policy lets every dependency run install hooks',
  description:
    'The checkout sets a policy that allows install scripts of every dependency, present and future: pnpm `dangerouslyAllowAllBuilds: true`, npm `allowScripts: { "*": true }`, pnpm `neverBuiltDependencies` without an allowlist (everything not denied builds), or a Yarn berry project that leaves `enableScripts` on with no `dependenciesMeta` entry gating any package. A newly compromised transitive dependency then runs its payload on the next install without any review step.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    allowAll: '{policy}: every dependency may run install scripts',
    denylistOnly: '{policy} is a denylist: every package not listed may run install scripts',
    yarnScriptsOn: '{lock} is installed by Yarn berry with enableScripts on and no dependenciesMeta gating: every dependency runs its install scripts',
  },
  remediation: 'Switch to an allowlist: pnpm `allowBuilds` (or `onlyBuiltDependencies`), npm `allowScripts` with pinned entries, `enableScripts: false` plus `dependenciesMeta.<pkg>.built: true` in Yarn berry.',
  limitations: 'Settings from user or global config, environment variables and command-line flags are not seen.',
  reads: ['client-config', 'manifest', 'lockfile'],
  examples: { bad: ['scripts-policy-permissive--pnpm-allow-all', 'scripts-policy-permissive--pnpm-denylist', 'lock-entry-without-integrity--yarn-berry-conditional'], good: ['clean--pnpm-v9-workspace', 'clean--yarn-berry-scripts-off'] },
  since: 'next',
  run(model, report) {
    for (const lock of model.locks) {
      const p = model.policies.get(lock.path);
      if (!p) continue;
      if (p.allowAll && !p.blockAll) report({ messageId: 'allowAll', data: { policy: p.allowAll.label }, at: p.allowAll.at, key: p.allowAll.label });
      if (p.denylistOnly && !p.blockAll) report({ messageId: 'denylistOnly', data: { policy: p.denylistOnly.label }, at: p.denylistOnly.at, key: p.denylistOnly.label });
      if (p.client === 'yarn-berry' && !p.scriptsDisabled && !p.rules.some((r) => !r.allow)) {
        report({ messageId: 'yarnScriptsOn', data: { lock: lock.path }, at: { file: lock.path, line: 1, column: 1 }, key: lock.path });
      }
    }
  },
});

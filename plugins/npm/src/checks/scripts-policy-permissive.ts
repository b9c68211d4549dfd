/** Script policies that let every dependency run install hooks. https://pnpm.io/settings/build · https://yarnpkg.com/configuration/yarnrc#enableScripts */
import { defineCheck } from '@inert/core';
import type { NpmModel } from '../model.js';
import { scriptsPolicyPermissiveMeta } from './scripts-policy-permissive.meta.js';

export const scriptsPolicyPermissive = defineCheck<NpmModel>()({
  ...scriptsPolicyPermissiveMeta,
  run(model, report) {
    for (const lock of model.locks) {
      const p = model.policies.get(lock.path);
      if (!p) continue;
      if (p.allowAll && !p.blockAll)
        report({ messageId: 'allowAll', data: { policy: p.allowAll.label }, at: p.allowAll.at, key: p.allowAll.label });
      if (p.denylistOnly && !p.blockAll)
        report({
          messageId: 'denylistOnly',
          data: { policy: p.denylistOnly.label },
          at: p.denylistOnly.at,
          key: p.denylistOnly.label,
        });
      if (p.client !== 'yarn-berry' || p.scriptsDisabled || p.rules.some((r) => !r.allow)) continue;
      if (p.scriptsEnabled)
        report({
          messageId: 'yarnScriptsEnabled',
          data: { lock: lock.path, policy: p.scriptsEnabled.label },
          at: p.scriptsEnabled.at,
          key: lock.path,
        });
      else if (p.berryDefault?.state === 'on')
        report({
          messageId: 'yarnScriptsOn',
          data: { lock: lock.path, policy: p.berryDefault.label },
          at: { file: lock.path, line: 1, column: 1 },
          key: lock.path,
        });
      else if (p.berryDefault?.state === 'unknown')
        report({
          messageId: 'yarnScriptsUnknown',
          severity: 'low',
          data: { lock: lock.path, policy: p.berryDefault.label },
          at: { file: lock.path, line: 1, column: 1 },
          key: lock.path,
        });
    }
  },
});

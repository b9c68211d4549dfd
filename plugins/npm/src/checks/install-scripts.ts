/** Dependencies with install-time hooks that the checkout's policy lets run. https://docs.npmjs.com/cli/using-npm/scripts */
import { defineCheck } from '@inert/core';
import { npmrcValue } from '../load/npmrc.js';
import { isInside } from '../load/paths.js';
import type { NpmModel } from '../model.js';

export const installScripts = defineCheck<NpmModel>()({
  id: 'install-scripts',
  question: 'install-time-execution',
  title: 'A dependency runs install scripts',
  description:
    'A locked dependency declares install-time hooks (preinstall, install, postinstall, or an implicit node-gyp build): `npm install` and `npm ci` run them with the user\u2019s privileges unless the checkout\u2019s policy blocks them. This is how event-stream, ua-parser-js and many later compromises ran their payloads.',
  severity: 'high',
  confidence: 'high',
  messages: {
    runs: '{name}@{version} has install scripts and npm runs them by default (npm \u2264 11; npm \u2265 12 blocks them unless allowScripts lists the package)',
    blocked: '{name}@{version} has install scripts; ignore-scripts=true in {npmrc} blocks them',
  },
  remediation:
    'Review the package\u2019s scripts; block dependency scripts (`ignore-scripts=true` in .npmrc, or npm \u2265 12 / pnpm \u2265 10 defaults) and allow only the packages that need them.',
  limitations:
    'lockfileVersion 1 does not record install scripts, so v1 entries are never reported. The npm client version in force is not known from a package-lock alone.',
  reads: ['lockfile', 'client-config'],
  examples: { bad: ['install-scripts--transitive-lockfile-v3', 'install-scripts--blocked-by-npmrc'], good: ['clean--npm-ci-with-lockfile', 'clean--lockfile-v1-no-script-record'] },
  since: 'next',
  run(model, report) {
    for (const lock of model.locks) {
      // The nearest .npmrc at or above the lock decides (project config).
      const npmrc = model.npmrcs.filter((n) => isInside(lock.dir, n.dir)).sort((a, b) => b.dir.length - a.dir.length)[0];
      const ignore = npmrc && npmrcValue(npmrc, 'ignore-scripts');
      const blocked = ignore?.value === 'true';
      for (const entry of lock.entries) {
        if (entry.hasInstallScript !== true || entry.workspace) continue;
        const data = { name: entry.name, version: entry.version ?? '?', npmrc: npmrc?.path ?? '' };
        report({
          messageId: blocked ? 'blocked' : 'runs',
          severity: blocked ? 'info' : 'high',
          data,
          at: { doc: lock.doc, route: [...entry.route, 'hasInstallScript'], part: 'key' },
          package: entry.version ? { name: entry.name, version: entry.version } : { name: entry.name },
          ...(blocked && npmrc && ignore ? { related: [{ file: npmrc.path, line: ignore.line }] } : {}),
        });
      }
    }
  },
});

/** `yarnPath` / `yarn-path`: a checked-in JavaScript file that every yarn command runs. https://yarnpkg.com/configuration/yarnrc#yarnPath */
import { defineCheck } from '@inert/core';
import type { NpmModel } from '../model.js';

export const yarnPath = defineCheck<NpmModel>()({
  id: 'yarn-path',
  question: 'pre-install-execution',
  title: 'Yarn runs a checked-in JavaScript file on every command',
  description:
    '`yarnPath` in .yarnrc.yml (Yarn berry) or `yarn-path` in .yarnrc (Yarn classic) tells the globally installed yarn to hand over to the named file: every `yarn` command in the checkout, even `yarn --version` or `yarn install --ignore-scripts`, executes that JavaScript. It is the normal way to pin Yarn, and also a one-line way for a pull request to run arbitrary code on every developer and CI machine that types `yarn`.',
  severity: 'medium',
  confidence: 'high',
  messages: { yarnPath: '{file} sets {key} to {path}: every yarn command in this checkout runs that file' },
  remediation:
    'Review changes to the file like code (it is code); prefer Corepack with `packageManager: "yarn@x.y.z+sha512.…"`, which verifies a hash, over a checked-in release.',
  limitations: 'The file\u2019s content is not compared with an official Yarn release.',
  reads: ['client-config'],
  examples: { bad: ['yarn-path--berry-and-classic'], good: ['clean--yarn-berry-scripts-off'] },
  since: 'next',
  run(model, report) {
    for (const y of model.yarnrcYmls) {
      if (typeof y.value.yarnPath !== 'string') continue;
      report({
        messageId: 'yarnPath',
        data: { file: y.path, key: 'yarnPath', path: y.value.yarnPath },
        at: { doc: y.doc, route: ['yarnPath'], part: 'value' },
        key: y.path,
        evidence: y.value.yarnPath,
      });
    }
    for (const rc of model.yarnrcs) {
      for (const e of rc.entries) {
        if (e.key !== 'yarn-path') continue;
        report({
          messageId: 'yarnPath',
          data: { file: rc.path, key: 'yarn-path', path: e.value },
          at: { file: rc.path, line: e.line, column: e.valueColumn },
          key: rc.path,
          evidence: e.value,
        });
      }
    }
  },
});

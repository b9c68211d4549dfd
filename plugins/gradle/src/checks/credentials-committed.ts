/** Literal credentials in gradle.properties or build scripts. https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';
import { credentialsCommittedMeta } from './credentials-committed.meta.js';

const SECRET_KEY =
  /(?:password|passwd|secret|token|api[_.-]?key|signing[._-]?key|privatekey|publish\.key|inmemorykey)$/i;
// eslint-disable-next-line regexp/no-dupe-disjunctions, regexp/no-empty-alternative -- existing code flagged when lint was introduced; listed for review in docs/roadmap.md
const PLACEHOLDER = /^(?:|\s*|changeme|<.*>|\$\{.*\}|x{3,}|\*+)$/i;

export const credentialsCommitted = defineCheck<GradleModel>()({
  ...credentialsCommittedMeta,
  run(model, report) {
    for (const p of model.properties) {
      for (const e of p.entries) {
        if (/-----BEGIN PGP PRIVATE KEY BLOCK-----|-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----/.test(e.value)) {
          report({
            messageId: 'privateKey',
            data: { file: p.path, key: e.key },
            at: { file: p.path, line: e.line, column: 1 },
            key: e.key,
          });
          continue;
        }
        if (!SECRET_KEY.test(e.key) || PLACEHOLDER.test(e.value)) continue;
        report({
          messageId: 'property',
          data: { file: p.path, key: e.key, length: e.value.length },
          at: { file: p.path, line: e.line, column: 1 },
          key: e.key,
        });
      }
    }
    for (const s of model.scripts)
      for (const c of s.literalPasswords)
        report({ messageId: 'script', data: { file: s.path }, at: c.at, key: 'password' });
  },
});

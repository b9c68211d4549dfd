/** Literal registry credentials in a committed .npmrc, .yarnrc.yml or bunfig.toml. https://docs.npmjs.com/cli/configuring-npm/npmrc#auth-related-configuration */
import { defineCheck, type Pointer } from '@inert/core';
import { isRecord } from '../load/package-json.js';
import type { NpmModel } from '../model.js';
import { authTokenCommittedMeta } from './auth-token-committed.meta.js';

const NPMRC_KEY = /(?:^|:)(?:_authToken|_auth|_password)$/;
const YARN_KEYS = ['npmAuthToken', 'npmAuthIdent', 'npmAuthPassword'];

export const authTokenCommitted = defineCheck<NpmModel>()({
  ...authTokenCommittedMeta,
  run(model, report) {
    const hit = (file: string, key: string, value: unknown, at: Pointer) => {
      if (typeof value !== 'string' || value === '' || /^\$\{?[A-Z_][\w:-]*\}?$/i.test(value)) return;
      const npmToken = value.startsWith('npm_');
      report({
        messageId: npmToken ? 'npmToken' : 'literal',
        severity: npmToken ? 'critical' : 'high',
        data: { file, key, redacted: redact(value) },
        at,
        key: `${file}#${key}`,
      });
    };
    for (const npmrc of model.npmrcs) {
      for (const e of npmrc.entries)
        if (NPMRC_KEY.test(e.key))
          hit(npmrc.path, e.key, e.value, { file: npmrc.path, line: e.line, column: e.valueColumn });
    }
    for (const y of model.yarnrcYmls) {
      const scan = (obj: Record<string, unknown>, route: string[]) => {
        for (const k of YARN_KEYS)
          hit(y.path, [...route, k].join('.'), obj[k], { doc: y.doc, route: [...route, k], part: 'value' });
      };
      scan(y.value, []);
      for (const group of ['npmScopes', 'npmRegistries']) {
        const g = y.value[group];
        if (isRecord(g)) for (const [k, v] of Object.entries(g)) if (isRecord(v)) scan(v, [group, k]);
      }
    }
    for (const b of model.bunfigs) {
      const install = isRecord(b.value.install) ? b.value.install : {};
      const regs: [string[], unknown][] = [[['install', 'registry'], install.registry]];
      if (isRecord(install.scopes))
        for (const [k, v] of Object.entries(install.scopes)) regs.push([['install', 'scopes', k], v]);
      for (const [route, reg] of regs) {
        if (!isRecord(reg)) continue;
        for (const k of ['token', 'password'])
          hit(b.path, [...route, k].join('.'), reg[k], { doc: b.doc, route: [...route, k], part: 'value' });
      }
    }
  },
});

/** Never print a secret: keep a recognisable prefix only. */
function redact(value: string): string {
  return `${value.startsWith('npm_') ? 'npm_' : value.slice(0, 2)}\u2026 (${value.length} characters)`;
}

/** Literal registry credentials in a committed .npmrc, .yarnrc.yml or bunfig.toml. https://docs.npmjs.com/cli/configuring-npm/npmrc#auth-related-configuration */
import { defineCheck, type Pointer } from '@inert/core';
import { isRecord } from '../load/package-json.js';
import type { NpmModel } from '../model.js';

const NPMRC_KEY = /(?:^|:)(?:_authToken|_auth|_password)$/;
const YARN_KEYS = ['npmAuthToken', 'npmAuthIdent', 'npmAuthPassword'];

export const authTokenCommitted = defineCheck<NpmModel>()({
  id: 'auth-token-committed',
  question: 'publish-credentials',
  title: 'A registry credential is committed',
  description:
    'A committed config file holds a literal registry credential instead of an environment reference like `${NPM_TOKEN}`: `_authToken`, `_auth` or `_password` in .npmrc; `npmAuthToken`/`npmAuthIdent` (top level, per scope or per registry) in .yarnrc.yml; `token` or `password` of a registry in bunfig.toml. Anyone with read access to the repository (or its forks and caches) can use it; a token with publish rights lets them publish a malicious version. Tokens starting with `npm_` are npm access tokens and are reported as critical.',
  severity: 'high',
  severityRule: [
    {
      severity: 'critical',
      when: 'the value has the npm token shape (`npm_\u2026`): a live publish or read credential for the public registry',
    },
    { severity: 'high', when: 'any other literal credential value (not a `${VAR}` reference)' },
  ],
  confidence: 'high',
  messages: {
    literal: '{file} sets {key} to a literal credential ({redacted}); anyone who can read the repository can use it',
    npmToken:
      '{file} sets {key} to an npm access token ({redacted}); anyone who can read the repository can publish with it',
  },
  remediation:
    'Revoke the token now (npm token revoke), remove it from history, and reference an environment variable: `//registry.npmjs.org/:_authToken=${NPM_TOKEN}` (.npmrc), `npmAuthToken: "${NPM_TOKEN}"` (.yarnrc.yml), `token = "$NPM_TOKEN"` (bunfig.toml); publish from CI with trusted publishing (OIDC) instead of a stored token.',
  limitations:
    'Only .npmrc, .yarnrc.yml and bunfig.toml files in the tree are read; tokens in other files or in git history are not searched.',
  reads: ['client-config'],
  examples: {
    bad: ['auth-token-committed--literal-npm-token', 'auth-token-committed--yarnrc-yml-and-bunfig'],
    good: ['clean--npmrc-env-token'],
  },
  since: 'next',
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

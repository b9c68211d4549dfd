/**
 * Settings that turn off or bypass the Go checksum database. What the go command consults, from the
 * Go Modules Reference (https://go.dev/ref/mod#environment-variables) and cmd/go/internal/modfetch/sumdb.go
 * (`useSumDB`): `GOSUMDB=off`, or a module path matched by `GONOSUMDB`, which defaults to `GOPRIVATE`
 * when unset or empty (`envOr("GONOSUMDB", GOPRIVATE)`). Go 1.13 to 1.16 also skipped it for `go get
 * -insecure`; Go 1.17 removed that (go.dev/doc/go1.17: `go get` now fails on the flag).
 * Not bypasses: `GOINSECURE` ("does not disable module checksum database validation"), `GOPROXY=direct`
 * or `off` (the database is then contacted directly), and `GONOSUMCHECK`, which the go command does not read.
 */
import { defineCheck } from '@inert/core';
import { trimTrailing } from '@inert/core';
import type { EnvSetting, GoModel } from '../model.js';
import { where } from '../load/env.js';
import { checksumDbDisabledMeta } from './checksum-db-disabled.meta.js';

// Public hosts whose whole namespace a pattern can cover; a company's own domain is the documented use.
const PUBLIC_HOSTS = new Set([
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'golang.org',
  'google.golang.org',
  'gopkg.in',
  'go.googlesource.com',
  'k8s.io',
  'sigs.k8s.io',
  'gitee.com',
  'codeberg.org',
  'git.sr.ht',
  'go.uber.org',
  'go.opentelemetry.io',
  'cloud.google.com',
]);

/**
 * Whether a GONOSUMDB/GOPRIVATE glob covers a whole public host or more: each pattern matches path
 * prefixes element by element (path.Match), so `*`, `*.com`, `github.com`, and `github.com` followed
 * by `/*` elements only all cover every module on that host; `github.com/acme/*` covers one organisation.
 */
export function broadPattern(pattern: string): boolean {
  const elems = trimTrailing(pattern.trim(), '/').split('/');
  const [first, ...rest] = elems;
  if (!first || !rest.every((e) => e === '*')) return false;
  if (/^[*.]+$/.test(first) || /^\*\.[a-z]+$/i.test(first)) return true;
  return PUBLIC_HOSTS.has(first.toLowerCase());
}

/** `-insecure`, `--insecure`, `-insecure=true` in GOFLAGS (`-insecure=false` is not set). */
function insecureFlag(goflags: string): boolean {
  return goflags.split(/\s+/).some((word) => {
    const m = /^--?insecure(?:=(.*))?$/.exec(word);
    return m !== null && (m[1] === undefined || /^(?:[1tT]|TRUE|true|True)$/.test(m[1]));
  });
}

export const checksumDbDisabled = defineCheck<GoModel>()({
  ...checksumDbDisabledMeta,
  run(model, report) {
    const nosumdbFiles = new Set(
      model.env.filter((e) => e.name === 'GONOSUMDB' && e.value.trim() !== '').map((e) => e.at.file),
    );
    for (const e of model.env) {
      const hit = verdict(e, nosumdbFiles);
      if (hit)
        report({
          messageId: hit,
          ...(hit === 'legacyInsecure' ? { severity: 'medium' as const } : {}),
          data: { origin: where(e), name: e.name, value: e.value },
          at: e.at,
          key: `${e.name}=${e.value}`,
        });
    }
  },
});

function verdict(e: EnvSetting, nosumdbFiles: ReadonlySet<string>): 'off' | 'broad' | 'legacyInsecure' | undefined {
  if (e.name === 'GOSUMDB' && e.value.trim() === 'off') return 'off';
  if (e.name === 'GOFLAGS' && insecureFlag(e.value)) return 'legacyInsecure';
  if (e.name === 'GONOSUMDB' && e.value.split(',').some(broadPattern)) return 'broad';
  if (e.name === 'GOPRIVATE' && !nosumdbFiles.has(e.at.file) && e.value.split(',').some(broadPattern)) return 'broad';
  return undefined;
}

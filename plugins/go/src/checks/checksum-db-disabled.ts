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
  id: 'checksum-db-disabled',
  question: 'lockfile-integrity',
  title: 'The Go checksum database is turned off or bypassed',
  description:
    'The checkout sets `GOSUMDB=off`, or a `GONOSUMDB` pattern — or, where `GONOSUMDB` is unset, a `GOPRIVATE` pattern, which is its default — that covers a whole public code host. For those modules go no longer checks new versions against sum.golang.org, the public, append-only log that makes a module version\u2019s bytes the same for everyone; a compromised proxy or origin can then serve different code. `GOFLAGS=-insecure` is reported at medium severity: it made `go get` skip the database only on Go 1.13 to 1.16, and Go 1.17 and later refuse the flag. A pattern naming one organisation\u2019s modules (github.com/acme/*) or a company\u2019s own domain is the documented way to keep private modules private and is not reported. Not reported here because they leave the checksum database on: `GOINSECURE` (plain-HTTP fetches for direct downloads only), `GOPROXY=direct` or `off` (see go/proxy-config), and `GONOSUMCHECK`, a name the go command does not read.',
  severity: 'high',
  severityRule: [
    {
      severity: 'high',
      when: '`GOSUMDB=off`, or a `GONOSUMDB` (or, where it is unset, `GOPRIVATE`) pattern covering a whole public code host',
    },
    {
      severity: 'medium',
      when: '`GOFLAGS=-insecure`: it skipped the database only in `go get` on Go 1.13 to 1.16; Go 1.17 and later refuse the flag',
    },
  ],
  confidence: 'high',
  messages: {
    off: '{origin} sets GOSUMDB=off: no module is checked against the checksum database',
    broad: '{origin} sets {name}={value}: every module under that pattern skips the checksum database',
    legacyInsecure:
      '{origin} sets GOFLAGS={value}: Go 1.16 and older then skip the checksum database (and allow plain HTTP) in go get; Go 1.17 and later reject the flag',
  },
  remediation:
    'Remove the setting; for private modules set GOPRIVATE (or GONOSUMDB) to your own module path prefix only, e.g. `GOPRIVATE=github.com/acme/*`. For plain-HTTP private servers use `GOINSECURE`, which keeps checksum verification.',
  limitations:
    'Settings in the user\u2019s environment or `go env -w` files outside the checkout are not seen. A non-empty `GONOSUMDB` replaces `GOPRIVATE` for the checksum database; the check applies that only when both are set in the same file, so a `GONOSUMDB` in one CI job is taken to cover a `GOPRIVATE` in another job of the same workflow. Which hosts count as public is a fixed list (github.com, gitlab.com, bitbucket.org, golang.org, gopkg.in and a few more) plus wildcard-only patterns.',
  reads: ['client-config'],
  examples: {
    bad: ['checksum-db-disabled--ci-env-and-dockerfile'],
    good: ['clean--goprivate-own-org', 'clean--goinsecure-and-unknown-vars'],
  },
  since: 'next',
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

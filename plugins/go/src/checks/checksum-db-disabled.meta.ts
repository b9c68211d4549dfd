/** The metadata of go/checksum-db-disabled: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const checksumDbDisabledMeta = {
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
} as const satisfies CheckMeta;

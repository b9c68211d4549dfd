/** Settings that turn off or bypass the Go checksum database. https://go.dev/ref/mod#private-module-privacy */
import { defineCheck } from '@inert/core';
import type { EnvSetting, GoModel } from '../model.js';
import { where } from '../load/env.js';

// Patterns that cover public code hosts, not one organisation: everything from there skips sum.golang.org.
const BROAD = /^(\*|\*\.?[a-z]+|[a-z0-9.-]+\.(com|org|io|net|dev|in)(\/\*)?)$/i;

export const checksumDbDisabled = defineCheck<GoModel>()({
  id: 'checksum-db-disabled',
  question: 'lockfile-integrity',
  title: 'The Go checksum database is turned off or bypassed',
  description:
    'The checkout sets `GOSUMDB=off`, `GOINSECURE`, `GOFLAGS=-insecure`, or a `GONOSUMDB`/`GONOSUMCHECK`/`GOPRIVATE` pattern that covers a whole public code host. For those modules go no longer checks new versions against sum.golang.org, the public, append-only log that makes a module version\u2019s bytes the same for everyone; a compromised proxy or origin can then serve different code. A pattern naming one organisation\u2019s modules (github.com/acme/*) is the documented way to keep private modules private and is not reported.',
  severity: 'high',
  confidence: 'high',
  messages: {
    off: '{origin} sets GOSUMDB=off: no module is checked against the checksum database',
    broad: '{origin} sets {name}={value}: every module under that pattern skips the checksum database',
    insecure: '{origin} sets {name}={value}: modules under that pattern may be fetched without TLS and without checksum verification',
  },
  remediation: 'Remove the setting; for private modules set GOPRIVATE (or GONOSUMDB) to your own module path prefix only, e.g. `GOPRIVATE=github.com/acme/*`.',
  limitations: 'Settings in the user\u2019s environment or `go env -w` files outside the checkout are not seen.',
  reads: ['client-config'],
  examples: { bad: ['checksum-db-disabled--ci-env-and-dockerfile'], good: ['clean--goprivate-own-org'] },
  since: 'next',
  run(model, report) {
    for (const e of model.env) {
      const hit = verdict(e);
      if (hit) report({ messageId: hit, data: { origin: where(e), name: e.name, value: e.value }, at: e.at, key: `${e.name}=${e.value}` });
    }
  },
});

function verdict(e: EnvSetting): 'off' | 'broad' | 'insecure' | undefined {
  if (e.name === 'GOSUMDB' && e.value.trim() === 'off') return 'off';
  if (e.name === 'GOINSECURE' && e.value.trim() !== '') return 'insecure';
  if (e.name === 'GOFLAGS' && /(^|\s)-insecure\b/.test(e.value)) return 'insecure';
  if ((e.name === 'GONOSUMDB' || e.name === 'GONOSUMCHECK' || e.name === 'GOPRIVATE') && e.value.split(',').some((p) => BROAD.test(p.trim()))) return 'broad';
  return undefined;
}

/** The metadata of go/proxy-config: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const proxyConfigMeta = {
  id: 'proxy-config',
  question: 'multi-source-resolution',
  title: 'Go modules come from a non-default proxy or straight from origin',
  description:
    'The checkout sets `GOPROXY` to something other than the default (`https://proxy.golang.org,direct`): `direct` fetches every module from its origin repository (a moved tag changes the bytes; only the checksum database notices), a custom proxy decides what every module resolves to, and a `|` separator falls back to the next source on any error, not only on "not found".',
  severity: 'medium',
  severityRule: [
    {
      severity: 'medium',
      when: '`GOPROXY=direct` or a `|` fallback: modules come from origin repositories or fall back on any error',
    },
    { severity: 'low', when: 'a single non-default proxy: it decides what every module resolves to' },
    { severity: 'info', when: '`GOPROXY=off`: nothing is downloaded' },
  ],
  confidence: 'high',
  messages: {
    direct: '{origin} sets GOPROXY={value}: modules are fetched from their origin repositories, not a proxy',
    custom: '{origin} sets GOPROXY={value}: a non-default proxy decides what every module resolves to',
    pipe: '{origin} sets GOPROXY={value}: `|` falls back to the next source on any error, including a proxy that is down or blocked',
    off: '{origin} sets GOPROXY=off: no module can be downloaded (builds use the module cache or vendor/ only)',
  },
  remediation:
    'Keep the default, or a single trusted proxy with `,direct` fallback; keep the checksum database on either way. A host your organisation runs belongs under `allow.hosts.go` in inert.config.json: its findings are then kept as accepted, with that reason.',
  limitations:
    'Corporate proxies are often expected: list the proxy\u2019s host under `allow.hosts.go` in the config (a single custom proxy, with or without `,direct`, is then accepted).',
  reads: ['client-config'],
  examples: { bad: ['proxy-config--direct-and-pipe'], good: ['clean--goprivate-own-org'] },
  since: 'next',
} as const satisfies CheckMeta;

/** GOPROXY settings other than the default proxy with a direct fallback. https://go.dev/ref/mod#goproxy-protocol */
import { defineCheck } from '@inert/core';
import type { GoModel } from '../model.js';
import { where } from '../load/env.js';

const DEFAULT = 'https://proxy.golang.org,direct';

export const proxyConfig = defineCheck<GoModel>()({
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
  run(model, report) {
    for (const e of model.env) {
      if (e.name !== 'GOPROXY') continue;
      const v = e.value.trim();
      if (v === '' || v === DEFAULT) continue;
      const messageId = v === 'off' ? 'off' : v.includes('|') ? 'pipe' : v === 'direct' ? 'direct' : 'custom';
      report({
        messageId,
        severity: messageId === 'off' ? 'info' : messageId === 'custom' ? 'low' : 'medium',
        data: { origin: where(e), value: v },
        at: e.at,
        key: `GOPROXY=${v}`,
        ...(messageId === 'custom' ? proxyHost(v) : {}),
      });
    }
  },
});

/** A custom GOPROXY list served by one host (plus `direct`/`off` fallbacks): that host, for `allow.hosts`. */
function proxyHost(value: string): { host?: string } {
  const hosts = new Set<string>();
  for (const part of value.split(/[,|]/).map((p) => p.trim())) {
    if (part === 'direct' || part === 'off' || part === '') continue;
    try {
      hosts.add(new URL(/^[a-z]+:\/\//.test(part) ? part : `https://${part}`).hostname);
    } catch {
      return {};
    }
  }
  return hosts.size === 1 ? { host: [...hosts][0]! } : {};
}

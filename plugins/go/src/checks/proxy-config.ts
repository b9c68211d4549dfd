/** GOPROXY settings other than the default proxy with a direct fallback. https://go.dev/ref/mod#goproxy-protocol */
import { defineCheck } from '@inert/core';
import type { GoModel } from '../model.js';
import { where } from '../load/env.js';
import { proxyConfigMeta } from './proxy-config.meta.js';

const DEFAULT = 'https://proxy.golang.org,direct';

export const proxyConfig = defineCheck<GoModel>()({
  ...proxyConfigMeta,
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

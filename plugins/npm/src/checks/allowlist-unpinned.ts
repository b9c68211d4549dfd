/** Script allowlist entries by bare name, which let any future version run code. https://docs.npmjs.com/cli/v12/commands/npm-install-scripts */
import { defineCheck } from '@inert/core';
import type { NpmModel } from '../model.js';
import { allowlistUnpinnedMeta } from './allowlist-unpinned.meta.js';

export const allowlistUnpinned = defineCheck<NpmModel>()({
  ...allowlistUnpinnedMeta,
  run(model, report) {
    const seen = new Set<string>();
    for (const p of model.policies.values()) {
      for (const r of p.rules) {
        const id = `${r.label}#${r.key}`;
        if (!r.allow || r.version !== undefined || seen.has(id)) continue;
        seen.add(id);
        const bun = p.client === 'bun';
        report({
          messageId: bun ? 'bunName' : 'bare',
          ...(bun ? { severity: 'info' as const } : {}),
          data: { key: r.key, label: r.label, name: r.name },
          at: r.at,
          key: id,
        });
      }
    }
  },
});

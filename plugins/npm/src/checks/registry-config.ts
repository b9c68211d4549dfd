/** Non-default registries for unscoped and scoped packages, and unscoped names served by more than one host. https://docs.npmjs.com/cli/using-npm/scope#associating-a-scope-with-a-registry */
import { defineCheck } from '@inert/core';
import { DEFAULT_REGISTRY_HOSTS, hostOf } from '../load/registries.js';
import type { NpmModel } from '../model.js';
import { registryConfigMeta } from './registry-config.meta.js';

export const registryConfig = defineCheck<NpmModel>()({
  ...registryConfigMeta,
  run(model, report) {
    for (const r of model.registries) {
      const host = hostOf(r.url);
      if (r.scope)
        report({
          messageId: 'scoped',
          data: { file: r.file, scope: r.scope, url: r.url },
          at: r.at,
          key: `${r.file}#${r.key}`,
          ...(host ? { host } : {}),
        });
      else if (!DEFAULT_REGISTRY_HOSTS.has(host ?? ''))
        report({
          messageId: 'unscoped',
          data: { file: r.file, url: r.url, key: r.key },
          at: r.at,
          key: `${r.file}#${r.key}`,
          ...(host ? { host } : {}),
        });
    }
    // one finding per pair of directories-in-a-project that disagree
    const unscoped = model.registries.filter((r) => !r.scope);
    for (const r of unscoped) {
      const other = unscoped.find(
        (o) => o !== r && o.dir === r.dir && o.file < r.file && hostOf(o.url) !== hostOf(r.url),
      );
      if (!other) continue;
      report({
        messageId: 'conflict',
        severity: 'medium',
        data: { url: r.url, file: r.file, otherUrl: other.url, otherFile: other.file },
        at: r.at,
        related: [other.at],
        key: `${r.file}#conflict`,
      });
    }
  },
});

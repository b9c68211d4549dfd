/** Registry or tarball lock entries with no content hash. https://docs.npmjs.com/cli/configuring-npm/package-lock-json#packages */
import { defineCheck } from '@inert/core';
import { sourceOf } from '../load/inventory.js';
import type { NpmModel } from '../model.js';

export const lockEntryWithoutIntegrity = defineCheck<NpmModel>()({
  id: 'lock-entry-without-integrity',
  question: 'lockfile-integrity',
  title: 'A lock entry pins a version but no content hash',
  description:
    'A package-lock entry fetched from a registry or a tarball URL has no `integrity`: npm installs whatever bytes the server returns for that URL. The lock then pins a name and version, and trusts the registry never to change the bytes behind them. Git, file, link and workspace entries legitimately have no integrity and are not reported; neither are bundled dependencies, which arrive inside their parent\u2019s tarball.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    missing: '{name}@{version} is locked from {source} without an integrity hash: any bytes served for it are accepted',
  },
  remediation: 'Regenerate the entry so npm records `integrity` (delete it and run `npm install --package-lock-only`), and review why it was missing.',
  limitations: 'An integrity added by hand is not verified against the registry (inert is offline).',
  reads: ['lockfile'],
  examples: { bad: ['lock-entry-without-integrity--registry-entry'], good: ['clean--npm-ci-with-lockfile'] },
  since: 'next',
  run(model, report) {
    for (const lock of model.locks) {
      for (const entry of lock.entries) {
        if (entry.integrity || entry.bundled) continue;
        const source = sourceOf(entry);
        if (source.kind !== 'registry' && source.kind !== 'url') continue;
        report({
          messageId: 'missing',
          data: { name: entry.name, version: entry.version ?? '?', source: entry.resolved ?? 'the default registry' },
          at: { doc: lock.doc, route: entry.route, part: 'key' },
          package: entry.version ? { name: entry.name, version: entry.version } : { name: entry.name },
        });
      }
    }
  },
});

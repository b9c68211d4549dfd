/** Lock entries whose only content hash is sha1 (or weaker). https://docs.npmjs.com/cli/configuring-npm/package-lock-json#packages */
import { defineCheck } from '@inert/core';
import { integrityAlgorithm } from '../load/inventory.js';
import type { NpmModel } from '../model.js';
import { entryData, fetchedEntries, pkgRef } from '../support.js';

export const weakIntegrity = defineCheck<NpmModel>()({
  id: 'weak-integrity',
  question: 'lockfile-integrity',
  title: 'A lock entry is pinned only by sha1',
  description:
    'The entry\u2019s only content hash is sha1 (old package-lock v1 entries, yarn classic entries that carry only the `#sha1` fragment of the tarball URL). sha1 collisions are practical, so a registry or mirror that can choose the bytes can serve a different tarball with the same hash. Entries with sha512 (alone or next to sha1) are not reported.',
  severity: 'low',
  confidence: 'high',
  messages: { sha1: '{name}@{version} is pinned only by {algorithm}, which no longer resists a chosen collision' },
  remediation:
    'Regenerate the lockfile with a current client so it records sha512 (`npm install --package-lock-only` after deleting the entry, `yarn install` with a current yarn).',
  limitations: 'The hash itself is not checked against the registry.',
  reads: ['lockfile'],
  examples: { bad: ['weak-integrity--sha1-entries'], good: ['clean--npm-ci-with-lockfile'] },
  since: 'next',
  run(model, report) {
    for (const [, e] of fetchedEntries(model)) {
      const algorithm = integrityAlgorithm(e);
      if (algorithm !== 'sha1' && algorithm !== 'md5') continue;
      report({ messageId: 'sha1', data: { ...entryData(e), algorithm }, at: e.at, package: pkgRef(e) });
    }
  },
});

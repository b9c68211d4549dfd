/**
 * A check written as the shipped plugins write it (docs/decisions/0031): its metadata in a data
 * module (`as const satisfies CheckMeta`), the check spreading it. The message ids the metadata
 * declares still type `report({ messageId })`: `tsc -b` (run by `pnpm test` and `pnpm lint`) fails on
 * the unused `@ts-expect-error` below if a misspelt message id ever type-checks.
 */
import { describe, expect, it } from 'vitest';
import { defineCheck, type CheckMeta, type Hit } from './check.js';
import { fileStart } from './pointer.js';

const lockfileMissingMeta = {
  id: 'lockfile-missing',
  question: 'lockfile-integrity',
  title: 'A manifest has no lockfile',
  description: 'A manifest declares dependencies and no lockfile pins them.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    missing: '{file} declares dependencies and no lockfile pins them',
    empty: '{file} is an empty lockfile',
  },
  remediation: 'Commit the lockfile.',
  limitations: 'None worth a test.',
  reads: ['manifest', 'lockfile'],
  examples: { bad: ['lockfile-missing--plain'], good: ['clean--locked'] },
  since: 'next',
} as const satisfies CheckMeta;

interface Model {
  manifests: readonly { file: string; locked: boolean; empty: boolean }[];
}

const lockfileMissing = defineCheck<Model>()({
  ...lockfileMissingMeta,
  run(model, report) {
    for (const m of model.manifests) {
      if (m.locked && !m.empty) continue;
      if (m.file === 'never') {
        // @ts-expect-error 'misssing' is not a message id of lockfileMissingMeta
        report({ messageId: 'misssing', data: { file: m.file }, at: fileStart(m.file) });
      }
      report({ messageId: m.empty ? 'empty' : 'missing', data: { file: m.file }, at: fileStart(m.file) });
    }
  },
});

describe('a check that spreads its metadata module', () => {
  it('is the metadata, field for field, plus run', () => {
    expect(Object.keys(lockfileMissing)).toEqual([...Object.keys(lockfileMissingMeta), 'run']);
    const check = lockfileMissing as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(lockfileMissingMeta)) expect(check[key], key).toBe(value);
  });

  it('reports with the message ids its metadata declares', () => {
    const hits: Hit[] = [];
    lockfileMissing.run(
      {
        manifests: [
          { file: 'a/package.json', locked: false, empty: false },
          { file: 'b/package.json', locked: true, empty: true },
          { file: 'c/package.json', locked: true, empty: false },
        ],
      },
      (hit) => hits.push(hit),
    );
    expect(hits.map((h) => [h.messageId, h.data?.file])).toEqual([
      ['missing', 'a/package.json'],
      ['empty', 'b/package.json'],
    ]);
    for (const h of hits) expect(Object.keys(lockfileMissing.messages)).toContain(h.messageId);
  });
});

/**
 * Answers per question and ecosystem, derived from coverage (Scorecard-style outcomes): a finding
 * makes a question `exposed`; relevant files all read and nothing found is `not-observed`; no
 * relevant files is `not-applicable`; relevant files unread or opaque is `unknown`. An `info`
 * finding is evidence that needs no action (a hook the policy blocks, a monorepo's own replacement):
 * it does not make a question exposed, and is counted in `informational` instead.
 */
import type { CheckMeta } from './check.js';
import type { Finding } from './finding.js';
import type { FileKind } from './files.js';
import { QUESTIONS } from './questions.js';
import type { Answer, ScannedFile } from './result.js';

export interface EcosystemCoverage {
  ecosystem: string;
  checks: readonly CheckMeta[];
  files: readonly ScannedFile[];
}

export function deriveAnswers(coverage: readonly EcosystemCoverage[], findings: readonly Finding[]): Answer[] {
  const answers: Answer[] = [];
  for (const { ecosystem, checks, files } of coverage) {
    if (files.length === 0) continue;
    for (const q of QUESTIONS) {
      const relevant = checks.filter((c) => c.question === q.id);
      const mineFound = findings.filter(
        (f) => f.ecosystem === ecosystem && f.question === q.id && !f.check.startsWith('core/'),
      );
      const hits = mineFound.filter((f) => f.severity !== 'info').length;
      const info = mineFound.length - hits;
      if (hits > 0) {
        answers.push({ question: q.id, ecosystem, status: 'exposed', findings: hits });
        continue;
      }
      const before = answers.length;
      if (relevant.length === 0) {
        answers.push({
          question: q.id,
          ecosystem,
          status: 'unknown',
          findings: 0,
          reason: 'no inert check of this ecosystem answers this question from a checkout yet',
          assessed: false,
        });
        continue;
      }
      const kinds = new Set<FileKind>(relevant.flatMap((c) => c.reads));
      const mine = files.filter((f) => kinds.has(f.kind));
      const unread = mine.filter((f) => f.status === 'unparsed' || f.status === 'opaque' || f.status === 'skipped');
      if (mine.length === 0) {
        answers.push({
          question: q.id,
          ecosystem,
          status: 'not-applicable',
          findings: 0,
          reason: `no ${[...kinds].join(' or ')} files`,
        });
      } else if (unread.length > 0) {
        answers.push({
          question: q.id,
          ecosystem,
          status: 'unknown',
          findings: 0,
          reason: `could not read ${unread
            .map((f) => f.path)
            .slice(0, 5)
            .join(', ')}${unread.length > 5 ? ' …' : ''}`,
        });
      } else {
        answers.push({ question: q.id, ecosystem, status: 'not-observed', findings: 0 });
      }
      if (info > 0 && answers.length > before) answers[answers.length - 1]!.informational = info;
    }
  }
  return answers;
}

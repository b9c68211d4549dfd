import { describe, expect, it } from 'vitest';
import { deriveAnswers } from './answers.js';
import type { CheckMeta } from './check.js';
import type { Finding } from './finding.js';
import type { Severity } from './severity.js';

const check = { id: 'replace-local-path', question: 'lockfile-integrity', reads: ['manifest'] } as unknown as CheckMeta;
const files = [{ path: 'go.mod', ecosystem: 'go', kind: 'manifest', status: 'parsed' }] as never;
const finding = (severity: Severity, line: number): Finding => ({
  check: 'go/replace-local-path',
  messageId: 'local',
  question: 'lockfile-integrity',
  ecosystem: 'go',
  severity,
  confidence: 'high',
  message: 'm',
  location: { path: 'go.mod', line, column: 1 },
  remediation: 'r',
  fingerprint: `f${line}`,
});
const lockfileIntegrity = (findings: Finding[]) =>
  deriveAnswers([{ ecosystem: 'go', checks: [check], files }], findings).find(
    (a) => a.question === 'lockfile-integrity',
  );

describe('deriveAnswers', () => {
  it('a finding above info makes the question exposed, counting only those findings', () => {
    expect(lockfileIntegrity([finding('medium', 1), finding('info', 2), finding('low', 3)])).toEqual({
      question: 'lockfile-integrity',
      ecosystem: 'go',
      status: 'exposed',
      findings: 2,
    });
  });

  it('info findings alone (a monorepo replacing modules by its own directories) leave it not observed, counted as informational', () => {
    expect(lockfileIntegrity([finding('info', 1), finding('info', 2)])).toEqual({
      question: 'lockfile-integrity',
      ecosystem: 'go',
      status: 'not-observed',
      findings: 0,
      informational: 2,
    });
  });

  it('no findings: not observed, without an informational count', () => {
    expect(lockfileIntegrity([])).toEqual({
      question: 'lockfile-integrity',
      ecosystem: 'go',
      status: 'not-observed',
      findings: 0,
    });
  });
});

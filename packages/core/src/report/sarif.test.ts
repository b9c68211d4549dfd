import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue.js';
import type { ScanResult } from '../result.js';
import { renderSarif } from './sarif.js';

const schema = JSON.parse(
  readFileSync(new URL('../../testdata/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
// The vendored schema is draft-04; ajv 8 reads it once `id`/`$schema` are mapped to draft-07 spelling.
const { id, $schema: _draft, ...rest } = schema;
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s));
ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s));
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
const validate = ajv.compile({ ...rest, $id: id as string });

const result: ScanResult = {
  schemaVersion: 1,
  tool: { name: 'inert', version: '0.1.0' },
  root: '/tmp/checkout with space',
  findings: [
    {
      check: 'core/unparsed-file',
      messageId: 'invalid',
      question: 'lockfile-integrity',
      ecosystem: 'npm',
      severity: 'info',
      confidence: 'high',
      message: 'package-lock.json could not be parsed',
      location: { path: 'dir #1/package-lock.json', line: 6, column: 45 },
      related: [{ path: '.npmrc', line: 2, column: 1 }],
      package: { name: '@s/x', version: '1.0.0' },
      evidence: 'x\u001b[31m',
      remediation: 'Fix it.',
      fingerprint: '0123456789abcdef0123456789abcdef',
    },
  ],
  answers: [],
  inventory: { packages: [], sources: [], hooks: [], executableManifests: [], commands: [], clients: [] },
  files: [],
};

/** The parts of a SARIF log these tests read (the schema validation checks the whole). */
interface SarifLog {
  runs: {
    tool: {
      driver: { rules: { id: string; shortDescription: { text: string }; properties: Record<string, string> }[] };
    };
    results: {
      properties: { severity: string };
      partialFingerprints: Record<string, string>;
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: { toolExecutionNotifications: { message: { text: string } }[] }[];
  }[];
}
const sarifOf = (text: string) => JSON.parse(text) as SarifLog;

describe('renderSarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    const sarif = sarifOf(
      renderSarif(result, { checks: catalogue([]), docsBaseUrl: 'https://example.com/inert/blob/main/' }),
    );
    const ok = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('carries rule metadata, partial fingerprints and percent-encoded paths', () => {
    const sarif = sarifOf(renderSarif(result, { checks: catalogue([]) }));
    const run = sarif.runs[0]!;
    const rule = run.tool.driver.rules.find((r) => r.id === 'core/unparsed-file')!;
    expect(rule.shortDescription.text).toBe('A claimed file could not be read or parsed');
    expect(rule.properties['security-severity']).toBe('1.0');
    expect(run.results[0]!.partialFingerprints).toEqual({ 'inert/v1': '0123456789abcdef0123456789abcdef' });
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('dir%20%231/package-lock.json');
    expect(run.originalUriBaseIds.ROOT!.uri).toBe('file:///tmp/checkout%20with%20space/');
  });

  it('the schema check can fail', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: {} }] })).toBe(false);
  });
});

describe('renderSarif limits', () => {
  it('keeps the most severe results within maxResults and says so', () => {
    const many = {
      ...result,
      findings: [
        { ...result.findings[0]!, severity: 'info' as const },
        { ...result.findings[0]!, severity: 'critical' as const, fingerprint: 'f'.repeat(32) },
      ],
    };
    const sarif = sarifOf(renderSarif(many, { checks: catalogue([]), maxResults: 1 }));
    expect(sarif.runs[0]!.results.map((r) => r.properties.severity)).toEqual(['critical']);
    expect(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications[0]!.message.text).toContain(
      '1 of 2 results were left out',
    );
    expect(validate(sarif)).toBe(true);
  });

  it('drops the least severe results until the output fits maxBytes, and says so', () => {
    const findings = Array.from({ length: 400 }, (_, i) => ({
      ...result.findings[0]!,
      severity: (i % 2 ? 'info' : 'high') as 'info' | 'high',
      message: `finding ${i} ${'x'.repeat(200)}`,
      fingerprint: i.toString(16).padStart(32, '0'),
    }));
    const whole = renderSarif({ ...result, findings }, { checks: catalogue([]) });
    const limit = Math.floor(Buffer.byteLength(whole) / 3);
    const text = renderSarif({ ...result, findings }, { checks: catalogue([]), maxBytes: limit });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(limit);
    const sarif = sarifOf(text);
    const kept = sarif.runs[0]!.results;
    expect(kept.length).toBeGreaterThan(50);
    expect(kept.length).toBeLessThan(400);
    expect(kept.every((r) => r.properties.severity === 'high')).toBe(true);
    expect(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications[0]!.message.text).toMatch(
      new RegExp(`^${400 - kept.length} of 400 results were left out.*\\(${limit} bytes\\)`),
    );
    expect(validate(sarif)).toBe(true);
  });
});

describe('renderSarif path prefix', () => {
  it('places results and the locations of what could not be read under the same prefix', () => {
    const incomplete: ScanResult = {
      ...result,
      root: '/repo/services/api',
      incomplete: [{ path: 'yarn.lock', reason: 'over the size limit' }],
    };
    const sarif = JSON.parse(renderSarif(incomplete, { checks: catalogue([]), pathPrefix: 'services/api' })) as {
      runs: {
        results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
        invocations: {
          toolExecutionNotifications: { locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
        }[];
      }[];
    };
    const run = sarif.runs[0]!;
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'services/api/dir%20%231/package-lock.json',
    );
    const located = run.invocations[0]!.toolExecutionNotifications.flatMap((n) => n.locations ?? []);
    expect(located.map((l) => l.physicalLocation.artifactLocation.uri)).toEqual(['services/api/yarn.lock']);
  });
});

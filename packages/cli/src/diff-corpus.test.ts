/**
 * corpus/diff: pairs of checkouts (`base/`, `head/`) and what `inert diff base head` must say about
 * the change (`expected.json`): new and removed findings, dependency, source, command and advisory
 * changes, and the exit code. A case with an `osv-db/` folder is diffed with `--osv` on it. Every
 * list in the expectation is compared exactly (an absent one must be empty). Every JSON diff also
 * matches packages/core/diff.schema.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { DiffResult, Finding, InventoryCommand, InventoryPackage, NewFinding } from '@inert/core';
import { runCaptured } from './captured.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const corpus = join(repo, 'corpus/diff');
const cases = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(corpus, d.name, 'expected.json')))
  .map((d) => d.name)
  .sort();

const pkg = (p: InventoryPackage) => `${p.ecosystem} ${p.name}@${p.version ?? ''}`;
const command = (c: InventoryCommand) => `${c.file}:${c.line} ${c.action} ${c.command}`;
const finding = (f: Finding | NewFinding) => ({
  check: f.check,
  path: f.location.path,
  line: f.location.line,
  severity: f.severity,
  ...(f.package ? { package: `${f.package.name}@${f.package.version ?? ''}` } : {}),
  ...('previous' in f && f.previous ? { was: f.previous.severity } : {}),
});

/** The diff as an expected.json states it: short strings, every list present. */
export function summarizeDiff(d: DiffResult, exitCode: number) {
  return {
    exitCode,
    new: d.findings.new.map(finding),
    newSuppressed: d.findings.newSuppressed.map(finding),
    gone: d.findings.gone.map(finding),
    unchanged: d.findings.unchanged,
    dependencies: {
      added: d.dependencies.added.map(pkg),
      removed: d.dependencies.removed.map(pkg),
      changed: d.dependencies.changed.map((c) => `${pkg(c.before)} → ${c.after.version ?? ''}`),
      installTime: d.dependencies.installTime.map(pkg),
      integrityLost: d.dependencies.integrityLost.map((c) => pkg(c.after)),
    },
    sources: {
      added: d.sources.added.map((s) => `${s.ecosystem} ${s.url} (${s.role})`),
      removed: d.sources.removed.map((s) => `${s.ecosystem} ${s.url} (${s.role})`),
    },
    commands: {
      added: d.commands.added.map(command),
      removed: d.commands.removed.map(command),
      weakened: d.commands.weakened.map((w) => `${command(w.after)}: ${w.change}`),
    },
    advisories: {
      added: d.advisories.added.map((a) => `${a.id} ${a.ecosystem} ${a.package}@${a.version}`),
      removed: d.advisories.removed.map((a) => `${a.id} ${a.ecosystem} ${a.package}@${a.version}`),
    },
    files: d.files,
  };
}

type Summary = ReturnType<typeof summarizeDiff>;
const EMPTY: Summary = {
  exitCode: 0,
  new: [],
  newSuppressed: [],
  gone: [],
  unchanged: 0,
  dependencies: { added: [], removed: [], changed: [], installTime: [], integrityLost: [] },
  sources: { added: [], removed: [] },
  commands: { added: [], removed: [], weakened: [] },
  advisories: { added: [], removed: [] },
  files: { added: [], removed: [] },
};

/** The case's expectation with every absent list filled in as empty. */
function expectation(name: string): Summary {
  const raw = JSON.parse(readFileSync(join(corpus, name, 'expected.json'), 'utf8')) as Partial<Summary> & {
    description: string;
  };
  const { description: _description, ...given } = raw;
  const out = { ...EMPTY, ...given } as Summary;
  for (const key of ['dependencies', 'sources', 'commands', 'advisories', 'files'] as const)
    (out as Record<string, unknown>)[key] = { ...EMPTY[key], ...(given[key] ?? {}) };
  return out;
}

export async function diffCase(name: string, extra: string[] = []) {
  const dir = join(corpus, name);
  const osv = existsSync(join(dir, 'osv-db')) ? ['--osv', join(dir, 'osv-db')] : [];
  return runCaptured(['diff', join(dir, 'base'), join(dir, 'head'), ...osv, ...extra], repo);
}

describe('corpus/diff', () => {
  it('has a case for every kind of change', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'new-dependency-with-install-script',
        'new-registry-source',
        'lost-integrity-hash',
        'strict-install-turned-lax',
        'new-publish-token',
        'new-privileged-workflow',
        'moved-finding-not-new',
        'removed-finding',
        'new-malicious-version',
      ]),
    );
  });

  it.each(cases)('%s', async (name) => {
    const r = await diffCase(name, ['--format', 'json']);
    expect(r.stderr.replace(/^inert: diff incomplete.*\n/m, '')).toBe('');
    const diff = JSON.parse(r.stdout) as DiffResult;
    expect(diff.inertDiff).toBe(1);
    expect(summarizeDiff(diff, r.code)).toEqual(expectation(name));
  });
});

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../core/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const result = read('result.schema.json');
const diff = read('diff.schema.json');
const validateDiff = new Ajv({ strict: true, allErrors: true }).addSchema(result).compile(diff);

function schemaErrors(value: unknown): string[] {
  return validateDiff(value)
    ? []
    : (validateDiff.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

type Json = Record<string, unknown>;

// `inert diff --format json` matches its published schema (packages/core/diff.schema.json, which takes
// finding and inventory shapes from result.schema.json) on every pair.
describe('diff.schema.json (#26)', () => {
  it.each(cases)('describes the JSON diff of corpus/diff/%s', async (name) => {
    const r = await diffCase(name, ['--format', 'json']);
    expect(schemaErrors(JSON.parse(r.stdout)), name).toEqual([]);
  });

  it('has the shapes the corpus needs to exercise it: a new finding with previous, packages, commands', async () => {
    const bump = JSON.parse((await diffCase('version-bump-with-install-script', ['--format', 'json'])).stdout) as {
      findings: { new: Json[] };
      dependencies: { changed: Json[] };
    };
    expect(bump.findings.new.some((f) => f.previous !== undefined)).toBe(true);
    expect(bump.dependencies.changed.length).toBeGreaterThan(0);
    const lax = JSON.parse((await diffCase('strict-install-turned-lax', ['--format', 'json'])).stdout) as {
      commands: { weakened: Json[] };
    };
    expect(lax.commands.weakened.length).toBeGreaterThan(0);
  });

  it('refuses a diff that breaks it', async () => {
    const json = JSON.parse((await diffCase('version-bump-with-install-script', ['--format', 'json'])).stdout) as {
      findings: { new: Json[] };
      dependencies: { changed: { after: Json }[] };
      inertDiff: unknown;
      extra?: unknown;
    };
    const broken = structuredClone(json);
    delete broken.findings.new[0]!.fingerprint;
    (broken.findings.new[0]!.previous as Json).severity = 'severe';
    broken.dependencies.changed[0]!.after.extra = 1;
    broken.inertDiff = 2;
    broken.extra = true;
    const found = schemaErrors(broken).join('\n');
    expect(found).toMatch(/fingerprint/);
    expect(found).toMatch(/previous\/severity/);
    expect(found).toMatch(/changed\/0\/after/);
    expect(found).toMatch(/inertDiff/);
    expect(found).toMatch(/additional/);
  });

  it("keeps a new finding's fields those of a scan finding, plus previous", () => {
    const finding = (result.properties as Json).findings as { items: Json };
    const rebased = JSON.parse(JSON.stringify(finding.items).replace(/"\$ref":"#/g, '"$ref":"result.schema.json#')) as {
      properties: Json;
      required: unknown;
    };
    const newFinding = (diff.definitions as Json).newFinding as { properties: Json; required: unknown };
    const { previous: _previous, ...fields } = newFinding.properties;
    expect(fields).toEqual(rebased.properties);
    expect(newFinding.required).toEqual(rebased.required);
  });
});

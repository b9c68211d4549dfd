/** Corpus harness: scan a case directory and compare its findings with `expected.json` exactly. */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from '../finding.js';
import type { AnyPlugin } from '../plugin.js';
import type { ScanResult } from '../result.js';
import { scan, type ScanConfig } from '../scan.js';
import { DirectorySource } from '../source/directory-source.js';
import { loadOsvDatabase } from '../osv/database.js';

/** One expected finding; `column` and `package` are compared only when given. */
export interface ExpectedFinding {
  check: string;
  messageId?: string;
  path: string;
  line: number;
  column?: number;
  package?: { name: string; version?: string };
  severity?: string;
}

export interface Expected {
  description: string;
  findings: ExpectedFinding[];
  /** Findings we want and do not produce yet; the runner asserts they are still absent. */
  todo?: ExpectedFinding[];
  /** Optional scan config for the case (e.g. limits). */
  config?: ScanConfig;
  /** When given, whether the scan must be incomplete (`result.incomplete` present); asserted by the adversarial tests. */
  incomplete?: boolean;
  /** When given, `inventory.clients` must equal it exactly (in any order). */
  clients?: ExpectedClient[];
}

/** One expected `inventory.clients` entry; `evidence` is not compared. */
export interface ExpectedClient {
  ecosystem: string;
  client: string;
  version?: string;
  since?: string;
  until?: string;
  file: string;
  line?: number;
}

export interface CaseOutcome {
  result: ScanResult;
  expected: Expected;
  /** Expected but not produced. */
  missing: ExpectedFinding[];
  /** Produced but not expected. */
  unexpected: Finding[];
  /** `todo` entries that are now produced: move them to `findings`. */
  todoNowFound: ExpectedFinding[];
  /** When `expected.clients` is given: clients expected and not produced (`-`) or produced and not expected (`+`). */
  clientMismatch: string[];
}

/** Lists case directories (those with an `expected.json`) under `corpus/<group>/`. */
export async function listCases(groupDir: string): Promise<string[]> {
  const entries = await readdir(groupDir, { withFileTypes: true });
  const cases: string[] = [];
  for (const e of entries) {
    if (!e.isDirectory()) continue;
    try {
      await readFile(join(groupDir, e.name, 'expected.json'));
      cases.push(e.name);
    } catch {
      // not a case
    }
  }
  return cases.sort();
}

/** Scans a case directory with the given plugins and compares with its `expected.json`. */
export async function runCorpusCase(plugins: readonly AnyPlugin[], caseDir: string): Promise<CaseOutcome> {
  const expected = JSON.parse(await readFile(join(caseDir, 'expected.json'), 'utf8')) as Expected;
  // A case with an `osv-db/` folder is scanned with that offline OSV database.
  const osv = await loadOsvDatabase(join(caseDir, 'osv-db'), plugins).catch(() => undefined);
  const ignorePaths = ['expected.json', 'osv-db', ...(expected.config?.ignorePaths ?? [])];
  const result = await scan(new DirectorySource(caseDir), {
    plugins,
    config: { ...expected.config, ignorePaths, ...(osv ? { osv } : {}) },
  });
  const remaining = [...result.findings];
  const missing: ExpectedFinding[] = [];
  for (const want of expected.findings) {
    const i = remaining.findIndex((f) => matches(f, want));
    if (i < 0) missing.push(want);
    else remaining.splice(i, 1);
  }
  const todoNowFound = (expected.todo ?? []).filter((t) => result.findings.some((f) => matches(f, t)));
  return {
    result,
    expected,
    missing,
    unexpected: remaining,
    todoNowFound,
    clientMismatch: compareClients(expected.clients, result),
  };
}

function clientKey(c: ExpectedClient): string {
  return JSON.stringify([
    c.ecosystem,
    c.client,
    c.version ?? null,
    c.since ?? null,
    c.until ?? null,
    c.file,
    c.line ?? null,
  ]);
}

function compareClients(want: readonly ExpectedClient[] | undefined, result: ScanResult): string[] {
  if (!want) return [];
  const have = result.inventory.clients.map(clientKey);
  const wanted = want.map(clientKey);
  return [
    ...wanted.filter((k) => !have.includes(k)).map((k) => `- ${k}`),
    ...have.filter((k) => !wanted.includes(k)).map((k) => `+ ${k}`),
  ];
}

/** True when a produced finding satisfies an expected one. */
export function matches(f: Finding, want: ExpectedFinding): boolean {
  if (f.check !== want.check || f.location.path !== want.path || f.location.line !== want.line) return false;
  if (want.messageId !== undefined && f.messageId !== want.messageId) return false;
  if (want.column !== undefined && f.location.column !== want.column) return false;
  if (want.severity !== undefined && f.severity !== want.severity) return false;
  if (want.package) {
    if (f.package?.name !== want.package.name) return false;
    if (want.package.version !== undefined && f.package.version !== want.package.version) return false;
  }
  return true;
}

/** A compact, readable form of a finding for assertion messages and for writing `expected.json`. */
export function summarize(f: Finding): ExpectedFinding {
  const out: ExpectedFinding = { check: f.check, messageId: f.messageId, path: f.location.path, line: f.location.line };
  if (f.package)
    out.package =
      f.package.version !== undefined ? { name: f.package.name, version: f.package.version } : { name: f.package.name };
  return out;
}

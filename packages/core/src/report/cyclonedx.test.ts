import { describe, expect, it } from 'vitest';
import type { InventoryPackage } from '../inventory.js';
import type { ScanResult } from '../result.js';
import { renderCycloneDx } from './cyclonedx.js';

const pkg = (over: Partial<InventoryPackage>): InventoryPackage => ({
  ecosystem: 'npm',
  name: 'a',
  version: '1.0.0',
  source: { kind: 'registry' },
  integrity: null,
  installScripts: false,
  file: 'package-lock.json',
  ...over,
});

const result = (packages: InventoryPackage[], files: ScanResult['files'] = []): ScanResult => ({
  schemaVersion: 1,
  tool: { name: 'inert', version: '0.1.0' },
  root: '/repo',
  findings: [],
  answers: [],
  inventory: { packages, sources: [], hooks: [], executableManifests: [], commands: [], clients: [] },
  files,
});

interface Bom {
  metadata: { properties?: { name: string; value: string }[] };
  components: {
    'bom-ref': string;
    name: string;
    version?: string;
    purl?: string;
    scope?: string;
    properties?: { name: string; value: string }[];
    evidence?: { occurrences: { location: string; line?: number }[] };
  }[];
  dependencies?: { ref: string; dependsOn?: string[] }[];
}
const render = (r: ScanResult) => JSON.parse(renderCycloneDx(r)) as Bom;

describe('renderCycloneDx', () => {
  it('merges one purl locked twice into one component with two occurrences; scope from every occurrence', () => {
    const bom = render(
      result([
        pkg({ purl: 'pkg:npm/a@1.0.0', line: 3, dev: true }),
        pkg({ purl: 'pkg:npm/a@1.0.0', file: 'sub/package-lock.json', line: 9 }),
        pkg({ name: 'b', purl: 'pkg:npm/b@1.0.0', dev: true, line: 5 }),
        pkg({ name: 'c', purl: 'pkg:npm/c@1.0.0', optional: true, line: 7 }),
      ]),
    );
    const a = bom.components.find((c) => c.name === 'a')!;
    expect(a.evidence!.occurrences).toEqual([
      { location: 'package-lock.json', line: 3 },
      { location: 'sub/package-lock.json', line: 9 },
    ]);
    expect(a.scope).toBe('required');
    expect(bom.components.find((c) => c.name === 'b')!.scope).toBe('excluded');
    expect(bom.components.find((c) => c.name === 'c')!.scope).toBe('optional');
  });

  it('a declared range is no version and no purl, kept as a property', () => {
    const bom = render(result([pkg({ ecosystem: 'gem', name: 'rails', version: '~> 7.1', file: 'Gemfile', line: 4 })]));
    const c = bom.components[0]!;
    expect(c.version).toBeUndefined();
    expect(c.purl).toBeUndefined();
    expect(c.properties).toContainEqual({ name: 'inert:declared-version', value: '~> 7.1' });
  });

  it('keeps only edges to components of the document', () => {
    const bom = render(
      result([
        pkg({ purl: 'pkg:npm/a@1.0.0', dependsOn: ['pkg:npm/b@1.0.0', 'pkg:npm/gone@1.0.0'] }),
        pkg({ name: 'b', purl: 'pkg:npm/b@1.0.0' }),
      ]),
    );
    expect(bom.dependencies?.find((d) => d.ref === 'pkg:npm/a@1.0.0')?.dependsOn).toEqual(['pkg:npm/b@1.0.0']);
  });

  it('an incomplete scan says so: every unread file is named in the metadata', () => {
    const bom = render(
      result(
        [],
        [
          { path: 'yarn.lock', ecosystem: 'npm', kind: 'lockfile', status: 'unparsed', reason: 'syntax' },
          { path: 'package.json', ecosystem: 'npm', kind: 'manifest', status: 'parsed' },
        ],
      ),
    );
    expect(bom.metadata.properties).toContainEqual({ name: 'inert:unread-file', value: 'yarn.lock' });
    expect(bom.metadata.properties?.filter((p) => p.name === 'inert:unread-file')).toHaveLength(1);
  });

  it('is the same bytes for the same input (no timestamp, no random serial number)', () => {
    const r = result([pkg({ purl: 'pkg:npm/a@1.0.0' })]);
    expect(renderCycloneDx(r)).toBe(renderCycloneDx(r));
    expect(renderCycloneDx(r)).not.toMatch(/serialNumber|timestamp/);
  });
});

/**
 * Inventory packages as rows (decision 0032): a library user reads `inventory.packages` as the array
 * it always was, and the JSON report written from the rows is the text of that array, byte for byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipStrings, MAX_OUTPUT_STRING } from './clip.js';
import type { Inventory, InventoryPackage } from './inventory.js';
import { deferredMember, PackageCollector, type PackageRows } from './inventory-rows.js';
import { safeJson } from './report/escape.js';
import { jsonChunks } from './report/json-stream.js';

/** Rows over fixed packages, counting what they make: each `at` returns a fresh copy. */
function rowsOf(packages: readonly InventoryPackage[]): PackageRows & { made: number } {
  return {
    made: 0,
    get length() {
      return packages.length;
    },
    at(i) {
      this.made++;
      return structuredClone(packages[i]!);
    },
  };
}

const pkg = (name: string, extra: Partial<InventoryPackage> = {}): InventoryPackage => ({
  ecosystem: 'npm',
  name,
  source: { kind: 'registry', url: `https://registry.npmjs.org/${name}/-/${name}-1.0.0.tgz` },
  integrity: 'sha512',
  installScripts: false,
  file: 'package-lock.json',
  version: '1.0.0',
  purl: `pkg:npm/${name}@1.0.0`,
  ...extra,
});

const rest = (): Omit<Inventory, 'packages'> => ({
  sources: [{ ecosystem: 'npm', url: 'https://registry.npmjs.org/', role: 'default', file: '.npmrc' }],
  hooks: [],
  executableManifests: [],
  commands: [],
  clients: [],
});

/** A result-shaped value around an inventory, as the report writes it. */
const resultOf = (inventory: Inventory) => ({ schemaVersion: 1, findings: [], inventory, files: [] });

describe('inventory packages as rows', () => {
  it('are, for a library user, the same array in the same place: made on first access, clipped, then kept', () => {
    const long = 'x'.repeat(MAX_OUTPUT_STRING + 1);
    const made = [pkg('go-first', { ecosystem: 'go' })];
    const rows = rowsOf([pkg('a'), pkg(long, { dependsOn: ['pkg:npm/a@1.0.0', long] })]);
    const collector = new PackageCollector();
    collector.add(made, [rows]);
    collector.add([pkg('after', { ecosystem: 'cargo' })], undefined);
    const inventory = collector.inventory(rest());
    expect(rows.made).toBe(0);
    expect(Object.keys(inventory)).toEqual([
      'packages',
      'sources',
      'hooks',
      'executableManifests',
      'commands',
      'clients',
    ]);
    const packages = inventory.packages;
    expect(rows.made).toBe(2);
    expect(packages).toEqual(
      clipStrings([
        made[0]!,
        pkg('a'),
        pkg(long, { dependsOn: ['pkg:npm/a@1.0.0', long] }),
        pkg('after', { ecosystem: 'cargo' }),
      ]),
    );
    expect(packages[2]!.name).toBe(`${'x'.repeat(200)}… (${long.length} characters)`);
    expect(inventory.packages).toBe(packages);
    expect(rows.made).toBe(2);
    expect(Object.getOwnPropertyDescriptor(inventory, 'packages')).toMatchObject({ writable: true, enumerable: true });
    expect(Object.keys(inventory)[0]).toBe('packages');
    expect(deferredMember(inventory, 'packages')).toBeUndefined();
  });

  it('take an assignment as a plain property would', () => {
    const collector = new PackageCollector();
    collector.add([], [rowsOf([pkg('a')])]);
    const inventory = collector.inventory(rest());
    inventory.packages = [pkg('b')];
    expect(inventory.packages.map((p) => p.name)).toEqual(['b']);
    expect(resultOf(inventory).inventory.packages).toHaveLength(1);
  });

  it('without rows, are the plain array the scan always built', () => {
    const collector = new PackageCollector();
    collector.add([pkg('a')], []);
    const inventory = collector.inventory(rest());
    expect(Object.getOwnPropertyDescriptor(inventory, 'packages')?.value).toEqual([pkg('a')]);
    expect(deferredMember(inventory, 'packages')).toBeUndefined();
  });

  it('are all made, unclipped, for a reader inside the scan (OSV), and then held as made packages', () => {
    const rows = rowsOf([pkg('a'), pkg('b')]);
    const collector = new PackageCollector();
    collector.add([pkg('first')], [rows]);
    expect(collector.makeAll().map((p) => p.name)).toEqual(['first', 'a', 'b']);
    const inventory = collector.inventory(rest());
    expect(deferredMember(inventory, 'packages')).toBeUndefined();
    expect(inventory.packages.map((p) => p.name)).toEqual(['first', 'a', 'b']);
  });

  // Names and URLs an attacker writes: escapes, controls, DEL, bidi, lone surrogates, long strings.
  const piece = fc.constantFrom(
    'a',
    '"',
    '\\',
    '\\ud',
    '\n',
    '\u0000',
    '\u007f',
    '\u202e',
    '\u2028',
    '\ud800',
    '😀',
    'é',
  );
  const text = fc.oneof(
    { weight: 30, arbitrary: fc.array(piece, { maxLength: 6 }).map((p) => p.join('')) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(piece, fc.integer({ min: MAX_OUTPUT_STRING - 1, max: MAX_OUTPUT_STRING + 2 }))
        .map(([c, n]) => c.repeat(n)),
    },
  );
  const arbitraryPackage = fc
    .record({
      name: text,
      url: text,
      version: text,
      dependsOn: fc.array(text, { maxLength: 3 }),
      scripts: fc.boolean(),
    })
    .map(({ name, url, version, dependsOn, scripts }) =>
      pkg(name, {
        source: { kind: 'url', url },
        version,
        installScripts: scripts,
        ...(dependsOn.length ? { dependsOn } : {}),
      }),
    );

  it('are written by the JSON report as the text of the materialised array, on random hostile packages', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryPackage, { maxLength: 3 }),
        fc.array(fc.array(arbitraryPackage, { maxLength: 140 }), { maxLength: 3 }),
        fc.array(arbitraryPackage, { maxLength: 3 }),
        (before, rowLists, after) => {
          const build = () => {
            const collector = new PackageCollector();
            collector.add(before, rowLists.map(rowsOf));
            collector.add(after, undefined);
            return collector.inventory(rest());
          };
          const streamed = [...jsonChunks(resultOf(build()))].join('');
          // The text of the array the scan built before rows: every package, clipped in one walk.
          const all = clipStrings([...before, ...rowLists.flat(), ...after]);
          expect(streamed).toBe(`${safeJson(resultOf({ packages: all, ...clipStrings(rest()) }), 2)}\n`);
          const plain = build();
          expect(plain.packages).toEqual(all);
          expect([...jsonChunks(resultOf(plain))].join('')).toBe(streamed);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('write an empty list as the empty array', () => {
    const collector = new PackageCollector();
    collector.add([], [rowsOf([])]);
    const inventory = collector.inventory(rest());
    expect([...jsonChunks(resultOf(inventory))].join('')).toBe(
      `${safeJson(resultOf({ packages: [], ...rest() }), 2)}\n`,
    );
  });
});

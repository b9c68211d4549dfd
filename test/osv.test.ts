/** The offline OSV database and matcher (packages/core/src/osv) with the bundled plugins' descriptors (Plugin.osv). */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { definePlugin, loadOsvDatabase, matchVersion, MemorySource, PLUGINS, scan } from '@inert/cli';
import { npm } from '@inert/plugin-npm';

const mal = (id: string, eco: string, name: string, extra: object) =>
  JSON.stringify({
    schema_version: '1.6.0',
    id,
    modified: '2026-01-01T00:00:00Z',
    summary: `Malicious code in ${name}`,
    affected: [{ package: { ecosystem: eco, name }, ...extra, database_specific: { noise: [1, 2] } }],
  });
const dir = mkdtempSync(join(tmpdir(), 'inert-osv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'npm'));
writeFileSync(join(dir, 'npm', 'MAL-2026-1.json'), mal('MAL-2026-1', 'npm', 'evil-pkg', { versions: ['1.0.1'] }));
writeFileSync(join(dir, 'npm', 'MAL-2026-2.json'), mal('MAL-2026-2', 'npm', 'all-bad', {}));
writeFileSync(
  join(dir, 'pypi.json'),
  mal('MAL-2026-3', 'PyPI', 'Req_Uests', {
    ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0.0' }] }],
  }),
);
writeFileSync(
  join(dir, 'ghsa.json'),
  JSON.stringify({
    id: 'GHSA-xxxx',
    summary: 'Prototype pollution',
    affected: [
      {
        package: { ecosystem: 'npm', name: 'left-pad' },
        ranges: [
          {
            type: 'SEMVER',
            events: [
              { introduced: '1.0.0' },
              { last_affected: '1.3.0' },
              { introduced: '2.0.0-beta.1' },
              { fixed: '2.0.1' },
            ],
          },
        ],
      },
    ],
  }),
);
writeFileSync(
  join(dir, 'withdrawn.json'),
  JSON.stringify({
    id: 'MAL-2020-9',
    withdrawn: '2021-01-01T00:00:00Z',
    affected: [{ package: { ecosystem: 'npm', name: 'left-pad' }, versions: ['1.3.0'] }],
  }),
);
writeFileSync(
  join(dir, 'debian.json'),
  JSON.stringify({ id: 'DSA-1', affected: [{ package: { ecosystem: 'Debian:12', name: 'x' } }] }),
);
writeFileSync(join(dir, 'broken.json'), '{ not json');

describe('the offline OSV database', () => {
  it('is described by every bundled ecosystem plugin, as the core named them before the descriptors moved (#24.1)', () => {
    expect(PLUGINS.filter((p) => p.osv).map((p) => [p.ecosystem, p.osv!.ecosystem])).toEqual([
      ['npm', 'npm'],
      ['pip', 'PyPI'],
      ['cargo', 'crates.io'],
      ['gem', 'RubyGems'],
      ['go', 'Go'],
      ['gradle', 'Maven'],
      ['ci', 'GitHub Actions'],
    ]);
  });

  it('indexes by ecosystem and normalised name, skipping withdrawn and foreign advisories', async () => {
    const db = await loadOsvDatabase(dir, PLUGINS);
    expect(db.advisories).toBe(4);
    expect(db.problems.map((p) => p.file)).toEqual([join(dir, 'broken.json')]);
    expect(matchVersion(db, 'PyPI', 'req-uests', '1.9').map((m) => [m.advisory.id, m.how])).toEqual([
      ['MAL-2026-3', 'range'],
    ]);
    expect(matchVersion(db, 'PyPI', 'req.uests', '2.0.0')).toEqual([]);
    expect(matchVersion(db, 'npm', 'evil-pkg', '1.0.1')[0]?.how).toBe('listed');
    expect(matchVersion(db, 'npm', 'evil-pkg', '1.0.2')).toEqual([]);
    expect(matchVersion(db, 'npm', 'all-bad', '9.9.9')[0]?.how).toBe('listed');
  });

  it('evaluates last_affected, fixed, pre-releases and several introduced events', async () => {
    const db = await loadOsvDatabase(dir, PLUGINS);
    const hit = (v: string) => matchVersion(db, 'npm', 'left-pad', v).map((m) => m.how);
    expect(hit('0.9.0')).toEqual([]);
    expect(hit('1.0.0')).toEqual(['range']);
    expect(hit('1.3.0')).toEqual(['range']);
    expect(hit('1.3.1')).toEqual([]);
    expect(hit('2.0.0-alpha')).toEqual([]);
    expect(hit('2.0.0-beta.1')).toEqual(['range']);
    expect(hit('2.0.1')).toEqual([]);
    expect(hit('not-a-version')).toEqual(['could-not-compare']);
  });

  it('reads the same advisories from a ZIP (stored and deflated entries)', async () => {
    const entries = [
      ['a/MAL-2026-1.json', mal('MAL-2026-1', 'npm', 'evil-pkg', { versions: ['1.0.1'] }), 8],
      ['b.json', mal('MAL-2026-4', 'crates.io', 'Evil_Crate', { versions: ['0.1.0'] }), 0],
    ] as const;
    writeFileSync(join(dir, 'export.zip'), zip(entries));
    const db = await loadOsvDatabase(join(dir, 'export.zip'), PLUGINS);
    expect(db.advisories).toBe(2);
    expect(matchVersion(db, 'crates.io', 'evil-crate', '0.1.0')[0]?.advisory.id).toBe('MAL-2026-4');
  });

  it('truncated or damaged ZIPs fail with a ZIP error, not an out-of-range read (found by fuzzing)', async () => {
    const good = zip([['a.json', mal('MAL-2026-5', 'npm', 'x', { versions: ['1.0.0'] }), 0]]);
    const { readZip } = await import('../packages/core/src/osv/zip.js');
    const read = async (b: Buffer) => {
      try {
        return (await readZip(b, 1 << 20)).map((e) => e.name);
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`;
      }
    };
    expect(await read(good)).toEqual(['a.json']);
    expect(await read(Buffer.from([0x50, 0x4b, 0x05, 0x06]))).toMatch(/^ZipError: /);
    expect(await read(good.subarray(good.length - 30))).toMatch(/^ZipError: /);
    const farLocal = Buffer.from(good);
    farLocal.writeUInt32LE(0x7fffffff, good.length - 22 - 46 - 6 + 42);
    expect(await read(farLocal)).toMatch(/^ZipError: /);
    // A declared size that does not match the content: the whole ZIP is refused, never read in part.
    const lying = Buffer.from(good);
    lying.writeUInt32LE(3, good.length - 22 - 46 - 6 + 24);
    expect(await read(lying)).toMatch(/^ZipError: /);
    writeFileSync(join(dir, 'broken.zip'), good.subarray(0, good.length - 10));
    await expect(loadOsvDatabase(join(dir, 'broken.zip'), PLUGINS)).rejects.toThrow(
      /ZipError|end of central directory|ZIP/i,
    );
  });

  it('drops null and non-string range events instead of crashing the match (found by fuzzing)', async () => {
    const odd = mkdtempSync(join(tmpdir(), 'inert-osv-odd-'));
    try {
      writeFileSync(
        join(odd, 'a.json'),
        mal('MAL-2026-6', 'npm', 'odd', {
          ranges: [{ type: 'SEMVER', events: [null, { introduced: 5 }, 'x', { introduced: '0' }, { fixed: '2.0.0' }] }],
        }),
      );
      const db = await loadOsvDatabase(odd, PLUGINS);
      expect(matchVersion(db, 'npm', 'odd', '1.0.0').map((m) => m.how)).toEqual(['range']);
      expect(matchVersion(db, 'npm', 'odd', '2.0.0')).toEqual([]);
    } finally {
      rmSync(odd, { recursive: true, force: true });
    }
  });

  it('turns MAL- matches into critical findings and vulnerabilities into inventory advisories', async () => {
    const db = await loadOsvDatabase(dir, PLUGINS);
    const plugin = definePlugin({
      ecosystem: 'npm',
      title: 't',
      url: 'u',
      osv: npm.osv!,
      files: [{ kind: 'lockfile', match: ['x.lock'], description: 'd' }],
      checks: [],
      profile: {},
      load: () => ({
        problems: [],
        inventory: {
          packages: [
            {
              ecosystem: 'npm',
              name: 'evil-pkg',
              version: '1.0.1',
              source: { kind: 'registry' },
              integrity: 'sha512',
              installScripts: null,
              file: 'x.lock',
              line: 7,
            },
            {
              ecosystem: 'npm',
              name: 'left-pad',
              version: '1.2.0',
              source: { kind: 'registry' },
              integrity: 'sha512',
              installScripts: null,
              file: 'x.lock',
              line: 9,
            },
          ],
        },
      }),
    });
    const source = new MemorySource({ files: { 'x.lock': '' } });
    const result = await scan(source, { plugins: [plugin], config: { osv: db } });
    expect(result.findings.map((f) => [f.check, f.severity, f.location.line])).toEqual([
      ['npm/known-malicious-version', 'critical', 7],
    ]);
    expect(result.inventory.advisories?.map((a) => [a.id, a.malicious])).toEqual([
      ['MAL-2026-1', true],
      ['GHSA-xxxx', false],
    ]);
    const withVulns = await scan(source, { plugins: [plugin], config: { osv: db, advisories: true } });
    expect(withVulns.findings.map((f) => f.check)).toEqual([
      'npm/known-malicious-version',
      'npm/known-vulnerable-version',
    ]);
  });

  it('keeps only the ecosystems the plugins describe, and refuses a scan whose plugin the database was not loaded for', async () => {
    await expect(loadOsvDatabase(dir, [])).rejects.toThrow(/no plugin describes an OSV ecosystem/);
    const onlyPypi = await loadOsvDatabase(
      dir,
      PLUGINS.filter((p) => p.ecosystem === 'pip'),
    );
    expect(onlyPypi.advisories).toBe(1);
    expect(matchVersion(onlyPypi, 'npm', 'evil-pkg', '1.0.1')).toEqual([]);
    const plugin = definePlugin({
      ecosystem: 'npm',
      title: 't',
      url: 'u',
      osv: npm.osv!,
      files: [{ kind: 'lockfile', match: ['x.lock'], description: 'd' }],
      checks: [],
      profile: {},
      load: () => ({ problems: [], inventory: { packages: [] } }),
    });
    await expect(
      scan(new MemorySource({ files: { 'x.lock': '' } }), { plugins: [plugin], config: { osv: onlyPypi } }),
    ).rejects.toThrow(/loaded without the npm plugin/);
  });
});

/** A tiny ZIP writer for the test (method 0 = stored, 8 = deflate). */
function zip(entries: readonly (readonly [string, string, number])[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text, method] of entries) {
    const raw = Buffer.from(text);
    const data = method === 8 ? deflateRawSync(raw) : raw;
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

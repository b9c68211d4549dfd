/** Properties of the offline OSV reader (packages/core/src/osv): the ZIP reader, the database loader and version comparison. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, describe, it } from 'vitest';
import { compareSemver, loadOsvDatabase, matchVersion, PLUGINS } from '@inert/cli';
import { readZip } from '../../packages/core/src/osv/zip.js';
import { anyText, assertJson, assertNoPollution, check, fc, jsonish, timed } from './harness.js';

interface Entry {
  name: string;
  data: Buffer;
  method: 0 | 8;
}

/** A minimal ZIP writer (stored and deflate, no CRC: the reader does not check it). */
export function makeZip(entries: readonly Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.method === 8 ? deflateRawSync(e.data) : e.data;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
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

const ECOSYSTEMS = ['npm', 'PyPI', 'crates.io', 'RubyGems', 'Go', 'Maven', 'Debian:12', 'npm:x', '', '__proto__'];
const VERSION = fc.oneof(
  fc.constantFrom(
    '0',
    '1.0.0',
    '1.0.0-rc.1',
    '1.0.0+b',
    'v1.2',
    '1!2.0.post1.dev3',
    '1.0a1',
    '2.0.0.pre',
    '1.2-SNAPSHOT',
    '1.0-alpha-1',
    'v0.0.0-20200101000000-abcdef',
    '',
    '.',
    '-',
    '1..2',
    '99999999999999999999.0',
    '1.0.0-' + 'x.'.repeat(50),
  ),
  fc.stringMatching(/^[0-9a-z.+!_-]{0,12}$/),
  fc.string({ maxLength: 8 }),
);
const ADVISORY = fc.record(
  {
    id: fc.oneof(fc.constantFrom('MAL-2024-1', 'GHSA-x', 'PYSEC-1', '__proto__'), fc.string({ maxLength: 6 })),
    withdrawn: fc.constantFrom('2024-01-01'),
    aliases: fc.array(fc.oneof(fc.constantFrom('MAL-1', 'CVE-1'), fc.integer()), { maxLength: 2 }),
    summary: fc.oneof(fc.string({ maxLength: 10 }), fc.integer()),
    affected: fc.array(
      fc.record(
        {
          package: fc.record(
            {
              ecosystem: fc.constantFrom(...ECOSYSTEMS),
              name: fc.oneof(
                fc.constantFrom('lodash', 'Foo_Bar.baz', '__proto__', 'constructor'),
                fc.string({ maxLength: 6 }),
              ),
            },
            { requiredKeys: [] },
          ),
          versions: fc.array(fc.oneof(VERSION, fc.integer()), { maxLength: 3 }),
          ranges: fc.array(
            fc.record(
              {
                type: fc.constantFrom('SEMVER', 'ECOSYSTEM', 'GIT'),
                events: fc.array(
                  fc.oneof(
                    fc.record({ introduced: VERSION }),
                    fc.record({ fixed: VERSION }),
                    fc.record({ last_affected: VERSION }),
                    fc.record({ limit: VERSION }),
                    fc.constant(null),
                  ),
                  { maxLength: 4 },
                ),
              },
              { requiredKeys: ['events'] },
            ),
            { maxLength: 2 },
          ),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['id'] },
);

const dir = mkdtempSync(join(tmpdir(), 'inert-osv-property-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** Errors readZip may reject with are its own (`ZipError`): a corrupt archive, not an out-of-range read. */
function assertOwnError(error: unknown, what: string): void {
  if (!(error instanceof Error) || error.name !== 'ZipError')
    throw new Error(`${what} threw ${String(error)} (code ${(error as { code?: string }).code})`);
}

async function checkZip(zip: Buffer, max: number): Promise<void> {
  await timed(`readZip (${zip.length} bytes)`, async () => {
    try {
      for (const entry of await readZip(zip, max)) {
        if (entry.data.length > max)
          throw new Error(`entry ${entry.name} is ${entry.data.length} bytes, over the limit`);
      }
    } catch (error) {
      assertOwnError(error, 'readZip');
    }
  });
}

/** Names yauzl refuses (strictFileNames): absolute, with a `..` segment, or a backslash. */
const invalidName = (name: string) =>
  name.startsWith('/') || /^[a-z]:/i.test(name) || name.includes('\\') || name.split('/').includes('..');

const entries = fc.array(
  fc.record({
    name: fc.oneof(fc.constantFrom('a.json', 'dir/', '../x.json', '__proto__.json', ''), fc.string({ maxLength: 8 })),
    data: fc.oneof(
      jsonish.map((v) => Buffer.from(JSON.stringify(v) ?? '')),
      fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)),
    ),
    method: fc.constantFrom(0 as const, 8 as const),
  }),
  { maxLength: 4 },
);
/** Byte-level damage to a valid ZIP: overwrite, truncate, or cut a piece out. */
const damage = fc.array(
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    op: fc.constantFrom('set', 'truncate', 'cut', 'ff'),
    byte: fc.nat(255),
  }),
  { minLength: 1, maxLength: 4 },
);
function damaged(zip: Buffer, list: readonly { at: number; op: string; byte: number }[]): Buffer {
  let b = Buffer.from(zip);
  for (const d of list) {
    const at = Math.min(b.length, Math.floor(d.at * b.length));
    if (d.op === 'set' && at < b.length) b[at] = d.byte;
    else if (d.op === 'ff') {
      for (let k = at; k < Math.min(b.length, at + 4); k++) b[k] = 0xff;
    } else if (d.op === 'truncate') b = b.subarray(0, at);
    else if (d.op === 'cut') b = Buffer.concat([b.subarray(0, at), b.subarray(at + 1 + d.byte)]);
  }
  return b;
}

describe('property: OSV ZIP reader', () => {
  it('valid archives give back their entries', async () => {
    await check('zip roundtrip', 100, entries, async (list) => {
      const zip = makeZip(list);
      if (list.some((e) => invalidName(e.name))) {
        // The whole archive is refused, never read in part.
        await readZip(zip, 1 << 20).then(
          () => {
            throw new Error('an invalid name was accepted');
          },
          (error: unknown) => assertOwnError(error, 'readZip'),
        );
        return;
      }
      const got = await readZip(zip, 1 << 20);
      const files = list.filter((e) => !e.name.endsWith('/'));
      if (got.length !== files.length) throw new Error(`${got.length} entries, expected ${files.length}`);
      got.forEach((g, i) => {
        if (!g.data.equals(files[i]!.data)) throw new Error(`entry ${i} differs`);
      });
    });
  });

  it('damaged archives and random bytes: entries or a ZIP error, never an out-of-range read', async () => {
    const bytes = fc.oneof(
      fc.tuple(entries, damage).map(([list, d]) => damaged(makeZip(list), d)),
      fc
        .uint8Array({ maxLength: 200 })
        .map((b) => Buffer.concat([Buffer.from(b), Buffer.from([0x50, 0x4b, 0x05, 0x06])])),
      fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
    );
    await check('zip damaged', 300, fc.tuple(bytes, fc.constantFrom(16, 1 << 20)), ([zip, max]) => checkZip(zip, max));
  });
});

describe('property: OSV database loader', () => {
  it('advisory files (valid, odd or not JSON) load without throwing; bad ones become problems', async () => {
    const file = fc.oneof(
      ADVISORY.map((a) => JSON.stringify(a)),
      jsonish.map((v) => JSON.stringify(v) ?? ''),
      anyText,
    );
    await check('osv files', 60, fc.array(file, { minLength: 1, maxLength: 4 }), async (texts) => {
      const sub = join(dir, `d${n++}`);
      const { mkdirSync } = await import('node:fs');
      mkdirSync(sub);
      texts.forEach((t, i) => writeFileSync(join(sub, `${i}.json`), t));
      const db = await timed('loadOsvDatabase (directory)', () => loadOsvDatabase(sub, PLUGINS));
      if (db.advisories + db.problems.length > texts.length) throw new Error('more advisories and problems than files');
      const zip = join(dir, `z${n++}.zip`);
      writeFileSync(zip, makeZip(texts.map((t, i) => ({ name: `${i}.json`, data: Buffer.from(t), method: 8 }))));
      const fromZip = await timed('loadOsvDatabase (zip)', () => loadOsvDatabase(zip, PLUGINS));
      if (fromZip.advisories !== db.advisories)
        throw new Error(`zip gave ${fromZip.advisories} advisories, the directory ${db.advisories}`);
      for (const [key, list] of db.index)
        for (const { affected } of list)
          for (const v of [...affected.versions, '1.0.0']) matchVersion(db, affected.ecosystem, key.split('\0')[1]!, v);
      assertJson(db.problems, 'the problems');
      assertNoPollution('loadOsvDatabase');
    });
  });

  it('damaged ZIP databases either load or fail with a ZIP error', async () => {
    await check('osv damaged zip', 60, fc.tuple(entries, damage), async ([list, d]) => {
      const zip = join(dir, `z${n++}.zip`);
      writeFileSync(zip, damaged(makeZip(list), d));
      try {
        await timed('loadOsvDatabase (damaged zip)', () => loadOsvDatabase(zip, PLUGINS));
      } catch (error) {
        assertOwnError(error, 'loadOsvDatabase');
      }
    });
  });
});

describe('property: version comparison', () => {
  it('never throws; equal to itself; antisymmetric', async () => {
    // Each plugin's ECOSYSTEM order (Plugin.osv.compare) and the SEMVER order every ecosystem shares.
    const orders = new Map<string, (a: string, b: string) => number | undefined>([
      ...PLUGINS.flatMap((p) => (p.osv ? [[p.osv.ecosystem, p.osv.compare] as const] : [])),
      ['SEMVER', compareSemver],
    ]);
    if (orders.size !== 8)
      throw new Error(`expected seven plugin orders and SEMVER, got ${[...orders.keys()].join(', ')}`);
    const eco = fc.constantFrom(...orders.keys());
    await check('compare versions', 500, fc.tuple(eco, VERSION, VERSION), ([e, a, b]) => {
      const compare = orders.get(e)!;
      const ab = compare(a, b);
      const ba = compare(b, a);
      const aa = compare(a, a);
      if (aa !== undefined && aa !== 0) throw new Error(`${e}: ${a} compares ${aa} to itself`);
      if ((ab === undefined) !== (ba === undefined) || (ab !== undefined && Math.sign(ab) !== -Math.sign(ba!)))
        throw new Error(`${e}: compare(${a}, ${b}) = ${ab} but compare(${b}, ${a}) = ${ba}`);
    });
  });
});

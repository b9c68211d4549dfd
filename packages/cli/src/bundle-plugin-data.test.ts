/**
 * The plugins' data modules as data in the bundle (docs/decisions/0038): the bundle script replaces
 * each `plugins/<eco>/dist/checks/<id>.meta.js` and `plugins/<eco>/dist/profile.js` by lines that
 * take its exports from `plugin-data.json`, and writes every chunk in ASCII. The data must be the
 * modules' own exports, no chunk may hold their text, and a bundle without the data must fail as an
 * internal error, never report.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../', import.meta.url));
const repo = join(cli, '../..');
const bundle = join(cli, 'bundle');
const chunks = existsSync(bundle) ? readdirSync(bundle).filter((f) => f.endsWith('.js')) : [];
const text = (file: string) => readFileSync(join(bundle, file), 'utf8');

/** Every data module of the compiled plugins: `<eco>/checks/<id>.meta` or `<eco>/profile`, and its file. */
function dataModules(): { key: string; file: string }[] {
  const out: { key: string; file: string }[] = [];
  for (const eco of readdirSync(join(repo, 'plugins'))) {
    const dir = join(repo, 'plugins', eco, 'dist');
    if (!existsSync(join(dir, 'checks'))) continue;
    for (const f of readdirSync(join(dir, 'checks')).filter((n) => n.endsWith('.meta.js')))
      out.push({ key: `${eco}/checks/${f.slice(0, -'.js'.length)}`, file: join(dir, 'checks', f) });
    if (existsSync(join(dir, 'profile.js'))) out.push({ key: `${eco}/profile`, file: join(dir, 'profile.js') });
  }
  return out;
}

describe('the bundle\u2019s plugin data', () => {
  it('is built (pnpm build, test and bench build it)', () => {
    expect(existsSync(join(bundle, 'plugin-data.json'))).toBe(true);
  });

  it("holds every data module's exports, equal in every value and in key order", async () => {
    const data = JSON.parse(readFileSync(join(bundle, 'plugin-data.json'), 'latin1')) as Record<string, unknown>;
    const modules = dataModules();
    expect(modules.filter((m) => m.key.endsWith('/profile'))).toHaveLength(7);
    expect(modules.length).toBeGreaterThan(90);
    expect(Object.keys(data).sort()).toEqual(modules.map((m) => m.key).sort());
    for (const { key, file } of modules) {
      const exports = { ...((await import(pathToFileURL(file).href)) as Record<string, unknown>) };
      expect(JSON.stringify(data[key]), key).toBe(JSON.stringify(exports));
    }
  });

  it("leaves no check's metadata text in any chunk, and every chunk is ASCII", () => {
    const first = chunks.find((f) => f.startsWith('first-'));
    expect(first).toBeDefined();
    // A description is the longest field; were a module bundled as code, its whole text would be in a
    // chunk. Those a chunk would hold as they are (ASCII, no quote or backslash to escape) are looked for.
    const data = JSON.parse(readFileSync(join(bundle, 'plugin-data.json'), 'latin1')) as Record<
      string,
      Record<string, { description?: string }>
    >;
    const all = chunks.map(text).join('\n');
    const plain = Object.values(data)
      .flatMap((exports) => Object.values(exports).map((meta) => meta.description))
      .filter((d): d is string => typeof d === 'string' && /^[\x20-\x7e]+$/.test(d) && !/["\\]/.test(d));
    expect(plain.length).toBeGreaterThan(30);
    for (const description of plain) expect(all.includes(description), description).toBe(false);
    for (const f of chunks) expect(/[^\x00-\x7f]/.test(text(f)), f).toBe(false);
  });

  it('without its data file, the bin is an internal error (exit 2) and writes no report', () => {
    // Under packages/cli/node_modules, as bundle-chunks.test.ts copies it: run-time libraries still resolve.
    const copy = mkdtempSync(join(cli, 'node_modules/.bundle-plugin-data-'));
    const checkout = mkdtempSync(join(tmpdir(), 'inert-bundle-plugin-data-'));
    try {
      cpSync(bundle, copy, { recursive: true });
      rmSync(join(copy, 'plugin-data.json'));
      writeFileSync(join(checkout, 'package.json'), '{ "name": "a", "version": "1.0.0" }\n');
      const out = spawnSync(process.execPath, [join(copy, 'bin.js'), 'scan', checkout, '--format', 'json'], {
        encoding: 'utf8',
      });
      expect(out.status).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toMatch(/^inert: internal error: the bundle's plugin data .* could not be read/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
      rmSync(checkout, { recursive: true, force: true });
    }
  });
});

// One measurement in a fresh process: `node scripts/bench-one.mjs <floor|inert|walk> <dir>`.
// Prints JSON { ms, rss, packages } on stdout. Used by scripts/bench.mjs.
import { closeSync, openSync, readFileSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const { peakRss } = createRequire(import.meta.url)('./bench-rss.cjs');

const [mode, dir] = process.argv.slice(2);
const started = performance.now();
let packages = 0;
let loaded;

if (mode === 'floor') {
  // The bare minimum any tool must do: read each lockfile and parse it once.
  const { parse: parseYaml } = await import('yaml');
  const { parse: parseToml } = await import('smol-toml');
  for (const name of lockfiles(dir)) {
    const text = readFileSync(join(dir, name), 'utf8');
    if (name.endsWith('.json')) packages += Object.keys(JSON.parse(text).packages ?? {}).length;
    else if (name.endsWith('.yaml'))
      packages += Object.keys(parseYaml(text, { uniqueKeys: false }).packages ?? {}).length;
    // A Yarn berry lock is YAML (`__metadata:` first): one YAML parse, as for pnpm-lock.
    else if (name.endsWith('yarn.lock') && /^__metadata:/m.test(text))
      packages += Object.keys(parseYaml(text, { uniqueKeys: false }) ?? {}).length - 1;
    else if (name.endsWith('.toml') || (name.endsWith('.lock') && /^\[\[package\]\]/m.test(text)))
      packages += (parseToml(text).package ?? []).length;
    else packages += text.split('\n').filter((l) => /^\S.*:$/.test(l)).length;
  }
} else if (mode === 'walk') {
  // A bare recursive readdir walk, the floor for discovery.
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    for (const e of readdirSync(d, { withFileTypes: true }))
      if (e.isDirectory()) stack.push(join(d, e.name));
      else packages++;
  }
} else if (mode === 'inert') {
  const { scan, DirectorySource, jsonChunks } = await import('../packages/core/dist/index.js');
  const { PLUGINS } = await import('../packages/cli/dist/plugins.js');
  // Loading inert's own modules is a fixed cost; the rest grows with the input.
  loaded = performance.now() - started;
  const result = await scan(new DirectorySource(dir), { plugins: PLUGINS });
  // The JSON report written as the CLI writes it, chunk by chunk (to /dev/null: the bench times making it).
  const sink = openSync('/dev/null', 'w');
  for (const chunk of jsonChunks(result)) writeSync(sink, chunk);
  closeSync(sink);
  packages = result.inventory.packages.length;
} else if (mode === 'osv-load') {
  // Loading and indexing an offline OSV database (a directory of advisory files).
  const { loadOsvDatabase } = await import('../packages/core/dist/index.js');
  // The plugins describe the OSV ecosystems the database keeps (Plugin.osv).
  const { PLUGINS } = await import('../packages/cli/dist/plugins.js');
  packages = (await loadOsvDatabase(dir, PLUGINS)).advisories;
} else if (mode === 'lockfile-lint') {
  // The peer's npm validations (hosts, https, integrity) through its API, on the same lockfile.
  const require = createRequire(createRequire(import.meta.url).resolve('lockfile-lint/package.json'));
  const api = require('lockfile-lint-api');
  for (const [name, type] of [
    ['package-lock.json', 'npm'],
    ['yarn.lock', 'yarn'],
  ]) {
    const lockfilePath = join(dir, name);
    try {
      readFileSync(lockfilePath);
    } catch {
      continue;
    }
    const lockfile = new api.ParseLockfile({ lockfilePath, lockfileType: type }).parseSync();
    packages += Object.keys(lockfile.object).length;
    new api.ValidateHost({ packages: lockfile.object }).validate(['npm']);
    new api.ValidateHttps({ packages: lockfile.object }).validate();
    new api.ValidateIntegrity({ packages: lockfile.object }).validate();
  }
} else if (mode === 'arborist') {
  // The peer that npm itself uses: load the virtual tree, list nodes with install scripts.
  const { default: Arborist } = await import('@npmcli/arborist');
  const tree = await new Arborist({ path: dir }).loadVirtual();
  for (const node of tree.inventory.values()) if (node.hasInstallScript) packages++;
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}

const ms = performance.now() - started;
process.stdout.write(
  JSON.stringify({ ms, rss: peakRss(), packages, ...(loaded !== undefined ? { loadMs: loaded } : {}) }),
);

/**
 * The lockfiles inert reads in `d`: its own and those of subdirectories (npm/popular keeps a Yarn
 * berry lock in `berry/`); node_modules and dot-directories are not searched (the bench inputs hold none).
 */
function lockfiles(d, prefix = '') {
  const names = [
    'package-lock.json',
    'pnpm-lock.yaml',
    'yarn.lock',
    'Cargo.lock',
    'go.sum',
    'uv.lock',
    'poetry.lock',
    'Gemfile.lock',
  ];
  const found = [];
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.'))
      found.push(...lockfiles(join(d, e.name), `${prefix}${e.name}/`));
    else if (e.isFile() && names.includes(e.name)) found.push(`${prefix}${e.name}`);
  }
  return found;
}

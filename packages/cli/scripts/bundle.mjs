// Builds the CLI's bin as a bundle (docs/decisions/0022): packages/cli/bundle/bin.js and its chunks, from
// the compiled modules in packages/*/dist (run after `tsc -b`). A scan then loads a handful of files
// instead of ~300 modules. Commands and readers imported on first use stay separate chunks, loaded
// as before; the libraries loaded with `createRequire` (yaml, smol-toml, tar, …) are not bundled:
// they are resolved at run time from the bundle's location, so each must be a dependency of
// @inert/cli at the version its own package pins, which this script checks. @inert/core and the
// plugins are still published and importable as modules; only the bin is bundled.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { pluginData } from './plugin-data.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const cli = join(root, 'packages/cli');
const out = join(cli, 'bundle');
const manifest = (dir) => JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));

rmSync(out, { recursive: true, force: true });
const data = pluginData();
const FIRST_PARTY = /[\\/](?:packages|plugins)[\\/][^\\/]+[\\/]dist[\\/]/;
const ENTRIES = new Set([join(cli, 'dist/bin.js'), join(cli, 'dist/batch/worker.js')]);
const options = (groups) => ({
  cwd: cli,
  input: { bin: join(cli, 'dist/bin.js'), worker: join(cli, 'dist/batch/worker.js') },
  platform: 'node',
  // Node's built-ins stay imports; everything else imported statically (first-party code, picomatch,
  // brace-expansion, saxes) is bundled.
  external: (id) => id.startsWith('node:'),
  logLevel: 'warn',
  plugins: [data.plugin],
  // First-party modules have no top-level side effects (a test checks the compiled modules): a module
  // whose exports nothing uses is left out, so what the core's index and a plugin's index re-export
  // but the scan does not use goes into the chunk that uses it, not the first one (docs/decisions/0033).
  treeshake: { moduleSideEffects: (id, external) => external || !FIRST_PARTY.test(id) || ENTRIES.has(id) },
  output: {
    dir: out,
    format: 'esm',
    // One directory, entries and chunks side by side: the batch pool finds `./worker.js` beside itself,
    // and `explain` finds the repository's corpus at the same depth as from dist/.
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    // Doc comments are for readers of the sources, which are published too: every start of the bin
    // read and decoded them (88 KB of the first chunk's 750; docs/decisions/0034). The `// path`
    // line before each module stays (bundle-chunks.test.ts finds a chunk by it).
    comments: { jsdoc: false },
    // Non-ASCII characters as escapes: Node 20 decodes a chunk's UTF-8 with V8's per-character path
    // from its first non-ASCII character on, and the whole source becomes two-byte; an ASCII chunk is
    // copied as it is (docs/decisions/0038).
    charset: 'ascii',
    ...(groups ? { codeSplitting: { groups } } : {}),
  },
});
// Every module the bin loads before it runs (statically imported from bin.js, through any chunk) goes
// into one chunk: rolldown otherwise splits them by which entries and by-need chunks share them (20
// files for a one-file scan, each read by Node's loader with its own open, stat, read and close on
// the thread pool). Chunks imported by need stay as they are (docs/decisions/0029).
const first = await generate(options());
const eager = new Set();
const byName = new Map(first.map((c) => [c.fileName, c]));
const visit = (name) => {
  const chunk = byName.get(name);
  if (!chunk || chunk.type !== 'chunk' || chunk.visited) return;
  chunk.visited = true;
  for (const id of chunk.moduleIds) eager.add(id);
  for (const next of chunk.imports) visit(next);
};
visit('bin.js');
for (const id of byName.get('bin.js').moduleIds) eager.delete(id);
await build(options([{ name: 'first', test: (id) => eager.has(id) }]));
data.write(out);

async function generate(opts) {
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown(opts);
  try {
    return (await bundle.generate(opts.output)).output;
  } finally {
    await bundle.close();
  }
}

// Every library required at run time must resolve from the bundle, at the version its package pins.
const pins = new Map();
for (const group of ['packages', 'plugins'])
  for (const name of readdirSync(join(root, group))) {
    const deps = manifest(`${group}/${name}`).dependencies ?? {};
    for (const [dep, version] of Object.entries(deps)) if (!version.startsWith('workspace:')) pins.set(dep, version);
  }
const own = manifest('packages/cli').dependencies ?? {};
const problems = [];
for (const file of readdirSync(out)) {
  const text = readFileSync(join(out, file), 'utf8');
  // Code, not the bundled libraries' doc comments (`* const pm = require('picomatch')`).
  for (const m of text.matchAll(/^(?![ \t]*(?:\*|\/\/)).*?\brequire(?:\$\d+)?\("([^"./][^"]*)"\)/gm)) {
    const name = m[1].startsWith('@') ? m[1].split('/').slice(0, 2).join('/') : m[1].split('/')[0];
    if (!pins.has(name)) continue; // a bundled library's own internal require (its chunk includes it)
    if (own[name] !== pins.get(name))
      problems.push(`${file} requires ${name} at run time: @inert/cli must depend on ${name}@${pins.get(name)}`);
  }
}
if (problems.length > 0) {
  console.error([...new Set(problems)].join('\n'));
  process.exit(1);
}

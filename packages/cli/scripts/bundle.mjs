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

const root = fileURLToPath(new URL('../../..', import.meta.url));
const cli = join(root, 'packages/cli');
const out = join(cli, 'bundle');
const manifest = (dir) => JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));

rmSync(out, { recursive: true, force: true });
await build({
  cwd: cli,
  input: { bin: join(cli, 'dist/bin.js'), worker: join(cli, 'dist/batch/worker.js') },
  platform: 'node',
  // Node's built-ins stay imports; everything else imported statically (first-party code, picomatch,
  // brace-expansion, saxes) is bundled.
  external: (id) => id.startsWith('node:'),
  logLevel: 'warn',
  output: {
    dir: out,
    format: 'esm',
    // One directory, entries and chunks side by side: the batch pool finds `./worker.js` beside itself,
    // and `explain` finds the repository's corpus at the same depth as from dist/.
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
});

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

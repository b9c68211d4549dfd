// `node scripts/pack.mjs <dest>`: packs every publishable workspace package with pnpm into <dest>, in
// dependency order (a package after the workspace packages it depends on), and writes <dest>/order.txt
// with one tarball name a line: the release workflow publishes them in that order.
// pnpm, not npm, packs: it rewrites `workspace:*` to the exact version and applies `publishConfig`
// (exports without the `source` condition); each package's `prepack` (scripts/prepack.mjs) builds it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM = 'pnpm@10.34.9';
const root = fileURLToPath(new URL('..', import.meta.url));

/** Publishable workspace packages (not `private`), dependencies first. */
export function publishablePackages() {
  const all = [];
  for (const group of ['packages', 'plugins']) {
    for (const name of readdirSync(join(root, group)).sort()) {
      const dir = join(root, group, name);
      let manifest;
      try {
        manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      } catch {
        continue;
      }
      if (manifest.private !== true) all.push({ dir, manifest });
    }
  }
  const byName = new Map(all.map((p) => [p.manifest.name, p]));
  const ordered = [];
  const seen = new Set();
  const visit = (p) => {
    if (seen.has(p.manifest.name)) return;
    seen.add(p.manifest.name);
    for (const dep of Object.keys(p.manifest.dependencies ?? {})) if (byName.has(dep)) visit(byName.get(dep));
    ordered.push(p);
  };
  for (const p of all) visit(p);
  return ordered;
}

/** The tarball file name pnpm gives a package: `@scope/name@1.2.3` → `scope-name-1.2.3.tgz`. */
export function tarballName(manifest) {
  return `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`;
}

export function packAll(dest) {
  mkdirSync(dest, { recursive: true });
  const packages = publishablePackages();
  // One pnpm run for all of them (each `npx pnpm` start costs seconds); one at a time, since every
  // prepack runs `tsc -b` over shared references.
  const filters = packages.flatMap(({ manifest }) => ['--filter', manifest.name]);
  execFileSync(
    'npx',
    ['-y', PNPM, '-r', ...filters, 'pack', '--pack-destination', dest, '--workspace-concurrency', '1'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const names = packages.map(({ manifest }) => tarballName(manifest));
  writeFileSync(join(dest, 'order.txt'), `${names.join('\n')}\n`);
  return names.map((n) => join(dest, n));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dest = process.argv[2];
  if (!dest) {
    console.error('usage: node scripts/pack.mjs <destination directory>');
    process.exit(2);
  }
  for (const tarball of packAll(resolve(dest))) console.log(tarball);
}

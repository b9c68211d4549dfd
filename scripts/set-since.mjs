// `node scripts/set-since.mjs <version>`: at a release (docs/release.md, step 2), every check still
// marked `since: 'next'` (what `pnpm new-check` writes) gets the version that ships it (#24.5). A check
// that already names a version keeps it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const NEXT = /^(\s*since: )'next',$/m;

/**
 * The check sources under `base`: every plugin's `src/checks/*.ts` — the metadata modules
 * (`<id>.meta.ts`, docs/decisions/0031), where `since` is written, and the checks (a check merged in
 * the older layout keeps its metadata inline) — and the core checks. The rules indexes (`src/rules.ts`)
 * import the metadata modules and hold no `since` of their own.
 */
export function checkFiles(base = root) {
  const plugins = readdirSync(join(base, 'plugins'));
  const files = plugins.flatMap((p) => {
    const dir = join(base, 'plugins', p, 'src', 'checks');
    let names;
    try {
      names = readdirSync(dir);
    } catch {
      return []; // a plugin folder without checks
    }
    return names.filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).map((n) => join(dir, n));
  });
  return [...files, join(base, 'packages/core/src/core-checks.ts')];
}

/** Rewrites `since: 'next'` to `version` in `files`; returns the files changed. */
export function setSince(version, files = checkFiles()) {
  if (!/^\d+\.\d+\.\d+(?:-[0-9a-z.-]+)?$/i.test(version ?? '')) throw new Error(`not a version: ${version}`);
  const changed = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const next = text.replace(new RegExp(NEXT.source, 'gm'), `$1'${version}',`);
    if (next !== text) {
      writeFileSync(file, next);
      changed.push(file);
    }
  }
  return changed;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const changed = setSince(process.argv[2]);
  console.log(`set-since: ${changed.length} files now say since: '${process.argv[2]}'`);
}

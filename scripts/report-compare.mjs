// `node scripts/report-compare.mjs <base checkout> [dir …]`: the JSON report of this checkout's CLI
// and of another checkout's (main, built) for each directory, compared byte for byte. Performance
// work on the readers (#25) must not change a report; exits 1 on the first difference, with its offset.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [baseArg, ...dirs] = process.argv.slice(2);
const baseBin = binOf(baseArg);
if (!baseBin) {
  console.error('usage: node scripts/report-compare.mjs <base checkout (built) or its bin.js> [dir …]');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'inert-report-compare-'));
let failed = false;
for (const [i, dir] of dirs.entries()) {
  const reports = ['base', 'this'].map((name) => {
    const out = join(work, `${i}-${name}.json`);
    const bin = name === 'base' ? baseBin : binOf(root);
    const child = spawnSync(process.execPath, [bin, 'scan', dir, '--format', 'json', '-o', out], { encoding: 'utf8' });
    if (child.status === null || child.status > 3)
      throw new Error(`${bin} scan ${dir}: ${child.status} ${child.stderr}`);
    return readFileSync(out);
  });
  const [a, b] = reports;
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  if (a.length === b.length && at === a.length) console.log(`identical  ${a.length} bytes  ${dir}`);
  else {
    failed = true;
    console.log(`DIFFERENT at byte ${at} (${a.length} vs ${b.length} bytes)  ${dir}`);
    console.log(`  base: ${JSON.stringify(a.subarray(Math.max(0, at - 80), at + 80).toString())}`);
    console.log(`  this: ${JSON.stringify(b.subarray(Math.max(0, at - 80), at + 80).toString())}`);
  }
}
rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);

/**
 * The CLI a user runs: a checkout's bundled bin (packages/cli/bundle, decisions/0022) when it is built,
 * else its modules' bin; or a bin.js given directly (a saved copy of a bundle).
 */
function binOf(arg) {
  if (!arg) return undefined;
  const at = resolve(arg);
  if (at.endsWith('.js')) return existsSync(at) ? at : undefined;
  return ['packages/cli/bundle/bin.js', 'packages/cli/dist/bin.js'].map((p) => join(at, p)).find((p) => existsSync(p));
}

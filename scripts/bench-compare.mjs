// `node scripts/bench-compare.mjs <base checkout> [dir …]`: this checkout's CLI against another
// checkout's (main, built), and both against the parse floor, interleaved run by run in one process
// so a shared machine's load falls on all three alike. Prints medians of wall and CPU time (user +
// system of the child, Linux) and the load average. A development tool for #25's
// before/after numbers; `pnpm bench` stays the measurement of record.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [baseArg, ...dirs] = process.argv.slice(2);
const baseBin = binOf(baseArg);
if (!baseBin) {
  console.error('usage: node scripts/bench-compare.mjs <base checkout (built) or its bin.js> [dir …]');
  process.exit(2);
}
const thisBin = binOf(root);
const reps = Number(process.env.REPS ?? 7);
// FLOOR=walk: the bare readdir walk (the 100,000-file tree's floor) instead of the parse floor;
// FLOOR=node: `node -e 0` (the one-file checkout's floor).
const floor = process.env.FLOOR ?? 'floor';
const tools = {
  floor: (dir) => (floor === 'node' ? ['-e', '0'] : [join(root, 'scripts/bench-one.mjs'), floor, dir]),
  base: (dir) => [baseBin, 'scan', dir, '--format', 'json', '-o', '/dev/null'],
  this: (dir) => [thisBin, 'scan', dir, '--format', 'json', '-o', '/dev/null'],
};

/** CPU time of waited-for children, ms (Linux: cutime + cstime of /proc/self/stat, 100 ticks a second). */
function childrenCpu() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

function run(args) {
  const cpu0 = childrenCpu();
  const t0 = performance.now();
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = performance.now() - t0;
  if (child.status === null || child.status > 3) throw new Error(`${args.join(' ')}: ${child.status} ${child.stderr}`);
  return { wall, cpu: childrenCpu() - cpu0 };
}

const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
console.log(
  `load average at start: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')}; ${reps} runs each, interleaved`,
);
console.log(
  '| input | floor ms (CPU) | base ms (CPU) | this ms (CPU) | base/floor | this/floor | this/base | CPU this/base |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const dir of dirs) {
  const runs = { floor: [], base: [], this: [] };
  for (const t of Object.keys(tools)) run(tools[t](dir)); // warm-up
  for (let i = 0; i < reps; i++) for (const t of Object.keys(tools)) runs[t].push(run(tools[t](dir)));
  const wall = (t) => med(runs[t].map((r) => r.wall));
  const cpu = (t) => med(runs[t].map((r) => r.cpu));
  const [f, b, n] = [wall('floor'), wall('base'), wall('this')];
  const cell = (t) => `${wall(t).toFixed(0)} (${cpu(t).toFixed(0)})`;
  console.log(
    `| ${dir} | ${cell('floor')} | ${cell('base')} | ${cell('this')} | ${(b / f).toFixed(2)}× | ${(n / f).toFixed(2)}× | ${(n / b).toFixed(2)}× | ${(cpu('this') / cpu('base')).toFixed(2)}× |`,
  );
}
console.log(
  `load average at end: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')}`,
);

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

// The bench's "pathological inputs" (#20): one 1–2 MB file per reader, shaped to hurt a reader that is
// not linear (long lines, NULs, deep nesting, repeated openers, long pipe chains, alias and brace bombs).
// Each is scanned on its own; the target is < 1 s and < 300 MB peak RSS per file.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const MB = 1 << 20;
const rssPreload = fileURLToPath(new URL('bench-rss.cjs', import.meta.url));
const line = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

/** @returns {{ name: string, path: string }[]} one directory per input, under `dir`. */
export function pathologicalInputs(dir) {
  const out = [];
  const make = (name, files) => {
    const at = join(dir, name);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(at, path, '..'), { recursive: true });
      writeFileSync(join(at, path), text);
    }
    out.push({ name, path: at });
  };
  const pkg = '{"name":"x","version":"1.0.0"}\n';
  make('requirements.txt: one 2 MB line', { 'requirements.txt': `${line('a', 2 * MB)}==1.0\n` });
  make('requirements.txt: 2 MB of NULs', { 'requirements.txt': '\0'.repeat(2 * MB) });
  make('requirements.txt: 2 MB of "#" and spaces', { 'requirements.txt': `x ${line(' #', 2 * MB)}\n` });
  make('Cargo.toml: 1 MB of table-header openers', { 'Cargo.toml': `[${line('[a.', MB)}\n` });
  make('Cargo.toml: 1 MB dotted key', { 'Cargo.toml': `[package]\nname = "x"\n${line('a.', MB)}a = 1\n` });
  make('package.json: 1 MB of nested arrays', {
    'package.json': `{"name":"x","a":${'['.repeat(MB / 2)}${']'.repeat(MB / 2)}}`,
  });
  make('package.json: workspaces with 2,000 brace groups', {
    'package.json': JSON.stringify({ name: 'x', workspaces: [line('{a,b}', 10_000)] }),
  });
  make('package.json: 20,000 workspace globs', {
    'package.json': JSON.stringify({
      name: 'x',
      workspaces: Array.from({ length: 20_000 }, (_, i) => `packages/p${i}/*`),
    }),
  });
  make('.npmrc: one 2 MB line', { 'package.json': pkg, '.npmrc': `registry=${line('h', 2 * MB)}\n` });
  make('yarn.lock: one 2 MB line', {
    'package.json': pkg,
    'yarn.lock': `"a@${line('^', 2 * MB)}":\n  version "1.0.0"\n`,
  });
  make('pnpm-lock.yaml: alias bomb', {
    'package.json': pkg,
    'pnpm-lock.yaml': `lockfileVersion: '9.0'\na: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 30 }, (_, i) => `b${i}: &b${i} [${`*${i ? `b${i - 1}` : 'a'},`.repeat(9)}]`).join('\n')}\n`,
  });
  make('Gemfile: 2 MB of quotes', { Gemfile: `gem "${line('\'"', 2 * MB)}\n` });
  // The 2 MB inputs above and below are refused by the syntax-tree byte budgets (32 KiB for Ruby,
  // 256 KiB for setup.py) before tree-sitter runs; these, just under them, time the parsers and readers.
  make('Gemfile: 32 KB of quotes (under the Ruby byte budget)', { Gemfile: `gem "${line('\'"', 32_700)}\n` });
  // tree-sitter-ruby and tree-sitter-python are super-linear on these: the CPU budgets of the parse cut them.
  make('Gemfile: 32 KB of unterminated %( literals (cut by the Ruby CPU budget)', {
    Gemfile: line('%(', 32_700),
  });
  make('setup.py: 64 KB of backslash line continuations (cut by the setup.py CPU budget)', {
    'setup.py': line('\\\n', 64 * 1024),
  });
  make('setup.py: 25,000 nested os.system( calls (under the setup.py byte budget)', {
    'setup.py': `import os\n${'os.system('.repeat(25_000)}"x"${')'.repeat(25_000)}\n`,
  });
  make('go.mod: one 2 MB line', { 'go.mod': `module x\n\nrequire ${line('a/', 2 * MB)} v1.0.0\n` });
  make('setup.py: 50,000 nested os.system( calls', {
    'setup.py': `import os\n${'os.system('.repeat(50_000)}"x"${')'.repeat(50_000)}\n`,
  });
  make('workflow: 1 MB pipe chain', {
    '.github/workflows/ci.yml': `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: curl https://x${line('|sh', MB)}\n`,
  });
  make('workflow: matrix of 40 axes × 10 values', {
    '.github/workflows/ci.yml': `on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix:\n${Array.from({ length: 40 }, (_, i) => `        k${i}: [${Array.from({ length: 10 }, (_, j) => `v${j}`).join(', ')}]`).join('\n')}\n    steps:\n      - run: npm \${{ matrix.k0 }}\n`,
  });
  make('Dockerfile: one 2 MB RUN line', { Dockerfile: `FROM x\nRUN ${line('a && ', 2 * MB)}\n` });
  make('gradle verification-metadata.xml: 1 MB of nested elements', {
    'gradle/verification-metadata.xml': `<verification-metadata>${'<a>'.repeat(MB / 8)}${'</a>'.repeat(MB / 8)}</verification-metadata>\n`,
    'settings.gradle': '',
  });
  return out;
}

export const GOAL_MS = 1000;
export const GOAL_RSS = 300 * MB;
export const TIMEOUT_MS = 30_000;

/**
 * Within the goal: under 300 MB and under a second of CPU time (every thread). On an idle machine each
 * row's CPU time is above its wall time (web-tree-sitter and V8 compile on helper threads), so CPU under
 * a second is what an idle run shows as under a second; on a loaded machine the wall time measures
 * the neighbours too, so it is shown but not judged.
 */
function withinGoal(r) {
  return !r.timedOut && (r.ms < GOAL_MS || r.cpuMs < GOAL_MS) && r.rss < GOAL_RSS;
}

/**
 * Scans one pathological input with the CLI in a fresh process, killed after `timeoutMs`: a reader that
 * hangs shows as "timeout" (not met) instead of hanging the bench.
 * @returns {{ ms: number, cpuMs: number, rss: number, timedOut: boolean, met: boolean }}
 */
export function runPathological(cli, path, timeoutMs = TIMEOUT_MS) {
  return runNode([cli, 'scan', path, '--format', 'json'], timeoutMs);
}

/** `node -e 0` with the same preload: the floor a loaded machine gives every row of this run. */
export function runFloor() {
  return runNode(['-e', '0'], TIMEOUT_MS);
}

function runNode(args, timeoutMs) {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['-r', rssPreload, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    env: { ...process.env, INERT_BENCH_RSS: '1' },
  });
  const ms = performance.now() - t0;
  const timedOut = child.error?.code === 'ETIMEDOUT' || child.signal === 'SIGKILL';
  if (!timedOut && !(child.status >= 0 && child.status <= 3))
    throw new Error(`node ${args.join(' ')} failed (${child.status}): ${child.stderr}`);
  const rss = Number(/@bench-rss (\d+)\s*$/.exec(child.stderr ?? '')?.[1] ?? Number.NaN);
  const cpuMs = Number(/@bench-cpu (\d+)\s/.exec(child.stderr ?? '')?.[1] ?? Number.NaN);
  const r = { ms, cpuMs, rss, timedOut };
  return { ...r, met: withinGoal(r) };
}

/** One table row: the wall time (or "timeout") with the CPU time, the peak RSS and whether both are within the goal. */
export function pathologicalRow(name, r) {
  const cpu = Number.isFinite(r.cpuMs) ? ` (CPU ${r.cpuMs.toFixed(0)})` : '';
  const time = r.timedOut ? `timeout (${(TIMEOUT_MS / 1000).toFixed(0)} s)` : `${r.ms.toFixed(0)}${cpu}`;
  const rss = Number.isFinite(r.rss) ? `${(r.rss / MB).toFixed(1)} MB` : '—';
  return `| ${name} | ${time} | ${rss} | ${r.met ? 'met' : '**not met**'} |`;
}

// `node scripts/bench-pathological.mjs [name-substring…]` (after `npx tsc -b`): just this row, optionally
// only the inputs whose name contains one of the arguments.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const work = mkdtempSync(join(tmpdir(), 'inert-pathological-'));
  const only = process.argv.slice(2);
  try {
    console.log(
      `| input | ms | peak RSS | within goal (< ${GOAL_MS} ms of CPU, < ${GOAL_RSS / MB} MB) |\n| --- | --- | --- | --- |`,
    );
    console.log(pathologicalRow('floor: `node -e 0`', runFloor()));
    for (const p of pathologicalInputs(work)) {
      if (only.length && !only.some((o) => p.name.includes(o))) continue;
      console.log(pathologicalRow(p.name, runPathological(join(root, 'packages/cli/dist/bin.js'), p.path)));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// Fuzz inputs shared by test/fuzz.test.ts and test/fuzz-replay.mjs: seeds from the corpora,
// mutated by a fixed-seed PRNG, so a failing case can be replayed exactly.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const NAMES =
  /^(?:package(?:-lock)?\.json|yarn\.lock|bun\.lock|\.npmrc|Cargo\.(?:toml|lock)|config\.toml|go\.(?:mod|sum|work)|modules\.txt|Gemfile(?:\.lock)?|.*\.gemspec|requirements.*\.txt|pyproject\.toml|poetry\.lock|uv\.lock|Pipfile(?:\.lock)?|setup\.(?:py|cfg)|build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?|gradle\.lockfile|gradle-wrapper\.properties|verification-metadata\.xml|.*\.ya?ml|Dockerfile)$/;

export function seeds() {
  const out = [];
  const walk = (dir, depth) => {
    if (depth > 6 || out.length > 400) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory() && e.name !== 'node_modules' && e.name !== 'adversarial') walk(path, depth + 1);
      else if (e.isFile() && NAMES.test(e.name) && statSync(path).size < 300_000)
        out.push({ name: e.name, text: readFileSync(path, 'utf8') });
    }
  };
  walk(join(root, 'corpus'), 0);
  const real = resolve(root, process.env.INERT_REAL_CORPUS ?? '../shared/corpus/real');
  if (existsSync(real)) walk(real, 0);
  return out;
}

/** mulberry32: small, fast, reproducible. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPECIAL = [
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '\n',
  '\r\n',
  '\0',
  '\\',
  ':',
  '=',
  '#',
  '*',
  '&a',
  '<<',
  '${',
  '\u202e',
  '\ufeff',
  '- ',
  '  ',
];

function mutate(text, rand) {
  let s = text;
  const n = 1 + Math.floor(rand() * 4);
  for (let k = 0; k < n; k++) {
    const at = Math.floor(rand() * (s.length + 1));
    const op = Math.floor(rand() * 5);
    if (op === 0) s = s.slice(0, at) + SPECIAL[Math.floor(rand() * SPECIAL.length)] + s.slice(at);
    else if (op === 1) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(rand() * 40));
    else if (op === 2) s = s.slice(0, at);
    else if (op === 3) {
      const len = Math.floor(rand() * 200);
      s = s.slice(0, at) + s.slice(at, at + len).repeat(2 + Math.floor(rand() * 3)) + s.slice(at + len);
    } else s = s.slice(0, at) + String.fromCharCode(Math.floor(rand() * 0x2fff)) + s.slice(at + 1);
  }
  return s;
}

/** The sequence of mutated inputs for `iterations` and `seed`. */
export function* fuzzCases(iterations, seed) {
  const inputs = seeds();
  const rand = prng(seed);
  for (let i = 0; i < iterations; i++) {
    const base = inputs[Math.floor(rand() * inputs.length)];
    const text = mutate(base.text, rand);
    const path = /\.ya?ml$/.test(base.name)
      ? base.name.startsWith('pnpm')
        ? base.name
        : `.github/workflows/${base.name}`
      : base.name === 'config.toml'
        ? '.cargo/config.toml'
        : base.name;
    yield { i, name: base.name, path, text };
  }
}

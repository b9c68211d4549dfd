// The bench's "pathological inputs" (#20): one 1–2 MB file per reader, shaped to hurt a reader that is
// not linear (long lines, NULs, deep nesting, repeated openers, long pipe chains, alias and brace bombs).
// Each is scanned on its own; the target is < 1 s and < 300 MB peak RSS per file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MB = 1 << 20;
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

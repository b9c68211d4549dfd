/** Every ```ts example in docs/library.md type-checks, as a user's strict project, against the built declarations. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const page = readFileSync(`${root}/docs/library.md`, 'utf8');
const examples = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('docs/library.md examples', () => {
  it('has examples', () => expect(examples.length).toBeGreaterThanOrEqual(6));

  it('type-checks every example with a strict tsconfig (and would catch a broken one)', () => {
    // Under node_modules/ so `inert` and `@inert/*` resolve as they do for a user.
    const dir = `${root}/node_modules/.inert-docs-examples`;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/package.json`, '{ "type": "module" }\n');
    const files = examples.map((code, i) => `example-${i + 1}.ts`);
    examples.forEach((code, i) => writeFileSync(`${dir}/${files[i]}`, `export {};\n${code}`));
    // A deliberately wrong use of the API must fail, or this test proves nothing.
    writeFileSync(
      `${dir}/broken.ts`,
      "export {};\nimport { scan } from '@inert/core';\nawait scan('not a source', { plugins: [] });\n",
    );
    const tsconfig = {
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        types: ['node'],
      },
    };
    const tsc = (names: string[]) => {
      writeFileSync(`${dir}/tsconfig.json`, JSON.stringify({ ...tsconfig, files: names }));
      const r = spawnSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', `${dir}/tsconfig.json`], {
        encoding: 'utf8',
      });
      return (r.stdout + r.stderr).replaceAll(dir, '');
    };
    expect(tsc(files)).toBe('');
    expect(tsc(['broken.ts'])).toMatch(/broken\.ts.*error TS/);
  });
});

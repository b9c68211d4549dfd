import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GRAMMAR_VERSIONS, GRAMMARS } from './index.js';
import { checkPinned } from './parse.js';

const here = new URL('./', import.meta.url);
const grammars = new URL('../grammars/', import.meta.url);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('syntax/bundled grammars', () => {
  it('match SHA256SUMS and the pins in grammars.ts (a swapped grammar fails here)', () => {
    const lines = readFileSync(new URL('SHA256SUMS', grammars), 'utf8').trim().split('\n');
    const pinned: Record<string, string> = Object.fromEntries(
      lines.map((line) => {
        const [sum = '', name = ''] = line.split(/\s+/);
        return [name, sum];
      }),
    );
    expect(Object.keys(pinned).sort()).toEqual(['groovy.wasm', 'kotlin.wasm', 'python.wasm', 'ruby.wasm']);
    for (const [language, grammar] of Object.entries(GRAMMARS)) {
      const sum = sha256(readFileSync(new URL(`${language}.wasm`, grammars)));
      expect(sum, `grammars/${language}.wasm`).toBe(pinned[`${language}.wasm`]);
      expect(sum, `GRAMMARS.${language}.sha256`).toBe(grammar.sha256);
    }
  });

  it('are refused at load time when their bytes differ from the pin', () => {
    const bytes = new Uint8Array(readFileSync(new URL('python.wasm', grammars)));
    expect(checkPinned('python', bytes)).toBe(bytes);
    bytes[bytes.length - 1]! ^= 1;
    expect(() => checkPinned('python', bytes)).toThrow(/python\.wasm has sha256 [0-9a-f]{64}, not the pinned/);
    expect(() => checkPinned('ruby', new Uint8Array(readFileSync(new URL('kotlin.wasm', grammars))))).toThrow(
      /not the pinned/,
    );
  });

  it('name the pinned devDependency versions and a licence for each grammar', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      devDependencies: Record<string, string>;
      files: string[];
    };
    for (const [language, grammar] of Object.entries(GRAMMARS)) {
      expect(pkg.devDependencies[grammar.package], grammar.package).toBe(grammar.version);
      expect(GRAMMAR_VERSIONS[language as keyof typeof GRAMMARS]).toBe(`${grammar.package}@${grammar.version}`);
      const licences = readFileSync(new URL('LICENSES.md', grammars), 'utf8');
      expect(licences).toContain(`\`${language}.wasm\`: ${grammar.package}@${grammar.version} (${grammar.license})`);
      if (language !== 'groovy')
        expect(existsSync(new URL(`LICENSE.${language}`, grammars)), `LICENSE.${language}`).toBe(true);
    }
    expect(pkg.files).toContain('grammars');
  });
});

describe('syntax/safety', () => {
  it('imports no process, network, worker or vm module and evaluates no code', () => {
    for (const file of readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const text = readFileSync(new URL(file, here), 'utf8');
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect(
        imports.filter((m) =>
          /^(?:node:)?(?:child_process|vm|worker_threads|net|http|https|http2|dgram|tls|dns|cluster)$/.test(m!),
        ),
        file,
      ).toEqual([]);
      expect(text, file).not.toMatch(/\beval\(|new Function\(|\bfetch\(|import\(/);
    }
  });
});

/**
 * The core knows no ecosystem (#24.1): packages/core's non-test sources name no package manager,
 * registry or CI system. What an ecosystem needs from the core is data its plugin supplies (its
 * files, checks, profile, command rules, OSV descriptor, archive formats, hook vocabulary). The
 * allow-list below names, line by line, the text (never logic) that still cites an ecosystem, with
 * the words it may use and why; it may only shrink. Session 7 left one line: the GitHub reporter's
 * format name (the archive readers' comments, the core checks' corpus case names and the prose
 * examples of programs-as-manifests were rephrased or renamed).
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './source-files.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const coreSrc = join(root, 'packages/core/src');

/** Package managers, their clients, registries, manifests named after them and CI systems (lower case). */
const WORDS = [
  'npm',
  'npmjs',
  'npx',
  'yarn',
  'pnpm',
  'bun',
  'pypi',
  'pip',
  'pipenv',
  'poetry',
  'pdm',
  'uv',
  'setuptools',
  'setup.py',
  'cargo',
  'crates',
  'crates.io',
  'rustup',
  'rubygems',
  'gem',
  'gems',
  'gemfile',
  'gemspec',
  'bundler',
  'golang',
  'go.mod',
  'go.sum',
  'gradle',
  'maven',
  'github actions',
  'gitlab',
  'dockerfile',
];

/** The words in `text`, whole and case-insensitive, as [line, word] pairs. */
function mentions(text: string): [number, string][] {
  const escaped = WORDS.map((w) => w.replace(/\./g, '\\.').replace(/ /g, '\\s+'));
  const re = new RegExp(`(?<!\\w)(?:${escaped.join('|')})(?!\\w)`, 'gi');
  const out: [number, string][] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(re)) out.push([i + 1, m[0].toLowerCase().replace(/\s+/g, ' ')]);
  });
  return out;
}

interface Allowed {
  /** A substring of the line(s) the words are allowed on. */
  line: string;
  words: readonly string[];
  reason: string;
}

/**
 * Lines of files (relative to packages/core/src) that may still name ecosystems, each with the words
 * and the reason. Logic never may; text may when the reason says why. Shrink it, never grow it.
 */
const ALLOWED: Readonly<Record<string, readonly Allowed[]>> = {
  'report/github.ts': [
    {
      line: '',
      words: ['github actions'],
      reason:
        'the reporter\u2019s output format is GitHub Actions workflow commands: the name of a format, not ecosystem knowledge',
    },
  ],
};

function allowedOn(file: string, line: string, word: string): boolean {
  return (ALLOWED[file] ?? []).some((a) => line.includes(a.line) && a.words.includes(word));
}

function sources(dir: string): string[] {
  return filesUnder(dir, (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
}

describe('the core knows no ecosystem', () => {
  const files = sources(coreSrc);

  it('finds the core sources', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('names no package manager, registry or CI system outside the allow-list', () => {
    const offenders = files.flatMap((f) => {
      const name = relative(coreSrc, f).split(sep).join('/');
      const lines = readFileSync(f, 'utf8').split('\n');
      return mentions(lines.join('\n'))
        .filter(([at, word]) => !allowedOn(name, lines[at - 1] ?? '', word))
        .map(([line, word]) => `${name}:${line}: ${word}`);
    });
    expect(offenders).toEqual([]);
  });

  it('keeps the allow-list honest: every entry still needed, every word still used, every reason given', () => {
    for (const [name, entries] of Object.entries(ALLOWED)) {
      const lines = readFileSync(join(coreSrc, name), 'utf8').split('\n');
      for (const entry of entries) {
        const used = new Set(lines.filter((l) => l.includes(entry.line)).flatMap((l) => mentions(l).map(([, w]) => w)));
        expect([name, entry.line, entry.words.filter((w) => !used.has(w))]).toEqual([name, entry.line, []]);
        expect(entry.reason.length, name).toBeGreaterThan(40);
      }
    }
  });

  it('the word match can fail (whole words, any case, in code and comments)', () => {
    expect(
      mentions("const eco = 'npm';\n// reads Cargo.lock\nif (x === 'PyPI') y();\n/** GitHub  Actions */").map(
        ([l, w]) => `${l}:${w}`,
      ),
    ).toEqual(['1:npm', '2:cargo', '3:pypi', '4:github actions']);
    expect(mentions('const gemstone = pipeline(npmrc, bundlerish, unpacking);')).toEqual([]);
    expect(mentions('reads setup.py and go.mod')).toEqual([
      [1, 'setup.py'],
      [1, 'go.mod'],
    ]);
    expect(mentions("good: ['clean--npm-ci'], pattern: /\\.cargo\\/credentials/")).toEqual([
      [1, 'npm'],
      [1, 'cargo'],
    ]);
  });
});

/**
 * The core knows no ecosystem (#24.1): packages/core's non-test sources name no package manager,
 * registry or CI system. What an ecosystem needs from the core is data its plugin supplies (its
 * files, checks, profile, command rules, OSV descriptor). The allow-list below is the debt still
 * open, one entry per file with the words it may still use and why; it may only shrink.
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
  words: readonly string[];
  reason: string;
}

/** Files (relative to packages/core/src) that still name ecosystems. Each entry is debt: shrink it, never grow it. */
const ALLOWED: Readonly<Record<string, Allowed>> = {
  'source/tar-entries.ts': {
    words: ['npm'],
    reason:
      'text, not logic: a comment cites the client whose tar library (node-tar) inert uses so that archives read as that client reads them, a fact about the library choice (docs/decisions/0005)',
  },
  'source/zip-entries.ts': {
    words: ['pip'],
    reason:
      'text, not logic: a comment cites the client whose ZIP semantics (central directory authoritative) the reader follows, a fact about the library choice (docs/decisions/0005)',
  },
  'core-checks.ts': {
    words: ['npm', 'setup.py', 'gemfile', 'gradle'],
    reason:
      'the core checks\u2019 docs text and corpus example names (clean--npm-ci-with-lockfile) cite real manifests; renaming changes generated docs and corpus folders (follow-up)',
  },
  'questions.ts': {
    words: ['setup.py', 'cargo', 'gemfile', 'gradle'],
    reason:
      'a question\u2019s prose gives real examples of manifests that are programs; it is the text of generated docs (follow-up: examples from the plugins)',
  },
  'report/github.ts': {
    words: ['github actions'],
    reason:
      'the reporter\u2019s output format is GitHub Actions workflow commands: the name of a format, not ecosystem knowledge',
  },
};

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
      const allowed = new Set(ALLOWED[name]?.words ?? []);
      return mentions(readFileSync(f, 'utf8'))
        .filter(([, word]) => !allowed.has(word))
        .map(([line, word]) => `${name}:${line}: ${word}`);
    });
    expect(offenders).toEqual([]);
  });

  it('keeps the allow-list honest: every entry still needed, every word still used, every reason given', () => {
    for (const [name, entry] of Object.entries(ALLOWED)) {
      const used = new Set(mentions(readFileSync(join(coreSrc, name), 'utf8')).map(([, w]) => w));
      expect([name, entry.words.filter((w) => !used.has(w))]).toEqual([name, []]);
      expect(entry.reason.length, name).toBeGreaterThan(40);
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

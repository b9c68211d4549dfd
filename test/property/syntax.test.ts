/** Properties of @inert/syntax: every grammar returns a tree or a limit (never rejects, never breaks), with nodes inside the source. */
import { describe, it } from 'vitest';
import { parseSource, type Language, type SyntaxNode } from '../../packages/syntax/src/index.js';
import { anyText, assertInside, check, edits, fc, lineLengths, MAX_MS, mutate, seedFiles } from './harness.js';

const TOKENS: Record<Language, readonly string[]> = {
  python: [
    'setup(',
    'install_requires=[',
    '"requests>=2"',
    "'x'",
    ']',
    ')',
    'import os',
    'from setuptools import setup',
    'def f():',
    '\n    ',
    'return',
    'lambda x: x',
    'f"{x}"',
    '"""',
    "'''",
    '#',
    '\\',
    '@',
    'class A:',
    'if',
    'else:',
    ':',
    ',',
    '**kw',
    'open("x").read()',
    'exec(',
    'b"\\x00"',
    'r"\\"',
  ],
  ruby: [
    'source "https://rubygems.org"',
    'gem "rails", "~> 7"',
    'gem',
    ',',
    'git:',
    'branch:',
    '"x"',
    "'y'",
    'group :dev do',
    'end',
    'Gem::Specification.new do |s|',
    's.add_dependency',
    '%w[a b]',
    '<<~EOS\n',
    '\nEOS\n',
    '#{x}',
    '=begin\n',
    '\n=end\n',
    'eval(',
    '`ls`',
    '__END__\n',
    'if',
    'unless',
    '{',
    '}',
    '|',
    ':sym',
    '=>',
  ],
  groovy: [
    'plugins {',
    'id "java"',
    'repositories {',
    'mavenCentral()',
    'maven { url "http://x" }',
    'dependencies {',
    'implementation "a:b:1"',
    "'c:d:+'",
    '}',
    '{',
    '(',
    ')',
    '"${x}"',
    '"""',
    "'''",
    '/*',
    '*/',
    '//',
    'def x =',
    'apply from:',
    'task x {',
    '->',
    '.',
    'it',
    'buildscript {',
    'classpath',
    '$/',
    '/$',
  ],
  kotlin: [
    'plugins {',
    'id("java")',
    'kotlin("jvm") version "2.0"',
    'repositories {',
    'mavenCentral()',
    'maven("http://x")',
    'dependencies {',
    'implementation("a:b:1")',
    'api(libs.x)',
    '}',
    '{',
    '(',
    ')',
    '"${x}"',
    '"""',
    '/*',
    '*/',
    '//',
    'val x =',
    'apply(from =',
    'tasks.register("x") {',
    '->',
    '.',
    'it',
    'buildscript {',
    '`x`',
    '@file:',
    '?:',
  ],
};
const FILES: Record<Language, RegExp> = {
  python: /(^|\/)setup\.py$|\.py$/,
  ruby: /(^|\/)(Gemfile|gems\.rb)$|\.gemspec$|\.rb$/,
  groovy: /\.gradle$/,
  kotlin: /\.gradle\.kts$/,
};
const LANGUAGES = Object.keys(TOKENS) as Language[];

function code(language: Language): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...TOKENS[language]) },
        fc.constantFrom(' ', '\n', '\r\n', '\r', '\t', '\0', '\ufeff', '\ud800', 'é', '𝟘'),
        fc.string({ maxLength: 4 }),
      ),
      { maxLength: 60 },
    )
    .map((t) => t.join(''));
}

async function checkTree(language: Language, text: string): Promise<void> {
  // The parse budget is CPU time (a loaded machine stretches wall time, not the budget), so the bound
  // per input is CPU time too: the 1,000 ms budget plus one progress-callback interval.
  const started = process.cpuUsage();
  const result = await parseSource(language, text, { cpuMs: 1000 });
  const used = process.cpuUsage(started);
  const cpuMs = (used.user + used.system) / 1000;
  if (cpuMs > MAX_MS)
    throw new Error(`parseSource(${language}) took ${Math.round(cpuMs)} ms of CPU, over ${MAX_MS} ms`);
  if (!result.ok) {
    if (result.kind !== 'limit') throw new Error(`${language}: ${result.kind}: ${result.reason}`);
    return;
  }
  // Tree-sitter lines end at LF only; columns count UTF-16 units.
  const lengths = lineLengths(text, 'lf');
  let seen = 0;
  const walk = (node: SyntaxNode, parent: SyntaxNode | undefined) => {
    if (++seen > 5000) return;
    if (!(node.startIndex >= 0 && node.startIndex <= node.endIndex && node.endIndex <= text.length))
      throw new Error(`${node.type}: range ${node.startIndex}..${node.endIndex} outside 0..${text.length}`);
    if (parent && (node.startIndex < parent.startIndex || node.endIndex > parent.endIndex))
      throw new Error(`${node.type} outside its parent ${parent.type}`);
    assertInside(
      lengths,
      { line: node.startLine, column: node.startColumn, endLine: node.endLine, endColumn: node.endColumn },
      `${language} ${node.type}`,
    );
    if (node.text !== text.slice(node.startIndex, node.endIndex))
      throw new Error(`${node.type}: text differs from the source slice`);
    for (const child of node.children) walk(child, node);
  };
  walk(result.tree, undefined);
}

describe('property: @inert/syntax parseSource', () => {
  for (const language of LANGUAGES) {
    it(`${language}: token soup and random text give a tree with every node inside the source`, async () => {
      await check(`syntax ${language}`, 40, fc.oneof(code(language), anyText), (text) => checkTree(language, text));
    });

    const seeds = seedFiles((p) => FILES[language].test(p)).map((f) => f.text);
    it.runIf(seeds.length > 0)(`${language}: mutations of corpus files`, async () => {
      await check(`syntax ${language} corpus`, 20, fc.tuple(fc.nat(seeds.length - 1), edits), ([i, list]) =>
        checkTree(language, mutate(seeds[i]!, list)),
      );
    });
  }

  it('deep nesting stays within the budget in every grammar', async () => {
    const deep = fc
      .tuple(
        fc.constantFrom(...LANGUAGES),
        fc.constantFrom('(', '[', '{', 'f(', 'a{', '"${', 'if x:\n'),
        fc.integer({ min: 1000, max: 20000 }),
      )
      .map(([language, open, depth]) => [language, open.repeat(depth)] as const);
    await check('syntax deep nesting', 8, deep, ([language, text]) => checkTree(language, text));
  });
});

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callArguments, callName, childByField, findAll, GRAMMAR_VERSIONS, parseSource, stringValue, type Language } from './index.js';

const grammars = new URL('../grammars/', import.meta.url);

async function tree(language: Language, text: string) {
  const r = await parseSource(language, text);
  if (!r.ok) throw new Error(r.reason);
  return r;
}

describe('bundled grammars', () => {
  it('match SHA256SUMS (a swapped grammar fails here)', () => {
    const lines = readFileSync(new URL('SHA256SUMS', grammars), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      const [sum, file] = line.split(/\s+/);
      expect(createHash('sha256').update(readFileSync(new URL(file!, grammars))).digest('hex')).toBe(sum);
    }
    expect(Object.keys(GRAMMAR_VERSIONS).sort()).toEqual(['groovy', 'kotlin', 'python', 'ruby']);
  });
});

describe('setup.py (python)', () => {
  it('finds setup() and its literal keyword arguments, and refuses f-strings', async () => {
    const src = 'import os, subprocess\nfrom setuptools import setup\n\nsetup(\n    name="demo-api",\n    version=f"{VERSION}",\n    install_requires=["flask==3.0.3", r"re\\d"],\n    cmdclass={"install": Custom},\n)\nsubprocess.check_call(["curl", "https://x"])\n';
    const { tree: root, hasError } = await tree('python', src);
    expect(hasError).toBe(false);
    const calls = findAll(root, 'call');
    expect(calls.map((c) => callName(c, 'python'))).toEqual(['setup', 'subprocess.check_call']);
    const kwargs = Object.fromEntries(findAll(calls[0]!, 'keyword_argument').map((k) => [childByField(k, 'name')!.text, childByField(k, 'value')!]));
    expect(stringValue(kwargs.name!, 'python')).toBe('demo-api');
    expect(stringValue(kwargs.version!, 'python')).toBeUndefined();
    expect(findAll(kwargs.install_requires!, 'string').map((s) => stringValue(s, 'python'))).toEqual(['flask==3.0.3', 're\\d']);
    expect(kwargs.cmdclass).toMatchObject({ type: 'dictionary', startLine: 8, startColumn: 14 });
  });
});

describe('Gemfile (ruby)', () => {
  it('reads source, gem and group calls with literal options; interpolation is not literal', async () => {
    const src = 'source "https://rubygems.org"\n\ngem "rails", "~> 7.1"\ngroup :development, :test do\n  gem \'rspec-rails\', git: "https://github.com/#{org}/rspec"\nend\n`curl x | sh`\n';
    const { tree: root } = await tree('ruby', src);
    const calls = findAll(root, 'call');
    expect(calls.map((c) => callName(c, 'ruby'))).toEqual(['source', 'gem', 'group', 'gem']);
    expect(callArguments(calls[1]!, 'ruby').map((a) => stringValue(a, 'ruby'))).toEqual(['rails', '~> 7.1']);
    const rspec = callArguments(calls[3]!, 'ruby');
    expect(stringValue(rspec[0]!, 'ruby')).toBe('rspec-rails');
    expect(stringValue(childByField(rspec[1]!, 'value')!, 'ruby')).toBeUndefined();
    expect(calls[3]).toMatchObject({ startLine: 5, startColumn: 3 });
    expect(findAll(root, 'subshell')).toHaveLength(1);
  });
});

describe('build.gradle (groovy)', () => {
  it('reads plugins, repositories, dependencies; GStrings are not literal', async () => {
    const src = "plugins {\n  id 'java'\n  id \"org.x\" version \"1.0\"\n}\nrepositories {\n  mavenCentral()\n  maven { url \"https://repo.example/$v\" }\n}\ndependencies {\n  implementation 'com.squareup.okhttp3:okhttp:4.12.0'\n}\n";
    const { tree: root } = await tree('groovy', src);
    const calls = findAll(root, ['method_invocation', 'juxt_function_call']);
    expect(calls.map((c) => callName(c, 'groovy'))).toEqual(['plugins', 'id', 'id', 'version', 'repositories', 'mavenCentral', 'maven', 'url', 'dependencies', 'implementation']);
    const args = (name: string) => callArguments(calls.find((c) => callName(c, 'groovy') === name)!, 'groovy').map((a) => stringValue(a, 'groovy'));
    expect(args('implementation')).toEqual(['com.squareup.okhttp3:okhttp:4.12.0']);
    expect(args('url')).toEqual([undefined]);
    expect(args('id')).toEqual(['java']);
  });
});

describe('build.gradle.kts (kotlin)', () => {
  it('reads call expressions and literal arguments; templates are not literal', async () => {
    const src = 'plugins {\n    kotlin("jvm") version "2.0.0"\n}\nrepositories {\n    mavenCentral()\n    maven("https://repo.example/$v")\n    maven("https://plain.example/m2")\n}\ndependencies {\n    implementation("com.squareup.okhttp3:okhttp:4.12.0")\n}\n';
    const { tree: root } = await tree('kotlin', src);
    const calls = findAll(root, 'call_expression');
    expect(calls.map((c) => callName(c, 'kotlin'))).toEqual(['plugins', 'kotlin', 'repositories', 'mavenCentral', 'maven', 'maven', 'dependencies', 'implementation']);
    const mavens = calls.filter((c) => callName(c, 'kotlin') === 'maven').map((c) => callArguments(c, 'kotlin').map((a) => stringValue(a, 'kotlin')));
    expect(mavens).toEqual([[undefined], ['https://plain.example/m2']]);
    expect(calls[7]).toMatchObject({ startLine: 10, startColumn: 5 });
  });
});

describe('positions and hostile input', () => {
  it('counts columns in UTF-16 code units on non-ASCII lines', async () => {
    const { tree: root } = await tree('python', '# héllo 日本\nx = "日本"; setup(name="é")\n');
    const call = findAll(root, 'call')[0]!;
    expect(call).toMatchObject({ startLine: 2, startColumn: 11 }); // 15 if it counted UTF-8 bytes
    expect(stringValue(findAll(call, 'string')[0]!, 'python')).toBe('é');
  });

  it('never throws: deep nesting, garbage, size and time limits', async () => {
    const deep = await parseSource('python', `x = ${'('.repeat(50_000)}1${')'.repeat(50_000)}\n`);
    expect(deep.ok).toBe(true);
    const garbage = await parseSource('ruby', '}{)(][ end end do |x| <<<'.repeat(20_000));
    expect(garbage.ok && garbage.hasError).toBe(true);
    expect(await parseSource('kotlin', 'x'.repeat(100), { maxBytes: 10 })).toMatchObject({ ok: false, kind: 'limit' });
    expect(await parseSource('groovy', 'def x = 1\n'.repeat(300_000), { timeoutMs: 1 })).toMatchObject({ ok: false, kind: 'limit' });
    expect(await parseSource('python', 'x = 1\n'.repeat(1000), { maxNodes: 50 })).toMatchObject({ ok: false, kind: 'limit' });
  });
});

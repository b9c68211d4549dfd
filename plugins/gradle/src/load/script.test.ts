/** Unit tests for the script reader: Kotlin and Groovy shapes, task actions, hostile input. https://docs.gradle.org/current/userguide/declaring_repositories.html */
import { describe, expect, it } from 'vitest';
import { expectLinearAsync, withQuadratic } from '@inert/testing';
import { parseScript } from './script.js';

const read = async (text: string, path = 'build.gradle.kts') => parseScript(text, path, '');

/**
 * Doubling sizes for the nested-block tests: n = 4 Ki characters, 4n = 16 Ki, re-measured there. Past
 * it the tree's live objects outgrow V8's young generation (nested repositories, CPU ms: 8 Ki 10.1,
 * 16 Ki 21.6, 32 Ki 61.3 — x2.8 in one doubling), and the parse's own budget would keep decision
 * 0028's re-measure from growing far anyway (1 Mi characters were cut: 2.0 s against 2.6 s at 512 Ki).
 */
const BELOW_STEP = { start: 1 << 12, maxSize: 1 << 12, runs: 3 };
/** Wall-clock limit of a doubling test: generous, since the ratio is measured in CPU time and load only stretches the wall. */
const WALL_LIMIT = 300_000;

describe('parseScript', () => {
  it('reads Kotlin repositories with trailing lambdas once each, in order, with filters', async () => {
    const { script, problems } = await read(`repositories {
  exclusiveContent { forRepository { maven("https://repo.example.com/internal") { name = "internal" } }; filter { includeGroup("com.acme") } }
  maven("http://plain.example.com/m") { isAllowInsecureProtocol = true }
  mavenLocal()
  mavenCentral()
}`);
    expect(problems).toEqual([]);
    expect(script?.repos.map((r) => [r.kind, r.url, r.filtered, r.insecureFlag])).toEqual([
      ['maven', 'https://repo.example.com/internal', true, false],
      ['maven', 'http://plain.example.com/m', false, true],
      ['mavenLocal', undefined, false, false],
      ['mavenCentral', undefined, false, false],
    ]);
  });

  it('reads Groovy repositories, scopes and content filters', async () => {
    const { script } = await read(
      `pluginManagement { repositories { gradlePluginPortal() } }
dependencyResolutionManagement {
  repositories {
    maven { url 'https://nexus.example.com/repo'; content { includeGroup 'com.acme' } }
    mavenCentral()
  }
}`,
      'settings.gradle',
    );
    expect(script?.kind).toBe('settings');
    expect(script?.repos.map((r) => [r.scope, r.kind, r.url, r.filtered])).toEqual([
      ['pluginManagement', 'gradlePluginPortal', undefined, false],
      ['dependencyResolutionManagement', 'maven', 'https://nexus.example.com/repo', true],
      ['dependencyResolutionManagement', 'mavenCentral', undefined, false],
    ]);
  });

  it('reads dependencies with trailing lambdas and separates task actions from configuration time', async () => {
    const { script } = await read(`dependencies { implementation("g:a:1.+") { exclude(group = "x") } }
val v = ProcessBuilder("git", "describe").start()
tasks.register("x") { doLast { exec { commandLine("ls") } } }
dependencyLocking { lockAllConfigurations() }`);
    expect(script?.deps.map((d) => `${d.group}:${d.name}:${d.version}`)).toEqual(['g:a:1.+']);
    expect(script?.configExecs.map((e) => [e.call, e.at.line])).toEqual([['ProcessBuilder', 2]]);
    expect(script?.locking).toBe(true);
  });

  it('finds Runtime.exec, .execute() and new URL in Groovy outside doFirst', async () => {
    const { script } = await read(
      `def a = Runtime.getRuntime().exec("id")
def b = "git rev-parse HEAD".execute().text
def c = new URL("https://example.com/v").text
task t { doFirst { "ls".execute() } }`,
      'build.gradle',
    );
    expect(script?.configExecs.map((e) => e.at.line)).toEqual([1, 2, 3]);
  });

  it('reads plugins {} ids and versions in both DSLs', async () => {
    const kts = await read(
      'plugins {\n  kotlin("jvm") version "2.0.0"\n  id("a.b") version "1.+" apply false\n  `java-library`\n}',
    );
    expect(kts.script?.plugins.map((p) => [p.id, p.version])).toEqual([
      ['org.jetbrains.kotlin.jvm', '2.0.0'],
      ['a.b', '1.+'],
    ]);
    const groovy = await read("plugins {\n  id 'java'\n  id 'a.b' version '3.1'\n}", 'build.gradle');
    expect(groovy.script?.plugins.map((p) => [p.id, p.version])).toEqual([
      ['java', undefined],
      ['a.b', '3.1'],
    ]);
  });

  it('never throws on hostile input', async () => {
    const inputs = [
      '',
      '{'.repeat(5000),
      'repositories { maven { url = ',
      '\u0000\uffff'.repeat(100),
      'apply from: ' + '"'.repeat(1000),
      `dependencies { ${'implementation("a:b:1")\n'.repeat(2000)} }`,
    ];
    for (const text of inputs) {
      for (const path of ['build.gradle', 'build.gradle.kts']) {
        const r = await parseScript(text, path, '');
        expect(r.problems.every((p) => p.file === path)).toBe(true);
      }
    }
  });

  it.each(['build.gradle.kts', 'build.gradle'])(
    'reads deeply nested blocks in linear time (found by fuzzing: 10,000 levels took 9 s): %s',
    async (path) => {
      const nested = (depth: number) =>
        'a{'.repeat(depth) + 'dependencies { implementation("a:b:1") }' + '}'.repeat(depth);
      const { script } = await read(nested(8000), path);
      expect(script?.deps.map((d) => d.name)).toEqual(['b']);
      // CPU time per doubling, not a wall-clock limit (which failed on loaded machines).
      await expectLinearAsync(
        (t: string) => parseScript(t, path, ''),
        (n) => nested(n >> 2),
        BELOW_STEP,
      );
      await expect(
        expectLinearAsync(
          withQuadratic(
            (t: string) => parseScript(t, path, ''),
            (t: string) => t.length * 6,
          ),
          (n) => nested(n >> 2),
          { ...BELOW_STEP, attempts: 1 },
        ),
      ).rejects.toThrow(/not linear/);
    },
    WALL_LIMIT,
  );

  // One test per dialect, each with its own time limit: both in one test took 125 s of wall time once at
  // load 10 on 2 cores (over the 120 s limit) while every CPU-time measurement in it passed.
  it.each(['build.gradle.kts', 'build.gradle'])(
    'reads nested repositories and repository blocks in linear time (each block searched its whole subtree: quadratic): %s',
    async (path) => {
      const url = path.endsWith('.kts')
        ? 'maven { url = uri("https://repo.example/m2") }'
        : 'maven { url "https://repo.example/m2" }';
      const nested = (depth: number) => 'repositories { maven { '.repeat(depth) + url + ' }'.repeat(2 * depth);
      const { script } = await read(nested(2500), path);
      expect(script?.repos.filter((r) => r.url === 'https://repo.example/m2')).toHaveLength(1);
      await expectLinearAsync(
        (t: string) => parseScript(t, path, ''),
        (n) => nested(n >> 5),
        BELOW_STEP,
      );
      await expect(
        expectLinearAsync(
          withQuadratic(
            (t: string) => parseScript(t, path, ''),
            (t: string) => t.length * 6,
          ),
          (n) => nested(n >> 5),
          { ...BELOW_STEP, attempts: 1 },
        ),
      ).rejects.toThrow(/not linear/);
    },
    WALL_LIMIT,
  );
});

/** A settings script's include list, and the publish credentials of only the projects it includes. */
import { describe, expect, it } from 'vitest';
import { expectLinearAsync } from '@inert/testing';
import { classifyWith } from '../command.test.helpers.js';
import type { GradleModel, Script } from '../model.js';
import { parseScript } from './script.js';

const includes = async (text: string, path: string, dir = '') => {
  const { script } = await parseScript(text, path, dir);
  const inc = script?.includes ?? { projects: [], computed: [] };
  return {
    dirs: [
      ...new Set(
        inc.projects
          .filter((p) => p.moved || !inc.projects.some((q) => q.moved && q.path === p.path))
          .map((p) => p.dir),
      ),
    ],
    computed: inc.computed.map((c) => `${c.line}: ${c.why}`),
  };
};

describe('settings include lists', () => {
  it('Kotlin and Groovy includes: nested paths include their ancestors; includeFlat sits beside the build', async () => {
    expect(
      await includes(
        'rootProject.name = "x"\ninclude(":app", "libs:core")\nsettings.include(":tools")\n',
        'settings.gradle.kts',
      ),
    ).toEqual({
      dirs: ['app', 'libs', 'libs/core', 'tools'],
      computed: [],
    });
    expect(
      await includes(
        "include ':app', ':libs:core'\ninclude(':docs')\ninclude([':a', ':b'])\nincludeFlat 'shared'\n",
        'build/settings.gradle',
        'build',
      ),
    ).toEqual({
      dirs: ['build/app', 'build/libs', 'build/libs/core', 'build/docs', 'build/a', 'build/b', 'shared'],
      computed: [],
    });
  });

  // Groovy's spread passes the list's elements to include(String...); inert's grammar gives the `*` as an ERROR.
  it('Groovy `include(*[…])` of a list literal is read; a spread of anything else is computed', async () => {
    const read = await parseScript("include(*[':app', ':libs:core'])\ninclude ':docs'\n", 'settings.gradle', '');
    expect(read.problems).toEqual([]);
    expect(
      await includes("include(*[':app', ':libs:core'])\nincludeFlat(*['shared'])\n", 'a/settings.gradle', 'a'),
    ).toEqual({
      dirs: ['a/app', 'a/libs', 'a/libs/core', 'shared'],
      computed: [],
    });
    expect(await includes("include(*dirs)\ninclude(*([':a'] + extra))\n", 'settings.gradle')).toEqual({
      dirs: [],
      computed: [
        '1: `include(*…)` spreads `dirs`, which is not a list literal',
        expect.stringMatching(/^2: `include\(\*…\)` spreads `\(\[':a'\] \+ extra\)`/),
      ],
    });
    // Without parentheses the grammar sees a multiplication: undeterminable, never an empty list.
    expect((await includes("include *[':c']\n", 'settings.gradle')).computed).toEqual([
      expect.stringMatching(/^1: `include \*\[':c'\]`: a spread without parentheses/),
    ]);
  });

  it('a project moved by projectDir = file("…") lives where it moved; any other projectDir is computed', async () => {
    expect(
      await includes(
        'include(":core")\nproject(":core").projectDir = file("modules/core-impl")\n',
        'settings.gradle.kts',
      ),
    ).toEqual({ dirs: ['modules/core-impl'], computed: [] });
    expect(
      (await includes("include ':core'\nproject(':core').projectDir = new File(rootDir, 'x')\n", 'settings.gradle'))
        .computed,
    ).toEqual(["2: a project directory set to `new File(rootDir, 'x')`"]);
  });

  it('literal lists: Kotlin listOf / setOf / *arrayOf / *listOf(…).toTypedArray(), Groovy [...]', async () => {
    expect(
      await includes(
        'include(listOf(":x", "y:z"))\ninclude(*arrayOf(":a"))\ninclude(setOf(":s"), ":t")\ninclude(*listOf(":l").toTypedArray())\n',
        'settings.gradle.kts',
      ),
    ).toEqual({ dirs: ['x', 'y', 'y/z', 'a', 's', 't', 'l'], computed: [] });
    // A list with a computed element: the literal ones are read, the other is undeterminable.
    expect(await includes('include(listOf(":x", name))\ninclude(names)\n', 'settings.gradle.kts')).toEqual({
      dirs: ['x'],
      computed: [
        '1: `include` of a computed project path (`name`)',
        '2: `include` of a computed project path (`names`)',
      ],
    });
  });

  it('computed includes (a loop, a template) are undeterminable, with the line and why; a loop says so', async () => {
    const kotlin = await includes(
      'include(":app")\nfile("plugins").listFiles()!!.forEach { include(":plugins:${it.name}") }\nfor (p in names) {\n  include(p)\n}\n',
      'settings.gradle.kts',
    );
    expect(kotlin.dirs).toEqual(['app']);
    const loop = 'a loop: which projects it adds depends on what the build finds when it runs';
    expect(kotlin.computed).toEqual([
      `2: \`include\` of a computed project path (\`":plugins:\${it.name}"\`) inside \`forEach { … }\` (line 2), ${loop}`,
      `4: \`include\` of a computed project path (\`p\`) inside \`for { … }\` (line 3), ${loop}`,
    ]);
    expect((await includes("['a', 'b'].each { include it }\n", 'settings.gradle')).computed).toEqual([
      `1: \`include\` of a computed project path (\`it\`) inside \`each { … }\` (line 1), ${loop}`,
    ]);
    expect((await includes("file('p').eachDir { include it.name }\n", 'settings.gradle')).computed[0]).toMatch(
      /inside `eachDir \{ … \}` \(line 1\), a loop/,
    );
  });

  it('a settings script the grammar cannot fully read: its include list is undeterminable', async () => {
    const found = await includes('file(\'p\').eachDir { dir ->\n  include ":p:${dir.name}"\n}\n', 'settings.gradle');
    expect(found.computed.some((c) => c.endsWith('part of the settings script inert’s grammar could not read'))).toBe(
      true,
    );
  });

  it('include calls in build scripts are not project lists (copy specs use include too)', async () => {
    const { script } = await parseScript('tasks.register<Copy>("c") { include("**/*.jar") }\n', 'build.gradle.kts', '');
    expect(script?.includes).toBeUndefined();
  });

  it('a budget: too many or too deep project paths make the list undeterminable', async () => {
    const many = await includes(
      `include(${Array.from({ length: 2_100 }, (_, i) => `":p${i}"`).join(', ')})\n`,
      'settings.gradle.kts',
    );
    expect(many.dirs).toHaveLength(2_000);
    expect(many.computed[0]).toMatch(/more than 2000 included projects/);
    const list = await includes(
      `include(listOf(${Array.from({ length: 2_100 }, (_, i) => `":p${i}"`).join(', ')}))\n`,
      'settings.gradle.kts',
    );
    expect(list.dirs).toHaveLength(2_000);
    expect(list.computed[0]).toMatch(/more than 2000 included projects/);
    const deep = await includes(`include("${':a'.repeat(40)}")\n`, 'settings.gradle.kts');
    expect(deep.dirs).toEqual([]);
    expect(deep.computed[0]).toMatch(/over 16 levels deep/);
  });

  it.each(['settings.gradle', 'settings.gradle.kts'])(
    '%s: many include lines are read in linear time',
    async (path) => {
      const script = (n: number) => `include(":a:b:c")\n`.repeat(Math.max(1, n >> 4));
      await expectLinearAsync((t: string) => parseScript(t, path, ''), script, {
        start: 1 << 12,
        maxSize: 1 << 15,
        runs: 3,
      });
    },
    120_000,
  );

  it('many Groovy spread includes are read in linear time (each `*` the grammar cannot read is checked once)', async () => {
    const script = (n: number) => `include(*[':a'])\n`.repeat(Math.max(1, n >> 4));
    await expectLinearAsync((t: string) => parseScript(t, 'settings.gradle', ''), script, {
      start: 1 << 12,
      maxSize: 1 << 15,
      runs: 3,
    });
  }, 120_000);
});

const build = (dir: string, env: string): Script => ({
  path: `${dir === '' ? '' : `${dir}/`}build.gradle.kts`,
  dir,
  language: 'kotlin',
  kind: 'build',
  repos: [],
  deps: [],
  locking: false,
  applyFrom: [],
  configExecs: [],
  literalPasswords: [],
  includedBuilds: [],
  plugins: [],
  appliedPlugins: [],
  pluginAliases: [],
  publishCredentials: [
    {
      field: 'password',
      sources: [{ kind: 'env', name: env }],
      at: { file: `${dir}/build.gradle.kts`, line: 9, column: 1 },
    },
  ],
});

const verdict = async (settings: string, env: Record<string, string>) => {
  const { script } = await parseScript(settings, 'settings.gradle.kts', '');
  const model = {
    scripts: [script!, build('lib', 'LIB_TOKEN'), build('samples/demo', 'DEMO_TOKEN')],
    properties: [],
  } as unknown as GradleModel;
  return classifyWith(model, './gradlew publish', env);
};

describe('a multi-project publish takes the credentials of the included projects', () => {
  it('a subproject the settings script does not include does not publish', async () => {
    const settings = 'include(":lib")\n';
    expect((await verdict(settings, { LIB_TOKEN: '${{ secrets.LIB }}' }))?.auth).toBe('token');
    // DEMO_TOKEN is no known credential name and samples/demo is not a project: nothing visible.
    expect((await verdict(settings, { DEMO_TOKEN: '${{ secrets.DEMO }}' }))?.auth).toBe('none-visible');
  });

  it('a computed include list: a credential of a project it may include is undeterminable, and says why', async () => {
    const settings = 'include(":lib")\nfile("samples").listFiles()!!.forEach { include(":samples:${it.name}") }\n';
    const open = await verdict(settings, { DEMO_TOKEN: '${{ secrets.DEMO }}' });
    expect(open?.undeterminable).toBe(true);
    expect(open?.reason).toMatch(
      /password at samples\/demo\/build\.gradle\.kts:9 .* undeterminable: the settings script’s include list is computed at settings\.gradle\.kts:2 \(`include` of a computed project path/,
    );
    // An included project's stored token is known whatever the loop adds.
    expect(
      (await verdict(settings, { LIB_TOKEN: '${{ secrets.LIB }}', DEMO_TOKEN: '${{ secrets.DEMO }}' }))?.auth,
    ).toBe('token');
  });
});

/**
 * Properties of the CI readers (plugins/ci/src): the shell-word splitter, GitHub Actions
 * workflows, GitLab CI and Dockerfiles. Every command and action step they locate lies inside the file.
 */
import { describe, it } from 'vitest';
import { stringify } from 'yaml';
import { splitShell } from '../../plugins/ci/src/shell-words.js';
import { readDockerfile } from '../../plugins/ci/src/dockerfile.js';
import { readWorkflow } from '../../plugins/ci/src/github-actions.js';
import { readGitlabCi } from '../../plugins/ci/src/gitlab-ci.js';
import type { CiCommand } from '../../plugins/ci/src/model.js';
import type { ActionStep } from '../../packages/core/src/plugin.js';
import {
  anyText,
  assertInside,
  assertInsideEither,
  assertJson,
  assertNoPollution,
  check,
  edits,
  fc,
  lineLengths,
  mutate,
  seedFiles,
  timed,
} from './harness.js';

/** Shell-ish tokens: commands the rules know, operators, quotes, substitutions, heredocs, continuations. */
const WORD = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'npm',
      'ci',
      'install',
      'npx',
      'pnpm',
      'yarn',
      'pip',
      'uv',
      'cargo',
      'gem',
      'bundle',
      'go',
      'get',
      './gradlew',
      'curl',
      '-fsSL',
      'https://x.sh',
      'sh',
      'bash',
      '-c',
      'sudo',
      'env',
      'FOO=1',
      'publish',
      '--provenance',
      '-g',
      'wget',
      '-qO-',
      'python',
      '-m',
      '.',
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ' ',
      ' ',
      '\n',
      '\r\n',
      '\t',
      '|',
      '||',
      '&&',
      ';',
      '&',
      '(',
      ')',
      '{',
      '}',
      '"',
      "'",
      '`',
      '\\',
      '\\\n',
      '$',
      '$(',
      '${',
      '$VAR',
      '${{ matrix.pm }}',
      '${{ secrets.T }}',
      '<(',
      '<<EOF\n',
      '<<-EOF\n',
      '\nEOF\n',
      '#',
      '>',
      '2>&1',
      'if',
      'then',
      'fi',
      'do',
      'done',
      ';;',
      "$'",
      '\0',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const script = fc.array(WORD, { maxLength: 40 }).map((w) => w.join(''));

function checkCommands(
  text: string,
  commands: readonly CiCommand[],
  actions: readonly ActionStep[],
  what: string,
): void {
  for (const c of commands) assertInsideEither(text, c.command, `${what}: command ${JSON.stringify(c.command.text)}`);
  for (const a of actions) assertInsideEither(text, a, `${what}: action ${JSON.stringify(a.uses)}`);
  assertJson({ commands, actions }, what);
  assertNoPollution(what);
}

async function checkWorkflow(text: string): Promise<void> {
  const read = await timed('readWorkflow', () => readWorkflow(text, '.github/workflows/x.yml'));
  if ('reason' in read) {
    assertInsideEither(text, read, `problem "${read.reason}"`);
    return;
  }
  checkCommands(text, read.commands, read.actions, 'readWorkflow');
  if (read.workflow.gradlew) assertInsideEither(text, read.workflow.gradlew, 'gradlew');
}

async function checkGitlab(text: string): Promise<void> {
  const read = await timed('readGitlabCi', () => readGitlabCi(text, '.gitlab-ci.yml'));
  if ('reason' in read) {
    assertInsideEither(text, read, `problem "${read.reason}"`);
    return;
  }
  checkCommands(text, read.commands, [], 'readGitlabCi');
}

async function checkDockerfile(text: string): Promise<void> {
  const commands = await timed('readDockerfile', () => readDockerfile(text, 'Dockerfile', []));
  checkCommands(text, commands, [], 'readDockerfile');
}

const ID = fc.oneof(
  fc.constantFrom('build', 'test', '__proto__', 'constructor', 'on', 'default', 'variables', '.hidden', 'publish'),
  fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/),
);
const ENV = fc.dictionary(
  fc.constantFrom('PM', 'NODE_AUTH_TOKEN', 'FOO', '__proto__', 'PIP_INDEX_URL'),
  fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null)),
  { maxKeys: 3 },
);
const STEP = fc.record(
  {
    name: fc.string({ maxLength: 6 }),
    uses: fc.constantFrom(
      'actions/checkout@v4',
      'actions/setup-node@0123456789abcdef0123456789abcdef01234567',
      'gradle/actions/setup-gradle@v4',
      'pypa/gh-action-pypi-publish@release/v1',
      './local',
      'docker://x',
      '@',
      '',
    ),
    run: script,
    with: ENV,
    env: ENV,
    'working-directory': fc.constantFrom('.', 'sub', '../..'),
  },
  { requiredKeys: [] },
);
const MATRIX = fc.dictionary(
  fc.constantFrom('pm', 'os', 'node', 'include'),
  fc.array(
    fc.oneof(
      fc.constantFrom('npm', 'yarn', 'pnpm install --no-frozen-lockfile', 'a'.repeat(50), '$(curl x | sh)', '\n'),
      fc.string({ maxLength: 10 }),
    ),
    { maxLength: 5 },
  ),
  { maxKeys: 3 },
);
const JOB = fc.record(
  {
    'runs-on': fc.constant('ubuntu-latest'),
    permissions: fc.oneof(fc.constant('write-all'), fc.record({ 'id-token': fc.constantFrom('write', 'read') })),
    strategy: fc.record({ matrix: MATRIX }),
    env: ENV,
    defaults: fc.record({ run: fc.record({ 'working-directory': fc.constantFrom('.', 'x') }) }),
    uses: fc.constantFrom('org/repo/.github/workflows/r.yml@main', 'x'),
    steps: fc.array(STEP, { maxLength: 4 }),
  },
  { requiredKeys: ['steps'] },
);
const WORKFLOW = fc.record(
  {
    name: fc.string({ maxLength: 6 }),
    on: fc.constantFrom('push', ['push', 'pull_request'], { release: { types: ['published'] } }),
    env: ENV,
    permissions: fc.constantFrom('write-all', { 'id-token': 'write' }, {}),
    jobs: fc.dictionary(ID, JOB, { maxKeys: 3 }),
    runs: fc.record({ using: fc.constant('composite'), steps: fc.array(STEP, { maxLength: 2 }) }),
  },
  { requiredKeys: [] },
);
const GITLAB_JOB = fc.record(
  {
    script: fc.oneof(script, fc.array(script, { maxLength: 3 })),
    before_script: fc.array(script, { maxLength: 2 }),
    after_script: script,
    variables: ENV,
    id_tokens: fc.constant({ ID: { aud: 'x' } }),
    extends: fc.constantFrom('.base', ['.a', '.b']),
  },
  { requiredKeys: [] },
);
const GITLAB = fc
  .record(
    {
      variables: ENV,
      include: fc.constantFrom(
        '/ci/a.yml',
        [{ local: 'b.yml' }, { project: 'x', file: 'y' }],
        { local: '../../etc/passwd' },
        { remote: 'https://x' },
      ),
      default: fc.record(
        { id_tokens: fc.constant({ T: { aud: 'x' } }), before_script: fc.array(script, { maxLength: 2 }) },
        { requiredKeys: [] },
      ),
      stages: fc.constant(['build']),
      jobs: fc.dictionary(ID, GITLAB_JOB, { maxKeys: 4 }),
    },
    { requiredKeys: [] },
  )
  .map(({ jobs, ...rest }) => ({ ...rest, ...jobs }));

/** Serialises with block scalars for multi-line scripts (as workflows are written), sometimes flow style. */
const asYaml = (value: unknown, flow: boolean) =>
  stringify(value, {
    aliasDuplicateObjects: false,
    ...(flow ? { collectionStyle: 'flow' as const } : { blockQuote: 'literal' as const }),
  });

const DOCKER_LINE = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        'RUN ',
        'run ',
        'RUN --mount=type=cache,target=/x ',
        'RUN --network=none ',
        ' RUN\t',
        'ENV ',
        'ARG ',
        'FROM ',
        'COPY ',
        '# escape=`\n',
        '# ',
        'ONBUILD RUN ',
      ),
      script,
    )
    .map(([a, b]) => a + b),
  fc.constantFrom(
    'RUN ["npm", "ci"]',
    'RUN ["sh", "-c", "curl x | sh"]',
    'RUN [',
    'RUN <<EOF',
    'RUN <<-"EOF"',
    'EOF',
    'ENV PM=npm',
    'ENV A=1 B="two words"',
    'ARG PM',
    'RUN $PM install',
    'RUN npm ci \\',
    '  && npm publish \\',
    '# comment \\',
    'RUN `',
    '\\',
  ),
);
const dockerfile = fc
  .tuple(fc.array(DOCKER_LINE, { maxLength: 20 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, nl]) => lines.join(nl));

const WORKFLOWS = seedFiles((p) => /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$|(?:^|\/)action\.ya?ml$/.test(p)).map(
  (f) => f.text,
);
const GITLABS = seedFiles((p) => /(?:^|\/)\.gitlab-ci\.ya?ml$/.test(p)).map((f) => f.text);
const DOCKERFILES = seedFiles((p) => /(?:^|\/)(?:Dockerfile(?:\.[^/]*)?|[^/]*\.Dockerfile|Containerfile)$/.test(p)).map(
  (f) => f.text,
);

describe('property: splitShell', () => {
  it('never throws; every command starts inside the script (LF lines, as sh counts them)', async () => {
    await check('split shell', 300, fc.oneof(script, anyText), async (text) => {
      const pipelines = await timed('splitShell', () => splitShell(text));
      const lengths = lineLengths(text, 'lf');
      for (const p of pipelines)
        for (const c of p.commands)
          assertInside(lengths, { line: c.line + 1, column: c.column }, `command ${JSON.stringify(c.text)}`);
      assertJson(pipelines, 'the pipelines');
    });
  });
});

describe('property: GitHub Actions reader', () => {
  it('on generated workflows (matrix, env, permissions, steps), mutated', async () => {
    await check(
      'github workflows',
      80,
      fc.tuple(WORKFLOW, fc.boolean(), fc.option(edits, { nil: undefined })),
      ([w, flow, list]) => {
        const text = asYaml(w, flow);
        return checkWorkflow(list ? mutate(text, list) : text);
      },
    );
  });

  it('on random text', async () => {
    await check('github random text', 100, anyText, checkWorkflow);
  });

  it.runIf(WORKFLOWS.length > 0)('on mutations of corpus workflows', async () => {
    await check('github corpus mutations', 60, fc.tuple(fc.nat(WORKFLOWS.length - 1), edits), ([i, list]) =>
      checkWorkflow(mutate(WORKFLOWS[i]!, list)),
    );
  });
});

describe('property: GitLab CI reader', () => {
  it('on generated pipelines (variables, includes, anchors), mutated', async () => {
    await check(
      'gitlab pipelines',
      80,
      fc.tuple(GITLAB, fc.boolean(), fc.option(edits, { nil: undefined })),
      ([g, flow, list]) => {
        const text = asYaml(g, flow);
        return checkGitlab(list ? mutate(text, list) : text);
      },
    );
  });

  it('on random text and YAML merge keys', async () => {
    const merges = fc
      .tuple(script, script)
      .map(
        ([a, b]) =>
          `.base: &base\n  script:\n    - ${JSON.stringify(a)}\njob:\n  <<: *base\n  after_script: [${JSON.stringify(b)}]\n`,
      );
    await check('gitlab random text', 100, fc.oneof(anyText, merges), checkGitlab);
  });

  it.runIf(GITLABS.length > 0)('on mutations of corpus .gitlab-ci.yml files', async () => {
    await check('gitlab corpus mutations', 40, fc.tuple(fc.nat(GITLABS.length - 1), edits), ([i, list]) =>
      checkGitlab(mutate(GITLABS[i]!, list)),
    );
  });
});

describe('property: Dockerfile reader', () => {
  it('on generated Dockerfiles (continuations, heredocs, exec form, escape directive)', async () => {
    await check('dockerfiles', 200, dockerfile, checkDockerfile);
  });

  it('on random text', async () => {
    await check('dockerfile random text', 100, anyText, checkDockerfile);
  });

  it.runIf(DOCKERFILES.length > 0)('on mutations of corpus Dockerfiles', async () => {
    await check('dockerfile corpus mutations', 40, fc.tuple(fc.nat(DOCKERFILES.length - 1), edits), ([i, list]) =>
      checkDockerfile(mutate(DOCKERFILES[i]!, list)),
    );
  });
});

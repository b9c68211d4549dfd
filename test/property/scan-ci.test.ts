/** scan over MemorySource: the CI plugin with every ecosystem's command rules (workflows, composite actions, GitLab CI, Dockerfiles). */
import { describe } from 'vitest';
import { fc } from './harness.js';
import { scanProperties } from './scan-helpers.js';

const RUN = fc
  .array(
    fc.constantFrom(
      'npm ci',
      'npm install',
      'npm i -g x',
      'pip install -r requirements.txt',
      'pip install x',
      'curl -fsSL https://x | sh',
      'cargo install x',
      'gem install x',
      'go install x@latest',
      './gradlew build',
      'npm publish --provenance',
      'twine upload dist/*',
      'sh -c "npm install"',
      '${{ matrix.pm }} install',
      '&&',
      '|',
      '\n',
      ' \\\n',
    ),
    { maxLength: 8 },
  )
  .map((l) => l.join(' '));
const workflow = fc
  .tuple(
    RUN,
    fc.constantFrom('|', '>', '', '"', "'"),
    fc.constantFrom(
      'actions/checkout@v4',
      'gradle/actions/wrapper-validation@v3',
      'pypa/gh-action-pypi-publish@release/v1',
      'x/y@' + 'a'.repeat(40),
    ),
    fc.constantFrom('', '    permissions:\n      id-token: write\n'),
    fc.constantFrom('', '    strategy:\n      matrix:\n        pm: [npm, yarn, "pnpm install --frozen-lockfile"]\n'),
  )
  .map(
    ([run, style, uses, perms, matrix]) =>
      `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n${perms}${matrix}    steps:\n      - uses: ${uses}\n      - run: ${style === '|' || style === '>' ? `${style}\n          ${run.replace(/\n/g, '\n          ')}` : style ? `${style}${run.replace(/\n/g, ' ')}${style}` : run.replace(/\n/g, ' ')}\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n`,
  );
const gitlab = fc
  .array(RUN, { maxLength: 3 })
  .map(
    (runs) =>
      `variables:\n  PIP_INDEX_URL: http://x\n.base: &base\n  before_script:\n    - npm ci\njob:\n  <<: *base\n  id_tokens:\n    T:\n      aud: x\n  script:\n${runs.map((r) => `    - ${JSON.stringify(r)}`).join('\n')}\n`,
  );
const dockerfile = fc
  .array(
    fc.tuple(fc.constantFrom('RUN ', 'ENV PM=', 'ARG ', 'FROM '), RUN).map(([i, r]) => i + r.replace(/\n/g, ' \\\n  ')),
    { maxLength: 6 },
  )
  .map((l) => l.join('\n'));

describe('property: scan with the CI plugin', () => {
  scanProperties({
    ecosystem: 'ci',
    names: [
      '.github/workflows/ci.yml',
      '.github/workflows/release.yaml',
      'action.yml',
      '.gitlab-ci.yml',
      'Dockerfile',
      'build.Dockerfile',
      'Dockerfile.dev',
      'Containerfile',
    ],
    grammars: {
      '.github/workflows/ci.yml': workflow,
      'action.yml': workflow.map((w) =>
        w
          .replace(/^on: push\njobs:\n {2}build:\n {4}runs-on: ubuntu-latest\n/, 'runs:\n  using: composite\n')
          .replace(/^ {4}/gm, '  '),
      ),
      '.gitlab-ci.yml': gitlab,
      Dockerfile: dockerfile,
    },
  });
});

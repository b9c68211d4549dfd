/** scan over MemorySource: the pip plugin (requirements, pyproject, setup.py/cfg, Pipfile, Poetry/uv/PDM/Pipenv locks). */
import { describe } from 'vitest';
import { stringify } from 'smol-toml';
import { fc } from './harness.js';
import { scanProperties } from './scan-helpers.js';

// fast-check's stringMatching refuses the i flag, so the class is spelled out.
const NAME = fc.oneof(
  fc.constantFrom('requests', 'Django', 'zope.interface', 'foo_bar', '__proto__', 'constructor', '-e', ''),
  // eslint-disable-next-line regexp/use-ignore-case, regexp/prefer-w -- see above
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9._-]{0,6}$/),
);
const SPEC = fc.constantFrom(
  '',
  '==1.0',
  '>=2,<3',
  '~=1.4',
  '===x',
  '@ https://x/a.whl',
  '@ git+https://github.com/a/b@main',
  '[extra]==1',
  '; python_version < "3.8"',
  ' ; sys_platform == "win32"',
  '==1.0 --hash=sha256:' + 'a'.repeat(64),
  '==*',
  '!=',
);
const requirement = fc.oneof(
  fc.tuple(NAME, SPEC).map(([n, s]) => n + s),
  fc.constantFrom(
    '-r other.txt',
    '-r ../../etc/passwd',
    '-r requirements.txt',
    '-c constraints.txt',
    '--index-url http://x/simple',
    '-i https://pypi.org/simple',
    '--extra-index-url https://x',
    '--trusted-host x',
    '--find-links ./wheels',
    '-e .',
    '-e git+https://x.git#egg=y',
    '--require-hashes',
    '--no-binary :all:',
    '--hash=sha256:abc',
    '    --hash=sha256:' + 'b'.repeat(64) + ' \\',
    '# comment',
    './local.whl',
    'https://x/a.tar.gz',
    '\\',
    'pkg \\',
  ),
);
const requirements = fc
  .tuple(fc.array(requirement, { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r', ' \\\n'))
  .map(([l, nl]) => l.join(nl));
const deps = fc.array(
  fc.tuple(NAME, SPEC).map(([n, s]) => n + s),
  { maxLength: 4 },
);
const pyproject = fc
  .record(
    {
      'build-system': fc.record(
        {
          requires: deps,
          'build-backend': fc.constantFrom('setuptools.build_meta', 'poetry.core.masonry.api', 'x'),
          'backend-path': fc.constant(['.']),
        },
        { requiredKeys: [] },
      ),
      project: fc.record(
        {
          name: NAME,
          version: fc.constant('1.0'),
          dependencies: deps,
          'optional-dependencies': fc.dictionary(fc.constantFrom('dev', '__proto__'), deps),
          dynamic: fc.constant(['version']),
        },
        { requiredKeys: [] },
      ),
      tool: fc.record(
        {
          poetry: fc.record(
            {
              dependencies: fc.dictionary(
                NAME,
                fc.oneof(
                  fc.constantFrom('^1.0', '*'),
                  fc.record({ git: fc.constant('https://x.git'), branch: fc.constant('main') }, { requiredKeys: [] }),
                  fc.record({ path: fc.constant('../x'), develop: fc.boolean() }),
                ),
              ),
              source: fc.array(
                fc.record({
                  name: NAME,
                  url: fc.constantFrom('http://x', 'https://pypi.org/simple'),
                  priority: fc.constantFrom('primary', 'supplemental', 'explicit'),
                }),
              ),
            },
            { requiredKeys: [] },
          ),
          uv: fc.record(
            {
              'index-url': fc.constantFrom('http://x'),
              index: fc.array(fc.record({ name: NAME, url: fc.constant('https://x'), default: fc.boolean() })),
              sources: fc.dictionary(NAME, fc.record({ git: fc.constant('https://x'), rev: fc.constant('abc') })),
            },
            { requiredKeys: [] },
          ),
          pdm: fc.record(
            { source: fc.array(fc.record({ name: NAME, url: fc.constant('http://x') })) },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  )
  .map((v) => stringify(v));
const lockPackage = fc.record(
  {
    name: NAME,
    version: fc.constantFrom('1.0', '', '0.0.0'),
    source: fc.oneof(
      fc.record({ registry: fc.constantFrom('https://pypi.org/simple', 'http://x') }),
      fc.record({ git: fc.constant('https://x.git?rev=main#abc') }),
      fc.record({ editable: fc.constant('.') }),
      fc.record({
        type: fc.constantFrom('git', 'legacy', 'url'),
        url: fc.constant('http://x'),
        reference: fc.constant('main'),
      }),
    ),
    sdist: fc.record(
      { url: fc.constant('https://x/a.tar.gz'), hash: fc.constantFrom('sha256:' + 'c'.repeat(64), '', 'md5:x') },
      { requiredKeys: [] },
    ),
    wheels: fc.array(fc.record({ url: fc.constant('https://x/a.whl'), hash: fc.constantFrom('sha256:abc') }), {
      maxLength: 2,
    }),
    files: fc.array(fc.record({ file: fc.constant('a.whl'), hash: fc.constant('sha256:abc') }), { maxLength: 2 }),
  },
  { requiredKeys: ['name'] },
);
const tomlLock = fc
  .record(
    {
      version: fc.constantFrom(1, 2),
      'requires-python': fc.constant('>=3.8'),
      package: fc.array(lockPackage, { maxLength: 4 }),
      metadata: fc.record(
        {
          'content-hash': fc.constant('abc'),
          files: fc.dictionary(NAME, fc.array(fc.record({ file: fc.constant('a'), hash: fc.constant('sha256:a') }))),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  )
  .map((v) => stringify(v));
const pipfileLock = fc
  .record(
    {
      _meta: fc.record({
        sources: fc.array(
          fc.record({
            name: NAME,
            url: fc.constantFrom('https://pypi.org/simple', 'http://x'),
            verify_ssl: fc.boolean(),
          }),
        ),
        hash: fc.record({ sha256: fc.constant('abc') }),
      }),
      default: fc.dictionary(
        NAME,
        fc.record(
          {
            version: fc.constantFrom('==1.0', '*', ''),
            hashes: fc.array(fc.constantFrom('sha256:' + 'd'.repeat(64), 'x')),
            index: fc.constant('pypi'),
            git: fc.constant('https://x'),
            ref: fc.constant('abc'),
            editable: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
      ),
      develop: fc.constant({}),
    },
    { requiredKeys: [] },
  )
  .map((v) => JSON.stringify(v, null, 4));
const setupPy = fc
  .tuple(
    deps,
    fc.constantFrom(
      '',
      'import os\n',
      'exec(open("x").read())\n',
      'from setuptools import setup, find_packages\n',
      'setup(**kwargs)\n',
      'REQ = open("requirements.txt").read().splitlines()\n',
    ),
    fc.constantFrom('install_requires', 'setup_requires', 'tests_require', 'dependency_links', 'cmdclass'),
  )
  .map(([d, head, key]) => `${head}setup(\n    name="x",\n    ${key}=${JSON.stringify(d)},\n)\n`);
const setupCfg = fc
  .tuple(deps, fc.constantFrom('install_requires', 'setup_requires'))
  .map(([d, key]) => `[metadata]\nname = x\n\n[options]\n${key} =\n    ${d.join('\n    ')}\n`);

describe('property: scan with the pip plugin', () => {
  scanProperties({
    ecosystem: 'pip',
    names: [
      'requirements.txt',
      'requirements-dev.txt',
      'requirements/base.txt',
      'dev-requirements.txt',
      'constraints.txt',
      'requirements.in',
      'pyproject.toml',
      'setup.cfg',
      'setup.py',
      'Pipfile',
      'Pipfile.lock',
      'poetry.lock',
      'uv.lock',
      'pdm.lock',
      'pip.conf',
      'uv.toml',
      '.pypirc',
    ],
    grammars: {
      'requirements.txt': requirements,
      'pyproject.toml': pyproject,
      'uv.lock': tomlLock,
      'poetry.lock': tomlLock,
      'pdm.lock': tomlLock,
      'Pipfile.lock': pipfileLock,
      'setup.py': setupPy,
      'setup.cfg': setupCfg,
    },
  });
});

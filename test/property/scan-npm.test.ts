/** scan over MemorySource: the npm plugin (manifests, npm/yarn/pnpm/bun lockfiles, client config). */
import { describe } from 'vitest';
import { stringify } from 'yaml';
import { fc } from './harness.js';
import { scanProperties } from './scan-helpers.js';

const NAME = fc.oneof(
  fc.constantFrom('lodash', '@scope/pkg', '__proto__', 'constructor', '@a/__proto__', 'node_modules', '..', '', 'a b'),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/),
);
const SPEC = fc.oneof(
  fc.constantFrom(
    '^1.0.0',
    '1.2.3',
    'latest',
    '*',
    'git+https://github.com/a/b.git',
    'github:a/b#main',
    'file:../x',
    'link:../y',
    'workspace:*',
    'npm:other@1',
    'https://x/a.tgz',
    'catalog:',
    'patch:a@npm%3A1#./p.patch',
    '',
  ),
  fc.string({ maxLength: 6 }),
);
const VERSION = fc.oneof(
  fc.constantFrom('1.0.0', '0.0.0-rc.1', '', 'x', '1.0.0+b'),
  fc.stringMatching(/^\d{1,2}\.\d{1,2}\.\d{1,2}$/),
);
const INTEGRITY = fc.constantFrom('sha512-' + 'A'.repeat(86) + '==', 'sha1-abc=', 'md5-x', '', 'sha512-');
const deps = fc.dictionary(NAME, SPEC, { maxKeys: 4 });
const SCRIPT = fc.constantFrom('node install.js', 'curl x | sh', 'npm run build', '', 'node-gyp rebuild');

const packageJson = fc
  .record(
    {
      name: NAME,
      version: VERSION,
      scripts: fc.dictionary(
        fc.constantFrom('preinstall', 'install', 'postinstall', 'prepare', 'prepublishOnly', 'test', '__proto__'),
        SCRIPT,
        { maxKeys: 4 },
      ),
      dependencies: deps,
      devDependencies: deps,
      optionalDependencies: deps,
      peerDependencies: deps,
      workspaces: fc.oneof(
        fc.array(fc.constantFrom('packages/*', '../outside', '**', '/abs'), { maxLength: 3 }),
        fc.record({ packages: fc.array(fc.constant('packages/*')) }),
      ),
      packageManager: fc.constantFrom('pnpm@9.0.0', 'yarn@4.1.0+sha512.abc', 'npm@10', 'bun@1', 'x'),
      overrides: deps,
      resolutions: deps,
      pnpm: fc.record(
        {
          onlyBuiltDependencies: fc.array(NAME, { maxLength: 2 }),
          neverBuiltDependencies: fc.array(NAME, { maxLength: 2 }),
        },
        { requiredKeys: [] },
      ),
      publishConfig: fc.record(
        { registry: fc.constantFrom('https://registry.npmjs.org/', 'http://evil', 'x'), provenance: fc.boolean() },
        { requiredKeys: [] },
      ),
      bin: fc.oneof(fc.string({ maxLength: 4 }), fc.dictionary(NAME, fc.string({ maxLength: 4 }), { maxKeys: 2 })),
    },
    { requiredKeys: [] },
  )
  .map((v) => JSON.stringify(v, null, 2));

const lockEntry = fc.record(
  {
    version: VERSION,
    resolved: fc.constantFrom(
      'https://registry.npmjs.org/a/-/a-1.0.0.tgz',
      'http://x/a.tgz',
      'git+ssh://git@github.com/a/b.git#abc',
      'file:x',
      '',
    ),
    integrity: INTEGRITY,
    hasInstallScript: fc.boolean(),
    dev: fc.boolean(),
    optional: fc.boolean(),
    link: fc.boolean(),
    license: fc.string({ maxLength: 3 }),
    dependencies: deps,
  },
  { requiredKeys: [] },
);
const packageLock = fc
  .record(
    {
      name: NAME,
      lockfileVersion: fc.constantFrom(1, 2, 3, 4, '3', null),
      packages: fc.dictionary(
        fc.oneof(
          fc.constant(''),
          NAME.map((n) => `node_modules/${n}`),
          fc.constantFrom('node_modules/a/node_modules/b', 'packages/x', '../out', 'node_modules/__proto__'),
        ),
        lockEntry,
        { maxKeys: 5 },
      ),
      dependencies: fc.dictionary(NAME, lockEntry, { maxKeys: 3 }),
    },
    { requiredKeys: [] },
  )
  .map((v) => JSON.stringify(v, null, 2));

const yarnClassic = fc
  .array(
    fc.tuple(
      NAME,
      SPEC,
      VERSION,
      INTEGRITY,
      fc.constantFrom('https://registry.yarnpkg.com/a/-/a-1.0.0.tgz#abc', 'http://x', 'git+https://x.git', ''),
    ),
    { maxLength: 5 },
  )
  .map(
    (entries) =>
      '# yarn lockfile v1\n\n' +
      entries
        .map(
          ([n, s, v, i, r]) =>
            `"${n}@${s}", ${n}@${s}:\n  version "${v}"\n  resolved "${r}"\n  integrity ${i}\n  dependencies:\n    ${n} "${s}"\n`,
        )
        .join('\n'),
  );
const yarnBerry = fc
  .array(
    fc.tuple(
      NAME,
      SPEC,
      VERSION,
      fc.constantFrom('10c0/abc', '', 'x'),
      fc.constantFrom('npm', 'patch', 'git', 'workspace', 'link'),
    ),
    { maxLength: 5 },
  )
  .map(
    (entries) =>
      '__metadata:\n  version: 8\n  cacheKey: 10c0\n\n' +
      entries
        .map(
          ([n, s, v, c, p]) =>
            `"${n}@${p}:${s}":\n  version: ${v}\n  resolution: "${n}@${p}:${v}"\n  checksum: ${c}\n  languageName: node\n  linkType: hard\n  conditions: os=darwin\n`,
        )
        .join('\n'),
  );
const pnpmLock = fc
  .record(
    {
      lockfileVersion: fc.constantFrom('9.0', '6.0', '5.4', 5.3, 'x'),
      settings: fc.record({ autoInstallPeers: fc.boolean() }),
      importers: fc.dictionary(
        fc.constantFrom('.', 'packages/a', '../x'),
        fc.record({ dependencies: fc.dictionary(NAME, fc.record({ specifier: SPEC, version: VERSION })) }),
        { maxKeys: 2 },
      ),
      packages: fc.dictionary(
        fc.tuple(NAME, VERSION).map(([n, v]) => `${n}@${v}`),
        fc.record(
          {
            resolution: fc.oneof(
              fc.record({ integrity: INTEGRITY }),
              fc.record({ tarball: fc.constantFrom('https://x/a.tgz', 'file:x') }),
              fc.record({ type: fc.constant('directory'), directory: fc.constant('x') }),
            ),
            requiresBuild: fc.boolean(),
            hasBin: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
        { maxKeys: 4 },
      ),
      snapshots: fc.dictionary(NAME, fc.record({ dependencies: deps })),
    },
    { requiredKeys: [] },
  )
  .map((v) => stringify(v));
const npmrc = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'registry',
        '@a:registry',
        '//registry.npmjs.org/:_authToken',
        'ignore-scripts',
        'strict-ssl',
        'package-lock',
        'always-auth',
        '_auth',
        '__proto__',
        'email',
        'ca',
      ),
      fc.constantFrom('=', ' = ', ' '),
      fc.constantFrom(
        'https://registry.npmjs.org/',
        'http://x',
        'true',
        'false',
        '${NPM_TOKEN}',
        'abc123',
        '"quoted"',
        '',
      ),
    ),
  )
  .map((lines) => lines.map(([k, s, v]) => k + s + v).join('\n'));
const yarnrc = fc
  .record(
    {
      yarnPath: fc.constantFrom('.yarn/releases/yarn-4.cjs', '../x.cjs'),
      enableScripts: fc.boolean(),
      npmRegistryServer: fc.constantFrom('https://registry.yarnpkg.com', 'http://x'),
      checksumBehavior: fc.constantFrom('throw', 'ignore', 'update'),
      plugins: fc.array(
        fc.oneof(
          fc.constant('.yarn/plugins/x.cjs'),
          fc.record({ path: fc.constant('p.cjs'), spec: fc.constant('https://x'), checksum: fc.constant('abc') }),
        ),
      ),
      npmScopes: fc.dictionary(
        NAME,
        fc.record({ npmRegistryServer: fc.constant('http://x'), npmAuthToken: fc.constant('t') }),
      ),
    },
    { requiredKeys: [] },
  )
  .map((v) => stringify(v));
const bunLock = fc
  .record(
    {
      lockfileVersion: fc.constantFrom(0, 1, 2),
      workspaces: fc.dictionary(fc.constantFrom('', 'packages/a'), fc.record({ name: NAME, dependencies: deps })),
      packages: fc.dictionary(
        NAME,
        fc.tuple(
          fc.tuple(NAME, VERSION).map(([n, v]) => `${n}@${v}`),
          fc.constantFrom('', 'https://x'),
          fc.record({ dependencies: deps }),
          INTEGRITY,
        ),
      ),
    },
    { requiredKeys: [] },
  )
  .map((v) => JSON.stringify(v, null, 2).replace(/\n(\s*)([\]}])/g, ',\n$1$2'));

describe('property: scan with the npm plugin', () => {
  scanProperties({
    ecosystem: 'npm',
    names: [
      'package.json',
      'package-lock.json',
      'npm-shrinkwrap.json',
      'yarn.lock',
      'pnpm-lock.yaml',
      'bun.lock',
      'bun.lockb',
      '.npmrc',
      '.yarnrc',
      '.yarnrc.yml',
      'pnpm-workspace.yaml',
      'bunfig.toml',
      '.pnpmfile.cjs',
      'binding.gyp',
    ],
    grammars: {
      'package.json': packageJson,
      'package-lock.json': packageLock,
      'yarn.lock': fc.oneof(yarnClassic, yarnBerry),
      'pnpm-lock.yaml': pnpmLock,
      '.npmrc': npmrc,
      '.yarnrc.yml': yarnrc,
      'bun.lock': bunLock,
    },
  });
});

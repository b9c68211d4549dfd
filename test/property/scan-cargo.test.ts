/** scan over MemorySource: the cargo plugin (manifests, lockfiles v1–4, .cargo/config, toolchain, credentials). */
import { describe } from 'vitest';
import { stringify } from 'smol-toml';
import { fc } from './harness.js';
import { scanProperties } from './scan-helpers.js';

const NAME = fc.oneof(
  fc.constantFrom('serde', 'foo-bar', 'foo_bar', '__proto__', 'constructor', ''),
  fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/),
);
const DEP = fc.oneof(
  fc.constantFrom('1.0', '*', '=0.1.2', '', '^x'),
  fc.record(
    {
      version: fc.constantFrom('1', '*'),
      git: fc.constantFrom('https://github.com/a/b', 'http://x', 'ssh://git@x/y'),
      branch: fc.constant('main'),
      tag: fc.constant('v1'),
      rev: fc.constantFrom('abc', '0123456789abcdef0123456789abcdef01234567'),
      path: fc.constantFrom('../x', '/abs'),
      registry: fc.constantFrom('private', 'crates-io'),
      package: NAME,
      workspace: fc.boolean(),
      features: fc.constant(['a']),
    },
    { requiredKeys: [] },
  ),
);
const deps = fc.dictionary(NAME, DEP, { maxKeys: 4 });
const manifest = fc
  .record(
    {
      package: fc.record(
        {
          name: NAME,
          version: fc.constant('0.1.0'),
          build: fc.oneof(fc.constantFrom('build.rs', 'x.rs'), fc.boolean()),
          links: fc.constant('z'),
          publish: fc.oneof(fc.boolean(), fc.constant(['private'])),
          'default-run': NAME,
        },
        { requiredKeys: [] },
      ),
      dependencies: deps,
      'dev-dependencies': deps,
      'build-dependencies': deps,
      target: fc.dictionary(
        fc.constantFrom('cfg(unix)', 'x86_64-unknown-linux-gnu', '__proto__'),
        fc.record({ dependencies: deps }),
      ),
      workspace: fc.record(
        { members: fc.array(fc.constantFrom('crates/*', '../x', '**')), dependencies: deps },
        { requiredKeys: [] },
      ),
      patch: fc.dictionary(fc.constantFrom('crates-io', 'https://github.com/a/b'), deps),
      replace: fc.dictionary(fc.constant('foo:0.1.0'), DEP),
      lib: fc.record({ 'proc-macro': fc.boolean() }),
      bin: fc.array(fc.record({ name: NAME, path: fc.constant('src/x.rs') }), { maxLength: 2 }),
    },
    { requiredKeys: [] },
  )
  .map((v) => stringify(v));
const lock = fc
  .record(
    {
      version: fc.constantFrom(1, 2, 3, 4, 5),
      package: fc.array(
        fc.record(
          {
            name: NAME,
            version: fc.constantFrom('1.0.0', 'x', ''),
            source: fc.constantFrom(
              'registry+https://github.com/rust-lang/crates.io-index',
              'sparse+https://index.crates.io/',
              'git+https://github.com/a/b?branch=main#abc',
              'git+https://x#',
              'registry+http://x',
              'path+file:///x',
            ),
            checksum: fc.constantFrom('a'.repeat(64), '', 'x'),
            dependencies: fc.array(fc.constantFrom('serde', 'serde 1.0.0', 'serde 1.0.0 (registry+https://x)', ''), {
              maxLength: 3,
            }),
          },
          { requiredKeys: ['name'] },
        ),
        { maxLength: 5 },
      ),
      metadata: fc.dictionary(
        fc.constantFrom(
          'checksum serde 1.0.0 (registry+https://github.com/rust-lang/crates.io-index)',
          'checksum x',
          '__proto__',
        ),
        fc.constantFrom('a'.repeat(64), '<none>', ''),
      ),
    },
    { requiredKeys: [] },
  )
  .map((v) => stringify(v));
const config = fc
  .record(
    {
      source: fc.dictionary(
        fc.constantFrom('crates-io', 'mirror', 'vendored-sources', '__proto__'),
        fc.record(
          {
            'replace-with': fc.constantFrom('mirror', 'vendored-sources', 'crates-io'),
            registry: fc.constantFrom('http://x', 'sparse+https://x/'),
            directory: fc.constant('vendor'),
            'local-registry': fc.constant('/x'),
            git: fc.constant('https://x'),
          },
          { requiredKeys: [] },
        ),
      ),
      registries: fc.dictionary(
        NAME,
        fc.record(
          {
            index: fc.constantFrom('http://x', 'sparse+https://x/'),
            token: fc.constant('secret'),
            'credential-provider': fc.constantFrom('cargo:token', 'x'),
          },
          { requiredKeys: [] },
        ),
      ),
      registry: fc.record(
        { token: fc.constant('cio'), 'global-credential-providers': fc.constant(['cargo:token']), default: NAME },
        { requiredKeys: [] },
      ),
      build: fc.record(
        {
          rustc: fc.constant('/x'),
          'rustc-wrapper': fc.constant('sccache'),
          rustflags: fc.constant(['-C', 'link-arg=x']),
        },
        { requiredKeys: [] },
      ),
      target: fc.dictionary(
        fc.constantFrom('x86_64-unknown-linux-gnu', 'cfg(unix)'),
        fc.record({ linker: fc.constant('x'), runner: fc.constantFrom('qemu', './run.sh') }, { requiredKeys: [] }),
      ),
      alias: fc.dictionary(NAME, fc.oneof(fc.constant('run --bin x'), fc.constant(['build', '--release']))),
      env: fc.dictionary(
        fc.constantFrom('CARGO_REGISTRY_TOKEN', 'X'),
        fc.oneof(fc.constant('t'), fc.record({ value: fc.constant('v'), force: fc.boolean() })),
      ),
      http: fc.record({ cainfo: fc.constant('x.pem'), 'check-revoke': fc.boolean() }, { requiredKeys: [] }),
      net: fc.record({ 'git-fetch-with-cli': fc.boolean() }),
    },
    { requiredKeys: [] },
  )
  .map((v) => stringify(v));

describe('property: scan with the cargo plugin', () => {
  scanProperties({
    ecosystem: 'cargo',
    names: [
      'Cargo.toml',
      'Cargo.lock',
      '.cargo/config.toml',
      '.cargo/config',
      'rust-toolchain.toml',
      'rust-toolchain',
      '.cargo/credentials.toml',
      'build.rs',
      'src/main.rs',
    ],
    grammars: {
      'Cargo.toml': manifest,
      'Cargo.lock': lock,
      '.cargo/config.toml': config,
      'rust-toolchain.toml': fc
        .record({
          toolchain: fc.record(
            { channel: fc.constantFrom('stable', '1.80', '/custom/path', '../x'), path: fc.constant('/opt/x') },
            { requiredKeys: [] },
          ),
        })
        .map((v) => stringify(v)),
    },
  });
});

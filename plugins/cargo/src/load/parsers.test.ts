/** Unit tests for the cargo parsers: shapes, routes resolved to lines, hostile input. https://doc.rust-lang.org/cargo/reference/manifest.html */
import { describe, expect, it } from 'vitest';
import type { Route, TomlDocument } from '@inert/core';
import { parseConfig, parseToolchain } from './config.js';
import { load } from './index.js';
import { parseLockfile } from './lockfile.js';
import { parseManifest } from './manifest.js';

const line = (doc: TomlDocument, route: Route, part: 'key' | 'value' = 'key') => doc.locate([{ route, part }])[0]?.line;
const ok = <T>(parsed: { ok: true; value: T } | { ok: false }): T => {
  if (!parsed.ok) throw new Error('expected a parse');
  return parsed.value;
};

describe('Cargo.toml', () => {
  const text = [
    '[package]', //                                                       1
    'name = "app"', //                                                    2
    'version = "0.1.0"', //                                               3
    '', //                                                                4
    '[dependencies]', //                                                  5
    'serde = { version = "1", features = ["derive"] }', //                6
    'xarxa = {', //                                                       7 TOML 1.1 multi-line inline table
    '    git = "https://github.com/embassy-rs/xarxa",', //                8
    '    branch = "main",', //                                           9
    '}', //                                                              10
    'rand07 = { package = "rand", version = "0.7" }', //                 11
    '', //                                                               12
    "[target.'cfg(unix)'.build-dependencies]", //                        13
    'cc = "1"', //                                                       14
    '', //                                                               15
    '[patch.crates-io]', //                                              16
    'log = { path = "../log" }', //                                      17
  ].join('\n');

  it('reads every dependency table, renames and TOML 1.1 multi-line inline tables', () => {
    const m = ok(parseManifest(text, 'Cargo.toml', '', new Set(['build.rs'])));
    expect(m.dependencies.map((d) => [d.key, d.name, d.section])).toEqual([
      ['serde', 'serde', 'dependencies'],
      ['xarxa', 'xarxa', 'dependencies'],
      ['rand07', 'rand', 'dependencies'],
      ['cc', 'cc', 'dependencies'],
      ['log', 'log', 'patch'],
    ]);
    expect(m.dependencies[1]).toMatchObject({ git: 'https://github.com/embassy-rs/xarxa', branch: 'main' });
    expect(m.buildScript).toEqual({ route: ['package'], file: 'build.rs', declared: 'build.rs' });
    expect(m.dependencies.map((d) => line(m.doc, d.route))).toEqual([6, 7, 11, 14, 17]);
    // Inside an inline table: the key's own line; inside a multi-line one, the table's line.
    expect(line(m.doc, ['dependencies', 'serde', 'features'])).toBe(6);
    expect(line(m.doc, ['dependencies', 'xarxa', 'git'])).toBe(7);
  });

  it('turns syntax errors and hostile input into problems, never throws', () => {
    for (const bad of ['[package', 'a = "unterminated', '[[x]]\n[x]', 'a = ' + '['.repeat(5000), '\u0000\u0001 = 1']) {
      const parsed = parseManifest(bad, 'Cargo.toml', '', new Set());
      expect(parsed.ok).toBe(false);
    }
    // Wrong shapes are ignored rather than trusted.
    const m = ok(
      parseManifest('package = 1\ndependencies = ["x"]\n[lib]\nproc-macro = "yes"\n', 'Cargo.toml', '', new Set()),
    );
    expect(m).toMatchObject({ dependencies: [], procMacro: false });
    expect(m.buildScript).toBeUndefined();
  });
});

describe('Cargo.lock', () => {
  it('v4: routes into [[package]] resolve to the right lines; git commits are extracted', () => {
    const text = [
      'version = 4', //                                                                1
      '', //                                                                           2
      '[[package]]', //                                                                3
      'name = "a"', //                                                                 4
      'version = "1.0.0"', //                                                          5
      'source = "registry+https://github.com/rust-lang/crates.io-index"', //           6
      'checksum = "00"', //                                                            7
      '', //                                                                           8
      '[[package]]', //                                                                9
      'name = "b"', //                                                                10
      'version = "0.1.0"', //                                                         11
      'source = "git+https://github.com/x/b?branch=main#0123456789abcdef0123456789abcdef01234567"', // 12
    ].join('\n');
    const lock = ok(parseLockfile(text, 'Cargo.lock', ''));
    expect(lock.version).toBe(4);
    expect(lock.packages.map((p) => [p.name, p.checksum, p.commit])).toEqual([
      ['a', '00', undefined],
      ['b', undefined, '0123456789abcdef0123456789abcdef01234567'],
    ]);
    expect(line(lock.doc, ['package', 0, 'checksum'])).toBe(7);
    expect(line(lock.doc, ['package', 1])).toBe(9);
    expect(line(lock.doc, ['package', 1, 'source'], 'value')).toBe(12);
  });

  it('v1: [root] and [metadata] checksums; no version key means v1 or v2', () => {
    const v1 = ok(
      parseLockfile(
        '[root]\nname = "r"\nversion = "0.1.0"\n\n[[package]]\nname = "a"\nversion = "1.0.0"\nsource = "registry+x"\n\n[metadata]\n"checksum a 1.0.0 (registry+x)" = "ff"\n',
        'Cargo.lock',
        '',
      ),
    );
    expect(v1.version).toBe(1);
    expect(v1.packages.map((p) => [p.name, p.route, p.checksum])).toEqual([
      ['r', ['root'], undefined],
      ['a', ['package', 0], 'ff'],
    ]);
    expect(ok(parseLockfile('[[package]]\nname = "a"\nversion = "1.0.0"\n', 'Cargo.lock', '')).version).toBe(2);
  });
});

describe('load', () => {
  it('groups a manifest, its lock and its .cargo files into one project and inventories every lock entry', async () => {
    const texts: Record<string, string> = {
      'Cargo.toml': '[package]\nname = "app"\nversion = "0.1.0"\n[lib]\nproc-macro = true\n',
      'Cargo.lock':
        'version = 4\n\n[[package]]\nname = "app"\nversion = "0.1.0"\n\n[[package]]\nname = "a"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "00"\n',
      '.cargo/config.toml': '[registries.corp]\nindex = "sparse+https://corp.example/"\n',
      'build.rs': 'fn main() {}',
    };
    const kinds = {
      'Cargo.toml': 'manifest',
      'Cargo.lock': 'lockfile',
      '.cargo/config.toml': 'client-config',
      'build.rs': 'build-script',
    } as const;
    const model = await load(
      Object.entries(kinds).map(([path, kind]) => ({ path, kind })),
      (p) => Promise.resolve(texts[p]),
    );
    // Every claimed file is read into the model: the manifest, the lock, the client config.
    expect([
      model.manifests.map((m) => m.path),
      model.locks.map((l) => l.path),
      model.configs.map((c) => c.path),
    ]).toEqual([['Cargo.toml'], ['Cargo.lock'], ['.cargo/config.toml']]);
    expect(model.inventory.packages.map((p) => [p.name, p.source.kind, p.integrity, p.installScripts, p.line])).toEqual(
      [
        ['app', 'path', null, true, 3],
        ['a', 'registry', 'sha256', null, 7],
      ],
    );
    expect(model.inventory.sources).toEqual([
      {
        ecosystem: 'cargo',
        url: 'sparse+https://corp.example/',
        role: 'registry:corp',
        file: '.cargo/config.toml',
        line: 2,
      },
    ]);
    expect(model.problems).toEqual([]);
  });
});

describe('cargo config and toolchain', () => {
  it('applies to the parent of .cargo and lists program settings', () => {
    const c = ok(parseConfig('[build]\nrustc-wrapper = "sccache"\n[target.x.runner]\n', 'a/b/.cargo/config.toml'));
    expect(c.dir).toBe('a/b');
    expect(c.programs).toEqual([
      { kind: 'wrapper', route: ['build', 'rustc-wrapper'], value: 'sccache', origin: 'path' },
    ]);
  });

  it('ignores wrong shapes in hostile config and locks instead of throwing', () => {
    const c = ok(
      parseConfig(
        'alias = 5\ntarget = []\npaths = "x"\n[env]\nLD_PRELOAD = { value = 5 }\n[build]\nrustc-wrapper = ["", 1]\n[registry]\nglobal-credential-providers = "cargo:token"\n[patch]\ncrates-io = 3\n',
        '.cargo/config.toml',
      ),
    );
    expect(c.programs).toEqual([]);
    expect(c.patches).toEqual([]);
    expect(ok(parseLockfile('package = 5\nmetadata = []\nversion = "x"\n', 'Cargo.lock', '')).packages).toEqual([]);
    expect(
      ok(
        parseLockfile(
          '[[package]]\nname = 1\n[[package]]\n__proto__ = "x"\nname = "a"\nversion = "1"\n',
          'Cargo.lock',
          '',
        ),
      ).packages.map((p) => p.name),
    ).toEqual(['a']);
  });

  it('reads legacy one-line and TOML toolchain files', () => {
    expect(ok(parseToolchain('nightly-2024-01-01\n', 'rust-toolchain', true))).toEqual({
      path: 'rust-toolchain',
      channel: 'nightly-2024-01-01',
      channelLine: 1,
    });
    const t = ok(parseToolchain('[toolchain]\npath = "/opt/rust"\n', 'x/rust-toolchain', true));
    expect(t).toMatchObject({ customPath: '/opt/rust' });
  });
});

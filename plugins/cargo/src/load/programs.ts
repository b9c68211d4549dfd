/**
 * Settings in cargo config that name programs cargo (or a build script) runs.
 * https://doc.rust-lang.org/cargo/reference/config.html#executable-paths-with-arguments
 */
import type { Route } from '@inert/core';
import { entries, programWords, str, table, type Table } from './table.js';

export type ProgramKind = 'wrapper' | 'runner' | 'linker' | 'credential' | 'alias' | 'env' | 'browser';

export interface ProgramSetting {
  kind: ProgramKind;
  route: Route;
  /** The value as written (arrays joined by spaces). */
  value: string;
  /** Where the program comes from: a file in the checkout, an absolute path, or a bare name looked up on PATH. */
  origin: 'checkout' | 'absolute' | 'path';
}

const WRAPPERS = ['rustc-wrapper', 'rustc-workspace-wrapper', 'rustc', 'rustdoc'];
// Built-in aliases may be redefined; built-in commands may not ("Aliases are not allowed to redefine existing built-in commands").
const BUILTIN_ALIASES = new Set(['b', 'c', 'd', 't', 'r', 'rm']);
// `cargo:token-from-stdout <command>` runs a command; the other `cargo:` providers are built into cargo.
const BUILTIN_PROVIDER = /^cargo:(?!token-from-stdout)/;
// Variables that make rustc, build scripts or the cc crate load or run another program.
const ENV_PROGRAMS = new Set([
  'LD_PRELOAD',
  'LD_LIBRARY_PATH',
  'DYLD_INSERT_LIBRARIES',
  'DYLD_LIBRARY_PATH',
  'PATH',
  'CC',
  'CXX',
  'AR',
  'LD',
  'RUSTC',
  'RUSTC_WRAPPER',
  'RUSTC_LINKER',
  'RUSTDOC',
]);
const LINKER_FLAG = /^-C (?:linker=|link-args?=-fuse-ld=)/;

export function programSettings(root: Table): ProgramSetting[] {
  const out: ProgramSetting[] = [];
  const add = (kind: ProgramKind, route: Route, raw: unknown, program?: string) => {
    const words = programWords(raw);
    const value = words.join(' ');
    const first = program ?? words[0];
    if (first === undefined || first === '') return; // an empty wrapper turns the wrapper off
    out.push({ kind, route, value, origin: origin(first) });
  };
  const build = table(root.build);
  for (const key of WRAPPERS) add('wrapper', ['build', key], build[key]);
  rustflags(build.rustflags, ['build', 'rustflags'], add);
  for (const [target, t] of targetTables(root.target)) {
    add('runner', [...target, 'runner'], t.runner);
    add('linker', [...target, 'linker'], t.linker);
    rustflags(t.rustflags, [...target, 'rustflags'], add);
  }
  // `[host]` (unstable -Zhost-config) sets the linker for build scripts and proc-macros.
  add('linker', ['host', 'linker'], table(root.host).linker);
  for (const [triple, h] of entries(root.host)) add('linker', ['host', triple, 'linker'], table(h).linker);
  const registry = table(root.registry);
  const provider = (route: Route, raw: unknown) => {
    const value = programWords(raw).join(' ');
    if (value && !BUILTIN_PROVIDER.test(value) && table(root['credential-alias'])[value] === undefined)
      add('credential', route, raw, value.startsWith('cargo:') ? programWords(raw)[1] : undefined);
  };
  provider(['registry', 'credential-provider'], registry['credential-provider']);
  const globals = registry['global-credential-providers'];
  if (Array.isArray(globals)) globals.forEach((g, i) => provider(['registry', 'global-credential-providers', i], g));
  for (const [name, r] of entries(root.registries))
    provider(['registries', name, 'credential-provider'], table(r)['credential-provider']);
  for (const [name, a] of entries(root['credential-alias'])) provider(['credential-alias', name], a);
  for (const [name, a] of entries(root.alias)) {
    const words = programWords(a);
    if (BUILTIN_ALIASES.has(name) || words.some((w) => w === '--config' || w.startsWith('--config=')))
      out.push({ kind: 'alias', route: ['alias', name], value: words.join(' '), origin: 'path' });
  }
  for (const [name, v] of entries(root.env)) {
    if (!ENV_PROGRAMS.has(name)) continue;
    const value = str(v) ?? str(table(v).value);
    // `relative = true` makes the value a path inside the checkout.
    if (value !== undefined)
      out.push({
        kind: 'env',
        route: ['env', name],
        value,
        origin: table(v).relative === true ? 'checkout' : origin(value),
      });
  }
  add('browser', ['doc', 'browser'], table(root.doc).browser);
  return out;
}

const TARGET_PROGRAM_KEYS = ['runner', 'linker', 'rustflags'];

/**
 * `[target.<triple>]` tables with their routes. A triple with a dot written unquoted
 * (`[target.thumbv8m.main-none-eabihf]`, embassy's examples) is a nested TOML table, and cargo finds
 * it there: it reads `format!("target.{triple}")` (cargo 0.99.0 src/cargo/util/context/target.rs:115)
 * through a key split on dots (`ConfigKey::from_str`, key.rs:40).
 * A nested table is taken as a triple only when it holds a runner, linker or rustflags, which a
 * `links` override (`[target.<triple>.<lib>]`, keys `rustc-link-lib`…) never does.
 */
function targetTables(raw: unknown): [Route, Table][] {
  const out: [Route, Table][] = [];
  for (const [name, t] of entries(raw)) {
    out.push([['target', name], table(t)]);
    for (const [sub, s] of entries(t))
      if (TARGET_PROGRAM_KEYS.some((k) => table(s)[k] !== undefined)) out.push([['target', name, sub], table(s)]);
  }
  return out;
}

function rustflags(
  raw: unknown,
  route: Route,
  add: (kind: ProgramKind, route: Route, raw: unknown, program?: string) => void,
): void {
  const words = programWords(raw);
  words.forEach((w, i) => {
    const flag = words[i - 1] === '-C' ? `-C ${w}` : w;
    if (LINKER_FLAG.test(flag.replace(/^-C(?=\S)/, '-C ')))
      add('linker', route, [flag], flag.slice(flag.lastIndexOf('=') + 1));
  });
}

function origin(program: string): ProgramSetting['origin'] {
  if (/^(?:[/\\~]|[A-Z]:[/\\])/i.test(program)) return 'absolute';
  return /[/\\]/.test(program) ? 'checkout' : 'path';
}

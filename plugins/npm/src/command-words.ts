/** The words of an npm, pnpm, Yarn or Bun command line: the command, its arguments and its flags (commands.ts judges them). */
import type { CommandVerdict, ShellCommand } from '@inert/core';
import { readNpmArgs } from './npm-options.js';
import { readPnpmArgs } from './pnpm-options.js';

/** Words after the program, without the program and with `--flag=value` split off. */
export function words(c: ShellCommand): { sub: string | undefined; args: string[]; flags: Set<string> } {
  const rest = c.argv.slice(1);
  const flags = new Set(rest.filter((a) => a.startsWith('-')).map((a) => a.split('=')[0]!));
  const args = rest.filter((a) => !a.startsWith('-'));
  return { sub: args[0], args: args.slice(1), flags };
}

/**
 * pnpm's command, its parameters and its options as pnpm reads them (pnpm-options.ts): `pnpm --filter web
 * install`, `pnpm install --filter web` and `pnpm -C web install` are `pnpm install`. Flags are `--name`,
 * or `--no-name` when false; `unknown` names an option pnpm does not know, followed by a word a pnpm that
 * knows it may take as its value.
 */
export function pnpmWords(c: ShellCommand): {
  sub: string | undefined;
  args: string[];
  flags: Set<string>;
  unknown?: { name: string; next: string };
} {
  const { command, params, options, unknown } = readPnpmArgs(c.argv);
  const flags = new Set<string>();
  for (const [name, value] of options) flags.add(value === false ? `--no-${name}` : `--${name}`);
  const open = unknown.find((u): u is { name: string; next: string } => u.next !== undefined);
  return {
    sub: command,
    args: params,
    flags,
    ...(open ? { unknown: { name: `--${open.name}`, next: open.next } } : {}),
  };
}

/**
 * npm's command, its arguments and its options as npm reads them (npm-options.ts): `npm install --prefix
 * web` installs the project in `web`, `npm --prefix web ci` is `npm ci`. Flags are `--name` (`-g` is
 * `--global`), or `--no-name` when false.
 */
export function npmWords(c: ShellCommand): {
  sub: string | undefined;
  args: string[];
  flags: Set<string>;
  prefix?: string;
} {
  const { positionals, options } = readNpmArgs(c.argv);
  const flags = new Set<string>();
  for (const [name, value] of options) flags.add(value === false ? `--no-${name}` : `--${name}`);
  const prefix = options.get('prefix');
  return {
    sub: positionals[0],
    args: positionals.slice(1),
    flags,
    ...(typeof prefix === 'string' ? { prefix } : {}),
  };
}

/**
 * An option the client's tables do not know, followed by a word, on an install command (or before the
 * word read as the command): pnpm 10.34.5 and 11.22.0 refuse such an option, Yarn classic drops the word
 * with it and Yarn berry reads it as its command declares; a later release may take the word as its
 * value. Which packages the install adds, or which command runs, is then undeterminable.
 */
export function unknownOptionVerdict(
  client: 'pnpm' | 'yarn',
  sub: string | undefined,
  args: readonly string[],
  unknown: { name: string; next: string } | undefined,
  installs: ReadonlySet<string>,
): CommandVerdict | undefined {
  if (!unknown) return undefined;
  const isCommand = unknown.next === sub;
  if (!(sub === undefined ? client === 'yarn' : installs.has(sub) || (isCommand && installs.has(args[0] ?? ''))))
    return undefined;
  const how =
    client === 'pnpm'
      ? `pnpm does not know the option ${unknown.name} (pnpm 10.34.5 and 11.22.0 refuse it)`
      : `Yarn classic drops \`${unknown.next}\` with ${unknown.name}, an option it does not know, and Yarn berry reads it as its command declares`;
  return {
    action: 'install',
    classification: 'unknown',
    undeterminable: true,
    reason: `${how}; whether \`${unknown.next}\` is its value or ${isCommand ? 'the command' : sub === 'add' ? 'a package to add' : 'an argument'} is undeterminable`,
  };
}

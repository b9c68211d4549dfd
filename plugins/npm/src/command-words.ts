/** The words of an npm, pnpm, Yarn or Bun command line: the command, its arguments and its flags (commands.ts judges them). */
import type { ShellCommand } from '@inert/core';
import { readNpmArgs } from './npm-options.js';

/** Words after the program, without the program and with `--flag=value` split off. */
export function words(c: ShellCommand): { sub: string | undefined; args: string[]; flags: Set<string> } {
  const rest = c.argv.slice(1);
  const flags = new Set(rest.filter((a) => a.startsWith('-')).map((a) => a.split('=')[0]!));
  const args = rest.filter((a) => !a.startsWith('-'));
  return { sub: args[0], args: args.slice(1), flags };
}

/** pnpm's options that take a value before the command: `pnpm --filter app publish`, `pnpm -C packages/a publish`. */
const PNPM_VALUE_FLAGS = new Set(['--filter', '-F', '--filter-prod', '-C', '--dir', '--workspace-dir', '--reporter']);

export function pnpmWords(c: ShellCommand): { sub: string | undefined; args: string[]; flags: Set<string> } {
  const rest = c.argv.slice(1);
  let i = 0;
  while (i < rest.length && rest[i]!.startsWith('-')) i += PNPM_VALUE_FLAGS.has(rest[i]!) ? 2 : 1;
  const { flags } = words(c);
  const args = rest.slice(i + 1).filter((a, j, all) => !a.startsWith('-') && !PNPM_VALUE_FLAGS.has(all[j - 1] ?? ''));
  return { sub: rest[i], args, flags };
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

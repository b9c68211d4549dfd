/** CI command rules for conda, mamba and micromamba installs, conda-lock, and `anaconda upload`. https://docs.conda.io/projects/conda/en/stable/commands/install.html */
import type { CommandVerdict, ShellCommand } from '@inert/core';
import { base, has, positionals } from './command-args.js';

/** conda, mamba, micromamba: installs by name or from an environment file; conda-lock installs a lock. https://docs.conda.io/projects/conda/en/stable/commands/install.html */
export function condaRule(cmd: ShellCommand): CommandVerdict | undefined {
  const program = base(cmd.argv[0] ?? '');
  const words = cmd.argv.slice(1);
  if (program === 'conda-lock')
    return words[0] === 'install'
      ? {
          action: 'install',
          classification: 'strict',
          reason: 'conda-lock install installs exactly the lock (with hashes)',
        }
      : undefined;
  const sub = words[0] === 'env' ? `env ${words[1] ?? ''}` : words[0];
  const rest = words[0] === 'env' ? words.slice(2) : words.slice(1);
  if (sub !== 'install' && sub !== 'create' && sub !== 'env create' && sub !== 'env update' && sub !== 'update')
    return undefined;
  if (has(rest, '--offline') || has(rest, '--use-local'))
    return {
      action: 'install',
      classification: 'local',
      reason: `${program} ${sub} --offline: only the local package cache is used`,
    };
  const file = rest.findIndex((a) => a === '--file' || a === '-f' || a.startsWith('--file='));
  if (file >= 0) {
    const name = rest[file]!.includes('=') ? rest[file]!.slice(7) : (rest[file + 1] ?? '');
    if (/lock|explicit/i.test(name))
      return {
        action: 'install',
        classification: 'strict',
        reason: `${program} ${sub} --file ${name}: an explicit (locked) package list`,
      };
    return {
      action: 'install',
      classification: 'lax',
      reason: `${program} ${sub} --file ${name}: an environment file is solved afresh on every run, no lock`,
    };
  }
  if (sub === 'update' || sub === 'env update')
    return { action: 'install', classification: 'lax', reason: `${program} ${sub} solves new versions` };
  const names = positionals(
    rest,
    new Set(['-n', '--name', '-p', '--prefix', '-c', '--channel', '--override-channels', '--solver', '--python']),
  );
  if (names.length === 0)
    return sub === 'env create'
      ? {
          action: 'install',
          classification: 'lax',
          reason: `${program} env create solves environment.yml afresh, no lock`,
        }
      : undefined;
  return {
    action: 'install',
    classification: 'adhoc',
    reason: `${program} ${sub} ${names.slice(0, 3).join(' ')}: solved from the channels at run time, no lock, no hashes`,
  };
}

/** `anaconda upload`: anaconda.org has no trusted publishing; a token is `-t`/`--token` or ANACONDA_API_TOKEN. */
export function anacondaRule(cmd: ShellCommand): CommandVerdict | undefined {
  const words = cmd.argv.slice(1);
  const at = words.indexOf('upload');
  if (at < 0) return undefined;
  const token = has(words.slice(0, at), '-t', '--token') || cmd.env['ANACONDA_API_TOKEN'] !== undefined;
  return {
    action: 'publish',
    classification: 'unknown',
    reason: token
      ? 'anaconda upload with an API token (anaconda.org has no trusted publishing)'
      : 'anaconda upload; credentials not visible',
    auth: token ? 'token' : 'none-visible',
  };
}

/** CI command rules for the project managers with a lock: Poetry, Pipenv and PDM. https://python-poetry.org/docs/cli/#install */
import type { CommandVerdict, ShellCommand } from '@inert/core';
import { has, positionals } from './command-args.js';

export function poetryRule(cmd: ShellCommand): CommandVerdict | undefined {
  const [sub, ...rest] = cmd.argv.slice(1).filter((a, i) => i > 0 || !a.startsWith('-'));
  switch (sub) {
    case 'install':
    case 'sync':
      return {
        action: 'install',
        classification: 'strict',
        reason: `poetry ${sub} installs poetry.lock and refuses a lock whose content-hash no longer matches pyproject.toml (it creates one only when none exists)`,
      };
    case 'lock':
      return {
        action: 'other',
        classification: has(rest, '--check') ? 'strict' : 'lax',
        reason: has(rest, '--check')
          ? 'poetry lock --check only verifies'
          : 'poetry lock resolves and rewrites poetry.lock',
      };
    case 'update':
    case 'add':
      return { action: 'install', classification: 'lax', reason: `poetry ${sub} re-resolves and rewrites poetry.lock` };
    case 'build':
      return { action: 'build', classification: 'local', reason: 'poetry build runs the build backend' };
    case 'publish': {
      const token =
        has(rest, '-p', '--password', '-u', '--username') ||
        Object.keys(cmd.env).some((k) => /^POETRY_(?:PYPI_TOKEN|HTTP_BASIC)_/.test(k));
      return {
        action: 'publish',
        classification: 'unknown',
        reason: token
          ? 'poetry publish with a token or password'
          : 'poetry publish; credentials not visible (Poetry has no trusted publishing)',
        auth: token ? 'token' : 'none-visible',
      };
    }
    default:
      return undefined;
  }
}

export function pipenvRule(cmd: ShellCommand): CommandVerdict | undefined {
  const [sub, ...rest] = cmd.argv.slice(1);
  if (sub === 'sync')
    return {
      action: 'install',
      classification: 'strict',
      reason: 'pipenv sync installs exactly Pipfile.lock (with hashes) and never re-locks',
    };
  if (sub === 'update' || sub === 'lock')
    return {
      action: sub === 'lock' ? 'other' : 'install',
      classification: 'lax',
      reason: `pipenv ${sub} re-resolves and rewrites Pipfile.lock`,
    };
  if (sub !== 'install') return undefined;
  const names = positionals(
    rest,
    new Set(['--python', '--pypi-mirror', '-r', '--requirements', '--index', '--extra-pip-args', '--categories']),
  );
  if (names.length > 0)
    return {
      action: 'install',
      classification: 'adhoc',
      reason: `pipenv install ${names.slice(0, 3).join(' ')} adds packages and re-locks`,
    };
  if (has(rest, '--deploy'))
    return {
      action: 'install',
      classification: 'strict',
      reason: 'pipenv install --deploy aborts when Pipfile.lock is out of date',
    };
  return { action: 'install', classification: 'lax', reason: 'pipenv install re-locks when the Pipfile changed' };
}

export function pdmRule(cmd: ShellCommand): CommandVerdict | undefined {
  const [sub, ...rest] = cmd.argv.slice(1);
  if (sub === 'sync')
    return { action: 'install', classification: 'strict', reason: 'pdm sync installs exactly pdm.lock' };
  if (sub === 'install') {
    if (has(rest, '--check'))
      return {
        action: 'install',
        classification: 'strict',
        reason: 'pdm install --check fails when pdm.lock is out of date',
      };
    if (has(rest, '--frozen-lockfile'))
      return {
        action: 'install',
        classification: 'lax',
        reason:
          'pdm install --frozen-lockfile stops PDM writing the lock but may still resolve other versions (use pdm sync or --check)',
      };
    return { action: 'install', classification: 'lax', reason: 'pdm install re-locks when pyproject.toml changed' };
  }
  if (sub === 'add' || sub === 'update' || sub === 'lock')
    return {
      action: sub === 'lock' ? 'other' : 'install',
      classification: has(rest, '--check') ? 'strict' : 'lax',
      reason: `pdm ${sub} resolves and rewrites pdm.lock`,
    };
  if (sub === 'publish') {
    const token = has(rest, '-P', '--password', '-u', '--username') || cmd.env['PDM_PUBLISH_PASSWORD'] !== undefined;
    return {
      action: 'publish',
      classification: 'unknown',
      reason: token ? 'pdm publish with a password or token' : 'pdm publish; credentials not visible',
      auth: token ? 'token' : cmd.idToken ? 'oidc' : 'none-visible',
    };
  }
  return undefined;
}

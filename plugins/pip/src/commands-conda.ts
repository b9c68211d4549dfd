/** CI command rules for conda, mamba and micromamba installs, conda-lock, and `anaconda upload`. https://docs.conda.io/projects/conda/en/stable/commands/install.html */
import type { ActionStep, CommandVerdict, ShellCommand } from '@inert/core';
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

/** The variables anaconda-client reads a token from (binstar_client/utils: BINSTAR_API_TOKEN first). */
const ANACONDA_ENV = ['BINSTAR_API_TOKEN', 'ANACONDA_API_TOKEN'];

/**
 * `anaconda [-t T] [--site S] upload …`: anaconda.org has no trusted publishing; a token is
 * `-t`/`--token` or BINSTAR_API_TOKEN / ANACONDA_API_TOKEN.
 */
export function anacondaRule(cmd: ShellCommand): CommandVerdict | undefined {
  const words = cmd.argv.slice(1);
  const at = words.indexOf('upload');
  if (at < 0) return undefined;
  const before = words.slice(0, at);
  const flag = has(before, '-t', '--token') || before.some((w) => w.startsWith('--token='));
  const variable = ANACONDA_ENV.find((v) => cmd.env[v] !== undefined && cmd.env[v] !== '');
  const token = flag || variable !== undefined;
  return {
    action: 'publish',
    classification: 'unknown',
    reason: token
      ? `anaconda upload with an API token${variable && !flag ? ` (${variable})` : ''} (anaconda.org has no trusted publishing)`
      : 'anaconda upload; credentials not visible',
    auth: token ? 'token' : 'none-visible',
    ...(variable && !flag ? { credential: { from: 'env' as const, name: variable } } : {}),
  };
}

/** `conda build --token T` (conda-build, `conda mambabuild`): uploads to anaconda.org when `anaconda_upload` is on. */
export function condaBuildRule(cmd: ShellCommand): CommandVerdict | undefined {
  const program = base(cmd.argv[0] ?? '');
  const words = program === 'conda-build' ? cmd.argv.slice(1) : cmd.argv.slice(2);
  if (program !== 'conda-build' && !/^(?:build|mambabuild)$/.test(cmd.argv[1] ?? '')) return undefined;
  if (has(words, '--no-anaconda-upload', '--no-binstar-upload')) return undefined;
  if (!has(words, '--token') && !words.some((w) => w.startsWith('--token='))) return undefined;
  return {
    action: 'publish',
    classification: 'unknown',
    reason: `${program === 'conda-build' ? 'conda-build' : `conda ${cmd.argv[1]}`} --token uploads to anaconda.org with an API token when \`anaconda_upload\` is on (conda config)`,
    auth: 'token',
  };
}

/** rattler-build upload's servers, the variables each reads a credential from, and whether it has trusted publishing. */
const RATTLER_SERVERS: Readonly<Record<string, { env: readonly string[]; oidc: boolean; name: string }>> = {
  prefix: { env: ['PREFIX_API_KEY'], oidc: true, name: 'prefix.dev' },
  anaconda: { env: ['ANACONDA_API_KEY'], oidc: false, name: 'anaconda.org' },
  quetz: { env: ['QUETZ_API_KEY'], oidc: false, name: 'a quetz server' },
  artifactory: { env: ['ARTIFACTORY_PASSWORD'], oidc: false, name: 'an Artifactory server' },
  s3: { env: ['AWS_SECRET_ACCESS_KEY'], oidc: false, name: 'an S3 bucket' },
};

/**
 * `rattler-build upload <server> …`: prefix.dev takes an API key (`--api-key`, PREFIX_API_KEY) or,
 * with none, trusted publishing from GitHub Actions (OIDC); the other servers take keys or passwords.
 */
export function rattlerUploadRule(cmd: ShellCommand): CommandVerdict | undefined {
  const words = cmd.argv.slice(1);
  if (words[0] !== 'upload') return undefined;
  const server = RATTLER_SERVERS[words[1] ?? ''];
  const name = server?.name ?? `${words[1] ?? 'a server'}`;
  const flag = words.some((w) => /^--(?:api-key|password|token)(?:=|$)/.test(w));
  const variable = server?.env.find((v) => cmd.env[v] !== undefined && cmd.env[v] !== '');
  const token = flag || variable !== undefined || cmd.env['RATTLER_AUTH_FILE'] !== undefined;
  const oidc = !token && server?.oidc === true && cmd.idToken === true;
  return {
    action: 'publish',
    classification: 'unknown',
    reason: token
      ? `rattler-build upload to ${name} with a stored key${variable ? ` (${variable})` : ''}`
      : oidc
        ? `rattler-build upload to ${name} with trusted publishing (OIDC)`
        : `rattler-build upload to ${name}; credentials not visible`,
    auth: token ? 'token' : oidc ? 'oidc' : 'none-visible',
    ...(variable && !flag ? { credential: { from: 'env' as const, name: variable } } : {}),
  };
}

/** Actions that build and upload conda packages to anaconda.org, and the inputs that carry the token or password. */
export const CONDA_PUBLISH_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  'maxibor/conda-package-publish-action': ['AnacondaToken'],
  'amauryval/publish_conda_package_action': ['CondaPassword'],
  'uibcdf/action-build-and-upload-conda-packages': ['token'],
};

export function condaPublishAction(step: ActionStep): CommandVerdict | undefined {
  const name = step.uses.split('@')[0]!;
  if (/^false$/i.test(step.with['upload'] ?? '')) return undefined;
  const input = (CONDA_PUBLISH_ACTIONS[name] ?? []).find((i) => (step.with[i] ?? '') !== '');
  return {
    action: 'publish',
    classification: 'unknown',
    reason: input
      ? `${name} uploads to anaconda.org with the token in \`${input}:\` (anaconda.org has no trusted publishing)`
      : `${name} uploads to anaconda.org; credentials not visible`,
    auth: input ? 'token' : 'none-visible',
    ...(input ? { credential: { from: 'input' as const, name: input } } : {}),
  };
}

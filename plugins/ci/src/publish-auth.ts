/**
 * What a publish's credential really is, once the workflow is read: a rule names where it read the
 * credential (`CommandVerdict.credential`), and this module looks at the value. The job's own token
 * (`${{ secrets.GITHUB_TOKEN }}`, `${{ github.token }}`, GitLab's `$CI_JOB_TOKEN` and
 * `$CI_REGISTRY_PASSWORD`) is minted for the run and revoked when the job ends: `job-token`, not a
 * stored secret. A container push takes the job's earlier registry login (docker/login-action,
 * `docker login`, a cloud login by OIDC or by key). A publish with no visible credential in a job that
 * wrote the job token into a client's config (`.npmrc`, `.pypirc`) authenticates with that token.
 * https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication
 * https://docs.gitlab.com/ci/jobs/ci_job_token/
 */
import type { ActionStep, CommandVerdict } from '@inert/core';
import type { CiCommand, CiModel } from './model.js';
import { registryName, registryOf } from './publish-containers.js';
import { basename } from './script.js';

const GITHUB_TOKEN = /\$\{\{\s*(?:secrets\.GITHUB_TOKEN|github\.token)\s*\}\}/i;
const GITLAB_TOKEN = /\$\{?(CI_JOB_TOKEN|CI_REGISTRY_PASSWORD)\b/;
/** A reference to a stored secret or a variable (a GitLab CI/CD variable is a stored secret too). */
const STORED = /\$\{\{\s*secrets\.|\$\{?[A-Za-z_]/;

/** The job token a value is, when it is one and refers to nothing else: `GITHUB_TOKEN`, `CI_JOB_TOKEN`. */
export function jobToken(value: string): string | undefined {
  const github = GITHUB_TOKEN.test(value);
  const gitlab = GITLAB_TOKEN.exec(value);
  if (!github && !gitlab) return undefined;
  const rest = value
    .replace(new RegExp(GITHUB_TOKEN.source, 'gi'), '')
    .replace(new RegExp(GITLAB_TOKEN.source, 'g'), '');
  if (/secrets\./.test(rest)) return undefined;
  return github ? 'GITHUB_TOKEN' : gitlab![1]!;
}

function asJobToken(verdict: CommandVerdict, token: string, where: string): CommandVerdict {
  const target = token === 'GITHUB_TOKEN' ? 'GitHub Packages' : 'the GitLab project';
  return {
    ...verdict,
    auth: 'job-token',
    reason: `${verdict.reason} (${where}: the job’s ${token}, which only ${target} accepts, minted for the run and revoked when the job ends)`,
  };
}

/** A verdict whose credential is a named variable or input, with its value looked up in the command's or step's env and inputs. */
export function resolveCredential(
  verdict: CommandVerdict,
  env: Readonly<Record<string, string>>,
  inputs: Readonly<Record<string, string>> = {},
): CommandVerdict {
  const c = verdict.credential;
  if (!c || c.from === 'login' || verdict.auth !== 'token') return verdict;
  const value = c.from === 'env' ? env[c.name] : inputs[c.name];
  const token = value === undefined ? undefined : jobToken(value);
  return token ? asJobToken(verdict, token, c.from === 'env' ? c.name : `\`${c.name}:\``) : verdict;
}

interface Login {
  file: string;
  job: string;
  line: number;
  registry: string;
  auth: NonNullable<CommandVerdict['auth']>;
  how: string;
}

/** The auth a password value gives: the job's token, a stored secret, or nothing visible. */
function passwordAuth(value: string | undefined): { auth: Login['auth']; how: string } {
  if (value === undefined || value.trim() === '') return { auth: 'none-visible', how: 'no password visible' };
  const token = jobToken(value);
  if (token) return { auth: 'job-token', how: `the job’s ${token}` };
  if (STORED.test(value)) return { auth: 'token', how: `the stored secret \`${value.trim()}\`` };
  return { auth: 'token', how: 'a password written in the file' };
}

/** The cloud login of the job: OIDC federation (a role, a workload identity) or a stored key. */
function cloudAuth(steps: readonly ActionStep[]): { auth: Login['auth']; how: string } | undefined {
  for (const s of steps) {
    const name = s.uses.split('@')[0]!.toLowerCase();
    if (name === 'aws-actions/configure-aws-credentials')
      return s.with['aws-access-key-id'] || s.with['aws-secret-access-key']
        ? { auth: 'token', how: 'AWS access keys from stored secrets' }
        : s.with['role-to-assume'] && s.idToken
          ? { auth: 'oidc', how: 'an AWS role assumed with the job’s OIDC token' }
          : undefined;
    if (name === 'google-github-actions/auth')
      return s.with['credentials_json']
        ? { auth: 'token', how: 'a Google service-account key from a stored secret' }
        : s.with['workload_identity_provider'] && s.idToken
          ? { auth: 'oidc', how: 'Google workload identity federation (the job’s OIDC token)' }
          : undefined;
  }
  return undefined;
}

const CLOUD_REGISTRY = /\.amazonaws\.com$|(?:^|\.)gcr\.io$|-docker\.pkg\.dev$/;

function sameJob(a: { file: string; job?: string }, b: { file: string; job?: string }): boolean {
  return a.file === b.file && (a.job ?? '') === (b.job ?? '');
}

/** Every registry login of the model's jobs, in file order. */
function logins(model: CiModel): Login[] {
  const out: Login[] = [];
  for (const s of model.actions) {
    const name = s.uses.split('@')[0]!.toLowerCase();
    const base = { file: s.file, job: s.job ?? '', line: s.line };
    if (name === 'docker/login-action' || name === 'redhat-actions/podman-login') {
      const registry = registryOf(`${s.with['registry'] ?? 'docker.io'}/x`);
      const password = s.with['password'];
      const cloud =
        (password ?? '') === '' && CLOUD_REGISTRY.test(registry)
          ? cloudAuth(model.actions.filter((a) => sameJob(a, s) && a.line < s.line))
          : undefined;
      out.push({ ...base, registry, ...(cloud ?? passwordAuth(password)) });
    } else if (name === 'aws-actions/amazon-ecr-login') {
      const cloud = cloudAuth(model.actions.filter((a) => sameJob(a, s) && a.line < s.line));
      out.push({
        ...base,
        registry: 'amazonaws.com',
        ...(cloud ?? { auth: 'none-visible', how: 'AWS credentials not visible' }),
      });
    }
  }
  for (const c of model.commands) {
    const login = commandLogin(c);
    if (login) out.push(login);
  }
  return out.sort((a, b) => a.line - b.line);
}

/** `docker login -u u -p "$X" host`, `echo "$X" | docker login --password-stdin host`. */
function commandLogin(c: CiCommand): Login | undefined {
  const argv = c.command.argv;
  if (!['docker', 'podman', 'buildah'].includes(basename(argv[0] ?? '')) || argv[1] !== 'login') return undefined;
  const args = argv.slice(2);
  let password: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-p' || a === '--password') password = args[++i];
    else if (a.startsWith('--password=')) password = a.slice(11);
    else if (a === '-u' || a === '--username') i++;
    else if (a === '--password-stdin') password = c.pipeline[c.position - 1]?.slice(1).join(' ');
    else if (!a.startsWith('-')) positional.push(a);
  }
  // `$VAR` from the step's env: the value behind it (`${{ secrets.X }}`).
  const named = /^\$\{?(\w+)\}?$/.exec(password?.trim() ?? '');
  const value = named && c.command.env[named[1]!] !== undefined ? c.command.env[named[1]!] : password;
  return {
    file: c.command.file,
    job: c.command.job ?? '',
    line: c.command.line,
    registry: positional[0] === undefined ? 'docker.io' : registryOf(`${positional[0]}/x`),
    ...passwordAuth(value),
  };
}

/** Container pushes take their auth from the job's latest login before them (to the same registry when it can be told). */
export function applyRegistryLogins(model: CiModel): void {
  const pushes = model.verdicts.filter((v) => v.verdict.credential?.from === 'login');
  if (pushes.length === 0) return;
  const all = logins(model);
  for (const v of pushes) {
    const c = v.verdict.credential as { from: 'login'; registry: string };
    const before = all.filter((l) => sameJob(l, { file: v.at.file, job: v.job ?? '' }) && l.line <= v.at.line);
    const login =
      before.findLast(
        (l) => l.registry === c.registry || (l.registry === 'amazonaws.com' && c.registry.endsWith('.amazonaws.com')),
      ) ?? before.at(-1);
    v.verdict = login
      ? {
          ...v.verdict,
          auth: login.auth,
          reason: `${v.verdict.reason}, logged in to ${registryName(login.registry === 'amazonaws.com' ? c.registry : login.registry)} at line ${login.line} with ${login.how}`,
        }
      : {
          ...v.verdict,
          reason: `${v.verdict.reason}; no registry login in the job (the runner’s own credentials, or the push fails)`,
        };
  }
}

/**
 * A publish with no visible credential in a job where an earlier command wrote the job token into a
 * client's config (`echo "//…/:_authToken=${CI_JOB_TOKEN}" > .npmrc`, `npm config set … $CI_JOB_TOKEN`).
 */
export function applyConfigTokens(model: CiModel): void {
  for (const v of model.verdicts) {
    if (v.verdict.action !== 'publish' || v.verdict.auth !== 'none-visible' || v.verdict.credential?.from === 'login')
      continue;
    const writer = model.commands.find(
      (c) =>
        sameJob(c.command, { file: v.at.file, job: v.job ?? '' }) &&
        c.command.line < v.at.line &&
        /_authToken|\.npmrc|\.pypirc|npmAuthToken|config set/.test(c.command.text) &&
        jobToken(c.command.text) !== undefined,
    );
    if (writer)
      v.verdict = asJobToken(
        v.verdict,
        jobToken(writer.command.text)!,
        `written to the client’s config at line ${writer.command.line}`,
      );
  }
}

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
import type { CommandVerdict } from '@inert/core';
import type { CiModel } from './model.js';
import { registryName } from './publish-containers.js';
import { jobToken } from './job-token.js';
import { logins, sameJob } from './registry-logins.js';

export { jobToken };

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

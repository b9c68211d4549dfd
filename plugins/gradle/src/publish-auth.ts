/**
 * Which credential a `gradle publish` sends, from the publishing repositories its build scripts declare
 * (load/publish-credentials.ts) and the job's environment: `System.getenv("CI_JOB_TOKEN")` on GitLab
 * (a predefined variable, always set) and `System.getenv("GITHUB_TOKEN")` set from
 * `${{ secrets.GITHUB_TOKEN }}` are the job's own token, minted for the run; a variable or project
 * property (`ORG_GRADLE_PROJECT_<name>`, `-P<name>=`) from a stored secret is a token. `publish` runs
 * every repository's publish task, so a build with one stored token among its repositories publishes
 * with it. https://docs.gradle.org/current/userguide/build_environment.html#setting_a_project_property ·
 * https://docs.gitlab.com/user/packages/maven_repository/ ·
 * https://docs.github.com/en/actions/tutorials/publish-packages/publish-java-packages-with-gradle
 */
import type { CommandVerdict, ShellCommand } from '@inert/core';
import type { GradleCommandContext } from './command-context.js';
import type { CredentialSource, PublishCredential } from './model.js';

type Auth = 'token' | 'job-token' | 'unset' | 'unknown';

const GITHUB_JOB_TOKEN = /^\$\{\{\s*(?:secrets\.GITHUB_TOKEN|github\.token)\s*\}\}$/i;
const GITLAB_JOB_TOKEN = /^\$\{?(?:CI_JOB_TOKEN|CI_REGISTRY_PASSWORD)\}?$/;
const GITLAB_PREDEFINED = new Set(['CI_JOB_TOKEN', 'CI_REGISTRY_PASSWORD']);

/** What an environment value the workflow sets is. */
function valueAuth(value: string): { auth: Auth; what: string } {
  if (GITHUB_JOB_TOKEN.test(value)) return { auth: 'job-token', what: 'the job’s GITHUB_TOKEN' };
  if (GITLAB_JOB_TOKEN.test(value)) return { auth: 'job-token', what: 'the job’s CI_JOB_TOKEN' };
  if (/secrets\./.test(value)) return { auth: 'token', what: `\`${value}\`` };
  if (value.includes('${{')) return { auth: 'unknown', what: `\`${value}\`, which a static read cannot follow` };
  const variable = /^\$\{?(\w+)\}?$/.exec(value)?.[1];
  if (variable) return { auth: 'token', what: `$${variable}, a CI/CD variable of the project’s or group’s settings` };
  return { auth: 'token', what: 'a value written in the workflow' };
}

/** The first source of a credential that the job supplies, judged; `unset` when none is. */
function judgeSource(
  source: CredentialSource,
  command: ShellCommand,
  context: GradleCommandContext,
): { auth: Auth; what: string } {
  const gitlab = command.origin === 'gitlab-ci';
  switch (source.kind) {
    case 'literal':
      return { auth: 'token', what: 'a password written in the build script' };
    case 'computed':
      return { auth: 'unknown', what: `\`${source.text}\`, computed` };
    case 'env': {
      const value = command.env[source.name];
      if (value !== undefined) return withName(source.name, valueAuth(value));
      if (gitlab && GITLAB_PREDEFINED.has(source.name))
        return { auth: 'job-token', what: `the job’s ${source.name} (predefined by GitLab)` };
      if (gitlab)
        return { auth: 'token', what: `${source.name}, a CI/CD variable of the project’s or group’s settings` };
      return { auth: 'unset', what: `${source.name}, which the workflow does not set` };
    }
    case 'property': {
      const variable = `ORG_GRADLE_PROJECT_${source.name}`;
      const value = command.env[variable];
      if (value !== undefined) return withName(variable, valueAuth(value));
      const flag = command.argv.find((a) => a.startsWith(`-P${source.name}=`));
      if (flag) return withName(`-P${source.name}`, valueAuth(flag.slice(source.name.length + 3)));
      if (context.committedProperties.has(source.name))
        return { auth: 'token', what: `project property ${source.name}, committed in gradle.properties` };
      return { auth: 'unset', what: `project property ${source.name}, which the job does not set` };
    }
  }
}

function withName(name: string, judged: { auth: Auth; what: string }): { auth: Auth; what: string } {
  return { ...judged, what: `${name} = ${judged.what}` };
}

function judgeCredential(
  credential: PublishCredential,
  command: ShellCommand,
  context: GradleCommandContext,
): { auth: Auth; what: string; credential: PublishCredential } {
  // An elvis tries its sources in order; the first the job supplies is the one sent.
  for (const source of credential.sources) {
    const judged = judgeSource(source, command, context);
    if (judged.auth !== 'unset') return { ...judged, credential };
  }
  return { auth: 'unset', what: 'nothing the job sets', credential };
}

/**
 * The verdict from the build's declared publishing credentials, or undefined when the job supplies none
 * of them (the rule then falls back to the credential variables it knows by name).
 */
export function declaredCredentialVerdict(
  command: ShellCommand,
  context: GradleCommandContext,
): CommandVerdict | undefined {
  const judge = (credentials: readonly PublishCredential[]) =>
    credentials.map((c) => judgeCredential(c, command, context)).filter((j) => j.auth !== 'unset');
  const judged = judge(context.publishCredentials);
  const maybe = context.includesUndeterminable;
  const maybeJudged = maybe ? judge(maybe.credentials) : [];
  if (judged.length === 0 && maybeJudged.length === 0) return undefined;
  const where = (j: (typeof judged)[number]) =>
    `${j.credential.via ? `${j.credential.via}’s ` : ''}${j.credential.field === 'password' ? 'password' : `header ${j.credential.field}`} at ${j.credential.at.file}:${j.credential.at.line}`;
  const token = judged.find((j) => j.auth === 'token');
  if (token)
    return {
      action: 'publish',
      classification: 'strict',
      auth: 'token',
      reason: `publishes with the repository credential the build reads (${where(token)}): ${token.what}`,
    };
  // A subproject the settings script may or may not include declares a credential the job supplies.
  const open = maybeJudged.find((j) => j.auth !== 'job-token') ?? (judged.length === 0 ? maybeJudged[0] : undefined);
  if (maybe && open)
    return {
      action: 'publish',
      classification: 'unknown',
      undeterminable: true,
      reason: `whether the build publishes with the repository credential at ${where(open)} (${open.what}) is undeterminable: the settings script’s include list is computed at ${maybe.at.file}:${maybe.at.line} (${maybe.why})`,
    };
  const unknown = judged.find((j) => j.auth === 'unknown');
  if (unknown)
    return {
      action: 'publish',
      classification: 'unknown',
      undeterminable: true,
      reason: `publishes with a repository credential the build computes (${where(unknown)}): ${unknown.what}`,
    };
  const first = judged[0]!;
  return {
    action: 'publish',
    classification: 'strict',
    auth: 'job-token',
    reason: `publishes with the repository credential the build reads (${where(first)}): ${first.what}, minted for the run and revoked when the job ends`,
  };
}

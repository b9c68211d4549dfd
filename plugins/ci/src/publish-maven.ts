/**
 * Which credential a Maven deploy uses, read from the settings.xml it runs with: a committed file the
 * command names (`-s`, `--settings`, `.mvn/maven.config`), or the one an earlier step of the job wrote
 * (actions/setup-java always writes `~/.m2/settings.xml` with one server whose password is
 * `${env.<server-password>}`, `GITHUB_TOKEN` unless set; s4u/maven-settings-action writes its `servers`
 * JSON and a `github` server reading `GITHUB_TOKEN`). Each server's password or HTTP header is looked up
 * in the command's environment: the job's own token is `job-token`, a stored secret `token`; a server
 * whose variable the workflow does not set sends nothing. What the checkout cannot show is said so.
 * https://maven.apache.org/settings.html#servers ·
 * https://github.com/actions/setup-java/blob/v5.7.0/src/auth.ts ·
 * https://github.com/s4u/maven-settings-action/blob/v4.0.0/settings.js
 */
import type { ActionStep, CommandVerdict, ShellCommand } from '@inert/core';
import { jobToken } from './job-token.js';
import { settingsVariable, type MavenServer } from './maven-settings.js';
import { MAVEN_PROGRAMS, placeKey } from './maven-settings-files.js';
import type { CiModel, CiVerdict, DeployTarget } from './model.js';
import { sameJob } from './registry-logins.js';
import { basename } from './script.js';

type Auth = 'token' | 'job-token' | 'unset' | 'unknown';
interface Judged {
  auth: Auth;
  /** What the value is, for the reason: `the secret OSSRH_TOKEN`, `the job’s GITHUB_TOKEN`. */
  what: string;
}

const GITLAB_JOB_TOKENS = new Set(['CI_JOB_TOKEN', 'CI_REGISTRY_PASSWORD']);

/** What one password or header value is, given the command's environment. */
export function judgeValue(value: string, command: ShellCommand): Judged {
  const token = jobToken(value);
  if (token) return { auth: 'job-token', what: `the job’s ${token}` };
  const secret = /^\$\{\{\s*secrets\.(\w+)\s*\}\}$/.exec(value)?.[1];
  if (secret) return { auth: 'token', what: `the secret ${secret}` };
  if (value.includes('${{')) return { auth: 'unknown', what: `\`${value}\`, which a static read cannot follow` };
  const name = settingsVariable(value);
  if (name !== undefined) {
    const set = command.env[name];
    if (set !== undefined) {
      const inner = judgeValue(set, command);
      return inner.auth === 'unset' ? inner : { ...inner, what: `${name} = ${inner.what}` };
    }
    if (command.origin === 'gitlab-ci')
      return GITLAB_JOB_TOKENS.has(name)
        ? { auth: 'job-token', what: `the job’s ${name}` }
        : { auth: 'token', what: `${name}, a CI/CD variable of the project’s or group’s settings (stored)` };
    return { auth: 'unset', what: `${name}, which the workflow does not set` };
  }
  // `$X` inside a value the workflow sets (`MAVEN_PASSWORD: $DEPLOY_TOKEN` in GitLab `variables:`).
  if (/^\$\{?\w+\}?$/.test(value)) return judgeValue(`\${${value.replace(/[${}]/g, '')}}`, command);
  if (value.includes('${')) return { auth: 'unknown', what: `\`${value}\`, interpolated at run time` };
  if (value === '') return { auth: 'unset', what: 'an empty value' };
  return /^\{.*\}$/s.test(value)
    ? { auth: 'token', what: 'a password encrypted in the file (settings-security.xml)' }
    : { auth: 'token', what: 'a password written in the file' };
}

interface Written {
  servers: MavenServer[];
  where: string;
  /** Set when the servers cannot be read (an input that is not JSON). */
  unknown?: string;
}

/**
 * The servers the job's latest settings-writing step before the command wrote: to `~/.m2/settings.xml`
 * (where `mvn` looks) when `toFile` is false, or to the path its `settings-path`/`path` input names
 * (read only through `-s`) when it is true.
 */
function writtenSettings(model: CiModel, v: CiVerdict, toFile: boolean): Written | undefined {
  const step = model.actions.findLast(
    (a) =>
      sameJob(a, { file: v.at.file, job: v.job ?? '' }) &&
      a.line < v.at.line &&
      /^(?:actions\/setup-java|s4u\/maven-settings-action)@/i.test(a.uses),
  );
  if (!step) return undefined;
  const name = step.uses.split('@')[0]!;
  const setupJava = /setup-java/i.test(name);
  const path = setupJava ? step.with['settings-path'] : step.with.path;
  if (Boolean(path) !== toFile) return undefined;
  const where = `the settings.xml ${name} wrote${path ? ` to \`${path}\`` : ''} at line ${step.line}`;
  if (setupJava) {
    const password = step.with['server-password'] || 'GITHUB_TOKEN';
    const id = step.with['server-id'] || 'github';
    return { servers: [server(id, step, `\${env.${password}}`)], where };
  }
  const servers: MavenServer[] = [];
  if (step.with.servers) {
    let list: unknown;
    try {
      list = JSON.parse(step.with.servers);
    } catch {
      return { servers, where, unknown: `${name}’s \`servers:\` at line ${step.line} is not JSON as written` };
    }
    for (const s of Array.isArray(list) ? (list as unknown[]) : []) {
      const { id, password } = (typeof s === 'object' && s !== null ? s : {}) as { id?: unknown; password?: unknown };
      if (typeof password === 'string') servers.push(server(typeof id === 'string' ? id : '', step, password));
    }
  }
  if (step.with.githubServer !== 'false') servers.push(server('github', step, '${env.GITHUB_TOKEN}'));
  return { servers, where };
}

function server(id: string, step: ActionStep, password: string): MavenServer {
  return { id, line: step.line, credentials: [{ field: 'password', value: password, line: step.line }] };
}

/** Maven deploys take the credential of the settings they run with, when the workflow shows it. */
export function applyMavenSettings(model: CiModel): void {
  for (const v of model.verdicts) {
    if (v.ecosystem !== 'gradle' || v.verdict.action !== 'publish') continue;
    const command = model.commands.find((c) => placeKey(c.command) === placeKey(v.at))?.command;
    if (!command || !MAVEN_PROGRAMS.has(basename(command.argv[0] ?? ''))) continue;
    const named = model.mavenSettings?.get(placeKey(v.at));
    const source: Written | undefined =
      named?.kind === 'file'
        ? { servers: [...named.servers], where: `\`${named.path}\`` }
        : // A file `-s` names that the checkout does not hold may be the one a step wrote to `settings-path`.
          (writtenSettings(model, v, named !== undefined) ??
          (named ? { servers: [], where: named.path, unknown: named.why } : undefined));
    if (!source) continue;
    v.verdict = source.unknown
      ? undeterminable(v.verdict, `${source.unknown}: which credential the deploy sends is not visible`)
      : judged(v.verdict, source, command, model.mavenTargets?.get(placeKey(v.at)));
  }
}

function undeterminable(verdict: CommandVerdict, reason: string): CommandVerdict {
  const { auth: _auth, credential: _credential, ...rest } = verdict;
  return {
    ...rest,
    classification: 'unknown',
    undeterminable: true,
    reason: `${verdict.reason.split(';')[0]}; ${reason}`,
  };
}

function judged(
  verdict: CommandVerdict,
  { servers, where }: Written,
  command: ShellCommand,
  target: DeployTarget | undefined,
): CommandVerdict {
  // pom.xml names the servers the deploy authenticates with; the settings' other servers send nothing.
  const to = target?.kind === 'ids' ? target : undefined;
  const ids = to ? new Set(to.ids) : undefined;
  const base = to ? `mvn deploy to ${to.where}` : 'mvn deploy';
  const seen = servers
    .filter((s) => !ids || ids.has(s.id))
    .flatMap((s) => s.credentials.map((c) => ({ server: s.id, field: c.field, ...judgeValue(c.value, command) })));
  const used = seen.filter((s) => s.auth !== 'unset');
  const describe = (list: typeof seen) =>
    list
      .map((s) => `server \`${s.server}\` ${s.field === 'password' ? 'password' : `header ${s.field}`}: ${s.what}`)
      .join('; ');
  if (used.length === 0) {
    const { credential: _c, ...rest } = verdict;
    return {
      ...rest,
      auth: 'none-visible',
      reason:
        ids?.size === 0
          ? `mvn deploy uploads nothing: ${to!.where}`
          : ids && seen.length === 0
            ? `${base} with ${where}, which has no server ${[...ids].map((i) => `\`${i}\``).join(' or ')}: the deploy sends no credential`
            : `${base} with ${where}, which sends no credential the workflow sets${seen.length ? ` (${describe(seen)})` : ''}`,
    };
  }
  const kinds = new Set(used.map((s) => s.auth));
  // Servers that every module uses (a reactor's): a stored token among them is sent, whatever the others.
  const allUsed = to !== undefined && to.alternatives !== true;
  if (kinds.has('unknown') || (kinds.size > 1 && !allUsed))
    return undeterminable(
      verdict,
      ids
        ? `${where} has ${describe(used)} for the ${to!.where}`
        : `${where} has ${describe(used)}; which server the deploy uses is pom.xml’s \`distributionManagement\` id, not settled: ${target?.kind === 'unknown' ? target.why : 'no mvn command was read'}`,
    );
  const auth = kinds.has('token') ? 'token' : 'job-token';
  const { credential: _c, ...rest } = verdict;
  return {
    ...rest,
    classification: 'strict',
    auth,
    reason:
      auth === 'job-token'
        ? `${base} with ${where}: ${describe(used)}, minted for the run and revoked when the job ends`
        : `${base} with repository credentials from ${where}: ${describe(used)}`,
  };
}

/**
 * The container-registry logins of a job, and the credential each one uses: the job's token, a stored
 * secret (a password, a cloud key, a Quay robot account's token), OIDC federation (an AWS role, Google
 * workload identity, an Azure federated credential, Docker Hub's OIDC connection) or nothing visible.
 * A push takes the job's latest login before it (publish-auth.ts).
 * Read in the actions' source at a release tag (docs/ci/publish-routes.md cites each):
 * docker/login-action src/dockerhub.ts (af63523b; releases v4.5.0 and v4.5.1) · Azure/login v3.0.1 src/common/LoginConfig.ts ·
 * aws-actions/amazon-ecr-login v2.1.7 index.js · google-github-actions/auth v3.0.0 src/main.ts ·
 * Azure/docker-login v2 action.yml · https://learn.microsoft.com/en-us/cli/azure/acr#az-acr-login ·
 * https://docs.quay.io/glossary/robot-accounts.html
 */
import type { ActionStep, CommandVerdict } from '@inert/core';
import { jobToken } from './job-token.js';
import type { CiCommand, CiModel, Step } from './model.js';
import { compareActionVersions } from './osv.js';
import { registryOf } from './publish-containers.js';
import { basename } from './script.js';

type Auth = NonNullable<CommandVerdict['auth']>;
interface Credential {
  auth: Auth;
  how: string;
}
export interface Login extends Credential {
  file: string;
  job: string;
  line: number;
  registry: string;
}
type Cloud = 'aws' | 'google' | 'azure';

/** A reference to a stored secret or a variable (a GitLab CI/CD variable is a stored secret too). */
const STORED = /\$\{\{\s*secrets\.|\$\{?[A-Za-z_]/;
const STEP_OUTPUT = /^\$\{\{\s*steps\.([\w-]+)\.outputs\.[\w-]+\s*\}\}$/;
const CLOUD_REGISTRY = /\.amazonaws\.com$|(?:^|\.)gcr\.io$|-docker\.pkg\.dev$/;
const AWS_KEY_ENV = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'];
/**
 * The registries docker/login-action exchanges the job's OIDC token for (no `password`,
 * `DOCKERHUB_OIDC_CONNECTIONID` set): `src/dockerhub.ts` at af63523b. The first release with the
 * exchange is v4.5.0 (#1048); `dhi.io` joined in v4.5.1 (#1054); each value is that first release.
 */
const DOCKER_HUB_OIDC: ReadonlyMap<string, string> = new Map([
  ['docker.io', '4.5.0'],
  ['registry-1.docker.io', '4.5.0'],
  ['registry-1-stage.docker.io', '4.5.0'],
  ['dhi.io', '4.5.1'],
]);
/**
 * Release commits of docker/login-action around the exchange, so that a commit pin is judged by its
 * release: v4.1.0 is the tag's commit in the repository; v4.5.0 and v4.5.1 are the commits their tags
 * point to as pinned (`@<sha> # v4.5.x`) by Dependabot and Renovate in independent repositories
 * (docs/ci/publish-routes.md). Any other commit is taken at its word, like a moving tag.
 */
const LOGIN_ACTION_COMMITS: ReadonlyMap<string, string> = new Map([
  ['4907a6ddec9925e35a0a9e82d7399ccc52663121', 'v4.1.0'],
  ['06fb636fac595d6fb4b28a5dfcb21a6f5091859c', 'v4.5.0'],
  ['abd2ef45e78c5afb21d64d4ca52ee8550d9572c7', 'v4.5.1'],
]);

export function sameJob(a: { file: string; job?: string }, b: { file: string; job?: string }): boolean {
  return a.file === b.file && (a.job ?? '') === (b.job ?? '');
}

const actionName = (s: { uses?: string }): string => (s.uses ?? '').split('@')[0]!.toLowerCase();
const fromSecret = (value: string | undefined): boolean => value !== undefined && /secrets\./.test(value);

/** Per cloud, its login action, the inputs that pass a stored key, the input that names a federated identity. */
const CLOUD_LOGINS: Readonly<
  Record<Cloud, { action: string; keyInputs: readonly string[]; federated: string; key: string; oidc: string }>
> = {
  aws: {
    action: 'aws-actions/configure-aws-credentials',
    keyInputs: ['aws-access-key-id', 'aws-secret-access-key'],
    federated: 'role-to-assume',
    key: 'AWS access keys from stored secrets',
    oidc: 'an AWS role assumed with the job’s OIDC token',
  },
  google: {
    action: 'google-github-actions/auth',
    keyInputs: ['credentials_json'],
    federated: 'workload_identity_provider',
    key: 'a Google service-account key from a stored secret',
    oidc: 'Google workload identity federation (the job’s OIDC token)',
  },
  azure: {
    action: 'azure/login',
    keyInputs: ['creds'],
    federated: 'client-id',
    key: 'an Azure service principal’s secret (`creds:`) from a stored secret',
    oidc: 'an Azure federated credential (the job’s OIDC token)',
  },
};

/**
 * The credential a cloud's login step sets up, when the step is one: a stored key, or OIDC federation.
 * azure/login v3.0.1 ignores `creds` when `client-id`, `tenant-id` or `subscription-id` is set, and
 * with `auth-type: IDENTITY` logs in as the runner's managed identity (src/common/LoginConfig.ts).
 */
function cloudStep(s: ActionStep, cloud: Cloud): Credential | undefined {
  const login = CLOUD_LOGINS[cloud];
  if (actionName(s) !== login.action) return undefined;
  if (cloud === 'azure' && /^identity$/i.test(s.with['auth-type'] ?? ''))
    return { auth: 'none-visible', how: 'the runner’s Azure managed identity (`auth-type: IDENTITY`), not visible' };
  const credsIgnored = cloud === 'azure' && ['client-id', 'tenant-id', 'subscription-id'].some((k) => s.with[k]);
  if (!credsIgnored && login.keyInputs.some((input) => s.with[input])) return { auth: 'token', how: login.key };
  if (s.with[login.federated] && s.idToken) return { auth: 'oidc', how: login.oidc };
  return undefined;
}

/** The job's latest cloud login before a line: AWS keys in the env count as a stored key. */
function cloudAuth(
  model: CiModel,
  at: { file: string; job: string; line: number },
  cloud: Cloud,
): Credential | undefined {
  const before = model.actions.filter((a) => sameJob(a, at) && a.line < at.line);
  for (const s of before.toReversed()) {
    const found = cloudStep(s, cloud);
    if (found) return found;
  }
  return undefined;
}

/**
 * The credential gcloud uses after google-github-actions/auth: v3.0.0 hands it to gcloud through
 * `CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE`, exported only when `create_credentials_file` and
 * `export_environment_variables` are not false (src/main.ts); otherwise gcloud keeps its own login.
 */
function gcloudAuth(model: CiModel, at: { file: string; job: string; line: number }): Credential | undefined {
  const step = model.actions
    .filter((a) => sameJob(a, at) && a.line < at.line && actionName(a) === CLOUD_LOGINS.google.action)
    .at(-1);
  if (step && [step.with['create_credentials_file'], step.with['export_environment_variables']].includes('false'))
    return {
      auth: 'none-visible',
      how: 'the Google Cloud CLI’s own login (google-github-actions/auth exported no credentials file)',
    };
  return cloudAuth(model, at, 'google');
}

/** The step `id:` of a job, as the model read it. */
function stepById(model: CiModel, at: { file: string; job: string }, id: string): ActionStep | undefined {
  const job = model.workflows.find((w) => w.path === at.file)?.jobs.find((j) => j.id === at.job);
  const step = job?.steps.find((s) => s.id === id);
  return job && step ? actionOf(step, at, job.idToken) : undefined;
}

const CLOUD_OF_ACTION: Readonly<Record<string, Cloud>> = {
  'google-github-actions/auth': 'google',
  'aws-actions/amazon-ecr-login': 'aws',
  'azure/login': 'azure',
};

/** The auth a password value gives: the job's token, a stored secret, a cloud login step's output, or nothing visible. */
function passwordAuth(
  model: CiModel,
  at: { file: string; job: string; line: number },
  value: string | undefined,
): Credential {
  if (value === undefined || value.trim() === '') return { auth: 'none-visible', how: 'no password visible' };
  const token = jobToken(value);
  if (token) return { auth: 'job-token', how: `the job’s ${token}` };
  const output = STEP_OUTPUT.exec(value.trim());
  if (output) {
    const step = stepById(model, at, output[1]!);
    const cloud = step ? CLOUD_OF_ACTION[actionName(step)] : undefined;
    // google-github-actions/auth mints the token itself; amazon-ecr-login uses the AWS login before it.
    const own = step && cloud ? (cloudStep(step, cloud) ?? ecrKeys(step)) : undefined;
    const found = own ?? (step && cloud ? cloudAuth(model, { ...at, line: step.line }, cloud) : undefined);
    if (found) return { auth: found.auth, how: `${found.how}, through step \`${output[1]}\`’s output` };
    return {
      auth: 'none-visible',
      how: `the output of step \`${output[1]}\`, which a static read cannot follow to a credential`,
    };
  }
  const cli = /\baws\s+ecr\s+get-login-password\b/.test(value)
    ? 'aws'
    : /\bgcloud\s+auth\s+print-access-token\b/.test(value)
      ? 'google'
      : undefined;
  if (cli) {
    const found = cloudAuth(model, at, cli);
    return (
      found ?? { auth: 'none-visible', how: `the ${cli === 'aws' ? 'AWS' : 'Google'} CLI’s credentials, not visible` }
    );
  }
  if (STORED.test(value)) return { auth: 'token', how: `the stored secret \`${value.trim()}\`` };
  return { auth: 'token', how: 'a password written in the file' };
}

function actionOf(step: Step, at: { file: string; job: string }, idToken: boolean): ActionStep {
  return {
    uses: step.uses ?? '',
    with: step.with,
    env: step.env,
    file: at.file,
    job: at.job,
    line: step.at.line,
    column: step.at.column,
    idToken,
  };
}

/** A Quay robot account (`org+name`) logs in with the robot's token, which stays valid until it is regenerated. */
function robot(username: string | undefined, credential: Credential): Credential {
  const user = username?.trim() ?? '';
  if (credential.auth !== 'token' || !/^[\w.-]+\+[\w.-]+$/.test(user)) return credential;
  return { ...credential, how: `the robot account \`${user}\`’s token (${credential.how})` };
}

function hostOf(server: string): string {
  const bare = server.replace(/^https?:\/\//, '');
  const slash = bare.indexOf('/');
  return registryOf(`${slash < 0 ? bare : bare.slice(0, slash)}/x`);
}

/** AWS access keys from stored secrets in a step's env (amazon-ecr-login v1's shape, docker/login-action to ECR). */
function ecrKeys(s: ActionStep): Credential | undefined {
  return AWS_KEY_ENV.some((k) => fromSecret(s.env[k]))
    ? { auth: 'token', how: 'AWS access keys from stored secrets' }
    : undefined;
}

/** Every registry login of the model's jobs, in line order. */
export function logins(model: CiModel): Login[] {
  const out: Login[] = [];
  for (const s of model.actions) {
    const name = actionName(s);
    const at = { file: s.file, job: s.job ?? '', line: s.line };
    if (name === 'docker/login-action' || name === 'redhat-actions/podman-login' || name === 'azure/docker-login') {
      const server = name === 'azure/docker-login' ? s.with['login-server'] : s.with['registry'];
      const registry = hostOf(server ?? 'docker.io');
      const password = s.with['password'];
      out.push({ ...at, registry, ...robot(s.with['username'], loginActionAuth(model, s, at, registry, password)) });
    } else if (name === 'aws-actions/amazon-ecr-login') {
      const cloud = ecrKeys(s) ?? cloudAuth(model, at, 'aws');
      out.push({
        ...at,
        // v2.1.7: `registry-type: public` logs in to ECR Public, whose host is public.ecr.aws.
        registry: /^public$/i.test(s.with['registry-type'] ?? '') ? 'public.ecr.aws' : 'amazonaws.com',
        ...(cloud ?? { auth: 'none-visible', how: 'AWS credentials not visible' }),
      });
    }
  }
  for (const c of model.commands) out.push(...commandLogins(model, c));
  return out.sort((a, b) => a.line - b.line);
}

/** docker/login-action without a password: a cloud registry's federated login, or Docker Hub's OIDC connection. */
function loginActionAuth(
  model: CiModel,
  s: ActionStep,
  at: { file: string; job: string; line: number },
  registry: string,
  password: string | undefined,
): Credential {
  if ((password ?? '') !== '') return passwordAuth(model, at, password);
  const keys = registry.endsWith('.amazonaws.com') ? ecrKeys(s) : undefined;
  if (keys) return keys;
  if (CLOUD_REGISTRY.test(registry)) {
    const cloud = cloudAuth(model, at, registry.endsWith('.amazonaws.com') ? 'aws' : 'google');
    if (cloud) return cloud;
  }
  const first = actionName(s) === 'docker/login-action' ? DOCKER_HUB_OIDC.get(registry) : undefined;
  if (first !== undefined && s.env['DOCKERHUB_OIDC_CONNECTIONID'] !== undefined && s.idToken) {
    // A release tag wholly below the first release with the exchange sends no password; a moving
    // major tag (`v4`) or a commit is taken at its word.
    const pinned = (s.uses ?? '').split('@')[1] ?? '';
    const release = LOGIN_ACTION_COMMITS.get(pinned.toLowerCase());
    const ref = release ?? pinned;
    if (compareActionVersions(ref, first) === -1)
      return {
        auth: 'none-visible',
        how: `no password: docker/login-action ${release ? `${pinned.slice(0, 8)} (${release})` : ref} predates Docker Hub’s OIDC exchange for ${registry} (first in v${first})`,
      };
    return { auth: 'oidc', how: 'Docker Hub’s OIDC connection (the job’s OIDC token)' };
  }
  return passwordAuth(model, at, password);
}

/**
 * `docker login -u u -p "$X" host`, `echo "$X" | docker login --password-stdin host`,
 * `aws ecr get-login-password | docker login --password-stdin host`, `az acr login --name reg`,
 * `gcloud auth configure-docker host`.
 */
function commandLogins(model: CiModel, c: CiCommand): Login[] {
  const argv = c.command.argv;
  const program = basename(argv[0] ?? '');
  const at = { file: c.command.file, job: c.command.job ?? '', line: c.command.line };
  if (program === 'az' && argv[1] === 'acr' && argv[2] === 'login') {
    const args = argv.slice(3);
    if (args.includes('--expose-token')) return [];
    const i = args.findIndex((a) => a === '--name' || a === '-n');
    const named = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--name='))?.slice(7);
    if (named === undefined) return [];
    const registry = named.includes('.') ? named.toLowerCase() : `${named.toLowerCase()}.azurecr.io`;
    // `--username`/`--password` (the admin user, a token, a service principal's secret) log in with them.
    const p = args.findIndex((a) => a === '--password' || a === '-p');
    const given = p >= 0 ? args[p + 1] : args.find((a) => a.startsWith('--password='))?.slice(11);
    if (given !== undefined) {
      const variable = /^\$\{?(\w+)\}?$/.exec(given.trim());
      const value = variable && c.command.env[variable[1]!] !== undefined ? c.command.env[variable[1]!] : given;
      return [{ ...at, registry, ...passwordAuth(model, at, value) }];
    }
    const cloud = cloudAuth(model, at, 'azure');
    return [{ ...at, registry, ...(cloud ?? { auth: 'none-visible', how: 'the Azure CLI’s login, not visible' }) }];
  }
  if (program === 'gcloud' && argv[1] === 'auth' && argv[2] === 'configure-docker') {
    const hosts = (argv.slice(3).find((a) => !a.startsWith('-')) ?? 'gcr.io').split(',');
    const cloud = gcloudAuth(model, at) ?? {
      auth: 'none-visible' as const,
      how: 'the Google Cloud CLI’s login, not visible',
    };
    return hosts.filter((h) => h !== '').map((h) => ({ ...at, registry: h.toLowerCase(), ...cloud }));
  }
  if (!['docker', 'podman', 'buildah'].includes(program) || argv[1] !== 'login') return [];
  const args = argv.slice(2);
  let password: string | undefined;
  let username: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-p' || a === '--password') password = args[++i];
    else if (a.startsWith('--password=')) password = a.slice(11);
    else if (a === '-u' || a === '--username') username = args[++i];
    else if (a.startsWith('--username=')) username = a.slice(11);
    else if (a === '--password-stdin') password = c.pipeline[c.position - 1]?.slice(1).join(' ');
    else if (!a.startsWith('-')) positional.push(a);
  }
  if (password !== undefined && c.pipeline[c.position - 1]?.[0] === 'aws') password = `aws ${password}`;
  if (password !== undefined && c.pipeline[c.position - 1]?.[0] === 'gcloud') password = `gcloud ${password}`;
  // `$VAR` from the step's env: the value behind it (`${{ secrets.X }}`).
  const named = /^\$\{?(\w+)\}?$/.exec(password?.trim() ?? '');
  const value = named && c.command.env[named[1]!] !== undefined ? c.command.env[named[1]!] : password;
  return [
    {
      ...at,
      registry: positional[0] === undefined ? 'docker.io' : hostOf(positional[0]),
      ...robot(username, passwordAuth(model, at, value)),
    },
  ];
}

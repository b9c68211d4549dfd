/**
 * Container image pushes: `docker push`, `docker buildx build --push`, `docker buildx imagetools
 * create`, podman and buildah, and docker/build-push-action / docker/bake-action with `push: true`.
 * No ecosystem plugin owns images, so these rules are the CI plugin's own (decision: the plugin that
 * reads Dockerfiles and workflows owns the image routes). The credential is the job's earlier login to
 * the registry (docker/login-action, `docker login`), which publish-auth.ts resolves.
 * https://docs.docker.com/reference/cli/docker/image/push/ · https://github.com/docker/build-push-action
 */
import type { ActionStep, CommandRule, CommandVerdict, PublishRoute, ShellCommand } from '@inert/core';
import { basename } from './script.js';

/**
 * The registry host of an image reference: its first part when that names a host (a dot, a port or
 * `localhost`), else Docker Hub; `''` when an expression decides it.
 */
export function registryOf(image: string): string {
  const ref = image.trim().replace(/^["']|["']$/g, '');
  if (ref === '' || ref.startsWith('${{')) return '';
  if (ref.startsWith('$')) return ref.slice(0, ref.search(/[:/@]|$/));
  const slash = ref.indexOf('/');
  const first = slash < 0 ? '' : ref.slice(0, slash);
  return first.includes('.') || first.includes(':') || first === 'localhost' ? first.toLowerCase() : 'docker.io';
}

/** People's name for a registry host. */
export function registryName(host: string): string {
  if (host === '') return 'a registry decided at run time';
  if (host === 'ghcr.io' || host === 'docker.pkg.github.com') return `GitHub Packages (${host})`;
  if (host === 'docker.io' || host === 'index.docker.io') return 'Docker Hub';
  if (host === 'registry.gitlab.com' || host.startsWith('$CI_REGISTRY'))
    return `the GitLab container registry (${host})`;
  return host;
}

const OUTPUT_PUSHES = /type=registry|push=true/i;
const VALUE_FLAGS = new Set([
  '-t',
  '--tag',
  '-f',
  '--file',
  '-o',
  '--output',
  '--platform',
  '--build-arg',
  '--target',
  '--cache-from',
  '--cache-to',
  '--label',
  '--secret',
  '--builder',
  '--annotation',
  '--set',
]);

function valuesOf(args: readonly string[], ...flags: string[]): string[] {
  const out: string[] = [];
  args.forEach((a, i) => {
    for (const f of flags) {
      if (a === f && args[i + 1] !== undefined) out.push(args[i + 1]!);
      else if (a.startsWith(`${f}=`)) out.push(a.slice(f.length + 1));
    }
  });
  return out;
}

function positionals(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('-')) {
      if (VALUE_FLAGS.has(a)) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

function push(what: string, images: readonly string[], note = ''): CommandVerdict {
  const registry = registryOf(images[0] ?? '');
  return {
    action: 'publish',
    classification: 'unknown',
    reason: `${what} pushes ${images[0] ? `\`${images[0]}\`` : 'an image'} to ${registryName(registry)}${note}`,
    auth: 'none-visible',
    credential: { from: 'login', registry },
  };
}

/** `docker|podman push`, `… image push`, `… manifest push`, `buildah push`, a build with `--push` or a registry output, `buildx imagetools create`. */
export function containerRule(cmd: ShellCommand): CommandVerdict | undefined {
  const program = basename(cmd.argv[0] ?? '');
  let args = cmd.argv.slice(1);
  // `docker buildx build`, `docker image push`, `docker manifest push`: the group word goes.
  const group = args[0] === 'buildx' || args[0] === 'image' || args[0] === 'manifest' ? args[0] : '';
  if (group) args = args.slice(1);
  const [sub = '', ...rest] = args;
  const what = `${program}${group ? ` ${group}` : ''} ${sub}`;
  if (sub === 'push') return push(what, positionals(rest));
  if (group === 'buildx' && sub === 'imagetools' && rest[0] === 'create') {
    if (rest.includes('--dry-run')) return undefined;
    return push(`${what} create`, valuesOf(rest, '-t', '--tag'));
  }
  if (sub === 'build' || sub === 'bake' || (program === 'buildah' && sub === 'bud')) {
    const pushFlag = rest.some((a) => a === '--push' || a === '--push=true');
    const output = valuesOf(rest, '-o', '--output').some((o) => OUTPUT_PUSHES.test(o));
    if (!pushFlag && !output) return undefined;
    return push(what, valuesOf(rest, '-t', '--tag'));
  }
  return undefined;
}

/** docker/build-push-action, docker/bake-action: a push when `push` is true (or an expression), or an output pushes. */
export function buildPushAction(step: ActionStep): CommandVerdict | undefined {
  const value = (step.with['push'] ?? '').trim();
  const output = OUTPUT_PUSHES.test(step.with['outputs'] ?? '') || OUTPUT_PUSHES.test(step.with['set'] ?? '');
  const expression = value.includes('${{');
  if (!/^true$/i.test(value) && !expression && !output) return undefined;
  const tags = (step.with['tags'] ?? '').split(/[\n,]/).map((t) => t.trim());
  const name = step.uses.split('@')[0]!;
  return push(name, tags.filter(Boolean), expression ? ' when its `push:` expression is true at run time' : '');
}

const DOCKER_SOURCES = [
  { url: 'https://docs.docker.com/reference/cli/docker/image/push/', holds: 'Docker CLI 28: `docker push`' },
  {
    url: 'https://docs.docker.com/reference/cli/docker/buildx/build/#push',
    holds: 'buildx 0.2x: `--push` is `--output=type=registry`; `imagetools create` pushes unless `--dry-run`',
  },
  {
    url: 'https://github.com/docker/login-action#usage',
    holds: 'docker/login-action v3: `registry`, `username`, `password`; ghcr.io with `GITHUB_TOKEN`',
  },
  {
    url: 'https://github.com/docker/build-push-action#inputs',
    holds: 'docker/build-push-action v6: `push` (default false), `outputs`, `tags`',
  },
  {
    url: 'https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry#authenticating-with-a-personal-access-token-classic',
    holds:
      'GitHub Packages, as of 2026: ghcr.io takes `GITHUB_TOKEN` (with `packages: write`) or a personal access token',
  },
  {
    url: 'https://github.com/docker/login-action#usage',
    holds:
      'docker/login-action v3–v4: ACR with a service principal’s id and secret; Artifact Registry with `_json_key` or `oauth2accesstoken` and google-github-actions/auth’s `access_token`; ECR with AWS keys or the job’s AWS role; Quay',
  },
  {
    url: 'https://github.com/docker/login-action/releases/tag/v4.5.0',
    holds:
      'docker/login-action v4.5.0 (06fb636f): the first release with Docker Hub OIDC login (#1048; v4.1.0’s source, 4907a6dd, has none); v4.5.1 (abd2ef45) adds `dhi.io` as a Docker Hub OIDC registry (#1054). The v4.5.x commits are those Dependabot and Renovate pin with `# v4.5.0`/`# v4.5.1` in independent repositories (the stored snapshot of docker/login-action predates the tags); a commit pin of one of these three is judged by its release',
  },
  {
    url: 'https://github.com/docker/login-action/blob/af63523ba5f55733d817da0fdb813e660152c72c/src/dockerhub.ts',
    holds:
      'docker/login-action at af63523b (after #1054: it has `dhi.io`): with no `password` and `DOCKERHUB_OIDC_CONNECTIONID` set, exchanges the job’s OIDC token (`core.getIDToken`, so `id-token: write`) for a Docker Hub token, for registry unset, `docker.io`, `registry-1.docker.io`, `registry-1-stage.docker.io` or `dhi.io`',
  },
  {
    url: 'https://github.com/Azure/login/blob/v3.0.1/src/common/LoginConfig.ts',
    holds:
      'azure/login v3.0.1 (f5d393ae): OIDC with `client-id`, `tenant-id`, `subscription-id` (needs `id-token: write`); `creds` (clientId, clientSecret, tenantId required) only when none of those three is set, else ignored with a warning; `auth-type: IDENTITY` logs in as the runner’s managed identity',
  },
  {
    url: 'https://learn.microsoft.com/en-us/cli/azure/acr#az-acr-login',
    holds:
      'Azure CLI 2.x: `az acr login --name` logs Docker in to `<name>.azurecr.io` with the CLI’s current login, or with `--username`/`--password` when given (azure-cli `acr_login(…, username, password, expose_token)`; `--expose-token` only prints a token)',
  },
  {
    url: 'https://github.com/Azure/docker-login/blob/v2/action.yml',
    holds:
      'azure/docker-login v2 (15c4aadf; unmaintained, its README points to docker/login-action): `login-server` (default Docker Hub), `username`, `password` (any registry password: a service principal’s secret, an admin password)',
  },
  {
    url: 'https://docs.quay.io/glossary/robot-accounts.html',
    holds:
      'Quay: robot accounts are named `org+name` and log in with a generated token that stays valid until it is regenerated',
  },
  {
    url: 'https://github.com/redhat-cop/quay_configuration/commit/33619b05546abb75520f4d5a44a1b93e7bd04d1e',
    holds:
      'Quay >= 3.13 (infra.quay_configuration 2.5.0, 2024-11-26): a robot account can also federate with an OIDC issuer (keyless: a short-lived token per job, fetched by a step whose output a static read does not follow, so none-visible); a robot password from a stored secret is still the generated, long-lived token',
  },
  {
    url: 'https://github.com/aws-actions/amazon-ecr-login/blob/v2.1.7/index.js',
    holds:
      'amazon-ecr-login v2.1.7 (03f1aad4): logs in with the AWS SDK’s credentials (the `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY` configure-aws-credentials exports, by a role or by keys; else EKS Pod Identity or the default chain); `registry-type: public` logs in to `public.ecr.aws`; outputs `docker_username_<registry>`/`docker_password_<registry>`',
  },
  {
    url: 'https://github.com/google-github-actions/auth/blob/v3.0.0/src/main.ts',
    holds:
      'google-github-actions/auth v3.0.0 (7c6bc770): exactly one of `workload_identity_provider` (OIDC, needs `id-token: write`) or `credentials_json` (a service-account key); gcloud uses it through `CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE`, exported only when `create_credentials_file` and `export_environment_variables` (both default true) are not false; `token_format: access_token` outputs `access_token`',
  },
  {
    url: 'https://docs.gitlab.com/ci/variables/predefined_variables/',
    holds: 'GitLab 18: `CI_REGISTRY_PASSWORD` is the job token, valid while the job runs',
  },
];

export const CONTAINER_ROUTES: readonly PublishRoute[] = [
  {
    registry: 'container registries (Docker Hub, GitHub Packages ghcr.io, GitLab, ECR, …)',
    client: 'docker, podman, buildah; docker/build-push-action, docker/bake-action',
    forms: [
      'docker push ghcr.io/acme/app:1.2.0',
      'docker image push acme/app',
      'docker buildx build --platform linux/amd64,linux/arm64 -t acme/app:latest --push .',
      'docker buildx build -o type=image,name=ghcr.io/acme/app,push=true .',
      'docker buildx imagetools create -t ghcr.io/acme/app:1.2.0 ghcr.io/acme/app@sha256:0a1b',
      'podman push quay.io/acme/app:1.2.0',
      { uses: 'docker/build-push-action', with: { push: 'true', tags: 'ghcr.io/acme/app:latest' } },
      { uses: 'docker/build-push-action', with: { push: "${{ github.event_name != 'pull_request' }}" } },
      { uses: 'docker/bake-action', with: { push: 'true' } },
    ],
    notPublishing: [
      'docker build -t acme/app .',
      'docker buildx build --load -t acme/app .',
      'docker buildx imagetools create --dry-run -t acme/app:1 acme/app@sha256:0a1b',
      'docker pull ghcr.io/acme/app:1.2.0',
      { uses: 'docker/build-push-action', with: { push: 'false', load: 'true' } },
      { uses: 'docker/build-push-action' },
    ],
    credentials: [
      'the job’s login to the registry before the push: docker/login-action `password:`, `docker login -p`/`--password`, or `--password-stdin` fed by `echo`: from a secret → token; `${{ secrets.GITHUB_TOKEN }}` / `${{ github.token }}` (ghcr.io) or `$CI_JOB_TOKEN` / `$CI_REGISTRY_PASSWORD` (GitLab) → job-token; no password and aws-actions/configure-aws-credentials with `role-to-assume` or google-github-actions/auth with `workload_identity_provider` in the job (ECR, Artifact Registry) → oidc; no login → none-visible',
      'cloud logins: azure/docker-login `password:` → token; `az acr login --name r -p X` → X’s credential; `az acr login --name r` after azure/login with `creds:` alone → token, with `client-id` (`creds` is then ignored) in a job with `id-token: write` → oidc, with `auth-type: IDENTITY` → none-visible (the runner’s managed identity); amazon-ecr-login or `aws ecr get-login-password | docker login --password-stdin` after configure-aws-credentials with keys (or AWS keys from secrets in the step env) → token, with `role-to-assume` → oidc; docker/login-action fed `${{ steps.<id>.outputs.* }}` of google-github-actions/auth or amazon-ecr-login → that step’s credential; `gcloud auth configure-docker host` → the job’s google-github-actions/auth (workload identity → oidc, `credentials_json` → token; `create_credentials_file: false` or `export_environment_variables: false` → none-visible, gcloud keeps its own login); amazon-ecr-login with `registry-type: public` → the login to public.ecr.aws; Docker Hub (`docker.io`, `registry-1.docker.io`, `dhi.io`) with docker/login-action, no password, `DOCKERHUB_OIDC_CONNECTIONID` and `id-token: write` → oidc, unless the action’s release tag is wholly below the first release with the exchange (v4.5.0; v4.5.1 for `dhi.io`): then no password is sent (none-visible); a moving `v4` is taken as a release with it, a commit pin as its release when it is v4.1.0’s, v4.5.0’s or v4.5.1’s (else as a release with it)',
      'a Quay robot account (`-u org+robot`, `username: org+robot`) → token, named in the reason (a robot token stays valid until regenerated); the output of another step → none-visible, “which a static read cannot follow”',
    ],
    oidc: 'through a cloud provider’s federation (ECR, Artifact Registry, ACR) or Docker Hub’s OIDC connection (docker/login-action with `DOCKERHUB_OIDC_CONNECTIONID`); ghcr.io has none: its short-lived credential is the job’s `GITHUB_TOKEN` (job-token)',
    sources: DOCKER_SOURCES,
  },
];

export const containerRules: readonly CommandRule[] = [
  {
    ecosystem: 'ci',
    programs: ['docker', 'podman', 'buildah'],
    classify: containerRule,
    actions: ['docker/build-push-action', 'docker/bake-action'],
    classifyAction: buildPushAction,
    publishes: CONTAINER_ROUTES,
  },
];

/**
 * Publish routes no ecosystem plugin owns: the Snap Store (`snapcraft upload`, snapcore/action-publish)
 * and GitLab's package registry API called with curl (`--upload-file` to
 * `${CI_API_V4_URL}/projects/…/packages/…`). https://snapcraft.io/docs/snapcraft-authentication ·
 * https://docs.gitlab.com/user/packages/generic_packages/
 */
import type { ActionStep, CommandRule, CommandVerdict, PublishRoute, ShellCommand } from '@inert/core';
import { jobToken } from './publish-auth.js';

/** `snapcraft upload|push <snap>`: the store credential is SNAPCRAFT_STORE_CREDENTIALS (an exported login), or a login file. */
export function snapcraftRule(cmd: ShellCommand): CommandVerdict | undefined {
  const args = cmd.argv.slice(1);
  const sub = args.find((a) => !a.startsWith('-'));
  if (sub !== 'upload' && sub !== 'push') return undefined;
  const variable = cmd.env['SNAPCRAFT_STORE_CREDENTIALS'] ? 'SNAPCRAFT_STORE_CREDENTIALS' : undefined;
  return {
    action: 'publish',
    classification: 'unknown',
    reason: variable
      ? `snapcraft ${sub} with the exported store login in ${variable} (the Snap Store has no trusted publishing)`
      : `snapcraft ${sub}; credentials not visible (an earlier \`snapcraft login --with\` file, or the upload fails)`,
    auth: variable ? 'token' : 'none-visible',
    ...(variable ? { credential: { from: 'env' as const, name: variable } } : {}),
  };
}

/** snapcore/action-publish: `store_login` input (v1) or SNAPCRAFT_STORE_CREDENTIALS in the step env. */
export function snapPublishAction(step: ActionStep): CommandVerdict {
  const input = step.with['store_login'] ? 'store_login' : undefined;
  const variable = step.env['SNAPCRAFT_STORE_CREDENTIALS'] ? 'SNAPCRAFT_STORE_CREDENTIALS' : undefined;
  return {
    action: 'publish',
    classification: 'unknown',
    reason:
      input || variable
        ? `snapcore/action-publish with the exported store login in ${input ? '`store_login:`' : variable}`
        : 'snapcore/action-publish; credentials not visible',
    auth: input || variable ? 'token' : 'none-visible',
    ...(input
      ? { credential: { from: 'input' as const, name: input } }
      : variable
        ? { credential: { from: 'env' as const, name: variable } }
        : {}),
  };
}

/** GitLab's package registry API: `…/api/v4/projects/<id>/packages/<format>/…`, or through `$CI_API_V4_URL`. */
const GITLAB_PACKAGES = /(?:\$\{?CI_API_V4_URL\}?|\/api\/v4)\/projects\/[^/\s]+\/packages\/(\w+)/;
const UPLOAD_FLAGS = new Set(['-T', '--upload-file', '-F', '--form', '--data-binary']);

/**
 * `curl --header "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file pkg.tgz "${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/generic/…"`:
 * an upload to GitLab's package registry. `JOB-TOKEN` (or the job token in `--user`) is the job's
 * token; `PRIVATE-TOKEN`, `DEPLOY-TOKEN` or another variable is a stored one.
 */
export function gitlabPackagesRule(cmd: ShellCommand): CommandVerdict | undefined {
  const args = cmd.argv.slice(1);
  const url = args.map((a) => GITLAB_PACKAGES.exec(a)).find((m) => m !== null);
  if (!url) return undefined;
  const method = args.findIndex((a) => a === '-X' || a === '--request');
  const writes =
    args.some((a) => UPLOAD_FLAGS.has(a) || a.startsWith('--upload-file=')) ||
    /^(?:PUT|POST)$/i.test(method >= 0 ? (args[method + 1] ?? '') : '');
  if (!writes) return undefined;
  const credentials = args.filter(
    (a, i) => ['-H', '--header', '-u', '--user'].includes(args[i - 1] ?? '') || /^--(?:header|user)=/.test(a),
  );
  const job = credentials.map((c) => jobToken(c)).find((t) => t !== undefined);
  const stored = credentials.some((c) => /\$|secrets\./.test(c));
  const what = `an upload to GitLab's ${url[1]} package registry`;
  return {
    action: 'publish',
    classification: 'unknown',
    reason: job
      ? `${what} with the job's ${job} (minted for the job, revoked when it ends)`
      : stored
        ? `${what} with a stored token (a personal, project or deploy token)`
        : `${what}; credentials not visible`,
    auth: job ? 'job-token' : stored ? 'token' : 'none-visible',
  };
}

export const OTHER_ROUTES: readonly PublishRoute[] = [
  {
    registry: 'Snap Store',
    client: 'snapcraft, snapcore/action-publish',
    forms: [
      'snapcraft upload --release=stable my-app_1.0_amd64.snap',
      'snapcraft push my-app_1.0_amd64.snap --release edge',
      { uses: 'snapcore/action-publish', with: { snap: '${{ steps.build.outputs.snap }}', release: 'edge' } },
    ],
    notPublishing: ['snapcraft pack', 'snapcraft', 'snapcraft remote-build'],
    credentials: [
      '`SNAPCRAFT_STORE_CREDENTIALS` (the output of `snapcraft export-login`) in the step env, or snapcore/action-publish’s `store_login:` input: token',
    ],
    sources: [
      {
        url: 'https://snapcraft.io/docs/snapcraft-authentication',
        holds:
          'snapcraft 7+: `SNAPCRAFT_STORE_CREDENTIALS` from `snapcraft export-login`; the Snap Store has no OIDC publishing (not verified beyond its docs)',
      },
      {
        url: 'https://github.com/snapcore/action-publish#usage',
        holds:
          'snapcore/action-publish v1: `snap`, `release`; credentials from `SNAPCRAFT_STORE_CREDENTIALS` (older releases: `store_login`)',
      },
    ],
  },
  {
    registry: 'GitLab package registry (generic, npm, PyPI, Maven, …)',
    client: 'curl to the packages API',
    forms: [
      'curl --fail --header "JOB-TOKEN:$CI_JOB_TOKEN" --upload-file dist/app.tar.gz ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/generic/app/1.0.0/app.tar.gz',
      'curl --request PUT --header "PRIVATE-TOKEN:$DEPLOY_TOKEN" --data-binary @app.zip https://gitlab.example.com/api/v4/projects/42/packages/generic/app/1.0/app.zip',
    ],
    notPublishing: [
      'curl --header "JOB-TOKEN:$CI_JOB_TOKEN" ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/generic/app/1.0.0/app.tar.gz -o app.tar.gz',
    ],
    credentials: [
      '`JOB-TOKEN: $CI_JOB_TOKEN` header or `--user gitlab-ci-token:$CI_JOB_TOKEN`: job-token; `PRIVATE-TOKEN`/`DEPLOY-TOKEN` or another variable: token',
      'the clients’ own publishes to GitLab (npm, twine, Maven) with `$CI_JOB_TOKEN` in their token variable, or written into `.npmrc`/`.pypirc` earlier in the job: job-token (rows above)',
    ],
    oidc: 'none: GitLab’s package registry takes the job token (`CI_JOB_TOKEN`), short-lived, instead',
    sources: [
      {
        url: 'https://docs.gitlab.com/user/packages/generic_packages/',
        holds: 'GitLab 18: generic packages uploaded with `PUT` and `JOB-TOKEN`, `PRIVATE-TOKEN` or `DEPLOY-TOKEN`',
      },
      {
        url: 'https://docs.gitlab.com/ci/jobs/ci_job_token/',
        holds: 'GitLab 18: `CI_JOB_TOKEN` is valid only while the job runs',
      },
      {
        url: 'https://docs.gitlab.com/user/packages/npm_registry/#publish-a-package-by-using-a-cicd-pipeline',
        holds: 'GitLab 18: npm publishes from CI write `_authToken=${CI_JOB_TOKEN}` into `.npmrc`',
      },
    ],
  },
];

export const otherPublishRules: readonly CommandRule[] = [
  {
    ecosystem: 'ci',
    programs: ['snapcraft'],
    classify: snapcraftRule,
    actions: ['snapcore/action-publish'],
    classifyAction: snapPublishAction,
    publishes: [OTHER_ROUTES[0]!],
  },
  { ecosystem: 'ci', programs: ['curl'], classify: gitlabPackagesRule, publishes: [OTHER_ROUTES[1]!] },
];

import { describe, expect, it } from 'vitest';
import { MemorySource, scan, type CommandVerdict } from '@inert/core';
import { commandsPlugin } from '@inert/core/testing';
import { ci } from './index.js';
import { jobToken, resolveCredential } from './publish-auth.js';
import { buildPushAction, containerRule, registryOf } from './publish-containers.js';
import { gitlabPackagesRule, snapcraftRule } from './publish-other.js';

const at = { file: 'w.yml', line: 1, column: 1 };
const cmd = (line: string, env: Record<string, string> = {}) => ({ argv: line.split(' '), env, text: line, ...at });

/** An ecosystem whose `npm publish` shows no credential (the token is in a config file the job wrote). */
const npmLike = commandsPlugin('npm', [
  {
    programs: ['npm'],
    classify: (c) =>
      c.argv[1] === 'publish'
        ? { action: 'publish', classification: 'unknown', reason: 'npm publish', auth: 'none-visible' }
        : undefined,
  },
]);

/** The publishes of a checkout's CI files, as `line auth` strings in file order. */
async function publishes(files: Record<string, string>): Promise<string[]> {
  const result = await scan(new MemorySource({ files }), { plugins: [npmLike, ci] });
  return result.inventory.commands
    .filter((c) => c.action === 'publish')
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
    .map((c) => `${c.file}:${c.line} ${c.auth}`);
}

describe('job tokens', () => {
  it('are the job token only when nothing else is in the value', () => {
    expect(jobToken('${{ secrets.GITHUB_TOKEN }}')).toBe('GITHUB_TOKEN');
    expect(jobToken('${{github.token}}')).toBe('GITHUB_TOKEN');
    expect(jobToken('${CI_JOB_TOKEN}')).toBe('CI_JOB_TOKEN');
    expect(jobToken('$CI_REGISTRY_PASSWORD')).toBe('CI_REGISTRY_PASSWORD');
    expect(jobToken('${{ secrets.NPM_TOKEN || secrets.GITHUB_TOKEN }}')).toBeUndefined();
    expect(jobToken('${{ secrets.GH_PAT }}')).toBeUndefined();
    expect(jobToken('$CI_JOB_TOKEN_X')).toBeUndefined();
  });

  it('turn a token verdict into job-token through the variable or input the rule named', () => {
    const verdict: CommandVerdict = {
      action: 'publish',
      classification: 'unknown',
      reason: 'npm publish',
      auth: 'token',
      credential: { from: 'env', name: 'NODE_AUTH_TOKEN' },
    };
    expect(resolveCredential(verdict, { NODE_AUTH_TOKEN: '${{ secrets.GITHUB_TOKEN }}' }).auth).toBe('job-token');
    expect(resolveCredential(verdict, { NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' }).auth).toBe('token');
    // Another variable holding the job token does not make this one a job token.
    expect(
      resolveCredential(verdict, { NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}', GH: '${{ github.token }}' }).auth,
    ).toBe('token');
    const input = { ...verdict, credential: { from: 'input' as const, name: 'password' } };
    expect(resolveCredential(input, {}, { password: '${{ github.token }}' }).auth).toBe('job-token');
  });
});

describe('container pushes', () => {
  it('read the registry host of an image', () => {
    expect(registryOf('ghcr.io/acme/app:1')).toBe('ghcr.io');
    expect(registryOf('acme/app')).toBe('docker.io');
    expect(registryOf('localhost:5000/app')).toBe('localhost:5000');
    expect(registryOf('$CI_REGISTRY_IMAGE:tag')).toBe('$CI_REGISTRY_IMAGE');
    expect(registryOf('${{ env.IMAGE }}')).toBe('');
  });

  it('are pushes, builds with --push or a registry output, and imagetools create; not plain builds', () => {
    for (const line of [
      'docker push acme/app',
      'docker image push acme/app',
      'podman manifest push quay.io/acme/app',
      'buildah push quay.io/acme/app',
      'docker buildx build --push -t acme/app .',
      'docker build -o type=registry -t acme/app .',
      'docker buildx bake --push',
      'docker buildx imagetools create -t acme/app:1 acme/app@sha256:0a',
    ])
      expect(containerRule(cmd(line))?.action, line).toBe('publish');
    for (const line of [
      'docker build -t acme/app .',
      'docker buildx build --load .',
      'docker buildx build --push=false .',
      'docker buildx imagetools create --dry-run -t acme/app:1 acme/app@sha256:0a',
      'docker buildx imagetools inspect acme/app',
      'docker login -u x --password-stdin',
    ])
      expect(containerRule(cmd(line)), line).toBeUndefined();
  });

  it('build-push-action pushes when push is true or an expression, or an output pushes', () => {
    const step = (w: Record<string, string>) => ({ uses: 'docker/build-push-action@v6', with: w, env: {}, ...at });
    expect(buildPushAction(step({ push: 'true' }))?.action).toBe('publish');
    expect(buildPushAction(step({ push: '${{ github.event_name == "push" }}' }))?.reason).toContain('expression');
    expect(buildPushAction(step({ outputs: 'type=image,name=x,push=true' }))?.action).toBe('publish');
    expect(buildPushAction(step({ push: 'false' }))).toBeUndefined();
    expect(buildPushAction(step({}))).toBeUndefined();
  });

  it("take the auth of the job's latest login before them, to the same registry when both name it", async () => {
    const workflow = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          password: \${{ secrets.GITHUB_TOKEN }}
      - uses: docker/login-action@v3
        with:
          password: \${{ secrets.DOCKERHUB_TOKEN }}
      - run: docker push ghcr.io/acme/app
      - run: docker push acme/app
  b:
    runs-on: ubuntu-latest
    steps:
      - run: docker push acme/app
      - run: echo "$PASS" | docker login quay.io -u bot --password-stdin
        env:
          PASS: \${{ github.token }}
      - run: docker push quay.io/acme/app
  c:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::1:role/push
      - uses: aws-actions/amazon-ecr-login@v2
      - run: docker push 1.dkr.ecr.us-east-1.amazonaws.com/app:1
`;
    expect(await publishes({ '.github/workflows/w.yml': workflow })).toEqual([
      '.github/workflows/w.yml:13 job-token',
      '.github/workflows/w.yml:14 token',
      '.github/workflows/w.yml:18 none-visible',
      '.github/workflows/w.yml:22 job-token',
      '.github/workflows/w.yml:32 oidc',
    ]);
  });
});

describe('GitLab', () => {
  it('reads uploads to the packages API, with the job token or a stored one; a download is not a publish', () => {
    const url = '${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/generic/app/1/app.tgz';
    expect(gitlabPackagesRule(cmd(`curl -H JOB-TOKEN:$CI_JOB_TOKEN -T app.tgz ${url}`))?.auth).toBe('job-token');
    expect(gitlabPackagesRule(cmd(`curl --user gitlab-ci-token:\${CI_JOB_TOKEN} -T app.tgz ${url}`))?.auth).toBe(
      'job-token',
    );
    expect(gitlabPackagesRule(cmd(`curl -H PRIVATE-TOKEN:$TOKEN -X PUT --data-binary @a ${url}`))?.auth).toBe('token');
    expect(gitlabPackagesRule(cmd(`curl -H JOB-TOKEN:$CI_JOB_TOKEN -o app.tgz ${url}`))).toBeUndefined();
    expect(gitlabPackagesRule(cmd('curl -T app.tgz https://example.com/upload'))).toBeUndefined();
  });

  it('takes a job token written into .npmrc earlier in the job as the credential of a later publish', async () => {
    const gitlab = `release:
  script:
    - echo "//\${CI_SERVER_HOST}/api/v4/projects/\${CI_PROJECT_ID}/packages/npm/:_authToken=\${CI_JOB_TOKEN}" > .npmrc
    - npm publish
    - docker push $CI_REGISTRY_IMAGE
other:
  script:
    - npm publish
pushes:
  script:
    - docker login -u $CI_REGISTRY_USER -p $CI_REGISTRY_PASSWORD $CI_REGISTRY
    - docker push $CI_REGISTRY_IMAGE
`;
    expect(await publishes({ '.gitlab-ci.yml': gitlab })).toEqual([
      '.gitlab-ci.yml:4 job-token',
      // A container push takes its credential from a registry login only.
      '.gitlab-ci.yml:5 none-visible',
      '.gitlab-ci.yml:8 none-visible',
      '.gitlab-ci.yml:12 job-token',
    ]);
  });
});

describe('snapcraft', () => {
  it('publishes with SNAPCRAFT_STORE_CREDENTIALS or with no visible credential; packing is not publishing', () => {
    expect(snapcraftRule(cmd('snapcraft upload a.snap', { SNAPCRAFT_STORE_CREDENTIALS: 'x' }))?.auth).toBe('token');
    expect(snapcraftRule(cmd('snapcraft upload --release=edge a.snap'))?.auth).toBe('none-visible');
    expect(snapcraftRule(cmd('snapcraft pack'))).toBeUndefined();
  });
});

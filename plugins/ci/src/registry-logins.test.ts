import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandsOf } from '@inert/core';
import { ci } from './index.js';
import { loadCi } from './load.js';

const corpus = new URL('../../../corpus/ci/', import.meta.url);

/** The publishes of a workflow, as `line auth: reason` in line order. */
async function publishes(text: string): Promise<string[]> {
  const model = await loadCi(
    [{ path: 'w.yml', kind: 'ci', reader: 'workflow' }],
    () => Promise.resolve(text),
    await commandsOf(ci),
  );
  return model.verdicts
    .filter((v) => v.verdict.action === 'publish')
    .sort((a, b) => a.at.line - b.at.line)
    .map((v) => `${v.at.line} ${v.verdict.auth}: ${v.verdict.reason}`);
}

const pushes = (kase: string) =>
  publishes(readFileSync(new URL(`${kase}/.github/workflows/images.yml`, corpus), 'utf8'));

describe('cloud registry logins', () => {
  it('name the stored credential: a service principal, a robot account, AWS keys, a service-account key', async () => {
    const found = await pushes('publish-long-lived-token--cloud-registry-keys');
    expect(found).toHaveLength(5);
    expect(found[0]).toMatch(
      /^19 token: .*acme\.azurecr\.io at line 14 with the stored secret `\$\{\{ secrets\.ACR_PASSWORD \}\}`/,
    );
    expect(found[1]).toMatch(/^28 token: .*acme\.azurecr\.io at line 27 with an Azure service principal’s secret/);
    expect(found[2]).toMatch(/^35 token: .*quay\.io at line 32 with the robot account `acme\+release`’s token/);
    expect(found[3]).toMatch(/^45 token: .*amazonaws\.com at line 40 with AWS access keys from stored secrets/);
    expect(found[4]).toMatch(
      /^62 token: .*us-docker\.pkg\.dev at line 57 with a Google service-account key .*step `auth`/,
    );
  });

  it('read federation as OIDC: Azure federated credential, AWS role, workload identity, Docker Hub OIDC', async () => {
    const found = await pushes('clean--cloud-registry-federation');
    expect(found.map((f) => f.split(':')[0])).toEqual([
      '19 oidc',
      '28 oidc',
      '43 oidc',
      '58 oidc',
      '67 oidc',
      '76 oidc',
    ]);
    expect(found[0]).toMatch(/acme\.azurecr\.io at line 18 with an Azure federated credential/);
    expect(found[1]).toMatch(/at line 27 with an AWS role assumed/);
    expect(found[2]).toMatch(/through step `ecr`’s output/);
    expect(found[3]).toMatch(/Google workload identity federation .*through step `auth`’s output/);
    expect(found[4]).toMatch(/us-docker\.pkg\.dev at line 66 with Google workload identity/);
    expect(found[5]).toMatch(/Docker Hub at line \d+ with Docker Hub’s OIDC connection/);
  });

  it('a step output it cannot follow is not called a stored secret', async () => {
    const wf = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - id: creds',
      '        run: echo "token=$(cat /run/token)" >> "$GITHUB_OUTPUT"',
      '      - uses: docker/login-action@0123456789abcdef0123456789abcdef01234567',
      '        with:',
      '          registry: registry.example.com',
      '          password: ${{ steps.creds.outputs.token }}',
      '      - run: docker push registry.example.com/app:1',
    ].join('\n');
    expect(await publishes(wf)).toEqual([
      expect.stringMatching(/^12 none-visible: .*output of step `creds`, which a static read cannot follow/),
    ]);
  });
});

/** A one-job workflow with these steps, in a job that can mint an OIDC token. */
const job = (steps: string[]) =>
  [
    'on: push',
    'permissions:',
    '  id-token: write',
    'jobs:',
    '  push:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    ...steps,
  ].join('\n');

describe('registry logins as their sources at a release tag do them', () => {
  it('azure/login v3.0.1: `creds` is ignored beside client-id; auth-type IDENTITY is the runner’s identity', async () => {
    const login = (inputs: string[]) =>
      publishes(
        job([
          '      - uses: azure/login@v3',
          '        with:',
          ...inputs.map((i) => `          ${i}`),
          '      - run: az acr login --name acme',
          '      - run: docker push acme.azurecr.io/app:1',
        ]),
      );
    expect((await login(['creds: ${{ secrets.AZURE_CREDENTIALS }}']))[0]).toMatch(/^12 token:/);
    expect(
      (await login(['creds: ${{ secrets.AZURE_CREDENTIALS }}', 'client-id: ${{ vars.AZURE_CLIENT_ID }}']))[0],
    ).toMatch(/^13 oidc:/);
    expect((await login(['auth-type: IDENTITY', 'client-id: ${{ vars.AZURE_CLIENT_ID }}']))[0]).toMatch(
      /^13 none-visible: .*managed identity/,
    );
  });

  it('az acr login with --password logs in with that password', async () => {
    const found = await publishes(
      job([
        '      - run: az acr login -n acme -u acme -p "$ACR_PASSWORD"',
        '        env:',
        '          ACR_PASSWORD: ${{ secrets.ACR_ADMIN_PASSWORD }}',
        '      - run: docker push acme.azurecr.io/app:1',
      ]),
    );
    expect(found[0]).toMatch(/^11 token: .*secrets\.ACR_ADMIN_PASSWORD/);
  });

  it('amazon-ecr-login v2.1.7 with registry-type: public logs in to public.ecr.aws', async () => {
    const found = await publishes(
      job([
        '      - uses: aws-actions/configure-aws-credentials@v4',
        '        with:',
        '          role-to-assume: arn:aws:iam::123456789012:role/release',
        '          aws-region: us-east-1',
        '      - uses: aws-actions/amazon-ecr-login@v2',
        '        with:',
        '          registry-type: public',
        '      - uses: docker/login-action@v3',
        '        with:',
        '          username: acme',
        '          password: ${{ secrets.DOCKERHUB_TOKEN }}',
        '      - run: docker push public.ecr.aws/acme/app:1',
      ]),
    );
    // The push to public.ecr.aws takes the ECR Public login, not the later Docker Hub one.
    expect(found[0]).toMatch(/^19 oidc: .*public\.ecr\.aws at line 12/);
  });

  it('gcloud keeps its own login when google-github-actions/auth v3.0.0 exports no credentials file', async () => {
    const found = await publishes(
      job([
        '      - uses: google-github-actions/auth@v3',
        '        with:',
        '          workload_identity_provider: projects/1/locations/global/workloadIdentityPools/p/providers/gh',
        '          create_credentials_file: false',
        '      - run: gcloud auth configure-docker us-docker.pkg.dev',
        '      - run: docker push us-docker.pkg.dev/acme/app/app:1',
      ]),
    );
    expect(found[0]).toMatch(/^13 none-visible: .*own login/);
  });

  it('Docker Hub OIDC (login-action src/dockerhub.ts) also for registry-1.docker.io and dhi.io', async () => {
    const found = await publishes(
      job([
        '      - uses: docker/login-action@v4',
        '        with:',
        '          registry: dhi.io',
        '          username: acme',
        '        env:',
        '          DOCKERHUB_OIDC_CONNECTIONID: ${{ vars.DOCKERHUB_OIDC_CONNECTIONID }}',
        '      - run: docker push dhi.io/acme/app:1',
      ]),
    );
    expect(found[0]).toMatch(/^14 oidc: .*OIDC connection/);
  });
});

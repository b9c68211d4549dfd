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
  it('Docker Hub OIDC only from the release that has it (v4.5.0; dhi.io v4.5.1), and only in docker/login-action', async () => {
    const login = (uses: string, registry: string) => [
      `      - uses: ${uses}`,
      '        with:',
      `          registry: ${registry}`,
      '          username: acme',
      '        env:',
      '          DOCKERHUB_OIDC_CONNECTIONID: ${{ vars.DOCKERHUB_OIDC_CONNECTIONID }}',
      `      - run: docker push ${registry}/acme/app:1`,
    ];
    const found = await publishes(
      job([
        ...login('docker/login-action@v4.1.0', 'docker.io'),
        ...login('docker/login-action@v4.5.0', 'docker.io'),
        ...login('docker/login-action@v4.5.0', 'dhi.io'),
        ...login('docker/login-action@v4.5', 'dhi.io'),
        ...login('docker/login-action@v3', 'docker.io'),
        ...login('docker/login-action@v4', 'dhi.io'),
        ...login('redhat-actions/podman-login@v1', 'docker.io'),
      ]),
    );
    expect(found).toHaveLength(7);
    expect(found[0]).toMatch(
      / none-visible: .*docker\/login-action v4\.1\.0 predates Docker Hub’s OIDC exchange for docker\.io \(first in v4\.5\.0\)/,
    );
    expect(found[1]).toMatch(/ oidc: .*OIDC connection/);
    expect(found[2]).toMatch(/ none-visible: .*v4\.5\.0 predates .* dhi\.io \(first in v4\.5\.1\)/);
    // v4.5 is a moving tag over 4.5.x: it straddles 4.5.1, taken at its word like v4.
    expect(found[3]).toMatch(/ oidc: /);
    expect(found[4]).toMatch(/ none-visible: .*v3 predates/);
    expect(found[5]).toMatch(/ oidc: /);
    expect(found[6]).toMatch(/ none-visible: .* with no password visible$/);
  });
  it('a commit pin of a known release is judged by that release; another commit is taken at its word', async () => {
    const login = (sha: string, registry: string) => [
      `      - uses: docker/login-action@${sha}`,
      '        with:',
      `          registry: ${registry}`,
      '          username: acme',
      '        env:',
      '          DOCKERHUB_OIDC_CONNECTIONID: ${{ vars.DOCKERHUB_OIDC_CONNECTIONID }}',
      `      - run: docker push ${registry}/acme/app:1`,
    ];
    const found = await publishes(
      job([
        ...login('4907a6ddec9925e35a0a9e82d7399ccc52663121', 'docker.io'),
        ...login('06fb636fac595d6fb4b28a5dfcb21a6f5091859c', 'docker.io'),
        ...login('06fb636fac595d6fb4b28a5dfcb21a6f5091859c', 'dhi.io'),
        ...login('abd2ef45e78c5afb21d64d4ca52ee8550d9572c7', 'dhi.io'),
        ...login('0123456789abcdef0123456789abcdef01234567', 'dhi.io'),
      ]),
    );
    expect(found).toHaveLength(5);
    expect(found[0]).toMatch(/ none-visible: .*docker\/login-action 4907a6dd \(v4\.1\.0\) predates .* docker\.io/);
    expect(found[1]).toMatch(/ oidc: /);
    expect(found[2]).toMatch(/ none-visible: .*06fb636f \(v4\.5\.0\) predates .* dhi\.io \(first in v4\.5\.1\)/);
    expect(found[3]).toMatch(/ oidc: /);
    expect(found[4]).toMatch(/ oidc: /);
  });
});

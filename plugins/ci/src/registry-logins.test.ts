import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ci } from './index.js';
import { loadCi } from './load.js';

const corpus = new URL('../../../corpus/ci/', import.meta.url);

/** The publishes of a workflow, as `line auth: reason` in line order. */
async function publishes(text: string): Promise<string[]> {
  const model = await loadCi(
    [{ path: 'w.yml', kind: 'ci', reader: 'workflow' }],
    () => Promise.resolve(text),
    ci.commands ?? [],
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

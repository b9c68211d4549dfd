import { describe, expect, it } from 'vitest';
import type { ActionStep } from '@inert/core';
import { jreleaserAction, jreleaserRule } from './publish-jreleaser.js';
import { shellCommand } from './command.test.helpers.js';

const cmd = shellCommand;

// JReleaser v1.25.0: MavenDeployersValidator's credential keys through Env.envKey; `--dry-run` on deploy and full-release.
describe('JReleaser’s Maven deploy', () => {
  it('deploy and full-release publish with the deployer credential JReleaser reads from the environment', () => {
    for (const name of [
      'JRELEASER_MAVENCENTRAL_SONATYPE_PASSWORD',
      'JRELEASER_DEPLOY_MAVEN_NEXUS2_MAVEN_CENTRAL_PASSWORD',
      'JRELEASER_DEPLOY_MAVEN_ARTIFACTORY_TOKEN',
      'JRELEASER_NEXUS3_PASSWORD',
    ]) {
      const v = jreleaserRule(cmd('jreleaser full-release', { [name]: '${{ secrets.X }}' }));
      expect(v, name).toMatchObject({ action: 'publish', auth: 'token', credential: { from: 'env', name } });
    }
    expect(jreleaserRule(cmd('jreleaser deploy'))).toMatchObject({ action: 'publish', auth: 'none-visible' });
  });

  it('uploads nothing for --dry-run or another command; signing keys are no upload credential', () => {
    expect(jreleaserRule(cmd('jreleaser deploy --dry-run', { JRELEASER_NEXUS2_PASSWORD: 'x' }))).toBeUndefined();
    expect(jreleaserRule(cmd('jreleaser config'))).toBeUndefined();
    expect(jreleaserRule(cmd('jreleaser assemble'))).toBeUndefined();
    const signing = jreleaserRule(
      cmd('jreleaser deploy', {
        JRELEASER_GPG_SECRET_KEY: '${{ secrets.K }}',
        JRELEASER_GPG_PASSPHRASE: '${{ secrets.P }}',
      }),
    );
    expect(signing?.auth).toBe('none-visible');
  });

  it('jreleaser/release-action runs full-release unless its arguments say otherwise', () => {
    const step = (args: string | undefined, env: Record<string, string>) =>
      ({ uses: 'jreleaser/release-action@v2', with: args ? { arguments: args } : {}, env }) as unknown as ActionStep;
    expect(jreleaserAction(step(undefined, { JRELEASER_NEXUS2_PASSWORD: '${{ secrets.N }}' }))).toMatchObject({
      auth: 'token',
      credential: { name: 'JRELEASER_NEXUS2_PASSWORD' },
    });
    expect(jreleaserAction(step('announce', { JRELEASER_NEXUS2_PASSWORD: '${{ secrets.N }}' }))).toBeUndefined();
    // A stored credential is named before the job's token (which deployers run is jreleaser.yml's).
    const both = jreleaserAction(
      step('deploy', {
        JRELEASER_GITHUB_TOKEN: '${{ secrets.GITHUB_TOKEN }}',
        JRELEASER_NEXUS2_PASSWORD: '${{ secrets.N }}',
      }),
    );
    expect(both?.credential).toMatchObject({ name: 'JRELEASER_NEXUS2_PASSWORD' });
  });
});

/** JReleaser's Maven and Gradle plugin forms, and the deployer passwords its configuration file writes (v1.25.0). */
import { describe, expect, it } from 'vitest';
import { expectLinear } from '@inert/testing';
import { configArgument, parseJreleaserConfig } from './jreleaser-config.js';
import { parseJreleaserPom } from './jreleaser-pom.js';
import { loadCi } from './load.js';
import { jreleaserGradleRule, jreleaserMavenRule, jreleaserRules } from './publish-jreleaser.js';
import { shellCommand } from './command.test.helpers.js';

const cmd = shellCommand;

describe('JReleaser’s Maven and Gradle plugins', () => {
  it('jreleaser:deploy and :full-release publish with the deployer credential in the environment', () => {
    const env = { JRELEASER_MAVENCENTRAL_SONATYPE_PASSWORD: '${{ secrets.C }}' };
    for (const line of [
      'mvn -B jreleaser:deploy',
      './mvnw org.jreleaser:jreleaser-maven-plugin:1.25.0:full-release',
      'mvn org.jreleaser:jreleaser-maven-plugin:deploy -Djreleaser.dry.run=false',
    ])
      expect(jreleaserMavenRule(cmd(line, env)), line).toMatchObject({
        action: 'publish',
        auth: 'token',
        credential: { name: 'JRELEASER_MAVENCENTRAL_SONATYPE_PASSWORD' },
      });
    expect(jreleaserMavenRule(cmd('mvn jreleaser:deploy'))?.reason).toMatch(/pom\.xml’s <jreleaser> configuration/);
  });

  it('dry runs, skips and other goals upload nothing', () => {
    for (const line of [
      'mvn jreleaser:deploy -Djreleaser.dry.run',
      'mvn jreleaser:deploy -Djreleaser.dry.run=TRUE',
      'mvn jreleaser:deploy -Djreleaser.skip=true',
      'mvn jreleaser:deploy -Djreleaser.deploy.skip',
      'mvn jreleaser:full-release -Djreleaser.full.release.skip',
      'mvn jreleaser:assemble',
      'mvn deploy',
    ])
      expect(jreleaserMavenRule(cmd(line)), line).toBeUndefined();
    // The deploy goal's skip is not full-release's.
    expect(jreleaserMavenRule(cmd('mvn jreleaser:full-release -Djreleaser.deploy.skip'))?.action).toBe('publish');
    expect(jreleaserMavenRule(cmd('mvn jreleaser:deploy', { JRELEASER_DRY_RUN: 'true' }))).toBeUndefined();
  });

  it('Gradle’s jreleaserDeploy/jreleaserFullRelease tasks; --dryrun and -x leave them out', () => {
    expect(jreleaserGradleRule(cmd('./gradlew jreleaserDeploy'))).toMatchObject({ action: 'publish' });
    expect(jreleaserGradleRule(cmd('./gradlew :lib:jreleaserFullRelease'))?.reason).toMatch(
      /^gradle jreleaserFullRelease; .*jreleaser \{ \} block/,
    );
    for (const line of [
      './gradlew jreleaserDeploy --dryrun',
      './gradlew jreleaserDeploy -Djreleaser.dry.run=true',
      './gradlew build -x jreleaserDeploy',
      './gradlew jreleaserAssemble',
      './gradlew publish',
    ])
      expect(jreleaserGradleRule(cmd(line)), line).toBeUndefined();
  });
});

const YAML = `project:
  name: app
deploy:
  maven:
    mavenCentral:
      sonatype:
        active: ALWAYS
        url: https://central.sonatype.com/api/v1/publisher
        username: acme
        password: s3cr3t-token
    nexus2:
      legacy:
        active: NEVER
        password: old-secret
      snapshots:
        active: SNAPSHOT
`;

describe('the deployers of jreleaser.yml, .toml and .json', () => {
  it('a written password is located; a blank one and a deployer without one are not', () => {
    const y = parseJreleaserConfig(YAML, 'jreleaser.yml');
    expect(y.ok && y.value).toEqual([
      { type: 'mavenCentral', name: 'sonatype', active: 'ALWAYS', password: 10 },
      { type: 'nexus2', name: 'legacy', active: 'NEVER', password: 14 },
      { type: 'nexus2', name: 'snapshots', active: 'SNAPSHOT' },
    ]);
    const t = parseJreleaserConfig(
      '[deploy.maven.nexus3.internal]\nactive = "ALWAYS"\npassword = "abc"\n[deploy.maven.github.app]\nactive = "ALWAYS"\npassword = " "\n',
      'jreleaser.toml',
    );
    expect(t.ok && t.value).toEqual([
      { type: 'nexus3', name: 'internal', active: 'ALWAYS', password: 3 },
      { type: 'github', name: 'app', active: 'ALWAYS' },
    ]);
    const j = parseJreleaserConfig(
      '{"deploy": {"maven": {"artifactory": {"corp": {"active": "RELEASE", "password": "x"}}}}}',
      'jreleaser.json',
    );
    expect(j.ok && j.value).toEqual([{ type: 'artifactory', name: 'corp', active: 'RELEASE', password: 1 }]);
    expect(parseJreleaserConfig('deploy: [', 'jreleaser.yml').ok).toBe(false);
  });

  it('-c / --config-file as picocli reads them', () => {
    expect(configArgument(['deploy', '-c', 'a.yml'])).toBe('a.yml');
    expect(configArgument(['deploy', '-cb.toml'])).toBe('b.toml');
    expect(configArgument(['deploy', '--config-file=c.json'])).toBe('c.json');
    expect(configArgument(['deploy', '--dry-run'])).toBeUndefined();
  });
});

/** The deploy's `auth: reason` with the checkout's files. */
async function deploy(files: Record<string, string>, step: string, env = ''): Promise<string> {
  const all: Record<string, string> = {
    ...files,
    'w.yml': `on: push
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - ${step}${env ? `\n        env:\n          ${env}` : ''}
`,
  };
  const model = await loadCi(
    [{ path: 'w.yml', kind: 'ci', reader: 'workflow' }],
    (p) => Promise.resolve(all[p] ?? ''),
    jreleaserRules,
    (p) => p in all,
  );
  const v = model.verdicts.find((x) => x.verdict.action === 'publish')?.verdict;
  return v ? `${v.undeterminable ? 'undeterminable' : v.auth}: ${v.reason}` : 'none';
}

describe('a deployer password written in the configuration file', () => {
  it('is the deploy’s credential when its deployer may run, for the CLI, the action and -Djreleaser.config.file', async () => {
    expect(await deploy({ 'jreleaser.yml': YAML }, 'run: jreleaser deploy')).toBe(
      'token: jreleaser deploy uploads Maven artifacts with the deployer password written in jreleaser.yml:10 (`deploy.maven.mavenCentral.sonatype`), a secret committed with the checkout',
    );
    expect(
      await deploy(
        { 'release/jr.yml': YAML },
        'uses: jreleaser/release-action@v2\n        with:\n          arguments: deploy -c release/jr.yml',
      ),
    ).toMatch(/^token: .*written in release\/jr\.yml:10/);
    expect(await deploy({ 'jr.yml': YAML }, 'run: mvn -Djreleaser.config.file=jr.yml jreleaser:deploy')).toMatch(
      /^token: mvn jreleaser:deploy uploads .* written in jr\.yml:10/,
    );
  });

  it('an inactive deployer’s password, a blank one, or none leave the environment’s credential', async () => {
    const inactive = YAML.replace('active: ALWAYS', 'active: NEVER');
    expect(await deploy({ 'jreleaser.yml': inactive }, 'run: jreleaser deploy')).toMatch(/^none-visible: /);
    expect(
      await deploy(
        { 'jreleaser.yml': inactive },
        'run: jreleaser deploy',
        'JRELEASER_NEXUS2_TOKEN: ${{ secrets.GITHUB_TOKEN }}',
      ),
    ).toMatch(/^job-token: /);
    // No `active`: NEVER, unless a JRELEASER_DEPLOY_MAVEN_…_ACTIVE variable turns deployers on.
    const unset = YAML.replace('        active: ALWAYS\n', '');
    expect(await deploy({ 'jreleaser.yml': unset }, 'run: jreleaser deploy')).toMatch(/^none-visible: /);
    expect(
      await deploy(
        { 'jreleaser.yml': unset },
        'run: jreleaser deploy',
        'JRELEASER_DEPLOY_MAVEN_MAVENCENTRAL_ACTIVE: ALWAYS',
      ),
    ).toMatch(/^token: .*jreleaser\.yml:9/);
    // Maven without -Djreleaser.config.file reads the POM's model: a jreleaser.yml beside it is not its file.
    expect(await deploy({ 'jreleaser.yml': YAML }, 'run: mvn jreleaser:deploy')).toMatch(/^none-visible: /);
  });

  it('two default files, a named file the checkout lacks, or an unreadable one: undeterminable', async () => {
    expect(await deploy({ 'jreleaser.yml': YAML, 'jreleaser.toml': '' }, 'run: jreleaser full-release')).toMatch(
      /^undeterminable: jreleaser full-release; 2 configuration files .*ServiceLoader/,
    );
    expect(await deploy({}, 'run: jreleaser deploy -c ci/jreleaser.yml')).toMatch(
      /^undeterminable: .*`ci\/jreleaser\.yml` is not in the checkout/,
    );
    expect(await deploy({ 'jreleaser.yml': 'deploy: [' }, 'run: jreleaser deploy')).toMatch(
      /^undeterminable: .*could not be read/,
    );
    // A stored token in the step is sent whichever the file says.
    expect(
      await deploy(
        { 'jreleaser.yml': 'deploy: [' },
        'run: jreleaser deploy',
        'JRELEASER_NEXUS2_PASSWORD: ${{ secrets.N }}',
      ),
    ).toMatch(/^token: /);
  });
});

const POM = (password: string, more = '') => `<project>
  <artifactId>acme</artifactId>
  <build>
    <plugins>
      <plugin>
        <groupId>org.jreleaser</groupId>
        <artifactId>jreleaser-maven-plugin</artifactId>
        <configuration>${more}
          <jreleaser>
            <deploy>
              <maven>
                <mavenCentral>
                  <sonatype>
                    <active>ALWAYS</active>
                    <password>${password}</password>
                  </sonatype>
                </mavenCentral>
              </maven>
            </deploy>
          </jreleaser>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>`;

// AbstractJReleaserMojo.convertModel: without jreleaser.config.file the POM's <jreleaser> is the model; Maven interpolates it first.
describe('jreleaser-maven-plugin’s <jreleaser> model in pom.xml', () => {
  it('a literal is committed; ${env.X} is the step’s X; another ${…} is not settled', async () => {
    expect(await deploy({ 'pom.xml': POM('central-s3cret') }, 'run: mvn jreleaser:deploy')).toMatch(
      /^token: mvn jreleaser:deploy uploads .*written in pom\.xml:15 \(`deploy\.maven\.mavenCentral\.sonatype`\), a secret committed/,
    );
    const env = POM('${env.CENTRAL_TOKEN}');
    expect(await deploy({ 'pom.xml': env }, 'run: mvn jreleaser:deploy', 'CENTRAL_TOKEN: ${{ secrets.C }}')).toMatch(
      /^token: .*password at pom\.xml:15 .*: CENTRAL_TOKEN$/,
    );
    expect(await deploy({ 'pom.xml': env }, 'run: mvn jreleaser:deploy')).toMatch(/^none-visible: /);
    expect(
      await deploy(
        { 'pom.xml': POM('${env.GITHUB_TOKEN}') },
        'run: mvn jreleaser:deploy',
        'GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}',
      ),
    ).toMatch(/^job-token: .*GITHUB_TOKEN, the job’s GITHUB_TOKEN/);
    expect(await deploy({ 'pom.xml': POM('${central.password}') }, 'run: mvn jreleaser:deploy')).toMatch(
      /^undeterminable: .*`\$\{central\.password\}` .*a property Maven settles/,
    );
  });

  it('the plugin’s <configFile> is read instead, relative to the POM; -Djreleaser.config.file wins', async () => {
    const pom = POM('', '\n          <configFile>src/jreleaser.yml</configFile>');
    expect(
      await deploy({ 'app/pom.xml': pom, 'app/src/jreleaser.yml': YAML }, 'run: mvn -f app jreleaser:full-release'),
    ).toMatch(/^token: .*written in app\/src\/jreleaser\.yml:10/);
    expect(await deploy({ 'pom.xml': pom }, 'run: mvn jreleaser:deploy')).toMatch(
      /^undeterminable: .*`src\/jreleaser\.yml` pom\.xml’s jreleaser-maven-plugin names is not in the checkout/,
    );
    expect(
      await deploy(
        { 'pom.xml': POM('central-s3cret'), 'ci.yml': YAML.replace('ALWAYS', 'NEVER') },
        'run: mvn -Djreleaser.config.file=ci.yml jreleaser:deploy',
      ),
    ).toMatch(/^none-visible: /);
    expect(
      await deploy(
        { 'app/pom.xml': POM(''), 'app/ci.yml': YAML },
        'run: mvn -f app -Djreleaser.config.file=ci.yml jreleaser:deploy',
      ),
    ).toMatch(/^token: .*written in app\/ci\.yml:10/);
  });
});

describe('reading the configuration stays linear', () => {
  it('a POM with many deployers and passwords is read in linear time', () => {
    const deployer = (i: number) => `<d${i}><active>ALWAYS</active><password>p</password></d${i}>`;
    const pom = (n: number) =>
      POM('x').replace(
        '<mavenCentral>',
        `<mavenCentral>${Array.from({ length: Math.max(1, n >> 6) }, (_, i) => deployer(i)).join('')}`,
      );
    expectLinear((t: string) => parseJreleaserPom(t, 'pom.xml'), pom, { start: 1 << 14, maxSize: 1 << 18, runs: 3 });
  });
});

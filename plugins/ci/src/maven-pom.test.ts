/** pom.xml's distributionManagement picks the settings.xml server a `mvn deploy` authenticates with. */
import { describe, expect, it } from 'vitest';
import { expectLinear } from '@inert/testing';
import type { JudgingRule } from './classify.js';
import { loadCi } from './load.js';
import { parsePom } from './maven-pom.js';
import { selectedProfiles } from './maven-pom-target.js';

/** A stand-in for the gradle plugin's Maven rule: every `deploy` publishes, with no credential of its own. */
const maven: JudgingRule = {
  ecosystem: 'gradle',
  programs: ['mvn', 'mvnw'],
  classify: (c) =>
    c.argv.includes('deploy')
      ? { action: 'publish', classification: 'strict', reason: 'mvn deploy', auth: 'none-visible' }
      : undefined,
};

const SETTINGS = `<settings>
  <servers>
    <server><id>github</id><password>\${env.GITHUB_TOKEN}</password></server>
    <server><id>ossrh</id><password>\${env.OSSRH_TOKEN}</password></server>
  </servers>
</settings>`;

const pom = (body: string, version = '1.0.0') => `<?xml version="1.0"?>
<project>
  <artifactId>acme</artifactId>
  <version>${version}</version>
${body}
</project>`;

const dm = (release?: string, snapshot?: string) =>
  `<distributionManagement>${release ? `<repository><id>${release}</id></repository>` : ''}${snapshot ? `<snapshotRepository><id>${snapshot}</id></snapshotRepository>` : ''}</distributionManagement>`;

/** The deploy's `auth: reason` with the given files (settings.xml beside pom.xml). */
async function deploy(
  files: Record<string, string>,
  line = 'mvn -B -s settings.xml deploy',
  cwd = '',
): Promise<string> {
  const all: Record<string, string> = {
    'settings.xml': SETTINGS,
    ...files,
    'w.yml': `on: push
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - run: ${line}${cwd ? `\n        working-directory: ${cwd}` : ''}
        env:
          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}
          OSSRH_TOKEN: \${{ secrets.OSSRH_TOKEN }}
`,
  };
  const model = await loadCi(
    [{ path: 'w.yml', kind: 'ci', reader: 'workflow' }],
    (p) => Promise.resolve(all[p] ?? ''),
    [maven],
    (p) => p in all,
  );
  const v = model.verdicts.find((x) => x.verdict.action === 'publish')!.verdict;
  // A POM that cannot be read is a problem of the scan too (core/unparsed-file), not only a reason.
  const problems = model.problems.filter((p) => p.file.endsWith('pom.xml')).map((p) => ` [${p.file}: ${p.reason}]`);
  return `${v.undeterminable ? 'undeterminable' : v.auth}: ${v.reason}${problems.join('')}`;
}

describe('the server a deploy uses, from pom.xml', () => {
  it('without pom.xml, two servers that disagree stay undeterminable, saying why', async () => {
    expect(await deploy({})).toMatch(
      /^undeterminable: .*distributionManagement.* not settled: no `pom\.xml` in the checkout/,
    );
  });

  it('<repository> id picks the server: the stored token, or the job token', async () => {
    expect(await deploy({ 'pom.xml': pom(dm('ossrh', 'github')) })).toMatch(
      /^token: mvn deploy to repository `ossrh` at pom\.xml:5 .*server `ossrh` password: OSSRH_TOKEN = the secret OSSRH_TOKEN$/,
    );
    expect(await deploy({ 'pom.xml': pom(dm('github', 'ossrh')) })).toMatch(/^job-token: .*server `github`/);
  });

  it('a -SNAPSHOT version deploys to <snapshotRepository>; a version from a property may be either', async () => {
    expect(await deploy({ 'pom.xml': pom(dm('ossrh', 'github'), '1.1.0-SNAPSHOT') })).toMatch(
      /^job-token: mvn deploy to snapshotRepository `github`/,
    );
    expect(await deploy({ 'pom.xml': pom(dm('ossrh', 'github'), '${revision}') })).toMatch(
      /^undeterminable: .*for the repository `ossrh` at pom\.xml:5, snapshotRepository `github` at pom\.xml:5/,
    );
  });

  it('-P selects a profile’s distributionManagement (also from .mvn/maven.config); a profile with <activation> may be on by itself', async () => {
    const profiles = `${dm('github')}<profiles><profile><id>release</id>${dm('ossrh')}</profile></profiles>`;
    expect(await deploy({ 'pom.xml': pom(profiles) })).toMatch(/^job-token: /);
    expect(await deploy({ 'pom.xml': pom(profiles) }, 'mvn -s settings.xml deploy -P release,!docs')).toMatch(
      /^token: mvn deploy to repository `ossrh`/,
    );
    expect(await deploy({ 'pom.xml': pom(profiles), '.mvn/maven.config': '-Prelease\n' })).toMatch(/^token: /);
    const active = `${dm('github')}<profiles><profile><id>ci</id><activation><property><name>env.CI</name></property></activation>${dm('ossrh')}</profile></profiles>`;
    expect(await deploy({ 'pom.xml': pom(active) })).toMatch(
      /^undeterminable: .*profile `ci` of pom\.xml \(line 5\) sets the <repository> and may activate itself/,
    );
  });

  it('an id set by a property, a parent POM outside the checkout, an unreadable POM: undeterminable with the reason', async () => {
    expect(await deploy({ 'pom.xml': pom(dm('${deploy.repo.id}')) })).toMatch(
      /the <repository> id `\$\{deploy\.repo\.id\}` at pom\.xml:5 is set by a property/,
    );
    const child = `<project><parent><artifactId>oss-parent</artifactId><version>9</version></parent><artifactId>acme</artifactId><version>1.0</version></project>`;
    expect(await deploy({ 'pom.xml': child })).toMatch(
      /no <repository> in the checkout’s POMs: it would come from the parent POM `oss-parent:9` \(pom\.xml:1\), which is outside the checkout$/,
    );
    expect(await deploy({ 'pom.xml': `<!DOCTYPE project [<!ENTITY x "y">]>${pom(dm('ossrh'))}` })).toMatch(
      /`pom\.xml` could not be read \(.*DTD.* \[pom\.xml: .*DTD/,
    );
  });

  it('a parent POM in the checkout (relativePath, -f) supplies the repositories a module inherits', async () => {
    const parent = `<project><groupId>com.acme</groupId><artifactId>acme-parent</artifactId><version>3</version>${dm('ossrh')}</project>`;
    const module = `<project><parent><groupId>com.acme</groupId><artifactId>acme-parent</artifactId><version>3</version></parent><artifactId>core</artifactId></project>`;
    expect(await deploy({ 'pom.xml': parent, 'core/pom.xml': module }, 'mvn -s settings.xml -f core deploy')).toMatch(
      /^token: mvn deploy to repository `ossrh` at pom\.xml:1/,
    );
    // A file at relativePath that is another artifact is not the parent: Maven resolves it from a repository.
    const other = `<project><groupId>com.acme</groupId><artifactId>unrelated</artifactId>${dm('github')}</project>`;
    expect(await deploy({ 'pom.xml': other, 'core/pom.xml': module }, 'mvn -s ../settings.xml deploy', 'core')).toMatch(
      /^undeterminable: .*parent POM `acme-parent:3` \(core\/pom\.xml:1\), which is not in the checkout: `pom\.xml` has artifactId `unrelated`, not the <parent>’s `acme-parent`, so Maven resolves the parent from a repository$/,
    );
  });

  it('the file at relativePath is the parent only when groupId, artifactId and version match, as Maven 3.9 compares them', async () => {
    const parentPom = (group: string, version = '3') =>
      `<project>${group}<artifactId>acme-parent</artifactId><version>${version}</version>${dm('ossrh', 'ossrh')}</project>`;
    const module = (group: string, version = '3') =>
      `<project><parent>${group}<artifactId>acme-parent</artifactId><version>${version}</version></parent><artifactId>core</artifactId></project>`;
    const run = (parent: string, child: string) =>
      deploy({ 'pom.xml': parent, 'core/pom.xml': child }, 'mvn -s ../settings.xml deploy', 'core');
    const g = (id: string) => `<groupId>${id}</groupId>`;
    // The same artifactId under another groupId is another artifact (Maven warns and goes to the repositories).
    expect(await run(parentPom(g('org.other')), module(g('com.acme')))).toMatch(
      /which is not in the checkout: `pom\.xml` has groupId `org\.other`, not the <parent>’s `com\.acme`/,
    );
    // A parent without its own groupId takes its parent's, as Maven does.
    const grand = `<project><parent>${g('com.acme')}<artifactId>root</artifactId><version>1</version><relativePath/></parent><artifactId>acme-parent</artifactId><version>3</version>${dm('ossrh')}</project>`;
    expect(await run(grand, module(g('com.acme')))).toMatch(/^token: mvn deploy to repository `ossrh` at pom\.xml:1/);
    // Version skew: Maven resolves the released parent from a repository instead.
    expect(await run(parentPom(g('com.acme'), '4-SNAPSHOT'), module(g('com.acme')))).toMatch(
      /which is not in the checkout: `pom\.xml` has version `4-SNAPSHOT`, not the <parent>’s `3`/,
    );
    // Equal as written (the CI-friendly `${revision}` on both sides) is the parent.
    expect(await run(parentPom(g('com.acme'), '${revision}'), module(g('com.acme'), '${revision}'))).toMatch(
      /^token: mvn deploy to repository `ossrh` at pom\.xml:1, snapshotRepository `ossrh` at pom\.xml:1 /,
    );
    // A property that decides the comparison is not guessed; nor is a version range.
    expect(await run(parentPom(g('${acme.group}')), module(g('com.acme')))).toMatch(
      /^undeterminable: .*which may be `pom\.xml`: a property hides whether it is \(its groupId `\$\{acme\.group\}`, the <parent>’s `com\.acme`\)$/,
    );
    expect(await run(parentPom(g('com.acme')), module(g('com.acme'), '[3,4)'))).toMatch(
      /which may be `pom\.xml`: the <parent> version `\[3,4\)` is a range/,
    );
  });

  it('-DaltDeploymentRepository names the server; a server the settings lack sends nothing', async () => {
    expect(
      await deploy(
        { 'pom.xml': pom(dm('ossrh')) },
        'mvn -s settings.xml deploy -DaltDeploymentRepository=github::https://maven.pkg.github.com/a/b',
      ),
    ).toMatch(/^job-token: mvn deploy to `-DaltDeploymentRepository` id `github`/);
    expect(await deploy({ 'pom.xml': pom(dm('nexus')) })).toMatch(
      /^none-visible: .*which has no server `nexus`: the deploy sends no credential/,
    );
  });
});

describe('plugins that take over the upload', () => {
  const central = (config: string) =>
    `<build><plugins><plugin><groupId>org.sonatype.central</groupId><artifactId>central-publishing-maven-plugin</artifactId><extensions>true</extensions>${config}</plugin></plugins></build>`;

  it('central-publishing-maven-plugin uploads with publishingServerId (default central), not distributionManagement', async () => {
    const settings = SETTINGS.replace('<id>ossrh</id>', '<id>central</id>');
    expect(await deploy({ 'settings.xml': settings, 'pom.xml': pom(`${dm('github')}${central('')}`) })).toMatch(
      /^token: mvn deploy to central-publishing-maven-plugin server `central` at pom\.xml:5 .*server `central` password: OSSRH_TOKEN/,
    );
    expect(
      await deploy({
        'pom.xml': pom(central('<configuration><publishingServerId>github</publishingServerId></configuration>')),
      }),
    ).toMatch(/^job-token: mvn deploy to central-publishing-maven-plugin server `github`/);
  });

  it('nexus-staging-maven-plugin in a -P profile uses its serverId; one named by a property is undeterminable', async () => {
    const staging = (id: string) =>
      `${dm('github')}<profiles><profile><id>release</id><build><plugins><plugin><artifactId>nexus-staging-maven-plugin</artifactId><configuration><serverId>${id}</serverId></configuration></plugin></plugins></build></profile></profiles>`;
    expect(await deploy({ 'pom.xml': pom(staging('ossrh')) }, 'mvn -s settings.xml deploy -Prelease')).toMatch(
      /^token: mvn deploy to nexus-staging-maven-plugin server `ossrh`/,
    );
    expect(await deploy({ 'pom.xml': pom(staging('ossrh')) })).toMatch(/^job-token: /);
    expect(await deploy({ 'pom.xml': pom(staging('${staging.id}')) }, 'mvn -s settings.xml deploy -P release')).toMatch(
      /^undeterminable: .*nexus-staging-maven-plugin at pom\.xml:5 names its server by a property/,
    );
  });
});

describe('pom.xml reading', () => {
  it('-P lists: on, off with ! or -, the last word wins', () => {
    expect([...selectedProfiles(['-P', 'a,b', '-P!b', '--activate-profiles=c', '-P-a'])]).toEqual(['c']);
  });

  it('a deeply nested or profile-heavy POM is read in linear time', () => {
    const profiles = (n: number) =>
      pom(
        `<profiles>${'<profile><id>p</id><activation/><build><plugins><plugin><a><b><c/></b></a></plugin></plugins></build></profile>'.repeat(Math.max(1, n >> 7))}</profiles>`,
      );
    expectLinear((t: string) => parsePom(t, 'pom.xml'), profiles, { start: 1 << 14, maxSize: 1 << 19, runs: 3 });
  });

  it('an element with a long name over many children is read in linear time (its name is not copied per child)', () => {
    // Every tag once joined the names of all its open ancestors: one name of n bytes over n/4 children was quadratic.
    const long = (n: number) => {
      const name = `a${'b'.repeat(n >> 1)}`;
      return `<project><${name}>${'<x/>'.repeat(n >> 3)}</${name}><properties><maven.deploy.skip>true</maven.deploy.skip></properties></project>`;
    };
    expect(parsePom(long(64), 'pom.xml')).toMatchObject({ ok: true });
    const parsed = parsePom(long(64), 'pom.xml');
    expect(parsed.ok && parsed.value.properties.get('maven.deploy.skip')?.value).toBe('true');
    expectLinear((t: string) => parsePom(t, 'pom.xml'), long, { start: 1 << 14, maxSize: 1 << 19, runs: 3 });
  });
});

/** A multi-module `mvn deploy`: every module's server, each with its settings.xml credential. */
import { describe, expect, it } from 'vitest';
import { expectLinearAsync } from '@inert/testing';
import type { JudgingRule } from './classify.js';
import { loadCi } from './load.js';
import { deployTarget } from './maven-reactor.js';

const maven: JudgingRule = {
  ecosystem: 'gradle',
  programs: ['mvn', 'mvnw'],
  classify: (c) =>
    c.argv.includes('deploy')
      ? { action: 'publish', classification: 'strict', reason: 'mvn deploy', auth: 'none-visible' }
      : undefined,
};

const SETTINGS = `<settings><servers>
  <server><id>github</id><password>\${env.GITHUB_TOKEN}</password></server>
  <server><id>ossrh</id><password>\${env.OSSRH_TOKEN}</password></server>
  <server><id>nexus</id><password>\${env.NEXUS_TOKEN}</password></server>
</servers></settings>`;

const dm = (id: string) =>
  `<distributionManagement><repository><id>${id}</id></repository><snapshotRepository><id>${id}</id></snapshotRepository></distributionManagement>`;
const root = (body: string) =>
  `<project><groupId>com.acme</groupId><artifactId>acme</artifactId><version>1.0</version><packaging>pom</packaging>${body}</project>`;
const modules = (...names: string[]) => `<modules>${names.map((n) => `<module>${n}</module>`).join('')}</modules>`;
const child = (artifactId: string, body = '') =>
  `<project><parent><groupId>com.acme</groupId><artifactId>acme</artifactId><version>1.0</version></parent><artifactId>${artifactId}</artifactId>${body}</project>`;

async function deploy(files: Record<string, string>, line = 'mvn -B -s settings.xml deploy'): Promise<string> {
  const all: Record<string, string> = {
    'settings.xml': SETTINGS,
    ...files,
    'w.yml': `on: push
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - run: ${line}
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
  return `${v.undeterminable ? 'undeterminable' : v.auth}: ${v.reason}`;
}

describe('a multi-module deploy uses every module’s distributionManagement', () => {
  it('modules inherit the parent’s server; one that sets its own adds its server and credential', async () => {
    const same = {
      'pom.xml': root(`${modules('core', 'api')}${dm('github')}`),
      'core/pom.xml': child('core'),
      'api/pom.xml': child('api'),
    };
    expect(await deploy(same)).toMatch(
      /^job-token: mvn deploy to repository `github` at pom\.xml:1 \(3 modules: pom\.xml, core\/pom\.xml, api\/pom\.xml\)/,
    );
    // api deploys to ossrh (a stored token) while the others use the job's token: the stored token is sent.
    const own = { ...same, 'api/pom.xml': child('api', dm('ossrh')) };
    expect(await deploy(own)).toMatch(
      /^token: mvn deploy to repository `github` at pom\.xml:1 \(2 modules: pom\.xml, core\/pom\.xml\); repository `ossrh` at api\/pom\.xml:1 \(1 module: api\/pom\.xml\) .*server `github` password: GITHUB_TOKEN = the job’s GITHUB_TOKEN; server `ossrh` password: OSSRH_TOKEN = the secret OSSRH_TOKEN$/,
    );
  });

  it('a -P profile’s modules join the reactor; -N builds the root alone', async () => {
    const files = {
      'pom.xml': root(
        `${modules('core')}${dm('github')}<profiles><profile><id>plugins</id>${modules('plugin')}</profile></profiles>`,
      ),
      'core/pom.xml': child('core'),
      'plugin/pom.xml': child('plugin', dm('ossrh')),
    };
    expect(await deploy(files)).toMatch(/^job-token: /);
    expect(await deploy(files, 'mvn -s settings.xml deploy -Pplugins')).toMatch(
      /^token: .*repository `ossrh` at plugin\/pom\.xml:1/,
    );
    expect(
      await deploy({ ...files, 'core/pom.xml': child('core', dm('ossrh')) }, 'mvn -s settings.xml -N deploy'),
    ).toMatch(/^job-token: mvn deploy to repository `github` at pom\.xml:1 with /);
  });

  it('-pl selects modules by path or artifactId and ! excludes one; -am takes the whole reactor', async () => {
    const files = {
      'pom.xml': root(`${modules('core', 'tools/cli')}${dm('github')}`),
      'core/pom.xml': child('core'),
      'tools/cli/pom.xml': child('cli', dm('ossrh')),
    };
    expect(await deploy(files, 'mvn -s settings.xml deploy -pl core')).toMatch(
      /^job-token: .*\(1 module: core\/pom\.xml\)/,
    );
    expect(await deploy(files, 'mvn -s settings.xml deploy -pl :cli')).toMatch(
      /^token: .*\(1 module: tools\/cli\/pom\.xml\)/,
    );
    expect(await deploy(files, 'mvn -s settings.xml deploy --projects=!tools/cli')).toMatch(/^job-token: /);
    expect(await deploy(files, 'mvn -s settings.xml deploy -pl core -am')).toMatch(
      /^token: .*`-am`\/`-amd`: every module/,
    );
    expect(await deploy(files, 'mvn -s settings.xml deploy -pl web')).toMatch(
      /^undeterminable: .*`-pl` names `web`, which is no module of the reactor the checkout shows/,
    );
  });

  it('maven.deploy.skip drops a module (inherited, a module can turn it back off); a -D wins', async () => {
    const files = {
      'pom.xml': root(`${modules('core', 'examples')}${dm('github')}`),
      'core/pom.xml': child('core'),
      'examples/pom.xml': child(
        'examples',
        `<properties><maven.deploy.skip>true</maven.deploy.skip></properties>${dm('ossrh')}`,
      ),
    };
    expect(await deploy(files)).toMatch(
      /^job-token: .*\(2 modules: pom\.xml, core\/pom\.xml\); skipped by maven-deploy-plugin’s skip: 1 module: examples\/pom\.xml/,
    );
    expect(await deploy(files, 'mvn -s settings.xml deploy -Dmaven.deploy.skip=false')).toMatch(/^token: /);
    // maven-deploy-plugin >= 3.1: `releases` skips a release version (1.0 here), `snapshots` only a -SNAPSHOT one.
    const only = (value: string) => ({
      ...files,
      'examples/pom.xml': child(
        'examples',
        `<properties><maven.deploy.skip>${value}</maven.deploy.skip></properties>${dm('ossrh')}`,
      ),
    });
    expect(await deploy(only('releases'))).toMatch(/^job-token: .*skipped by maven-deploy-plugin’s skip/);
    expect(await deploy(only('snapshots'))).toMatch(/^token: /);
  });

  it('a module the checkout does not settle makes the deploy undeterminable, naming the module', async () => {
    const files = {
      'pom.xml': root(`${modules('core', 'bom')}${dm('github')}`),
      'core/pom.xml': child('core'),
      // The BOM's parent is an external one: its repositories come from outside the checkout.
      'bom/pom.xml': `<project><parent><groupId>org.oss</groupId><artifactId>oss-parent</artifactId><version>9</version><relativePath/></parent><artifactId>bom</artifactId></project>`,
    };
    expect(await deploy(files)).toMatch(
      /^undeterminable: .*module bom\/pom\.xml: no <repository> in the checkout’s POMs: it would come from the parent POM `oss-parent:9`/,
    );
    expect(await deploy({ 'pom.xml': root(`${modules('missing')}${dm('github')}`) })).toMatch(
      /^undeterminable: .*a module of the reactor: no `missing\/pom\.xml` in the checkout/,
    );
    expect(await deploy({ 'pom.xml': root(`${modules('../outside')}${dm('github')}`) })).toMatch(
      /module `\.\.\/outside` at pom\.xml:1 is outside the checkout/,
    );
    expect(await deploy({ 'pom.xml': root(`${modules('${mod}')}${dm('github')}`) })).toMatch(/is named by a property/);
  });

  it('budgets: a reactor over 1,000 modules or nested over 16 levels is undeterminable; cycles end', async () => {
    const read = (files: Record<string, string>) => (p: string) => Promise.resolve(files[p]);
    const wide: Record<string, string> = {
      'pom.xml': root(`${modules(...Array.from({ length: 1_001 }, (_, i) => `m${i}`))}${dm('github')}`),
    };
    for (let i = 0; i < 1_001; i++) wide[`m${i}/pom.xml`] = child(`m${i}`);
    expect(await deployTarget(['deploy'], undefined, read(wide), { poms: new Map(), problems: [] })).toEqual({
      kind: 'unknown',
      why: 'the reactor has more than 1000 modules',
    });
    const deep: Record<string, string> = { 'pom.xml': root(`${modules('a')}${dm('github')}`) };
    let dir = '';
    for (let i = 0; i < 20; i++) {
      dir = dir ? `${dir}/a` : 'a';
      deep[`${dir}/pom.xml`] = child('a', modules('a'));
    }
    expect((await deployTarget(['deploy'], undefined, read(deep), { poms: new Map(), problems: [] })).kind).toBe(
      'unknown',
    );
    const cycle = { 'pom.xml': root(`${modules('a')}${dm('github')}`), 'a/pom.xml': child('a', modules('..')) };
    expect(await deployTarget(['deploy'], undefined, read(cycle), { poms: new Map(), problems: [] })).toMatchObject({
      kind: 'ids',
      ids: ['github'],
    });
  });

  it('a wide reactor is read in linear time', async () => {
    const files = (n: number) => {
      const count = Math.max(1, n >> 8);
      const out: Record<string, string> = {
        'pom.xml': root(`${modules(...Array.from({ length: count }, (_, i) => `m${i}`))}${dm('github')}`),
      };
      for (let i = 0; i < count; i++) out[`m${i}/pom.xml`] = child(`m${i}`);
      return out;
    };
    await expectLinearAsync(
      (f: Record<string, string>) =>
        deployTarget(['deploy'], undefined, (p) => Promise.resolve(f[p]), { poms: new Map(), problems: [] }),
      files,
      { start: 1 << 14, maxSize: 1 << 18, runs: 3 },
    );
  });
});

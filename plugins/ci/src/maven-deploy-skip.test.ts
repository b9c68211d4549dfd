import { describe, expect, it } from 'vitest';
import { selectedProfiles } from './maven-pom-target.js';
import { deploySkip, type SkipRead } from './maven-deploy-skip.js';
import { type Pom, parsePom } from './maven-pom.js';

const pom = (body: string, path = 'pom.xml'): { path: string; pom: Pom } => {
  const parsed = parsePom(`<project><artifactId>a</artifactId><version>1.0</version>${body}</project>`, path);
  if (!parsed.ok) throw new Error(parsed.problem.reason);
  return { path, pom: parsed.value };
};
const plugin = (inner: string, group = '') =>
  `<plugin>${group}<artifactId>maven-deploy-plugin</artifactId><version>3.1.4</version>${inner}</plugin>`;
const plugins = (inner: string) => `<build><plugins>${inner}</plugins></build>`;
const managed = (inner: string) => `<build><pluginManagement><plugins>${inner}</plugins></pluginManagement></build>`;
const config = (value: string) => `<configuration><skip>${value}</skip></configuration>`;
const execution = (id: string, value: string) =>
  `<executions><execution><id>${id}</id><phase>deploy</phase>${config(value)}</execution></executions>`;

function skip(chain: { path: string; pom: Pom }[], args: string[] = [], version = '1.0'): string {
  const got: SkipRead = deploySkip(chain, args, selectedProfiles(args), version);
  return got.kind === 'deploys' ? 'deploys' : got.kind === 'skipped' ? `skipped: ${got.where}` : `unknown: ${got.why}`;
}

// maven-deploy-plugin 3.1.4's `skip`, configured as Maven 3.9.16 builds the effective POM (maven-deploy-skip.ts).
describe('maven-deploy-plugin’s skip, configured or from maven.deploy.skip', () => {
  it('a plugin-level <skip> wins over maven.deploy.skip (the property is only its default), also against a -D', () => {
    const configured = pom(plugins(plugin(config('true'))));
    expect(skip([configured])).toMatch(/^skipped: maven-deploy-plugin <skip> at pom\.xml:1/);
    expect(skip([configured], ['-Dmaven.deploy.skip=false'])).toMatch(/^skipped/);
    expect(
      skip([
        pom(plugins(plugin(config('false'))) + '<properties><maven.deploy.skip>true</maven.deploy.skip></properties>'),
      ]),
    ).toBe('deploys');
    // An empty <skip/> takes the default, `${maven.deploy.skip}` (Xpp3Dom's merge fills an empty value).
    expect(skip([pom(plugins(plugin(config(''))))], ['-Dmaven.deploy.skip'])).toMatch(
      /^skipped: `-Dmaven\.deploy\.skip`/,
    );
    // Another plugin's <skip> (maven-javadoc-plugin's, a fork's groupId) is not the deploy's.
    expect(
      skip([pom(plugins(`<plugin><artifactId>maven-javadoc-plugin</artifactId>${config('true')}</plugin>`))]),
    ).toBe('deploys');
    expect(skip([pom(plugins(plugin(config('true'), '<groupId>com.example.fork</groupId>')))])).toBe('deploys');
  });

  it('the default-deploy execution’s <skip> wins over the plugin’s; another execution’s is its own', () => {
    expect(skip([pom(plugins(plugin(execution('default-deploy', 'true'))))])).toMatch(
      /^skipped: maven-deploy-plugin default-deploy execution <skip>/,
    );
    expect(skip([pom(plugins(plugin(config('true') + execution('default-deploy', 'false'))))])).toBe('deploys');
    expect(skip([pom(plugins(plugin(execution('deploy-extra', 'true'))))])).toBe('deploys');
  });

  it('<pluginManagement> configures the deploy the lifecycle adds; <plugins> wins over it; a child over its parent', () => {
    const parent = pom(managed(plugin(config('true'))), 'pom.xml');
    const child = (body = '') => pom(body, 'core/pom.xml');
    expect(skip([child(), parent])).toMatch(/^skipped: maven-deploy-plugin <pluginManagement> <skip> at pom\.xml/);
    expect(skip([child(plugins(plugin(config('false')))), parent])).toBe('deploys');
    expect(skip([child(managed(plugin(config('false')))), parent])).toBe('deploys');
    // <inherited>false</inherited>: the parent's configuration stays in the parent.
    const local = pom(plugins(plugin(`<inherited>false</inherited>${config('true')}`)), 'pom.xml');
    expect(skip([local])).toMatch(/^skipped/);
    expect(skip([child(), local])).toBe('deploys');
  });

  it('${name} reads a -D first, then the POMs’ properties; a property no POM defines is undeterminable', () => {
    const byProperty = (properties: string) =>
      pom(`${plugins(plugin(config('${skipPublishing}')))}<properties>${properties}</properties>`);
    expect(skip([byProperty('<skipPublishing>true</skipPublishing>')])).toMatch(/^skipped/);
    expect(skip([byProperty('<skipPublishing>true</skipPublishing>')], ['-DskipPublishing=false'])).toBe('deploys');
    expect(skip([byProperty('')])).toMatch(
      /^unknown: .*`\$\{skipPublishing\}` is no property the checkout’s POMs define/,
    );
    expect(skip([byProperty('')], ['-DskipPublishing'])).toMatch(/^skipped/);
    expect(skip([byProperty('<skipPublishing>${env.SKIP}</skipPublishing>')])).toMatch(/^unknown: /);
  });

  it('maven.deploy.skip in a profile’s <properties>: when -P selects it; undeterminable when it may activate itself', () => {
    const profile = (activation: string) =>
      pom(
        `<profiles><profile><id>docs</id>${activation}<properties><maven.deploy.skip>true</maven.deploy.skip></properties></profile></profiles>`,
      );
    expect(skip([profile('')], ['-Pdocs'])).toMatch(/^skipped: maven\.deploy\.skip at pom\.xml:1/);
    expect(skip([profile('')])).toBe('deploys');
    expect(skip([profile('<activation><property><name>docs</name></property></activation>')])).toMatch(
      /^unknown: profile `docs` .* may activate itself/,
    );
    // A profile's configured <skip>, when selected.
    const configured = pom(`<profiles><profile><id>it</id>${plugins(plugin(config('true')))}</profile></profiles>`);
    expect(skip([configured], ['-P', 'it'])).toMatch(/^skipped/);
    expect(skip([configured])).toBe('deploys');
  });

  it('`releases`/`snapshots` need the version: one from a property is undeterminable', () => {
    const releases = pom(plugins(plugin(config('releases'))));
    expect(skip([releases], [], '1.0')).toMatch(/^skipped: .*`releases`, version 1\.0/);
    expect(skip([releases], [], '1.1-SNAPSHOT')).toBe('deploys');
    expect(skip([releases], [], '${revision}')).toMatch(/^unknown: .*skips releases, and the version `\$\{revision\}`/);
  });

  // Maven 3.9.16: DefaultLifecycleMappingDelegate maps only the default lifecycle's phases up to `deploy`.
  it('default-deploy moved to a phase `mvn deploy` never runs (`none`) uploads nothing, unless the goal is named', () => {
    const moved = (phase: string, more = '') =>
      pom(
        plugins(
          plugin(
            `<executions><execution><id>default-deploy</id><phase>${phase}</phase></execution>${more}</executions>`,
          ),
        ),
      );
    expect(skip([moved('none')])).toMatch(
      /^skipped: maven-deploy-plugin default-deploy execution <phase> at pom\.xml:1 \(`none`/,
    );
    // A phase of the default lifecycle still runs before `deploy` ends.
    expect(skip([moved('install')])).toBe('deploys');
    expect(skip([moved('none')], ['deploy:deploy'])).toBe('deploys');
    expect(skip([moved('site-deploy')])).toMatch(/^unknown: .*runs only when the command runs that lifecycle/);
    expect(skip([moved('${deployPhase}')], ['-DdeployPhase=none'])).toMatch(/^skipped/);
    expect(skip([moved('${deployPhase}')])).toMatch(/^unknown: .*`\$\{deployPhase\}` is no property/);
    // Another execution that runs the `deploy` goal (the id may follow its goals) still uploads.
    const late = '<execution><goals><goal>deploy</goal></goals><phase>deploy</phase><id>deploy-late</id></execution>';
    expect(skip([moved('none', late)])).toBe('deploys');
    expect(skip([moved('none', late.replace('<phase>deploy</phase>', '<phase>none</phase>'))])).toMatch(/^skipped/);
    // The nearer POM's <phase> wins (ModelMerger keeps the target's); a parent's managed `none` is inherited.
    const parent = pom(
      managed(plugin('<executions><execution><id>default-deploy</id><phase>none</phase></execution></executions>')),
    );
    expect(skip([pom('', 'core/pom.xml'), parent])).toMatch(
      /^skipped: maven-deploy-plugin <pluginManagement> default-deploy/,
    );
    expect(skip([moved('deploy'), parent])).toBe('deploys');
  });

  // plexus-utils 3.6.1 Xpp3Dom.mergeIntoXpp3Dom, as Maven 3.9.16 merges plugin configuration.
  it('combine.self="override" stops the merge of farther configurations; append keeps the nearest <skip>', () => {
    const parent = pom(plugins(plugin(config('true'))), 'pom.xml');
    const child = (configuration: string) => pom(plugins(plugin(configuration)), 'core/pom.xml');
    expect(skip([child('<configuration><other>x</other></configuration>'), parent])).toMatch(/^skipped/);
    expect(skip([child('<configuration combine.self="override"><other>x</other></configuration>'), parent])).toBe(
      'deploys',
    );
    // Override with no <skip> leaves the property to decide.
    expect(skip([child('<configuration combine.self="override"/>'), parent], ['-Dmaven.deploy.skip=true'])).toMatch(
      /^skipped: `-Dmaven\.deploy\.skip`/,
    );
    // The execution's override keeps the plugin-level <skip> out of it too.
    expect(
      skip([
        pom(
          plugins(
            plugin(
              `${config('true')}<executions><execution><id>default-deploy</id><configuration combine.self="override"/></execution></executions>`,
            ),
          ),
        ),
      ]),
    ).toBe('deploys');
    // An empty <skip combine.self="override"/> takes the default, not the parent's value.
    expect(skip([child('<configuration><skip combine.self="override"/></configuration>'), parent])).toBe('deploys');
    expect(skip([child('<configuration><skip/></configuration>'), parent])).toMatch(/^skipped: .* at pom\.xml/);
    // append: the nearest non-empty <skip> is still the last child, the one read.
    expect(skip([child('<configuration combine.children="append"><skip>false</skip></configuration>'), parent])).toBe(
      'deploys',
    );
    expect(skip([child('<configuration combine.children="append"><skip/></configuration>'), parent])).toMatch(
      /^unknown: .*empty under combine\.children="append"/,
    );
    expect(skip([child('<configuration><skip combine.self="remove"/></configuration>'), parent])).toMatch(
      /^unknown: .*combine\.self="remove"/,
    );
  });
});

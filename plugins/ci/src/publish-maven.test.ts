import { describe, expect, it } from 'vitest';
import { MemorySource, scan } from '@inert/core';
import { commandsPlugin } from '@inert/core/testing';
import { ci } from './index.js';
import { parseMavenSettings } from './maven-settings.js';
import { expandedArgs, settingsArgument } from './maven-settings-files.js';

/** A stand-in for the gradle plugin's Maven rule: every `deploy` publishes, with no credential of its own. */
const maven = commandsPlugin('gradle', [
  {
    programs: ['mvn', 'mvnw'],
    classify: (c) =>
      c.argv.includes('deploy')
        ? {
            action: 'publish',
            classification: 'strict',
            reason: 'mvn deploy; no stored credential visible',
            auth: 'none-visible',
          }
        : undefined,
  },
]);

async function deploys(files: Record<string, string>): Promise<{ auth: string; reason: string; problems: string[] }[]> {
  const result = await scan(new MemorySource({ files }), { plugins: [maven, ci] });
  const problems = result.findings.filter((f) => f.check === 'core/unparsed-file').map((f) => f.message);
  return result.inventory.commands
    .filter((c) => c.action === 'publish')
    .map((c) => ({ auth: c.auth ?? c.classification, reason: reasonOf(result, c.line), problems }));
}

// The inventory has no reason; the JSON findings of ci/publish-long-lived-token carry it for tokens.
function reasonOf(result: Awaited<ReturnType<typeof scan>>, line: number): string {
  return (
    result.findings.find((f) => f.check === 'ci/publish-long-lived-token' && f.location.line === line)?.message ?? ''
  );
}

const workflow = (steps: string, env = '') => `on: push
jobs:
  release:
    runs-on: ubuntu-latest${env}
    steps:
${steps}`;

const GITLAB_SETTINGS = `<settings xmlns="http://maven.apache.org/SETTINGS/1.1.0">
  <servers>
    <server>
      <id>gitlab-maven</id>
      <configuration>
        <httpHeaders>
          <property>
            <name>Job-Token</name>
            <value>\${CI_JOB_TOKEN}</value>
          </property>
        </httpHeaders>
      </configuration>
    </server>
  </servers>
</settings>
`;

describe('Maven settings.xml', () => {
  it('reads servers with passwords and HTTP headers, with lines', () => {
    const parsed = parseMavenSettings(
      `<?xml version="1.0"?>\n<settings><servers>\n<server><id>ossrh</id><username>u</username>\n<password>\${env.OSSRH_TOKEN}</password></server>\n</servers></settings>`,
      's.xml',
    );
    expect(parsed.ok && parsed.value).toEqual([
      { id: 'ossrh', line: 3, credentials: [{ field: 'password', value: '${env.OSSRH_TOKEN}', line: 4 }] },
    ]);
    const gitlab = parseMavenSettings(GITLAB_SETTINGS, 'ci_settings.xml');
    expect(gitlab.ok && gitlab.value[0]!.credentials).toEqual([
      { field: 'Job-Token', value: '${CI_JOB_TOKEN}', line: 7 },
    ]);
    // A password outside <servers> (a proxy's) is not a server's.
    const proxy = parseMavenSettings(
      '<settings><proxies><proxy><password>p</password></proxy></proxies></settings>',
      's',
    );
    expect(proxy.ok && proxy.value).toEqual([]);
  });

  it('refuses invalid XML and DTDs', () => {
    expect(parseMavenSettings('<settings><servers>', 's.xml').ok).toBe(false);
    const dtd = parseMavenSettings('<!DOCTYPE settings [<!ENTITY x "y">]><settings/>', 's.xml');
    expect(!dtd.ok && dtd.problem.kind).toBe('shape');
  });

  it('finds -s / --settings, also behind a variable the file sets', () => {
    expect(settingsArgument(['deploy', '-s', 'ci_settings.xml'])).toBe('ci_settings.xml');
    expect(settingsArgument(['--settings=.github/settings.xml', 'deploy'])).toBe('.github/settings.xml');
    expect(settingsArgument(['deploy'])).toBeUndefined();
    expect(expandedArgs(['$MAVEN_CLI_OPTS', 'deploy'], { MAVEN_CLI_OPTS: '-s ci_settings.xml --batch-mode' })).toEqual([
      '-s',
      'ci_settings.xml',
      '--batch-mode',
      'deploy',
    ]);
  });
});

describe('Maven deploys take the credential of their settings', () => {
  it('setup-java: the variable its server-password names, looked up in the step', async () => {
    const setup = `      - uses: actions/setup-java@v5
        with:
          distribution: temurin
          java-version: '21'
          server-id: central
          server-password: MAVEN_PASSWORD
`;
    const [stored] = await deploys({
      '.github/workflows/r.yml': workflow(
        `${setup}      - run: mvn -B deploy\n        env:\n          MAVEN_PASSWORD: \${{ secrets.CENTRAL_TOKEN }}\n`,
      ),
    });
    expect(stored!.auth).toBe('token');
    expect(stored!.reason).toContain('server `central` password: MAVEN_PASSWORD = the secret CENTRAL_TOKEN');
    const [job] = await deploys({
      '.github/workflows/r.yml': workflow(
        `      - uses: actions/setup-java@v5\n        with:\n          java-version: '21'\n      - run: ./mvnw deploy\n        env:\n          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}\n`,
      ),
    });
    expect(job!.auth).toBe('job-token');
    // The default GITHUB_TOKEN variable, not set by the workflow: the server sends nothing.
    const [unset] = await deploys({
      '.github/workflows/r.yml': workflow(`      - uses: actions/setup-java@v5\n      - run: mvn deploy\n`),
    });
    expect(unset!.auth).toBe('none-visible');
  });

  it('s4u/maven-settings-action: the servers JSON, and its github server only when GITHUB_TOKEN is set', async () => {
    const [stored] = await deploys({
      '.github/workflows/r.yml': workflow(
        `      - uses: s4u/maven-settings-action@v4.0.0\n        with:\n          servers: '[{"id": "ossrh", "username": "\${{ secrets.OSSRH_USER }}", "password": "\${{ secrets.OSSRH_TOKEN }}"}]'\n      - run: mvn -B deploy\n`,
      ),
    });
    expect(stored!.auth).toBe('token');
    expect(stored!.reason).toContain('server `ossrh` password: the secret OSSRH_TOKEN');
    const [mixed] = await deploys({
      '.github/workflows/r.yml': workflow(
        `      - uses: s4u/maven-settings-action@v4.0.0\n        with:\n          servers: '[{"id": "ossrh", "password": "\${{ secrets.OSSRH_TOKEN }}"}]'\n      - run: mvn -B deploy\n        env:\n          GITHUB_TOKEN: \${{ github.token }}\n`,
      ),
    });
    // Two servers, one stored and one the job's: which one the deploy uses is the pom's, not read.
    expect(mixed!.auth).toBe('unknown');
  });

  it('a committed settings file named by -s or .mvn/maven.config (GitLab ci_settings.xml)', async () => {
    const gitlab = `deploy:\n  image: maven:3.9\n  script:\n    - mvn deploy --batch-mode -s ci_settings.xml\n`;
    const [job] = await deploys({ '.gitlab-ci.yml': gitlab, 'ci_settings.xml': GITLAB_SETTINGS });
    expect(job!.auth).toBe('job-token');
    const deployToken = GITLAB_SETTINGS.replace('Job-Token', 'Deploy-Token').replace(
      'CI_JOB_TOKEN',
      'MAVEN_DEPLOY_TOKEN',
    );
    const [stored] = await deploys({
      '.gitlab-ci.yml': `deploy:\n  script:\n    - mvn deploy\n`,
      '.mvn/maven.config': '--batch-mode\n-s\nci_settings.xml\n',
      'ci_settings.xml': deployToken,
    });
    expect(stored!.auth).toBe('token');
    const [missing] = await deploys({ '.gitlab-ci.yml': gitlab });
    expect(missing!.auth).toBe('unknown');
    const [broken] = await deploys({ '.gitlab-ci.yml': gitlab, 'ci_settings.xml': '<settings><servers>' });
    expect(broken!.auth).toBe('unknown');
    expect(broken!.problems.join('\n')).toContain('ci_settings.xml');
    // Maven >= 3.9 reads .mvn/maven.config one argument per line: `-s ci_settings.xml` on one line
    // names \` ci_settings.xml\`; said so, not read as the file.
    const [oneLine] = await deploys({
      '.gitlab-ci.yml': `deploy:\n  script:\n    - mvn deploy\n`,
      '.mvn/maven.config': '# release settings\n-s ci_settings.xml\n',
      'ci_settings.xml': deployToken,
    });
    expect(oneLine!.auth).toBe('unknown');
  });

  it('leaves a deploy with no visible settings to the rule', async () => {
    const [bare] = await deploys({ '.github/workflows/r.yml': workflow(`      - run: mvn deploy\n`) });
    expect(bare!.auth).toBe('none-visible');
  });
});

/**
 * JReleaser's Maven deploy: `jreleaser deploy` and `jreleaser full-release` (which deploys, then
 * releases and announces) upload the staged Maven artifacts with each deployer's credentials, and
 * jreleaser/release-action runs `java -jar jreleaser-tool-provider.jar <arguments>` (default
 * `full-release`). A deployer's password comes from the configuration file or, when it is blank, from
 * the first environment variable set among `JRELEASER_DEPLOY_MAVEN_<TYPE>_<NAME>_PASSWORD`/`_TOKEN`,
 * `JRELEASER_DEPLOY_MAVEN_<TYPE>_PASSWORD`/`_TOKEN`, `JRELEASER_<TYPE>_<NAME>_PASSWORD`/`_TOKEN`,
 * `JRELEASER_<TYPE>_PASSWORD`/`_TOKEN` (types `mavenCentral`, `nexus2`, `nexus3`, `artifactory`,
 * `github`, `gitlab`, `gitea`, `forgejo`, `azure`; `Env.envKey` upper-cases and turns `.`/`-` into
 * `_`). `--dry-run` uploads nothing. Read at v1.25.0: MavenDeployersValidator.java, Env.java,
 * cli/Deploy.java and cli/FullRelease.java (`--dry-run`); the action at 21620dd9 (action.yml).
 * https://github.com/jreleaser/jreleaser/blob/v1.25.0/core/jreleaser-model-impl/src/main/java/org/jreleaser/model/internal/validation/deploy/maven/MavenDeployersValidator.java ·
 * https://github.com/jreleaser/jreleaser/blob/v1.25.0/api/jreleaser-utils/src/main/java/org/jreleaser/util/Env.java
 */
import type { ActionStep, CommandRule, CommandVerdict, PublishRoute, ShellCommand } from '@inert/core';
import { userProperty } from './maven-args.js';
import { jobToken } from './publish-auth.js';

const DEPLOYS = new Set(['deploy', 'full-release']);
const DEPLOYER_CREDENTIAL =
  /^JRELEASER_(?:DEPLOY_MAVEN_)?(?:MAVENCENTRAL|NEXUS2|NEXUS3|ARTIFACTORY|GITHUB|GITLAB|GITEA|FORGEJO|AZURE)(?:_\w+)?_(?:PASSWORD|TOKEN)$/;
/** Where each form keeps its configuration when no jreleaser.yml is read (jreleaser-config.ts reads that). */
const CONFIG_OF: Readonly<Record<string, string>> = {
  jreleaser: 'jreleaser.yml',
  'jreleaser/release-action': 'jreleaser.yml',
  mvn: 'pom.xml’s <jreleaser> configuration',
  gradle: 'the build script’s jreleaser { } block',
};

const isTrue = (v: string | undefined) => v?.trim().toLowerCase() === 'true';

/**
 * The verdict for a JReleaser `deploy`/`full-release` run by any form, or undefined in a dry run
 * (`JRELEASER_DRY_RUN`, which every form reads through `Env.resolve` when no option sets it).
 */
export function jreleaserVerdict(
  sub: string,
  env: Readonly<Record<string, string>>,
  what: string,
  form: keyof typeof CONFIG_OF,
): CommandVerdict | undefined {
  if (isTrue(env['JRELEASER_DRY_RUN'])) return undefined;
  // Which deployers run is the configuration's (read by jreleaser-config.ts when it is a file): a stored credential among them is named before the job's token.
  const candidates = Object.keys(env)
    .filter((k) => DEPLOYER_CREDENTIAL.test(k))
    .sort();
  const variable = candidates.find((k) => jobToken(env[k]!) === undefined) ?? candidates[0];
  return {
    action: 'publish',
    classification: 'unknown',
    reason: variable
      ? `${what} uploads Maven artifacts with the deployer credential in ${variable}`
      : `${what}; the deployer credential is not visible (${CONFIG_OF[form]}, a properties file or the runner’s environment)`,
    auth: variable ? 'token' : 'none-visible',
    ...(variable ? { credential: { from: 'env' as const, name: variable } } : {}),
  };
}

/** The verdict for JReleaser's arguments (`deploy`, `full-release`), or undefined when they upload nothing. */
function judge(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  what: 'jreleaser' | 'jreleaser/release-action',
): CommandVerdict | undefined {
  const sub = args.find((a) => !a.startsWith('-'));
  if (sub === undefined || !DEPLOYS.has(sub) || args.includes('--dry-run') || args.includes('--dry-run=true'))
    return undefined;
  return jreleaserVerdict(sub, env, `${what} ${sub}`, what);
}

export function jreleaserRule(cmd: ShellCommand): CommandVerdict | undefined {
  return judge(cmd.argv.slice(1), cmd.env, 'jreleaser');
}

export function jreleaserAction(step: ActionStep): CommandVerdict | undefined {
  const args = (step.with['arguments'] ?? 'full-release').split(/\s+/).filter(Boolean);
  return judge(args, step.env, 'jreleaser/release-action');
}

/** jreleaser-maven-plugin's goals by prefix or by coordinates (`org.jreleaser:jreleaser-maven-plugin:1.25.0:deploy`). */
const MAVEN_GOAL = /^(?:jreleaser|org\.jreleaser:jreleaser-maven-plugin(?::[^:\s]+)?):(deploy|full-release)$/;

/**
 * `mvn jreleaser:deploy`, `mvn jreleaser:full-release`: the same deploy (JReleaserDeployMojo,
 * JReleaserFullReleaseMojo), skipped by `-Djreleaser.skip`, `-Djreleaser.deploy.skip` /
 * `-Djreleaser.full.release.skip`, dry with `-Djreleaser.dry.run` (Maven's Boolean: `true` in any case).
 */
export function jreleaserMavenRule(cmd: ShellCommand): CommandVerdict | undefined {
  const args = cmd.argv.slice(1);
  const sub = args.map((a) => MAVEN_GOAL.exec(a)?.[1]).find((g) => g !== undefined);
  if (sub === undefined) return undefined;
  const skips = [
    'jreleaser.skip',
    'jreleaser.dry.run',
    sub === 'deploy' ? 'jreleaser.deploy.skip' : 'jreleaser.full.release.skip',
  ];
  if (skips.some((name) => isTrue(userProperty(args, name)))) return undefined;
  return jreleaserVerdict(sub, cmd.env, `mvn jreleaser:${sub}`, 'mvn');
}

const GRADLE_TASK = /^(?::?[\w.-]+:)*(jreleaserDeploy|jreleaserFullRelease)$/;

/**
 * `gradle jreleaserDeploy`, `jreleaserFullRelease` (JReleaserDeployTask, JReleaserFullReleaseTask):
 * the task option `--dryrun` or `-Djreleaser.dry.run=true` makes it dry; `-x task` excludes it.
 */
export function jreleaserGradleRule(cmd: ShellCommand): CommandVerdict | undefined {
  const args = cmd.argv.slice(1);
  const task = args
    .filter((a, i) => !a.startsWith('-') && args[i - 1] !== '-x' && args[i - 1] !== '--exclude-task')
    .map((a) => GRADLE_TASK.exec(a)?.[1])
    .find((t) => t !== undefined);
  if (task === undefined || args.includes('--dryrun') || args.includes('-Djreleaser.dry.run=true')) return undefined;
  return jreleaserVerdict(task === 'jreleaserDeploy' ? 'deploy' : 'full-release', cmd.env, `gradle ${task}`, 'gradle');
}

export const JRELEASER_ROUTE: PublishRoute = {
  registry: 'Maven Central, Nexus, Artifactory, GitHub/GitLab/Gitea/Forgejo/Azure Maven registries',
  client: 'JReleaser CLI, jreleaser/release-action, jreleaser-maven-plugin, org.jreleaser Gradle plugin',
  forms: [
    'jreleaser deploy',
    'jreleaser full-release',
    { uses: 'jreleaser/release-action', with: { arguments: 'full-release' } },
    'mvn -B jreleaser:deploy',
    './mvnw -Prelease org.jreleaser:jreleaser-maven-plugin:1.25.0:full-release',
    './gradlew jreleaserDeploy',
    './gradlew :lib:jreleaserFullRelease',
  ],
  notPublishing: [
    'jreleaser deploy --dry-run',
    'jreleaser config',
    'jreleaser assemble',
    'mvn jreleaser:deploy -Djreleaser.dry.run=true',
    'mvn jreleaser:full-release -Djreleaser.full.release.skip',
    'mvn jreleaser:assemble',
    './gradlew jreleaserDeploy --dryrun',
    './gradlew build -x jreleaserDeploy',
  ],
  credentials: [
    'a deployer `password` written in the configuration file the command reads (`-c`/`--config-file`, `-Djreleaser.config.file`, else `jreleaser.yml`/`.toml`/`.json` where it runs; for Maven, the jreleaser-maven-plugin `<configFile>` or `<jreleaser>` model of the POM the command builds, its `<build><plugins>` only; the Gradle `jreleaser { }` block is not read), for a deployer whose `active` is not `NEVER` (the default): a literal, committed with the checkout → token (JReleaser resolves no template or variable in it: it is sent as written); in a POM, `${env.X}` is the step’s X (a secret → token, the job’s GITHUB_TOKEN → job-token, unset → nothing) and another `${…}` undeterminable; a blank or absent one is read from the environment:',
    'the first of `JRELEASER_DEPLOY_MAVEN_<TYPE>_<NAME>_PASSWORD`/`_TOKEN`, `JRELEASER_DEPLOY_MAVEN_<TYPE>_PASSWORD`/`_TOKEN`, `JRELEASER_<TYPE>_<NAME>_PASSWORD`/`_TOKEN`, `JRELEASER_<TYPE>_PASSWORD`/`_TOKEN` in the step env (TYPE: MAVENCENTRAL, NEXUS2, NEXUS3, ARTIFACTORY, GITHUB, GITLAB, GITEA, FORGEJO, AZURE): from a secret → token, `${{ secrets.GITHUB_TOKEN }}` → job-token; none → none-visible (jreleaser.yml or the runner may hold it); `JRELEASER_DRY_RUN=true` in the step, `-Djreleaser.dry.run`, `-Djreleaser.skip`, `-Djreleaser.deploy.skip`/`-Djreleaser.full.release.skip` (Maven) or `--dryrun` (Gradle task option): no upload',
  ],
  sources: [
    {
      url: 'https://github.com/jreleaser/jreleaser/blob/v1.25.0/core/jreleaser-model-impl/src/main/java/org/jreleaser/model/internal/validation/deploy/maven/MavenDeployersValidator.java',
      holds:
        'JReleaser v1.25.0: a deployer’s blank password is read from the keys `deploy.maven.<type>.<name>.password`/`.token`, `deploy.maven.<type>.password`/`.token`, `<type>.<name>.password`/`.token`, `<type>.password`/`.token`; `Env.envKey` makes each `JRELEASER_` + upper case with `.`/`-` as `_` (Env.java); `deploy` and `full-release` take `--dry-run` (cli/Deploy.java, cli/FullRelease.java)',
    },
    {
      url: 'https://github.com/jreleaser/jreleaser/blob/v1.25.0/plugins/jreleaser-maven-plugin/src/main/java/org/jreleaser/maven/plugin/JReleaserDeployMojo.java',
      holds:
        'JReleaser v1.25.0 Maven plugin: goals `deploy` and `full-release` (JReleaserFullReleaseMojo) run the same deploy workflow; `jreleaser.skip`, `jreleaser.deploy.skip`, `jreleaser.full.release.skip` skip them, `jreleaser.dry.run` makes them dry, `jreleaser.config.file` names a YAML/TOML/JSON file (else the POM’s `<jreleaser>` model; AbstractJReleaserMojo.java); the Gradle plugin’s `jreleaserDeploy`/`jreleaserFullRelease` tasks take `--dryrun` (AbstractJReleaserTask.groovy); every form’s dry run defaults to `JRELEASER_DRY_RUN` (`Env.resolve`)',
    },
    {
      url: 'https://github.com/jreleaser/jreleaser/blob/v1.25.0/core/jreleaser-model-impl/src/main/java/org/jreleaser/model/internal/validation/common/Validator.java',
      holds:
        'JReleaser v1.25.0: `checkProperty` returns a non-blank configured value as it is (a deployer password is never templated: AbstractMavenDeployer resolves templates only in its url) and reads the environment only for a blank one; a deployer is active only when its `active` says so (default `NEVER`, MavenDeployersValidator); the CLI reads `-c`/`--config-file` or `jreleaser.yml`, `jreleaser.toml`, `jreleaser.json` in its directory (AbstractModelCommand.java)',
    },
    {
      url: 'https://github.com/jreleaser/release-action/blob/21620dd981ead1dbacdd86ba041c0bc6ed393ae9/action.yml',
      holds:
        'jreleaser/release-action (21620dd9): runs `java -jar jreleaser-tool-provider-<version>.jar <arguments>`, `arguments` defaulting to `full-release`; credentials come from the step’s `JRELEASER_*` env',
    },
  ],
};

export const jreleaserRules: readonly CommandRule[] = [
  {
    ecosystem: 'ci',
    programs: ['jreleaser'],
    classify: jreleaserRule,
    actions: ['jreleaser/release-action'],
    classifyAction: jreleaserAction,
    publishes: [JRELEASER_ROUTE],
  },
  { ecosystem: 'ci', programs: ['mvn', 'mvnw'], classify: jreleaserMavenRule },
  { ecosystem: 'ci', programs: ['gradle', 'gradlew', 'gradlew.bat'], classify: jreleaserGradleRule },
];

/** How gradle commands in CI treat locks and verification, and how they publish. https://docs.gradle.org/current/userguide/dependency_locking.html */
import type { CommandRule, CommandVerdict, ShellCommand } from '@inert/core';

// `publish`, `publishAllPublicationsToXRepository`, `publishToMavenCentral`, `publishPlugins` … (maven-publish
// names its tasks `publish<Publication>PublicationTo<Repository>Repository`); `uploadArchives` before Gradle 7.
const PUBLISH = /^(?:publish\w*|uploadArchives)$/;
// `publishToMavenLocal` and `publish<Publication>PublicationToMavenLocal` only copy into ~/.m2: nothing leaves the machine;
// nor does `…ToMavenLocalRepository`, the task of a `mavenLocal()` repository declared under `publishing.repositories`.
// https://docs.gradle.org/current/userguide/publishing_maven.html#publishing_maven:tasks
const LOCAL_ONLY = /ToMavenLocal(?:Repository)?$/;
const SECRET_ENV =
  /^(?:ORG_GRADLE_PROJECT_\w*(?:password|token|key|secret)\w*|GRADLE_PUBLISH_(?:KEY|SECRET)|OSSRH_\w+|SONATYPE_\w+|MAVEN_\w*(?:PASSWORD|TOKEN))$/i;

/** `--dependency-verification=m`, `--dependency-verification m`, `-F m`, `-Dorg.gradle.dependency.verification=m`. */
function verificationMode(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = /^(?:--dependency-verification|-F|-Dorg\.gradle\.dependency\.verification)=(.*)$/.exec(a);
    if (eq) return eq[1]!.toLowerCase();
    if (a === '--dependency-verification' || a === '-F') return args[i + 1]?.toLowerCase();
  }
  return undefined;
}

function gradle(c: ShellCommand): CommandVerdict | undefined {
  const args = c.argv.slice(1);
  const tasks = args.filter((a) => !a.startsWith('-'));
  if (args.includes('--write-locks') || args.includes('--update-locks'))
    return {
      action: 'install',
      classification: 'lax',
      reason: 'gradle --write-locks re-resolves and rewrites the lockfiles',
    };
  const mode = verificationMode(args);
  if (mode === 'off' || mode === 'lenient')
    return { action: 'build', classification: 'lax', reason: `dependency verification is ${mode} for this build` };
  if (args.includes('--write-verification-metadata'))
    return {
      action: 'install',
      classification: 'lax',
      reason: '--write-verification-metadata trusts and records whatever the repositories serve now',
    };
  if (
    tasks.some((t) => {
      const task = t.split(':').pop() ?? '';
      return PUBLISH.test(task) && !LOCAL_ONLY.test(task);
    })
  ) {
    const secret = Object.entries(c.env).some(([k, v]) => SECRET_ENV.test(k) && /secrets\./.test(v));
    return {
      action: 'publish',
      classification: 'strict',
      reason: secret ? 'publishes with repository credentials from stored secrets' : 'no stored credential visible',
      auth: secret ? 'token' : c.idToken ? 'oidc' : 'none-visible',
    };
  }
  return undefined;
}

// Maven: the `deploy` lifecycle phase (and the deploy, Central Portal and Nexus staging plugin goals
// called directly) uploads to the repository of `distributionManagement` or the plugin's server.
// https://maven.apache.org/plugins/maven-deploy-plugin/ · https://central.sonatype.org/publish/publish-portal-maven/
const MAVEN_DEPLOY = /^(?:deploy|deploy:deploy(?:-file)?|central-publishing:publish|nexus-staging:(?:deploy|release))$/;
const MAVEN_SKIP = /^-D(?:maven\.deploy\.skip|skipPublishing|skipNexusStagingDeployMojo)(?:=true)?$/;
// setup-java writes a settings.xml whose server reads these variables (its `server-username`/`server-password`
// inputs default to MAVEN_USERNAME/MAVEN_PASSWORD); projects also use OSSRH_*, SONATYPE_* and CENTRAL_* names.
const MAVEN_SECRET_ENV =
  /^(?:MAVEN_\w*(?:PASSWORD|TOKEN|USERNAME)|OSSRH_\w+|SONATYPE_\w+|CENTRAL_\w*(?:TOKEN|PASSWORD|USERNAME))$/i;

function maven(c: ShellCommand): CommandVerdict | undefined {
  const args = c.argv.slice(1);
  if (args.some((a) => MAVEN_SKIP.test(a))) return undefined;
  if (!args.some((a) => !a.startsWith('-') && MAVEN_DEPLOY.test(a))) return undefined;
  const secret = Object.entries(c.env).some(([k, v]) => MAVEN_SECRET_ENV.test(k) && /secrets\./.test(v));
  return {
    action: 'publish',
    classification: 'strict',
    reason: secret
      ? 'mvn deploy with repository credentials from stored secrets'
      : 'mvn deploy; no stored credential visible',
    auth: secret ? 'token' : 'none-visible',
  };
}

export const commands: readonly CommandRule[] = [
  {
    ecosystem: 'gradle',
    programs: ['gradle', 'gradlew', 'gradlew.bat'],
    classify: gradle,
    publishes: [
      {
        registry: 'Maven Central, GitHub Packages, any Maven repository',
        client: 'Gradle (maven-publish and plugins)',
        forms: [
          './gradlew publish',
          './gradlew publishToMavenCentral',
          'gradle publishAllPublicationsToSonatypeRepository',
          './gradlew :lib:publishPlugins',
        ],
        notPublishing: [
          './gradlew publishToMavenLocal',
          './gradlew publishAllPublicationsToMavenLocalRepository',
          './gradlew build',
        ],
        credentials: [
          '`ORG_GRADLE_PROJECT_*password|token|key|secret*`, `OSSRH_*`, `SONATYPE_*`, `MAVEN_*PASSWORD|TOKEN`, `GRADLE_PUBLISH_KEY|SECRET` from a secret: token',
        ],
        sources: [
          {
            url: 'https://docs.gradle.org/current/userguide/publishing_maven.html#publishing_maven:tasks',
            holds: 'Gradle 8: `publish<Pub>PublicationTo<Repo>Repository`, `publishToMavenLocal` copies to ~/.m2 only',
          },
          {
            url: 'https://docs.gradle.org/current/userguide/build_environment.html#setting_a_project_property',
            holds: 'Gradle 8: `ORG_GRADLE_PROJECT_<name>` sets project properties (credentials)',
          },
        ],
      },
    ],
  },
  {
    ecosystem: 'gradle',
    programs: ['mvn', 'mvnw', 'mvnw.cmd'],
    classify: maven,
    publishes: [
      {
        registry: 'Maven Central, GitHub Packages, any Maven repository',
        client: 'Maven (deploy phase, Central Portal and Nexus staging plugins)',
        forms: [
          'mvn -B deploy',
          './mvnw --batch-mode clean deploy -P release',
          'mvn central-publishing:publish',
          'mvn nexus-staging:release',
        ],
        notPublishing: ['mvn -B verify', 'mvn install', 'mvn deploy -Dmaven.deploy.skip=true'],
        credentials: [
          '`MAVEN_*PASSWORD|TOKEN|USERNAME` (setup-java `server-username`/`server-password` defaults), `OSSRH_*`, `SONATYPE_*`, `CENTRAL_*TOKEN|PASSWORD|USERNAME` from a secret: token',
        ],
        sources: [
          {
            url: 'https://maven.apache.org/plugins/maven-deploy-plugin/',
            holds:
              'maven-deploy-plugin 3.x: the `deploy` phase uploads to `distributionManagement`; `maven.deploy.skip` skips it',
          },
          {
            url: 'https://central.sonatype.org/publish/publish-portal-maven/',
            holds:
              'central-publishing-maven-plugin: `central-publishing:publish` uploads to the Central Portal with a user token',
          },
          {
            url: 'https://github.com/actions/setup-java#publishing-using-apache-maven',
            holds: 'setup-java v4: `server-username`/`server-password` default to `MAVEN_USERNAME`/`MAVEN_PASSWORD`',
          },
        ],
      },
    ],
  },
];

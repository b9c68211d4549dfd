/** How gradle commands in CI treat locks and verification, and how they publish. https://docs.gradle.org/current/userguide/dependency_locking.html */
import type { CommandContext, CommandRule, CommandVerdict, ShellCommand } from '@inert/core';
import { gradleContextOf } from './command-context.js';
import { declaredCredentialVerdict } from './publish-auth.js';

// `publish`, `publishAllPublicationsToXRepository`, `publishToMavenCentral`, `publishPlugins` … (maven-publish
// names its tasks `publish<Publication>PublicationTo<Repository>Repository`); `uploadArchives` before Gradle 7.
const PUBLISH = /^(?:publish\w*|uploadArchives)$/;
// `publishToMavenLocal` and `publish<Publication>PublicationToMavenLocal` only copy into ~/.m2: nothing leaves the machine;
// nor does `…ToMavenLocalRepository`, the task of a `mavenLocal()` repository declared under `publishing.repositories`.
// https://docs.gradle.org/current/userguide/publishing_maven.html#publishing_maven:tasks
const LOCAL_ONLY = /ToMavenLocal(?:Repository)?$/;
const SECRET_ENV =
  /^(?:ORG_GRADLE_PROJECT_\w*(?:password|token|key|secret)\w*|GRADLE_PUBLISH_(?:KEY|SECRET)|OSSRH_\w+|SONATYPE_\w+|MAVEN_\w*(?:PASSWORD|TOKEN)|GITHUB_TOKEN|GH_TOKEN)$/i;

// A signing key (`signingInMemoryKey`, `ZCASH_ASCII_GPG_KEY`, `SIGNING_PASSWORD`) signs the artifacts;
// it does not authenticate the upload, so it never names the publish credential (a release step
// usually sets both: Electric-Coin-Company/kotlin-bip39's deploy-release.yml).
const SIGNING_ENV = /gpg|pgp|signing/i;

/** The first credential variable whose value comes from a secret (the CI reader tells the job's GITHUB_TOKEN from a stored one). */
function secretVariable(env: Readonly<Record<string, string>>, names: RegExp): string | undefined {
  return Object.keys(env).find(
    (k) => names.test(k) && !SIGNING_ENV.test(k) && /secrets\.|github\.token/.test(env[k] ?? ''),
  );
}

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

function gradle(c: ShellCommand, context?: CommandContext): CommandVerdict | undefined {
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
    const declared = gradleContextOf(context);
    const fromBuild = declared && declaredCredentialVerdict(c, declared);
    const secret = secretVariable(c.env, SECRET_ENV);
    // A credential the build computes is undeterminable, unless a known credential variable is in the step.
    if (fromBuild && !(fromBuild.undeterminable && secret)) return fromBuild;
    return {
      action: 'publish',
      classification: 'strict',
      reason: secret ? `publishes with repository credentials from ${secret}` : 'no stored credential visible',
      auth: secret ? 'token' : c.idToken ? 'oidc' : 'none-visible',
      ...(secret ? { credential: { from: 'env' as const, name: secret } } : {}),
    };
  }
  return undefined;
}

// Maven: the `deploy` lifecycle phase (and the deploy, Central Portal and Nexus staging plugin goals
// called directly) uploads to the repository of `distributionManagement` or the plugin's server.
// https://maven.apache.org/plugins/maven-deploy-plugin/ · https://central.sonatype.org/publish/publish-portal-maven/
const MAVEN_DEPLOY = /^(?:deploy|deploy:deploy(?:-file)?|central-publishing:publish|nexus-staging:(?:deploy|release))$/;
const MAVEN_SKIP = /^(?:maven\.deploy\.skip|skipPublishing|skipNexusStagingDeployMojo)(?:=true)?$/;

/** A user property that skips the upload, set as Maven's commons-cli reads `-D`: `-Dx`, `-D x`, `--define x`, `--define=x`. */
function skipsUpload(args: readonly string[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const property =
      a === '-D' || a === '--define'
        ? args[++i]
        : a.startsWith('--define=')
          ? a.slice('--define='.length)
          : a.startsWith('-D')
            ? a.slice(2)
            : undefined;
    if (property !== undefined && MAVEN_SKIP.test(property)) return true;
  }
  return false;
}
// setup-java writes a settings.xml whose server reads a password variable (its `server-password` input, GITHUB_TOKEN
// unless set; MAVEN_PASSWORD in its Maven Central example); projects also use OSSRH_*, SONATYPE_* and CENTRAL_* names.
const MAVEN_SECRET_ENV =
  /^(?:MAVEN_\w*(?:PASSWORD|TOKEN)|OSSRH_\w+|SONATYPE_\w+|CENTRAL_\w*(?:TOKEN|PASSWORD)|GITHUB_TOKEN)$/i;

function maven(c: ShellCommand): CommandVerdict | undefined {
  const args = c.argv.slice(1);
  if (skipsUpload(args)) return undefined;
  if (!args.some((a) => !a.startsWith('-') && MAVEN_DEPLOY.test(a))) return undefined;
  const secret = secretVariable(c.env, MAVEN_SECRET_ENV);
  return {
    action: 'publish',
    classification: 'strict',
    reason: secret
      ? `mvn deploy with repository credentials from ${secret}`
      : 'mvn deploy; no stored credential visible',
    auth: secret ? 'token' : 'none-visible',
    ...(secret ? { credential: { from: 'env' as const, name: secret } } : {}),
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
          'the credential the build script declares for its `publishing { repositories { maven { … } } }` (read from the syntax tree of build.gradle(.kts) in the directory the command runs in and, when a settings script there makes it a multi-project build, of the projects its `include(…)` list names — literal paths, a Groovy `[…]` list or its spread `include(*[…])` (a spread of anything else is computed), Kotlin `listOf(…)`/`setOf(…)`/`*arrayOf(…)`/`*listOf(…).toTypedArray()`: `:a:b` is `a/b` and includes `:a`, `includeFlat` sits beside the build, `project(":a").projectDir = file("x")` moves one; a directory below that no include names is not a project and its credentials do not count; a computed include (a loop over directories, said so with the loop’s line; a template; a list held in a variable) or a settings script the grammar cannot read: a credential the job supplies in a project it may include is undeterminable, with the settings line): `credentials { password = … }` or `credentials(HttpHeaderCredentials) { name = "Job-Token"; value = … }` reading `System.getenv("X")`, `providers.environmentVariable("X")`, `findProperty("x")`/`property("x")`/`providers.gradleProperty("x")` (supplied by `ORG_GRADLE_PROJECT_x`, `-Px=` or gradle.properties), `credentials(PasswordCredentials)` (`<name>Password`), the project property `mavenCentralPassword` when a script applies com.vanniktech.maven.publish(.base) (by id, `apply plugin:` or a version-catalog alias; its `signingInMemoryKey*` properties only sign), io.github.gradle-nexus.publish-plugin’s repositories: the root project property `<name>Password` of each repository its `nexusPublishing { repositories { … } }` declares (`sonatype()`, `create("x")`/`register("x")`, Groovy `x { … }`), or the `password.set(…)`/`password = …` its block writes (a value that may be null — `set(null)`, `System.getenv`/`findProperty` — falls back to `<name>Password` when null; an unset provider does not), `sonatypePassword` when a script applies the plugin and declares none, com.gradleup.nmcp’s `centralPortal { password = … }` (under `nmcpAggregation`, `nmcpSettings` in the settings script, or `nmcp`; the plugin reads no property of its own), the first an elvis (`?:`) finds set: `CI_JOB_TOKEN` on GitLab (predefined) or `GITHUB_TOKEN` from `${{ secrets.GITHUB_TOKEN }}`: job-token; from a secret, a GitLab CI/CD variable, gradle.properties or a literal: token; computed: undeterminable',
          'when the job supplies none of them: `ORG_GRADLE_PROJECT_*password|token|key|secret*`, `OSSRH_*`, `SONATYPE_*`, `MAVEN_*PASSWORD|TOKEN`, `GRADLE_PUBLISH_KEY|SECRET` from a secret: token; `GITHUB_TOKEN`/`GH_TOKEN` or one of them from `${{ secrets.GITHUB_TOKEN }}` (GitHub Packages maven.pkg.github.com): job-token',
        ],
        sources: [
          {
            url: 'https://docs.gradle.org/current/userguide/publishing_maven.html#publishing_maven:tasks',
            holds: 'Gradle 8: `publish<Pub>PublicationTo<Repo>Repository`, `publishToMavenLocal` copies to ~/.m2 only',
          },
          {
            url: 'https://github.com/vanniktech/gradle-maven-publish-plugin/blob/0.37.0/plugin/src/main/kotlin/com/vanniktech/maven/publish/MavenPublishBaseExtension.kt',
            holds:
              'gradle-maven-publish-plugin 0.37.0 (7017e3d3; the property since 0.18.0): `publishToMavenCentral()` uploads with the project properties `mavenCentralUsername`/`mavenCentralPassword` (and a `mavenCentral` repository with `PasswordCredentials` for snapshots); `signingInMemoryKey`, `signingInMemoryKeyId`, `signingInMemoryKeyPassword` configure signing only',
          },
          {
            url: 'https://github.com/gradle-nexus/publish-plugin/blob/v2.0.0/src/main/kotlin/io/github/gradlenexus/publishplugin/NexusPublishPlugin.kt',
            holds:
              'io.github.gradle-nexus.publish-plugin v2.0.0 (c550fe9a): each `nexusPublishing` repository’s username and password default to the root project’s properties `<name>Username`/`<name>Password` (`rootProject.findProperty`); `sonatype()` creates the repository named `sonatype` (DefaultNexusRepositoryContainer.kt), so `sonatypePassword` (`-P`, `ORG_GRADLE_PROJECT_sonatypePassword`, gradle.properties); the container is a `NamedDomainObjectContainer` (`create("x")`, `register("x")`, Groovy `x { }` through its configure delegate: `xPassword`); `publishToSonatype` (`publishTo<Name>`) uploads',
          },
          {
            url: 'https://docs.gradle.org/current/javadoc/org/gradle/api/provider/Property.html#set(T)',
            holds:
              'Gradle (the javadoc of `Property.set(T)` in gradle/gradle’s Property.java): `null` discards the value and the convention applies; `set(Provider)` with no value leaves the property without one, regardless of the convention (so a gradle-nexus repository’s `password.set(null)` sends `<name>Password`)',
          },
          {
            url: 'https://github.com/GradleUp/nmcp/blob/v1.6.1/nmcp/src/main/kotlin/nmcp/CentralPortalOptions.kt',
            holds:
              'com.gradleup.nmcp v1.6.1: `centralPortal { username; password }` are plain `Property<String>`s with no convention (the plugin reads no project property or environment variable for them); `toBearerToken(username, password)` (nmcp-tasks portal.kt) authenticates `publishAggregationToCentralPortal` and the snapshot uploads; configured under `nmcpAggregation { }` or, with `com.gradleup.nmcp.settings`, `nmcpSettings { }`',
          },
          {
            url: 'https://docs.gradle.org/current/kotlin-dsl/gradle/org.gradle.api.initialization/-settings/include.html',
            holds:
              'Gradle 8: `include("a:b")` adds project `:a:b` in `$rootDir/a/b` and `:a` in `$rootDir/a`; `projectDir` can be changed after the include; the root project is always included',
          },
          {
            url: 'https://docs.gradle.org/current/javadoc/org/gradle/api/initialization/Settings.html#include(java.lang.Iterable)',
            holds:
              "Gradle >= 7.4: `Settings.include(Iterable<String>)` (`@since 7.4` in Settings.java) takes a list (`include(listOf(\":a\"))`, Groovy `include(['a'])`); `include(String...)` takes Kotlin’s spread `*arrayOf(…)`; Settings’ own example includes `file('subprojects').eachDir { include dir.name }`, a list only the running build knows",
          },
          {
            url: 'https://docs.gradle.org/current/userguide/build_environment.html#setting_a_project_property',
            holds: 'Gradle 8: `ORG_GRADLE_PROJECT_<name>` sets project properties (credentials)',
          },
          {
            url: 'https://docs.gradle.org/current/userguide/declaring_repositories.html#sec:handling_credentials',
            holds:
              'Gradle 8: `credentials(PasswordCredentials)` reads the `<name>Username`/`<name>Password` properties; `HttpHeaderCredentials` sends a header',
          },
          {
            url: 'https://docs.gitlab.com/user/packages/maven_repository/',
            holds:
              'GitLab 18: Gradle publishes from CI with `credentials(HttpHeaderCredentials) { name = "Job-Token"; value = System.getenv("CI_JOB_TOKEN") }` and `header(HttpHeaderAuthentication)`',
          },
          {
            url: 'https://docs.github.com/en/actions/tutorials/publish-packages/publish-java-packages-with-gradle',
            holds:
              'GitHub Actions, as of 2026: GitHub Packages publishes with `password = System.getenv("GITHUB_TOKEN")` and the step’s `GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}`',
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
          'the settings.xml the deploy runs with (CI plugin): a committed file named by `-s`/`--settings` (also `-s=x`, `-sx`, `--settings=x`, read as Maven 3.9’s commons-cli GnuParser reads them; on the line, through a variable the file sets, or in `.mvn/maven.config`, whose `-s` the command line’s overrides), else the one an earlier step of the job wrote: actions/setup-java (one server, password `${env.<server-password>}`, `GITHUB_TOKEN` unless set), s4u/maven-settings-action (its `servers` JSON, plus a `github` server reading `GITHUB_TOKEN` unless `githubServer: false`). Each server’s `<password>` or HTTP header (`Job-Token`, `Deploy-Token`, `Private-Token`) is looked up: `${env.X}`/`${X}` with X from a secret, a secret written into the file, a literal or encrypted password, a GitLab CI/CD variable not set in the file: token; `${{ secrets.GITHUB_TOKEN }}`/`${{ github.token }}` or GitLab’s `CI_JOB_TOKEN`: job-token; a variable the workflow does not set sends nothing; a settings file outside the checkout, named by a variable or invalid: undeterminable. Which server the deploy uses is read from the checked-out pom.xml (or `-f`’s): central-publishing-maven-plugin’s `publishingServerId` (default `central`) or nexus-staging-maven-plugin’s `serverId` when the POM’s build (or a selected profile) has one, else `<distributionManagement>`’s `<repository>` id (a `-SNAPSHOT` version: `<snapshotRepository>`; a version from a property: both), a profile’s when `-P` (or `.mvn/maven.config`) selects it, a parent POM’s in the checkout (at `<relativePath>`, default `../pom.xml`, when that file is the `<parent>`: groupId (its own parent’s when unset), artifactId and version equal as written; a property or a version range that decides it: undeterminable) when the child sets none, or `-DaltDeploymentRepository=id::url`; a multi-module build deploys every module of the reactor (the POM’s `<modules>`, recursively, and those of a profile `-P` selects or that has its own `<activation>`; `-N` the POM alone; `-pl` selects by path or `[groupId]:artifactId`, `!` excludes; `-am`/`-amd`: the whole reactor), each to its own `<distributionManagement>` unless maven-deploy-plugin’s `skip` is on for it (a `<skip>` in the plugin’s or its `default-deploy` execution’s `<configuration>`, in `<plugins>` or `<pluginManagement>`, inherited, a selected profile’s; else `maven.deploy.skip` from a `-D`, the POMs’ or a selected profile’s `<properties>`; `${name}` from a `-D` or the POMs’ properties, one no POM defines: undeterminable), so every server id they deploy to is looked up and a stored token among them is the deploy’s credential (a module the checkout does not settle, a module named by a property, over 1,000 modules or 16 levels: undeterminable); a server the settings lack sends nothing (none-visible); servers that disagree when the id is not settled — a parent POM outside the checkout, an id set by a property, a profile with its own `<activation>` — are undeterminable with that reason',
          'no settings visible: `MAVEN_*PASSWORD|TOKEN`, `OSSRH_*`, `SONATYPE_*`, `CENTRAL_*TOKEN|PASSWORD` from a secret in the step: token; `GITHUB_TOKEN` from `${{ secrets.GITHUB_TOKEN }}`: job-token',
        ],
        sources: [
          {
            url: 'https://maven.apache.org/plugins/maven-deploy-plugin/',
            holds:
              'maven-deploy-plugin 3.x: the `deploy` phase uploads to `distributionManagement`; `maven.deploy.skip` skips it',
          },
          {
            url: 'https://maven.apache.org/pom.html#Distribution_Management',
            holds:
              'Maven 3.9 POM reference: `<distributionManagement>` has a `<repository>` and a `<snapshotRepository>` (used for `-SNAPSHOT` versions), each with an `<id>` that names the settings.xml `<server>` holding its credentials; profiles can override it and a child POM inherits its parent’s (`<relativePath>`, default `../pom.xml`)',
          },
          {
            url: 'https://github.com/apache/maven/blob/maven-3.9.9/maven-model-builder/src/main/java/org/apache/maven/model/building/DefaultModelBuilder.java',
            holds:
              "Maven 3.9.9 `DefaultModelBuilder.readParentLocally`: the raw POM at `<relativePath>` (`getParentPomFile`; an empty one is skipped) is the parent only when its groupId (its own parent’s when unset) and artifactId equal the child’s `<parent>` ones, else a warning (“'parent.relativePath' … points at … instead of …”) and the parent comes from a repository; a version (its parent’s when unset) that differs from a `<parent>` version that is not a range goes to the repository too. maven-core 3.9.9 sets no workspace model resolver, so the file is what counts",
          },
          {
            url: 'https://github.com/apache/maven-deploy-plugin/blob/maven-deploy-plugin-3.1.4/src/main/java/org/apache/maven/plugins/deploy/DeployMojo.java',
            holds:
              'maven-deploy-plugin 3.1.4 `DeployMojo`: runs once per module of the reactor and uploads to that project’s `getDistributionManagementArtifactRepository()` (its own `<distributionManagement>`, inherited unless overridden) unless an `alt*DeploymentRepository` is given; `skip` (`maven.deploy.skip`) is `true`, or `releases`/`snapshots` for that kind of version',
          },
          {
            url: 'https://github.com/apache/maven/blob/maven-3.9.16/maven-core/src/main/java/org/apache/maven/lifecycle/internal/DefaultLifecycleExecutionPlanCalculator.java',
            holds:
              'Maven 3.9.16: `finalizeMojoConfiguration` merges the POM’s `<configuration>` over the mojo’s defaults (`${maven.deploy.skip}` is only the default of `skip`; an empty element takes it); the `deploy` phase runs the execution `default-deploy` (`DefaultLifecyclePluginAnalyzer.getExecutionId`), configured by `<pluginManagement>` too (`DefaultLifecycleBindingsInjector`); `${x}` in a POM reads user (`-D`) properties before the model’s (`AbstractStringBasedModelInterpolator.createValueSources`)',
          },
          {
            url: 'https://maven.apache.org/pom.html#Aggregation',
            holds:
              'Maven 3.9 POM reference: an aggregator (packaging `pom`) lists `<modules>` (directories, or POM files, relative to it); a `<profile>` can list modules too; the reactor builds them all',
          },
          {
            url: 'https://maven.apache.org/ref/3.9.9/maven-embedder/cli.html',
            holds:
              'Maven 3.9.9 command line: `-pl`/`--projects` selects reactor projects by `[groupId]:artifactId` or relative path (`!`/`-` excludes), `-am`/`--also-make` and `-amd`/`--also-make-dependents` add the ones they depend on or that depend on them, `-N`/`--non-recursive` builds only the POM named',
          },
          {
            url: 'https://github.com/apache/maven/blob/maven-3.9.16/maven-embedder/src/main/java/org/apache/maven/cli/CLIManager.java',
            holds:
              'Maven 3.9.16 `CLIManager.parse` uses commons-cli 1.11.0’s `GnuParser`: a word whose name (without one `-`/`--`) is an option is that option, else `name=value` (`-s=x`, `--settings=x`), else its first two characters (`-sx`); a repeated single-valued option keeps its first value (`MavenCli.cliMerge`: the command line’s options before `.mvn/maven.config`’s, read one argument per line)',
          },
          {
            url: 'https://maven.apache.org/plugins/maven-deploy-plugin/deploy-mojo.html',
            holds:
              'maven-deploy-plugin 3.x: `altDeploymentRepository` (`id::url`; 2.x `id::layout::url`), `altReleaseDeploymentRepository`, `altSnapshotDeploymentRepository` replace `<distributionManagement>`; the id picks the credentials from settings.xml',
          },
          {
            url: 'https://maven.apache.org/guides/introduction/introduction-to-profiles.html',
            holds:
              'Maven 3.9: `-P a,b` activates profiles, `-P !a` (or `-a`) deactivates one; a profile with `<activation>` (JDK, OS, property, file, activeByDefault) can be active without `-P`',
          },
          {
            url: 'https://central.sonatype.org/publish/publish-portal-maven/',
            holds:
              'central-publishing-maven-plugin 0.8: `central-publishing:publish` uploads to the Central Portal with a user token; with `<extensions>true</extensions>` it takes over `deploy`, reading the settings.xml server its `publishingServerId` names (`central` in the documented setup)',
          },
          {
            url: 'https://github.com/actions/setup-java/blob/v5.7.0/action.yml',
            holds:
              'setup-java v5.7.0 (b6effb05): inputs `server-id` (default `github`), `server-username`/`server-password` name the variables (default `GITHUB_ACTOR`/`GITHUB_TOKEN`); `settings-path` moves the file; `overwrite-settings` (default true)',
          },
          {
            url: 'https://github.com/actions/setup-java/blob/v5.7.0/src/auth.ts',
            holds:
              'setup-java v5.7.0: `configureAuthentication` always writes `settings.xml` with one server whose password is `${env.<server-password>}` (and a `gpg.passphrase` server when a key is given)',
          },
          {
            url: 'https://github.com/s4u/maven-settings-action/blob/v4.0.0/settings.js',
            holds:
              's4u/maven-settings-action v4.0.0 (894661b3): `servers` JSON (id, username, password) written into `~/.m2/settings.xml` (or `path`); `githubServer` (default true) adds server `github` with `${env.GITHUB_TOKEN}`',
          },
          {
            url: 'https://maven.apache.org/settings.html#servers',
            holds:
              'Maven 3.9 settings reference: `<servers>` with `<password>` or `<configuration><httpHeaders>`; `${env.X}` reads an environment variable; `-s`/`--settings` names the user settings file',
          },
          {
            url: 'https://github.com/apache/maven/blob/maven-3.9.9/maven-settings-builder/src/main/java/org/apache/maven/settings/building/DefaultSettingsBuilder.java',
            holds:
              'Maven 3.9.9 `DefaultSettingsBuilder.interpolate`: user and system properties, then plexus-interpolation’s `EnvarBasedValueSource`, which strips an `env.` prefix: `${env.X}` and a bare `${X}` (GitLab’s `${CI_JOB_TOKEN}`) both read environment variable X unless a `-D` property has that name',
          },
          {
            url: 'https://docs.gitlab.com/user/packages/maven_repository/',
            holds:
              'GitLab 18: `ci_settings.xml` with a `Job-Token` header of `${CI_JOB_TOKEN}` (or `Deploy-Token`, `Private-Token`), `mvn deploy --settings ci_settings.xml`',
          },
          {
            url: 'https://maven.apache.org/configure.html',
            holds: 'Maven >= 3.3.1: `.mvn/maven.config` holds command-line options for the project (`-s`)',
          },
        ],
      },
    ],
  },
];

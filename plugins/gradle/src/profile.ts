/** What Gradle and Maven repositories do by design, with sources. https://docs.gradle.org/current/userguide/dependency_verification.html */
import type { EcosystemProfile } from '@inert/core';

const CENTRAL = 'Maven Central, as of 2026';
const EVERY = 'every gradle version';

export const profile: EcosystemProfile = {
  'install-time-execution': [
    {
      fact: 'Resolving dependencies runs no code from them; applied plugins and buildscript classpath dependencies run inside the build JVM with the user\u2019s privileges.',
      source: 'https://docs.gradle.org/current/userguide/plugins.html',
      versions: EVERY,
      unverified: 'Gradle\u2019s docs say applying a plugin executes its code; that resolution alone runs none, and that there is no sandbox, is inferred rather than stated.',
    },
  ],
  'pre-install-execution': [
    {
      fact: 'Every Gradle build invocation, `help` and `dependencies` included, runs init scripts, evaluates settings and build scripts (Groovy or Kotlin programs) and compiles buildSrc before any task runs; only a Configuration Cache hit (opt-in) skips the configuration phase.',
      source: 'https://docs.gradle.org/current/userguide/build_lifecycle.html',
      versions: `${EVERY} (Configuration Cache not enabled by default, as of 9.x)`,
    },
  ],
  'lockfile-integrity': [
    {
      fact: 'Dependency verification (gradle/verification-metadata.xml) checks checksums and optionally PGP signatures of every artifact and plugin, strictly by default once the file exists; without the file nothing is verified.',
      source: 'https://docs.gradle.org/current/userguide/dependency_verification.html',
      versions: 'gradle >= 6.2',
      applies: { client: 'gradle', since: '6.2' },
    },
    {
      fact: 'Dependency locking pins resolved versions in lockfiles (gradle.lockfile), not content hashes.',
      source: 'https://docs.gradle.org/current/userguide/dependency_locking.html',
      versions: 'gradle >= 4.8',
      applies: { client: 'gradle', since: '4.8' },
    },
    {
      fact: 'The wrapper verifies the downloaded distribution only when gradle-wrapper.properties sets distributionSha256Sum.',
      source: 'https://docs.gradle.org/current/userguide/gradle_wrapper.html#sec:verification',
      versions: 'gradle >= 4.5 (the wrapper that reads the file)',
      applies: { client: 'gradle', since: '4.5' },
    },
  ],
  'name-identity': [
    {
      fact: 'Maven coordinates are group:artifact:version; a group on Maven Central is tied to a verified domain or code-host namespace.',
      source: 'https://central.sonatype.org/register/namespace/',
      versions: CENTRAL,
    },
  ],
  'multi-source-resolution': [
    {
      fact: 'Repositories are asked in declaration order: a fixed version stops at the first repository with its metadata, while a dynamic version (`1.+`, ranges) is looked up in every repository and the highest wins, unless content filtering says which repository serves which groups.',
      source: 'https://docs.gradle.org/8.2/userguide/dependency_resolution.html',
      versions: EVERY,
      unverified: 'confirmed from a copy of the user guide\u2019s "How dependency resolution works" section, not from the current docs.gradle.org page.',
    },
    {
      fact: 'A `content {}` filter limits which groups, modules or versions a repository is asked for; other repositories are still asked for them.',
      source: 'https://docs.gradle.org/current/userguide/filtering_repository_content.html',
      versions: 'gradle >= 5.1',
      applies: { client: 'gradle', since: '5.1' },
    },
    {
      fact: '`exclusiveContent {}` makes its repositories the only source of the groups it includes: every other repository stops being asked for them.',
      source: 'https://docs.gradle.org/current/javadoc/org/gradle/api/artifacts/repositories/ExclusiveContentRepository.html',
      versions: 'gradle >= 6.2',
      applies: { client: 'gradle', since: '6.2' },
    },
  ],
  'namespace-allocation': [
    {
      fact: 'Maven Central requires proof of ownership of a namespace (a DNS TXT record for a reversed domain, or a code-host account such as io.github.<user>) before publishing under it.',
      source: 'https://central.sonatype.org/register/namespace/',
      versions: CENTRAL,
    },
  ],
  'maintainer-lifecycle': [
    {
      fact: 'Namespace access on Maven Central is granted by Sonatype after verification; Gradle Plugin Portal plugin IDs belong to the account that first published them.',
      source: 'https://plugins.gradle.org/docs/publish-plugin',
      versions: 'Maven Central and Gradle Plugin Portal, as of 2026',
      unverified: 'the Plugin Portal\u2019s rule that an ID belongs to its first publisher is not stated on a page found; only third-party reports of first publications awaiting approval.',
    },
  ],
  'version-immutability': [
    {
      fact: 'Releases on Maven Central cannot be removed, updated or modified once published; SNAPSHOT versions, which Central does not host as releases, are mutable by design.',
      source: 'https://central.sonatype.org/publish/publish-portal-guide/',
      versions: CENTRAL,
    },
  ],
  provenance: [
    {
      fact: 'Maven Central requires a PGP signature (.asc) for every published file.',
      source: 'https://central.sonatype.org/publish/requirements/gpg/',
      versions: CENTRAL,
    },
    {
      fact: 'Gradle checks those signatures only when verification-metadata.xml sets `verify-signatures` to true, against keys the file trusts.',
      source: 'https://docs.gradle.org/current/userguide/dependency_verification.html#sec:signature-verification',
      versions: 'gradle >= 6.2',
      applies: { client: 'gradle', since: '6.2' },
    },
  ],
  'publish-credentials': [
    {
      fact: 'Publishing uses repository credentials (Central Portal user tokens, Plugin Portal `gradle.publish.key`/`secret`) and signing keys, usually passed as ORG_GRADLE_PROJECT_* or GRADLE_PUBLISH_* variables; Maven Central has no OIDC trusted publishing.',
      source: 'https://docs.gradle.org/current/userguide/publishing_maven.html',
      versions: 'Maven Central and Gradle Plugin Portal, as of 2026',
      unverified: 'that Maven Central offers no OIDC trusted publishing is not confirmed from a Sonatype page (absence of a feature).',
    },
  ],
  'blast-radius': [
    {
      fact: 'Malicious Maven artifacts are reported as OSV `MAL-` advisories; publishers cannot remove a Central release, so locks keep resolving it unless Sonatype takes it down.',
      source: 'https://github.com/ossf/malicious-packages',
      versions: CENTRAL,
      unverified: 'whether and how fast Sonatype removes malicious releases is not confirmed from a Sonatype page.',
    },
  ],
  'own-supply-chain': [
    {
      fact: 'gradle/actions/wrapper-validation checks every committed gradle-wrapper.jar against Gradle\u2019s published checksums, and setup-gradle runs the same check on every execution; wrapper jars written by Gradle 3.3 to 4.0 cannot be verified.',
      source: 'https://github.com/gradle/actions/blob/main/docs/wrapper-validation.md',
      versions: 'gradle/actions wrapper-validation v3+; setup-gradle v4+',
    },
  ],
};

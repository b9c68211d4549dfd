/** What Gradle and Maven repositories do by design, with sources. https://docs.gradle.org/current/userguide/dependency_verification.html */
import type { EcosystemProfile } from '@inert/core';

export const profile: EcosystemProfile = {
  'install-time-execution': [{ fact: 'Resolving dependencies runs no code from them; applied plugins and buildscript classpath dependencies run inside the build with its full privileges.', source: 'https://docs.gradle.org/current/userguide/plugins.html' }],
  'pre-install-execution': [{ fact: 'Every Gradle invocation evaluates init, settings and build scripts (Groovy or Kotlin programs) and compiles buildSrc, before any task runs — `help` and `dependencies` included.', source: 'https://docs.gradle.org/current/userguide/build_lifecycle.html' }],
  'lockfile-integrity': [
    { fact: 'Dependency verification (gradle/verification-metadata.xml) checks checksums and optionally PGP signatures of every artifact and plugin; without it nothing is verified.', source: 'https://docs.gradle.org/current/userguide/dependency_verification.html' },
    { fact: 'Dependency locking pins resolved versions in gradle.lockfile, not content hashes.', source: 'https://docs.gradle.org/current/userguide/dependency_locking.html' },
    { fact: 'The wrapper verifies the downloaded distribution only when distributionSha256Sum is set.', source: 'https://docs.gradle.org/current/userguide/gradle_wrapper.html#sec:verification' },
  ],
  'name-identity': [{ fact: 'Maven coordinates are group:artifact:version; a group on Maven Central is tied to a verified domain or code-host namespace.', source: 'https://central.sonatype.org/register/namespace/' }],
  'multi-source-resolution': [{ fact: 'Repositories are searched in declaration order for every coordinate unless content filtering (`content {}`, `exclusiveContent {}`) says which repository serves which groups.', source: 'https://docs.gradle.org/current/userguide/filtering_repository_content.html' }],
  'namespace-allocation': [{ fact: 'Maven Central requires proof of ownership of a namespace (domain or code-host account) before publishing under it.', source: 'https://central.sonatype.org/register/namespace/' }],
  'maintainer-lifecycle': [{ fact: 'Namespace access on Maven Central is managed by Sonatype; Gradle Plugin Portal plugin IDs belong to the account that first published them.', source: 'https://plugins.gradle.org/docs/publish-plugin' }],
  'version-immutability': [{ fact: 'Releases on Maven Central cannot be changed or deleted once published; SNAPSHOT versions are mutable by design.', source: 'https://central.sonatype.org/faq/can-i-change-a-component/' }],
  provenance: [{ fact: 'Maven Central requires PGP signatures on every release artifact; Gradle can verify them with `verify-signatures`.', source: 'https://central.sonatype.org/publish/requirements/gpg/' }],
  'publish-credentials': [{ fact: 'Publishing uses repository credentials (Central Portal tokens, Plugin Portal keys) and signing keys, usually passed as ORG_GRADLE_PROJECT_* variables; Maven Central has no OIDC trusted publishing.', source: 'https://docs.gradle.org/current/userguide/publishing_maven.html' }],
  'blast-radius': [{ fact: 'Malicious Maven artifacts are reported as OSV `MAL-` advisories; Central does not delete releases, so locks keep resolving them.', source: 'https://github.com/ossf/malicious-packages' }],
  'own-supply-chain': [{ fact: 'gradle/actions/wrapper-validation (and setup-gradle v4+) checks committed gradle-wrapper.jar files against Gradle\u2019s published checksums.', source: 'https://github.com/gradle/actions/blob/main/docs/wrapper-validation.md' }],
};

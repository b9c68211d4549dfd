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
      unverified:
        'an absence: as of the Gradle user guide at docs.gradle.org/current (2026), the plugins and dependency-resolution pages state only that applying a plugin runs its code; none says that resolving a dependency runs none of its code or that plugin and buildscript code runs unsandboxed (the resolver fetches metadata and files only, which supports but does not state it)',
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
      fact: 'Dependency verification (gradle/verification-metadata.xml) checks checksums and optionally PGP signatures of every artifact, metadata file and plugin that Gradle downloads, strictly by default once the file exists; it skips changing (SNAPSHOT) dependencies and downloads that plugins make with their own HTTP clients, and without the file nothing is verified.',
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
      fact: 'The wrapper verifies the downloaded distribution only when gradle-wrapper.properties sets distributionSha256Sum (read by wrappers since Gradle 2.6; the `wrapper` task writes it, with --gradle-distribution-sha256-sum, since 4.5).',
      source: 'https://docs.gradle.org/2.6/release-notes.html',
      versions: 'gradle >= 2.6 (the wrapper that reads the file)',
      applies: { client: 'gradle', since: '2.6' },
    },
    {
      fact: 'Daemon JVM auto-provisioning downloads the JDK named by the `toolchainUrl.<OS>.<ARCH>` entry of gradle/gradle-daemon-jvm.properties and runs the build on it without checking a checksum or signature: the file holds only URLs, and the launcher copies the download into the JDK cache (an archive already there is reused), unpacks it and checks only that the unpacked JDK matches the requested version, vendor and JDK capabilities. Toolchain downloads for compilation work the same way (`JavaToolchainDownload` is a URI only).',
      source:
        'https://github.com/gradle/gradle/blob/135223fde57a86677aa4228a464d958a6bc36c0e/platforms/core-runtime/launcher/src/main/java/org/gradle/launcher/daemon/toolchain/DaemonJavaToolchainProvisioningService.java',
      versions:
        'gradle >= 8.13, up to 9.9.0 (the 8.13 release notes, 2025-02-25: \u201cThis release introduces Daemon JVM auto-provisioning\u201d; before it `updateDaemonJvm`, since 8.8, wrote only the criteria; `DaemonJavaToolchainProvisioningService` and `SecureFileDownloader` read at gradle/gradle 135223fd, `DefaultJdkCacheDirectory` at b04b0608; `DaemonJvmPropertiesAccessor` at 03733a40 takes every key with the `toolchainUrl.` prefix and `DaemonJvmPropertiesUtils` at 2c5a6e0b splits it into `toolchainUrl`, the OS enum name and the architecture, as in `toolchainUrl.LINUX.X86_64`; `JavaToolchainDownload` and `UpdateDaemonJvm` in the 9.9.0 javadoc offer no checksum; the feature request gradle/gradle#31247 for download verification is open)',
      applies: { client: 'gradle', since: '8.13' },
      unverified:
        'the launcher source was read at commits, not at a release tag (the gradle/gradle snapshot, 968 MB, exceeds what can be fetched here, and Gradle distributions are not reachable from here); the 9.9.0 public API (`JavaToolchainDownload` has only `getUri()`) and the open gradle/gradle#31247 (\u201cAdd verification support for JavaToolchainDownload\u201d, 2024-11) agree that no release verifies the download. A development copy of `DaemonJvmPropertiesDefaults` in the index names the keys `toolchain<OS><ARCH>Url` (format `toolchain%s%sUrl`, no dots); whether any release or release candidate read that form was not established, and inert reads only the dotted `toolchainUrl.` keys that 8.13 and later write',
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
      versions: `${EVERY} (the user guide source at gradle/gradle 11ff36ca: for a dynamic version \u201cEach repository is inspected, Gradle does not stop on the first one returning some metadata\u201d; for a fixed one \u201cOnce a repository returns a metadata result, following repositories are ignored\u201d)`,
    },
    {
      fact: 'A `content {}` filter limits which groups, modules or versions a repository is asked for; other repositories are still asked for them.',
      source: 'https://docs.gradle.org/current/userguide/filtering_repository_content.html',
      versions: 'gradle >= 5.1',
      applies: { client: 'gradle', since: '5.1' },
    },
    {
      fact: '`exclusiveContent {}` makes its repositories the only source of the groups it includes: every other repository stops being asked for them.',
      source:
        'https://docs.gradle.org/current/javadoc/org/gradle/api/artifacts/repositories/ExclusiveContentRepository.html',
      versions:
        'gradle >= 6.2 (`ExclusiveContentRepository` and `RepositoryHandler.exclusiveContent` are marked \u201cSince 6.2\u201d in the javadoc)',
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
      fact: 'Namespace access on Maven Central is granted by Sonatype after verification; a Gradle Plugin Portal plugin ID belongs to the account that published it, so publishing under an ID another account holds fails with a permission error. A plugin\u2019s first version waits for manual approval; later versions are approved automatically.',
      source: 'https://docs.gradle.org/current/userguide/publishing_gradle_plugins.html',
      versions: 'Maven Central and Gradle Plugin Portal, as of 2026',
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
      fact: 'Plugin Portal publishing uses an account API key, `gradle.publish.key`/`gradle.publish.secret` as Gradle properties or the GRADLE_PUBLISH_KEY/GRADLE_PUBLISH_SECRET variables; Maven repository credentials and signing keys are also usually Gradle properties, passed in CI as ORG_GRADLE_PROJECT_* variables.',
      source: 'https://docs.gradle.org/current/userguide/publishing_gradle_plugins.html',
      versions: 'Gradle Plugin Portal, as of 2026',
      unverified:
        'the environment variables: the Gradle user guide names only the `gradle.publish.key`/`gradle.publish.secret` properties; that com.gradle.plugin-publish 2.x reads GRADLE_PUBLISH_KEY/GRADLE_PUBLISH_SECRET itself is stated only by third parties (vedanthvdev/affected-tests#9), many builds copy the variables into the properties themselves (gradle/gradle#1246), and the plugin\u2019s jar on the Plugin Portal cannot be fetched from here. Either way the variables hold the portal key',
    },
    {
      fact: 'Maven Central\u2019s Publisher API authenticates every request with a Central Portal user token (a generated username/password pair sent as a Bearer header); Maven Central has no OIDC trusted publishing, so CI holds that long-lived token.',
      source: 'https://central.sonatype.org/publish/publish-portal-api/',
      versions: CENTRAL,
      unverified:
        'an absence: as of the Central Portal docs in 2026, the Publisher API page\u2019s \u201cAuthentication / Authorization\u201d section accepts only a user token (`Bearer` or the older `UserToken` header) and no Sonatype page found describes an OIDC exchange',
    },
  ],
  'blast-radius': [
    {
      fact: 'Malicious Maven artifacts are reported as OSV `MAL-` advisories; publishers cannot remove a Central release, so locks keep resolving it unless Sonatype takes it down.',
      source: 'https://github.com/ossf/malicious-packages',
      versions: CENTRAL,
      unverified:
        'an absence: MAL- entries for Maven exist in ossf/malicious-packages and Sonatype\u2019s Publisher Portal guide says publishers cannot remove a release, but as of the Central docs in 2026 no Sonatype policy page says whether or how fast Sonatype takes malicious releases down (only a syndicated copy of a 2021 Sonatype blog post reports one such removal)',
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

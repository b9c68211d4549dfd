/** The metadata of gradle/dynamic-version: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const dynamicVersionMeta = {
  id: 'dynamic-version',
  question: 'lockfile-integrity',
  title: 'A dependency version moves and nothing locks it',
  description:
    'A dependency uses a dynamic version (`1.+`, `latest.release`, a range) or a SNAPSHOT, and the build has no dependency locking (`dependencyLocking { lockAllConfigurations() }` and a gradle.lockfile): every build may resolve a different, unreviewed version.',
  severity: 'low',
  confidence: 'high',
  messages: {
    dynamic: '{coordinate}:{version} in {file} resolves to whatever version the repository has now',
    plugin:
      'the plugin {id} version {version} in {file} resolves to whatever version the plugin portal has now, and runs in the build',
    catalog: '{alias} ({coordinate}:{version}) in {file} resolves to whatever version the repository has now',
  },
  remediation:
    'Pin exact versions, or enable dependency locking and commit the lockfiles (`./gradlew dependencies --write-locks`).',
  limitations:
    'Computed version strings are reported as opaque instead; versions set by plugins or platforms are not seen.',
  reads: ['build-script', 'lockfile', 'manifest'],
  examples: {
    bad: [
      'dynamic-version--plus-and-snapshot',
      'dynamic-version--version-catalog',
      'build-script-executable--jvm-agent-and-plugins',
    ],
    good: ['clean--locked-dynamic-version'],
  },
  since: 'next',
} as const satisfies CheckMeta;

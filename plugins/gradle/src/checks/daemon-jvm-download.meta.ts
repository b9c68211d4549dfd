/** The metadata of gradle/daemon-jvm-download: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const daemonJvmDownloadMeta = {
  id: 'daemon-jvm-download',
  question: 'lockfile-integrity',
  title: 'Gradle downloads the JDK it runs the build on from a URL, with no checksum',
  description:
    'Since Gradle 8.13 the `toolchainUrl.<OS>.<ARCH>` entries of gradle/gradle-daemon-jvm.properties tell Gradle where to download a JDK when no installed one matches the daemon JVM criteria; the build (every build script, every plugin) then runs on whatever that URL served. Gradle checks no checksum or signature of the download, only that the unpacked JDK reports the requested version and vendor. `updateDaemonJvm` writes Foojay Disco API URLs (api.foojay.io), which redirect to the vendor; a URL over http: can be swapped by anyone on the path, and one on another host serves whatever its operator puts there.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'high',
      when: 'a toolchain URL is `http:` (or another unencrypted scheme): anyone on the path chooses the JDK',
    },
    {
      severity: 'medium',
      when: 'a toolchain URL is on a host other than api.foojay.io (a mirror or a vendor host), or its scheme cannot be read: the JDK is what that host serves, with no checksum',
    },
    {
      severity: 'low',
      when: 'every toolchain URL is https://api.foojay.io (what `updateDaemonJvm` writes): TLS, Foojay and the vendor\u2019s host decide the JDK, still with no checksum',
    },
  ],
  confidence: 'high',
  messages: {
    insecure:
      '{file} makes Gradle download the JDK that runs the build over {scheme} ({url}: {entries}); Gradle checks no checksum, so anyone on the path chooses the JDK',
    host: '{file} makes Gradle download the JDK that runs the build from {host} ({entries}); Gradle checks no checksum of what it serves',
    foojay:
      '{file} makes Gradle download the JDK that runs the build through the Foojay Disco API ({entries}) when no installed JDK matches; Gradle checks no checksum of what the redirect serves',
  },
  remediation:
    'Keep the toolchain URLs on https://api.foojay.io as `./gradlew updateDaemonJvm` writes them (or on an https mirror you control), never http:; where it matters, install the JDK yourself (a pinned, checksummed setup-java step in CI) so that Gradle finds a matching JDK and downloads nothing, or drop the `toolchainUrl.*` entries and keep only the criteria.',
  limitations:
    'Reads every gradle/gradle-daemon-jvm.properties (a nested one belongs to a build of its own, such as an included build run by itself); the last of repeated keys wins, as in java.util.Properties. Whether a download happens depends on the JDKs installed where the build runs, which the checkout does not show: the finding says what Gradle would fetch. A Foojay redirect\u2019s final host (the vendor\u2019s) is not known to a static read. `\\uXXXX` escapes are not decoded: a URL written with them has an unreadable scheme (medium).',
  reads: ['client-config'],
  examples: {
    bad: ['daemon-jvm-download--http-and-mirror', 'daemon-jvm-download--foojay'],
    good: ['clean--daemon-jvm-criteria-only'],
  },
  since: 'next',
} as const satisfies CheckMeta;

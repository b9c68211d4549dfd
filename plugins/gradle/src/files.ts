/** The files the gradle plugin claims. https://docs.gradle.org/current/userguide/build_lifecycle.html */
import type { FileRule } from '@inert/core';

/** The gradle plugin's readers: each rule names the one that parses what it claims (`FileRule.reader`). */
export type GradleReader =
  | 'gradle-script'
  | 'gradle-lockfile'
  | 'verification-metadata'
  | 'version-catalog'
  | 'wrapper-properties'
  | 'gradle-properties'
  | 'daemon-jvm-properties';

export const files: readonly (FileRule & { reader: GradleReader })[] = [
  {
    kind: 'build-script',
    reader: 'gradle-script',
    match: ['build.gradle', 'build.gradle.kts', '*.gradle', '*.gradle.kts'],
    description: 'build, settings and init scripts (Groovy and Kotlin DSL), read as syntax trees',
  },
  {
    kind: 'lockfile',
    reader: 'gradle-lockfile',
    match: ['gradle.lockfile', '*-gradle.lockfile', 'gradle/dependency-locks/*.lockfile'],
    description: 'dependency lockfiles',
  },
  {
    kind: 'lockfile',
    reader: 'verification-metadata',
    match: ['gradle/verification-metadata.xml'],
    description: 'dependency verification metadata',
  },
  {
    kind: 'manifest',
    reader: 'version-catalog',
    match: ['gradle/libs.versions.toml', 'gradle/*.versions.toml'],
    description: 'version catalogs: declared libraries and plugins with versions',
  },
  {
    kind: 'client-config',
    reader: 'wrapper-properties',
    match: ['gradle/wrapper/gradle-wrapper.properties'],
    description: 'wrapper distribution URL and checksum',
  },
  {
    kind: 'client-config',
    reader: 'gradle-properties',
    match: ['gradle.properties'],
    description: 'build properties: verification mode, credentials',
  },
  {
    kind: 'client-config',
    reader: 'daemon-jvm-properties',
    match: ['gradle/gradle-daemon-jvm.properties'],
    description: 'daemon JVM criteria: the JDK version and the URLs Gradle downloads it from (Gradle 8.13+)',
  },
];

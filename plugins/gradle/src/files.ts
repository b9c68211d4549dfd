/** The files the gradle plugin claims. https://docs.gradle.org/current/userguide/build_lifecycle.html */
import type { FileRule } from '@inert/core';

export const files: readonly FileRule[] = [
  {
    kind: 'build-script',
    match: ['build.gradle', 'build.gradle.kts', '*.gradle', '*.gradle.kts'],
    description: 'build, settings and init scripts (Groovy and Kotlin DSL), read as syntax trees',
  },
  {
    kind: 'lockfile',
    match: ['gradle.lockfile', '*-gradle.lockfile', 'gradle/dependency-locks/*.lockfile'],
    description: 'dependency lockfiles',
  },
  { kind: 'lockfile', match: ['gradle/verification-metadata.xml'], description: 'dependency verification metadata' },
  {
    kind: 'manifest',
    match: ['gradle/libs.versions.toml', 'gradle/*.versions.toml'],
    description: 'version catalogs: declared libraries and plugins with versions',
  },
  {
    kind: 'client-config',
    match: ['gradle/wrapper/gradle-wrapper.properties'],
    description: 'wrapper distribution URL and checksum',
  },
  {
    kind: 'client-config',
    match: ['gradle.properties'],
    description: 'build properties: verification mode, credentials',
  },
];

/** Unit tests for the gradle command rules on argv arrays. https://docs.gradle.org/current/userguide/command_line_interface.html */
import { describe, expect, it } from 'vitest';
import type { ShellCommand } from '@inert/core';
import { commands } from './commands.js';

const run = (line: string, env: Record<string, string> = {}) =>
  commands[0]!.classify({
    argv: line.split(' '),
    env,
    text: line,
    file: 'ci.yml',
    line: 1,
    column: 1,
  } satisfies ShellCommand);

describe('gradle command rules', () => {
  it.each([
    ['./gradlew dependencies --write-locks', 'lax'],
    ['gradle build --dependency-verification=off', 'lax'],
    ['./gradlew build -F lenient', 'lax'],
    ['./gradlew --write-verification-metadata sha256 help', 'lax'],
    ['./gradlew build --dependency-verification lenient', 'lax'],
    ['./gradlew build -Dorg.gradle.dependency.verification=off', 'lax'],
    ['gradlew.bat build --update-locks com.acme:lib', 'lax'],
  ])('%s → %s', (line, classification) => {
    expect(run(line)?.classification).toBe(classification);
  });

  it('publishing with credentials from secrets is token-authenticated', () => {
    expect(
      run('./gradlew publishToMavenCentral', { ORG_GRADLE_PROJECT_mavenCentralPassword: '${{ secrets.MC_PASSWORD }}' })
        ?.auth,
    ).toBe('token');
    expect(run('./gradlew :lib:publish')?.auth).toBe('none-visible');
  });

  it('publishing into the local Maven repository (~/.m2) is not a publish', () => {
    expect(run('./gradlew publishToMavenLocal')).toBeUndefined();
    expect(run('./gradlew :jablib:publishMavenJavaPublicationToMavenLocal')).toBeUndefined();
    expect(run('./gradlew publishMavenJavaPublicationToSonatypeRepository')?.action).toBe('publish');
  });

  it('ignores ordinary builds and strict verification', () => {
    expect(run('./gradlew build')).toBeUndefined();
    expect(run('./gradlew build --dependency-verification=strict')).toBeUndefined();
  });
});

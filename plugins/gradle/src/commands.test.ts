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
    // A signing key signs the artifacts, it does not authenticate the upload (kotlin-bip39's release step sets both).
    const signed = run('./gradlew publishAllPublicationsToMavenCentralRepository', {
      ORG_GRADLE_PROJECT_ZCASH_ASCII_GPG_KEY: '${{ secrets.MAVEN_SIGNING_KEY_ASCII }}',
      ORG_GRADLE_PROJECT_ZCASH_MAVEN_PUBLISH_PASSWORD: '${{ secrets.MAVEN_CENTRAL_PASSWORD }}',
    });
    expect(signed?.auth).toBe('token');
    expect(signed?.reason).toBe(
      'publishes with repository credentials from ORG_GRADLE_PROJECT_ZCASH_MAVEN_PUBLISH_PASSWORD',
    );
    expect(
      run('./gradlew publishToMavenCentral', { ORG_GRADLE_PROJECT_signingInMemoryKey: '${{ secrets.GPG_KEY }}' })?.auth,
    ).toBe('none-visible');
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

const mvn = (line: string, env: Record<string, string> = {}) =>
  commands
    .find((r) => r.programs.includes('mvn'))!
    .classify({ argv: line.split(' '), env, text: line, file: 'ci.yml', line: 1, column: 1 } satisfies ShellCommand);

describe('maven command rules', () => {
  it('the deploy phase and the Central Portal and Nexus staging goals publish; credentials from secrets are a token', () => {
    expect(mvn('mvn -B deploy', { MAVEN_PASSWORD: '${{ secrets.OSSRH_TOKEN }}' })).toMatchObject({
      action: 'publish',
      auth: 'token',
    });
    expect(mvn('./mvnw --batch-mode clean deploy -P release')).toMatchObject({
      action: 'publish',
      auth: 'none-visible',
    });
    expect(mvn('mvn central-publishing:publish', { CENTRAL_TOKEN: '${{ secrets.CENTRAL }}' })?.auth).toBe('token');
    expect(mvn('mvn nexus-staging:release')?.action).toBe('publish');
  });

  it('builds, local installs and skipped deploys upload nothing; a variable that is not a secret is no stored credential', () => {
    expect(mvn('mvn -B verify')).toBeUndefined();
    expect(mvn('mvn install')).toBeUndefined();
    expect(mvn('mvn deploy -Dmaven.deploy.skip=true')).toBeUndefined();
    // commons-cli (Maven 3.9's CLIManager) takes -D's value attached or as the next word, and --define too.
    expect(mvn('mvn deploy -D maven.deploy.skip=true')).toBeUndefined();
    expect(mvn('mvn deploy --define skipNexusStagingDeployMojo')).toBeUndefined();
    expect(mvn('mvn deploy --define=maven.deploy.skip=true')).toBeUndefined();
    expect(mvn('mvn deploy -D maven.deploy.skip=false')?.action).toBe('publish');
    expect(mvn('mvn deploy -D')?.action).toBe('publish');
    expect(mvn('mvn -B deploy', { MAVEN_USERNAME: 'ci-bot' })?.auth).toBe('none-visible');
  });
});

import { describe, expect, it } from 'vitest';
import type { ShellCommand } from '@inert/core';
import { commands } from './commands.js';

const run = (line: string, env: Record<string, string> = {}) => commands[0]!.classify({ argv: line.split(' '), env, text: line, file: 'ci.yml', line: 1, column: 1 } satisfies ShellCommand);

describe('gradle command rules', () => {
  it.each([
    ['./gradlew dependencies --write-locks', 'lax'],
    ['gradle build --dependency-verification=off', 'lax'],
    ['./gradlew build -F lenient', 'lax'],
    ['./gradlew --write-verification-metadata sha256 help', 'lax'],
  ])('%s → %s', (line, classification) => {
    expect(run(line)?.classification).toBe(classification);
  });

  it('publishing with credentials from secrets is token-authenticated', () => {
    expect(run('./gradlew publishToMavenCentral', { ORG_GRADLE_PROJECT_mavenCentralPassword: '${{ secrets.MC_PASSWORD }}' })?.auth).toBe('token');
    expect(run('./gradlew :lib:publish')?.auth).toBe('none-visible');
  });

  it('ignores ordinary builds', () => {
    expect(run('./gradlew build')).toBeUndefined();
  });
});

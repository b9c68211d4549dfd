/** The Gradle publish rule with the build's declared publishing credentials (its command context). */
import { describe, expect, it } from 'vitest';
import type { CommandContext, ShellCommand } from '@inert/core';
import type { GradleCommandContext } from './command-context.js';
import { commands } from './commands.js';
import type { CredentialSource } from './model.js';

const at = { file: 'build.gradle.kts', line: 9, column: 5 };
const context = (sources: CredentialSource[], field = 'password', committed: string[] = []) =>
  ({
    publishCredentials: [{ field, sources, at }],
    committedProperties: new Set(committed),
  }) satisfies GradleCommandContext as unknown as CommandContext;

const publish = (
  ctx: CommandContext | undefined,
  env: Record<string, string> = {},
  origin = 'github-actions',
  line = './gradlew publish',
) => {
  const c: ShellCommand = { argv: line.split(' '), env, text: line, file: 'w.yml', line: 1, column: 1, origin };
  return commands[0]!.classify(c, ctx);
};

describe('gradle publish with the build’s declared credentials', () => {
  it('GitLab: CI_JOB_TOKEN (predefined) is the job token; another variable is a stored CI/CD variable', () => {
    const job = publish(context([{ kind: 'env', name: 'CI_JOB_TOKEN' }], 'Job-Token'), {}, 'gitlab-ci');
    expect(job?.auth).toBe('job-token');
    expect(job?.reason).toContain('header Job-Token at build.gradle.kts:9');
    expect(publish(context([{ kind: 'env', name: 'DEPLOY_TOKEN' }]), {}, 'gitlab-ci')?.auth).toBe('token');
  });

  it('GitHub: GITHUB_TOKEN from the job’s token, a secret, or unset (then the variable-name rule decides)', () => {
    const github = context([{ kind: 'env', name: 'GITHUB_TOKEN' }]);
    expect(publish(github, { GITHUB_TOKEN: '${{ secrets.GITHUB_TOKEN }}' })?.auth).toBe('job-token');
    expect(publish(github, { GITHUB_TOKEN: '${{ secrets.GH_PAT }}' })?.auth).toBe('token');
    // Not set by the workflow: nothing from the build; a stored OSSRH password in the step still counts.
    expect(publish(github, {})?.auth).toBe('none-visible');
    expect(publish(github, { OSSRH_PASSWORD: '${{ secrets.OSSRH }}' })?.auth).toBe('token');
  });

  it('an elvis takes the first source the job supplies; properties come from ORG_GRADLE_PROJECT_, -P or gradle.properties', () => {
    const elvis = context([
      { kind: 'property', name: 'gpr.key' },
      { kind: 'env', name: 'GITHUB_TOKEN' },
    ]);
    expect(publish(elvis, { GITHUB_TOKEN: '${{ github.token }}' })?.auth).toBe('job-token');
    expect(
      publish(elvis, { 'ORG_GRADLE_PROJECT_gpr.key': '${{ secrets.GPR_KEY }}', GITHUB_TOKEN: '${{ github.token }}' })
        ?.auth,
    ).toBe('token');
    const prop = context([{ kind: 'property', name: 'nexusPassword' }]);
    expect(publish(prop, {}, 'gitlab-ci', './gradlew publish -PnexusPassword=$NEXUS_PASSWORD')?.auth).toBe('token');
    expect(publish(context([{ kind: 'property', name: 'nexusPassword' }], 'password', ['nexusPassword']))?.auth).toBe(
      'token',
    );
  });

  it('a computed credential is undeterminable, not a guess', () => {
    const v = publish(context([{ kind: 'computed', text: 'secretsFile.readText()' }]));
    expect(v?.classification).toBe('unknown');
    expect(v?.undeterminable).toBe(true);
    expect(v?.auth).toBeUndefined();
  });
});

describe('a computed credential beside a known credential variable', () => {
  it('is judged by the variable', () => {
    const ctx = {
      publishCredentials: [{ field: 'password', sources: [{ kind: 'computed', text: 'x' }], at }],
      committedProperties: new Set<string>(),
    } as unknown as CommandContext;
    expect(publish(ctx, { OSSRH_PASSWORD: '${{ secrets.OSSRH }}' })?.auth).toBe('token');
  });
});

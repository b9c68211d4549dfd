import { describe, expect, it } from 'vitest';
import type { ShellCommand } from '@inert/core';
import { commands } from './commands.js';

const run = (line: string, env: Record<string, string> = {}) => {
  const c: ShellCommand = { argv: line.split(' '), env, text: line, file: 'ci.yml', line: 1, column: 1 };
  return commands.find((r) => r.programs.includes(c.argv[0]!))!.classify(c);
};

describe('gem command rules', () => {
  it.each([
    ['bundle install', {}, 'lax'],
    ['bundle install --jobs 4', { BUNDLE_FROZEN: 'true' }, 'strict'],
    ['bundle install --deployment', {}, 'strict'],
    ['bundle', { BUNDLE_DEPLOYMENT: '1' }, 'strict'],
    ['bundle update', {}, 'lax'],
    ['gem install rake', {}, 'adhoc'],
    ['gem install bundler -v 2.5.6', {}, 'adhoc'],
  ])('%s %j → %s', (line, env, classification) => {
    expect(run(line, env)?.classification).toBe(classification);
  });

  it('gem push with a stored key is token-authenticated; the release action is OIDC', () => {
    expect(run('gem push pkg/x.gem', { GEM_HOST_API_KEY: '${{ secrets.RUBYGEMS_API_KEY }}' })?.auth).toBe('token');
    const rule = commands.find((r) => r.actions?.includes('rubygems/release-gem'))!;
    expect(rule.classifyAction!({ uses: 'rubygems/release-gem@v1', with: {}, env: {}, file: 'x', line: 1, column: 1, idToken: true })?.auth).toBe('oidc');
  });
});

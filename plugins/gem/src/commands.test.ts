/** Command rules on argv arrays. https://bundler.io/man/bundle-install.1.html */
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
    ['bundle install --frozen', {}, 'strict'],
    ['bundle install', { BUNDLE_FROZEN: 'false' }, 'lax'],
    ['bundle --jobs 4', {}, 'lax'],
    ['bundle lock --update', {}, 'lax'],
    ['gem install pkg/app-1.0.0.gem', {}, 'local'],
    ['gem install -g Gemfile', {}, 'lax'],
  ])('%s %j → %s', (line, env, classification) => {
    expect(run(line, env)?.classification).toBe(classification);
  });

  it('bundle exec is not an install; pinned gem install says so', () => {
    expect(run('bundle exec rake')).toBeUndefined();
    expect(run('gem install rake -v 13.0.0')?.reason).toMatch(/pins a version/);
    // RubyGems reads `name:version` as the version (rubygems/rubygems' install-rubygems.yml uses it).
    expect(run('gem install attempt:0.6.2 rspec:3.10.0')?.reason).toMatch(/pins a version/);
    expect(run('gem install bundler:=2.6.9')?.reason).toMatch(/pins a version/);
    expect(run('gem install rails rspec:3.10.0')?.reason).toMatch(/newest today/);
    expect(run('gem install "rails:~>8.0"')?.reason).toMatch(/newest today/);
  });

  it('gem push: no key and no OIDC → none-visible; OIDC-capable job → oidc', () => {
    expect(run('gem push x.gem')?.auth).toBe('none-visible');
    const c: ShellCommand = {
      argv: ['gem', 'push', 'x.gem'],
      env: {},
      text: 'gem push x.gem',
      file: 'ci.yml',
      line: 1,
      column: 1,
      idToken: true,
    };
    expect(commands.find((r) => r.programs.includes('gem'))!.classify(c)?.auth).toBe('oidc');
    expect(run('gem push x.gem', { GEM_HOST_API_KEY: 'rubygems_abc' })?.auth).toBe('token');
  });

  it('gem push with a stored key is token-authenticated; the release action is OIDC', () => {
    expect(run('gem push pkg/x.gem', { GEM_HOST_API_KEY: '${{ secrets.RUBYGEMS_API_KEY }}' })?.auth).toBe('token');
    const rule = commands.find((r) => r.actions?.includes('rubygems/release-gem'))!;
    expect(
      rule.classifyAction!({
        uses: 'rubygems/release-gem@v1',
        with: {},
        env: {},
        file: 'x',
        line: 1,
        column: 1,
        idToken: true,
      })?.auth,
    ).toBe('oidc');
  });
});

describe('local installs (#21)', () => {
  it.each([
    ['bundle install --local', 'local'],
    ['gem install --local pkg/x.gem', 'local'],
  ])('%s is %s', (line, classification) => {
    expect(run(line)?.classification).toBe(classification);
  });
});

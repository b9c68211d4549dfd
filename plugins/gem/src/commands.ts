/** How bundle and gem commands in CI treat Gemfile.lock, and how gems are published. https://bundler.io/man/bundle-install.1.html */
import type { ActionStep, CommandRule, CommandVerdict, ShellCommand } from '@inert/core';

const TRUE = /^(?:true|1|yes)$/i;
const STRICT_FLAG = /^--(?:frozen|deployment)(?:=(?:true|1))?$/;

function bundle(c: ShellCommand): CommandVerdict | undefined {
  const [, first = 'install', ...more] = c.argv;
  // `bundle --jobs 4` is `bundle install --jobs 4`.
  const sub =
    first.startsWith('-') && first !== '--version' && first !== '--help' && first !== '-v' ? 'install' : first;
  const rest = sub === first ? more : c.argv.slice(1);
  if (sub !== 'install' && sub !== 'i') {
    if (sub === 'update' || sub === 'lock')
      return {
        action: 'install',
        classification: 'lax',
        reason: `bundle ${sub} re-resolves and rewrites Gemfile.lock (and evaluates the Gemfile as Ruby)`,
      };
    return undefined;
  }
  if (rest.includes('--local'))
    return {
      action: 'install',
      classification: 'local',
      reason: 'bundle install --local installs only gems already in vendor/cache or installed, downloading nothing',
    };
  const strict =
    rest.some((a) => STRICT_FLAG.test(a)) ||
    TRUE.test(c.env.BUNDLE_FROZEN ?? '') ||
    TRUE.test(c.env.BUNDLE_DEPLOYMENT ?? '');
  return strict
    ? {
        action: 'install',
        classification: 'strict',
        reason:
          'bundle install in frozen/deployment mode fails instead of changing Gemfile.lock (the Gemfile is still evaluated as Ruby)',
      }
    : {
        action: 'install',
        classification: 'lax',
        reason: 'bundle install may re-resolve and rewrite Gemfile.lock (set BUNDLE_FROZEN=true or pass --frozen)',
      };
}

function gem(c: ShellCommand): CommandVerdict | undefined {
  const [, sub, ...rest] = c.argv;
  if (sub === 'install' || sub === 'i') {
    if (rest.some((a) => a === '-g' || a === '--file' || a.startsWith('--file=')))
      return {
        action: 'install',
        classification: 'lax',
        reason: 'gem install --file resolves a Gemfile without honouring its lock strictly',
      };
    const names = rest.filter(
      (a, i) =>
        !a.startsWith('-') && !/^(?:-v|--version|-s|--source|--platform|-i|--install-dir)$/.test(rest[i - 1] ?? ''),
    );
    if (rest.includes('--local') || rest.includes('-l'))
      return {
        action: 'install',
        classification: 'local',
        reason: 'gem install --local installs from local .gem files only',
      };
    if (names.length > 0 && names.every((n) => n.endsWith('.gem')))
      return {
        action: 'install',
        classification: 'local',
        reason: 'gem install of a local .gem file (still runs its extension build)',
      };
    // `gem install rspec:3.13.0`: RubyGems splits `name:requirement` (lib/rubygems/command.rb,
    // get_all_gem_names_and_versions); a bare or `=` version is exact, `~>`/`>=` are ranges.
    const pinned =
      rest.some((a) => a === '-v' || a === '--version' || a.startsWith('--version=')) ||
      (names.length > 0 && names.every((n) => /^[^:]+:=?\d+(?:\.[0-9a-z]+)*$/i.test(n)));
    return {
      action: 'install',
      classification: 'adhoc',
      reason: pinned
        ? 'gem install pins a version, but outside any lock and without a checksum'
        : 'gem install installs whatever version is newest today, outside any lock',
    };
  }
  if (sub === 'push') {
    const key = c.env.GEM_HOST_API_KEY;
    const auth: CommandVerdict['auth'] = key !== undefined ? 'token' : c.idToken ? 'oidc' : 'none-visible';
    const reason =
      auth === 'token'
        ? 'gem push with GEM_HOST_API_KEY (a long-lived API key unless it was minted by trusted publishing in this job)'
        : auth === 'oidc'
          ? 'gem push in a job that can mint an OIDC token (trusted publishing via rubygems/configure-rubygems-credentials)'
          : 'gem push; credentials not visible (~/.gem/credentials or a key configured elsewhere)';
    return { action: 'publish', classification: 'unknown', reason, auth };
  }
  return undefined;
}

function releaseAction(step: ActionStep): CommandVerdict {
  const name = step.uses.split('@')[0] ?? step.uses;
  const publish = name === 'rubygems/release-gem';
  return {
    action: 'publish',
    classification: 'unknown',
    reason: `${name} ${publish ? 'builds and pushes the gem' : 'exchanges'} with a short-lived RubyGems key from trusted publishing (OIDC)`,
    auth: step.idToken === false ? 'none-visible' : 'oidc',
  };
}

export const commands: readonly CommandRule[] = [
  { programs: ['bundle', 'bundler'], classify: bundle },
  {
    programs: ['gem'],
    classify: gem,
    actions: ['rubygems/release-gem', 'rubygems/configure-rubygems-credentials'],
    classifyAction: releaseAction,
    publishes: [
      {
        registry: 'rubygems.org',
        client: 'gem, rubygems/release-gem',
        forms: ['gem push pkg/my-gem-1.0.0.gem', { uses: 'rubygems/release-gem' }],
        notPublishing: ['gem build my-gem.gemspec'],
        credentials: ['`GEM_HOST_API_KEY` in the step env: token (`~/.gem/credentials` is not visible)'],
        oidc: 'rubygems/release-gem or rubygems/configure-rubygems-credentials (a short-lived key), or `gem push` with `id-token: write` and no key: `oidc`',
        sources: [
          {
            url: 'https://guides.rubygems.org/trusted-publishing/',
            holds: 'rubygems.org, since December 2023: trusted publishing',
          },
          {
            url: 'https://github.com/rubygems/release-gem',
            holds: 'release-gem v1: builds, pushes, OIDC via configure-rubygems-credentials',
          },
          { url: 'https://guides.rubygems.org/command-reference/#gem-push', holds: 'RubyGems 3: `GEM_HOST_API_KEY`' },
        ],
      },
    ],
  },
];

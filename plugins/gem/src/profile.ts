/** What Bundler and RubyGems do by design, with sources. https://guides.rubygems.org/security/ */
import type { EcosystemProfile } from '@inert/core';

/** The rubygems.org source the registry facts were read in. */
const RG = 'rubygems.org source at 3c8ea0d4, 2026-08-22';

export const profile: EcosystemProfile = {
  'install-time-execution': [
    {
      fact: 'Installing a gem with `extensions` runs its extconf.rb, Rakefile, CMake or Cargo build on the installing machine, for every gem in the resolved set (GEM and GIT sources; Bundler does not build extensions of PATH gems).',
      source: 'https://guides.rubygems.org/gems-with-extensions/',
      versions: 'every RubyGems and Bundler version (the set of builders grew over time)',
    },
    {
      fact: '`gem install --no-build-extension` / `--no-install-plugin` and the Bundler settings `no_build_extension` and `no_install_plugin` (BUNDLE_NO_BUILD_EXTENSION, BUNDLE_NO_INSTALL_PLUGIN) skip building extensions and installing RubyGems plugins; both are opt-in, and no earlier release has a switch that turns extension builds off.',
      source: 'https://github.com/ruby/rubygems/releases/tag/v4.1.0.beta1',
      versions:
        'RubyGems and Bundler 4.1.0.beta1 (2026-09-09, a prerelease; ruby/rubygems#9473), not in 4.0.0 to 4.0.21 (CHANGELOG.md at ruby/rubygems 9120e312); no stable 4.1.0 found as of 2026-12',
    },
    {
      fact: 'RubyGems loads the `rubygems_plugin.rb` of the latest installed version of each gem on every `gem` command, and bundle install loads those of the bundle\u2019s installed and PATH gems before installing; plugins can register pre/post install hooks.',
      source: 'https://guides.rubygems.org/plugins/',
      versions: 'every RubyGems version; bundle install from Bundler 1.14 (plugins of PATH gems from 1.16)',
    },
    {
      fact: 'A gem\u2019s RubyGems plugin is loaded right after that gem is installed, so it already runs during the rest of the same `gem install`.',
      source: 'https://github.com/ruby/rubygems/pull/6673',
      versions: 'rubygems >= 3.4.14',
      applies: { client: 'rubygems', since: '3.4.14' },
    },
    {
      fact: 'Bundler plugins declared with `plugin` in the Gemfile are installed by bundle install outside Gemfile.lock, with frozen/deployment mode forced off; their plugins.rb runs when they are registered and on Bundler hook events.',
      source: 'https://github.com/ruby/rubygems/blob/master/bundler/lib/bundler/plugin.rb',
      versions:
        'bundler >= 1.14, where plugins are on by default (the `plugins` setting turns them off; 1.13 needs it set)',
      applies: { client: 'bundler', since: '1.14.0' },
    },
  ],
  'pre-install-execution': [
    {
      fact: 'Every bundle command evaluates the Gemfile as Ruby, and with it the gemspecs it loads with `gemspec` and those of its `path:` and `git:` gems: there is no safe bundle command on an untrusted checkout.',
      source: 'https://bundler.io/man/gemfile.5.html',
      versions: 'every bundler version',
      applies: { client: 'bundler' },
    },
  ],
  'lockfile-integrity': [
    {
      fact: 'Gemfile.lock pins names and versions; a CHECKSUMS section adds a sha256 per registry gem that bundle install verifies. Bundler 2.6 adds `bundle lock --add-checksums` and the `lockfile_checksums` setting (2.5 already keeps a CHECKSUMS section that is present).',
      source: 'https://bundler.io/blog/2024/12/19/bundler-v2-6.html',
      versions: 'bundler >= 2.6 (a hidden opt-in in 2.5)',
      applies: { client: 'bundler', since: '2.6.0' },
    },
    {
      fact: 'Bundler 4 writes a CHECKSUMS section into new lockfiles by default (`lockfile_checksums` defaults to true); existing lockfiles without one stay without until `bundle lock --add-checksums`.',
      source: 'https://bundler.io/man/bundle-config.1.html',
      versions: 'bundler >= 4',
      applies: { client: 'bundler', since: '4.0.0' },
    },
    {
      fact: '`bundle install` in frozen or deployment mode (BUNDLE_FROZEN / BUNDLE_DEPLOYMENT) refuses to change Gemfile.lock and fails when the Gemfile and the lock disagree.',
      source: 'https://bundler.io/man/bundle-config.1.html',
      versions: 'every bundler version',
      applies: { client: 'bundler' },
    },
    {
      fact: 'In frozen mode bundle install refuses a lock whose CHECKSUMS section lacks an entry for a gem (from 2.6.7, PR #8563) or, from 2.7.2, has a registry gem\u2019s entry without a checksum.',
      source: 'https://github.com/rubygems/rubygems/blob/bundler-v2.7.2/bundler/CHANGELOG.md',
      versions:
        'bundler >= 2.7.2 (missing entries refused from 2.6.7; bundler/CHANGELOG.md lists #8563 under 2.6.7, 2025-04-03, and #8888 under 2.7.2, 2025-09-09, and the empty-entry error is first in bundler/lib/bundler/definition.rb at tag bundler-v2.7.2)',
      applies: { client: 'bundler', since: '2.7.2' },
    },
    {
      fact: 'Bundler computes no checksum for GIT and PATH gems, so CHECKSUMS holds no sha256 for them and the frozen-mode checksum check covers registry gems only; a GIT section pins the commit in `revision`.',
      source: 'https://github.com/ruby/rubygems/pull/8888',
      versions: 'every bundler version that writes CHECKSUMS (>= 2.5)',
      applies: { client: 'bundler' },
    },
  ],
  'name-identity': [
    {
      fact: 'rubygems.org compares names case-insensitively and refuses a new name that equals an existing gem\u2019s after upper-casing and removing `-`/`_`, unless that gem has under 10,000 downloads and no release in five years, the pusher already owns it, or staff listed the name as an exception; `.` differences, homoglyphs and letter swaps are not covered.',
      source:
        'https://github.com/rubygems/rubygems.org/blob/3c8ea0d4cbe85bd2a2bb5d22486247656a3dfb6c/app/models/gem_typo.rb',
      versions: 'rubygems.org, as of 2026 (the older edit-distance check was dropped in 2020)',
    },
  ],
  'multi-source-resolution': [
    {
      fact: 'Several global `source` lines let any gem outside a `source … do` block resolve from any of them; Bundler before 4 allows this (Bundler 2 warns).',
      source: 'https://bundler.io/man/gemfile.5.html',
      versions: 'bundler < 4',
      applies: { client: 'bundler', until: '4.0.0' },
    },
    {
      fact: 'Bundler 4 refuses a Gemfile or lockfile with several global sources: gems from a second server must sit in a `source … do` block, which pins them to it.',
      source: 'https://github.com/ruby/rubygems/pull/8968',
      versions: 'bundler >= 4',
      applies: { client: 'bundler', since: '4.0.0' },
    },
    {
      fact: 'Bundler 1.16.0 to 2.2.17 (except 2.2.10) can install a gem meant to come from one source from another (CVE-2020-36327); 2.2.18 fixes it.',
      source: 'https://github.com/advisories/GHSA-fp4w-jxhp-m23p',
      versions: 'bundler 1.16.0 – 2.2.17, except 2.2.10',
      applies: { client: 'bundler', since: '1.16.0', until: '2.2.18' },
    },
    {
      fact: 'A `mirror.<url>` setting (BUNDLE_MIRROR__…) silently sends every request for that source to another server.',
      source: 'https://bundler.io/man/bundle-config.1.html',
      versions: 'every supported bundler version',
      applies: { client: 'bundler' },
    },
  ],
  'namespace-allocation': [
    {
      fact: 'rubygems.org names are first come, first served in one flat namespace. When every version of a gem is yanked, anyone can push to the name once 100 days have passed since the gem record last changed (normally the last yank), or at once if the gem was first created less than 30 days ago; staff can release a name early.',
      source:
        'https://github.com/rubygems/rubygems.org/blob/3c8ea0d4cbe85bd2a2bb5d22486247656a3dfb6c/app/models/rubygem.rb',
      versions: 'rubygems.org, as of 2026',
    },
  ],
  'maintainer-lifecycle': [
    {
      fact: 'Gem owners are managed with `gem owner`; a gem can require MFA of its owners for pushes and other privileged actions with the `rubygems_mfa_required` metadata.',
      source: 'https://guides.rubygems.org/mfa-requirement-opt-in/',
      versions: 'rubygems.org, as of 2026',
    },
  ],
  'version-immutability': [
    {
      fact: 'A gem version can be published only once: yanking removes it from the index and deletes its .gem file, and the same name and version can never be pushed again (copies already taken by mirrors remain).',
      source: 'https://blog.rubygems.org/2015/04/13/permadelete-on-yank.html',
      versions: 'rubygems.org, as of 2026 (files deleted on yank since April 2015)',
    },
    {
      fact: 'Owners can yank a version only while it is at most 30 days old and has at most 100,000 downloads; an older or more downloaded version can be removed only by RubyGems support (for a legal or security risk), and a refused yank is logged on the gem.',
      source: 'https://github.com/rubygems/rubygems.org/pull/4628',
      versions: 'rubygems.org since 2024-04-19 (PR #4628), as of 2026',
    },
  ],
  provenance: [
    {
      fact: 'rubygems.org supports trusted publishing from GitHub Actions only (rubygems/release-gem); a push with a trusted-publishing key may carry Sigstore bundles, which rubygems.org verifies against the publisher before storing them and serves at `/api/v1/attestations/<gem>-<version>.json`. A push with an ordinary API key cannot carry attestations.',
      source:
        'https://github.com/rubygems/rubygems.org/blob/3c8ea0d4cbe85bd2a2bb5d22486247656a3dfb6c/app/models/pusher.rb',
      versions: `rubygems.org, as of 2026 (${RG}: \`OIDC::TrustedPublisher.all\` is \`[GitHubAction]\`, \`Pusher#verify_sigstore\`)`,
    },
  ],
  'publish-credentials': [
    {
      fact: 'API keys (prefix `rubygems_` and 48 hex characters) can be limited by scope, to one gem and by an expiry date, and never expire without one; rubygems.org revokes keys that GitHub secret scanning reports and emails their owner. Keys from before the prefix (32 hex characters) were carried over as `legacy-key` with every scope and still authenticate until deleted. Trusted publishing replaces them with short-lived keys minted from a CI OIDC token.',
      source: 'https://guides.rubygems.org/api-key-scopes/',
      versions: `rubygems.org, as of 2026 (${RG}: app/controllers/concerns/api_keyable.rb, app/models/api_key.rb, app/controllers/api/base_controller.rb; prefix and legacy-key copy from commit 2ba37d2f, merged 2020-12-16)`,
    },
  ],
  'blast-radius': [
    {
      fact: 'The rubygems.org team removes malicious gems: its acceptable-use policy forbids malicious code and lets the team delete a gem it judges a security concern without notifying the author, and its admins yank versions with a team-only \u201cYank Rubygem\u201d action; reports go to security@rubygems.org or HackerOne. Removed gems are recorded as OSV `MAL-` advisories (OpenSSF malicious-packages).',
      source: 'https://rubygems.org/policies/acceptable-use',
      versions: `rubygems.org and OpenSSF malicious-packages, as of 2026 (${RG}: app/views/policies/acceptable-use.md, app/avo/actions/yank_rubygem.rb, app/views/pages/security.html.erb)`,
    },
  ],
  'own-supply-chain': [
    {
      fact: 'Bundler itself is pinned by the `BUNDLED WITH` line: bundle install runs exactly that version, installing it first when it is missing; from Bundler 2.5 the `version` setting can override it (`system` keeps the running Bundler).',
      source: 'https://bundler.io/blog/2022/01/23/bundler-v2-3.html',
      versions: 'bundler >= 2.3 with RubyGems >= 3.3',
      applies: { client: 'bundler', since: '2.3.0' },
    },
  ],
};

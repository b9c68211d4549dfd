/** What Bundler and RubyGems do by design, with sources. https://guides.rubygems.org/security/ */
import type { EcosystemProfile } from '@inert/core';

export const profile: EcosystemProfile = {
  'install-time-execution': [
    { fact: 'Installing a gem with `extensions` runs its extconf.rb, Rakefile, CMake or Cargo build on the installing machine, for every gem in the resolved set (GEM and GIT sources; Bundler does not build extensions of PATH gems).', source: 'https://guides.rubygems.org/gems-with-extensions/' },
    { fact: 'An installed gem with a `rubygems_plugin.rb` is loaded by later gem commands (and, since RubyGems 3.4.14, right after its own install); plugins can register pre/post install hooks.', source: 'https://guides.rubygems.org/plugins/', versions: 'rubygems >= 3.4.14 for the immediate load' },
    { fact: 'Bundler plugins declared with `plugin` in the Gemfile are installed by bundle install outside Gemfile.lock, with frozen/deployment mode forced off, and run on Bundler hook events.', source: 'https://bundler.io/guides/bundler_plugins.html' },
  ],
  'pre-install-execution': [{ fact: 'Every bundle command evaluates the Gemfile, and the gemspecs it loads with `gemspec`, as Ruby: there is no safe bundle command on an untrusted checkout.', source: 'https://bundler.io/man/gemfile.5.html' }],
  'lockfile-integrity': [
    { fact: 'Gemfile.lock pins names and versions; since Bundler 2.6 `bundle lock --add-checksums` also records a sha256 per gem in a CHECKSUMS section, verified at install.', source: 'https://bundler.io/man/bundle-lock.1.html', versions: 'bundler >= 2.6' },
    { fact: '`bundle install` in frozen or deployment mode (BUNDLE_FROZEN / BUNDLE_DEPLOYMENT) refuses to change Gemfile.lock; since 2.6.7 it also refuses registry gems missing from CHECKSUMS.', source: 'https://bundler.io/man/bundle-config.1.html' },
    { fact: 'GIT and PATH gems have no checksum entry by design; a GIT section pins the commit in `revision`.', source: 'https://bundler.io/man/bundle-lock.1.html' },
  ],
  'name-identity': [{ fact: 'rubygems.org names are unique case-insensitively, and a new name that equals a protected gem\u2019s name after upper-casing and removing `-`/`_` is refused (look-alike protection; `.` differences, homoglyphs and swaps are not covered).', source: 'https://github.com/rubygems/rubygems.org/blob/master/app/models/gem_typo.rb' }],
  'multi-source-resolution': [
    { fact: 'Several global `source` lines let any unscoped gem resolve from any of them; Bundler 2 warns, Bundler 4 refuses. `source … do` blocks pin gems to one server.', source: 'https://bundler.io/man/gemfile.5.html' },
    { fact: 'Bundler before 2.2.18 could install a scoped gem from another source (CVE-2020-36327); 2.2.18 gives every dependency an explicit source.', source: 'https://github.com/advisories/GHSA-fp4w-jxhp-m23p', versions: 'bundler 1.16.0 – 2.2.17' },
    { fact: 'A `mirror.<url>` setting silently sends every request for a source to another server.', source: 'https://bundler.io/man/bundle-config.1.html' },
  ],
  'namespace-allocation': [{ fact: 'rubygems.org names are first come, first served in one flat namespace; deleted names can be reserved to prevent re-registration.', source: 'https://guides.rubygems.org/name-your-gem/' }],
  'maintainer-lifecycle': [{ fact: 'Gem owners are managed with `gem owner`; rubygems.org supports MFA requirements per gem (`rubygems_mfa_required` metadata).', source: 'https://guides.rubygems.org/mfa-requirement-opt-in/' }],
  'version-immutability': [{ fact: 'A yanked version is removed from the index, and its name and version can never be pushed again with other content.', source: 'https://guides.rubygems.org/removing-a-published-gem/' }],
  provenance: [{ fact: 'rubygems.org supports trusted publishing from GitHub Actions (rubygems/release-gem) and Sigstore attestations for gems pushed that way.', source: 'https://guides.rubygems.org/trusted-publishing/' }],
  'publish-credentials': [{ fact: 'API keys (prefix `rubygems_`) can be scoped per gem and command, and are found by GitHub secret scanning; trusted publishing replaces them with short-lived keys.', source: 'https://guides.rubygems.org/api-key-scopes/' }],
  'blast-radius': [{ fact: 'Malicious gems are yanked by the rubygems.org team and recorded as OSV `MAL-` advisories (OpenSSF malicious-packages).', source: 'https://github.com/ossf/malicious-packages' }],
  'own-supply-chain': [{ fact: 'Bundler itself is pinned by the `BUNDLED WITH` line; RubyGems installs that Bundler version on demand, from rubygems.org.', source: 'https://bundler.io/blog/2022/01/23/bundler-v2-3.html' }],
};

/** What Bundler and RubyGems do by design, with sources. */
import type { EcosystemProfile } from '@inert/core';

export const profile: EcosystemProfile = {
  'install-time-execution': [{ fact: 'Installing a gem with `extensions` runs its extconf.rb (or Rakefile) to compile native code; gems have no other install hooks since RubyGems removed post-install messages from running code.', source: 'https://guides.rubygems.org/gems-with-extensions/' }],
  'pre-install-execution': [{ fact: 'Every bundle command evaluates the Gemfile, and the gemspecs it loads with `gemspec`, as Ruby: there is no safe bundle command on an untrusted checkout.', source: 'https://bundler.io/man/gemfile.5.html' }],
  'lockfile-integrity': [
    { fact: 'Gemfile.lock pins names and versions; since Bundler 2.6 `bundle lock --add-checksums` also records a sha256 per gem in a CHECKSUMS section, verified at install.', source: 'https://bundler.io/man/bundle-lock.1.html', versions: 'bundler >= 2.6' },
    { fact: '`bundle install` in frozen or deployment mode refuses to change Gemfile.lock.', source: 'https://bundler.io/man/bundle-install.1.html' },
  ],
  'name-identity': [{ fact: 'rubygems.org refuses new gem names that are too similar to existing popular names (typosquat protection) and names are case-sensitive otherwise.', source: 'https://guides.rubygems.org/name-your-gem/' }],
  'multi-source-resolution': [{ fact: 'Several global `source` lines let any unscoped gem resolve from any of them; Bundler warns and recommends `source … do` blocks for private gems.', source: 'https://bundler.io/man/gemfile.5.html#SOURCE-PRIORITY' }],
  'namespace-allocation': [{ fact: 'rubygems.org names are first come, first served in one flat namespace; deleted names can be reserved to prevent re-registration.', source: 'https://guides.rubygems.org/name-your-gem/' }],
  'maintainer-lifecycle': [{ fact: 'Gem owners are managed with `gem owner`; rubygems.org supports MFA requirements per gem (`rubygems_mfa_required` metadata).', source: 'https://guides.rubygems.org/mfa-requirement-opt-in/' }],
  'version-immutability': [{ fact: 'A yanked version is removed from the index, and its name and version can never be pushed again with other content.', source: 'https://guides.rubygems.org/removing-a-published-gem/' }],
  provenance: [{ fact: 'rubygems.org supports trusted publishing from GitHub Actions (rubygems/release-gem) and Sigstore attestations for gems pushed that way.', source: 'https://guides.rubygems.org/trusted-publishing/' }],
  'publish-credentials': [{ fact: 'API keys (prefix `rubygems_`) can be scoped per gem and command, and are found by GitHub secret scanning; trusted publishing replaces them with short-lived keys.', source: 'https://guides.rubygems.org/api-key-scopes/' }],
  'blast-radius': [{ fact: 'Malicious gems are yanked by the rubygems.org team and recorded as OSV `MAL-` advisories (OpenSSF malicious-packages).', source: 'https://github.com/ossf/malicious-packages' }],
  'own-supply-chain': [{ fact: 'Bundler itself is pinned by the `BUNDLED WITH` line; RubyGems installs that Bundler version on demand, from rubygems.org.', source: 'https://bundler.io/blog/2022/01/23/bundler-v2-3.html' }],
};

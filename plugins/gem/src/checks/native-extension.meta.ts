/** The metadata of gem/native-extension: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const nativeExtensionMeta = {
  id: 'native-extension',
  question: 'install-time-execution',
  title: 'A gem builds a native extension at install',
  description:
    'A gemspec in the checkout declares `extensions` (an extconf.rb, Rakefile or CMake file): `gem install` and `bundle install` run it to compile the extension, which is arbitrary Ruby and shell at install time. In a lockfile, a gem locked both as precompiled platform variants and as a plain (`ruby` platform) variant is a native gem: on any platform without a binary, or with `force_ruby_platform`, Bundler installs the plain variant and runs its extension build. Other registry gems may compile too; their gemspecs are not in the lock, so the inventory says `installScripts: null` for them.',
  severity: 'low',
  severityRule: [
    {
      severity: 'critical',
      when: 'package mode (an archive or `--package`): the gem\u2019s `extconf.rb`, read statically, downloads and runs code, decodes and evaluates strings or serialises the environment (the shared hook classifier; see docs/package-vetting.md)',
    },
    {
      severity: 'high',
      when: 'package mode: the extension build script spawns processes or shells (`system`, backticks, `IO.popen`), opens network connections or reads credential files or token variables',
    },
    {
      severity: 'medium',
      when: 'package mode: the gemspec declares an extension build script the package does not hold as a readable file, so what it does cannot be read',
    },
    {
      severity: 'low',
      when: 'package mode: nothing beyond a native build was recognised, and a checkout\u2019s own one (it runs from the checkout, where a reviewer can read it)',
    },
  ],
  confidence: 'high',
  messages: {
    extension: '{file} declares native extensions: installing the gem runs their build script',
    packageExtension: 'the gem runs {script} when it is installed (a declared extension in {file}), and it {summary}',
    packageExtensionUnread:
      'the gem runs {script} when it is installed (a declared extension in {file}), and the package does not hold it as a readable file: what it does cannot be read',
    sourceVariant:
      '{file} locks source (ruby platform) variants of native gems that compile at install where no binary fits: {names}',
  },
  remediation:
    'Review the extension build scripts; prefer precompiled platform gems and list every platform you deploy on in PLATFORMS (`bundle lock --add-platform`).',
  limitations:
    'Registry gems\u2019 extensions are not visible from the lock: only gems that also ship platform binaries are recognised as native there.',
  reads: ['manifest', 'lockfile'],
  examples: {
    bad: [
      'native-extension--package-extconf-judged',
      'native-extension--package-extconf-spawns',
      'native-extension--package-extconf-missing',
      'native-extension--package-extconf-plain',
      'native-extension--extconf',
      'native-extension--checkout-mini-portile',
      'native-extension--locked-source-variant',
    ],
    good: ['clean--lockfile-only', 'clean--gemfile-and-gemspec'],
  },
  since: 'next',
} as const satisfies CheckMeta;

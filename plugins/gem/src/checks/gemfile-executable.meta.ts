/** The metadata of gem/gemfile-executable: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const gemfileExecutableMeta = {
  id: 'gemfile-executable',
  question: 'pre-install-execution',
  title: 'The Gemfile is a Ruby program that every bundle command runs',
  description:
    'Bundler evaluates the Gemfile (and every gemspec it loads through `gemspec`) as Ruby on every command — `bundle install`, `bundle exec`, even `bundle list` and `bundle outdated`. On an untrusted checkout no bundle command is safe: the file can do anything Ruby can. inert reads it as a syntax tree instead and reports what it could not determine.',
  severity: 'info',
  confidence: 'high',
  messages: {
    gemfile:
      '{file} is Ruby that every bundle command evaluates; read it (inert did, statically) before running bundle on an untrusted checkout',
  },
  remediation:
    'Review the Gemfile and gemspecs before the first bundle command on code you do not trust, or run bundler in a sandbox.',
  limitations: 'Code the Gemfile loads from elsewhere (eval_gemfile of computed paths, require) is not followed.',
  reads: ['manifest'],
  examples: { bad: ['gemfile-executable--plain-gemfile'], good: ['clean--lockfile-only'] },
  since: 'next',
} as const satisfies CheckMeta;

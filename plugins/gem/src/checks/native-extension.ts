/** Gemspecs that build native extensions at install. https://guides.rubygems.org/specification-reference/#extensions */
import { defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';

export const nativeExtension = defineCheck<GemModel>()({
  id: 'native-extension',
  question: 'install-time-execution',
  title: 'A gem builds a native extension at install',
  description:
    'A gemspec in the checkout declares `extensions` (an extconf.rb, Rakefile or CMake file): `gem install` and `bundle install` run it to compile the extension, which is arbitrary Ruby and shell at install time. Gems from rubygems.org can do the same; their gemspecs are not in the lock, so the inventory says `installScripts: null` for them.',
  severity: 'low',
  confidence: 'high',
  messages: {
    extension: '{file} declares native extensions: installing the gem runs their build script',
  },
  remediation: 'Review the extension build scripts; prefer precompiled platform gems where the gem publishes them.',
  limitations: 'Registry gems\u2019 extensions are not visible from the lock.',
  reads: ['manifest'],
  examples: { bad: ['native-extension--extconf'], good: ['clean--lockfile-only'] },
  since: 'next',
  run(model, report) {
    for (const m of model.manifests) for (const at of m.extensions) report({ messageId: 'extension', data: { file: m.path }, at, key: m.path });
  },
});

/** Gemfiles and gemspecs are Ruby programs run by every bundle command. https://bundler.io/man/gemfile.5.html */
import { defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';
import { gemfileExecutableMeta } from './gemfile-executable.meta.js';

export const gemfileExecutable = defineCheck<GemModel>()({
  ...gemfileExecutableMeta,
  run(model, report) {
    for (const m of model.manifests) {
      if (m.kind !== 'gemfile') continue;
      report({ messageId: 'gemfile', data: { file: m.path }, at: { file: m.path, line: 1, column: 1 }, key: m.path });
    }
  },
});

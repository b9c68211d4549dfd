/** `--extra-index-url`: pip searches every index and takes the best version from any. https://pip.pypa.io/en/stable/cli/pip_install/#finding-packages */
import { defineCheck } from '@inert/core';
import { indexUrls } from '../facts.js';
import { redact } from '../load/pep508.js';
import type { PipModel } from '../model.js';
import { extraIndexUrlMeta } from './extra-index-url.meta.js';

export const extraIndexUrl = defineCheck<PipModel>()({
  ...extraIndexUrlMeta,
  run(model, report) {
    const unsafeUv = new Set(
      model.tomls
        .filter((t) => t.uvSettings.some((s) => s.key === 'index-strategy' && s.value.startsWith('unsafe')))
        .map((t) => t.path),
    );
    for (const u of indexUrls(model)) {
      if (u.key !== 'extra-index-url') continue;
      const url = redact(u.url);
      if (u.origin === 'uv') {
        const file = 'doc' in u.at ? u.at.doc.path : u.at.file;
        report({
          messageId: 'uv',
          data: { url },
          at: u.at,
          key: u.url,
          ...(unsafeUv.has(file) ? {} : { severity: 'medium' as const }),
        });
      } else
        report({
          messageId: 'pip',
          data: { origin: 'file' in u.at ? u.at.file : u.origin, url },
          at: u.at,
          key: u.url,
        });
    }
  },
});

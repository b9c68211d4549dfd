/** `--find-links` and flat indexes: any archive whose file name matches is a candidate. https://pip.pypa.io/en/stable/cli/pip_install/#cmdoption-f */
import { defineCheck } from '@inert/core';
import { indexUrls } from '../facts.js';
import { redact } from '../load/pep508.js';
import type { PipModel } from '../model.js';
import { findLinksMeta } from './find-links.meta.js';

export const findLinks = defineCheck<PipModel>()({
  ...findLinksMeta,
  run(model, report) {
    for (const u of indexUrls(model)) {
      if (u.key === 'find-links')
        report({ messageId: 'findLinks', data: { url: redact(u.url) }, at: u.at, key: u.url });
    }
    for (const t of model.tomls) {
      for (const s of t.sources) {
        const flat =
          (s.tool === 'uv' && s.fields['format'] === 'flat') || (s.tool === 'pdm' && s.fields['type'] === 'find_links');
        if (flat)
          report({
            messageId: 'findLinks',
            data: { url: redact(s.url ?? s.name ?? '?') },
            at: s.at,
            key: s.url ?? s.name ?? '',
          });
      }
    }
  },
});

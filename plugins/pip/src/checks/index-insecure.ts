/** Indexes over plain http, `--trusted-host`, or sources with TLS verification off. https://pip.pypa.io/en/stable/cli/pip/#cmdoption-trusted-host */
import { defineCheck } from '@inert/core';
import { indexUrls, isHttp } from '../facts.js';
import { redact } from '../load/pep508.js';
import type { PipModel } from '../model.js';
import { indexInsecureMeta } from './index-insecure.meta.js';

export const indexInsecure = defineCheck<PipModel>()({
  ...indexInsecureMeta,
  run(model, report) {
    for (const u of indexUrls(model)) {
      if (u.key === 'trusted-host')
        report({ messageId: 'trustedHost', data: { url: u.url }, at: u.at, key: `trusted:${u.url}` });
      else if (isHttp(u.url)) report({ messageId: 'http', data: { url: redact(u.url) }, at: u.at, key: u.url });
    }
    for (const t of model.tomls) {
      for (const s of t.sources) {
        if (s.fields['verify_ssl'] === false)
          report({
            messageId: 'verifySsl',
            data: { name: s.name ?? s.url ?? '?' },
            at: { doc: t.doc, route: [...s.route, 'verify_ssl'] },
            key: `verify:${s.name ?? ''}`,
          });
      }
    }
  },
});

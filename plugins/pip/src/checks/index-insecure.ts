/** Indexes over plain http, `--trusted-host`, or sources with TLS verification off. https://pip.pypa.io/en/stable/cli/pip/#cmdoption-trusted-host */
import { defineCheck } from '@inert/core';
import { indexUrls, isHttp } from '../facts.js';
import { redact } from '../load/pep508.js';
import type { PipModel } from '../model.js';

export const indexInsecure = defineCheck<PipModel>()({
  id: 'index-insecure',
  question: 'multi-source-resolution',
  title: 'Packages can be fetched without TLS verification',
  description:
    'An index or find-links location over `http:` can be read and rewritten by anyone on the network path, and a `--trusted-host` entry tells pip to accept that host over http or with an invalid certificate. Pipenv and PDM sources with `verify_ssl = false` do the same. Hashes in a lock protect the files, not the index pages that decide which files are considered.',
  severity: 'high',
  confidence: 'high',
  messages: {
    http: '{url} is fetched over plain http: packages and index pages can be swapped in transit',
    trustedHost: '--trusted-host {url}: pip skips TLS verification (or allows http) for this host',
    verifySsl: 'source {name} has verify_ssl = false: its certificate is not checked',
  },
  remediation:
    'Use https with a valid certificate; add the host\u2019s CA with `--cert`/`PIP_CERT` instead of trusting the host.',
  limitations:
    'http URLs in environment variables and CI command lines are the CI reader\u2019s; a localhost index is still reported.',
  reads: ['manifest', 'client-config'],
  examples: { bad: ['index-insecure--http-and-trusted-host'], good: ['clean--requirements-hashed'] },
  since: 'next',
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

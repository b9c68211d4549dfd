/** `--find-links` and flat indexes: any archive whose file name matches is a candidate. https://pip.pypa.io/en/stable/cli/pip_install/#cmdoption-f */
import { defineCheck } from '@inert/core';
import { indexUrls } from '../facts.js';
import { redact } from '../load/pep508.js';
import type { PipModel } from '../model.js';

export const findLinks = defineCheck<PipModel>()({
  id: 'find-links',
  question: 'multi-source-resolution',
  title: 'A find-links location adds archives from outside any index',
  description:
    '`--find-links`/`-f` (pip, uv), a uv index with `format = "flat"` and a PDM source with `type = "find_links"` make an HTML page or a directory of archives a package source. Any file whose name parses as `<name>-<version>` is a candidate alongside the index, with no index metadata, and pip ranks it with the rest: the highest version wins.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    findLinks:
      '{url} is a find-links source: any archive named like a dependency there is a candidate, ranked with the index',
  },
  remediation: 'Publish the archives to an index you control, or install them by path with `--hash` and `--no-index`.',
  limitations: 'Find-links given on CI command lines or in `PIP_FIND_LINKS` are the CI reader\u2019s.',
  reads: ['manifest', 'client-config'],
  examples: { bad: ['find-links--requirements-and-uv-flat'], good: ['clean--requirements-hashed'] },
  since: 'next',
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

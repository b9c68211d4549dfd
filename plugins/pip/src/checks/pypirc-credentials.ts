/** A committed .pypirc with a password or PyPI API token. https://packaging.python.org/en/latest/specifications/pypirc/ */
import { defineCheck } from '@inert/core';
import type { PipModel } from '../model.js';
import { pypircCredentialsMeta } from './pypirc-credentials.meta.js';

export const pypircCredentials = defineCheck<PipModel>()({
  ...pypircCredentialsMeta,
  run(model, report) {
    for (const file of model.pypircs) {
      for (const e of file.entries) {
        if (e.key !== 'password' || e.value === '' || /^\$\{?\w+\}?$|^%\(/.test(e.value)) continue;
        const user = file.entries.find((u) => u.section === e.section && u.key === 'username')?.value ?? 'its user';
        const at = { file: file.path, line: e.line, column: e.column };
        if (e.value.startsWith('pypi-'))
          report({ messageId: 'token', data: { section: e.section }, at, severity: 'critical', key: e.section });
        else report({ messageId: 'password', data: { section: e.section, user }, at, key: e.section });
      }
    }
  },
});

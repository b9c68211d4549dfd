/** Registry tokens committed in cargo credential or config files. https://doc.rust-lang.org/cargo/reference/config.html#credentials */
import { defineCheck, type Route, type TomlDocument } from '@inert/core';
import { entries, str, table } from '../load/table.js';
import type { CargoModel } from '../model.js';
import { credentialsCommittedMeta } from './credentials-committed.meta.js';

// crates.io API tokens: `cio` followed by 32 alphanumerics.
const CRATES_IO_TOKEN = /^cio[A-Za-z0-9]{32}$/;
const TOKEN_ENV = /^CARGO_REGISTR(?:Y|IES_[A-Z0-9_]+)_TOKEN$/;

export const credentialsCommitted = defineCheck<CargoModel>()({
  ...credentialsCommittedMeta,
  run(model, report) {
    const files: { path: string; doc: TomlDocument }[] = [...model.credentials, ...model.configs];
    for (const { path, doc } of files) {
      const found: [Route, string][] = [];
      const token = str(table(doc.value.registry).token);
      if (token !== undefined) found.push([['registry', 'token'], token]);
      for (const [name, r] of entries(doc.value.registries)) {
        const t = str(table(r).token);
        if (t !== undefined) found.push([['registries', name, 'token'], t]);
      }
      for (const [name, v] of entries(doc.value.env)) {
        const value = str(v) ?? str(table(v).value);
        if (value !== undefined && (TOKEN_ENV.test(name) || CRATES_IO_TOKEN.test(value)))
          found.push([['env', name], value]);
      }
      for (const [route, value] of found) {
        if (placeholder(value)) continue;
        // A token that is not crates.io-shaped may belong to a private registry or be a test value.
        const severity = CRATES_IO_TOKEN.test(value) || route[0] !== 'env' ? undefined : 'high';
        report({
          messageId: 'token',
          ...(severity ? { severity } : {}),
          data: {
            file: path,
            key: route.join('.'),
            redacted: `${value.slice(0, 3)}\u2026 (${value.length} characters)`,
          },
          at: { doc, route, part: 'value' },
          key: route.join('.'),
        });
      }
    }
  },
});

function placeholder(value: string): boolean {
  return value.trim() === '' || /^\$\{?|^<.*>$|^(?:x+|\*+|token|changeme|dummy|placeholder)$/i.test(value.trim());
}

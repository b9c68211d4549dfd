/** RubyGems API keys committed to the tree. https://guides.rubygems.org/api-key-scopes/ */
import { defineCheck } from '@inert/core';
import type { GemModel } from '../model.js';
import { credentialsCommittedMeta } from './credentials-committed.meta.js';

export const credentialsCommitted = defineCheck<GemModel>()({
  ...credentialsCommittedMeta,
  run(model, report) {
    for (const s of model.secrets)
      report({
        messageId: 'inline',
        data: { file: s.file, what: s.what },
        at: { file: s.file, line: s.line, column: s.column },
        key: `${s.line}:${s.column}`,
      });
    for (const c of model.credentials)
      for (const k of c.keys)
        report({
          messageId: 'apiKey',
          data: { file: c.path, key: k.key },
          at: { file: c.path, line: k.line, column: 1 },
          key: k.key,
        });
    for (const c of model.configs) {
      for (const [key, value] of Object.entries(c.values)) {
        if (!isServerCredentialKey(key) || value.trim() === '') continue;
        report({
          messageId: 'serverCredential',
          data: { file: c.path, host: key.slice(7).toLowerCase().replace(/__/g, '.') },
          at: { doc: c.doc, route: [key], part: 'key' },
          key,
        });
      }
    }
  },
});

/**
 * `BUNDLE_<HOST>` where the host has a `.` (written `__`) with a character on each side, and is not
 * one of Bundler's own settings: `/^BUNDLE_(?!…)[A-Z0-9_]+__[A-Z0-9_]+$/` without its two
 * overlapping quantifiers (linear, #20 class 3).
 */
export function isServerCredentialKey(key: string): boolean {
  if (
    !/^BUNDLE_(?!MIRROR|BUILD|DISABLE|FROZEN|DEPLOYMENT|PATH|WITHOUT|WITH|JOBS|RETRY|BIN|GEMFILE|APP_CONFIG|CACHE|SET|FORCE|NO_|SPECIFIC|AUTO|SILENCE|CLEAN|IGNORE|LOCKFILE)[A-Z0-9_]+$/.test(
      key,
    )
  )
    return false;
  // The earliest `__` after at least one host character leaves the most room for one after it.
  const dot = key.indexOf('__', 8);
  return dot >= 0 && dot + 2 < key.length;
}

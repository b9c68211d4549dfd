/** Credentials in Gemfiles and lockfiles: RubyGems API keys and passwords in URLs, never copied whole. */
import { splitLines } from '@inert/core';
import type { GemModel } from '../model.js';

const API_KEY = /\brubygems_[0-9a-f]{48}\b/;
/** `scheme://user:secret@host` — a URL carrying a password or token (Bundler also accepts `token@host`). */
const URL_CREDENTIAL = /\b(?:https?|git|ssh):\/\/[^\s/@"':]+:([^\s/@"']+)@[^\s"']+/i;

/** API keys and passwords in URLs, line by line (over-long lines skipped). */
export function findSecrets(text: string, file: string): GemModel['secrets'] {
  const out: GemModel['secrets'] = [];
  splitLines(text).forEach((line, i) => {
    if (line.length > 10_000) return;
    const key = API_KEY.exec(line);
    if (key) out.push({ file, line: i + 1, column: key.index + 1, what: 'a RubyGems API key (rubygems_…)' });
    const url = URL_CREDENTIAL.exec(line);
    // `${…}`/`#{…}`/ENV placeholders are not secrets.
    if (url && !/^[$#%]?\{|^\$|^ENV/.test(url[1]!))
      out.push({
        file,
        line: i + 1,
        column: url.index + 1,
        what: `a password or token in the URL of ${redactUserinfo(url[0]).slice(0, 80)}`,
      });
  });
  return out;
}

/**
 * `https://user:pass@host` → `https://***@host`: the first `//` followed by a non-empty run without
 * `@` and then an `@` (as `/\/\/[^@]+@/` would replace), found in one pass (#20).
 */
export function redactUserinfo(url: string): string {
  for (let i = url.indexOf('//'); i >= 0; i = url.indexOf('//', i + 1)) {
    const at = url.indexOf('@', i + 2);
    if (at < 0) return url;
    if (at > i + 2) return `${url.slice(0, i)}//***@${url.slice(at + 1)}`;
  }
  return url;
}

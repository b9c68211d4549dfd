/** The gem loaders survive hostile input: they report, never throw or hang. https://bundler.io/man/gemfile.5.html */
import { describe, expect, it } from 'vitest';
import { lockClients } from './clients.js';
import { findSecrets } from './secrets.js';
import { parseLockfile } from './lockfile.js';
import { parseRuby } from './ruby.js';

const inputs = [
  '',
  '\0\0\0',
  '('.repeat(5000),
  '[' + '['.repeat(3000),
  'gem '.repeat(5000),
  '"'.repeat(10001),
  'GEM\n  remote:\n  specs:\n    (\n    a (\n    b ())\n',
  'CHECKSUMS\n  x (1) sha256=\n  __proto__ (1) sha256=00\n',
  'GIT\n  revision: x\n  specs:\n    y (1)\n',
  'PATH\n' + '    a (1)\n'.repeat(2000),
  'gem "__proto__", __proto__: "x"\nsource :"#{x}"\n',
  'x = <<~EOS\n' + 'a\n'.repeat(1000),
  'https://' + 'a:'.repeat(5000) + '@',
];

describe('gem loaders survive hostile input', () => {
  it.each(inputs.map((t, i) => [i, t] as const))('input %i', async (_i, text) => {
    expect(Array.isArray(parseLockfile(text, 'Gemfile.lock', '').specs)).toBe(true);
    expect(Array.isArray(lockClients(parseLockfile(text, 'Gemfile.lock', '')))).toBe(true);
    expect(Array.isArray(findSecrets(text, 'Gemfile'))).toBe(true);
    for (const kind of ['gemfile', 'gemspec'] as const) {
      const r = await parseRuby(text, 'Gemfile', '', kind);
      expect(Array.isArray(r.problems)).toBe(true);
    }
  });
});

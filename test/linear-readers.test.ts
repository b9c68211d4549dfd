/** One-pass replacements for regexes that backtracked on attacker text (#20 class 3): same results, linear time. */
import { describe, expect, it } from 'vitest';
import { redactUserinfo } from '../plugins/gem/src/load/index.js';
import { hasHashFragment } from '../plugins/pip/src/load/pep508.js';
import { stripComment } from '../plugins/pip/src/load/requirements.js';

describe('linear readers agree with the regexes they replace', () => {
  it('requirements comments', () => {
    for (const s of [
      'pkg==1 # c',
      '# only',
      'pkg==1#frag',
      'a  b #c',
      'a#b #c',
      '  x\t# y # z',
      '',
      'no comment',
      'url#sha256=ab # note',
    ]) {
      expect(stripComment(s), s).toBe(s.replace(/(^|\s+)#.*$/s, '').trim());
    }
  });

  it('hash fragments', () => {
    for (const s of [
      'https://x/p.whl#sha256=abc',
      'https://x/p.whl#egg=p&sha512=00',
      'https://x/p.whl#md5=ab',
      'https://x/p.whl',
      'https://x/#a#sha384=f',
      'https://x/#SHA256=AB',
      'https://x/#sha256=',
    ]) {
      expect(hasHashFragment(s), s).toBe(/#(?:.*&)?(?:sha256|sha384|sha512)=[0-9a-f]+/i.test(s));
    }
  });

  it('URL user info redaction', () => {
    for (const s of [
      'https://u:p@h/x',
      'https://h/x',
      '///@x@',
      'a//@b//c@d',
      '//@',
      'git+https://tok@github.com/a/b@main',
    ]) {
      expect(redactUserinfo(s), s).toBe(s.replace(/\/\/[^@]+@/, '//***@'));
    }
  });

  it('stay linear on the inputs that stalled the regexes', () => {
    const spaces = ' '.repeat(2_000_000);
    expect(stripComment(`pkg${spaces}x${spaces}y`)).toBe(`pkg${spaces}x${spaces}y`);
    expect(hasHashFragment(`https://x/#${'&'.repeat(2_000_000)}`)).toBe(false);
    expect(redactUserinfo('//'.repeat(1_000_000))).toHaveLength(2_000_000);
  });
});

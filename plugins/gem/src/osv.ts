/** How OSV names gems and orders their versions (the matcher is the core's). https://ossf.github.io/osv-schema/#affectedpackage-field */
import { compareDigitStrings, type OsvDescriptor } from '@inert/core';

/** Gem names are compared as written; versions in Gem::Version order. */
export const osv: OsvDescriptor = { ecosystem: 'RubyGems', compare: compareGem };

// --- RubyGems Gem::Version (https://guides.rubygems.org/patterns/#prerelease-gems)
export function compareGem(a: string, b: string): number | undefined {
  const seg = (v: string) =>
    /^\d+(?:\.[0-9a-z]+)*(?:-[0-9A-Z.-]+)?$/i.test(v.trim())
      ? v
          .trim()
          .replace(/-/g, '.pre.')
          .split(/\.|(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)/i)
      : undefined;
  const [x, y] = [seg(a), seg(b)];
  if (!x || !y) return undefined;
  // Gem::Version#canonical_segments: zeros before the prerelease part and at the end do not count.
  const trim = (s: string[]) => {
    const cut = s.findIndex((x) => !/^\d+$/.test(x));
    const release = cut < 0 ? s : s.slice(0, cut);
    const pre = cut < 0 ? [] : s.slice(cut);
    while (release.length > 1 && release[release.length - 1] === '0') release.pop();
    while (pre.length > 0 && pre[pre.length - 1] === '0') pre.pop();
    return [...release, ...pre];
  };
  const [s, t] = [trim(x), trim(y)];
  for (let i = 0; i < Math.max(s.length, t.length); i++) {
    const [p, q] = [s[i], t[i]];
    if (p === q) continue;
    if (p === undefined) return /^\d+$/.test(q!) ? -1 : 1;
    if (q === undefined) return /^\d+$/.test(p) ? 1 : -1;
    const [pn, qn] = [/^\d+$/.test(p), /^\d+$/.test(q)];
    if (pn && qn) return compareDigitStrings(p, q);
    if (pn) return 1; // a string segment marks a prerelease: lower than any number
    if (qn) return -1;
    return p < q ? -1 : 1;
  }
  return 0;
}

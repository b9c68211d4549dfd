/**
 * Version ordering per OSV ecosystem, for ECOSYSTEM and SEMVER ranges. Where an ordering is not
 * implemented or a version does not parse, `compare` returns undefined: "could not compare", never a guess.
 * https://ossf.github.io/osv-schema/#affectedrangestype-field
 */

export type OsvEcosystem = 'npm' | 'PyPI' | 'crates.io' | 'RubyGems' | 'Go' | 'Maven';

/** -1, 0, 1, or undefined when the versions cannot be ordered. */
export function compareVersions(ecosystem: OsvEcosystem | 'SEMVER', a: string, b: string): number | undefined {
  switch (ecosystem) {
    case 'npm':
    case 'crates.io':
    case 'SEMVER':
      return compareSemver(a, b);
    case 'Go':
      return compareSemver(a.replace(/^v/, ''), b.replace(/^v/, ''));
    case 'PyPI':
      return comparePep440(a, b);
    case 'RubyGems':
      return compareGem(a, b);
    case 'Maven':
      return compareMaven(a, b);
  }
}

// --- SemVer 2.0.0 (https://semver.org/#spec-item-11)
const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export function compareSemver(a: string, b: string): number | undefined {
  const x = SEMVER.exec(a.trim());
  const y = SEMVER.exec(b.trim());
  if (!x || !y) return undefined;
  for (let i = 1; i <= 3; i++) {
    const d = cmpBig(x[i]!, y[i]!);
    if (d !== 0) return d;
  }
  const [p, q] = [x[4], y[4]];
  if (p === undefined || q === undefined) return p === q ? 0 : p === undefined ? 1 : -1;
  const ps = p.split('.');
  const qs = q.split('.');
  for (let i = 0; i < Math.max(ps.length, qs.length); i++) {
    const [s, t] = [ps[i], qs[i]];
    if (s === undefined) return -1;
    if (t === undefined) return 1;
    const [sn, tn] = [/^\d+$/.test(s), /^\d+$/.test(t)];
    const d = sn && tn ? cmpBig(s, t) : sn ? -1 : tn ? 1 : s < t ? -1 : s > t ? 1 : 0;
    if (d !== 0) return d;
  }
  return 0;
}

// --- PEP 440 (https://peps.python.org/pep-0440/#summary-of-permitted-suffixes-and-relative-ordering)
const PEP440 = /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?([abc]|rc|alpha|beta|pre|preview)[-_.]?(\d*))?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d*))?(?:[-_.]?(dev)[-_.]?(\d*))?(?:\+[a-z0-9.]+)?$/i;

function pep440Key(v: string): (number | string)[] | undefined {
  const m = PEP440.exec(v.trim().toLowerCase());
  if (!m) return undefined;
  const release = m[2]!.split('.').map(Number);
  while (release.length > 1 && release[release.length - 1] === 0) release.pop();
  const preTag = m[3] ? ({ alpha: 'a', a: 'a', beta: 'b', b: 'b', c: 'rc', rc: 'rc', pre: 'rc', preview: 'rc' } as Record<string, string>)[m[3]]! : undefined;
  const post = m[5] ?? (m[6] ? m[7] || '0' : undefined);
  const dev = m[8] ? Number(m[9] || 0) : undefined;
  // Sort key: epoch, release, pre (dev-only releases sort before pre-releases), post, dev.
  const preRank = preTag ? ['a', 'b', 'rc'].indexOf(preTag) : dev !== undefined && post === undefined ? -1 : 3;
  return [Number(m[1] ?? 0), ...release.flatMap((n) => [n]), -9e15, preRank, Number(m[4] || 0), post === undefined ? -1 : Number(post), dev === undefined ? Infinity : dev];
}

export function comparePep440(a: string, b: string): number | undefined {
  const x = pep440Key(a);
  const y = pep440Key(b);
  if (!x || !y) return undefined;
  // Release segments have different lengths: compare them as a padded unit before the suffix keys.
  const split = (k: (number | string)[]) => {
    const i = k.indexOf(-9e15);
    return { epoch: k[0] as number, release: k.slice(1, i) as number[], rest: k.slice(i + 1) as number[] };
  };
  const [s, t] = [split(x), split(y)];
  if (s.epoch !== t.epoch) return s.epoch < t.epoch ? -1 : 1;
  for (let i = 0; i < Math.max(s.release.length, t.release.length); i++) {
    const d = (s.release[i] ?? 0) - (t.release[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  for (let i = 0; i < s.rest.length; i++) if (s.rest[i] !== t.rest[i]) return s.rest[i]! < t.rest[i]! ? -1 : 1;
  return 0;
}

// --- RubyGems Gem::Version (https://guides.rubygems.org/patterns/#prerelease-gems)
export function compareGem(a: string, b: string): number | undefined {
  const seg = (v: string) => (/^\d+(\.[0-9a-z]+)*(-[0-9A-Z.-]+)?$/i.test(v.trim()) ? v.trim().replace(/-/g, '.pre.').split(/\.|(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)/i) : undefined);
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
    if (pn && qn) return cmpBig(p, q);
    if (pn) return 1; // a string segment marks a prerelease: lower than any number
    if (qn) return -1;
    return p < q ? -1 : 1;
  }
  return 0;
}

// --- Maven ComparableVersion, the common subset (https://maven.apache.org/pom.html#version-order-specification)
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];

export function compareMaven(a: string, b: string): number | undefined {
  const items = (v: string) => v.trim().toLowerCase().split(/[.-]|(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)/).map((s) => ({ a: 'alpha', b: 'beta', m: 'milestone', cr: 'rc', ga: '', final: '', release: '' } as Record<string, string>)[s] ?? s);
  const [x, y] = [items(a), items(b)];
  if (x.some((s) => s === undefined) || y.some((s) => s === undefined)) return undefined;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const [p = /^\d+$/.test(y[i] ?? '') ? '0' : '', q = /^\d+$/.test(x[i] ?? '') ? '0' : ''] = [x[i], y[i]];
    if (p === q) continue;
    const [pn, qn] = [/^\d+$/.test(p), /^\d+$/.test(q)];
    if (pn && qn) return cmpBig(p, q);
    if (pn) return 1;
    if (qn) return -1;
    const [pi, qi] = [QUALIFIERS.indexOf(p), QUALIFIERS.indexOf(q)];
    if (pi >= 0 && qi >= 0) return pi < qi ? -1 : 1;
    if (pi >= 0) return -1;
    if (qi >= 0) return 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

function cmpBig(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The ordering every OSV ecosystem shares: SemVer 2.0.0, which `SEMVER` ranges use whatever the
 * ecosystem. Each ecosystem's own order (for `ECOSYSTEM` ranges) comes from its plugin's
 * `osv.compare`. Where a version does not parse, the comparison returns undefined: "could not
 * compare", never a guess. https://ossf.github.io/osv-schema/#affectedrangestype-field
 */

// --- SemVer 2.0.0 (https://semver.org/#spec-item-11)
const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export function compareSemver(a: string, b: string): number | undefined {
  const x = SEMVER.exec(a.trim());
  const y = SEMVER.exec(b.trim());
  if (!x || !y) return undefined;
  for (let i = 1; i <= 3; i++) {
    const d = compareDigitStrings(x[i]!, y[i]!);
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
    const d = sn && tn ? compareDigitStrings(s, t) : sn ? -1 : tn ? 1 : s < t ? -1 : s > t ? 1 : 0;
    if (d !== 0) return d;
  }
  return 0;
}

/** Two strings of decimal digits compared as integers of any size (leading zeros ignored): -1, 0 or 1. */
export function compareDigitStrings(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** How OSV names Maven artifacts and orders their versions (the matcher is the core's). https://ossf.github.io/osv-schema/#affectedpackage-field */
import { compareDigitStrings, type OsvDescriptor } from '@inert/core';

/** `group:artifact` coordinates are compared as written; versions in Maven ComparableVersion order. */
export const osv: OsvDescriptor = { ecosystem: 'Maven', compare: compareMaven };

// --- Maven ComparableVersion, the common subset (https://maven.apache.org/pom.html#version-order-specification)
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];

export function compareMaven(a: string, b: string): number | undefined {
  const items = (v: string) =>
    v
      .trim()
      .toLowerCase()
      .split(/[.-]|(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)/)
      .map(
        (s) =>
          (
            ({ a: 'alpha', b: 'beta', m: 'milestone', cr: 'rc', ga: '', final: '', release: '' }) as Record<
              string,
              string
            >
          )[s] ?? s,
      );
  const [x, y] = [items(a), items(b)];
  if (x.some((s) => s === undefined) || y.some((s) => s === undefined)) return undefined;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const [p = /^\d+$/.test(y[i] ?? '') ? '0' : '', q = /^\d+$/.test(x[i] ?? '') ? '0' : ''] = [x[i], y[i]];
    if (p === q) continue;
    const [pn, qn] = [/^\d+$/.test(p), /^\d+$/.test(q)];
    if (pn && qn) return compareDigitStrings(p, q);
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

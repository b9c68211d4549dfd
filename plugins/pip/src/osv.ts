/** How OSV names PyPI projects and orders their versions (the matcher is the core's). https://ossf.github.io/osv-schema/#affectedpackage-field */
import type { OsvDescriptor } from '@inert/core';

export const osv: OsvDescriptor = {
  ecosystem: 'PyPI',
  normalise: (name) => name.toLowerCase().replace(/[-_.]+/g, '-'), // PEP 503
  compare: comparePep440,
};

// --- PEP 440 (https://peps.python.org/pep-0440/#summary-of-permitted-suffixes-and-relative-ordering)
const PEP440 =
  /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?([abc]|rc|alpha|beta|pre|preview)[-_.]?(\d*))?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d*))?(?:[-_.]?(dev)[-_.]?(\d*))?(?:\+[a-z0-9.]+)?$/i;

function pep440Key(v: string): (number | string)[] | undefined {
  const m = PEP440.exec(v.trim().toLowerCase());
  if (!m) return undefined;
  const release = m[2]!.split('.').map(Number);
  while (release.length > 1 && release[release.length - 1] === 0) release.pop();
  const preTag = m[3]
    ? (
        { alpha: 'a', a: 'a', beta: 'b', b: 'b', c: 'rc', rc: 'rc', pre: 'rc', preview: 'rc' } as Record<string, string>
      )[m[3]]!
    : undefined;
  const post = m[5] ?? (m[6] ? m[7] || '0' : undefined);
  const dev = m[8] ? Number(m[9] || 0) : undefined;
  // Sort key: epoch, release, pre (dev-only releases sort before pre-releases), post, dev.
  const preRank = preTag ? ['a', 'b', 'rc'].indexOf(preTag) : dev !== undefined && post === undefined ? -1 : 3;
  return [
    Number(m[1] ?? 0),
    ...release.flatMap((n) => [n]),
    -9e15,
    preRank,
    Number(m[4] || 0),
    post === undefined ? -1 : Number(post),
    dev === undefined ? Infinity : dev,
  ];
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

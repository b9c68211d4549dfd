/** Globs for file rules, matched against the end of a relative path (see FileRule.match). */

const cache = new Map<string, RegExp>();

/**
 * True when `path` (relative, `/`-separated) ends with segments matching `pattern`; with
 * `anchored`, the whole path must match (workspace globs).
 */
export function matchesGlob(path: string, pattern: string, options: { anchored?: boolean } = {}): boolean {
  const cacheKey = options.anchored ? `^${pattern}` : pattern;
  let re = cache.get(cacheKey);
  if (!re) cache.set(cacheKey, (re = compile(pattern, options.anchored === true)));
  return re.test(path);
}

function compile(pattern: string, anchored: boolean): RegExp {
  return new RegExp(`${anchored ? '^' : '(?:^|/)'}${body(pattern)}$`);
}

function body(pattern: string): string {
  let body = '';
  const segments = pattern.split('/');
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      body += last ? '.*' : '(?:[^/]+/)*';
      return;
    }
    body += segmentToRegex(segment) + (last ? '' : '/');
  });
  return body;
}

/**
 * A test that every path matching one of `patterns` passes, for a cheap first filter before the
 * full globs (most files of a checkout match no rule): patterns whose last segment is literal are
 * looked up by the path's last segment in a set, the others go in one combined regex.
 */
export function candidateFilter(patterns: readonly string[]): (path: string) => boolean {
  const literal = new Set<string>();
  const wild: string[] = [];
  for (const pattern of patterns) {
    const last = pattern.slice(pattern.lastIndexOf('/') + 1);
    if (/[*?{]/.test(last)) wild.push(body(pattern));
    else literal.add(last);
  }
  const re = wild.length > 0 ? new RegExp(`(?:^|/)(?:${wild.join('|')})$`) : undefined;
  return (path) => literal.has(path.slice(path.lastIndexOf('/') + 1)) || (re !== undefined && re.test(path));
}

function segmentToRegex(segment: string): string {
  let out = '';
  let inBraces = false;
  for (const c of segment) {
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') { out += '(?:'; inBraces = true; }
    else if (c === '}' && inBraces) { out += ')'; inBraces = false; }
    else if (c === ',' && inBraces) out += '|';
    else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return out;
}

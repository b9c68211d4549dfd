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
  return new RegExp(`${anchored ? '^' : '(?:^|/)'}${body}$`);
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

/** Lock entries whose registry tarball names another package than the entry. https://docs.npmjs.com/cli/configuring-npm/package-lock-json#packages */
import { defineCheck } from '@inert/core';
import { cutAt } from '@inert/core';
import type { NpmModel } from '../model.js';
import { entryData, fetchedOf, pkgRef } from '../support.js';
import { resolvedNameMismatchMeta } from './resolved-name-mismatch.meta.js';

export const resolvedNameMismatch = defineCheck<NpmModel>()({
  ...resolvedNameMismatchMeta,
  run(model, report) {
    for (const lock of model.locks)
      for (const e of fetchedOf(lock)) {
        const url = e.resolved;
        const other = url && (namesTarball(url, e.name) ? e.name : tarballName(url));
        if (!other || other.toLowerCase() === e.name.toLowerCase()) continue;
        report({
          messageId: 'mismatch',
          data: { ...entryData(e), other, url: url },
          at: e.resolvedAt ?? e.at,
          package: pkgRef(e),
          evidence: url,
        });
      }
  },
});

/** `https://host/prefix/@scope/name/-/name-1.0.0.tgz` → `@scope/name`; undefined for other layouts. */
export function tarballName(url: string): string | undefined {
  const path = cutAt(url.replace(/^[a-z+]+:\/\/[^/]+/i, ''), '#?');
  const i = path.indexOf('/-/');
  if (i < 0 || !path.endsWith('.tgz')) return undefined;
  const segments = path.slice(0, i).split('/').filter(Boolean).map(safeDecode);
  const last = segments.pop();
  if (!last) return undefined;
  if (last.includes('/')) return last; // @scope%2fname
  const scope = segments[segments.length - 1];
  return scope?.startsWith('@') ? `${scope}/${last}` : last;
}

/**
 * True only when `tarballName(url)` is `name`, decided without splitting the path: the common
 * `https://registry.npmjs.org/<name>/-/<file>.tgz` of every entry (issue #25, docs/decisions/0020).
 * False means "ask tarballName": anything to decode, a fragment or query, empty segments.
 */
export function namesTarball(url: string, name: string): boolean {
  if (!/^https?:\/\/[^/]/i.test(url) || url.includes('%') || url.includes('#') || url.includes('?')) return false;
  const hostEnd = url.indexOf('/', url.indexOf('//') + 2);
  if (hostEnd < 0) return false;
  const i = url.indexOf('/-/', hostEnd);
  if (i < 0 || !url.endsWith('.tgz')) return false;
  // The path before `/-/` ends with `/<name>`, and for an unscoped name the segment before is a plain one.
  const start = i - name.length;
  if (start <= hostEnd || url.charCodeAt(start - 1) !== 47 || !url.startsWith(name, start)) return false;
  if (name.startsWith('@')) {
    const slash = name.indexOf('/');
    return slash > 1 && slash === name.lastIndexOf('/') && slash < name.length - 1;
  }
  if (name.length === 0 || name.includes('/')) return false;
  const before = url.slice(hostEnd, start - 1);
  const previous = before.slice(before.lastIndexOf('/') + 1);
  return before === '' || (previous !== '' && !previous.startsWith('@'));
}

function safeDecode(segment: string): string {
  // Without a `%` there is nothing to decode (and nothing to throw on): most registry paths.
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * pkg:npm purls for lock entries. packageurl-js (the package-url project's reference implementation)
 * is the definition; the shapes a lock is made of are written out here as it writes them, so a lock
 * whose entries all have such a shape never loads it (about 15 ms of start-up on a small checkout;
 * issue #25, docs/decisions/0035). npm-purl.test.ts compares the two on every entry of the bench's
 * and the real corpus's locks and on random hostile entries.
 * https://github.com/package-url/purl-spec/blob/main/PURL-TYPES.rst#npm
 */
import { packageUrl, type PackageSource } from '@inert/core';
import type { LockEntry } from '../model.js';

// Characters packageurl-js writes as they are: lower-case names (an optional `@scope/`), plain versions.
const PLAIN_NAME = /^(?:@[a-z0-9][a-z0-9._-]{0,213}\/)?[a-z0-9._-]{1,214}$/;
const PLAIN_VERSION = /^[0-9a-z.-]{1,256}$/i;
const DEFAULT_REGISTRY = /^https:\/\/registry\.(?:npmjs\.org|yarnpkg\.com)\//;
// A qualifier value written out: printable ASCII, no space at either end (packageurl-js trims values),
// at most 2,000 characters (longer ones are left to packageurl-js; none is real).
const PLAIN_QUALIFIER = /^[\x21-\x7e](?:[\x20-\x7e]{0,1998}[\x21-\x7e])?$/;
// What application/x-www-form-urlencoded escapes and encodeURIComponent does not (URLSearchParams,
// which packageurl-js serializes qualifiers with, escapes all but ASCII alphanumerics and `*-._`).
const FORM_EXTRA = /[!'()~]/g;

/** The one qualifier an npm purl carries for this source, if any: [key, value] as packageurl-js is given it. */
export function purlQualifier(entry: LockEntry, source: PackageSource): [string, string | undefined] | undefined {
  if (source.kind === 'git')
    return [
      'vcs_url',
      entry.commit && source.url && !source.url.includes('#') ? `${source.url}#${entry.commit}` : source.url,
    ];
  if (source.kind === 'url') return ['download_url', source.url];
  if (source.kind === 'registry' && source.url && !DEFAULT_REGISTRY.test(source.url)) {
    const origin = /^https?:\/\/[^/]+/i.exec(source.url)?.[0];
    if (origin) return ['repository_url', origin];
  }
  return undefined;
}

/**
 * pkg:npm purl: a scope is the namespace (packageurl-js writes its `@` as `%40`, as the spec's examples
 * do); git sources carry `vcs_url`, tarball URLs `download_url`, other registries `repository_url`.
 */
export function npmPurl(entry: LockEntry, source: PackageSource): string | undefined {
  const qualifier = purlQualifier(entry, source);
  const value = qualifier?.[1];
  // The common shapes: a plain name and version, and no qualifier or one of printable ASCII.
  if (
    PLAIN_NAME.test(entry.name) &&
    (entry.version === undefined || entry.version === '' || PLAIN_VERSION.test(entry.version)) &&
    (value === undefined || value === '' || PLAIN_QUALIFIER.test(value))
  ) {
    const base = `pkg:npm/${entry.name.startsWith('@') ? `%40${entry.name.slice(1)}` : entry.name}${entry.version ? `@${entry.version}` : ''}`;
    if (!value) return base;
    return `${base}?${qualifier![0]}=${encodeURIComponent(value).replace(FORM_EXTRA, formEscape)}`;
  }
  const slash = entry.name.startsWith('@') ? entry.name.indexOf('/') : -1;
  return packageUrl({
    type: 'npm',
    namespace: slash > 0 ? entry.name.slice(0, slash) : undefined,
    name: slash > 0 ? entry.name.slice(slash + 1) : entry.name,
    version: entry.version,
    qualifiers: qualifier ? { [qualifier[0]]: value } : {},
  });
}

function formEscape(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
}

/** PEP 508 requirement strings and PEP 503 names, read without evaluating anything. https://packaging.python.org/en/latest/specifications/dependency-specifiers/ */
import { isSpace, skipSpaces } from '@inert/core';

/** PEP 503 normalised form: lower case, runs of `-`, `_`, `.` become one `-`. https://packaging.python.org/en/latest/specifications/name-normalization/ */
export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** A valid distribution name (ASCII letters, digits, `.`, `_`, `-`, alphanumeric at both ends). */
export function isValidName(name: string): boolean {
  return /^(?:[A-Z0-9]|[A-Z0-9][\w.-]*[A-Z0-9])$/i.test(name);
}

export interface ParsedSpec {
  name: string | undefined;
  extras: string;
  specifier: string;
  url: string | undefined;
  markers: string | undefined;
}

const URLISH = /^(?:[a-z][a-z0-9+.-]*:\/\/|git\+|hg\+|svn\+|bzr\+|file:|\.{1,2}(?:[\\/]|$)|\/|[A-Z]:[\\/])/i;

/** True for a token that is a URL or a local path rather than a name. */
export function isUrlOrPath(token: string): boolean {
  return URLISH.test(token) || /\.(?:whl|tar\.gz|tgz|zip|tar\.bz2)$/i.test(token);
}

/** Splits `name[extras] spec ; markers`, `name @ url ; markers`, or a bare URL (`…#egg=name`). */
export function parseSpec(text: string): ParsedSpec {
  const trimmed = text.trim();
  const semi = markerSplit(trimmed);
  const body = semi.body.trim();
  const markers = semi.markers;
  const named = /^([^\s[\]<>=!~;@(),:/]+)\s*(?:(\[[^\]]*\])\s*)?@\s*(\S.*)$/s.exec(body);
  if (named) return { name: named[1], extras: named[2] ?? '', specifier: '', url: named[3]!.trim(), markers };
  if (isUrlOrPath(body)) {
    const egg = /[#&]egg=([^&\s]+)/.exec(body);
    return { name: egg?.[1], extras: '', specifier: '', url: body, markers };
  }
  const m = nameExtrasRest(body);
  if (!m) return { name: undefined, extras: '', specifier: body, url: undefined, markers };
  const rest = m.rest.trim();
  return { name: m.name, extras: m.extras, specifier: rest.replace(/^\(|\)$/g, '').trim(), url: undefined, markers };
}

/**
 * `name [extras] rest`, as `/^([^\s[\]<>=!~;@(),]+)\s*(?:(\[[^\]]*\])\s*)?(.*)$/s` reads it, in one
 * pass (linear, #20 class 3): the name runs to the first space or delimiter; extras are a `[…]` that
 * closes; the rest is everything after (its leading spaces are the caller's to trim).
 */
export function nameExtrasRest(body: string): { name: string; extras: string; rest: string } | undefined {
  let end = 0;
  while (end < body.length && !isSpace(body.charCodeAt(end)) && !NAME_DELIMITERS.includes(body[end]!)) end++;
  if (end === 0) return undefined;
  let at = skipSpaces(body, end);
  let extras = '';
  const close = body[at] === '[' ? body.indexOf(']', at + 1) : -1;
  if (close >= 0) {
    extras = body.slice(at, close + 1);
    at = skipSpaces(body, close + 1);
  }
  return { name: body.slice(0, end), extras, rest: body.slice(at) };
}

const NAME_DELIMITERS = '[]<>=!~;@(),';

function markerSplit(text: string): { body: string; markers: string | undefined } {
  // In `name @ url ; markers` the `;` must be preceded by whitespace (PEP 508), since URLs may hold `;`.
  const at = text.indexOf('@');
  const re = at >= 0 && !text.slice(0, at).includes(';') ? /\s;/ : /;/;
  const m = re.exec(text);
  if (!m) return { body: text, markers: undefined };
  const i = m.index + m[0].length - 1;
  return { body: text.slice(0, i), markers: text.slice(i + 1).trim() || undefined };
}

/** `==1.2.3` or `===x` alone: an exact pin (wildcards like `==1.*` are ranges). */
export function isExactPin(specifier: string): boolean {
  const s = specifier.trim();
  return /^===?\s*[^,\s*]+$/.test(s) && !s.includes('*');
}

/** A full 40-hex (or 64-hex) commit id. */
export function isCommitId(ref: string | undefined): boolean {
  return ref !== undefined && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(ref);
}

/** The ref after `@` in a VCS URL (`git+https://h/r.git@ref#egg=x`), if any. */
export function vcsRef(url: string): string | undefined {
  const noFrag = url.split('#')[0]!;
  const afterScheme = noFrag.replace(/^[a-z+]+:\/\//i, '');
  const at = afterScheme.lastIndexOf('@');
  const slash = afterScheme.indexOf('/');
  // `user@host/` is a userinfo, not a ref: the ref `@` comes after the path starts.
  if (at < 0 || at < slash) return undefined;
  return afterScheme.slice(at + 1) || undefined;
}

export function isVcsUrl(url: string): boolean {
  return /^(?:git|hg|svn|bzr)\+/i.test(url) || /^git:\/\//i.test(url) || /\.git(?:@|#|$)/i.test(url);
}

/** Archive URL with a `#sha256=`-style fragment. */
export function hasHashFragment(url: string): boolean {
  const hash = url.indexOf('#');
  if (hash < 0) return false;
  // Each `#`- or `&`-separated part of the fragment, as /#(.*&)?(sha256|sha384|sha512)=[0-9a-f]+/i read it, without its backtracking (#20).
  return url
    .slice(hash + 1)
    .split(/[#&]/)
    .some((part) => /^sha(?:256|384|512)=[0-9a-f]/i.test(part));
}

/** A local path (built from the checkout), not a remote URL. */
export function isLocalPath(url: string): boolean {
  return (
    /^(?:file:|\.{1,2}(?:[\\/]|$)|\/|[A-Z]:[\\/])/i.test(url) ||
    (!/:\/\//.test(url) && !/^(?:git|hg|svn|bzr)\+/i.test(url))
  );
}

/** Removes `user:password@` from URLs before they are shown. */
export function redact(url: string): string {
  return url.replace(/(\/\/)[^/@\s]*@/, '$1***@');
}

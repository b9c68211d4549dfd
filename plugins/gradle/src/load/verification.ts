/**
 * gradle/verification-metadata.xml, read as the fixed shape Gradle writes (no DTDs, no entities:
 * a document that declares any is refused). https://docs.gradle.org/current/userguide/dependency_verification.html
 */
import { isSpace, skipSpaces, splitLines, type Parsed } from '@inert/core';
import type { VerificationMetadata } from '../model.js';

export function parseVerification(text: string, path: string): Parsed<VerificationMetadata> {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return { ok: false, problem: { file: path, kind: 'shape', reason: 'declares a DTD or entities, which Gradle never writes; not read' } };
  const meta: VerificationMetadata = { path, broadTrust: [], strong: 0, weak: 0, components: new Set() };
  let component: string | undefined;
  let artifact: string | undefined;
  const digests = new Map<string, { artifact: string; algorithm: string; hex: string }[]>();
  meta.digests = digests;
  splitLines(text).forEach((line, i) => {
    const n = i + 1;
    const flag = /<(verify-metadata|verify-signatures)>\s*(true|false)\s*</.exec(line);
    if (flag) {
      const v = { value: flag[2] === 'true', line: n };
      if (flag[1] === 'verify-metadata') meta.verifyMetadata = v;
      else meta.verifySignatures = v;
    }
    for (const body of trustBodies(line)) {
      const attrs = Object.fromEntries(attributes(body));
      const everything = (v: string | undefined) => v === undefined || (attrs.regex === 'true' && /^\^?\.[*+]\$?$/.test(v));
      // A rule matching every group, name and file trusts everything (a file rule like `.*-javadoc[.]jar` does not).
      if (attrs.regex === 'true' && everything(attrs.group) && everything(attrs.name) && everything(attrs.file)) meta.broadTrust.push({ pattern: attrs.group ?? attrs.file ?? attrs.name ?? '.*', line: n });
    }
    const c = /<component\s+group="([^"]+)"\s+name="([^"]+)"\s+version="([^"]+)"/.exec(line);
    if (c) component = `${c[1]}:${c[2]}:${c[3]}`;
    const a = /<artifact\s+name="([^"]+)"/.exec(line);
    if (a) artifact = a[1];
    if (component && artifact) {
      for (const d of line.matchAll(/<(sha256|sha512|sha1|md5)\s+value="([0-9a-fA-F]+)"/g)) {
        const list = digests.get(component) ?? [];
        list.push({ artifact, algorithm: d[1]!, hex: d[2]! });
        digests.set(component, list);
      }
    }
    const strong = (line.match(/<(sha256|sha512)\s/g) ?? []).length;
    meta.strong += strong;
    meta.weak += (line.match(/<(md5|sha1)\s/g) ?? []).length;
    if (strong && component) meta.components.add(component);
  });
  return { ok: true, value: meta };
}

/**
 * The attribute text of each `<trust …>` / `<trust …/>` on a line, as `line.matchAll(/<trust\s+([^>]*?)\/?>/g)`
 * reads it, in one pass (linear, #20 class 3): after `<trust` and its spaces, up to the next `>`,
 * without a `/` right before it.
 */
export function trustBodies(line: string): string[] {
  const out: string[] = [];
  for (let at = line.indexOf('<trust'); at >= 0; at = line.indexOf('<trust', at + 1)) {
    if (!isSpace(line.charCodeAt(at + 6))) continue;
    const start = skipSpaces(line, at + 6);
    const close = line.indexOf('>', start);
    if (close < 0) break; // no `>` after this `<trust`, so none after any later one either
    out.push(line.slice(start, close > start && line[close - 1] === '/' ? close - 1 : close));
    at = close;
  }
  return out;
}

/**
 * `name="value"` pairs, as `text.matchAll(/([\w-]+)="([^"]*)"/g)` reads them, in one pass (linear,
 * #20 class 3): a run of name characters not followed by `="` is skipped whole.
 */
export function attributes(text: string): [string, string][] {
  const out: [string, string][] = [];
  let i = 0;
  while (i < text.length) {
    if (!isAttributeChar(text.charCodeAt(i))) { i++; continue; }
    let end = i + 1;
    while (end < text.length && isAttributeChar(text.charCodeAt(end))) end++;
    if (text[end] !== '=' || text[end + 1] !== '"') { i = end; continue; }
    const close = text.indexOf('"', end + 2);
    if (close < 0) break; // no closing quote here, so none for any later attribute either
    out.push([text.slice(i, end), text.slice(end + 2, close)]);
    i = close + 1;
  }
  return out;
}

/** `[\w-]`. */
function isAttributeChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d;
}

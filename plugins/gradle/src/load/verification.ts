/**
 * gradle/verification-metadata.xml, read as the fixed shape Gradle writes (no DTDs, no entities:
 * a document that declares any is refused). https://docs.gradle.org/current/userguide/dependency_verification.html
 */
import { splitLines, type Parsed } from '@inert/core';
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
    // eslint-disable-next-line regexp/no-super-linear-backtracking -- an existing pattern the ReDoS lint flags, listed for rewrite in docs/roadmap.md (#20 class 3)
    for (const t of line.matchAll(/<trust\s+([^>]*?)\/?>/g)) {
      // eslint-disable-next-line regexp/no-super-linear-move -- an existing pattern the ReDoS lint flags, listed for rewrite in docs/roadmap.md (#20 class 3)
      const attrs = Object.fromEntries([...t[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
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

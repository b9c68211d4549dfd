/**
 * gradle/verification-metadata.xml, read with saxes (a streaming, non-validating XML parser:
 * iterative, linear, no DTD processing and no external entities), so reformatted XML — attributes
 * on several lines, comments, CDATA — reads as Gradle reads it (docs/decisions/0013). A document
 * that declares a DTD is refused, as before: Gradle never writes one. Positions are the parser's: a
 * fact's line is the line of its element's `<`. https://docs.gradle.org/current/userguide/dependency_verification.html
 */
import { type Parsed, xmlDocument } from '@inert/core';
import { SaxesParser } from 'saxes';
import type { VerificationMetadata } from '../model.js';

const STRONG = new Set(['sha256', 'sha512']);
const WEAK = new Set(['md5', 'sha1']);

export function parseVerification(text: string, path: string): Parsed<VerificationMetadata> {
  const meta: VerificationMetadata = { path, broadTrust: [], strong: 0, weak: 0, components: new Set() };
  const digests = new Map<string, { artifact: string; algorithm: string; hex: string }[]>();
  meta.digests = digests;
  const parser = new SaxesParser({ position: true });
  const xml = xmlDocument(parser, text);
  let component: string | undefined;
  let artifact: string | undefined;
  /** A `verify-metadata` / `verify-signatures` flag being read: its text, CDATA included. */
  let flag: { name: string; line: number; text: string } | undefined;

  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    const name = tag.name;
    if (name === 'verify-metadata' || name === 'verify-signatures') flag = { name, line: xml.tagLine(), text: '' };
    else if (name === 'trust') {
      const everything = (v: string | undefined) =>
        v === undefined || (attrs.regex === 'true' && /^\^?\.[*+]\$?$/.test(v));
      // A rule matching every group, name and file trusts everything (a file rule like `.*-javadoc[.]jar` does not).
      if (attrs.regex === 'true' && everything(attrs.group) && everything(attrs.name) && everything(attrs.file))
        meta.broadTrust.push({ pattern: attrs.group ?? attrs.file ?? attrs.name ?? '.*', line: xml.tagLine() });
    } else if (name === 'component') {
      component =
        attrs.group !== undefined && attrs.name !== undefined && attrs.version !== undefined
          ? `${attrs.group}:${attrs.name}:${attrs.version}`
          : undefined;
    } else if (name === 'artifact') artifact = attrs.name;
    else if (STRONG.has(name) || WEAK.has(name)) {
      if (STRONG.has(name)) {
        meta.strong++;
        if (component) meta.components.add(component);
      } else meta.weak++;
      if (component && artifact && attrs.value !== undefined && /^[0-9a-f]+$/i.test(attrs.value)) {
        const list = digests.get(component) ?? [];
        list.push({ artifact, algorithm: name, hex: attrs.value });
        digests.set(component, list);
      }
    }
  });
  parser.on('text', (t) => {
    if (flag) flag.text += t;
  });
  parser.on('cdata', (t) => {
    if (flag) flag.text += t;
  });
  parser.on('closetag', (tag) => {
    if (flag && tag.name === flag.name) {
      const value = flag.text.trim();
      if (value === 'true' || value === 'false') {
        const v = { value: value === 'true', line: flag.line };
        if (flag.name === 'verify-metadata') meta.verifyMetadata = v;
        else meta.verifySignatures = v;
      }
      flag = undefined;
    } else if (tag.name === 'component') component = undefined;
    else if (tag.name === 'artifact') artifact = undefined;
  });

  const problem = xml.read(path, 'declares a DTD or entities, which Gradle never writes; not read');
  if (problem) return { ok: false, problem };
  return { ok: true, value: meta };
}

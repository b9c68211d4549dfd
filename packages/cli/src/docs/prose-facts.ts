/**
 * Reading the prose threat-model pages (docs/threat-model/**) the way their tests need: sections by
 * heading, paragraphs, and the versions a paragraph states next to a client's name, so that a version in
 * the prose can be compared with the plugin profile the checks use. Everything here is a linear scan
 * over lines and words; no regex spans more than one word.
 */
import type { DesignFact } from '@inert/core';

/** `## Heading` → the prose paragraphs under it (lists, tables, code blocks and sub-headings left out). */
export function sections(markdown: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  let paragraph: string[] = [];
  let fenced = false;
  const flush = () => {
    if (current && paragraph.length > 0) current.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```') || line.startsWith('~~~')) {
      flush();
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    if (line.startsWith('## ')) {
      flush();
      current = [];
      out.set(line.slice(3).trim(), current);
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('|') || /^(?:[-*+]|\d+\.)\s/.test(trimmed)) {
      flush();
      continue;
    }
    // A list item's continuation lines stay out with it: they are indented.
    if (paragraph.length === 0 && line.startsWith('  ')) continue;
    paragraph.push(trimmed);
  }
  flush();
  return out;
}

/** `text` without the trailing characters that are in `chars` (a loop: a `[…]+$` regex is quadratic on long runs). */
function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** `10.0.0` and `10` are the same version; `v1.3.5` and `1.3.5+` read as `1.3.5`. */
export function normaliseVersion(word: string): string | undefined {
  let w = trimEnd(word.replace(/^[(“"']+/, ''), ')”"\',.;:+');
  if (w.startsWith('v')) w = w.slice(1);
  if (!/^\d+(?:\.\d+)*$/.test(w)) return undefined;
  const parts = w.split('.');
  while (parts.length > 1 && parts[parts.length - 1] === '0') parts.pop();
  return parts.join('.');
}

/** Words allowed between a client's name and its version: `poetry >= 1.8.0`, `Go before 1.21`. */
const BETWEEN = new Set(['>=', '>', '<', '<=', '≥', '≤', 'before', 'from', 'since', 'v']);

/**
 * Versions a paragraph states right after the client's name: `Bun 1.3.5`, `pnpm v10`, `(Gradle 2.6)`,
 * `go >= 1.15`; `aliases` are names of version lines (`Yarn berry` → `2`).
 */
export function clientVersions(paragraph: string, client: string, aliases: Readonly<Record<string, string>> = {}): string[] {
  const words = paragraph.split(/\s+/);
  const name = client.toLowerCase();
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i]!.toLowerCase().replace(/^[(“"'`[*_]+/, '').replace(/[’']s$/, '');
    if (word !== name) continue;
    let j = i + 1;
    while (j < words.length - 1 && BETWEEN.has(words[j]!)) j++;
    const next = trimEnd(words[j]!.toLowerCase().replace(/[’']s$/, ''), ')”"\',.;:*_');
    const version = aliases[next] ?? normaliseVersion(words[j]!);
    if (version) out.push(version);
  }
  return out;
}

/** Every version-looking word of a paragraph, normalised. */
function allVersions(paragraph: string): Set<string> {
  const out = new Set<string>();
  for (const w of paragraph.split(/\s+/)) {
    const v = normaliseVersion(w);
    if (v) out.add(v);
  }
  return out;
}

/** Backticked words of a fact that no other fact about the same client uses: what identifies it in prose. */
export function anchors(fact: DesignFact, siblings: readonly DesignFact[]): string[] {
  const own = backticked(fact.fact);
  const others = new Set(siblings.filter((f) => f !== fact).flatMap((f) => backticked(f.fact)));
  return own.filter((a) => a.length >= 4 && !others.has(a));
}

function backticked(text: string): string[] {
  const parts = text.split('`');
  const out: string[] = [];
  for (let i = 1; i < parts.length; i += 2) out.push(parts[i]!);
  return [...new Set(out)];
}

export interface ProseComparison {
  /** The paragraphs that state the fact: they contain one of its anchors and a version next to the client's name. */
  stated: string[];
  /** The profile's bounds (`since`, `until`) that none of those paragraphs mentions. */
  missing: string[];
}

/**
 * Compares one fact's `applies` bounds with a page. A paragraph states the fact when it contains one of
 * the fact's anchors and names a version of the client; then each bound of the profile must appear in
 * one of those paragraphs, or the prose and the checks disagree.
 */
export function compareFact(fact: DesignFact, siblings: readonly DesignFact[], page: string, clientName: string, aliases: Readonly<Record<string, string>> = {}): ProseComparison {
  // Each bound with the spellings that state it: `until: '2'` is also `Yarn 1` (a whole major before it).
  const since = fact.applies?.since === undefined ? [] : [[normaliseVersion(fact.applies.since) ?? fact.applies.since]];
  const untilV = fact.applies?.until === undefined ? undefined : (normaliseVersion(fact.applies.until) ?? fact.applies.until);
  const until = untilV === undefined ? [] : [/^[1-9]\d*$/.test(untilV) ? [untilV, String(Number(untilV) - 1)] : [untilV]];
  const bounds = [...since, ...until];
  const keys = anchors(fact, siblings);
  if (bounds.length === 0 || keys.length === 0) return { stated: [], missing: [] };
  const stated: string[] = [];
  for (const paragraphs of sections(page).values()) {
    for (const p of paragraphs) if (keys.some((k) => p.includes(k)) && clientVersions(p, clientName, aliases).length > 0) stated.push(p);
  }
  if (stated.length === 0) return { stated, missing: [] };
  const seen = new Set(stated.flatMap((p) => [...allVersions(p), ...clientVersions(p, clientName, aliases)]));
  return { stated, missing: bounds.filter((spellings) => !spellings.some((b) => seen.has(b))).map((spellings) => spellings[0]!) };
}

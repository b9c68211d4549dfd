/**
 * The JSON report's `rules` member without rendering it on every run (issue #25, docs/decisions/0033):
 * the bundled bin carries the text made when it was built, a string literal that V8 scans instead of
 * 137 KB of rule metadata escaped and written piece by piece. The modules render it as before.
 */
import { jsonChunks, type ResultRule, type ScanResult } from '@inert/core';
import { BUILT_RULES } from './built-rules.js';

const PREFIX = '{\n  "rules": ';
const SUFFIX = '\n}\n';

/** The text `jsonChunks` writes for `rules` as the result's member (escaped, indented for depth 1). */
export function rulesJsonText(rules: readonly ResultRule[]): string {
  const whole = [...jsonChunks({ rules })].join('');
  return whole.slice(PREFIX.length, whole.length - SUFFIX.length);
}

/**
 * The members of `result` whose text is made already, for `jsonChunks`: its rules, when the bundle
 * carries their text and the result lists the same rules (a scan of some ecosystems lists fewer).
 */
export function finishedMembers(
  result: ScanResult,
  built: typeof BUILT_RULES = BUILT_RULES,
): ReadonlyMap<unknown, string> | undefined {
  if (!built || !result.rules || !sameIds(result.rules, built.ids)) return undefined;
  return new Map([[result.rules, built.text]]);
}

function sameIds(rules: readonly ResultRule[], ids: readonly string[]): boolean {
  if (rules.length !== ids.length) return false;
  for (let i = 0; i < ids.length; i++) if (rules[i]!.id !== ids[i]) return false;
  return true;
}

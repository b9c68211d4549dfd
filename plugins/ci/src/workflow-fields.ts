/** Reading single fields of a GitHub Actions workflow: triggers, permissions, matrix axes, wrapper validation, plain lists and maps. */
import { isRecord, scalarText } from '@inert/core';
import type { MatrixAxes, Permissions } from './model.js';

/** `gradle/actions/wrapper-validation`, the older `gradle/wrapper-validation-action`, and setup-gradle v4+ (validates by default). */
export function validatesWrapper(uses: string): boolean {
  const [name, ref = ''] = uses.split('@');
  if (name === 'gradle/actions/wrapper-validation' || name === 'gradle/wrapper-validation-action') return true;
  const major = /^v?(\d+)/.exec(ref)?.[1];
  return (
    name === 'gradle/actions/setup-gradle' && (major === undefined ? /^[0-9a-f]{40}$/.test(ref) : Number(major) >= 4)
  );
}

/** `on: push`, `on: [push, pull_request]`, `on: { pull_request_target: … }`. */
export function triggers(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.filter((e): e is string => typeof e === 'string');
  if (isRecord(on)) return Object.keys(on);
  return [];
}

/**
 * The triggers that usually start a release, as zizmor's cache-poisoning audit reads them: the
 * `release` event, a `push` filtered on tags, a `push` to a branch whose name says release.
 */
export function releaseTriggers(on: unknown): string[] {
  const out: string[] = [];
  if (triggers(on).includes('release')) out.push('`release`');
  const push = isRecord(on) ? on.push : undefined;
  if (isRecord(push)) {
    // `tags: ['!**']` (hono's "avoid publishing on tags") pushes no tag.
    const tags = Array.isArray(push.tags) ? push.tags : typeof push.tags === 'string' ? [push.tags] : [];
    if (tags.some((t) => typeof t === 'string' && !t.startsWith('!')) || push['tags-ignore'] !== undefined)
      out.push('`push` of tags');
    const branches = Array.isArray(push.branches)
      ? push.branches.filter((b): b is string => typeof b === 'string')
      : [];
    const release = branches.find((b) => b.toLowerCase().includes('release'));
    if (release !== undefined) out.push(`\`push\` to \`${release}\``);
  }
  return out;
}

export function permissions(value: unknown): Permissions {
  if (value === undefined || value === null) return { kind: 'default' };
  if (value === 'write-all') return { kind: 'all', level: 'write' };
  if (value === 'read-all') return { kind: 'all', level: 'read' };
  if (isRecord(value)) return { kind: 'scoped', scopes: strings(value) };
  return { kind: 'all', level: 'none' };
}

/** True when the permissions grant `write` on `scope` (`write-all` included). */
export function writes(p: Permissions, scope: string): boolean {
  if (p.kind === 'all') return p.level === 'write';
  return p.kind === 'scoped' && p.scopes[scope] === 'write';
}

/**
 * The matrix's axes and their literal values (`include:` entries add values), never the product of
 * them: a 10-axis matrix of 10 values each is 100 values here, not 10^10 jobs.
 */
export function matrixAxes(strategy: unknown): MatrixAxes {
  const out: Record<string, string[] | undefined> = {};
  const matrix = isRecord(strategy) ? strategy.matrix : undefined;
  if (!isRecord(matrix)) return out;
  const add = (key: string, value: unknown) => {
    const text = scalarText(value);
    if (text === undefined) return;
    const values = (out[key] ??= []);
    if (!values.includes(text)) values.push(text);
  };
  for (const [key, value] of Object.entries(matrix)) {
    if (key === 'exclude') continue;
    if (key === 'include') {
      for (const entry of Array.isArray(value) ? value : [])
        if (isRecord(entry)) for (const [k, v] of Object.entries(entry)) add(k, v);
      continue;
    }
    if (Array.isArray(value)) for (const v of value) add(key, v);
    else out[key] = undefined;
  }
  return out;
}

export function list(value: unknown): string[] {
  return typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : [];
}

export function strings(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(value)) return out;
  for (const [k, v] of Object.entries(value)) {
    const text = scalarText(v);
    if (text !== undefined) out[k] = text;
  }
  return out;
}

export function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

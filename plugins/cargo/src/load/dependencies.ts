/** Dependency tables shared by Cargo.toml and cargo config `[patch]`. https://doc.rust-lang.org/cargo/reference/specifying-dependencies.html */
import { hasLineTerminator, type Route } from '@inert/core';
import type { Dependency, DependencySection } from '../model.js';
import { entries, str, table } from './table.js';

const FIELDS = ['version', 'git', 'branch', 'tag', 'rev', 'path', 'registry', 'registry-index'] as const;

/** Every entry of one dependency table; `route` is the table's route in its document. */
export function collectDependencies(deps: unknown, route: Route, section: DependencySection, into: Dependency[]): void {
  for (const [key, spec] of entries(deps)) into.push(dependency(key, spec, [...route, key], section));
}

function dependency(key: string, spec: unknown, route: Route, section: DependencySection): Dependency {
  if (typeof spec === 'string') return { key, name: key, version: spec, route, section };
  const t = table(spec);
  // `[replace]` keys are package ids (`foo:0.1.0`); the crate name is before the colon.
  const base = section === 'replace' ? replaceName(key) : key;
  const dep: Dependency = { key, name: str(t.package) ?? base, route, section };
  for (const field of FIELDS) {
    const value = str(t[field]);
    if (value !== undefined) dep[field === 'registry-index' ? 'registryIndex' : field] = value;
  }
  return dep;
}

/**
 * `foo:0.1.0` → `foo`: `key.replace(/^([^:@]+).*$/, '$1')` without its two quantifiers that trade
 * characters (linear, #20 class 3): the text before the first `:` or `@`, unless that is empty or a
 * line terminator follows it (where `.*$` fails and the key stays whole).
 */
export function replaceName(key: string): string {
  let cut = 0;
  while (cut < key.length && key[cut] !== ':' && key[cut] !== '@') cut++;
  return cut === 0 || hasLineTerminator(key, cut) ? key : key.slice(0, cut);
}

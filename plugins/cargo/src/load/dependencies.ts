/** Dependency tables shared by Cargo.toml and cargo config `[patch]`. https://doc.rust-lang.org/cargo/reference/specifying-dependencies.html */
import type { Route } from '@inert/core';
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
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- an existing pattern the ReDoS lint flags, listed for rewrite in docs/roadmap.md (#20 class 3)
  const base = section === 'replace' ? key.replace(/^([^:@]+).*$/, '$1') : key;
  const dep: Dependency = { key, name: str(t.package) ?? base, route, section };
  for (const field of FIELDS) {
    const value = str(t[field]);
    if (value !== undefined) dep[field === 'registry-index' ? 'registryIndex' : field] = value;
  }
  return dep;
}

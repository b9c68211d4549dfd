/** A v2/v3 package-lock entry is one object; its pointers and dependency list are made on request (docs/decisions/0018). */
import { describe, expect, it } from 'vitest';
import type { JsonDocument } from '@inert/core';
import { parsePackageLock } from './package-lock.js';

const lock = JSON.stringify(
  {
    name: 'app',
    lockfileVersion: 3,
    packages: {
      '': { name: 'app', workspaces: ['packages/member'] },
      'node_modules/a': {
        version: '1.0.0',
        resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz',
        integrity: 'sha512-AAAA',
        hasInstallScript: true,
        dependencies: { b: '^2.0.0', c: '1' },
        optionalDependencies: { c: '1', d: '*' },
        peerDependencies: { b: '^2', e: '>=1' },
        optional: true,
      },
      'node_modules/a/node_modules/alias': { name: 'real', version: '2.0.0', dev: true, os: ['linux'] },
      'packages/member': { name: 'member', version: '0.1.0' },
      'node_modules/member': { resolved: 'packages/member', link: true },
    },
  },
  null,
  2,
);

describe('parsePackageLock (v2/v3 entries)', () => {
  const parsed = parsePackageLock(lock, 'package-lock.json');
  if (!parsed.ok) throw new Error(parsed.problem.reason);
  const [a, alias, member, link] = parsed.value.entries;
  const doc = parsed.value.docs[0] as JsonDocument;

  it('reads the fields of each entry', () => {
    expect(parsed.value.memberDirs).toEqual(['packages/member']);
    expect(a).toMatchObject({ name: 'a', version: '1.0.0', hasInstallScript: true, optional: true, workspace: false });
    expect(a?.declaredName).toBeUndefined();
    expect(alias).toMatchObject({ name: 'real', declaredName: 'alias', dev: true, conditional: true });
    expect(member).toMatchObject({ name: 'member', workspace: true, key: 'packages/member' });
    expect(link).toMatchObject({ name: 'member', link: true, resolved: 'packages/member' });
  });

  it('points at the key, the resolved URL and the install-script flag', () => {
    expect(a?.at).toEqual({ doc, route: ['packages', 'node_modules/a'], part: 'key' });
    expect(a?.resolvedAt).toEqual({ doc, route: ['packages', 'node_modules/a', 'resolved'], part: 'value' });
    expect(a?.scriptAt).toEqual({ doc, route: ['packages', 'node_modules/a', 'hasInstallScript'], part: 'key' });
    expect(alias?.resolvedAt).toBeUndefined();
    expect(alias?.scriptAt).toBeUndefined();
    const [key, resolved] = doc.locate([
      { route: ['packages', 'node_modules/a'], part: 'key' },
      { route: ['packages', 'node_modules/a', 'resolved'], part: 'value' },
    ]);
    expect(key).toMatchObject({ line: 11, column: 5 });
    expect(resolved).toMatchObject({ line: 13 });
  });

  it('lists dependencies, optional and peer dependencies once each, in that order', () => {
    expect(a?.requires).toEqual([
      { name: 'b', spec: '^2.0.0' },
      { name: 'c', spec: '1' },
      { name: 'd', spec: '*' },
      { name: 'e', spec: '>=1' },
    ]);
    expect(alias?.requires).toBeUndefined();
    // The names alone, for the inventory's edges: the same list without an object per dependency.
    expect(a?.requiredNames?.()).toEqual(['b', 'c', 'd', 'e']);
    expect(alias?.requiredNames?.()).toBeUndefined();
  });

  it('gives every entry its key line from one member scan, as locating each key does (docs/decisions/0020)', () => {
    const fresh = parsePackageLock(lock, 'package-lock.json');
    if (!fresh.ok) throw new Error(fresh.problem.reason);
    const lines = fresh.value.entryLines?.();
    expect(lines).toEqual([11, 30, 38, 42]);
    const located = doc.locate(
      parsed.value.entries.map((e) => ({ route: 'route' in e.at ? e.at.route : [], part: 'key' as const })),
    );
    expect(lines).toEqual(located.map((s) => s.line));
  });
});

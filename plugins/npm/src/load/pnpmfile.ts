/**
 * .pnpmfile.cjs / .pnpmfile.mjs: which hooks it exports (readPackage, afterAllResolved, …), read with
 * @babel/parser and never loaded. https://pnpm.io/pnpmfile
 */
import { createRequire } from 'node:module';
import { lazyLibrary } from '@inert/core';
import type * as BabelParser from '@babel/parser';
import type { Pnpmfile } from '../model.js';
import { dirOf } from './paths.js';

const require = createRequire(import.meta.url);
/** @babel/parser is loaded on the first file that needs it; a failed load throws (never "no hooks"). */
const babel = lazyLibrary('@babel/parser', () => require('@babel/parser') as typeof BabelParser);

const KNOWN_HOOKS = [
  'readPackage',
  'afterAllResolved',
  'updateConfig',
  'preResolution',
  'importPackage',
  'fetchers',
  'filterLog',
  'finders',
];

export function parsePnpmfile(text: string, path: string): Pnpmfile {
  // @babel/parser is loaded on the first pnpmfile, not at start-up; outside the try, so a failed load
  // fails the load (an incomplete scan) instead of reading as an unreadable pnpmfile.
  const { parse } = babel();
  try {
    const ast = parse(text, {
      sourceType: 'unambiguous',
      errorRecovery: true,
      allowReturnOutsideFunction: true,
      plugins: ['typescript'],
    });
    const hooks = new Set<string>();
    // Walk iteratively: a hostile file can nest deeply enough to overflow a recursive walk.
    const stack: unknown[] = [ast.program];
    let visited = 0;
    while (stack.length > 0 && visited++ < 200_000) {
      const node = stack.pop();
      if (!node || typeof node !== 'object') continue;
      const n = node as { type?: unknown; key?: { name?: unknown; value?: unknown } };
      // module.exports = { hooks: { readPackage } } · export const hooks = { readPackage(pkg) {} }
      if ((n.type === 'ObjectProperty' || n.type === 'ObjectMethod') && n.key) {
        const name =
          typeof n.key.name === 'string' ? n.key.name : typeof n.key.value === 'string' ? n.key.value : undefined;
        if (name && KNOWN_HOOKS.includes(name)) hooks.add(name);
      }
      for (const value of Object.values(node)) if (value && typeof value === 'object') stack.push(value);
    }
    return { path, dir: dirOf(path), hooks: [...hooks].sort(), readable: true };
  } catch {
    return { path, dir: dirOf(path), hooks: [], readable: false };
  }
}

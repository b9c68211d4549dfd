/** Gemfile.lock / gems.locked, section by section, with line numbers. https://bundler.io/man/bundle-lock.1.html */
import { splitLines, type ParseProblem } from '@inert/core';
import type { Lockfile, LockSpec } from '../model.js';

const KNOWN = new Set([
  'GEM',
  'GIT',
  'PATH',
  'PLUGIN SOURCE',
  'PLATFORMS',
  'DEPENDENCIES',
  'CHECKSUMS',
  'RUBY VERSION',
  'BUNDLED WITH',
]);
const MAX_LINE = 10_000;

/**
 * Never throws: unknown lines are skipped. Lines over 10,000 characters (no line Bundler writes is
 * near that) are not read, and the first one becomes a `limit` problem in `problems`, so a lock padded
 * to hide an entry makes the scan incomplete instead of quietly shorter.
 */
export function parseLockfile(text: string, path: string, dir: string, problems: ParseProblem[] = []): Lockfile {
  const lock: Lockfile = {
    path,
    dir,
    gemRemotes: [],
    gitRemotes: [],
    specs: [],
    checksums: undefined,
    platforms: [],
    dependencies: [],
    unknownSections: [],
  };
  let section = '';
  let current: { remote?: string; revision?: string; branch?: string; tag?: string } = {};
  let inSpecs = false;
  let gemSection = 0;
  let overLong = 0;
  let firstOverLong = 0;
  splitLines(text).forEach((raw, i) => {
    const line = i + 1;
    if (raw.length > MAX_LINE) {
      if (overLong++ === 0) firstOverLong = line;
      return;
    }
    if (/^[A-Z][A-Z ]*$/.test(raw)) {
      section = raw.trim();
      if (!KNOWN.has(section)) lock.unknownSections.push({ name: section, line });
      if (section === 'GEM') gemSection++;
      current = {};
      inSpecs = false;
      if (section === 'CHECKSUMS') {
        lock.checksums = new Set();
        lock.checksumsLine = line;
      }
      return;
    }
    const indent = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') return;
    if (indent === 2 && section === 'CHECKSUMS') {
      const c = /^(\S+) \(([^)]+)\)( sha256=[0-9a-f]+)?/.exec(body);
      if (c && c[3]) {
        lock.checksums!.add(`${c[1]}-${c[2]}`);
        (lock.checksumValues ??= new Map()).set(`${c[1]}-${c[2]}`, c[3].slice(' sha256='.length));
      }
      return;
    }
    if (indent === 2 && section === 'PLATFORMS') {
      lock.platforms.push({ name: body, line });
      return;
    }
    if (indent === 2 && section === 'DEPENDENCIES') {
      const d = /^(\S+?)!?(?: \(([^)]*)\))?!?$/.exec(body);
      if (d) lock.dependencies.push({ name: d[1]!, requirement: d[2] ?? '', line });
      return;
    }
    if (indent >= 2 && section === 'BUNDLED WITH') {
      if (lock.bundledWith === undefined) {
        lock.bundledWith = body;
        lock.bundledWithLine = line;
      }
      return;
    }
    if (section !== 'GEM' && section !== 'GIT' && section !== 'PATH') return;
    if (indent === 2) {
      const kv = /^(remote|revision|branch|tag|ref): (.*)$/.exec(body);
      if (kv) {
        const key = kv[1] === 'ref' ? 'revision' : (kv[1] as 'remote' | 'revision' | 'branch' | 'tag');
        current[key] = kv[2]!;
        if (key === 'remote' && section === 'GEM') lock.gemRemotes.push({ url: kv[2]!, line, section: gemSection });
        if (section === 'GIT' && key === 'remote') lock.gitRemotes.push({ url: kv[2]!, line });
        const git = lock.gitRemotes[lock.gitRemotes.length - 1];
        if (section === 'GIT' && git && key !== 'remote') git[key] = kv[2]!;
      }
      inSpecs = body === 'specs:';
      return;
    }
    if (inSpecs && indent === 6) {
      // `      actionpack (= 7.1.0)`: a dependency of the spec above.
      const parent = lock.specs[lock.specs.length - 1];
      const d = /^(\S+)/.exec(body);
      if (parent && d) (parent.requires ??= []).push(d[1]!);
      return;
    }
    if (inSpecs && indent === 4) {
      const s = /^(\S+) \(([^)\s]+)\)$/.exec(body);
      if (!s) return;
      const [version, ...platform] = s[2]!.split('-');
      const spec: LockSpec = { name: s[1]!, version: version!, section: section, line };
      if (platform.length) spec.platform = platform.join('-');
      for (const k of ['remote', 'revision', 'branch', 'tag'] as const) if (current[k]) spec[k] = current[k];
      lock.specs.push(spec);
    }
  });
  if (overLong > 0)
    problems.push({
      file: path,
      kind: 'limit',
      reason: `${overLong.toLocaleString('en')} line${overLong === 1 ? '' : 's'} longer than ${MAX_LINE.toLocaleString('en')} characters (from line ${firstOverLong}) not read`,
      line: firstOverLong,
      column: 1,
    });
  return lock;
}

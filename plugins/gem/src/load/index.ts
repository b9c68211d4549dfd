/** Loads Gemfiles, gemspecs, lockfiles, Bundler config and credentials; builds the inventory. https://bundler.io/man/bundle-config.1.html */
import {
  analyseHookCommand,
  analyseHookSource,
  type HookVocabulary,
  hexHash,
  packageUrl,
  splitLines,
  type ClaimedFile,
  type InventoryPackage,
  type LoadContext,
  type ReadFile,
  readerOf,
} from '@inert/core';
import { files as rules } from '../files.js';
import type { GemModel, LockSpec, PackageExtension } from '../model.js';
import { hooks } from '../hooks.js';
import { lockClients } from './clients.js';
import { READERS, UNREAD } from './readers.js';
export { findSecrets, redactUserinfo } from './secrets.js';

/** Hides `user:password@` in URLs before they reach the inventory. */
const mask = (url: string): string => url.replace(/\/\/[^/@\s]+@/, '//***@');

export async function load(files: readonly ClaimedFile[], read: ReadFile, context?: LoadContext): Promise<GemModel> {
  const model: GemModel = {
    problems: [],
    inventory: { packages: [], sources: [], executableManifests: [], clients: [] },
    manifests: [],
    locks: [],
    configs: [],
    credentials: [],
    secrets: [],
    pluginFiles: [],
  };
  const texts = new Map<string, string>();
  for (const file of files) {
    if (file.skipped) continue;
    // The route picked the reader (files.ts); a caller without the route gets the rule the path matches.
    const reader = readerOf(rules, file);
    if (reader === undefined) continue;
    const text = UNREAD.has(reader) ? '' : await read(file.path);
    if (text === undefined) continue;
    await READERS[reader](model, file, text, { limits: context?.limits, texts });
  }
  if (context?.package) {
    model.packageMode = true;
    model.packageExtensions = await packageExtensions(
      model,
      texts,
      read,
      context.isFile ?? (() => true),
      context.hooks ?? hooks,
    );
  }
  for (const lock of model.locks) {
    const locked: InventoryPackage[] = [];
    for (const s of lock.specs) {
      const key = `${s.name}-${s.version}${s.platform ? `-${s.platform}` : ''}`;
      const checksum = lock.checksumValues?.get(key);
      const hash = checksum !== undefined ? hexHash('sha256', checksum) : undefined;
      const purl = gemPurl(s);
      locked.push({
        ecosystem: 'gem',
        name: s.name,
        version: s.version,
        source:
          s.section === 'GIT'
            ? { kind: 'git', ...(s.remote ? { url: `${mask(s.remote)}${s.revision ? `#${s.revision}` : ''}` } : {}) }
            : s.section === 'PATH'
              ? { kind: 'path', ...(s.remote ? { url: s.remote } : {}) }
              : { kind: 'registry', ...(s.remote ? { url: mask(s.remote) } : {}) },
        integrity: lock.checksums?.has(key) ? 'sha256' : null,
        // Whether a gem compiles a native extension is in its gemspec, which the lock does not carry.
        installScripts: null,
        file: lock.path,
        line: s.line,
        ...(purl !== undefined ? { purl } : {}),
        ...(hash ? { hashes: [hash] } : {}),
      });
    }
    lockEdges(lock.specs, locked);
    model.inventory.packages.push(...locked);
    for (const r of lock.gemRemotes)
      model.inventory.sources.push({
        ecosystem: 'gem',
        url: mask(r.url),
        role: 'gem-remote',
        file: lock.path,
        line: r.line,
      });
    model.inventory.clients.push(...lockClients(lock));
  }
  for (const m of model.manifests) {
    for (const src of m.sources)
      model.inventory.sources.push({
        ecosystem: 'gem',
        url: mask(src.url),
        role: src.scoped ? 'scoped' : 'default',
        file: m.path,
        line: src.at.line,
      });
    // Declared gems stand in for locked ones when the Gemfile has no lock beside it.
    if (m.kind !== 'gemfile' || model.locks.some((l) => l.dir === m.dir)) continue;
    for (const g of m.gems) {
      const git = g.options.git ?? (g.options.github ? `https://github.com/${g.options.github}` : undefined);
      const source = git
        ? { kind: 'git' as const, url: mask(git) }
        : g.options.path
          ? { kind: 'path' as const, url: g.options.path }
          : { kind: 'registry' as const, ...(g.options.source ? { url: mask(g.options.source) } : {}) };
      model.inventory.packages.push({
        ecosystem: 'gem',
        name: g.name,
        ...(g.requirements.length ? { version: g.requirements.join(', ') } : {}),
        source,
        integrity: null,
        installScripts: null,
        file: m.path,
        line: g.at.line,
        ...(g.groups.length && g.groups.every((x) => x === 'development' || x === 'test') ? { dev: true } : {}),
      });
    }
  }
  for (const c of model.configs) {
    for (const [key, value] of Object.entries(c.values))
      if (key.startsWith('BUNDLE_MIRROR__'))
        model.inventory.sources.push({ ecosystem: 'gem', url: mask(value), role: 'mirror', file: c.path });
  }
  return model;
}

/**
 * pkg:gem purl with the `platform` qualifier for platform gems; git sources carry `vcs_url`, other gem
 * servers `repository_url`. https://github.com/package-url/purl-spec/blob/main/PURL-TYPES.rst#gem
 */
function gemPurl(s: LockSpec): string | undefined {
  const qualifiers: Record<string, string | undefined> = { platform: s.platform };
  if (s.section === 'GIT' && s.remote) qualifiers.vcs_url = `${mask(s.remote)}${s.revision ? `@${s.revision}` : ''}`;
  else if (s.section === 'GEM' && s.remote && !/^https:\/\/rubygems\.org\/?$/.test(s.remote))
    qualifiers.repository_url = mask(s.remote);
  return packageUrl({ type: 'gem', name: s.name, version: s.version, qualifiers });
}

/** A spec's dependency lines name gems; every locked spec of that name (one per platform) is an edge. */
function lockEdges(specs: readonly LockSpec[], packages: InventoryPackage[]): void {
  const byName = new Map<string, number[]>();
  specs.forEach((s, i) => byName.set(s.name, [...(byName.get(s.name) ?? []), i]));
  specs.forEach((s, i) => {
    const out: string[] = [];
    for (const name of s.requires ?? []) {
      for (const j of byName.get(name) ?? []) {
        const purl = packages[j]!.purl;
        if (purl && !out.includes(purl)) out.push(purl);
      }
    }
    packages[i]!.dependsOn = out;
  });
}

/**
 * Package mode: the extension build scripts (`extconf.rb`, a Rakefile) the root gemspec declares, named by
 * string literals on the `extensions` line, read as text and analysed. `gem install` runs them.
 */
async function packageExtensions(
  model: GemModel,
  texts: ReadonlyMap<string, string>,
  read: ReadFile,
  isFile: (path: string) => boolean,
  vocabulary: HookVocabulary,
): Promise<PackageExtension[]> {
  const out: PackageExtension[] = [];
  for (const m of model.manifests) {
    if (m.kind !== 'gemspec' || m.dir !== '') continue;
    const lines = splitLines(texts.get(m.path) ?? '');
    for (const at of m.extensions) {
      const line = (lines[at.line - 1] ?? '').slice(0, 2000);
      for (const lit of line.matchAll(/["']([\w./-]{1,200})["']/g)) {
        const file = lit[1]!.replace(/^\.\//, '');
        if (!/(?:^|\/)(?:extconf\.rb|Rakefile|mkrf_conf\.rb|CMakeLists\.txt|configure)$/.test(file)) continue;
        const text = isFile(file) ? await read(file) : undefined;
        out.push(
          text === undefined
            ? { at, file, analysis: analyseHookCommand(`ruby ${file}`, vocabulary), unread: true }
            : { at, file, analysis: analyseHookSource(text, vocabulary) },
        );
      }
    }
  }
  return out;
}

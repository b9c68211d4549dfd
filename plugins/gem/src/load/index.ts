/** Loads Gemfiles, gemspecs, lockfiles, Bundler config and credentials; builds the inventory. */
import { dirOf, parseYaml, splitLines, type ClaimedFile, type ReadFile } from '@inert/core';
import type { GemModel } from '../model.js';
import { parseLockfile } from './lockfile.js';
import { parseRuby } from './ruby.js';

export async function load(files: readonly ClaimedFile[], read: ReadFile): Promise<GemModel> {
  const model: GemModel = { projects: [], problems: [], inventory: { packages: [], sources: [], executableManifests: [] }, manifests: [], locks: [], configs: [], credentials: [], pluginFiles: [] };
  for (const file of files) {
    if (file.skipped) continue;
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    const dir = dirOf(file.path);
    if (file.path.includes('.bundle/plugin/')) {
      model.pluginFiles.push(file.path);
      continue;
    }
    const text = await read(file.path);
    if (text === undefined) continue;
    if (name === 'Gemfile' || name === 'gems.rb' || name.endsWith('.gemspec')) {
      const kind = name.endsWith('.gemspec') ? 'gemspec' : 'gemfile';
      const { manifest, problems } = await parseRuby(text, file.path, dir, kind);
      model.problems.push(...problems);
      if (manifest) model.manifests.push(manifest);
      model.inventory.executableManifests!.push({ ecosystem: 'gem', file: file.path, runsOn: kind === 'gemfile' ? 'every bundle command' : 'every bundle command of a Gemfile that loads it, and gem build', readable: !problems.some((p) => p.kind === 'opaque' || p.kind === 'syntax') });
    } else if (file.kind === 'lockfile') {
      model.locks.push(parseLockfile(text, file.path, dir));
    } else if (file.path.endsWith('.bundle/config')) {
      const parsed = parseYaml(text, file.path);
      if (!parsed.ok) model.problems.push(parsed.problem);
      else {
        const doc = parsed.value.documents[0];
        const value = doc?.value;
        const values: Record<string, string> = {};
        if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (v !== null && typeof v !== 'object') values[k] = String(v);
        if (doc) model.configs.push({ path: file.path, doc, values });
      }
    } else if (file.path.endsWith('.gem/credentials')) {
      const keys: { key: string; line: number }[] = [];
      splitLines(text).forEach((line, i) => {
        const m = /^\s*:?([^\s:#][^\s]*?):\s+(\S+)/.exec(line);
        if (m && m[2] && !m[2].startsWith('#')) keys.push({ key: m[1]!, line: i + 1 });
      });
      model.credentials.push({ path: file.path, keys });
    }
  }
  for (const lock of model.locks) {
    for (const s of lock.specs) {
      const key = `${s.name}-${s.version}${s.platform ? `-${s.platform}` : ''}`;
      model.inventory.packages!.push({
        ecosystem: 'gem',
        name: s.name,
        version: s.version,
        source: s.section === 'GIT' ? { kind: 'git', ...(s.remote ? { url: `${s.remote}${s.revision ? `#${s.revision}` : ''}` } : {}) } : s.section === 'PATH' ? { kind: 'path', ...(s.remote ? { url: s.remote } : {}) } : { kind: 'registry', ...(s.remote ? { url: s.remote } : {}) },
        integrity: lock.checksums?.has(key) ? 'sha256' : null,
        // Whether a gem compiles a native extension is in its gemspec, which the lock does not carry.
        installScripts: null,
        file: lock.path,
        line: s.line,
      });
    }
    for (const r of lock.gemRemotes) model.inventory.sources!.push({ ecosystem: 'gem', url: r.url, role: 'gem-remote', file: lock.path, line: r.line });
  }
  const dirs = [...new Set(model.manifests.map((m) => m.dir).concat(model.locks.map((l) => l.dir)))].sort();
  model.projects = dirs.map((dir) => ({ dir, files: files.filter((f) => dirOf(f.path) === dir).map((f) => f.path) }));
  return model;
}


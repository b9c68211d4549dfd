/** Loads go.mod, go.sum, go.work, vendor/modules.txt and Go environment settings; builds the inventory. */
import { packageUrl, readerOf, type ClaimedFile, type LoadContext, type ReadFile } from '@inert/core';
import { files as rules } from '../files.js';
import type { GoModel } from '../model.js';
import { clientsOf } from './clients.js';
import { READERS } from './readers.js';

export async function load(files: readonly ClaimedFile[], read: ReadFile, context?: LoadContext): Promise<GoModel> {
  const model: GoModel = {
    problems: [],
    inventory: { packages: [], clients: [] },
    mods: [],
    sums: [],
    works: [],
    vendors: [],
    env: [],
  };
  for (const file of files) {
    if (file.skipped) continue;
    // The route picked the reader (files.ts); a caller without the route gets the rule the path matches.
    const reader = readerOf(rules, file);
    if (reader === undefined) continue;
    const text = await read(file.path);
    if (text !== undefined) READERS[reader](model, file, text, context?.limits);
  }
  for (const mod of model.mods) {
    const sum = model.sums.find((s) => s.dir === mod.dir && s.path.endsWith('go.sum'));
    for (const r of mod.requires) {
      const rep = mod.replaces.find((x) => x.oldPath === r.path && (!x.oldVersion || x.oldVersion === r.version));
      const version = rep && !rep.local ? (rep.newVersion ?? r.version) : r.version;
      const modulePath = rep && !rep.local ? rep.newPath : r.path;
      const hashed = sum?.entries.get(`${modulePath} ${version}`)?.zip ?? false;
      model.inventory.packages.push({
        ecosystem: 'go',
        name: r.path,
        version: r.version,
        source: rep?.local
          ? { kind: 'path', url: rep.newPath }
          : { kind: 'registry', ...(rep ? { url: `${rep.newPath}@${version}` } : {}) },
        integrity: hashed && !rep?.local ? 'sha256' : null,
        installScripts: false,
        file: mod.path,
        line: r.at.line,
      });
    }
  }
  for (const p of model.inventory.packages) {
    const purl = golangPurl(p.name, p.version);
    if (purl !== undefined) p.purl = purl;
  }
  model.inventory.clients = clientsOf(model);
  return model;
}

/**
 * pkg:golang purl: the module path's last element is the name, the rest the namespace. go.sum's `h1:`
 * hashes are not listed as digests: they hash a summary of the module's files, not a downloadable artifact.
 * https://github.com/package-url/purl-spec/blob/main/PURL-TYPES.rst#golang
 */
function golangPurl(modulePath: string, version: string | undefined): string | undefined {
  const i = modulePath.lastIndexOf('/');
  return packageUrl({
    type: 'golang',
    namespace: i > 0 ? modulePath.slice(0, i) : undefined,
    name: i > 0 ? modulePath.slice(i + 1) : modulePath,
    version,
  });
}

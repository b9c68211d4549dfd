// Its own module: the check requirements-without-hashes needs it, and importing it must not load every reader (the plugin's load is imported on first use).
import type { RequirementsFile } from '../model.js';

/** The files a requirements file pulls in with `-r` (transitively, cycle-safe), itself first. */
export function includeClosure(file: RequirementsFile, all: readonly RequirementsFile[]): RequirementsFile[] {
  const byPath = new Map(all.map((r) => [r.path, r]));
  const seen = new Set<string>([file.path]);
  const out = [file];
  for (let i = 0; i < out.length; i++) {
    for (const inc of out[i]!.includes) {
      if (inc.kind !== 'requirement' || inc.resolved === undefined || seen.has(inc.resolved)) continue;
      const next = byPath.get(inc.resolved);
      if (!next) continue;
      seen.add(next.path);
      out.push(next);
    }
  }
  return out;
}

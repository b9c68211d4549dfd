/** go.sum and vendor/modules.txt, line by line. https://go.dev/ref/mod#go-sum-files https://go.dev/ref/mod#vendoring */
import { splitLines } from '@inert/core';
import type { GoSum, VendorList } from '../model.js';

export function parseGoSum(text: string, path: string, dir: string): GoSum {
  const entries: GoSum['entries'] = new Map();
  for (const line of splitLines(text)) {
    const [module, version, hash] = line.trim().split(/\s+/);
    if (!module || !version || !hash?.startsWith('h1:')) continue;
    const isMod = version.endsWith('/go.mod');
    const key = `${module} ${isMod ? version.slice(0, -'/go.mod'.length) : version}`;
    const e = entries.get(key) ?? { zip: false, mod: false };
    if (isMod) e.mod = true;
    else e.zip = true;
    entries.set(key, e);
  }
  return { path, dir, entries };
}

/** `# example.com/m v1.2.3` lines (replacements `# a v1 => ./b` keep the left side). */
export function parseModulesTxt(text: string, path: string, dir: string): VendorList {
  const modules: VendorList['modules'] = [];
  splitLines(text).forEach((line, i) => {
    const m = /^# (\S+) (v\S+)/.exec(line);
    if (m) modules.push({ path: m[1]!, version: m[2]!, at: { file: path, line: i + 1, column: 1 } });
  });
  return { path, dir, modules };
}

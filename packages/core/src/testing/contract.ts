/**
 * Plugin contract: the check list, the files in `checks/`, the corpus examples and the message ids
 * agree (Renovate's index.spec, ESLint's checkRuleFiles). Returns problems; the caller's test asserts
 * none. The catalogue is the plugins' check lists themselves (docs/checks/ is generated from them).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnyPlugin } from '../plugin.js';
import { rulesOf } from '../plugin-parts.js';
import type { Expected } from './corpus.js';

export interface ContractPaths {
  /** `plugins/<eco>` */
  pluginDir: string;
  /** Where the check files are; default `<pluginDir>/src/checks`. */
  checksDir?: string;
  /** `corpus/<eco>` */
  corpusDir: string;
}

export async function pluginContractProblems(plugin: AnyPlugin, paths: ContractPaths): Promise<string[]> {
  const problems: string[] = [];
  const checks = rulesOf(plugin);
  const names = await readdir(paths.checksDir ?? join(paths.pluginDir, 'src', 'checks'));
  const files = names
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.meta.ts') && f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''));
  // A check's metadata may stand in a sibling `<id>.meta.ts` (docs/decisions/0031).
  const metas = names.filter((f) => f.endsWith('.meta.ts')).map((f) => f.replace(/\.meta\.ts$/, ''));
  const ids = checks.map((c) => c.id);
  for (const id of ids) if (!files.includes(id)) problems.push(`check ${id} has no file src/checks/${id}.ts`);
  for (const f of files) if (!ids.includes(f)) problems.push(`src/checks/${f}.ts is not in the plugin's checks list`);
  for (const f of metas)
    if (!ids.includes(f)) problems.push(`src/checks/${f}.meta.ts is not in the plugin's checks list`);
  if (new Set(ids).size !== ids.length) problems.push('duplicate check ids');
  const used = new Map<string, Set<string>>();
  for (const check of checks) {
    const q = `${plugin.ecosystem}/${check.id}`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(check.id)) problems.push(`${q}: id is not kebab-case`);
    for (const [role, names] of [
      ['bad', check.examples.bad],
      ['good', check.examples.good],
    ] as const) {
      for (const name of names) {
        const expected = await readExpected(join(paths.corpusDir, name));
        if (!expected) {
          problems.push(`${q}: example ${role} case corpus/${plugin.ecosystem}/${name} is missing`);
          continue;
        }
        const mine = expected.findings.filter((f) => f.check === q);
        // A draft (just written by the new-check generator) may keep its bad example's finding under `todo`.
        const pending = check.lifecycle === 'draft' ? (expected.todo ?? []).filter((f) => f.check === q) : [];
        if (role === 'bad' && mine.length === 0 && pending.length === 0)
          problems.push(`${q}: bad example ${name} expects no ${q} finding`);
        if (check.lifecycle === 'draft' && role === 'bad' && mine.length > 0)
          problems.push(
            `${q}: the bad example ${name} finds it: the check is no longer a draft (remove lifecycle: 'draft')`,
          );
        if (role === 'good' && mine.length > 0) problems.push(`${q}: good example ${name} expects a ${q} finding`);
      }
    }
  }
  for (const name of await listDirs(paths.corpusDir)) {
    const expected = await readExpected(join(paths.corpusDir, name));
    for (const f of expected?.findings ?? []) {
      if (!f.messageId) continue;
      if (!used.has(f.check)) used.set(f.check, new Set());
      used.get(f.check)!.add(f.messageId);
    }
  }
  for (const check of checks) {
    const q = `${plugin.ecosystem}/${check.id}`;
    if (check.lifecycle === 'draft') continue;
    for (const messageId of Object.keys(check.messages)) {
      if (!used.get(q)?.has(messageId)) problems.push(`${q}: messageId "${messageId}" is used by no corpus case`);
    }
  }
  return problems;
}

async function readExpected(dir: string): Promise<Expected | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as Expected;
  } catch {
    return undefined;
  }
}

async function listDirs(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return [];
  }
}

/**
 * `inert files`: the files inert reads, from the plugins' file rules: text for people, JSON for
 * programs, and `--format sparse`, patterns for `git sparse-checkout set --no-cone --stdin`, so a fleet
 * fetches only what a scan reads (docs/scaling.md). The sparse patterns are gitignore patterns: a rule
 * matches the end of a path (`package.json` in any directory, `.cargo/config.toml` under any
 * directory), which gitignore says with a bare name or a leading `**` segment.
 */
import type { AnyPlugin, FileRule } from '@inert/core';
import { UsageError } from './args.js';

/** The config files a scan reads at the scanned root (config-files.ts), unless --config or --untrusted. */
const ROOT_CONFIG = ['inert.config.json', '.inert.json'];
/** Every pattern of every rule is in the subset that inert's globs and gitignore read alike. */
const PORTABLE = /^[\w.*?/-]+$/;

export interface FilesEntry {
  ecosystem: string;
  kind: string;
  description: string;
  match: readonly string[];
  /** The same files as gitignore (sparse-checkout) patterns. */
  sparse: string[];
}

export function sparsePattern(glob: string): string {
  if (!PORTABLE.test(glob) || glob.startsWith('/'))
    throw new Error(`file rule "${glob}" has no sparse-checkout equivalent; extend sparsePattern`);
  return glob.includes('/') && !glob.startsWith('**/') ? `**/${glob}` : glob;
}

export function filesEntries(plugins: readonly AnyPlugin[]): FilesEntry[] {
  const rules = plugins.flatMap((p) =>
    p.files.map(
      (rule: FileRule): FilesEntry => ({
        ecosystem: p.ecosystem,
        kind: rule.kind,
        description: rule.description,
        match: rule.match,
        sparse: rule.match.map(sparsePattern),
      }),
    ),
  );
  const config: FilesEntry = {
    ecosystem: 'inert',
    kind: 'config',
    description: "inert's own config, at the scanned root only",
    match: ROOT_CONFIG,
    sparse: ROOT_CONFIG.map((name) => `/${name}`),
  };
  return [...rules, config];
}

export function filesCommand(plugins: readonly AnyPlugin[], format: string): string {
  const entries = filesEntries(plugins);
  if (format === 'json') return `${JSON.stringify(entries, null, 2)}\n`;
  if (format === 'sparse') return [...new Set(entries.flatMap((e) => e.sparse))].map((p) => `${p}\n`).join('');
  if (format !== 'text') throw new UsageError(`files prints text, json or sparse, not "${format}"`);
  return entries
    .map((e) => `${e.ecosystem.padEnd(7)} ${e.kind.padEnd(15)} ${e.match.join(', ')}  (${e.description})\n`)
    .join('');
}

/** The config and baseline files a scan reads: the scanned tree's own config, a --config file, a --baseline file. */
import { catalogue, DirectorySource, errorMessage, parseJson, type Baseline } from '@inert/core';
import { UsageError } from './args.js';
import { validateConfig, type CliConfig } from './config.js';
import { assertKnownCheckIds } from './config-ids.js';
import type { Io } from './io.js';
import { PLUGINS } from './plugins.js';

const TREE_CONFIG_BYTES = 1024 * 1024;

/**
 * `inert.config.json` or `.inert.json` at the scanned root, read through the scan's own source: no
 * symlink followed, regular files only, non-blocking (a FIFO cannot hang), size-capped. A config
 * that exists but cannot be read is an error naming it, never its content.
 */
export async function discoverConfig(source: DirectorySource): Promise<CliConfig> {
  for (const name of ['inert.config.json', '.inert.json']) {
    const outcome = await source.read(name, TREE_CONFIG_BYTES);
    if (!outcome.ok && outcome.reason === 'no longer exists') continue;
    const path = `${source.root.replace(/\/$/, '')}/${name}`;
    if (!outcome.ok)
      throw new UsageError(
        `cannot read config "${path}" in the scanned tree: ${outcome.reason}; remove it, or pass --untrusted (ignore it) or --config <file>`,
      );
    const text = new TextDecoder('utf-8', { fatal: false }).decode(outcome.bytes);
    return { ...parseConfig(text, path), configInTree: name };
  }
  return {};
}

export async function readBaseline(path: string, io: Io): Promise<Baseline> {
  const text = await io.readFile(path).catch((error: { code?: string }) => {
    throw new UsageError(`cannot read baseline "${path}": ${error.code ?? errorMessage(error)}`);
  });
  const parsed = parseJson(text, path);
  const value = parsed.ok ? (parsed.value.value as Partial<Baseline>) : undefined;
  if (!value || value.inertBaseline !== 1 || !Array.isArray(value.findings)) {
    throw new UsageError(`${path} is not an inert baseline (write one with --write-baseline)`);
  }
  return value as Baseline;
}

/** A --config file: opened as the scan opens files (no symlink, regular file, non-blocking, size-capped). */
export async function readConfig(path: string): Promise<CliConfig> {
  const slash = path.lastIndexOf('/');
  const outcome = await new DirectorySource(path.slice(0, slash) || '/').read(path.slice(slash + 1), TREE_CONFIG_BYTES);
  if (!outcome.ok) throw new UsageError(`cannot read config "${path}": ${outcome.reason}`);
  return parseConfig(new TextDecoder().decode(outcome.bytes), path);
}

function parseConfig(text: string, path: string): CliConfig {
  const parsed = parseJson(text, path);
  if (!parsed.ok)
    throw new UsageError(
      `config ${path} is not valid JSON${parsed.problem.line ? ` (line ${parsed.problem.line})` : ''}: ${parsed.problem.kind === 'limit' ? parsed.problem.reason : 'fix the syntax'}`,
    );
  const config = validateConfig(parsed.value.value, path);
  assertKnownCheckIds(
    config,
    catalogue(PLUGINS).map((c) => c.qualifiedId),
    path,
  );
  return config;
}

/** `.cargo/config(.toml)`, `rust-toolchain(.toml)` and `.cargo/credentials(.toml)`. https://doc.rust-lang.org/cargo/reference/config.html */
import { dirOf, parseToml, type Parsed, type ParseLimits } from '@inert/core';
import type { CargoConfig, Credentials, Dependency, Toolchain } from '../model.js';
import { collectDependencies } from './dependencies.js';
import { programSettings } from './programs.js';
import { entries, str, table } from './table.js';

/** A cargo config; it applies to the directory that holds `.cargo/`. */
export function parseConfig(text: string, path: string, limits?: ParseLimits): Parsed<CargoConfig> {
  const parsed = parseToml(text, path, limits);
  if (!parsed.ok) return parsed;
  const patches: Dependency[] = [];
  for (const [source, deps] of entries(parsed.value.value.patch))
    collectDependencies(deps, ['patch', source], 'patch', patches);
  return {
    ok: true,
    value: { path, dir: dirOf(dirOf(path)), doc: parsed.value, patches, programs: programSettings(parsed.value.value) },
  };
}

/**
 * rust-toolchain.toml, or the legacy `rust-toolchain` that holds either the same TOML or a bare
 * channel name on one line (`legacy`: the route's reader says which). https://rust-lang.github.io/rustup/overrides.html#the-toolchain-file
 */
export function parseToolchain(text: string, path: string, legacy: boolean, limits?: ParseLimits): Parsed<Toolchain> {
  const trimmed = text.trim();
  if (legacy && !trimmed.includes('[') && !trimmed.includes('=')) {
    const channelLine = text.slice(0, text.length - text.trimStart().length).split(/\r\n|\r|\n/).length;
    return { ok: true, value: { path, ...(trimmed ? { channel: trimmed.split(/\s/)[0]!, channelLine } : {}) } };
  }
  const parsed = parseToml(text, path, limits);
  if (!parsed.ok) return parsed;
  const t = table(parsed.value.value.toolchain);
  const channel = str(t.channel);
  const custom = str(t.path);
  return {
    ok: true,
    value: {
      path,
      doc: parsed.value,
      ...(channel !== undefined ? { channel } : {}),
      ...(custom !== undefined ? { customPath: custom } : {}),
    },
  };
}

/** Credentials have the config format: `[registry] token`, `[registries.<name>] token`. https://doc.rust-lang.org/cargo/reference/config.html#credentials */
export function parseCredentials(text: string, path: string, limits?: ParseLimits): Parsed<Credentials> {
  const parsed = parseToml(text, path, limits);
  return parsed.ok ? { ok: true, value: { path, doc: parsed.value } } : parsed;
}

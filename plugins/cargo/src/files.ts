/** The files the cargo plugin claims. https://doc.rust-lang.org/cargo/ */
import type { FileRule } from '@inert/core';

/** The cargo plugin's readers: each rule names the one that parses what it claims (`FileRule.reader`). */
export type CargoReader =
  | 'cargo-toml'
  | 'cargo-lock'
  | 'cargo-config'
  | 'rust-toolchain-toml'
  | 'rust-toolchain'
  | 'cargo-credentials'
  | 'presence';

export const files: readonly (FileRule & { reader: CargoReader })[] = [
  { kind: 'manifest', reader: 'cargo-toml', match: ['Cargo.toml'], description: 'package and workspace manifests' },
  { kind: 'lockfile', reader: 'cargo-lock', match: ['Cargo.lock'], description: 'lockfile versions 1–4' },
  {
    kind: 'client-config',
    reader: 'cargo-config',
    match: ['.cargo/config.toml', '.cargo/config'],
    description: 'cargo configuration: sources, registries, wrappers, runners, aliases',
  },
  {
    kind: 'client-config',
    reader: 'rust-toolchain-toml',
    match: ['rust-toolchain.toml'],
    description: 'toolchain selection (channel, custom path)',
  },
  {
    kind: 'client-config',
    reader: 'rust-toolchain',
    match: ['rust-toolchain'],
    description: 'legacy toolchain file: a bare channel name, or the same TOML',
  },
  {
    kind: 'credentials',
    reader: 'cargo-credentials',
    match: ['.cargo/credentials.toml', '.cargo/credentials'],
    description: 'registry tokens',
  },
  // Presence only, never read: build scripts run on every build; binary targets make a lock matter.
  {
    kind: 'build-script',
    reader: 'presence',
    match: ['build.rs', 'src/main.rs', 'src/bin/*.rs', 'src/bin/*/main.rs'],
    description: 'build scripts (run on every build) and auto-discovered binary targets (presence only)',
  },
];

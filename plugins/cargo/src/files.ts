/** The files the cargo plugin claims. https://doc.rust-lang.org/cargo/ */
import type { FileRule } from '@inert/core';

export const files: readonly FileRule[] = [
  { kind: 'manifest', match: ['Cargo.toml'], description: 'package and workspace manifests' },
  { kind: 'lockfile', match: ['Cargo.lock'], description: 'lockfile versions 1–4' },
  {
    kind: 'client-config',
    match: ['.cargo/config.toml', '.cargo/config'],
    description: 'cargo configuration: sources, registries, wrappers, runners, aliases',
  },
  {
    kind: 'client-config',
    match: ['rust-toolchain.toml', 'rust-toolchain'],
    description: 'toolchain selection (channel, custom path)',
  },
  { kind: 'credentials', match: ['.cargo/credentials.toml', '.cargo/credentials'], description: 'registry tokens' },
  // Presence only, never read: build scripts run on every build; binary targets make a lock matter.
  {
    kind: 'build-script',
    match: ['build.rs', 'src/main.rs', 'src/bin/*.rs', 'src/bin/*/main.rs'],
    description: 'build scripts (run on every build) and auto-discovered binary targets (presence only)',
  },
];

/** The metadata of cargo/source-replacement: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const sourceReplacementMeta = {
  id: 'source-replacement',
  question: 'multi-source-resolution',
  title: 'A cargo source or crate is replaced by another',
  description:
    'Cargo config replaces a source (usually crates-io) with another registry, a local registry or a vendored directory; or `paths` / a config `[patch]` overrides crates for every build in the directory; or a Cargo.toml `[patch]`/`[replace]` swaps named crates for a git or path copy. Cargo assumes a replacement serves the same crates and still compares Cargo.lock checksums, but a directory source carries its own checksums (`.cargo-checksum.json`), and overrides in cargo config are easy to miss because they are not in any manifest.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'medium',
      when: '`.cargo/config.toml` replaces a source, overrides `paths` or patches a crate: every build of the checkout uses the replacement',
    },
    {
      severity: 'low',
      when: '`[patch]`/`[replace]` in Cargo.toml: visible in the manifest and limited to the named crates',
    },
  ],
  confidence: 'high',
  messages: {
    replaced: '{file}: source {source} is replaced with {target} ({kind})',
    paths: '{file}: `paths` overrides dependencies with the local crate at {path}',
    configPatch: '{file} patches {name} from {source} with {target}',
    patch: '{file} patches {name} from {source} with {target}',
  },
  remediation:
    'Make sure a replacement is a mirror you control and that CI builds with `--locked`; review vendored directories and patched crates like your own code; prefer `[patch]` in Cargo.toml over cargo config so the override is visible.',
  limitations: 'The content of replacements, vendored directories and patched crates is not read.',
  reads: ['client-config', 'manifest'],
  examples: {
    bad: ['source-replacement--vendored-mirror', 'source-replacement--paths-and-patches'],
    good: ['clean--locked-registry-crates'],
  },
  since: 'next',
} as const satisfies CheckMeta;

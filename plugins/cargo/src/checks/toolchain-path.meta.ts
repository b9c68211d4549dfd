/** The metadata of cargo/toolchain-path: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const toolchainPathMeta = {
  id: 'toolchain-path',
  question: 'pre-install-execution',
  title: 'The toolchain file points rustup at a custom toolchain',
  description:
    'A rust-toolchain.toml (or legacy rust-toolchain in TOML form) sets `[toolchain] path`: rustup then runs `cargo`, `rustc` and every other proxied tool from that directory for any command in the checkout or below it. rustup accepts only absolute paths here, but an absolute path can still name a predictable location (a CI workspace such as `/home/runner/work/<repo>/<repo>/…`) that the checkout itself fills, so every `cargo` invocation may run programs the checkout chose.',
  severity: 'high',
  confidence: 'high',
  messages: {
    path: '{file} sets toolchain path = {value}: cargo and rustc run from that directory',
  },
  remediation:
    'Use a pinned `channel` (e.g. "1.83.0") instead of a path, or review the toolchain directory as code; run untrusted checkouts with `RUSTUP_TOOLCHAIN` set to a toolchain you installed.',
  limitations: 'Toolchain overrides set by `rustup override` outside the checkout are not seen.',
  reads: ['client-config'],
  examples: {
    bad: ['toolchain-path--custom-path'],
    good: ['clean--locked-registry-crates', 'clean--toolchain-channel'],
  },
  since: 'next',
} as const satisfies CheckMeta;

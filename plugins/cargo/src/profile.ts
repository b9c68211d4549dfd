/** What cargo and crates.io do by design, each fact with its source. https://doc.rust-lang.org/cargo/ */
import type { EcosystemProfile } from '@inert/core';

export const profile: EcosystemProfile = {
  'install-time-execution': [{ fact: 'Cargo compiles and runs every dependency\u2019s build script and loads proc-macros into the compiler on every build, check and test; there is no switch to disable them.', source: 'https://doc.rust-lang.org/cargo/reference/build-scripts.html' }],
  'pre-install-execution': [
    { fact: 'A `.cargo/config.toml` in the working directory or any parent applies to every cargo command: `build.rustc-wrapper`, `target.*.runner` and `linker` name programs cargo runs.', source: 'https://doc.rust-lang.org/cargo/reference/config.html#hierarchical-structure' },
    { fact: 'rust-toolchain.toml selects the toolchain rustup runs for the directory; `path` points at a custom toolchain directory.', source: 'https://rust-lang.github.io/rustup/overrides.html#the-toolchain-file' },
  ],
  'lockfile-integrity': [{ fact: 'Cargo.lock records a sha256 checksum per registry crate and a commit per git crate; `--locked` fails instead of updating the lock.', source: 'https://doc.rust-lang.org/cargo/commands/cargo-build.html#manifest-options' }],
  'name-identity': [{ fact: 'crates.io treats names that differ only by case or `-`/`_` as the same crate and rejects the second registration.', source: 'https://doc.rust-lang.org/cargo/reference/registry-index.html#name-restrictions' }],
  'multi-source-resolution': [{ fact: 'Each dependency comes from exactly one source (crates.io by default, or the `registry`/`git`/`path` it names); source replacement swaps a whole source for a mirror or vendored directory.', source: 'https://doc.rust-lang.org/cargo/reference/source-replacement.html' }],
  'namespace-allocation': [{ fact: 'crates.io names are first come, first served, in one flat namespace without organisation scopes.', source: 'https://crates.io/policies' }],
  'maintainer-lifecycle': [{ fact: 'Crate ownership is managed by `cargo owner`; owners can add others, and crates.io policies govern transfers of abandoned crates.', source: 'https://doc.rust-lang.org/cargo/reference/publishing.html#cargo-owner' }],
  'version-immutability': [{ fact: 'A published crate version can never be overwritten or deleted, only yanked; yanked versions still install from an existing Cargo.lock.', source: 'https://doc.rust-lang.org/cargo/reference/publishing.html#cargo-yank' }],
  provenance: [{ fact: 'crates.io supports trusted publishing from GitHub Actions (OIDC) through rust-lang/crates-io-auth-action; it does not yet publish build provenance attestations.', source: 'https://crates.io/docs/trusted-publishing' }],
  'publish-credentials': [{ fact: 'crates.io API tokens are long-lived unless scoped with an expiry; trusted publishing replaces them with short-lived tokens minted per workflow run.', source: 'https://crates.io/docs/trusted-publishing' }],
  'blast-radius': [{ fact: 'Malicious crates are removed by the crates.io team and recorded in the RustSec advisory database (also published as OSV).', source: 'https://rustsec.org/' }],
  'own-supply-chain': [{ fact: 'rustup downloads toolchains over HTTPS and checks their sha256 against the channel manifest; rustup itself is usually installed with `curl … | sh` (see ci/curl-pipe-shell).', source: 'https://rust-lang.github.io/rustup/security.html' }],
};

/**
 * What cargo, rustup and crates.io do by design, each fact with its source. https://doc.rust-lang.org/cargo/
 * Version boundaries: `.cargo/config.toml` 1.39 (config reference), sparse crates.io index by default
 * 1.70 (rust-lang/cargo#11791), credential providers 1.74 (cargo CHANGELOG, 1.74: `credential-process` and
 * `registry-auth` stabilized), `rust-toolchain.toml` name and `path` key rustup 1.24 (rustup CHANGELOG).
 */
import type { EcosystemProfile } from '@inert/core';

const EVERY = 'every cargo version';
const CRATES_IO = 'crates.io, as of 2026';
const POLICIES = 'https://crates.io/policies';
const TRUSTED = 'https://crates.io/docs/trusted-publishing';

export const profile: EcosystemProfile = {
  'install-time-execution': [
    {
      fact: 'Cargo compiles and runs each dependency\u2019s build script, and loads its proc-macros into the compiler, whenever it builds, checks or tests a crate that uses it. The only documented way to skip one is a `[target.<triple>.<links>]` override in config for a package that declares `links`; no setting skips build scripts or proc-macros in general.',
      source: 'https://doc.rust-lang.org/cargo/reference/build-scripts.html#overriding-build-scripts',
      versions: EVERY,
      unverified:
        'an absence: as of cargo 0.101.0 (rust-lang/cargo af373f76, 2026-08-22) the Cargo Book\u2019s build-scripts reference documents only the `links` override, its configuration reference has no key that skips build scripts or proc-macros (only `[target.<triple>.<links>]` and `[profile.<name>.build-override]`, which changes how they are compiled), and the unstable-features page lists none',
    },
  ],
  'pre-install-execution': [
    {
      fact: 'Every `.cargo/config.toml` (or legacy `.cargo/config`) in the working directory or a parent applies to every cargo command: `build.rustc-wrapper`, `target.*.runner` and `linker` name programs cargo runs.',
      source: 'https://doc.rust-lang.org/cargo/reference/config.html#hierarchical-structure',
      versions: 'every cargo version (the `config.toml` name since 1.39)',
    },
    {
      fact: 'A rust-toolchain.toml (or legacy rust-toolchain) selects the toolchain rustup runs for cargo and rustc in that directory and below; its `path` points at a custom toolchain directory whose binaries then run.',
      source: 'https://rust-lang.github.io/rustup/overrides.html#the-toolchain-file',
      versions:
        'rustup >= 1.24 for the `rust-toolchain.toml` name and the `path` key (the TOML format in `rust-toolchain` since 1.23, the plain file since 1.5)',
    },
  ],
  'lockfile-integrity': [
    {
      fact: 'Cargo.lock records a sha256 checksum per registry crate and a commit per git crate; `--locked` fails instead of updating the lock.',
      source: 'https://doc.rust-lang.org/cargo/commands/cargo-build.html#manifest-options',
      versions: EVERY,
    },
    {
      fact: '`cargo install` ignores the Cargo.lock packaged with a crate and resolves dependencies afresh, possibly to newer versions, unless it is given `--locked`.',
      source: 'https://doc.rust-lang.org/cargo/commands/cargo-install.html#dealing-with-the-lockfile',
      versions: EVERY,
    },
  ],
  'name-identity': [
    {
      fact: 'crates.io accepts only ASCII letters, digits, `-` and `_` in names and detects collisions case-insensitively and across `-`/`_`, so it rejects a second crate that differs only in those ways. Alternative registries need not apply these rules; cargo itself accepts any alphanumeric name.',
      source: 'https://doc.rust-lang.org/cargo/reference/registry-index.html#name-restrictions',
      versions: CRATES_IO,
    },
  ],
  'multi-source-resolution': [
    {
      fact: 'Each dependency comes from exactly one source (crates.io by default, or the `registry`/`git`/`path` it names); source replacement swaps a whole source for a mirror or vendored directory.',
      source: 'https://doc.rust-lang.org/cargo/reference/source-replacement.html',
      versions: EVERY,
    },
    {
      fact: 'Cargo reads the crates.io index over HTTPS from index.crates.io (the sparse protocol) by default, where older cargo clones the git index from GitHub; Cargo.lock records the same crates.io source either way.',
      source: 'https://doc.rust-lang.org/cargo/reference/registry-index.html#sparse-protocol',
      versions: 'cargo >= 1.70',
      applies: { client: 'cargo', since: '1.70' },
    },
  ],
  'namespace-allocation': [
    {
      fact: 'crates.io names are first come, first served, in one flat namespace without organisation scopes; a crate that only reserves a name breaks the usage policy and the crates.io team may delete it.',
      source: POLICIES,
      versions: CRATES_IO,
    },
  ],
  'maintainer-lifecycle': [
    {
      fact: 'Crate ownership is managed by `cargo owner`: an owner can add users or GitHub teams as owners and remove owners, and every owner can publish new versions.',
      source: 'https://doc.rust-lang.org/cargo/reference/publishing.html#cargo-owner',
      versions: EVERY,
    },
    {
      fact: 'The crates.io team does not transfer a crate without its current owner\u2019s explicit approval; whoever wants a crate has to ask its owner, who can add them as an owner.',
      source: 'https://crates.io/policies#package-ownership',
      versions: CRATES_IO,
    },
  ],
  'version-immutability': [
    {
      fact: 'A published crate version can never be overwritten, only yanked; yanked versions still install from an existing Cargo.lock.',
      source: 'https://doc.rust-lang.org/cargo/reference/publishing.html#cargo-yank',
      versions: `${EVERY}; ${CRATES_IO}`,
    },
    {
      fact: 'crates.io lets a user owner delete a whole crate that no other crate depends on, within 72 hours of publishing it or later when it has a single owner and fewer than 1000 downloads per month since publication; anyone can register the freed name 24 hours later.',
      source:
        'https://github.com/rust-lang/crates.io/blob/57fa000662f511321daa61e6769f190ea0e80771/src/controllers/krate/delete.rs',
      versions: `${CRATES_IO} (self-service deletion per RFC 3660; read in rust-lang/crates.io 57fa0006, 2026-08-21)`,
    },
  ],
  provenance: [
    {
      fact: 'crates.io supports trusted publishing (OIDC) from GitHub Actions and, in public beta, GitLab CI/CD; it does not publish build provenance attestations for crates.',
      source: TRUSTED,
      versions: CRATES_IO,
      unverified:
        'an absence: as of rust-lang/crates.io commit 57fa0006 (2026-08-21) no file of the registry\u2019s source, API or frontend mentions attestations, Sigstore or provenance, and the Sigstore RFC (rust-lang/rfcs#3403) was closed unmerged',
    },
  ],
  'publish-credentials': [
    {
      fact: 'crates.io API tokens can be limited to endpoint scopes (`publish-new`, `publish-update`, `yank`, `change-owners`) and to crate-name patterns (since 2023-06); tokens created on crates.io\u2019s website default to a 90-day expiry since 2024-09-12, while the API still creates tokens without expiry when none is given.',
      source: 'https://github.com/rust-lang/crates.io/pull/9414',
      versions: 'crates.io, since 2023-06 (scopes) and 2024-09-12 (90-day default in the web form)',
    },
    {
      fact: 'Trusted publishing exchanges the CI job\u2019s OIDC token for a crates.io token that expires after 30 minutes; `rust-lang/crates-io-auth-action` also revokes it when the job ends.',
      source: TRUSTED,
      versions: CRATES_IO,
    },
    {
      fact: 'crates.io API tokens start with `cio` (trusted-publishing tokens with `cio_tp_`); crates.io receives GitHub secret-scanning alerts for them, revokes a leaked active token and emails its owner.',
      source:
        'https://github.com/rust-lang/crates.io/blob/57fa000662f511321daa61e6769f190ea0e80771/src/controllers/github/secret_scanning.rs',
      versions:
        'crates.io, since 2022-12 (prefixes `cio` and `cio_tp_` read in rust-lang/crates.io 57fa0006, 2026-08-21)',
    },
    {
      fact: 'Cargo keeps registry tokens in the OS keychain only when `registry.global-credential-providers` (or a registry\u2019s own `credential-provider`) names `cargo:macos-keychain`, `cargo:wincred` or `cargo:libsecret`; with no provider configured, crates.io tokens go through `cargo:token`, in plain text in `$CARGO_HOME/credentials.toml`.',
      source: 'https://doc.rust-lang.org/cargo/reference/registry-authentication.html',
      versions: 'cargo >= 1.74 (older stable cargo always stores plain text)',
      applies: { client: 'cargo', since: '1.74' },
    },
  ],
  'blast-radius': [
    {
      fact: 'The crates.io team deletes crates that contain malware and publishes a RustSec advisory (also served as OSV) for each removal.',
      source: 'https://blog.rust-lang.org/2026/02/13/crates.io-malicious-crate-update/',
      versions: 'crates.io and RustSec, since 2026-02',
    },
  ],
  'own-supply-chain': [
    {
      fact: 'rustup downloads toolchains over HTTPS but does not yet validate signatures of what it downloads; rustup itself is usually installed with `curl \u2026 | sh` (see ci/curl-pipe-shell).',
      source: 'https://rust-lang.github.io/rustup/security.html',
      versions: 'rustup, as of 2026',
    },
  ],
};

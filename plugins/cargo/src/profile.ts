/**
 * What cargo, rustup and crates.io do by design, each fact with its source. https://doc.rust-lang.org/cargo/
 * Version boundaries: `.cargo/config.toml` 1.39 (config reference), sparse crates.io index by default
 * 1.70 (rust-lang/cargo#11791), credential providers 1.74 (rust-lang/cargo#12649, stabilized for 1.74).
 */
import type { EcosystemProfile } from '@inert/core';

const EVERY = 'every cargo version';
const CRATES_IO = 'crates.io, as of 2026';
const POLICIES = 'https://crates.io/policies';
const TRUSTED = 'https://crates.io/docs/trusted-publishing';

export const profile: EcosystemProfile = {
  'install-time-execution': [
    {
      fact: 'Cargo compiles and runs each dependency\u2019s build script, and loads its proc-macros into the compiler, whenever it builds, checks or tests a crate that uses it; no setting skips them.',
      source: 'https://doc.rust-lang.org/cargo/reference/build-scripts.html',
      versions: EVERY,
      unverified: 'that no option skips dependency build scripts is not stated in the Cargo docs; it is the absence of any documented option',
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
      versions: 'rustup, as of 2026',
      unverified: 'the rustup releases that first read the `.toml` file name and the `path` key are not confirmed',
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
      fact: 'The crates.io team does not transfer a crate without its current owner\u2019s explicit approval; an owner can say in the crate\u2019s README or description that it may go to the first person who asks.',
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
      fact: 'crates.io lets an owner delete a whole crate within 72 hours of publishing it, or later when it has a single owner, no dependent crates and few downloads; the freed name can then be registered again.',
      source: 'https://rust-lang.github.io/rfcs/3660-crates-io-crate-deletions.html',
      versions: 'crates.io, since self-service deletion (2024)',
      unverified: 'the current download threshold (raised by later crates.io changes) and the 24-hour block before a deleted name can be reused come from crates.io pull requests and a maintainer\u2019s comment, not the policy page',
    },
  ],
  provenance: [
    {
      fact: 'crates.io supports trusted publishing (OIDC) from GitHub Actions and, in public beta, GitLab CI/CD; it does not publish build provenance attestations for crates.',
      source: TRUSTED,
      versions: CRATES_IO,
      unverified: 'that crates.io publishes no build provenance attestations is not stated by crates.io; no primary source was found either way',
    },
  ],
  'publish-credentials': [
    {
      fact: 'crates.io API tokens are long-lived unless created with an expiry; trusted publishing replaces them with short-lived tokens minted per workflow run and revoked when the job ends.',
      source: TRUSTED,
      versions: CRATES_IO,
      unverified: 'token expiry and scopes were not confirmed from crates.io\u2019s own documentation in this review',
    },
    {
      fact: 'Cargo keeps registry tokens in the OS keychain only when `registry.global-credential-providers` names `cargo:macos-keychain`, `cargo:wincred` or `cargo:libsecret`; otherwise `cargo:token` stores them in plain text in `$CARGO_HOME/credentials.toml`.',
      source: 'https://doc.rust-lang.org/cargo/reference/registry-authentication.html',
      versions: 'cargo >= 1.74 (older cargo always stores plain text)',
      applies: { client: 'cargo', since: '1.74' },
      unverified: 'the 1.74 boundary comes from the stabilization pull request (rust-lang/cargo#12649), not a changelog entry',
    },
  ],
  'blast-radius': [
    {
      fact: 'The crates.io team deletes crates that contain malware and publishes a RustSec advisory (also served as OSV) for each removal.',
      source: 'https://rustsec.org/',
      versions: 'crates.io and RustSec, as of 2026',
      unverified: 'the always-an-advisory policy (crates.io blog, 2026-02-13) was read in copies of the post, not on blog.rust-lang.org',
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

/** What the go command, the module proxy and the checksum database do by design, with sources. */
import type { EcosystemProfile } from '@inert/core';

const SUPPLY = 'https://go.dev/blog/supply-chain';

export const profile: EcosystemProfile = {
  'install-time-execution': [{ fact: 'Fetching or building Go modules runs no code from them: there are no install hooks; `go generate` runs only when invoked explicitly and cgo only compiles C code the module ships.', source: SUPPLY }],
  'pre-install-execution': [{ fact: 'A `toolchain` line (or a newer `go` line) makes the go command download a Go toolchain as a module and run it, unless `GOTOOLCHAIN=local`; the download is verified by the checksum database.', source: 'https://go.dev/doc/toolchain', versions: 'go >= 1.21' }],
  'lockfile-integrity': [
    { fact: 'go.sum records the h1 hash of each module zip and go.mod; the go command refuses a download whose hash differs.', source: 'https://go.dev/ref/mod#go-sum-files' },
    { fact: 'A module version not in go.sum is checked against sum.golang.org, a public append-only log, unless GONOSUMDB/GOPRIVATE or GOSUMDB=off exclude it.', source: 'https://go.dev/ref/mod#checksum-database' },
    { fact: 'Build commands refuse to change go.mod by default (`-mod=readonly`).', source: 'https://go.dev/ref/mod#build-commands', versions: 'go >= 1.16' },
  ],
  'name-identity': [{ fact: 'A module path is its import path and names its source location; proxies encode upper-case letters (`!a`) so that case-insensitive file systems keep paths distinct.', source: 'https://go.dev/ref/mod#goproxy-protocol' }],
  'multi-source-resolution': [{ fact: 'GOPROXY is a list: `,` falls back to the next entry only on "not found", `|` on any error; `direct` fetches from the origin repository.', source: 'https://go.dev/ref/mod#goproxy-protocol' }],
  'namespace-allocation': [{ fact: 'There is no central name registry: whoever controls the domain or repository in the module path controls the module.', source: 'https://go.dev/ref/mod#module-path' }],
  'maintainer-lifecycle': [{ fact: 'proxy.golang.org caches module versions, so a version keeps its bytes even if the repository is deleted or transferred; new versions come from whoever controls the repository.', source: 'https://proxy.golang.org/' }],
  'version-immutability': [{ fact: 'The checksum database makes every published version\u2019s bytes the same for everyone forever; a moved tag is detected as a checksum mismatch.', source: SUPPLY }],
  provenance: [{ fact: 'There is no publish step or provenance attestation: a version is a VCS tag, and the checksum log proves everyone got the same bytes, not who built them.', source: 'https://go.dev/ref/mod#vcs' }],
  'publish-credentials': [{ fact: 'Publishing is pushing a tag: the credential is write access to the repository; there are no registry tokens.', source: 'https://go.dev/ref/mod#vcs-version' }],
  'blast-radius': [{ fact: 'Authors mark bad versions with `retract` in go.mod; the Go vulnerability database (and OSV) lists affected versions; nothing removes a version from the proxy.', source: 'https://go.dev/ref/mod#go-mod-file-retract' }],
  'own-supply-chain': [{ fact: 'Go toolchains fetched through GOTOOLCHAIN are modules verified by the checksum database, like any dependency; toolchains installed by CI setup actions are verified by those actions, not by go.', source: 'https://go.dev/doc/toolchain#download' }],
};

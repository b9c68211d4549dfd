/**
 * What the go command, the module proxy and the checksum database do by design, with sources.
 * Version boundaries: modules 1.11 (go.dev/doc/go1.11), proxy and checksum database by default 1.13
 * (go.dev/doc/go1.13), `|` in GOPROXY 1.15 (go.dev/doc/go1.15), `-mod=readonly` by default and
 * `retract` 1.16 (go.dev/doc/go1.16), toolchain switching 1.21 (go.dev/doc/toolchain).
 */
import type { EcosystemProfile } from '@inert/core';

const SUPPLY = 'https://go.dev/blog/supply-chain';
const MODULES = 'go >= 1.11 (module mode)';

export const profile: EcosystemProfile = {
  'install-time-execution': [
    {
      fact: 'Fetching or building Go modules runs no code from them: that is an explicit design goal of the go command, there are no install hooks, and `go generate` runs only when invoked explicitly.',
      source: SUPPLY,
      versions: 'every go version',
    },
  ],
  'pre-install-execution': [
    {
      fact: 'A `toolchain` line, or a `go` line newer than the local toolchain, in the main module\u2019s go.mod or the workspace\u2019s go.work makes any go command download that Go toolchain as a module and run it, unless `GOTOOLCHAIN=local`.',
      source: 'https://go.dev/doc/toolchain',
      versions: 'go >= 1.21',
      applies: { client: 'go', since: '1.21' },
    },
    {
      fact: 'The `go` line is a mandatory minimum: a go command older than it refuses to work in that module or workspace (or, with switching allowed, runs the newer toolchain instead); before Go 1.21 the line was advisory.',
      source: 'https://go.dev/doc/modules/gomod-ref#go',
      versions: 'go >= 1.21 (advisory before)',
      applies: { client: 'go', since: '1.21' },
    },
  ],
  'lockfile-integrity': [
    {
      fact: 'go.sum records the h1 hash of each module zip and go.mod; the go command refuses a download whose hash differs.',
      source: 'https://go.dev/ref/mod#go-sum-files',
      versions: MODULES,
      applies: { client: 'go', since: '1.11' },
    },
    {
      fact: 'A module version not in go.sum is checked against sum.golang.org, a public append-only log, unless GONOSUMDB/GOPRIVATE or GOSUMDB=off exclude it.',
      source: 'https://go.dev/ref/mod#checksum-database',
      versions: 'go >= 1.13',
      applies: { client: 'go', since: '1.13' },
    },
    {
      fact: 'Build commands refuse to change go.mod and go.sum by default (`-mod=readonly`): a missing requirement or checksum is an error.',
      source: 'https://go.dev/ref/mod#build-commands',
      versions: 'go >= 1.16',
      applies: { client: 'go', since: '1.16' },
    },
    {
      fact: 'Before go 1.25.13, 1.26.6 and 1.27.0-rc.3 (and golang.org/x/mod 0.40.0, whose sumdb/tlog the go command uses) a malicious GOPROXY can forge up to two checksum-database tiles so that altered module content passes the GOSUMDB check into go.sum and the module cache (CVE-2026-56865, GO-2026-6179); after upgrading, `rm -r go.sum go.work.sum vendor/ && go mod tidy` shows whether a checkout was affected.',
      source: 'https://github.com/golang/vulndb/blob/master/data/reports/GO-2026-6179.yaml',
      versions:
        'go < 1.25.13, 1.26.0 to 1.26.5 and 1.27.0 pre-releases before 1.27.0-rc.3 (not one `applies` interval); golang.org/x/mod < 0.40.0',
    },
  ],
  'name-identity': [
    {
      fact: 'A module path is its import path and names its source location; proxies encode upper-case letters (`!a`) so that case-insensitive file systems keep paths distinct.',
      source: 'https://go.dev/ref/mod#goproxy-protocol',
      versions: MODULES,
      applies: { client: 'go', since: '1.11' },
    },
  ],
  'multi-source-resolution': [
    {
      fact: 'GOPROXY is a list: `,` falls back to the next entry only on 404 or 410, `|` on any error; `direct` fetches from the origin repository. The default `https://proxy.golang.org,direct` does not fall back on other errors.',
      source: 'https://go.dev/ref/mod#goproxy-protocol',
      versions: 'go >= 1.15 (`,` lists since 1.13)',
      applies: { client: 'go', since: '1.15' },
    },
  ],
  'namespace-allocation': [
    {
      fact: 'There is no central name registry: whoever controls the domain or repository in the module path controls the module.',
      source: 'https://go.dev/ref/mod#module-path',
      versions: 'every go version',
    },
  ],
  'maintainer-lifecycle': [
    {
      fact: 'proxy.golang.org is a module mirror: it caches module versions in its own storage so that it can still serve a version after its repository is deleted or transferred; new versions come from whoever controls the repository.',
      source: 'https://go.dev/blog/module-mirror-launch',
      versions: 'proxy.golang.org, since its 2019 launch',
    },
  ],
  'version-immutability': [
    {
      fact: 'The checksum database makes every published version\u2019s bytes the same for everyone forever; a moved tag is detected as a checksum mismatch, and sum.golang.org cannot delete an entry.',
      source: 'https://go.dev/ref/mod#checksum-database',
      versions: 'go >= 1.13; sum.golang.org, as of 2026',
      applies: { client: 'go', since: '1.13' },
    },
  ],
  provenance: [
    {
      fact: 'There is no publish step or provenance attestation: a version is a VCS tag, and the checksum log proves everyone got the same bytes, not who built them.',
      source: 'https://go.dev/ref/mod#vcs',
      versions: 'every go version; proxy.golang.org, as of 2026',
    },
  ],
  'publish-credentials': [
    {
      fact: 'Publishing is pushing a tag: the credential is write access to the repository; there are no registry tokens.',
      source: 'https://go.dev/ref/mod#vcs-version',
      versions: 'every go version; proxy.golang.org, as of 2026',
    },
  ],
  'blast-radius': [
    {
      fact: 'Authors mark bad versions with `retract` in a newer go.mod; the go command then no longer upgrades to them and reports them on `go list -m -u` and `go get`, but builds that use them keep working.',
      source: 'https://go.dev/ref/mod#go-mod-file-retract',
      versions: 'go >= 1.16',
      applies: { client: 'go', since: '1.16' },
    },
    {
      fact: 'The Go vulnerability database (vuln.go.dev, in OSV format) lists affected module versions, including the go command’s own; nothing removes a version from the checksum database.',
      source: 'https://go.dev/security/vuln/database',
      versions: 'vuln.go.dev and sum.golang.org, as of 2026',
    },
  ],
  'own-supply-chain': [
    {
      fact: 'Go toolchains fetched through GOTOOLCHAIN are golang.org/toolchain modules checked against the checksum database: with GOSUMDB=off the download fails rather than run unverified. Toolchains installed by CI setup actions are verified by those actions, not by go.',
      source: 'https://go.dev/doc/toolchain#download',
      versions: 'go >= 1.21',
      applies: { client: 'go', since: '1.21' },
    },
  ],
};

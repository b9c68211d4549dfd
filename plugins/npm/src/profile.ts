/** What the npm family's clients (npm, Yarn, pnpm, Bun) and the npm registry do by design, per question, with sources. https://docs.npmjs.com/ */
import type { EcosystemProfile } from '@inert/core';

const NPM12 = 'https://github.blog/changelog/2026-06-09-upcoming-breaking-changes-for-npm-v12/';
const REGISTRY = 'npm registry, as of 2026';

export const profile: EcosystemProfile = {
  'install-time-execution': [
    {
      fact: 'npm runs the preinstall, install and postinstall scripts of every dependency, transitive ones included, during `npm install` and `npm ci`, unless `ignore-scripts` is set; a package with a binding.gyp and no install or preinstall script gets an implicit `node-gyp rebuild`. From 11.16 npm still runs them but names the packages `allowScripts` does not cover.',
      source: 'https://docs.npmjs.com/cli/using-npm/scripts#npm-install',
      versions: 'npm < 12 (warnings from 11.16)',
      applies: { client: 'npm', until: '12' },
    },
    {
      fact: 'npm 12 blocks dependency preinstall, install and postinstall scripts, the implicit node-gyp build, and `prepare` of git, file and link dependencies, unless the root package.json `allowScripts` allows the package; an entry is name-only (every version) or pinned (`"pkg@1.2.3": true`), and `npm approve-scripts` writes pinned entries by default.',
      source: 'https://docs.npmjs.com/cli/v12/commands/npm-approve-scripts',
      versions: 'npm >= 12',
      applies: { client: 'npm', since: '12' },
    },
    {
      fact: 'pnpm before 10 runs dependency build scripts by default unless `ignore-scripts` is set; `onlyBuiltDependencies` (6.32+) or `neverBuiltDependencies` (5.16+) narrow which packages run them.',
      source: 'https://github.com/pnpm/pnpm/pull/8897',
      versions:
        'pnpm < 10 (`neverBuiltDependencies` first in the published pnpm 5.16.0 bundle, not in 5.15.2; `onlyBuiltDependencies` first in 6.32.0, not in 6.31.0)',
      applies: { client: 'pnpm', until: '10' },
    },
    {
      fact: 'pnpm 10 stopped running dependency build scripts by default; `allowBuilds` (10.26+), `onlyBuiltDependencies`, `neverBuiltDependencies` and `dangerouslyAllowAllBuilds` decide which run, and pnpm 11 drops the older lists in favour of `allowBuilds` and makes `strictDepBuilds` default to true, so an unreviewed build fails the install. pnpm-lock.yaml v9 no longer records which packages require a build.',
      source: 'https://pnpm.io/settings/build',
      versions: 'pnpm >= 10 (`allowBuilds` from 10.26, the only list in 11)',
      applies: { client: 'pnpm', since: '10' },
    },
    {
      fact: 'Yarn classic runs the lifecycle scripts of every dependency unless `--ignore-scripts` (or `ignore-scripts true` in .yarnrc) is set; yarn.lock does not record which packages have scripts.',
      source: 'https://classic.yarnpkg.com/en/docs/cli/install#toc-yarn-install-ignore-scripts',
      versions: 'yarn 1 (classic)',
      applies: { client: 'yarn', until: '2' },
    },
    {
      fact: 'Yarn berry before 4.14 runs dependency build scripts unless `enableScripts: false` is set.',
      source: 'https://yarnpkg.com/configuration/yarnrc#enableScripts',
      versions: 'yarn >= 2 and < 4.14',
      applies: { client: 'yarn', since: '2', until: '4.14' },
    },
    {
      fact: 'Yarn 4.14.0 made `enableScripts: false` the default (4.13.0 still defaults to true), so dependency build scripts no longer run unless enabled. Its `yarn install` keeps older projects running them: when the existing yarn.lock has `__metadata.version` below 9 (the lock format before 4.14; a Yarn 1 lock counts too) and no config source sets `enableScripts`, it applies `enableScripts: true` to that install and writes it (with `approvedGitRepositories: ["**"]`) into .yarnrc.yml.',
      source: 'https://github.com/yarnpkg/berry/pull/7089',
      versions:
        'yarn >= 4.14 (settings table and install-command migration read in the @yarnpkg/cli-dist 4.13.0 and 4.14.0 bundles)',
      applies: { client: 'yarn', since: '4.14' },
    },
    {
      fact: 'Yarn berry gates single packages with `dependenciesMeta.<pkg>.built` (`false` blocks one, `true` re-enables one when `enableScripts` is off); yarn.lock does not record which packages have scripts.',
      source: 'https://yarnpkg.com/configuration/yarnrc#enableScripts',
      versions: 'yarn >= 2',
      applies: { client: 'yarn', since: '2' },
    },
    {
      fact: 'Bun runs dependency lifecycle scripts only for packages in `trustedDependencies` or, when that field is absent, on its built-in list of popular packages (from 1.0.17); defining `trustedDependencies` replaces the built-in list (from 1.0.31). From 1.3.5 the built-in list applies to npm-registry packages only, not to file, link, git or github dependencies (CVE-2026-24910). Global installs (`bun add -g`) apply the same rule to the package.json Bun keeps in its global directory.',
      source: 'https://bun.sh/docs/pm/lifecycle',
      versions:
        'every bun 1.x version (built-in list from 1.0.17: in the 1.0.17 linux-x64 binary, not in 1.0.16\u2019s, though the lifecycle page says 1.0.16; npm-only from 1.3.5, the fixed version of CVE-2026-24910 / GHSA-xp39-vp6q-phvj); global installs as read in the bun add page shipped with 1.4.5)',
      applies: { client: 'bun' },
    },
  ],
  'pre-install-execution': [
    {
      fact: '`yarnPath` (berry) and `yarn-path` (classic) make every yarn command execute the named checked-in JavaScript file; `plugins` in .yarnrc.yml are loaded by every command.',
      source: 'https://yarnpkg.com/configuration/yarnrc#yarnPath',
      versions: 'every yarn version (`yarn-path` in yarn 1, `yarnPath` and `plugins` from yarn 2)',
      applies: { client: 'yarn' },
    },
    {
      fact: 'pnpm loads `.pnpmfile.cjs` (`.pnpmfile.mjs` too from pnpm 11) and runs its hooks during resolution; `ignore-scripts` does not prevent it, only `--ignore-pnpmfile` does.',
      source: 'https://pnpm.io/pnpmfile',
      versions: 'every pnpm version (`.pnpmfile.mjs` from pnpm 11)',
      applies: { client: 'pnpm' },
    },
    {
      fact: 'The project\u2019s own preinstall/install/postinstall/prepare scripts run on a plain `npm install` in the checkout; npm 12\u2019s `allowScripts` gates dependency scripts only.',
      source: 'https://docs.npmjs.com/cli/using-npm/scripts#life-cycle-operation-order',
      versions: 'every npm version',
    },
  ],
  'lockfile-integrity': [
    {
      fact: 'package-lock.json records a Subresource Integrity hash per registry tarball; `npm ci` installs exactly the lock and fails when it does not match package.json.',
      source: 'https://docs.npmjs.com/cli/commands/npm-ci',
      versions: 'npm >= 5.7 (`npm ci`)',
      applies: { client: 'npm', since: '5.7' },
    },
    {
      fact: 'Yarn berry records a `checksum` per fetched archive and, by default (`checksumBehavior: throw`), fails when a download differs.',
      source: 'https://yarnpkg.com/configuration/yarnrc#checksumBehavior',
      versions: 'yarn >= 2',
      applies: { client: 'yarn', since: '2' },
    },
    {
      fact: 'Yarn turns `enableImmutableInstalls` on by default in CI, so `yarn install` there fails instead of rewriting yarn.lock.',
      source: 'https://yarnpkg.com/configuration/yarnrc#enableImmutableInstalls',
      versions: 'yarn >= 3',
      applies: { client: 'yarn', since: '3' },
    },
    {
      fact: 'In CI, pnpm install fails when a pnpm-lock.yaml is present but needs an update (frozen-if-exists, unless `frozen-lockfile` or `prefer-frozen-lockfile` is set); without a lockfile it resolves and writes one. pnpm-lock.yaml records `resolution.integrity` per registry package. The CI default arrived in pnpm 4.10.0 (pnpm/pnpm#2378, `frozenLockfileIfExists: isCI`, CI detected by `is-ci`).',
      source: 'https://pnpm.io/cli/install',
      versions: 'pnpm >= 4.10',
      applies: { client: 'pnpm', since: '4.10' },
    },
    {
      fact: '`bun install --frozen-lockfile` (and `bun ci`, its alias from Bun 1.2.19) refuses to update the lockfile: an install that would add, remove or change a locked package fails. Bun does not turn frozen mode on by itself in CI, so a bare `bun install` there can rewrite bun.lock.',
      source: 'https://bun.com/docs/pm/cli/install',
      versions:
        'every bun 1.x version for `--frozen-lockfile`; `bun ci` from 1.2.19 (the 1.2.18 linux-x64 binary answers `Script not found "ci"`, 1.2.19 runs a frozen install; documented from the docs shipped in bun-types 1.2.20); no CI default up to 1.4.5 (its install page: “does not enable `--frozen-lockfile` automatically in CI”; 1.2.19 with CI=true rewrote bun.lock)',
      applies: { client: 'bun' },
    },
    {
      fact: 'Bun before 1.2 writes a binary bun.lockb by default, which cannot be reviewed in a diff; the text bun.lock exists since 1.1.39 and is the default from 1.2.',
      source: 'https://bun.sh/docs/install/lockfile',
      versions: 'bun < 1.2',
      applies: { client: 'bun', until: '1.2' },
    },
  ],
  'name-identity': [
    {
      fact: 'New npm package names must be lowercase and URL-safe, and npm asks that an unscoped name not be spelled like an existing one; since December 2017 the registry refuses a new unscoped package whose name equals an existing one once `.`, `-` and `_` are removed (`reactnative` while `react-native` exists).',
      source: 'https://blog.npmjs.org/post/168978377570/new-package-moniker-rules',
      versions: `${REGISTRY} (rule announced on the npm blog, December 2017; docs.npmjs.com package-name-guidelines at npm/documentation 404e183e states only the advice)`,
      unverified:
        'an absence: as of npm/documentation commit 404e183e (2026-08-21) npm\u2019s docs describe no similarity check beyond that 2017 rule, so whether the registry now refuses names that differ by more than punctuation is not documented',
    },
    {
      fact: '`npm:` aliases install one package under another name, so the name in package.json need not be the package that is fetched.',
      source: 'https://docs.npmjs.com/cli/commands/npm-install',
      versions: 'npm >= 6.9, Yarn, pnpm and Bun',
    },
  ],
  'multi-source-resolution': [
    {
      fact: 'All unscoped packages come from one registry (`registry`); a scope can be mapped to another registry (`@scope:registry`). An unscoped private name is therefore resolved from whichever single registry is configured.',
      source: 'https://docs.npmjs.com/cli/using-npm/scope#associating-a-scope-with-a-registry',
      versions: 'every npm version',
    },
    {
      fact: 'npm 12 refuses git and remote-URL (tarball) dependencies, direct or transitive, unless `--allow-git` / `--allow-remote` allow them; npm 11.9 (`allow-git`) and 11.15 (`allow-remote`) added the settings with permissive defaults. The 11.9.0 changelog lists `allow-git` (npm/cli#8943) and the docs npm 11.9.0 ships describe it (nodejs/node commit 1a9daa3, \u201cdeps: upgrade npm to 11.9.0\u201d), although GitHub\u2019s announcement says 11.10.0; `allow-remote` was added in 11.14.0 (npm/cli#9288), removed in 11.14.1 and released again in 11.15.0.',
      source: NPM12,
      versions: 'npm >= 12',
      applies: { client: 'npm', since: '12' },
    },
    {
      fact: 'pnpm `blockExoticSubdeps` lets only direct dependencies come from exotic sources (git repositories, tarball URLs); it was added in pnpm 10.26 with default `false` and defaults to `true` from pnpm 11.',
      source: 'https://pnpm.io/settings/dependency-resolution#blockexoticsubdeps',
      versions: 'pnpm >= 11 (opt-in from 10.26)',
      applies: { client: 'pnpm', since: '11' },
    },
  ],
  'namespace-allocation': [
    {
      fact: 'Scopes on the npm registry belong to a user or organisation, so a scoped package cannot be transferred to another scope; unscoped names are first come, first served.',
      source: 'https://docs.npmjs.com/about-scopes',
      versions: REGISTRY,
    },
  ],
  'maintainer-lifecycle': [
    {
      fact: 'An npm package owner can add an owner (`npm owner add` emails the new user an invitation to accept) and then remove themselves, transferring an unscoped package; consumers see the next version from the new owner.',
      source: 'https://docs.npmjs.com/transferring-a-package-from-a-user-account-to-another-user-account',
      versions: `${REGISTRY} (transfer page at npm/documentation 404e183e)`,
      unverified:
        'an absence: as of npm/documentation commit 404e183e (2026-08-21) the transfer page and `npm owner` (v11, v12) mention only the invitation email to the new owner, no notice to other owners or to dependents',
    },
  ],
  'version-immutability': [
    {
      fact: 'The npm registry does not allow a published name and version to be republished with other content, even after unpublish.',
      source: 'https://docs.npmjs.com/policies/unpublish',
      versions: REGISTRY,
    },
  ],
  provenance: [
    {
      fact: '`npm publish --provenance` from a supported cloud CI provider (GitHub Actions, GitLab CI/CD) publishes a signed SLSA provenance statement linking the package to its source and build; trusted publishing from those providers adds it automatically.',
      source: 'https://docs.npmjs.com/generating-provenance-statements',
      versions: 'npm >= 9.5',
      applies: { client: 'npm', since: '9.5' },
    },
    {
      fact: '`pnpm publish` under trusted publishing (no token configured, an OIDC token available) attests by itself as npm does: from 11.0.0 it exchanges the token and turns provenance on for a public package built from a public GitHub repository (or a public GitLab project with `SIGSTORE_ID_TOKEN`); before 11.0.0 it runs `npm publish`, which does the same from npm 11.5.1. With a token it attests only when asked.',
      source: 'https://github.com/pnpm/pnpm/blob/v11.0.0/releasing/commands/src/publish/oidc/provenance.ts',
      versions:
        'pnpm >= 11.0.0 (`fetchTokenAndProvenanceByOidcIfApplicable` and `determineProvenance` read at tag v11.0.0); earlier pnpm with npm >= 11.5.1 on the runner',
      applies: { client: 'pnpm' },
    },
    {
      fact: '`yarn npm publish` attests only when asked: `--provenance`, `publishConfig.provenance` or the `npmPublishProvenance` setting (GitHub Actions and GitLab CI only); trusted publishing alone does not turn it on, and npm\u2019s `NPM_CONFIG_PROVENANCE` is not read.',
      source: 'https://yarnpkg.com/cli/npm/publish',
      versions:
        'yarn >= 4.9.0 (the option, the setting and `publishConfig.provenance` are first in the @yarnpkg/cli-dist 4.9.0 bundle, whose @yarnpkg/cli requires plugin-npm-cli ^4.1.0, the first with `--provenance`, from yarnpkg/berry#6750; read again in plugin-npm-cli 4.5.1, lib/commands/npm/publish.js, and in the cli-dist 4.18.1 bundle, which has no `NPM_CONFIG_PROVENANCE`)',
      applies: { client: 'yarn', since: '4.9.0' },
    },
    {
      fact: 'Yarn Berry before 4.9.0 cannot attest: `yarn npm publish --provenance` stops with \u201cUnsupported option name ("--provenance")\u201d before publishing anything, an `npmPublishProvenance` line in .yarnrc.yml makes every Yarn command fail (\u201cUnrecognized or legacy configuration settings found\u201d), and `publishConfig.provenance` is ignored, so the package is published without a statement.',
      source: 'https://github.com/yarnpkg/berry/pull/6750',
      versions:
        'yarn >= 2 and < 4.9.0 (run: the @yarnpkg/cli-dist 4.8.1 bundle rejects the flag and the setting with those errors; no `provenance` in that bundle or in @yarnpkg/plugin-npm-cli 4.0.5 and plugin-npm 3.0.2, the versions @yarnpkg/cli 4.8.1 requires; yarnpkg/berry#5430 reported the flag as an error from 2023)',
      applies: { client: 'yarn', since: '2', until: '4.9.0' },
    },
    {
      fact: '`bun publish` cannot sign a provenance statement. Before 1.4.4 it ignores `--provenance` and `publishConfig.provenance` and publishes without one; from 1.4.4 `--provenance`, `--provenance-file`, `"provenance": true` in `publishConfig`, `NPM_CONFIG_PROVENANCE=true` and `provenance=true` in `.npmrc` are errors (\u201cis not supported yet: bun publish cannot generate provenance statements\u201d), so nothing is published.',
      source: 'https://bun.com/docs/pm/cli/publish#provenance',
      versions:
        'bun up to 1.4.5 (run: the 1.4.3 linux-x64 binary goes on to authenticate with `--provenance` or `publishConfig.provenance`, 1.4.4 stops with the error; the message is in the 1.4.4 and 1.4.5 binaries, not in 1.4.3\u2019s, and in the publish page of bun-types 1.4.4 and 1.4.5, not 1.4.3\u2019s)',
      applies: { client: 'bun' },
    },
    {
      fact: 'Yarn 1 `yarn publish` publishes through its own code, which has no provenance support: it accepts `--provenance` without complaint and publishes without a statement.',
      source: 'https://github.com/yarnpkg/yarn/tree/v1.22.22/src',
      versions:
        'yarn 1.x (no `provenance` anywhere in src/ at tag v1.22.22; the published 1.22.22 run with `--provenance` goes on to log in)',
      applies: { client: 'yarn', until: '2' },
    },
    {
      fact: 'npm\u2019s own releases up to 11.1.0 are published from a maintainer\u2019s machine by npm/cli `scripts/publish.js` (an interactive confirmation, then `npm publish --tag=\u2026 --otp=\u2026`), with no `--provenance` and no release workflow holding `id-token: write`, so those versions carry no provenance statement.',
      source: 'https://github.com/npm/cli/blob/625f59764b6470327c4622e10faeccfd5e58ddfb/scripts/publish.js',
      versions:
        'npm < 11.2 (release script and workflows read at tag v10.9.0, and `scripts/publish.js` at npm/cli 625f5976, whose package.json is 11.1.0, the last release before 11.2.0)',
      applies: { client: 'npm', until: '11.2' },
      unverified:
        'an absence for later versions: how npm 11.2 to 12.2.3 (`latest`) are published was not found. The npm/cli snapshot that can be fetched here still ends at v10.9.0; the newest release.yml in the code index (9c4d3c40, Node 22) has no publish job, its release-integration.yml only runs integration tests, and a later copy of scripts/publish.js there (a smoke mode that bumps workspace versions, commit not recorded) still publishes with `--otp` and no `--provenance`; @npmcli/template-oss, which generates these workflows, can emit a publish job with `npm publish --provenance` and `id-token: write` (its `publish` option), but no npm/cli workflow using it was found. The registry reachable here answers 404 on `/-/npm/v1/attestations/npm@11.6.0` and serves packuments without `dist.attestations` or `_npmUser`, so the published tarballs could not be checked',
    },
    {
      fact: 'pnpm\u2019s own release workflow publishes `pnpm` with a long-lived `NPM_TOKEN` and no `--provenance` in 10.x (from 10.20.0 the job holds `id-token: write` but still runs `pnpm release` without the flag), with the token and `--provenance` from 11.0.0, and from 11.21.0 stages `pnpm` and `@pnpm/exe` through trusted publishing with `--provenance` (`pnpm stage publish`) for a maintainer to approve with 2FA, the other workspace packages keeping the token.',
      source: 'https://github.com/pnpm/pnpm/blob/v11.22.0/.github/workflows/release.yml',
      versions:
        'pnpm 10.0.0 to 11.22.0 (release.yml and the root `release` script read at tags v10.0.0, v10.19.0, v10.20.0, v10.34.5, v11.0.0, v11.21.0 and v11.22.0; `--provenance` added in 2b68ae12, first tagged v11.0.0-alpha.14; staging added in 9c507826, first tagged v11.21.0)',
      applies: { client: 'pnpm', since: '10.0.0' },
      unverified:
        'read in the workflow, not on the registry: the registry reachable here serves no `dist.attestations`, so whether each published tarball carries the statement was not checked',
    },
    {
      fact: 'Yarn 1 (`yarn` on npm) is published from CircleCI with an `NPM_TOKEN` written to ~/.npmrc and `npx npm@4 publish`, which predates npm provenance: Yarn 1 releases carry none.',
      source: 'https://github.com/yarnpkg/yarn/blob/v1.22.22/scripts/update-npm.sh',
      versions: 'yarn 1.x (read at tag v1.22.22: .circleci/config.yml `publish` job and scripts/update-npm.sh)',
      applies: { client: 'yarn', until: '2' },
    },
    {
      fact: 'Yarn Berry (`@yarnpkg/cli-dist`) is published by yarnpkg/berry\u2019s release workflows with `yarn npm publish --access=public` and the long-lived `YARNBOT_NPM_TOKEN`, run by the Yarn bundle just built. No release before 4.9.0 can carry provenance (that Yarn has none); yarnpkg/berry#6750 (first in 4.9.0) turned `npmPublishProvenance` on for the repository\u2019s other packages, and yarnpkg/berry#6815 (June 2025) added `--provenance` to the script that publishes `@yarnpkg/cli-dist`, which that setting does not reach because it is published from a temporary directory.',
      source: 'https://github.com/yarnpkg/berry/pull/6815',
      versions:
        'yarn >= 2 (release-branch.yml at 05f414c7 and 6f45a9a3, release-candidate.yml at bc3909ba and 03-release-npm.sh at ecd3fa59 publish with the token and no `--provenance`; release-rerun.yml at 1fc0d2a9 requests `id-token: write` \u201cto produce the provenance statement\u201d; #6815 merged after 2025-06-06)',
      applies: { client: 'yarn', since: '2' },
      unverified:
        'which @yarnpkg/cli-dist version is the first with a provenance statement is not established: #6815 was not read at a release tag (the yarnpkg/berry snapshot, 1.59 GB, exceeds what can be fetched here, and the code index holds the publish script only from before the change), the registry reachable here serves no `dist.attestations`, and a release cut from a branch without the setting can lack one (yarnpkg/berry#7182: @yarnpkg/libzip 3.2.2 has none while 3.2.0 and 3.2.1 do)',
    },
  ],
  'publish-credentials': [
    {
      fact: 'The npm registry accepts only granular access tokens: new write tokens default to a 7-day lifetime with a 90-day maximum (from October 2025), classic tokens were revoked on 2025-12-09, and `npm login` now yields two-hour session tokens.',
      source:
        'https://github.blog/changelog/2025-12-09-npm-classic-tokens-revoked-session-based-auth-and-cli-token-management-now-available/',
      versions: REGISTRY,
    },
    {
      fact: 'npm supports trusted publishing with OIDC from GitHub Actions, GitLab.com and CircleCI cloud runners, so no long-lived token needs to be stored; self-hosted runners are not supported.',
      source: 'https://docs.npmjs.com/trusted-publishers',
      versions: 'npm >= 11.5.1 (Node.js >= 22.14)',
      applies: { client: 'npm', since: '11.5.1' },
    },
    {
      fact: '`pnpm publish` exchanges the CI\u2019s OIDC token for a publish token itself from pnpm 11.0.0, which stopped running the npm CLI to publish; earlier pnpm runs `npm publish`, so trusted publishing works only when the npm on the runner is 11.5.1 or later.',
      source: 'https://github.com/pnpm/pnpm/pull/10591',
      versions: 'pnpm >= 11.0.0 (read in source: commit cc7c0d22, first in v11.0.0)',
      applies: { client: 'pnpm', since: '11.0.0' },
    },
    {
      fact: '`yarn npm publish` authenticates with trusted publishing (an OIDC token from GitHub Actions) from Yarn 4.10.0, from GitLab CI from 4.11.0 (4.10 looks for a `GITLAB` variable that GitLab does not set) and from CircleCI from 4.15.0 (4.14 reads the CircleCI token but never asks for it, yarnpkg/berry#7122); Yarn 1 `yarn publish` has no OIDC exchange.',
      source: 'https://github.com/yarnpkg/berry/blob/%40yarnpkg/cli/4.10.0/packages/plugin-npm/sources/npmHttpUtils.ts',
      versions:
        'yarn >= 4.10.0 (read in the published packages: `getOidcToken` first in @yarnpkg/plugin-npm 3.3.0 and `allowOidc` in plugin-npm-cli 4.3.0, which @yarnpkg/cli 4.10.0 requires, none in cli-dist 4.9.4; `GITLAB_CI` from plugin-npm 3.4.0 = cli 4.11.0, yarnpkg/berry#6938; `CIRCLECI` in the `allowOidc` gate from cli-dist 4.15.0)',
      applies: { client: 'yarn', since: '4.10.0' },
    },
    {
      fact: '`bun publish` authenticates only with a configured token (`NPM_CONFIG_TOKEN`, `.npmrc`, bunfig.toml) and has no trusted-publishing (OIDC) exchange in any release: without a token it stops with \u201cmissing authentication\u201d. An exchange was written in oven-sh/bun#29374 (src/cli/oidc.zig at d761d63a: `NPM_ID_TOKEN` from any CI, or a GitHub Actions token for audience `npm:<registry host>`, posted to `/-/npm/v1/oidc/token/exchange/package/<name>` only when no token is configured), a pull request closed without being merged.',
      source: 'https://github.com/oven-sh/bun/pull/29374',
      versions:
        'bun 1.x, up to 1.4.5 (npm `latest` since 2026-11-19; the 1.4.3, 1.4.4 and 1.4.5 @oven/bun-linux-x64 binaries hold no `oidc/token/exchange`, `NPM_ID_TOKEN` or `ACTIONS_ID_TOKEN_REQUEST_URL`; #29374, opened 2026-04-16, names src/cli/oidc.zig as a new file with the same entry point, `attemptOidcAuth`)',
      applies: { client: 'bun' },
      unverified:
        'that no tag contains d761d63a rests on the pull request being closed and on the code index, not on `git tag --contains` (the oven-sh/bun snapshot, 1.04 GB, exceeds what can be fetched here): the index holds src/cli/oidc.zig at that one commit only, no stored Bun file calls `attemptOidcAuth`, and Bun\u2019s CLI source has since moved to Rust (src/runtime/cli/*.rs)',
    },
  ],
  'blast-radius': [
    {
      fact: 'Install scripts run with the installing user\u2019s privileges and environment (CI secrets included), root included; nothing sandboxes them. npm 7.0.0 to 9.0.0 run as root ran them with the uid and gid of the working directory\u2019s owner; npm 9.0.1 (@npmcli/promise-spawn 5.0.0) dropped that, though npm\u2019s v10 docs still describe it.',
      source: 'https://github.com/npm/cli/blob/v9.0.1/CHANGELOG.md',
      versions:
        'every npm version (pnpm, Yarn and Bun alike); the uid/gid switch in npm 7.0.0 to 9.0.0 only (read in npm/cli: `inferOwner` in promise-spawn at v9.0.0, gone at v9.0.1 and v10.9.0)',
      unverified:
        'an absence: as of npm/cli 10.9.0, npm/documentation 404e183e (npm v11, v12 script pages) and the pnpm, Yarn and Bun lifecycle docs, no client describes or implements a sandbox for lifecycle scripts',
    },
  ],
  'own-supply-chain': [
    {
      fact: 'pnpm-lock.yaml can begin with an env document that records config dependencies and the pnpm version resolved for the project, with its integrity (`packageManagerDependencies`); pnpm writes it when the project declares `devEngines.packageManager` or pins pnpm 12 or newer in `packageManager`, and a reader of only the first document sees no dependencies at all.',
      source: 'https://pnpm.io/lockfile',
      versions: 'pnpm with config dependencies or `devEngines.packageManager`; by default from pnpm 12',
    },
    {
      fact: 'Corepack runs the package manager named by `packageManager` and verifies its hash when the field carries one; Node.js bundles Corepack up to 24, and from Node.js 25 it is a separate install.',
      source: 'https://nodejs.org/api/corepack.html',
      versions: 'Corepack, bundled with Node.js 14.19/16.9 to 24',
    },
    {
      fact: 'npm checks `devEngines.packageManager` (and `devEngines.runtime`) in the root package.json and fails or warns, per `onFail`, when the running npm does not match.',
      source: 'https://docs.npmjs.com/cli/configuring-npm/package-json#devengines',
      versions: 'npm >= 10.9',
      applies: { client: 'npm', since: '10.9' },
    },
  ],
};

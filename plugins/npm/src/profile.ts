/** What the npm family's clients (npm, Yarn, pnpm, Bun) and the npm registry do by design, per question, with sources. https://docs.npmjs.com/ */
import type { EcosystemProfile } from '@inert/core';

export const profile: EcosystemProfile = {
  'install-time-execution': [
    { fact: 'npm runs the preinstall, install and postinstall scripts of every dependency, transitive ones included, during `npm install` and `npm ci`, unless `ignore-scripts` is set; a package with a binding.gyp and no install script gets an implicit `node-gyp rebuild`.', source: 'https://docs.npmjs.com/cli/using-npm/scripts#npm-install', versions: 'npm <= 11' },
    { fact: 'npm 12 blocks dependency install scripts (and `prepare` of git/file dependencies) unless the root package.json `allowScripts` allows the package, optionally pinned to a version; npm 11.16+ only warns.', source: 'https://docs.npmjs.com/cli/v12/commands/npm-install-scripts', versions: 'npm >= 12 (warning only from 11.16)' },
    { fact: 'pnpm 10 stopped running dependency build scripts by default; `allowBuilds` (10.26+, the only form in 11), `onlyBuiltDependencies`, `neverBuiltDependencies` and `dangerouslyAllowAllBuilds` decide which run. pnpm-lock.yaml v9 no longer records which packages require a build.', source: 'https://pnpm.io/settings/build', versions: 'pnpm >= 10' },
    { fact: 'Yarn berry runs dependency build scripts unless `enableScripts: false`; `dependenciesMeta.<pkg>.built` gates single packages. yarn.lock does not record which packages have scripts.', source: 'https://yarnpkg.com/configuration/yarnrc#enableScripts', versions: 'yarn >= 2' },
    { fact: 'Bun does not run dependency lifecycle scripts except for packages in `trustedDependencies` or on its built-in list of popular packages, which applies to npm-registry packages only.', source: 'https://bun.sh/docs/pm/lifecycle' },
  ],
  'pre-install-execution': [
    { fact: '`yarnPath` (berry) and `yarn-path` (classic) make every yarn command execute the named checked-in JavaScript file; `plugins` in .yarnrc.yml are loaded by every command.', source: 'https://yarnpkg.com/configuration/yarnrc#yarnPath' },
    { fact: 'pnpm loads `.pnpmfile.cjs`/`.mjs` hooks during resolution; `ignoreScripts` does not prevent it.', source: 'https://pnpm.io/pnpmfile' },
    { fact: 'The project\u2019s own preinstall/install/postinstall/prepare scripts run on a plain `npm install` in the checkout.', source: 'https://docs.npmjs.com/cli/using-npm/scripts#life-cycle-operation-order' },
  ],
  'lockfile-integrity': [
    { fact: 'package-lock.json records a Subresource Integrity hash per registry tarball; `npm ci` installs exactly the lock and fails when it does not match package.json.', source: 'https://docs.npmjs.com/cli/commands/npm-ci' },
    { fact: 'Yarn berry records a `checksum` per fetched archive and, by default (`checksumBehavior: throw`), fails when a download differs; `enableImmutableInstalls` is on in CI.', source: 'https://yarnpkg.com/configuration/yarnrc#checksumBehavior' },
    { fact: 'pnpm installs with `--frozen-lockfile` by default in CI and records `resolution.integrity` per registry package.', source: 'https://pnpm.io/cli/install#--frozen-lockfile' },
    { fact: '`bun install --frozen-lockfile` refuses to update bun.lock; bun.lockb (before Bun 1.2) is binary and cannot be reviewed in a diff.', source: 'https://bun.sh/docs/install/lockfile' },
  ],
  'name-identity': [
    { fact: 'New npm package names must be lowercase, URL-safe and not too similar to existing names (punctuation is ignored in the comparison); `npm:` aliases install one package under another name.', source: 'https://docs.npmjs.com/cli/configuring-npm/package-json#name' },
  ],
  'multi-source-resolution': [
    { fact: 'All unscoped packages come from one registry (`registry`); a scope can be mapped to another registry (`@scope:registry`). An unscoped private name is therefore resolved from whichever single registry is configured.', source: 'https://docs.npmjs.com/cli/using-npm/scope#associating-a-scope-with-a-registry' },
  ],
  'namespace-allocation': [
    { fact: 'Scopes on the npm registry belong to a user or organisation; unscoped names are first come, first served.', source: 'https://docs.npmjs.com/about-scopes' },
  ],
  'maintainer-lifecycle': [
    { fact: 'npm packages can be transferred between owners and new maintainers added without consumers being notified.', source: 'https://docs.npmjs.com/adding-collaborators-to-private-packages-and-packages-in-scopes' },
  ],
  'version-immutability': [
    { fact: 'The npm registry does not allow a published name and version to be republished with other content, even after unpublish.', source: 'https://docs.npmjs.com/policies/unpublish' },
  ],
  provenance: [
    { fact: '`npm publish --provenance` from a supported CI provider publishes a signed SLSA provenance statement linking the package to its source and build; trusted publishing adds it automatically.', source: 'https://docs.npmjs.com/generating-provenance-statements' },
  ],
  'publish-credentials': [
    { fact: 'npm supports trusted publishing from CI with OIDC, so no long-lived token needs to be stored.', source: 'https://docs.npmjs.com/trusted-publishers' },
  ],
  'blast-radius': [
    { fact: 'Install scripts run with the installing user\u2019s privileges and environment (CI secrets included); nothing sandboxes them.', source: 'https://docs.npmjs.com/cli/using-npm/scripts' },
  ],
  'own-supply-chain': [
    { fact: 'The package manager itself can be pinned with `packageManager` (verified by Corepack when it carries a hash) or `devEngines.packageManager`.', source: 'https://nodejs.org/api/corepack.html' },
  ],
};

/** What npm's client and registry do by design, per question, with sources. */
import type { EcosystemProfile } from '@inert/core';

export const profile: EcosystemProfile = {
  'install-time-execution': [
    {
      fact: 'npm runs the preinstall, install and postinstall scripts of every dependency, transitive ones included, during `npm install` and `npm ci`, unless `ignore-scripts` is set.',
      source: 'https://docs.npmjs.com/cli/using-npm/scripts#npm-install',
      versions: 'npm <= 11',
    },
    {
      fact: 'A package with a binding.gyp and no install script gets an implicit `node-gyp rebuild` install script.',
      source: 'https://docs.npmjs.com/cli/configuring-npm/package-json#scripts',
    },
  ],
  'lockfile-integrity': [
    {
      fact: 'package-lock.json records a Subresource Integrity hash per registry tarball; `npm ci` installs exactly the lock and fails when it does not match package.json.',
      source: 'https://docs.npmjs.com/cli/commands/npm-ci',
    },
  ],
  'version-immutability': [
    {
      fact: 'The npm registry does not allow a published name and version to be republished with other content, even after unpublish.',
      source: 'https://docs.npmjs.com/policies/unpublish',
    },
  ],
  'publish-credentials': [
    {
      fact: 'npm supports trusted publishing from CI with OIDC, so no long-lived token needs to be stored.',
      source: 'https://docs.npmjs.com/trusted-publishers',
    },
  ],
  provenance: [
    {
      fact: '`npm publish --provenance` from a supported CI provider publishes a signed SLSA provenance statement linking the package to its source and build.',
      source: 'https://docs.npmjs.com/generating-provenance-statements',
    },
  ],
};

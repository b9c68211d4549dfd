/** Design facts of CI systems, with their sources. */
import type { EcosystemProfile } from '@inert/core';

export const profile: EcosystemProfile = {
  'own-supply-chain': [
    {
      fact: 'A workflow step `uses: owner/action@ref` runs the action\u2019s code at whatever commit the ref names when the job starts; only a full commit SHA is immutable.',
      source:
        'https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions',
      versions: 'GitHub Actions, as of 2026',
    },
  ],
  'blast-radius': [
    {
      fact: 'Advisories about actions are published in GitHub\u2019s advisory database under the `GitHub Actions` ecosystem (mirrored by OSV), naming the repository and release versions; a tag can be moved to other code after the fact, so a version range says which tags were affected, not which commits.',
      source: 'https://github.com/advisories/GHSA-mrrh-fwg8-r2c3',
      versions: 'GitHub Advisory Database and OSV, as of 2026',
    },
  ],
  provenance: [
    {
      fact: 'A job with `permissions: id-token: write` can request an OIDC token, which registries with trusted publishing exchange for a short-lived publish credential.',
      source:
        'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect',
      versions: 'GitHub Actions, as of 2026 (GitLab CI: `id_tokens`, since GitLab 15.7)',
    },
  ],
};

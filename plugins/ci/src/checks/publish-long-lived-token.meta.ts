/** The metadata of ci/publish-long-lived-token: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const publishLongLivedTokenMeta = {
  id: 'publish-long-lived-token',
  question: 'publish-credentials',
  title: 'A release is published with a long-lived token',
  description:
    'A publish step authenticates with a stored secret (`NODE_AUTH_TOKEN`, `TWINE_PASSWORD`, the PyPI action\u2019s `password:`, `CARGO_REGISTRY_TOKEN`, `GEM_HOST_API_KEY` …) instead of trusted publishing (OIDC). A long-lived token can leak from logs, caches or a compromised dependency of the job and be used from anywhere until someone revokes it; an OIDC token is minted per run and bound to the workflow. Container pushes (`docker push`, docker/build-push-action) take the credential of the job\u2019s registry login, the Snap Store takes `SNAPCRAFT_STORE_CREDENTIALS`. The job\u2019s own token (`GITHUB_TOKEN` for GitHub Packages, GitLab\u2019s `CI_JOB_TOKEN`) expires with the job and is not reported.',
  severity: 'medium',
  confidence: 'medium',
  messages: {
    token: '{ecosystem}: `{command}` in job {job} publishes with a stored token: {reason}',
    tokenWithOidc:
      '{ecosystem}: `{command}` in job {job} publishes with a stored token although the job can mint an OIDC token (id-token: write): {reason}',
    tokenNoExchange:
      '{ecosystem}: `{command}` in job {job} publishes with a stored token; the job can mint an OIDC token (id-token: write), but this client cannot exchange it, so trusted publishing needs another client: {reason}',
    wrapper:
      '{ecosystem}: `{command}` in job {job} runs a project script with the publish token {variable} from {source} in its environment: a release routed through a wrapper, authenticated by a stored token{oidc}',
  },
  remediation:
    'Configure trusted publishing on the registry (npm, PyPI, crates.io, RubyGems, prefix.dev support it), grant `id-token: write` to the release job only, and delete the stored token; `bun publish` and Yarn 1\u2019s `yarn publish` cannot exchange an OIDC token, so publish those packages with `npm publish` (npm >= 11.5.1) or `pnpm publish` (pnpm >= 11.0.0) under trusted publishing. For GitHub Packages (ghcr.io, npm.pkg.github.com, maven.pkg.github.com) use the job\u2019s `GITHUB_TOKEN` with `packages: write`; on GitLab, `CI_JOB_TOKEN`; for registries without trusted publishing (Docker Hub, the Snap Store, anaconda.org) use a token scoped to the one repository or package, kept in an environment with required reviewers.',
  limitations:
    'Only what the workflow shows. A wrapper script (`./scripts/release.sh`, `make release`, `python tools/publish.py`) run with a client\u2019s token variable from a secret is reported as a publish route even when its text is not in the checkout or publishes through a program no rule knows; when the script is read and its publish command is judged, that command is reported instead. A token injected by another system (a vault action, a credentials file written earlier) is not seen.',
  reads: ['ci'],
  examples: {
    bad: [
      'publish-long-lived-token--npm-and-pypi',
      'publish-long-lived-token--pnpm-yarn-option-values',
      'publish-long-lived-token--wrapper-scripts',
      'publish-long-lived-token--images-snaps-conda',
      'publish-long-lived-token--gitlab-packages',
      'publish-long-lived-token--maven-settings',
      'publish-long-lived-token--gradle-build-credentials',
      'publish-long-lived-token--gradle-nexus-named-repositories',
      'publish-long-lived-token--gradle-nmcp-central-portal',
      'publish-long-lived-token--jreleaser-deploy',
      'publish-long-lived-token--registry-login-passwords',
      'publish-without-provenance--no-signer',
    ],
    good: [
      'clean--trusted-publishing',
      'clean--job-tokens-and-oidc-uploads',
      'clean--maven-settings-job-tokens',
      'clean--gradle-build-job-tokens',
      'clean--gradle-nexus-named-repositories',
      'clean--gradle-nmcp-central-portal',
      'clean--jreleaser-deploy',
    ],
  },
  since: 'next',
} as const satisfies CheckMeta;

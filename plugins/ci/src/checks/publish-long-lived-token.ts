/** Publishing authenticated by a stored, long-lived token instead of trusted publishing. */
import { defineCheck } from '@inert/core';
import type { CiModel } from '../model.js';

export const publishLongLivedToken = defineCheck<CiModel>()({
  id: 'publish-long-lived-token',
  question: 'publish-credentials',
  title: 'A release is published with a long-lived token',
  description:
    'A publish step authenticates with a stored secret (`NODE_AUTH_TOKEN`, `TWINE_PASSWORD`, the PyPI action\u2019s `password:`, `CARGO_REGISTRY_TOKEN`, `GEM_HOST_API_KEY` …) instead of trusted publishing (OIDC). A long-lived token can leak from logs, caches or a compromised dependency of the job and be used from anywhere until someone revokes it; an OIDC token is minted per run and bound to the workflow.',
  severity: 'medium',
  confidence: 'medium',
  messages: {
    token: '{ecosystem}: `{command}` in job {job} publishes with a stored token: {reason}',
    tokenWithOidc: '{ecosystem}: `{command}` in job {job} publishes with a stored token although the job can mint an OIDC token (id-token: write): {reason}',
  },
  remediation: 'Configure trusted publishing on the registry (npm, PyPI, crates.io, RubyGems all support it), grant `id-token: write` to the release job only, and delete the stored token.',
  limitations: 'Only what the workflow shows: a token injected by a wrapper script or another system is not seen.',
  reads: ['ci'],
  examples: { bad: ['publish-long-lived-token--npm-and-pypi'], good: ['clean--trusted-publishing'] },
  since: 'next',
  run(model, report) {
    for (const v of model.verdicts) {
      if (v.verdict.action !== 'publish' || v.verdict.auth !== 'token') continue;
      report({ messageId: v.idToken ? 'tokenWithOidc' : 'token', ecosystem: v.ecosystem, data: { ecosystem: v.ecosystem, command: v.text, job: v.job ?? '-', reason: v.verdict.reason }, at: v.at, evidence: v.text, key: `${v.job ?? ''}:${v.text}` });
    }
  },
});

/** The metadata of ci/publish-without-provenance: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const publishWithoutProvenanceMeta = {
  id: 'publish-without-provenance',
  question: 'provenance',
  title: 'A release is published without provenance',
  description:
    'A publish step runs in a job that can mint an OIDC token but publishes without a provenance attestation (e.g. `npm publish` without `--provenance`), so consumers cannot verify which source and workflow built the package.',
  severity: 'low',
  confidence: 'medium',
  messages: {
    missing: '{ecosystem}: `{command}` in job {job} publishes without provenance: {reason}',
  },
  remediation:
    'Publish with provenance (`npm publish --provenance`, or `publishConfig.provenance: true`; PyPI trusted publishing attests by default) from the OIDC-enabled job.',
  limitations:
    'Provenance configured outside the command (package.json `publishConfig.provenance`, `.npmrc provenance=true`) is honoured only when the rule can see it.',
  reads: ['ci'],
  examples: { bad: ['publish-without-provenance--npm-oidc'], good: ['clean--trusted-publishing'] },
  since: 'next',
} as const satisfies CheckMeta;

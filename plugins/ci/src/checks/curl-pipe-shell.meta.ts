/** The metadata of ci/curl-pipe-shell: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const curlPipeShellMeta = {
  id: 'curl-pipe-shell',
  question: 'pre-install-execution',
  title: 'A downloaded script is run without verification',
  description:
    'A CI step, Dockerfile or script pipes a download into an interpreter (`curl … | sh`, `bash -c "$(curl …)"`, `sh <(wget …)`): whatever the server (or anyone on the path, or whoever controls the domain later) returns runs with the job\u2019s credentials. No lock, hash or signature covers it.',
  severity: 'high',
  confidence: 'high',
  messages: {
    pipe: '`{command}` runs what {fetcher} downloads, unverified',
    substitution: '`{command}` runs the output of `{inner}`, unverified',
  },
  remediation:
    'Download to a file, verify a pinned checksum or signature (`sha256sum -c`), then run it; or use a pinned, versioned package or action instead.',
  limitations:
    'Only a download piped or substituted straight into an interpreter; a download saved to a file and then run is ci/download-then-execute.',
  reads: ['ci'],
  examples: { bad: ['curl-pipe-shell--installers'], good: ['clean--strict-installs'] },
  since: 'next',
} as const satisfies CheckMeta;

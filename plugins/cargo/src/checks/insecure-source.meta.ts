/** The metadata of cargo/insecure-source: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const insecureSourceMeta = {
  id: 'insecure-source',
  question: 'multi-source-resolution',
  title: 'Crates are fetched over an insecure transport',
  description:
    'A registry index, a source (replacement), a git dependency or `[patch]`, or a Cargo.lock source uses `http://` or the unauthenticated `git://` protocol: anyone on the network path can change what cargo resolves, and a git fetch has no checksum to catch it. `http.cainfo` pointing at a CA bundle in the checkout lets whoever wrote that bundle impersonate any host cargo talks to.',
  severity: 'high',
  severityRule: [
    { severity: 'high', when: 'a registry, source or git dependency uses `http://` or `git://`' },
    {
      severity: 'medium',
      when: '`http.cainfo` is a relative path: the CA bundle that decides TLS trust comes from the checkout',
    },
  ],
  confidence: 'high',
  messages: {
    insecure: '{what} uses {url}',
    cainfo: '{file} trusts the CA bundle {path} for every HTTPS connection cargo makes',
  },
  remediation:
    'Use https:// (or ssh://) URLs and regenerate Cargo.lock; rely on the system certificate store rather than a committed CA bundle.',
  limitations: 'Only URLs written in the checkout are checked; proxies and `CARGO_*` environment variables are not.',
  reads: ['client-config', 'manifest', 'lockfile'],
  examples: { bad: ['insecure-source--http-registry-and-git'], good: ['clean--locked-registry-crates'] },
  since: 'next',
} as const satisfies CheckMeta;

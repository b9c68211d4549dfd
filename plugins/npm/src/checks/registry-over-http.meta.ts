/** The metadata of npm/registry-over-http: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const registryOverHttpMeta = {
  id: 'registry-over-http',
  question: 'multi-source-resolution',
  title: 'A registry is configured over plain HTTP',
  description:
    'A registry URL in .npmrc, .yarnrc, .yarnrc.yml or bunfig.toml uses `http:`: package metadata, tarballs and any auth token sent to it travel in clear text, and anyone on the network path can answer with other versions or other bytes. Integrity hashes in a lock protect only entries already locked; new resolutions trust whatever the server says.',
  severity: 'high',
  severityRule: [
    { severity: 'high', when: 'the registry host is reachable over a network' },
    {
      severity: 'low',
      when: 'the registry host is loopback (`localhost`, `127.0.0.0/8`, `[::1]`), as in test fixtures against a local Verdaccio: nothing crosses a network, but the committed config reaches every machine that installs here',
    },
  ],
  confidence: 'high',
  messages: { http: '{file} uses {url} over plain HTTP for {what}' },
  remediation:
    'Use the registry\u2019s `https:` URL; for a local development registry (localhost), keep it out of committed config.',
  limitations:
    'Registries set outside the checkout (user config, environment) are not seen. Loopback hosts are still reported (low): committed config reaches CI.',
  reads: ['client-config'],
  examples: {
    bad: ['registry-over-http--npmrc-and-yarnrc', 'resolved-insecure-scheme--localhost-fixture'],
    good: ['clean--custom-registry-configured'],
  },
  since: 'next',
} as const satisfies CheckMeta;

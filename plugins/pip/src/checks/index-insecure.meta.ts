/** The metadata of pip/index-insecure: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const indexInsecureMeta = {
  id: 'index-insecure',
  question: 'multi-source-resolution',
  title: 'Packages can be fetched without TLS verification',
  description:
    'An index or find-links location over `http:` can be read and rewritten by anyone on the network path, and a `--trusted-host` entry tells pip to accept that host over http or with an invalid certificate. Pipenv and PDM sources with `verify_ssl = false` do the same. Hashes in a lock protect the files, not the index pages that decide which files are considered.',
  severity: 'high',
  confidence: 'high',
  messages: {
    http: '{url} is fetched over plain http: packages and index pages can be swapped in transit',
    trustedHost: '--trusted-host {url}: pip skips TLS verification (or allows http) for this host',
    verifySsl: 'source {name} has verify_ssl = false: its certificate is not checked',
  },
  remediation:
    'Use https with a valid certificate; add the host\u2019s CA with `--cert`/`PIP_CERT` instead of trusting the host.',
  limitations:
    'http URLs in environment variables and CI command lines are the CI reader\u2019s; a localhost index is still reported.',
  reads: ['manifest', 'client-config'],
  examples: { bad: ['index-insecure--http-and-trusted-host'], good: ['clean--requirements-hashed'] },
  since: 'next',
} as const satisfies CheckMeta;

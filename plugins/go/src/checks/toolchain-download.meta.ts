/** The metadata of go/toolchain-download: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const toolchainDownloadMeta = {
  id: 'toolchain-download',
  question: 'pre-install-execution',
  title: 'go may download and run another Go toolchain',
  description:
    'Since Go 1.21, a `toolchain` line (or a `go` line newer than the local toolchain) makes any go command download that toolchain as a module and run it, unless `GOTOOLCHAIN=local`. The download is verified by the checksum database, so this is information about what runs, not a weakness, unless the checksum database is also off.',
  severity: 'info',
  confidence: 'high',
  messages: {
    directive: '{file} asks for toolchain {version}: older go commands download and run it',
    env: '{origin} sets GOTOOLCHAIN={value}: go switches to that toolchain, downloading it if needed',
  },
  remediation:
    'Nothing to do if that toolchain is intended; set `GOTOOLCHAIN=local` in CI to fail instead of downloading.',
  limitations: 'Which toolchain is installed on the machine is unknown.',
  reads: ['manifest', 'client-config'],
  examples: { bad: ['toolchain-download--directive'], good: ['clean--module-with-sums'] },
  since: 'next',
} as const satisfies CheckMeta;

/** A `toolchain` directive or GOTOOLCHAIN setting that makes go download and run another toolchain. https://go.dev/doc/toolchain */
import { defineCheck } from '@inert/core';
import type { GoModel } from '../model.js';
import { where } from '../load/env.js';

export const toolchainDownload = defineCheck<GoModel>()({
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
  run(model, report) {
    for (const mod of model.mods) {
      if (mod.toolchain && mod.toolchain.version !== 'default')
        report({
          messageId: 'directive',
          data: { file: mod.path, version: mod.toolchain.version },
          at: mod.toolchain,
          key: mod.path,
        });
    }
    for (const e of model.env) {
      if (e.name !== 'GOTOOLCHAIN' || /^(?:local)?$/.test(e.value.trim())) continue;
      report({ messageId: 'env', data: { origin: where(e), value: e.value }, at: e.at, key: `GOTOOLCHAIN=${e.value}` });
    }
  },
});

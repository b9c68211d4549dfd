/** A `toolchain` directive or GOTOOLCHAIN setting that makes go download and run another toolchain. https://go.dev/doc/toolchain */
import { defineCheck } from '@inert/core';
import type { GoModel } from '../model.js';
import { where } from '../load/env.js';
import { toolchainDownloadMeta } from './toolchain-download.meta.js';

export const toolchainDownload = defineCheck<GoModel>()({
  ...toolchainDownloadMeta,
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

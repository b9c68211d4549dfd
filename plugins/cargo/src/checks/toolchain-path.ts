/** rust-toolchain.toml with a custom toolchain path. https://rust-lang.github.io/rustup/overrides.html#the-toolchain-file */
import { defineCheck } from '@inert/core';
import type { CargoModel } from '../model.js';
import { toolchainPathMeta } from './toolchain-path.meta.js';

export const toolchainPath = defineCheck<CargoModel>()({
  ...toolchainPathMeta,
  run(model, report) {
    for (const t of model.toolchains) {
      if (!t.doc || t.customPath === undefined) continue;
      report({
        messageId: 'path',
        data: { file: t.path, value: t.customPath },
        at: { doc: t.doc, route: ['toolchain', 'path'], part: 'key' },
        key: t.path,
      });
    }
  },
});

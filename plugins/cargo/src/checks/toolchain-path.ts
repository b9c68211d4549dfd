/** rust-toolchain.toml with a custom toolchain path. https://rust-lang.github.io/rustup/overrides.html#the-toolchain-file */
import { defineCheck } from '@inert/core';
import type { CargoModel } from '../model.js';

export const toolchainPath = defineCheck<CargoModel>()({
  id: 'toolchain-path',
  question: 'pre-install-execution',
  title: 'The toolchain file points rustup at a custom toolchain',
  description:
    'rust-toolchain.toml sets `[toolchain] path`: rustup then runs cargo and rustc from that directory for every command in the checkout — a directory that may be in the checkout itself. Every `cargo` invocation runs programs the checkout chose.',
  severity: 'high',
  confidence: 'high',
  messages: {
    path: '{file} sets toolchain path = {value}: cargo and rustc run from there',
  },
  remediation: 'Use a `channel` (e.g. "1.83.0") instead of a path, or review the toolchain directory as code.',
  limitations: 'Toolchain overrides set by `rustup override` outside the checkout are not seen.',
  reads: ['client-config'],
  examples: { bad: ['toolchain-path--custom-path'], good: ['clean--locked-registry-crates'] },
  since: 'next',
  run(model, report) {
    for (const t of model.toolchains) {
      if (!t.doc || t.customPath === undefined) continue;
      report({ messageId: 'path', data: { file: t.path, value: t.customPath }, at: { doc: t.doc, route: ['toolchain', 'path'], part: 'key' }, key: t.path });
    }
  },
});

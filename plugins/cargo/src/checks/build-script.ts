/** Workspace crates with build scripts or proc-macros: code run by every build. https://doc.rust-lang.org/cargo/reference/build-scripts.html */
import { defineCheck } from '@inert/core';
import type { CargoModel } from '../model.js';

export const buildScript = defineCheck<CargoModel>()({
  id: 'build-script',
  question: 'install-time-execution',
  title: 'A crate runs code at build time',
  description:
    'A crate in this checkout has a build script (`build.rs`, or `build = "…"`) or is a procedural macro (`proc-macro = true`). Cargo compiles and runs build scripts, and loads proc-macros into the compiler, on every build, check and test — with the user\u2019s privileges. Dependencies from crates.io can do the same; their build scripts are not visible in Cargo.lock.',
  severity: 'info',
  confidence: 'high',
  messages: {
    build: '{crate} has a build script ({file}) that cargo runs on every build',
    procMacro: '{crate} is a procedural macro: the compiler loads and runs it during every build',
  },
  remediation: 'Read build scripts and proc-macros before building an untrusted checkout; build in a sandbox without credentials.',
  limitations: 'Build scripts of registry dependencies are not visible from the checkout (inventory says `installScripts: null` for them).',
  reads: ['manifest', 'build-script'],
  examples: { bad: ['build-script--build-rs-and-proc-macro'], good: ['clean--locked-registry-crates'] },
  since: 'next',
  run(model, report) {
    for (const m of model.manifests) {
      const crate = m.name ?? m.path;
      if (m.buildScript) report({ messageId: 'build', data: { crate, file: m.buildScript.file }, at: { doc: m.doc, route: m.buildScript.route, part: 'key' }, package: { name: crate }, key: `${m.path}#build` });
      if (m.procMacro) report({ messageId: 'procMacro', data: { crate }, at: { doc: m.doc, route: ['lib', 'proc-macro'], part: 'key' }, package: { name: crate }, key: `${m.path}#proc-macro` });
    }
  },
});

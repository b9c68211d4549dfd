/** `[source.*] replace-with` and mirrors. https://doc.rust-lang.org/cargo/reference/source-replacement.html */
import { defineCheck } from '@inert/core';
import { table } from '../load/manifest.js';
import type { CargoModel } from '../model.js';

export const sourceReplacement = defineCheck<CargoModel>()({
  id: 'source-replacement',
  question: 'multi-source-resolution',
  title: 'A cargo source is replaced by another',
  description:
    'Cargo config replaces a source (usually crates-io) with another registry, a local registry or a vendored directory. Every crate then comes from the replacement. Cargo still checks Cargo.lock checksums for registry replacements, but a directory source is trusted as it is, and a registry replacement decides which versions exist.',
  severity: 'medium',
  confidence: 'high',
  messages: {
    replaced: '{file}: source {source} is replaced with {target}',
  },
  remediation: 'Make sure the replacement is a mirror you control and that CI builds with `--locked`; review vendored directories like code.',
  limitations: 'The content of the replacement is not read.',
  reads: ['client-config'],
  examples: { bad: ['source-replacement--vendored-mirror'], good: ['clean--locked-registry-crates'] },
  since: 'next',
  run(model, report) {
    for (const c of model.configs) {
      for (const [name, s] of Object.entries(table(c.doc.value.source))) {
        const target = table(s)['replace-with'];
        if (typeof target !== 'string') continue;
        report({ messageId: 'replaced', data: { file: c.path, source: name, target }, at: { doc: c.doc, route: ['source', name, 'replace-with'], part: 'key' }, key: name });
      }
    }
  },
});

/** `http:` and `git://` registries, indexes and git dependencies. https://doc.rust-lang.org/cargo/reference/config.html#registries */
import { defineCheck, type Pointer } from '@inert/core';
import { table } from '../load/manifest.js';
import type { CargoModel } from '../model.js';

const INSECURE = /^(registry\+|sparse\+|git\+)?(http|git):\/\//i;

export const insecureSource = defineCheck<CargoModel>()({
  id: 'insecure-source',
  question: 'multi-source-resolution',
  title: 'Crates are fetched over an insecure transport',
  description:
    'A registry index, a source replacement, a git dependency or a Cargo.lock source uses `http://` or the unauthenticated `git://` protocol: anyone on the network path can change what cargo resolves, and a git fetch has no checksum to catch it.',
  severity: 'high',
  confidence: 'high',
  messages: {
    insecure: '{what} uses {url}',
  },
  remediation: 'Use https:// (or ssh://) URLs, and regenerate Cargo.lock.',
  limitations: 'Only URLs written in the checkout are checked.',
  reads: ['client-config', 'manifest', 'lockfile'],
  examples: { bad: ['insecure-source--http-registry-and-git'], good: ['clean--locked-registry-crates'] },
  since: 'next',
  run(model, report) {
    const hit = (what: string, url: string, at: Pointer, key: string) => report({ messageId: 'insecure', data: { what, url }, at, evidence: url, key });
    for (const c of model.configs) {
      for (const [name, r] of Object.entries(table(c.doc.value.registries))) {
        const index = table(r).index;
        if (typeof index === 'string' && INSECURE.test(index)) hit(`registry ${name} in ${c.path}`, index, { doc: c.doc, route: ['registries', name, 'index'], part: 'value' }, `registries.${name}`);
      }
      for (const [name, s] of Object.entries(table(c.doc.value.source))) {
        for (const field of ['registry', 'git']) {
          const url = table(s)[field];
          if (typeof url === 'string' && INSECURE.test(url)) hit(`source ${name} in ${c.path}`, url, { doc: c.doc, route: ['source', name, field], part: 'value' }, `source.${name}`);
        }
      }
    }
    for (const m of model.manifests) {
      for (const d of m.dependencies) if (d.git && INSECURE.test(d.git)) hit(`dependency ${d.name} in ${m.path}`, d.git, { doc: m.doc, route: [...d.route, 'git'], part: 'value' }, d.route.join('.'));
    }
    for (const lock of model.locks) {
      for (const p of lock.packages) if (p.source && INSECURE.test(p.source)) hit(`${p.name} ${p.version} in ${lock.path}`, p.source, { doc: lock.doc, route: ['package', p.index, 'source'], part: 'value' }, `${p.name}@${p.version}`);
    }
  },
});

/** `[source.*] replace-with`, `paths` overrides, and `[patch]`/`[replace]` entries. https://doc.rust-lang.org/cargo/reference/source-replacement.html */
import { defineCheck } from '@inert/core';
import { entries, str, table } from '../load/table.js';
import type { CargoModel, Dependency } from '../model.js';

export const sourceReplacement = defineCheck<CargoModel>()({
  id: 'source-replacement',
  question: 'multi-source-resolution',
  title: 'A cargo source or crate is replaced by another',
  description:
    'Cargo config replaces a source (usually crates-io) with another registry, a local registry or a vendored directory; or `paths` / a config `[patch]` overrides crates for every build in the directory; or a Cargo.toml `[patch]`/`[replace]` swaps named crates for a git or path copy. Cargo assumes a replacement serves the same crates and still compares Cargo.lock checksums, but a directory source carries its own checksums (`.cargo-checksum.json`), and overrides in cargo config are easy to miss because they are not in any manifest.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'medium',
      when: '`.cargo/config.toml` replaces a source, overrides `paths` or patches a crate: every build of the checkout uses the replacement',
    },
    {
      severity: 'low',
      when: '`[patch]`/`[replace]` in Cargo.toml: visible in the manifest and limited to the named crates',
    },
  ],
  confidence: 'high',
  messages: {
    replaced: '{file}: source {source} is replaced with {target} ({kind})',
    paths: '{file}: `paths` overrides dependencies with the local crate at {path}',
    configPatch: '{file} patches {name} from {source} with {target}',
    patch: '{file} patches {name} from {source} with {target}',
  },
  remediation:
    'Make sure a replacement is a mirror you control and that CI builds with `--locked`; review vendored directories and patched crates like your own code; prefer `[patch]` in Cargo.toml over cargo config so the override is visible.',
  limitations: 'The content of replacements, vendored directories and patched crates is not read.',
  reads: ['client-config', 'manifest'],
  examples: {
    bad: ['source-replacement--vendored-mirror', 'source-replacement--paths-and-patches'],
    good: ['clean--locked-registry-crates'],
  },
  since: 'next',
  run(model, report) {
    const target = (d: Dependency) =>
      d.git ??
      (d.path !== undefined
        ? `path ${d.path}`
        : d.registry !== undefined
          ? `registry ${d.registry}`
          : (d.version ?? '?'));
    for (const c of model.configs) {
      const sources = table(c.doc.value.source);
      for (const [name, s] of entries(sources)) {
        const to = str(table(s)['replace-with']);
        if (to === undefined) continue;
        const t = table(sources[to]);
        const kind =
          t.directory !== undefined
            ? 'vendored directory'
            : t['local-registry'] !== undefined
              ? 'local registry'
              : t.git !== undefined
                ? 'git repository'
                : t.registry !== undefined
                  ? 'registry'
                  : 'named registry';
        report({
          messageId: 'replaced',
          data: { file: c.path, source: name, target: to, kind },
          at: { doc: c.doc, route: ['source', name, 'replace-with'], part: 'key' },
          key: `source.${name}`,
        });
      }
      const paths = c.doc.value.paths;
      if (Array.isArray(paths)) {
        paths.forEach((p, i) =>
          report({
            messageId: 'paths',
            data: { file: c.path, path: String(p) },
            at: { doc: c.doc, route: ['paths', i], part: 'value' },
            key: `paths.${i}`,
          }),
        );
      }
      for (const d of c.patches)
        report({
          messageId: 'configPatch',
          data: { file: c.path, name: d.name, source: String(d.route[1]), target: target(d) },
          at: { doc: c.doc, route: d.route, part: 'key' },
          package: { name: d.name },
          key: d.route.join('.'),
        });
    }
    for (const m of model.manifests) {
      for (const d of m.dependencies) {
        if (d.section !== 'patch' && d.section !== 'replace') continue;
        // Visible in the manifest and limited to the named crates: lower than a config-wide replacement.
        report({
          messageId: 'patch',
          severity: 'low',
          data: {
            file: m.path,
            name: d.name,
            source: d.section === 'replace' ? d.key : String(d.route[1]),
            target: target(d),
          },
          at: { doc: m.doc, route: d.route, part: 'key' },
          package: { name: d.name },
          key: d.route.join('.'),
        });
      }
    }
  },
});

/**
 * Cargo.lock versions 1–4: `[[package]]` entries (and the v1 `[root]` table), with v1 `[metadata]`
 * checksums. https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html
 */
import { parseToml, type Parsed, type ParseLimits } from '@inert/core';
import type { Lockfile, LockPackage } from '../model.js';
import { str, table } from './table.js';

export function parseLockfile(text: string, path: string, dir: string, limits?: ParseLimits): Parsed<Lockfile> {
  const parsed = parseToml(text, path, limits);
  if (!parsed.ok) return parsed;
  const root = parsed.value.value;
  const metadata = table(root.metadata);
  const packages: LockPackage[] = [];
  const add = (raw: unknown, route: LockPackage['route']) => {
    const p = table(raw);
    const name = str(p.name);
    const version = str(p.version);
    if (name === undefined || version === undefined) return;
    const pkg: LockPackage = { name, version, route };
    const source = str(p.source);
    if (source !== undefined) {
      pkg.source = source;
      // git+<url>?<branch|tag|rev>=<ref>#<full commit>: the fragment is the commit cargo checked out.
      const commit = source.startsWith('git+') ? /#([0-9a-f]{7,64})$/i.exec(source)?.[1] : undefined;
      if (commit) pkg.commit = commit;
    }
    // v1 keeps checksums apart: "checksum <name> <version> (<source>)" = "<hex>" or "<none>".
    const v1 = source !== undefined ? str(metadata[`checksum ${name} ${version} (${source})`]) : undefined;
    const checksum = str(p.checksum) ?? (v1 !== undefined && v1 !== '<none>' ? v1 : undefined);
    if (checksum) pkg.checksum = checksum;
    if (Array.isArray(p.dependencies))
      pkg.dependencies = p.dependencies.filter((d): d is string => typeof d === 'string');
    else if (v1 === '<none>') pkg.checksumRoute = ['metadata', `checksum ${name} ${version} (${source})`];
    packages.push(pkg);
  };
  // The oldest v1 locks put the root package in a `[root]` table instead of `[[package]]`.
  if (root.root !== undefined) add(root.root, ['root']);
  (Array.isArray(root.package) ? root.package : []).forEach((raw: unknown, index: number) =>
    add(raw, ['package', index]),
  );
  const declared =
    typeof root.version === 'number'
      ? root.version
      : typeof root.version === 'bigint'
        ? Number(root.version)
        : undefined;
  // Without `version`: v1 when checksums live in [metadata], otherwise v2 (v3 added the key).
  const version =
    declared ?? (Object.keys(metadata).some((k) => k.startsWith('checksum ')) || root.root !== undefined ? 1 : 2);
  return { ok: true, value: { path, dir, doc: parsed.value, version, packages } };
}

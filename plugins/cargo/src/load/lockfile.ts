/** Cargo.lock versions 1–4: `[[package]]` entries and v1 `[metadata]` checksums. https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html */
import { parseToml, type Parsed } from '@inert/core';
import type { Lockfile, LockPackage } from '../model.js';
import { table } from './manifest.js';

export function parseLockfile(text: string, path: string, dir: string): Parsed<Lockfile> {
  const parsed = parseToml(text, path);
  if (!parsed.ok) return parsed;
  const root = parsed.value.value;
  const metadata = table(root.metadata);
  const packages: LockPackage[] = [];
  (Array.isArray(root.package) ? root.package : []).forEach((raw: unknown, index: number) => {
    const p = table(raw);
    if (typeof p.name !== 'string' || typeof p.version !== 'string') return;
    const pkg: LockPackage = { name: p.name, version: p.version, index };
    if (typeof p.source === 'string') pkg.source = p.source;
    // v1: "checksum name version (source)" = "hash" under [metadata]
    const v1 = pkg.source ? metadata[`checksum ${p.name} ${p.version} (${pkg.source})`] : undefined;
    const checksum = typeof p.checksum === 'string' ? p.checksum : typeof v1 === 'string' && v1 !== '<none>' ? v1 : undefined;
    if (checksum) pkg.checksum = checksum;
    packages.push(pkg);
  });
  const version = typeof root.version === 'number' ? root.version : typeof root.version === 'bigint' ? Number(root.version) : Object.keys(metadata).length > 0 ? 1 : 2;
  return { ok: true, value: { path, dir, doc: parsed.value, version, packages } };
}

/**
 * Cargo versions the checkout selects or implies: a toolchain file's version channel, a lock's
 * format version, a manifest's `rust-version`, `edition` and `resolver`. Cargo ships with
 * rustc and carries its version number, so a Rust version is a cargo version.
 * https://doc.crates.io/contrib/process/release.html
 */
import type { InventoryClient, Route, TomlDocument } from '@inert/core';
import type { CargoModel } from '../model.js';
import { str, table } from './table.js';

/**
 * The first cargo that reads each lock format (v1 and v2 carry no `version` key and are read by
 * every current cargo). v3: 1.47 (default for new locks from 1.53); v4: 1.78 (default from 1.83).
 * https://doc.rust-lang.org/nightly/nightly-rustc/cargo/core/resolver/enum.ResolveVersion.html
 */
const LOCK_SINCE: Readonly<Record<number, string>> = { 3: '1.47', 4: '1.78' };

/** The release that stabilized each edition (cargo's `features!` table). https://doc.rust-lang.org/edition-guide/ */
const EDITION_SINCE: Readonly<Record<string, string>> = { '2018': '1.31', '2021': '1.56', '2024': '1.85' };

/**
 * Resolver "2" is stable from 1.51 (cargo's `features!` table), "3" (rust-version aware) from 1.84.
 * https://doc.rust-lang.org/edition-guide/rust-2024/cargo-resolver.html
 */
const RESOLVER_SINCE: Readonly<Record<string, string>> = { '2': '1.51', '3': '1.84' };

/** `1.78.0` or `1.78`: a Rust release number, nothing else (no `v`, channel, date, host or pre-release). */
const RELEASE = /^(\d{1,4})\.(\d{1,4})(?:\.(\d{1,4}))?$/;

/** `rust-version` is "a bare version number with at least one component". https://doc.rust-lang.org/cargo/reference/rust-version.html */
const RUST_VERSION = /^\d{1,4}(?:\.\d{1,4}){0,2}$/;

export function clients(model: CargoModel): InventoryClient[] {
  const out: InventoryClient[] = [];
  for (const lock of model.locks) {
    const raw = lock.doc.value.version;
    const declared =
      typeof raw === 'number' && Number.isInteger(raw) ? raw : typeof raw === 'bigint' ? Number(raw) : undefined;
    const since = declared !== undefined && Object.hasOwn(LOCK_SINCE, declared) ? LOCK_SINCE[declared] : undefined;
    if (since === undefined) continue;
    const client = at(
      { ecosystem: 'cargo', client: 'cargo', since, evidence: `Cargo.lock version = ${declared}`, file: lock.path },
      lock.doc,
      ['version'],
    );
    // `version = 4.0` parses to the same number; cargo wants an integer.
    const written = client.line !== undefined ? lineText(lock.doc, client.line) : undefined;
    if (written !== undefined && /=\s*\d+\s*(?:#.*)?$/.test(written)) out.push(client);
  }
  for (const t of model.toolchains) {
    if (t.channel === undefined) continue;
    const release = RELEASE.exec(t.channel);
    if (!release) continue;
    const [, major, minor, patch] = release;
    const name = t.path.slice(t.path.lastIndexOf('/') + 1);
    const base = { ecosystem: 'cargo', client: 'cargo', evidence: `${name} channel`, file: t.path };
    // `1.78` is the newest 1.78.x release that rustup installs.
    const range =
      patch !== undefined
        ? { version: `${Number(major)}.${Number(minor)}.${Number(patch)}` }
        : { since: `${Number(major)}.${Number(minor)}`, until: `${Number(major)}.${Number(minor) + 1}`, selects: true };
    const client: InventoryClient = { ...base, ...range };
    if (t.doc) out.push(at(client, t.doc, ['toolchain', 'channel']));
    else out.push(t.channelLine !== undefined ? { ...client, line: t.channelLine } : client);
  }
  for (const m of model.manifests) {
    const root = m.doc.value;
    const pkgKey = root.package !== undefined ? 'package' : 'project';
    const pkg = table(root[pkgKey]);
    const ws = table(root.workspace);
    const wsPkg = table(ws.package);
    const push = (
      value: unknown,
      route: Route,
      since: (v: string) => string | undefined,
      shown: (v: string) => string,
    ) => {
      const v = str(value);
      const s = v === undefined ? undefined : since(v);
      if (v === undefined || s === undefined) return;
      out.push(
        at(
          {
            ecosystem: 'cargo',
            client: 'cargo',
            since: s,
            evidence: `Cargo.toml ${route.join('.')}${shown(v)}`,
            file: m.path,
          },
          m.doc,
          route,
        ),
      );
    };
    const rustVersion = (v: string) => (RUST_VERSION.test(v) ? v.split('.').map(Number).join('.') : undefined);
    const edition = (v: string) => (Object.hasOwn(EDITION_SINCE, v) ? EDITION_SINCE[v] : undefined);
    const resolver = (v: string) => (Object.hasOwn(RESOLVER_SINCE, v) ? RESOLVER_SINCE[v] : undefined);
    const eq = (v: string) => ` = ${v}`;
    push(pkg['rust-version'], [pkgKey, 'rust-version'], rustVersion, () => '');
    push(wsPkg['rust-version'], ['workspace', 'package', 'rust-version'], rustVersion, () => '');
    push(pkg.edition, [pkgKey, 'edition'], edition, eq);
    push(wsPkg.edition, ['workspace', 'package', 'edition'], edition, eq);
    push(pkg.resolver, [pkgKey, 'resolver'], resolver, eq);
    push(ws.resolver, ['workspace', 'resolver'], resolver, eq);
  }
  return out;
}

/**
 * Adds the line of `route` when the document has that key. `locate` falls back to an ancestor (or
 * line 1) for a missing key; only a line that names the key itself is kept.
 */
function at(client: InventoryClient, doc: TomlDocument, route: Route): InventoryClient {
  const span = doc.locate([{ route, part: 'key' }])[0];
  const key = String(route[route.length - 1]);
  const text = span ? lineText(doc, span.line) : undefined;
  return span && text !== undefined && text.includes(key) ? { ...client, line: span.line } : client;
}

function lineText(doc: TomlDocument, line: number): string | undefined {
  return doc.text.split(/\r\n|\r|\n/)[line - 1];
}

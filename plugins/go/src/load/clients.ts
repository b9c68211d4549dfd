/**
 * The Go toolchain versions a checkout selects or implies, for `inventory.clients`.
 * https://go.dev/doc/toolchain
 *
 * - `go 1.22.1` in go.mod or go.work: since Go 1.21 it is the minimum Go version the module or
 *   workspace needs; the go command refuses to run an older toolchain there and (with the default
 *   `GOTOOLCHAIN=auto`) switches to a newer one. (Older go commands treat it as advisory.) → `since`.
 * - `toolchain go1.22.3`: a *preferred* toolchain, but the go command still runs its own bundled
 *   toolchain when that one is newer ("uses its own bundled toolchain when that toolchain is at least
 *   as new as the go or toolchain lines"), so it is a minimum too, not an exact pin → `since`.
 * - `GOTOOLCHAIN=go1.22.3` forces that toolchain, whatever go.mod says → exact `version`;
 *   `GOTOOLCHAIN=go1.22.3+auto` / `+path` sets a minimum ("version+auto sets a minimum",
 *   cmd/go/testdata/script/gotoolchain_local.txt) → `since`. `local`, `auto`, `path`, `local+auto`
 *   name no version → nothing.
 *
 * Only plain release versions count (`1.22`, `1.22.1`); pre-releases (`1.23rc1`), custom suffixes and
 * anything else yield nothing.
 */
import type { InventoryClient } from '@inert/core';
import type { At, EnvSetting, GoMod, GoWork } from '../model.js';

const PLAIN = /^[1-9]\d{0,3}\.\d{1,4}(?:\.\d{1,4})?$/;

/** `1.22.1` → itself; anything that is not a plain release version → undefined. */
export function goVersion(text: string): string | undefined {
  const v = text.trim();
  return PLAIN.test(v) ? v : undefined;
}

/** `go1.22.3` → `1.22.3`; `default`, `go1.23rc1`, `go1.22.3-custom` → undefined. */
export function toolchainVersion(text: string): string | undefined {
  const v = text.trim();
  return v.startsWith('go') ? goVersion(v.slice(2)) : undefined;
}

/** A GOTOOLCHAIN value: `go1.22.3` is exact, `go1.22.3+auto`/`+path` a minimum, others nothing. */
export function gotoolchain(value: string): { version: string } | { since: string } | undefined {
  const m = /^([^+]*)(?:\+(auto|path))?$/.exec(value.trim());
  if (!m) return undefined;
  const v = toolchainVersion(m[1]!);
  if (v === undefined) return undefined;
  return m[2] ? { since: v } : { version: v };
}

function fromFile(kind: 'go.mod' | 'go.work', f: GoMod | GoWork): InventoryClient[] {
  const out: InventoryClient[] = [];
  const push = (at: (At & { version: string }) | undefined, version: string | undefined, directive: string): void => {
    if (!at || version === undefined) return;
    out.push({
      ecosystem: 'go',
      client: 'go',
      since: version,
      evidence: `${kind} ${directive} directive`,
      file: f.path,
      line: at.line,
    });
  };
  push(f.go, f.go && goVersion(f.go.version), 'go');
  push(f.toolchain, f.toolchain && toolchainVersion(f.toolchain.version), 'toolchain');
  return out;
}

/** Every Go toolchain version signal in go.mod, go.work and GOTOOLCHAIN settings. */
export function clientsOf(model: {
  mods: readonly GoMod[];
  works: readonly GoWork[];
  env: readonly EnvSetting[];
}): InventoryClient[] {
  const out: InventoryClient[] = [];
  for (const mod of model.mods) out.push(...fromFile('go.mod', mod));
  for (const work of model.works) out.push(...fromFile('go.work', work));
  for (const e of model.env) {
    if (e.name !== 'GOTOOLCHAIN') continue;
    const got = gotoolchain(e.value);
    if (got)
      out.push({
        ecosystem: 'go',
        client: 'go',
        ...got,
        evidence: `${e.origin} GOTOOLCHAIN`,
        file: e.at.file,
        line: e.at.line,
      });
  }
  return out;
}

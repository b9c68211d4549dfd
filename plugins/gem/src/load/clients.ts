/**
 * The Bundler version a lockfile selects or implies, for `inventory.clients`.
 * `BUNDLED WITH` names the Bundler that wrote the lock, and Bundler 2.3+ (with RubyGems 3.3+) runs
 * exactly that version: https://bundler.io/blog/2022/01/23/bundler-v2-3.html
 * A `CHECKSUMS` section is written by Bundler 2.5 and later (a hidden opt-in in 2.5, ruby/rubygems#7217;
 * `bundle lock --add-checksums` and `lockfile_checksums` from 2.6): https://bundler.io/blog/2024/12/19/bundler-v2-6.html
 */
import { baseOf, type InventoryClient } from '@inert/core';
import type { Lockfile } from '../model.js';

/** The first Bundler release that writes a CHECKSUMS section. */
export const CHECKSUMS_SINCE = '2.5.0';

/**
 * A plain dotted release (`2.5.6`, `v2.5.6` → `2.5.6`); `undefined` for pre-releases (`4.0.0.beta2`,
 * `4.0.0.dev`), ranges, placeholders and junk. Segments are bounded so hostile input stays a string.
 */
export function plainVersion(text: string): string | undefined {
  const m = /^v?(\d{1,9}(?:\.\d{1,9}){0,5})$/.exec(text.trim());
  return m ? m[1] : undefined;
}

/** Bundler clients a parsed lockfile implies: the exact `BUNDLED WITH` version, and `since` 2.5.0 for a CHECKSUMS section. */
export function lockClients(lock: Lockfile): InventoryClient[] {
  const out: InventoryClient[] = [];
  const name = baseOf(lock.path);
  const version = lock.bundledWith === undefined ? undefined : plainVersion(lock.bundledWith);
  if (version !== undefined) {
    out.push({
      ecosystem: 'gem',
      client: 'bundler',
      version,
      evidence: `${name} BUNDLED WITH`,
      file: lock.path,
      ...(lock.bundledWithLine ? { line: lock.bundledWithLine } : {}),
    });
  }
  if (lock.checksums !== undefined) {
    out.push({
      ecosystem: 'gem',
      client: 'bundler',
      since: CHECKSUMS_SINCE,
      evidence: `${name} CHECKSUMS section (written by Bundler 2.5+)`,
      file: lock.path,
      ...(lock.checksumsLine ? { line: lock.checksumsLine } : {}),
    });
  }
  return out;
}

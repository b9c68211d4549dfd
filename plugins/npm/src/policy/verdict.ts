/**
 * The install-script verdict of one locked package: runs by default, allowed by a policy line, blocked,
 * or unknown. Client behaviour by version: https://docs.npmjs.com/cli/v12/commands/npm-install-scripts ·
 * Yarn 4.14 default: https://github.com/yarnpkg/berry/pull/7089 ·
 * https://pnpm.io/settings/build · https://yarnpkg.com/configuration/yarnrc#enableScripts · https://bun.sh/docs/pm/lifecycle
 */
import { createRequire } from 'node:module';
import { lazyLibrary } from '@inert/core';
import type * as Semver from 'semver';
import type { Client, LockEntry } from '../model.js';
import { BUN_DEFAULT_TRUSTED } from './bun-trusted.js';
import type { Policy, PolicyRule, Verdict } from './types.js';

const require = createRequire(import.meta.url);
/** semver (~45 modules) is loaded only when a policy has a version range to evaluate; a failed load throws. */
const semver = lazyLibrary('semver', () => require('semver') as typeof Semver);

export const CLIENT_NAMES: Record<Client, string> = {
  npm: 'npm',
  pnpm: 'pnpm',
  'yarn-classic': 'Yarn classic',
  'yarn-berry': 'Yarn berry',
  bun: 'Bun',
};

export function verdictFor(entry: LockEntry, policy: Policy): Verdict {
  if (policy.blockAll) return { verdict: 'blocked', label: policy.blockAll.label, at: policy.blockAll.at, note: '' };
  const r = matchRule(entry, policy.rules);
  if (r)
    return {
      verdict: r.allow ? 'allowed' : 'blocked',
      label: `${JSON.stringify(r.key)} in ${r.label}`,
      at: r.at,
      note: '',
      rule: r,
    };
  if (policy.allowAll) return { verdict: 'allowed', label: policy.allowAll.label, at: policy.allowAll.at, note: '' };
  const v = policy.version;
  switch (policy.client) {
    case 'npm':
      // npm 12 blocks dependency scripts unless allowScripts lists them; 11.16+ only warns
      if (v && v.major >= 12) return { verdict: 'blocked', label: `the npm ${v.major} default (${v.from})`, note: '' };
      if (v) return { verdict: 'runs-by-default', label: `npm ${v.major} (${v.from})`, note: '' };
      return {
        verdict: 'runs-by-default',
        label: 'npm',
        note: ' on npm \u2264 11; npm \u2265 12 blocks them unless allowScripts lists the package',
      };
    case 'pnpm':
      if (policy.allowlist)
        return {
          verdict: 'blocked',
          label: `not listed in ${policy.allowlist.label}`,
          at: policy.allowlist.at,
          note: '',
        };
      if (policy.denylistOnly)
        return {
          verdict: 'allowed',
          label: `${policy.denylistOnly.label} (every unlisted package may build)`,
          at: policy.denylistOnly.at,
          note: '',
        };
      if (v && v.major >= 10) return { verdict: 'blocked', label: `the pnpm ${v.major} default (${v.from})`, note: '' };
      if (v) return { verdict: 'runs-by-default', label: `pnpm ${v.major} (${v.from})`, note: '' };
      return {
        verdict: 'runs-by-default',
        label: 'pnpm',
        note: ' on pnpm \u2264 9; pnpm \u2265 10 blocks them unless allowBuilds/onlyBuiltDependencies lists the package',
      };
    case 'yarn-classic':
      return { verdict: 'runs-by-default', label: 'Yarn classic', note: '' };
    case 'yarn-berry':
      if (policy.scriptsDisabled)
        return { verdict: 'blocked', label: policy.scriptsDisabled.label, at: policy.scriptsDisabled.at, note: '' };
      if (policy.scriptsEnabled)
        return {
          verdict: 'runs-by-default',
          label: policy.scriptsEnabled.label,
          at: policy.scriptsEnabled.at,
          note: '',
        };
      if (policy.berryDefault?.state === 'off')
        return { verdict: 'blocked', label: policy.berryDefault.label, note: '' };
      if (policy.berryDefault?.state === 'on')
        return { verdict: 'runs-by-default', label: policy.berryDefault.label, note: '' };
      // the version in force is unknown: the older behaviour is assumed and the note says what 4.14 changes
      return {
        verdict: 'runs-by-default',
        label: 'Yarn berry',
        note: ' before 4.14; the checkout pins no Yarn version, and Yarn \u2265 4.14 blocks them unless enableScripts or dependenciesMeta.built allows the package',
      };
    case 'bun':
      // the built-in list applies to npm-registry packages only
      if ((entry.sourceKind ?? 'registry') === 'registry' && BUN_DEFAULT_TRUSTED.has(entry.name)) {
        return { verdict: 'runs-by-default', label: 'Bun (its built-in trusted list names the package)', note: '' };
      }
      return { verdict: 'blocked', label: 'the Bun default (not in trustedDependencies)', note: '' };
  }
}

/** A version-pinned rule that matches wins over a bare-name one; within each, a deny wins. */
export function matchRule(entry: LockEntry, rules: readonly PolicyRule[]): PolicyRule | undefined {
  const named = rules.filter((r) => r.name === entry.name);
  const pinned = named.filter((r) => r.version !== undefined && versionMatches(entry.version, r.version));
  const bare = named.filter((r) => r.version === undefined);
  for (const group of [pinned, bare]) {
    const hit = group.find((r) => !r.allow) ?? group[0];
    if (hit) return hit;
  }
  return undefined;
}

export function versionMatches(version: string | undefined, selector: string): boolean {
  if (version === undefined) return false;
  if (version === selector) return true;
  const { satisfies } = semver();
  try {
    return satisfies(version, selector, { loose: true });
  } catch {
    return false;
  }
}

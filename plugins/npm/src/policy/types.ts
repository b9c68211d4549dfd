/** Install-script policy types: what the client in force and the checkout's settings decide. https://docs.npmjs.com/cli/using-npm/scripts */
import type { Pointer } from '@inert/core';
import type { Client } from '../client.js';

/** One allow or deny entry of a script policy (npm allowScripts, pnpm allowBuilds, bun trustedDependencies, …). */
export interface PolicyRule {
  name: string;
  /** Version selector when the entry is pinned (`1.2.3`, `1.x || 2.0.0`); undefined for a bare name. */
  version: string | undefined;
  allow: boolean;
  at: Pointer;
  /** Where it is, for messages: `allowScripts in package.json`. */
  label: string;
  file: string;
  /** The raw key as written. */
  key: string;
}

/** A setting that decides for every package. */
export interface PolicySwitch {
  at: Pointer;
  label: string;
}

/** The client version in force and what told us; `minor` when the source names one. */
export interface ClientVersion {
  major: number;
  minor?: number;
  from: string;
}

/**
 * What Yarn berry does with dependency builds when `.yarnrc.yml` leaves `enableScripts` unset: Yarn
 * 4.14 flipped the default to false, and its `yarn install` turns it back on for a lock written by an
 * older Yarn. `unknown` when the checkout does not say which Yarn runs it.
 */
export interface BerryDefault {
  state: 'on' | 'off' | 'unknown';
  label: string;
}

export interface Policy {
  client: Client;
  version: ClientVersion | undefined;
  /** `ignore-scripts=true`, pnpm `ignoreScripts: true`: nothing runs, allowlists included. */
  blockAll?: PolicySwitch;
  /** pnpm `dangerouslyAllowAllBuilds`, npm `allowScripts: { "*": true }`. */
  allowAll?: PolicySwitch;
  /** pnpm `neverBuiltDependencies` without an allowlist: every unlisted package runs. */
  denylistOnly?: PolicySwitch;
  /** pnpm `onlyBuiltDependencies`/`allowBuilds`/`onlyBuiltDependenciesFile`: unlisted packages are blocked on any version. */
  allowlist?: PolicySwitch;
  /** yarn berry `enableScripts: false`. */
  scriptsDisabled?: PolicySwitch;
  /** yarn berry `enableScripts: true`, written by hand or by Yarn 4.14's migration of an older project. */
  scriptsEnabled?: PolicySwitch;
  /** yarn berry without an explicit `enableScripts`: what the Yarn version in force does. */
  berryDefault?: BerryDefault;
  rules: PolicyRule[];
}

/** Whether a package's install scripts run under a policy. */
export interface Verdict {
  verdict: 'runs-by-default' | 'allowed' | 'blocked' | 'unknown';
  /** The policy line or default that decided, for messages. */
  label: string;
  at?: Pointer;
  /** What happens on the other side of a version change, when the version in force is unknown. */
  note: string;
  /** The allow or block line that decided, when one did (not a switch or a default). */
  rule?: PolicyRule;
}

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

/** The client version in force and what told us. */
export interface ClientVersion {
  major: number;
  from: string;
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
}

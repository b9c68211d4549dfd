/** The inventory: what a scan learned independent of judgement, for embedders and reports. */

/** Where a locked package comes from. */
export interface PackageSource {
  kind: 'registry' | 'git' | 'path' | 'url' | 'workspace';
  url?: string;
  /** For a git source: the full commit the lock pins it to (40 or 64 hex); absent when it pins none. */
  commit?: string;
}

/** A locked (or declared, when nothing is locked) package. */
export interface InventoryPackage {
  ecosystem: string;
  name: string;
  version?: string;
  source: PackageSource;
  /** Hash algorithm the lock pins the bytes with, `null` when it pins none. */
  integrity: string | null;
  /** Whether the package has install-time hooks; `null` when the files cannot tell. */
  installScripts: boolean | null;
  /** Whether those hooks will run under the checkout's policy, when the plugin can tell. */
  scriptsVerdict?: 'runs-by-default' | 'allowed' | 'blocked' | 'unknown';
  /** The lockfile (or manifest) it comes from. */
  file: string;
  line?: number;
  /** True for dev-only dependencies, when the lock says so. */
  dev?: boolean;
  /** True for optional dependencies (installed when they can be), when the lock says so. */
  optional?: boolean;
  /**
   * The registry's namespace part of `name`, when the ecosystem has one (a scope, a group id): `name`
   * is then `group`, one separator character, and the rest. An SBOM's component group.
   */
  group?: string;
  /** Package URL (https://github.com/package-url/purl-spec) built with packageurl-js; absent when no exact coordinates are known. */
  purl?: string;
  /**
   * Digests of the package's artifact as the lock records them (an SRI `integrity`, a lockfile's
   * `checksum`, a `--hash`), hex-encoded. Absent when the lock records none; hashes that are not of the
   * artifact's bytes (a checksum file's hashes of a source tree) are not listed here.
   */
  hashes?: InventoryHash[];
  /** Purls of the packages this one depends on, as the lockfile resolves them; absent when the lock records no edges. */
  dependsOn?: string[];
}

/** One digest of a package artifact. */
export interface InventoryHash {
  algorithm: 'md5' | 'sha1' | 'sha256' | 'sha384' | 'sha512';
  /** Lower-case hex. */
  hex: string;
  /** The file it is the digest of, when a package has several (a Python sdist and its wheels). */
  artifact?: string;
}

/** A configured package source (registry, index, mirror, repository). */
export interface InventorySource {
  ecosystem: string;
  url: string;
  /** What it serves: `default`, `scope:@acme`, `extra-index`, `mirror`, … */
  role: string;
  file: string;
  line?: number;
}

/** A declared lifecycle hook of the project itself. */
export interface InventoryHook {
  ecosystem: string;
  /** The package (project or workspace member) that declares it. */
  package: string;
  hook: string;
  command: string;
  file: string;
  line?: number;
}

/** A manifest or setting that is a program run by the client. */
export interface InventoryExecutableManifest {
  ecosystem: string;
  file: string;
  /** Which commands run it, e.g. `every <tool> command`, `<tool> install (legacy path)`. */
  runsOn: string;
  /** Whether inert could read its relevant facts statically. */
  readable: boolean;
}

/** An install, build or publish command found in a build or release file (or a script one runs). */
export interface InventoryCommand {
  ecosystem: string;
  file: string;
  line: number;
  command: string;
  action: 'install' | 'publish' | 'build' | 'other';
  classification: 'strict' | 'lax' | 'adhoc' | 'local' | 'unknown';
  /**
   * `token`: a stored, long-lived secret; `job-token`: the token the CI mints for the job and revokes
   * when it ends (a stored secret it is not); `oidc`: trusted publishing; `none-visible`: neither is in
   * the file (a config written elsewhere, or the publish fails).
   */
  auth?: 'oidc' | 'job-token' | 'token' | 'none-visible';
  provenance?: boolean;
  job?: string;
}

/** Advisories matched against locked versions (offline OSV). */
export interface InventoryAdvisory {
  ecosystem: string;
  id: string;
  package: string;
  version: string;
  malicious: boolean;
  summary?: string;
  /** `listed` in the advisory's versions, inside a `range`, or `could-not-compare` (a range applies but the versions could not be ordered). */
  match?: 'listed' | 'range' | 'could-not-compare';
}

/**
 * A package-manager client (or toolchain) version the checkout selects or implies: `packageManager`
 * in package.json, a lockfile's format version, the version a lockfile records, a build wrapper's distribution.
 * Reports use it to say which of a profile's version-dependent design facts apply to the checkout.
 * Versions are dotted numbers (`9.1.0`, `1.78`); the interval is `since` (inclusive) to `until` (exclusive).
 */
export interface InventoryClient {
  ecosystem: string;
  /** The client as profile facts name it in `applies.client`: the client's command name, lower case, as its plugin names it */
  client: string;
  /** The exact version, when the checkout selects one (a `packageManager` field, a wrapper's distribution). */
  version?: string;
  /** The lowest version the files allow (a lockfile format only newer clients write), when no exact version is known. */
  since?: string;
  /** The first version the files rule out (a format only older clients wrote). */
  until?: string;
  /**
   * True when this entry is what runs rather than a bound on it: a toolchain file's `1.78` channel
   * (the newest 1.78.x). An exact `version` always counts as selected.
   */
  selects?: boolean;
  /** What says so, in a few words: `package.json packageManager`, `package-lock.json lockfileVersion 3`. */
  evidence: string;
  file: string;
  line?: number;
}

export interface Inventory {
  packages: InventoryPackage[];
  sources: InventorySource[];
  hooks: InventoryHook[];
  executableManifests: InventoryExecutableManifest[];
  commands: InventoryCommand[];
  /** Client versions the checkout selects or implies (may be empty: most checkouts do not say). */
  clients: InventoryClient[];
  advisories?: InventoryAdvisory[];
}

/** A fresh, empty inventory. */
export function emptyInventory(): Inventory {
  return { packages: [], sources: [], hooks: [], executableManifests: [], commands: [], clients: [] };
}

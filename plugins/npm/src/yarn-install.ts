/**
 * Whether `yarn install` is immutable (fails instead of rewriting yarn.lock) in a project directory.
 * Yarn berry's `enableImmutableInstalls` defaults to `isCI` (ci-info) from Yarn 3.0.0 and to false in
 * Yarn 2 (yarnpkg/berry CHANGELOG.md 3.0.0, packages/plugin-essentials/sources/index.ts); Yarn
 * classic has no such default and is strict only with `--frozen-lockfile`. Which one runs is read from
 * the checkout: yarnPath, packageManager, devEngines, engines, and the format of yarn.lock.
 * https://yarnpkg.com/configuration/yarnrc#enableImmutableInstalls
 */
import type { CommandContext, CommandVerdict, ShellCommand } from '@inert/core';
import { isInside } from './load/paths.js';
import type { Lockfile, Manifest, NpmModel, StructuredConfig } from './model.js';
import type { YamlDocument } from '@inert/core';
import { declaredVersion, lockMetadataVersion } from './policy/build.js';
import type { ClientVersion } from './policy/types.js';

/** What the npm plugin read about the Yarn of one project directory, for the `yarn` command rule. */
export type YarnFacts = {
  /** The Yarn version the files select, and what said so. */
  version?: ClientVersion;
  /** The nearest yarn.lock at or above the directory: its format (berry has `__metadata`) and path. */
  lock?: { path: string; format: 'berry' | 'classic'; metadataVersion?: number };
  /** `enableImmutableInstalls` in the nearest .yarnrc.yml that sets it; `value` undefined when not a literal boolean. */
  immutable?: { value: boolean | undefined; label: string };
};

export function deepestFirst<T extends { dir: string }>(items: readonly T[], dir: string): T[] {
  return items.filter((i) => isInside(dir, i.dir)).sort((a, b) => b.dir.length - a.dir.length);
}

/** What the files say about the Yarn of `dir`, resolved like Yarn and Corepack would; undefined when no npm-family file is at or above it. */
export function yarnFacts(model: NpmModel, yarnLocks: readonly Lockfile[], dir: string): YarnFacts | undefined {
  const lock = deepestFirst(yarnLocks, dir)[0];
  // Yarn berry reads every .yarnrc.yml from the project up to the root; the deepest that sets a key wins.
  const rcs = deepestFirst(model.yarnrcYmls, dir);
  const pathRc = rcs.find((y) => y.value.yarnPath !== undefined);
  const immutableRc = rcs.find((y) => y.value.enableImmutableInstalls !== undefined);
  // Corepack walks up to the nearest package.json with a packageManager field.
  const manifests = deepestFirst(model.manifests, dir);
  const manifest = manifests.find(selectsYarn) ?? manifests[0];
  if (!lock && rcs.length === 0 && !manifest) return undefined;
  const facts: YarnFacts = {};
  const version = declaredVersion('yarn', manifest, pathRc);
  if (version) facts.version = version;
  if (lock) {
    const metadataVersion = lockMetadataVersion(lock);
    facts.lock = {
      path: lock.path,
      format: lock.client === 'yarn-berry' ? 'berry' : 'classic',
      ...(metadataVersion !== undefined ? { metadataVersion } : {}),
    };
  }
  if (immutableRc) facts.immutable = immutableSetting(immutableRc);
  return facts;
}

function selectsYarn(m: Manifest): boolean {
  const pm = m.json.packageManager;
  return typeof pm === 'string' && pm.startsWith('yarn@');
}

function immutableSetting(rc: StructuredConfig<YamlDocument>): { value: boolean | undefined; label: string } {
  const raw = rc.value.enableImmutableInstalls;
  const value = raw === true || raw === 'true' ? true : raw === false || raw === 'false' ? false : undefined;
  return { value, label: `enableImmutableInstalls: ${String(raw)} in ${rc.path}` };
}

/** The YarnFacts of a context, when the npm plugin prepared one. */
export function yarnFactsOf(context: CommandContext | undefined): YarnFacts | undefined {
  const facts = context?.yarn;
  return typeof facts === 'object' && facts !== null ? (facts as YarnFacts) : undefined;
}

/** The command runs on a CI system (as ci-info, which Yarn and pnpm use, would detect it from the environment). */
export function isCi(c: ShellCommand): boolean {
  const v = c.env.CI;
  return (
    c.origin === 'github-actions' ||
    c.origin === 'gitlab-ci' ||
    (v !== undefined && v !== '' && v !== 'false' && v !== '0')
  );
}

/**
 * `yarn install` (or bare `yarn`) without `--immutable`, `--frozen-lockfile` or `--no-immutable`:
 * strict, lax or undeterminable from the Yarn the project selects and where the command runs.
 */
export function yarnInstallVerdict(c: ShellCommand, facts: YarnFacts | undefined): CommandVerdict {
  const scripts = c.argv.includes('--ignore-scripts') ? ' with --ignore-scripts' : '';
  const lax = (why: string): CommandVerdict => ({
    action: 'install',
    classification: 'lax',
    reason: `yarn install may rewrite yarn.lock: ${why}${scripts}`,
  });
  const strict = (why: string): CommandVerdict => ({
    action: 'install',
    classification: 'strict',
    reason: `yarn install is immutable: ${why}${scripts}`,
  });
  const berry = berryMajor(facts);
  if (berry === 'classic') return lax(`${classicWhy(facts)}; Yarn classic is strict only with --frozen-lockfile`);
  if (berry === undefined) return undeterminable(facts);
  const name = facts?.version ? `Yarn ${facts.version.major} per ${facts.version.from}` : 'Yarn berry';
  // The environment beats .yarnrc.yml, which beats the default.
  const env = c.env.YARN_ENABLE_IMMUTABLE_INSTALLS;
  if (env !== undefined) {
    if (/^(?:true|1)$/i.test(env)) return strict(`YARN_ENABLE_IMMUTABLE_INSTALLS=${env} (${name})`);
    if (/^(?:false|0)$/i.test(env)) return lax(`YARN_ENABLE_IMMUTABLE_INSTALLS=${env} (${name})`);
    return undeterminable(
      facts,
      `YARN_ENABLE_IMMUTABLE_INSTALLS is set to \`${env}\`, which a static read cannot resolve`,
    );
  }
  const setting = facts?.immutable;
  if (setting?.value === true) return strict(`${setting.label} (${name})`);
  if (setting?.value === false) return lax(`${setting.label} (${name})`);
  if (setting) return undeterminable(facts, `${setting.label} is not a literal boolean`);
  if (berry === 2) return lax(`${name} defaults enableImmutableInstalls to false (the CI default arrived in Yarn 3.0)`);
  if (isCi(c)) return strict(`${name} defaults enableImmutableInstalls to true on CI`);
  return lax(`${name} is immutable by default only on CI, and this command does not run on CI`);
}

/** `classic`, 2, 3+ (as 3), or undefined when the files do not say which Yarn runs. */
function berryMajor(facts: YarnFacts | undefined): 'classic' | 2 | 3 | undefined {
  const v = facts?.version;
  if (v) return v.major <= 1 ? 'classic' : v.major === 2 ? 2 : 3;
  // A v1 lock and no pinned berry: Yarn classic installs it (a berry would migrate, i.e. rewrite, it).
  if (facts?.lock?.format === 'classic') return 'classic';
  return undefined;
}

function classicWhy(facts: YarnFacts | undefined): string {
  return facts?.version
    ? `Yarn ${facts.version.major} (${facts.version.from}) is Yarn classic`
    : `${facts?.lock?.path ?? 'yarn.lock'} is Yarn classic's format and nothing pins a Yarn berry`;
}

function undeterminable(facts: YarnFacts | undefined, why?: string): CommandVerdict {
  const what =
    why ??
    (facts?.lock?.format === 'berry'
      ? `${facts.lock.path} is Yarn berry's format, but no packageManager, yarnPath or engines field pins the Yarn that runs (Yarn \u2265 3 is immutable on CI by default; Yarn 2 and Yarn classic, the runner's default, are not)`
      : 'no yarn.lock, packageManager, yarnPath or engines field says which Yarn runs here (Yarn \u2265 3 is immutable on CI by default; Yarn 2 and Yarn classic are not)');
  return {
    action: 'install',
    classification: 'unknown',
    reason: `whether yarn install may rewrite yarn.lock is undeterminable: ${what}`,
    undeterminable: true,
  };
}

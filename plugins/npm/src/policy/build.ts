/**
 * Builds the install-script policy of one lockfile from the client in force and the checkout's settings.
 * npm: https://docs.npmjs.com/cli/v12/configuring-npm/package-json#allowscripts · pnpm:
 * https://pnpm.io/settings/build · yarn: https://yarnpkg.com/configuration/yarnrc#enableScripts · bun:
 * https://bun.sh/docs/pm/lifecycle
 */
import type { Pointer } from '@inert/core';
import { createRequire } from 'node:module';
import { lazyLibrary } from '@inert/core';
import type * as Semver from 'semver';
import type { Client, Lockfile, Manifest, Npmrc, StructuredConfig } from '../model.js';
import type { YamlDocument } from '@inert/core';
import { isRecord } from '../load/package-json.js';
import { npmrcValue } from '../load/npmrc.js';
import { yarnReleaseVersion } from '../load/clients.js';
import type { BerryDefault, ClientVersion, Policy, PolicyRule } from './types.js';

const require = createRequire(import.meta.url);
/** semver (~45 modules) is loaded only when a policy has a version range to evaluate; a failed load throws. */
const semver = lazyLibrary('semver', () => require('semver') as typeof Semver);

/** The files around one lockfile that can carry policy (nearest at or above the lock's directory). */
export interface PolicyContext {
  lock: Lockfile;
  manifest: Manifest | undefined;
  npmrc: Npmrc | undefined;
  yarnrc: Npmrc | undefined;
  yarnrcYml: StructuredConfig<YamlDocument> | undefined;
  pnpmWorkspace: StructuredConfig<YamlDocument> | undefined;
}

export function buildPolicy(ctx: PolicyContext): Policy {
  const client = ctx.lock.client;
  const policy: Policy = { client, version: clientVersion(ctx), rules: [] };
  const ignore = ctx.npmrc && npmrcValue(ctx.npmrc, 'ignore-scripts');
  if (ignore?.value === 'true' && client !== 'bun' && client !== 'yarn-berry') {
    policy.blockAll = {
      at: { file: ctx.npmrc!.path, line: ignore.line },
      label: `ignore-scripts=true in ${ctx.npmrc!.path}`,
    };
  }
  const m = ctx.manifest;
  if (client === 'npm' && m && isRecord(m.json.allowScripts)) {
    // "allowScripts": { "esbuild@0.25.0": true, "core-js": false } (npm ≥ 11.16; enforced in 12)
    for (const [key, allow] of Object.entries(m.json.allowScripts)) {
      const at: Pointer = { doc: m.doc, route: ['allowScripts', key], part: 'key' };
      if (key === '*' && allow === true) policy.allowAll = { at, label: `allowScripts["*"] in ${m.path}` };
      else policy.rules.push(rule(key, allow === true, at, `allowScripts in ${m.path}`, m.path));
    }
  }
  if (client === 'yarn-classic') {
    const y = ctx.yarnrc && npmrcValue(ctx.yarnrc, 'ignore-scripts');
    if (y?.value === 'true')
      policy.blockAll = {
        at: { file: ctx.yarnrc!.path, line: y.line },
        label: `ignore-scripts true in ${ctx.yarnrc!.path}`,
      };
  }
  if (client === 'yarn-berry') berryPolicy(ctx, policy);
  if (client === 'pnpm') pnpmPolicy(ctx, policy);
  if (client === 'bun' && m && Array.isArray(m.json.trustedDependencies)) {
    m.json.trustedDependencies.forEach((name, i) => {
      if (typeof name === 'string')
        policy.rules.push(
          rule(
            name,
            true,
            { doc: m.doc, route: ['trustedDependencies', i], part: 'value' },
            `trustedDependencies in ${m.path}`,
            m.path,
          ),
        );
    });
  }
  return policy;
}

/** `pkg@1.2.3` → pinned; `@s/pkg` → bare. */
function rule(key: string, allow: boolean, at: Pointer, label: string, file: string): PolicyRule {
  const i = key.indexOf('@', 1);
  return {
    name: i < 0 ? key : key.slice(0, i),
    version: i < 0 ? undefined : key.slice(i + 1),
    allow,
    at,
    label,
    file,
    key,
  };
}

function berryPolicy(ctx: PolicyContext, policy: Policy): void {
  const y = ctx.yarnrcYml;
  const at: Pointer | undefined = y && { doc: y.doc, route: ['enableScripts'], part: 'key' };
  const setting = y ? y.value.enableScripts : undefined;
  if (at && (setting === false || setting === 'false'))
    policy.scriptsDisabled = { at, label: `enableScripts: false in ${y!.path}` };
  else if (at && (setting === true || setting === 'true'))
    policy.scriptsEnabled = { at, label: `enableScripts: true in ${y!.path}` };
  else policy.berryDefault = berryDefault(policy.version, lockMetadataVersion(ctx.lock));
  const m = ctx.manifest;
  if (!m || !isRecord(m.json.dependenciesMeta)) return;
  // "dependenciesMeta": { "fsevents": { "built": false }, "esbuild@0.25.0": { "built": true } }
  for (const [key, meta] of Object.entries(m.json.dependenciesMeta)) {
    if (!isRecord(meta) || typeof meta.built !== 'boolean') continue;
    policy.rules.push(
      rule(
        key,
        meta.built,
        { doc: m.doc, route: ['dependenciesMeta', key, 'built'], part: 'key' },
        `dependenciesMeta in ${m.path}`,
        m.path,
      ),
    );
  }
}

/** yarn.lock `__metadata.version`: 8 up to Yarn 4.13, 9 from 4.14 (its LOCKFILE_VERSION). */
export function lockMetadataVersion(lock: Lockfile): number | undefined {
  const m = /^berry (\d{1,4})$/.exec(lock.lockfileVersion);
  return m ? Number(m[1]) : undefined;
}

/**
 * Yarn 4.14.0 changed `enableScripts` from default true to default false, and its `yarn install`
 * sets `enableScripts: true` (in memory and in .yarnrc.yml) when the existing yarn.lock has
 * `__metadata.version` < 9 and no config source sets it (@yarnpkg/cli-dist 4.13.0 vs 4.14.0).
 * So an old lock runs builds on every Yarn berry, and a new lock's fate depends on the version.
 */
export function berryDefault(v: ClientVersion | undefined, lockVersion: number | undefined): BerryDefault {
  const name = v ? `Yarn ${v.major}${v.minor !== undefined ? `.${v.minor}` : '.x'} (${v.from})` : 'Yarn berry';
  const known = v !== undefined && (v.major !== 4 || v.minor !== undefined);
  const flipped = known && (v.major > 4 || (v.major === 4 && (v.minor ?? 0) >= 14));
  if (known && !flipped) return { state: 'on', label: `${name}, where enableScripts defaults to true` };
  if (lockVersion !== undefined && lockVersion < 9) {
    const lock = `this yarn.lock (__metadata.version ${lockVersion}, older than Yarn 4.14)`;
    return known
      ? { state: 'on', label: `${name}, which turns enableScripts on when \`yarn install\` migrates ${lock}` }
      : {
          state: 'on',
          label: `Yarn berry of any version: enableScripts defaults to true before 4.14, and 4.14+ turns it on when \`yarn install\` migrates ${lock}`,
        };
  }
  if (flipped) return { state: 'off', label: `the Yarn 4.14+ default enableScripts: false (${name})` };
  return {
    state: 'unknown',
    label: `${name}: enableScripts defaults to true before Yarn 4.14 and to false from 4.14, and the checkout does not pin the version`,
  };
}

function pnpmPolicy(ctx: PolicyContext, policy: Policy): void {
  // pnpm-workspace.yaml wins; package.json "pnpm" is the older home of the same settings
  const ws = ctx.pnpmWorkspace;
  const m = ctx.manifest;
  const sources: { value: Record<string, unknown>; at: (route: (string | number)[]) => Pointer; path: string }[] = [];
  if (ws) sources.push({ value: ws.value, at: (route) => ({ doc: ws.doc, route, part: 'value' }), path: ws.path });
  if (m && isRecord(m.json.pnpm)) {
    const pnpm = m.json.pnpm;
    sources.push({
      value: pnpm,
      at: (route) => ({ doc: m.doc, route: ['pnpm', ...route], part: 'value' }),
      path: `${m.path} "pnpm"`,
    });
  }
  for (const { value, at, path } of sources) {
    if (value.ignoreScripts === true)
      policy.blockAll ??= { at: at(['ignoreScripts']), label: `ignoreScripts: true in ${path}` };
    if (value.dangerouslyAllowAllBuilds === true)
      policy.allowAll ??= {
        at: at(['dangerouslyAllowAllBuilds']),
        label: `dangerouslyAllowAllBuilds: true in ${path}`,
      };
    const list = (key: string, allow: boolean) => {
      const v = value[key];
      if (!Array.isArray(v)) return false;
      v.forEach((item, i) => {
        if (typeof item === 'string') policy.rules.push(rule(item, allow, at([key, i]), `${key} in ${path}`, path));
      });
      return true;
    };
    if (list('onlyBuiltDependencies', true))
      policy.allowlist ??= { at: at(['onlyBuiltDependencies']), label: `onlyBuiltDependencies in ${path}` };
    if (typeof value.onlyBuiltDependenciesFile === 'string')
      policy.allowlist ??= {
        at: at(['onlyBuiltDependenciesFile']),
        label: `onlyBuiltDependenciesFile in ${path} (its list is not read)`,
      };
    list('ignoredBuiltDependencies', false);
    if (isRecord(value.allowBuilds)) {
      // allowBuilds: { esbuild: true, core-js: false, ghooks: warn } (pnpm ≥ 10.26; the only form in 11)
      for (const [key, allow] of Object.entries(value.allowBuilds))
        policy.rules.push(rule(key, allow === true, at(['allowBuilds', key]), `allowBuilds in ${path}`, path));
      policy.allowlist ??= { at: at(['allowBuilds']), label: `allowBuilds in ${path}` };
    }
    if (list('neverBuiltDependencies', false) && !policy.allowlist)
      policy.denylistOnly ??= { at: at(['neverBuiltDependencies']), label: `neverBuiltDependencies in ${path}` };
  }
  if (policy.allowlist) delete policy.denylistOnly;
}

/** The client version in force: Yarn's yarnPath release, packageManager, devEngines, engines, then the lockfile format. */
export function clientVersion(ctx: PolicyContext): ClientVersion | undefined {
  const version = declaredVersion(familyOf(ctx.lock.client), ctx.manifest, ctx.yarnrcYml);
  if (version) return version;
  // lockfileVersion 5.x/6.0 are written by pnpm ≤ 8 only
  if (ctx.lock.client === 'pnpm' && /^[56]\./.test(ctx.lock.lockfileVersion))
    return { major: 8, from: `lockfileVersion ${ctx.lock.lockfileVersion}` };
  return undefined;
}

/**
 * The client version a project's files select, without its lockfile: Yarn's yarnPath release, then
 * packageManager, devEngines and engines of the manifest (`family` is `npm`, `yarn`, `pnpm` or `bun`).
 */
export function declaredVersion(
  family: string,
  manifest: Manifest | undefined,
  yarnrcYml: StructuredConfig<YamlDocument> | undefined,
): ClientVersion | undefined {
  const json = manifest?.json ?? {};
  // a yarnPath release is what every yarn command runs, whatever launched it (Corepack included)
  const release = family === 'yarn' && yarnrcYml ? yarnReleaseVersion(yarnrcYml.value.yarnPath) : undefined;
  if (release)
    return {
      ...majorMinor(release),
      from: `yarnPath ${String(yarnrcYml!.value.yarnPath)} in ${yarnrcYml!.path}`,
    };
  const pm =
    typeof json.packageManager === 'string'
      ? /^(npm|pnpm|yarn|bun)@v?(\d{1,9})(?:\.(\d{1,9}))?/.exec(json.packageManager)
      : null;
  if (pm && pm[1] === family)
    return {
      major: Number(pm[2]),
      ...(pm[3] !== undefined ? { minor: Number(pm[3]) } : {}),
      from: `packageManager "${json.packageManager as string}"`,
    };
  const dev = isRecord(json.devEngines) ? json.devEngines.packageManager : undefined;
  for (const d of Array.isArray(dev) ? dev : [dev]) {
    if (isRecord(d) && d.name === family && typeof d.version === 'string') {
      const min = minVersion(d.version);
      if (min) return { ...min, from: `devEngines.packageManager ${family}@${d.version}` };
    }
  }
  const engine = isRecord(json.engines) ? json.engines[family] : undefined;
  if (typeof engine === 'string') {
    const min = minVersion(engine);
    if (min) return { ...min, from: `engines.${family} "${engine}"` };
  }
  return undefined;
}

function majorMinor(version: string): { major: number; minor: number } {
  const [major, minor] = version.split('.').map(Number);
  return { major: major!, minor: minor! };
}

export function familyOf(client: Client): string {
  return client === 'yarn-classic' || client === 'yarn-berry' ? 'yarn' : client;
}

/** The oldest version a range admits: machines lag, so the older behaviour is the one to assume. */
function minVersion(range: string): { major: number; minor: number } | undefined {
  const { validRange, minVersion: lowest } = semver();
  try {
    if (!validRange(range)) return undefined;
    const min = lowest(range);
    return min ? { major: min.major, minor: min.minor } : undefined;
  } catch {
    return undefined;
  }
}

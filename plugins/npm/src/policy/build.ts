/**
 * Builds the install-script policy of one lockfile from the client in force and the checkout's settings.
 * npm: https://docs.npmjs.com/cli/v12/configuring-npm/package-json#allowscripts · pnpm:
 * https://pnpm.io/settings/build · yarn: https://yarnpkg.com/configuration/yarnrc#enableScripts · bun:
 * https://bun.sh/docs/pm/lifecycle
 */
import type { Pointer } from '@inert/core';
import { createRequire } from 'node:module';
import type * as Semver from 'semver';
import type { Client, Lockfile, Manifest, Npmrc, StructuredConfig } from '../model.js';
import type { YamlDocument } from '@inert/core';
import { isRecord } from '../load/package-json.js';
import { npmrcValue } from '../load/npmrc.js';
import type { ClientVersion, Policy, PolicyRule } from './types.js';

const require = createRequire(import.meta.url);
let semverLib: typeof Semver | undefined;
/** semver (~45 modules) is loaded only when a policy has a version range to evaluate. */
const semver = (): typeof Semver => (semverLib ??= require('semver') as typeof Semver);

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
    policy.blockAll = { at: { file: ctx.npmrc!.path, line: ignore.line }, label: `ignore-scripts=true in ${ctx.npmrc!.path}` };
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
    if (y?.value === 'true') policy.blockAll = { at: { file: ctx.yarnrc!.path, line: y.line }, label: `ignore-scripts true in ${ctx.yarnrc!.path}` };
  }
  if (client === 'yarn-berry') berryPolicy(ctx, policy);
  if (client === 'pnpm') pnpmPolicy(ctx, policy);
  if (client === 'bun' && m && Array.isArray(m.json.trustedDependencies)) {
    m.json.trustedDependencies.forEach((name, i) => {
      if (typeof name === 'string') policy.rules.push(rule(name, true, { doc: m.doc, route: ['trustedDependencies', i], part: 'value' }, `trustedDependencies in ${m.path}`, m.path));
    });
  }
  return policy;
}

/** `pkg@1.2.3` → pinned; `@s/pkg` → bare. */
function rule(key: string, allow: boolean, at: Pointer, label: string, file: string): PolicyRule {
  const i = key.indexOf('@', 1);
  return { name: i < 0 ? key : key.slice(0, i), version: i < 0 ? undefined : key.slice(i + 1), allow, at, label, file, key };
}

function berryPolicy(ctx: PolicyContext, policy: Policy): void {
  const y = ctx.yarnrcYml;
  if (y && y.value.enableScripts === false) policy.scriptsDisabled = { at: { doc: y.doc, route: ['enableScripts'], part: 'key' }, label: `enableScripts: false in ${y.path}` };
  const m = ctx.manifest;
  if (!m || !isRecord(m.json.dependenciesMeta)) return;
  // "dependenciesMeta": { "fsevents": { "built": false }, "esbuild@0.25.0": { "built": true } }
  for (const [key, meta] of Object.entries(m.json.dependenciesMeta)) {
    if (!isRecord(meta) || typeof meta.built !== 'boolean') continue;
    policy.rules.push(rule(key, meta.built, { doc: m.doc, route: ['dependenciesMeta', key, 'built'], part: 'key' }, `dependenciesMeta in ${m.path}`, m.path));
  }
}

function pnpmPolicy(ctx: PolicyContext, policy: Policy): void {
  // pnpm-workspace.yaml wins; package.json "pnpm" is the older home of the same settings
  const ws = ctx.pnpmWorkspace;
  const m = ctx.manifest;
  const sources: { value: Record<string, unknown>; at: (route: (string | number)[]) => Pointer; path: string }[] = [];
  if (ws) sources.push({ value: ws.value, at: (route) => ({ doc: ws.doc, route, part: 'value' }), path: ws.path });
  if (m && isRecord(m.json.pnpm)) {
    const pnpm = m.json.pnpm;
    sources.push({ value: pnpm, at: (route) => ({ doc: m.doc, route: ['pnpm', ...route], part: 'value' }), path: `${m.path} "pnpm"` });
  }
  for (const { value, at, path } of sources) {
    if (value.ignoreScripts === true) policy.blockAll ??= { at: at(['ignoreScripts']), label: `ignoreScripts: true in ${path}` };
    if (value.dangerouslyAllowAllBuilds === true) policy.allowAll ??= { at: at(['dangerouslyAllowAllBuilds']), label: `dangerouslyAllowAllBuilds: true in ${path}` };
    const list = (key: string, allow: boolean) => {
      const v = value[key];
      if (!Array.isArray(v)) return false;
      v.forEach((item, i) => { if (typeof item === 'string') policy.rules.push(rule(item, allow, at([key, i]), `${key} in ${path}`, path)); });
      return true;
    };
    if (list('onlyBuiltDependencies', true)) policy.allowlist ??= { at: at(['onlyBuiltDependencies']), label: `onlyBuiltDependencies in ${path}` };
    if (typeof value.onlyBuiltDependenciesFile === 'string') policy.allowlist ??= { at: at(['onlyBuiltDependenciesFile']), label: `onlyBuiltDependenciesFile in ${path} (its list is not read)` };
    list('ignoredBuiltDependencies', false);
    if (isRecord(value.allowBuilds)) {
      // allowBuilds: { esbuild: true, core-js: false, ghooks: warn } (pnpm ≥ 10.26; the only form in 11)
      for (const [key, allow] of Object.entries(value.allowBuilds)) policy.rules.push(rule(key, allow === true, at(['allowBuilds', key]), `allowBuilds in ${path}`, path));
      policy.allowlist ??= { at: at(['allowBuilds']), label: `allowBuilds in ${path}` };
    }
    if (list('neverBuiltDependencies', false) && !policy.allowlist) policy.denylistOnly ??= { at: at(['neverBuiltDependencies']), label: `neverBuiltDependencies in ${path}` };
  }
  if (policy.allowlist) delete policy.denylistOnly;
}

/** The client major version in force: packageManager, devEngines, engines, then the lockfile format. */
export function clientVersion(ctx: PolicyContext): ClientVersion | undefined {
  const family = familyOf(ctx.lock.client);
  const json = ctx.manifest?.json ?? {};
  const pm = typeof json.packageManager === 'string' ? /^(npm|pnpm|yarn|bun)@v?(\d+)/.exec(json.packageManager) : null;
  if (pm && pm[1] === family) return { major: Number(pm[2]), from: `packageManager "${json.packageManager as string}"` };
  const dev = isRecord(json.devEngines) ? json.devEngines.packageManager : undefined;
  for (const d of Array.isArray(dev) ? dev : [dev]) {
    if (isRecord(d) && d.name === family && typeof d.version === 'string') {
      const major = minMajor(d.version);
      if (major !== undefined) return { major, from: `devEngines.packageManager ${family}@${d.version}` };
    }
  }
  const engine = isRecord(json.engines) ? json.engines[family] : undefined;
  if (typeof engine === 'string') {
    const major = minMajor(engine);
    if (major !== undefined) return { major, from: `engines.${family} "${engine}"` };
  }
  // lockfileVersion 5.x/6.0 are written by pnpm ≤ 8 only
  if (ctx.lock.client === 'pnpm' && /^[56]\./.test(ctx.lock.lockfileVersion)) return { major: 8, from: `lockfileVersion ${ctx.lock.lockfileVersion}` };
  return undefined;
}

export function familyOf(client: Client): string {
  return client === 'yarn-classic' || client === 'yarn-berry' ? 'yarn' : client;
}

/** The oldest major a range admits: machines lag, so the older behaviour is the one to assume. */
function minMajor(range: string): number | undefined {
  try {
    if (!semver().validRange(range)) return undefined;
    return semver().minVersion(range)?.major;
  } catch {
    return undefined;
  }
}

/**
 * Registry settings from every config format: .npmrc `registry`/`@scope:registry`, .yarnrc `registry`,
 * .yarnrc.yml `npmRegistryServer`/`npmScopes`, bunfig.toml `[install] registry`/`[install.scopes]`.
 * https://docs.npmjs.com/cli/using-npm/scope#associating-a-scope-with-a-registry · https://yarnpkg.com/configuration/yarnrc#npmScopes · https://bun.sh/docs/runtime/bunfig#install-registry
 */
import type { Locatable, Pointer } from '@inert/core';
import type { Npmrc, RegistrySetting, StructuredConfig } from '../model.js';
import { isRecord } from './package-json.js';

export function npmrcRegistries(rc: Npmrc): RegistrySetting[] {
  const out: RegistrySetting[] = [];
  for (const e of rc.entries) {
    // registry=https://r.example/ · @acme:registry=https://npm.acme.dev/
    const scoped = /^(@[^:]+):registry$/.exec(e.key);
    if (e.key !== 'registry' && !scoped) continue;
    out.push({
      url: e.value,
      scope: scoped?.[1],
      file: rc.path,
      dir: rc.dir,
      at: { file: rc.path, line: e.line, column: e.valueColumn },
      line: e.line,
      key: e.key,
    });
  }
  return out;
}

export function yarnrcYmlRegistries(y: StructuredConfig<Locatable>): RegistrySetting[] {
  const found: { url: string; scope: string | undefined; route: (string | number)[] }[] = [];
  if (typeof y.value.npmRegistryServer === 'string')
    found.push({ url: y.value.npmRegistryServer, scope: undefined, route: ['npmRegistryServer'] });
  if (isRecord(y.value.npmScopes)) {
    for (const [scope, conf] of Object.entries(y.value.npmScopes)) {
      if (isRecord(conf) && typeof conf.npmRegistryServer === 'string')
        found.push({
          url: conf.npmRegistryServer,
          scope: `@${scope.replace(/^@/, '')}`,
          route: ['npmScopes', scope, 'npmRegistryServer'],
        });
    }
  }
  return located(y, found);
}

export function bunfigRegistries(b: StructuredConfig<Locatable>): RegistrySetting[] {
  const install = isRecord(b.value.install) ? b.value.install : {};
  const found: { url: string; scope: string | undefined; route: (string | number)[] }[] = [];
  // registry = "https://…" or registry = { url = "https://…", token = "…" }
  const url = (v: unknown) =>
    typeof v === 'string' ? v : isRecord(v) && typeof v.url === 'string' ? v.url : undefined;
  const def = url(install.registry);
  if (def) found.push({ url: def, scope: undefined, route: ['install', 'registry'] });
  if (isRecord(install.scopes)) {
    for (const [scope, conf] of Object.entries(install.scopes)) {
      const u = url(conf);
      if (u) found.push({ url: u, scope: `@${scope.replace(/^@/, '')}`, route: ['install', 'scopes', scope] });
    }
  }
  return located(b, found);
}

function located(
  c: StructuredConfig<Locatable>,
  found: { url: string; scope: string | undefined; route: (string | number)[] }[],
): RegistrySetting[] {
  const spans = c.doc.locate(found.map((f) => ({ route: f.route, part: 'value' as const })));
  return found.map((f, i) => {
    const at: Pointer = { doc: c.doc, route: f.route, part: 'value' };
    return {
      url: f.url,
      scope: f.scope,
      file: c.path,
      dir: c.dir,
      at,
      line: spans[i]?.line ?? 1,
      key: f.route.join('.'),
    };
  });
}

/** The host of a URL, lowercased; undefined when it is not a URL. */
// `http(s)://host/…` where the host is plain ASCII letters, digits, dots and hyphens whose last label
// starts with a letter (no IPv4 forms), with no port, userinfo, punycode (`xn--`) or anything else the
// URL parser would normalise or refuse: the URL parser would give the same lower-cased hostname.
const PLAIN_HOST = /^(?:git\+)?https?:\/\/((?:[a-z0-9-]*\.)*[a-z][a-z0-9-]*\.?)(?=[/?#]|$)/i;

export function hostOf(url: string): string | undefined {
  // Lock entries are tens of thousands of registry URLs: skip the URL parser for the plain ones.
  const plain = PLAIN_HOST.exec(url);
  if (plain && !/(?:^|\.)xn--/i.test(plain[1]!)) return plain[1]!.toLowerCase();
  try {
    return new URL(url.replace(/^git\+/, '')).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Registries every client knows without configuration. */
export const DEFAULT_REGISTRY_HOSTS: ReadonlySet<string> = new Set([
  'registry.npmjs.org',
  'registry.yarnpkg.com',
  'registry.npmjs.com',
]);

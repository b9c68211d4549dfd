/** Applies an offline OSV database to the scan's inventory: findings for MAL- matches, advisories for the rest. */
import type { CheckMeta, Hit } from '../check.js';
import type { Inventory, InventoryAdvisory } from '../inventory.js';
import { knownMaliciousVersion, knownVulnerableVersion } from './checks.js';
import type { OsvDatabase } from './database.js';
import type { HasOsvDescriptor } from './descriptor.js';
import { matchVersion } from './match.js';

const metas = new Map<string, CheckMeta>();

/**
 * One metadata object per ecosystem and check, shared by the catalogue and the findings; its text says
 * where the plugin's versions come from (its descriptor's `source`, a lockfile when absent).
 */
export function osvCheck(
  kind: 'malicious' | 'vulnerable',
  plugin: HasOsvDescriptor & { readonly ecosystem: string },
): CheckMeta {
  const { ecosystem } = plugin;
  const key = `${kind}:${ecosystem}`;
  let meta = metas.get(key);
  if (!meta)
    metas.set(
      key,
      (meta =
        kind === 'malicious'
          ? knownMaliciousVersion(ecosystem, plugin.osv?.source)
          : knownVulnerableVersion(ecosystem, plugin.osv?.source)),
    );
  return meta;
}

export interface OsvHit {
  meta: CheckMeta;
  ecosystem: string;
  hit: Hit;
}

/**
 * Matches the inventory's locked versions against `db`, each package through the OSV ecosystem its
 * plugin describes. A plugin with a descriptor the database was not loaded with is an error, not a
 * silent "no match": load the database with the plugins you scan with.
 */
export function applyOsv(
  inventory: Inventory,
  db: OsvDatabase,
  reportVulnerabilities: boolean,
  plugins: readonly (HasOsvDescriptor & { readonly ecosystem: string })[],
): { hits: OsvHit[]; advisories: InventoryAdvisory[] } {
  const osvEcosystem = new Map<string, string>();
  const byEcosystem = new Map(plugins.map((p) => [p.ecosystem, p]));
  for (const p of plugins) {
    if (!p.osv) continue;
    if (!db.ecosystems.has(p.osv.ecosystem))
      throw new Error(
        `the OSV database was loaded without the ${p.ecosystem} plugin (OSV ecosystem "${p.osv.ecosystem}"): load it with the plugins the scan runs`,
      );
    osvEcosystem.set(p.ecosystem, p.osv.ecosystem);
  }
  const hits: OsvHit[] = [];
  const advisories: InventoryAdvisory[] = [];
  for (const pkg of inventory.packages) {
    const osvEco = osvEcosystem.get(pkg.ecosystem);
    if (!osvEco || pkg.version === undefined) continue;
    for (const { advisory, how } of matchVersion(db, osvEco, pkg.name, pkg.version)) {
      advisories.push({
        ecosystem: pkg.ecosystem,
        id: advisory.id,
        package: pkg.name,
        version: pkg.version,
        malicious: advisory.malicious,
        ...(advisory.summary ? { summary: advisory.summary } : {}),
        match: how,
      });
      const data = { name: pkg.name, version: pkg.version, id: advisory.id, summary: advisory.summary ?? '' };
      const base = {
        data,
        at: { file: pkg.file, line: pkg.line ?? 1 },
        package: { name: pkg.name, version: pkg.version },
        key: `${pkg.name}@${pkg.version}:${advisory.id}`,
      };
      if (advisory.malicious) {
        hits.push({
          meta: osvCheck('malicious', byEcosystem.get(pkg.ecosystem)!),
          ecosystem: pkg.ecosystem,
          hit:
            how === 'could-not-compare'
              ? { ...base, messageId: 'unsure', severity: 'high', confidence: 'low' }
              : { ...base, messageId: 'malicious' },
        });
      } else if (reportVulnerabilities && how !== 'could-not-compare') {
        hits.push({
          meta: osvCheck('vulnerable', byEcosystem.get(pkg.ecosystem)!),
          ecosystem: pkg.ecosystem,
          hit: { ...base, messageId: 'vulnerable' },
        });
      }
    }
  }
  return { hits, advisories };
}

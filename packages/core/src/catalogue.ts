/** The catalogue of checks a set of plugins provides, with qualified ids and docs paths. */
import type { CheckMeta } from './check.js';
import { CORE_CHECKS } from './core-checks.js';
import type { AnyPlugin } from './plugin.js';
import { osvCheck } from './osv/apply.js';
import { rulesOf } from './plugin-parts.js';
import type { ResultEcosystem, ResultRule } from './result.js';

export interface QualifiedCheck {
  /** `<ecosystem>/<id>`. */
  qualifiedId: string;
  ecosystem: string;
  meta: CheckMeta;
  /** Relative to the repository root: `docs/checks/<ecosystem>/<id>.md`. */
  docsPath: string;
  /** The corpus folder its examples live in (`corpus/<group>/`): the ecosystem, or `osv`. */
  corpusGroup: string;
}

/** Core checks first, then each plugin's checks in its declared order. */
export function catalogue(plugins: readonly AnyPlugin[]): QualifiedCheck[] {
  const entry = (ecosystem: string, meta: CheckMeta, corpusGroup = ecosystem): QualifiedCheck => ({
    qualifiedId: `${ecosystem}/${meta.id}`,
    ecosystem,
    meta,
    docsPath: `docs/checks/${ecosystem}/${meta.id}.md`,
    corpusGroup,
  });
  return [
    ...CORE_CHECKS.map((m) => entry('core', m)),
    ...plugins.flatMap((p) => [
      ...rulesOf(p).map((c: CheckMeta) => entry(p.ecosystem, c)),
      // Blast radius: every ecosystem whose locks the OSV matcher reads.
      ...(p.osv
        ? [entry(p.ecosystem, osvCheck('malicious', p), 'osv'), entry(p.ecosystem, osvCheck('vulnerable', p), 'osv')]
        : []),
    ]),
  ];
}

/** A check as the result carries it (`ScanResult.rules`): what reporters show, nothing they do not. */
export function resultRule(check: QualifiedCheck): ResultRule {
  const m = check.meta;
  return {
    id: check.qualifiedId,
    ecosystem: check.ecosystem,
    question: m.question,
    title: m.title,
    description: m.description,
    remediation: m.remediation,
    limitations: m.limitations,
    severity: m.severity,
    confidence: m.confidence,
    docsPath: check.docsPath,
  };
}

/** The plugins' threat-model data for the ecosystems in `answered`, as the result carries it (`ScanResult.ecosystems`). */
export function resultEcosystems(plugins: readonly AnyPlugin[], answered: ReadonlySet<string>): ResultEcosystem[] {
  return plugins
    .filter((p) => answered.has(p.ecosystem))
    .map((p) => ({
      ecosystem: p.ecosystem,
      title: p.title,
      profile: p.profile,
      ...(p.alternativeClients ? { alternativeClients: p.alternativeClients } : {}),
      ...(p.threatModelPages ? { threatModelPages: p.threatModelPages } : {}),
    }));
}

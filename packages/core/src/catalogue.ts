/** The catalogue of checks a set of plugins provides, with qualified ids and docs paths. */
import type { CheckMeta } from './check.js';
import { CORE_CHECKS } from './core-checks.js';
import type { AnyPlugin } from './plugin.js';
import { osvCheck } from './osv/apply.js';

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
      ...p.checks.map((c: CheckMeta) => entry(p.ecosystem, c)),
      // Blast radius: every ecosystem whose locks the OSV matcher reads.
      ...(p.osv
        ? [entry(p.ecosystem, osvCheck('malicious', p), 'osv'), entry(p.ecosystem, osvCheck('vulnerable', p), 'osv')]
        : []),
    ]),
  ];
}

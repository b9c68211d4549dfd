/** The design facts of the threat model, fitted to the checkout's client versions: their order and their text. */
import { describeClients, fitFact, groupClients, type FactFit } from '../client-versions.js';
import type { InventoryClient } from '../inventory.js';
import type { DesignFact } from '../plugin.js';
import type { Inline } from './doc.js';

export function clientList(clients: readonly InventoryClient[]): Inline[] {
  return groupClients(clients).flatMap(({ first, described, count }, i): Inline[] => [
    i === 0 ? '' : '; ',
    { strong: described },
    ` (${first.evidence}, `,
    { code: `${first.file}${first.line ? `:${first.line}` : ''}` },
    `${count > 1 ? ` and ${count - 1} more` : ''})`,
  ]);
}

const FIT_ORDER: Record<FactFit['status'], number> = {
  applies: 0,
  'may-apply': 1,
  unknown: 1,
  'does-not-apply': 2,
  'other-client': 3,
};

/** Facts that apply to the checkout's clients first, those that do not last; otherwise profile order. */
export function orderFacts(
  facts: readonly DesignFact[],
  clients: readonly InventoryClient[],
  alternatives: readonly string[],
): { fact: DesignFact; fit: FactFit | undefined }[] {
  const fitted = facts.map((fact) => ({
    fact,
    fit: fact.applies ? fitFact(fact.applies, clients, alternatives) : undefined,
  }));
  return fitted
    .map((f, i) => ({ ...f, i }))
    .sort((a, b) => FIT_ORDER[a.fit?.status ?? 'unknown'] - FIT_ORDER[b.fit?.status ?? 'unknown'] || a.i - b.i);
}

export function factItem(fact: DesignFact, fit: FactFit | undefined): Inline[] {
  // Facts, versions and unverified notes are plugin metadata (trusted, with `code` marks); only findings carry checkout text.
  const out: Inline[] = [
    { rich: fact.fact },
    ...(fact.versions ? [' ', { strong: 'Versions:' }, ' ', { rich: fact.versions }, '.'] : []),
  ];
  if (fit?.status === 'other-client') {
    out.push(
      ` About ${fact.applies!.client}, where this checkout's install files are for ${fit.clients.join(' and ')}.`,
    );
  } else if (fit && fit.status !== 'unknown') {
    const label =
      fit.status === 'applies' ? 'Applies to' : fit.status === 'may-apply' ? 'May apply to' : 'Does not apply to';
    out.push(' ', { strong: `${label} this checkout's ${describeClients(fit.basis)}.` });
  } else if (fit && (fact.applies!.since !== undefined || fact.applies!.until !== undefined)) {
    out.push(` The checkout does not say which ${fact.applies!.client} version it uses.`);
  }
  if (fact.unverified) out.push(' ', { strong: 'Unverified:' }, ' ', { rich: fact.unverified }, '.');
  out.push(' ', { link: 'source', href: fact.source });
  return out;
}

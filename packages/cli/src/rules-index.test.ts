/**
 * Each plugin's `src/rules.ts` is a hand-written index of its checks' metadata modules
 * (`checks/<id>.meta.ts`, docs/decisions/0031). A scan reads the rules and loads the checks only when
 * the plugin claims a file (docs/decisions/0029), so an index that lists other metadata, or the same
 * in another order, than `checks/index.ts` would put one text in the report and docs and run another.
 */
import { isDeepStrictEqual } from 'node:util';
import { checksOf, rulesOf, type CheckMeta } from '@inert/core';
import { describe, expect, it } from 'vitest';
import { PLUGINS } from './plugins.js';

/**
 * How a plugin's rules differ from its loaded checks: ids and order, each rule's fields and their
 * order, and each field's value, which must be the metadata module's own (the check spreads it), not
 * a copy that happens to be equal today.
 */
function mismatches(rules: readonly CheckMeta[], checks: readonly object[]): string[] {
  const problems: string[] = [];
  const ids = (list: readonly object[]) => list.map((x) => (x as { id?: unknown }).id).join(', ');
  if (ids(rules) !== ids(checks)) problems.push(`ids or order: rules [${ids(rules)}], checks [${ids(checks)}]`);
  rules.forEach((rule, i) => {
    const check = checks[i] as Record<string, unknown> | undefined;
    if (!check || check['id'] !== rule.id) return;
    const fields = Object.keys(check).filter((key) => key !== 'run');
    if (Object.keys(rule).join() !== fields.join())
      problems.push(`${rule.id}: fields [${Object.keys(rule).join()}], the check's [${fields.join()}]`);
    for (const key of fields) {
      const value = (rule as unknown as Record<string, unknown>)[key];
      if (!isDeepStrictEqual(value, check[key])) problems.push(`${rule.id}: ${key} differs`);
      else if (value !== check[key]) problems.push(`${rule.id}: ${key} is a copy of the metadata module's`);
    }
  });
  return problems;
}

describe('rules indexes', () => {
  for (const plugin of PLUGINS)
    it(`${plugin.ecosystem}: its rules are its checks' metadata modules, in the checks' order`, async () => {
      expect(plugin.checks, 'the bin loads checks by need').toBeUndefined();
      const rules = rulesOf(plugin);
      const checks = await checksOf(plugin);
      expect(mismatches(rules, checks)).toEqual([]);
      // The report and the docs print the rules: what reaches them is exactly the checks' metadata.
      const metadata = checks.map((c) => Object.fromEntries(Object.entries(c).filter(([key]) => key !== 'run')));
      expect(JSON.stringify(rules)).toBe(JSON.stringify(metadata));
    });

  it('finds a rule out of order, a missing or extra rule, a changed field and a copied one', async () => {
    const [npm] = PLUGINS;
    const rules = rulesOf(npm!);
    const checks = await checksOf(npm!);
    const [first, second, ...rest] = rules;
    expect(mismatches([second!, first!, ...rest], checks)[0]).toMatch(/^ids or order: rules \[/);
    expect(mismatches(rules.slice(1), checks)).toHaveLength(1);
    expect(mismatches([...rules, first!], checks)).toHaveLength(1);
    const changed = { ...first!, messages: { ...first!.messages, extra: 'a message the check does not have' } };
    expect(mismatches([changed, second!, ...rest], checks)).toEqual([`${first!.id}: messages differs`]);
    const copied = structuredClone(first!);
    expect(mismatches([copied, second!, ...rest], checks)).toEqual(
      Object.entries(first!)
        .filter(([, value]) => typeof value === 'object')
        .map(([key]) => `${first!.id}: ${key} is a copy of the metadata module's`),
    );
    const reordered = Object.fromEntries(Object.entries(first!).reverse()) as unknown as CheckMeta;
    expect(mismatches([reordered, second!, ...rest], checks)[0]).toMatch(/: fields \[/);
  });

  it('loads a plugin’s checks once and rejects checks that differ from its rules', async () => {
    const [npm] = PLUGINS;
    expect(await checksOf(npm!)).toBe(await checksOf(npm!));
    const loaded = await checksOf(npm!);
    const shuffled = { ...npm!, loadChecks: () => Promise.resolve([...loaded].reverse()) };
    await expect(checksOf(shuffled)).rejects.toThrow(/loaded checks .* differ from its rules/);
    const missing = { ...npm!, loadChecks: () => Promise.reject(new Error('Cannot find module')) };
    await expect(checksOf(missing)).rejects.toThrow(/Cannot find module/);
  });
});

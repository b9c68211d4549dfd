/**
 * docs/threat-model/**: every version bound a page states for a fact the checks use is the profile's
 * (#22.6; the page structure and quoted facts are tested in test/threat-model-pages.test.ts). Pages come
 * from the plugins' `threatModelPages`, which the report links, so a plugin naming a missing page fails here.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DesignFact } from '@inert/core';
import { PLUGINS } from '../plugins.js';
import { compareFact } from './prose-facts.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const read = (path: string) => readFile(`${root}${path}`, 'utf8');

/** How a page writes each client's name. */
const DISPLAY: Record<string, string> = { npm: 'npm', yarn: 'Yarn', pnpm: 'pnpm', bun: 'Bun', pip: 'pip', setuptools: 'setuptools', uv: 'uv', poetry: 'Poetry', cargo: 'Cargo', bundler: 'Bundler', rubygems: 'RubyGems', go: 'Go', gradle: 'Gradle' };

/** Names the pages give to version lines. */
const ALIASES: Record<string, Record<string, string>> = { yarn: { classic: '1', berry: '2' } };

const clientPages = [...new Set(PLUGINS.flatMap((p) => Object.values(p.threatModelPages?.clients ?? {})))];
const registryPages = [...new Set(PLUGINS.flatMap((p) => (p.threatModelPages?.registries ?? []).map((r) => r.page)))];

describe('docs/threat-model pages', () => {
  it('are named by the plugins: 11 clients and 6 registries', () => {
    expect(clientPages).toHaveLength(11);
    expect(registryPages).toHaveLength(6);
    expect([...clientPages, ...registryPages].filter((p) => !existsSync(`${root}${p}`))).toEqual([]);
  });

  it('the index and every ecosystem page link to every page', async () => {
    const index = await read('docs/threat-model/README.md');
    const missing = [...clientPages, ...registryPages].filter((p) => !index.includes(`](${p.slice('docs/threat-model/'.length)})`));
    for (const plugin of PLUGINS) {
      if (!plugin.threatModelPages) continue;
      const eco = await read(`docs/ecosystems/${plugin.ecosystem}.md`);
      const pages = [...Object.values(plugin.threatModelPages.clients), ...plugin.threatModelPages.registries.map((r) => r.page)];
      missing.push(...pages.filter((p) => !eco.includes(`](../${p.slice('docs/'.length)})`)).map((p) => `${plugin.ecosystem}: ${p}`));
    }
    expect(missing).toEqual([]);
  });
});

describe('version facts in the prose agree with the profiles', () => {
  const facts = PLUGINS.flatMap((plugin) => {
    const all = Object.values(plugin.profile).flat() as DesignFact[];
    return all.filter((f) => f.applies && (f.applies.since || f.applies.until) && plugin.threatModelPages?.clients[f.applies.client])
      .map((fact) => ({ fact, siblings: all.filter((f) => f.applies?.client === fact.applies!.client), page: plugin.threatModelPages!.clients[fact.applies!.client]! }));
  });

  it('for every versioned fact a page states', async () => {
    const disagreements: string[] = [];
    let compared = 0;
    for (const { fact, siblings, page } of facts) {
      const result = compareFact(fact, siblings, await read(page), DISPLAY[fact.applies!.client]!, ALIASES[fact.applies!.client]);
      if (result.stated.length > 0) compared++;
      if (result.missing.length > 0) disagreements.push(`${page}: profile says ${fact.applies!.client} ${JSON.stringify(fact.applies)} for "${fact.fact.slice(0, 80)}…", the prose that states it never mentions ${result.missing.join(', ')}`);
    }
    expect(disagreements).toEqual([]);
    // The comparison must bite: most versioned facts are found in their page.
    expect(compared).toBeGreaterThanOrEqual(Math.ceil(facts.length / 2));
  });

  const bun = { fact: 'From 1.3.5 the built-in list applies to npm-registry packages only; `trustedDependencies` replaces it.', source: 'https://bun.sh/docs/pm/lifecycle', applies: { client: 'bun', since: '1.3.5' } } satisfies DesignFact;
  const other = { fact: '`bun.lock` is text.', source: 'https://bun.sh', applies: { client: 'bun', since: '1.2' } } satisfies DesignFact;

  it('catches a page that states a different version', () => {
    const page = '# Bun\n\n## Code execution at install time\n\nBun 1.3.4 restricts the built-in list to registry packages, so `trustedDependencies` must name the others.\n';
    expect(compareFact(bun, [bun, other], page, 'Bun').missing).toEqual(['1.3.5']);
  });

  it('accepts the same version, written v1.3.5 or 1.3.5.0, and ignores paragraphs that do not state the fact', () => {
    for (const v of ['v1.3.5', '1.3.5.0', '1.3.5,']) {
      const page = `## Code execution at install time\n\nBun ${v} restricts the built-in list; \`trustedDependencies\` names the rest.\n\nBun 1.2 writes \`bun.lock\`.\n`;
      expect(compareFact(bun, [bun, other], page, 'Bun')).toMatchObject({ missing: [] });
      expect(compareFact(bun, [bun, other], page, 'Bun').stated).toHaveLength(1);
    }
  });
});

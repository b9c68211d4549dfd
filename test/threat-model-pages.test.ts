/**
 * The per-tool threat model (docs/threat-model/): every page answers every question in prose with a
 * source, and a profile fact quoted in the prose carries the same versions as the profile the checks
 * use, so the two cannot drift apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DesignFact } from '@inert/core';
import { ECOSYSTEM_PLUGINS } from '../packages/cli/src/plugins.js';

const root = fileURLToPath(new URL('../docs/threat-model/', import.meta.url));
const CLIENT = [
  'Code execution at install time',
  'Code execution before install',
  'Lockfile guarantees',
  'Package name identity',
  'Resolution across multiple sources',
  "The tool's own supply chain",
];
const REGISTRY = [
  'Namespace allocation',
  'Maintainer lifecycle',
  'Immutability',
  'Provenance',
  'Publish credentials',
  'Blast radius and detection',
  "The registry's own supply chain",
];
const pages = (kind: 'clients' | 'registries') =>
  readdirSync(join(root, kind))
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ name: `${kind}/${f}`, text: readFileSync(join(root, kind, f), 'utf8') }));

/** The sections of a page by `## ` heading. */
function sections(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | undefined;
  let body: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) {
      if (current !== undefined) out.set(current, body.join('\n'));
      current = line.slice(3).trim();
      body = [];
    } else body.push(line);
  }
  if (current !== undefined) out.set(current, body.join('\n'));
  return out;
}

/** Prose paragraphs: blocks that are not lists, tables, headings or code. */
function paragraphs(section: string): string[] {
  return section
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !/^(?:[-*+]\s|[|#>]|\d+\.\s|```)/.test(p));
}

/**
 * Where the prose quotes a profile fact ("<fact>" followed by its parenthesised source), the versions
 * the parenthesis gives must be the profile's. Returns the disagreements.
 */
export function versionDisagreements(text: string, facts: readonly DesignFact[]): string[] {
  const out: string[] = [];
  for (const f of facts) {
    if (!f.versions) continue;
    const quoted = `"${f.fact.replace(/\.$/, '')}`;
    for (let at = text.indexOf(quoted); at >= 0; at = text.indexOf(quoted, at + 1)) {
      const after = text.slice(at + quoted.length, at + quoted.length + 1200);
      const open = after.indexOf('(');
      // The parenthesis right after the quote: `" ([source](url); <versions>)`, read to its balanced close.
      if (open < 0 || open > 3) continue;
      let depth = 0;
      let end = open;
      for (; end < after.length; end++) {
        if (after[end] === '(') depth++;
        else if (after[end] === ')' && --depth === 0) break;
      }
      const paren = after.slice(open, end + 1);
      if (!paren.includes(f.versions))
        out.push(
          `"${f.fact.slice(0, 60)}…" says ${JSON.stringify(paren.slice(0, 160))}, the profile says "${f.versions}"`,
        );
    }
  }
  return out;
}

const facts: DesignFact[] = ECOSYSTEM_PLUGINS.flatMap((p) =>
  Object.values(p.profile).flatMap((list) => [...(list ?? [])]),
);

describe('docs/threat-model', () => {
  it('has the eleven client and six registry pages', () => {
    expect(
      pages('clients')
        .map((p) => p.name)
        .sort(),
    ).toEqual(
      ['bun', 'bundler', 'cargo', 'go', 'gradle', 'npm', 'pip', 'pnpm', 'poetry', 'uv', 'yarn'].map(
        (n) => `clients/${n}.md`,
      ),
    );
    expect(
      pages('registries')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['crates-io', 'go-proxy', 'maven-central', 'npmjs', 'pypi', 'rubygems'].map((n) => `registries/${n}.md`));
  });

  for (const [kind, headings] of [
    ['clients', CLIENT],
    ['registries', REGISTRY],
  ] as const) {
    for (const page of pages(kind)) {
      it(`${page.name}: every question answered in two or more paragraphs of prose with a source link`, () => {
        const s = sections(page.text);
        for (const heading of headings) {
          const body = s.get(heading);
          expect(body, `${page.name} has no "## ${heading}"`).toBeDefined();
          expect(paragraphs(body!).length, `${page.name} § ${heading}: prose paragraphs`).toBeGreaterThanOrEqual(2);
          expect(body, `${page.name} § ${heading}: a link`).toMatch(/\]\(https?:\/\//);
        }
      });
    }
  }

  it("quotes profile facts with the profile's versions", () => {
    const all = [...pages('clients'), ...pages('registries')];
    const quotedAtAll = all.filter((p) =>
      facts.some((f) => f.versions && p.text.includes(`"${f.fact.replace(/\.$/, '')}`)),
    );
    expect(quotedAtAll.length).toBeGreaterThan(3);
    for (const page of all) expect(versionDisagreements(page.text, facts), page.name).toEqual([]);
  });

  it('catches a quoted fact whose versions disagree with the profile (the check can fail)', () => {
    const fact: DesignFact = { fact: 'uv does a thing.', source: 'https://example.invalid', versions: 'uv >= 0.5' };
    expect(
      versionDisagreements('As documented, "uv does a thing" ([docs](https://example.invalid); uv >= 0.5).', [fact]),
    ).toEqual([]);
    expect(
      versionDisagreements('As documented, "uv does a thing" ([docs](https://example.invalid); uv >= 0.4).', [fact]),
    ).toHaveLength(1);
  });
});

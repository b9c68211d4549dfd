/**
 * Attacker-sized strings never reach an output whole (#20, class 3): a 2 MB package name, version and
 * registry URL are clipped at MAX_OUTPUT_STRING in the findings, the inventory, the SBOM and every
 * report format, with a marker that says how long they were.
 */
import { describe, expect, it } from 'vitest';
import {
  catalogue,
  clipStrings,
  MAX_OUTPUT_STRING,
  MemorySource,
  renderCycloneDx,
  renderGithub,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderSarif,
  renderText,
  scan,
  type ScanResult,
} from '@inert/core';
import { PLUGINS } from '../packages/cli/src/plugins.js';

const MB2 = 2 * 1024 * 1024;
const NAME = 'n'.repeat(MB2);
const VERSION = `1.${'9'.repeat(MB2)}`;
const HOST = `https://${'h'.repeat(MB2)}.example/`;

async function hostile(): Promise<ScanResult> {
  return scan(
    new MemorySource({
      files: {
        'requirements.txt': `${NAME}==1.0\nrequests\n`,
        'package.json': JSON.stringify({ name: 'x', dependencies: { [NAME]: VERSION, left: '^1' } }),
        'package-lock.json': JSON.stringify({
          name: 'x',
          lockfileVersion: 3,
          packages: {
            '': { name: 'x', dependencies: { [NAME]: VERSION } },
            [`node_modules/${NAME}`]: { version: VERSION, resolved: `${HOST}${NAME}.tgz`, hasInstallScript: true },
          },
        }),
        '.npmrc': `registry=${HOST}\n`,
      },
    }),
    { plugins: PLUGINS },
  );
}

/** The longest run of one character in `text`. */
function longestRun(text: string): number {
  let best = 0;
  for (let i = 0, run = 0; i < text.length; i++) {
    run = i > 0 && text[i] === text[i - 1] ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

describe('attacker-sized strings are clipped in every output', () => {
  it('a 2 MB name, version and URL appear in no format, each clipped with its length', async () => {
    const result = await hostile();
    // The hostile package is there (clipped), in the inventory and the findings.
    const clippedName = `${'n'.repeat(200)}… (${MB2} characters)`;
    expect(result.inventory.packages.map((p) => p.name)).toContain(clippedName);
    expect(result.inventory.sources.some((s) => s.url.endsWith(`… (${HOST.length} characters)`))).toBe(true);
    expect(result.findings.some((f) => f.package?.name === clippedName)).toBe(true);
    // The scan clips each finding as it is yielded and then only the inventory, files, gaps and
    // answers (#24): nothing is left for a whole-result pass to clip, so the output is byte-identical
    // to the one that clipped the whole result again.
    expect(JSON.stringify(clipStrings(result))).toBe(JSON.stringify(result));
    expect(clipStrings(result.findings)).toBe(result.findings);
    const outputs: Record<string, string> = {
      json: renderJson(result),
      sarif: renderSarif(result, { checks: catalogue(PLUGINS) }),
      cyclonedx: renderCycloneDx(result),
      text: renderText(result),
      markdown: renderMarkdown(result, { ecosystems: PLUGINS }),
      html: renderHtml(result, { ecosystems: PLUGINS }),
      github: renderGithub(result),
    };
    for (const [format, text] of Object.entries(outputs)) {
      expect(text.length, format).toBeGreaterThan(0);
      expect(text.length, format).toBeLessThan(2_000_000);
      expect(longestRun(text), format).toBeLessThanOrEqual(MAX_OUTPUT_STRING);
    }
    expect(outputs.json).toContain(JSON.stringify(clippedName));
    expect(outputs.cyclonedx).toContain(`${'n'.repeat(200)}…`);
  }, 120_000);

  it('clipStrings keeps short values and identities, clips long strings and keys, never splits a surrogate pair', () => {
    const small = { a: ['x', { b: 'y' }], c: 1, d: null };
    expect(clipStrings(small)).toBe(small);
    const long = 'z'.repeat(MAX_OUTPUT_STRING + 1);
    const keyed = { [long]: long, keep: small };
    const clipped = clipStrings(keyed);
    expect(clipped).not.toBe(keyed);
    expect(Object.keys(keyed)).toEqual([long, 'keep']);
    const marker = `${'z'.repeat(200)}… (${MAX_OUTPUT_STRING + 1} characters)`;
    expect(clipped).toEqual({ [marker]: marker, keep: small });
    expect(clipped.keep).toBe(small);
    expect(clipStrings('z'.repeat(MAX_OUTPUT_STRING))).toHaveLength(MAX_OUTPUT_STRING);
    const emoji = `${'a'.repeat(199)}${'😀'.repeat(MAX_OUTPUT_STRING)}`;
    expect(clipStrings(emoji)).toBe(`${'a'.repeat(199)}… (${emoji.length} characters)`);
  });
});

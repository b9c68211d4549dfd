/** The JSON report matches its published schema (packages/core/result.schema.json) on every corpus case. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { renderJson } from '@inert/core';
import { listCases, runCorpusCase } from '@inert/core/testing';
import { PLUGINS } from './plugins.js';

const corpus = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const schema = JSON.parse(readFileSync(new URL('../../core/result.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);

function errors(value: unknown): string[] {
  return validate(value)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

describe('result.schema.json', () => {
  // corpus/packages holds package trees packed into archives by package-vetting.test.ts, not cases;
  // corpus/diff holds base/head pairs with a diff expectation (diff-corpus.test.ts).
  const groups = readdirSync(corpus, { withFileTypes: true })
    .filter((g) => g.isDirectory() && g.name !== 'demo' && g.name !== 'packages' && g.name !== 'diff')
    .map((g) => g.name);
  it.each(groups)('describes the JSON report of every case in corpus/%s', async (group) => {
    const cases = await listCases(join(corpus, group));
    expect(cases.length).toBeGreaterThan(0);
    for (const name of cases) {
      const { result } = await runCorpusCase(PLUGINS, join(corpus, group, name));
      expect(errors(JSON.parse(renderJson(result))), `${group}/${name}`).toEqual([]);
    }
  });

  it('describes the demo checkout, and refuses a report that breaks it', async () => {
    const { result } = await runCorpusCase(PLUGINS, join(corpus, 'demo'));
    const json = JSON.parse(renderJson(result)) as {
      findings: Record<string, unknown>[];
      inventory: { clients: Record<string, unknown>[] };
      extra?: unknown;
    };
    expect(errors(json)).toEqual([]);
    expect(json.inventory.clients.length).toBeGreaterThan(0);
    const broken = structuredClone(json);
    delete broken.findings[0]!.fingerprint;
    broken.inventory.clients[0]!.version = 'latest';
    broken.extra = true;
    expect(errors(broken).join('\n')).toMatch(/fingerprint[\s\S]*pattern|pattern[\s\S]*fingerprint|additional/);
    expect(errors(broken).length).toBeGreaterThanOrEqual(3);
  });
});

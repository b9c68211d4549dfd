/** The check generator: what it writes is a valid draft that the plugin contract and corpus accept. */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checksOf, rulesOf, type AnyPlugin } from '@inert/core';
import { pluginContractProblems, runCorpusCase } from '@inert/core/testing';
import { addToIndex, addToRules, camelCase, newCheck } from '../scripts/new-check.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
// Inside the repository, so the copied plugin resolves @inert/core from the root node_modules.
const tmp = mkdtempSync(join(repo, '.new-check-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('pnpm new-check', () => {
  it('adds the import and the list entry to one-line and multi-line check lists', () => {
    const one = "import { a } from './checks/a.js';\nexport const p = definePlugin<M>({\n  checks: [a, b],\n});\n";
    expect(addToIndex(one, 'new-thing')).toBe(
      "import { a } from './checks/a.js';\nimport { newThing } from './checks/new-thing.js';\nexport const p = definePlugin<M>({\n  checks: [a, b, newThing],\n});\n",
    );
    const multi =
      "import { a } from './checks/a.js';\nexport const p = definePlugin<M>({\n  checks: [\n    a,\n    b\n  ],\n});\n";
    expect(addToIndex(multi, 'x-y')).toContain('  checks: [\n    a,\n    b,\n    xY,\n  ],');
    // A plugin's src/checks/index.ts (docs/decisions/0029).
    const list =
      "import { a } from './a.js';\n\nexport const checks: readonly Check<M, string>[] = [\n  a,\n  b,\n];\n";
    expect(addToIndex(list, 'x-y')).toBe(
      "import { a } from './a.js';\nimport { xY } from './x-y.js';\n\nexport const checks: readonly Check<M, string>[] = [\n  a,\n  b,\n  xY,\n];\n",
    );
    expect(camelCase('lockfile-without-hash-2')).toBe('lockfileWithoutHash2');
  });

  it('adds the metadata module to a plugin’s rules index, after its imports and at the end of its list', () => {
    const rules =
      "import type { CheckMeta } from '@inert/core';\nimport { aMeta } from './checks/a.meta.js';\n\nexport const rules: readonly CheckMeta[] = [\n  aMeta,\n  bMeta\n];\n";
    expect(addToRules(rules, 'x-y')).toBe(
      "import type { CheckMeta } from '@inert/core';\nimport { aMeta } from './checks/a.meta.js';\nimport { xYMeta } from './checks/x-y.meta.js';\n\nexport const rules: readonly CheckMeta[] = [\n  aMeta,\n  bMeta,\n  xYMeta,\n];\n",
    );
    const empty = "import type { CheckMeta } from '@inert/core';\n\nexport const rules: readonly CheckMeta[] = [];\n";
    expect(addToRules(empty, 'x-y')).toBe(
      "import type { CheckMeta } from '@inert/core';\nimport { xYMeta } from './checks/x-y.meta.js';\n\nexport const rules: readonly CheckMeta[] = [\n  xYMeta,\n];\n",
    );
    expect(() => addToRules('export const checks = [];\n', 'x-y')).toThrow(/no `export const rules/);
  });

  it('refuses ids that are not kebab-case, unknown plugins, questions and severities, and existing checks', async () => {
    await expect(newCheck(repo, 'go/NoCaps')).rejects.toThrow(/kebab-case/);
    await expect(newCheck(repo, 'cobol/x')).rejects.toThrow(/no plugin "cobol"/);
    await expect(newCheck(repo, 'go/x', { question: 'vibes' })).rejects.toThrow(/unknown question/);
    await expect(newCheck(repo, 'go/x', { severity: 'dire' })).rejects.toThrow(/unknown severity/);
    await expect(newCheck(repo, 'go/go-sum-missing')).rejects.toThrow(/already exists/);
  });

  it('writes a draft check that the contract and the corpus runner accept unchanged', async () => {
    cpSync(join(repo, 'plugins/go/src'), join(tmp, 'plugins/go/src'), { recursive: true });
    cpSync(join(repo, 'corpus/go'), join(tmp, 'corpus/go'), { recursive: true });
    const written = await newCheck(tmp, 'go/sumdb-key-override', {
      question: 'lockfile-integrity',
      severity: 'high',
      reads: 'client-config',
    });
    expect(written).toEqual([
      'plugins/go/src/checks/sumdb-key-override.meta.ts',
      'plugins/go/src/checks/sumdb-key-override.ts',
      'plugins/go/src/checks/index.ts',
      'plugins/go/src/rules.ts',
      'corpus/go/sumdb-key-override--example/expected.json',
      'corpus/go/clean--sumdb-key-override/expected.json',
    ]);
    const { go } = (await import(pathToFileURL(join(tmp, 'plugins/go/src/index.ts')).href)) as { go: AnyPlugin };
    const draft = rulesOf(go).find((c) => c.id === 'sumdb-key-override');
    // The rules index lists the draft's metadata module, which the draft check spreads (what
    // rules-index.test.ts asserts of every plugin): the same ids in the same order, the same objects.
    const checks = await checksOf(go);
    expect(rulesOf(go).map((r) => r.id)).toEqual(checks.map((c) => c.id));
    const check = checks.find((c) => c.id === 'sumdb-key-override') as unknown as Record<string, unknown>;
    expect(Object.keys(check)).toEqual([...Object.keys(draft!), 'run']);
    for (const [key, value] of Object.entries(draft!)) expect(check[key], key).toBe(value);
    expect(draft).toMatchObject({
      question: 'lockfile-integrity',
      severity: 'high',
      lifecycle: 'draft',
      reads: ['client-config'],
    });
    expect(
      await pluginContractProblems(go, { pluginDir: join(tmp, 'plugins/go'), corpusDir: join(tmp, 'corpus/go') }),
    ).toEqual([]);
    for (const name of ['sumdb-key-override--example', 'clean--sumdb-key-override']) {
      const outcome = await runCorpusCase([go], join(tmp, 'corpus/go', name));
      expect({ missing: outcome.missing, unexpected: outcome.unexpected, todoNowFound: outcome.todoNowFound }).toEqual({
        missing: [],
        unexpected: [],
        todoNowFound: [],
      });
    }
    // Once the bad case finds it, the contract says the draft is done.
    const bad = JSON.parse(readFileSync(join(tmp, 'corpus/go/sumdb-key-override--example/expected.json'), 'utf8')) as {
      todo?: unknown;
    };
    expect(bad.todo).toEqual([{ check: 'go/sumdb-key-override', messageId: 'found', path: 'TODO', line: 1 }]);
  });
});

/** Properties of the positioned YAML parser (packages/core/src/parse/yaml.ts) on hostile input. */
import { describe, it } from 'vitest';
import { stringify } from 'yaml';
import { parseYaml } from '@inert/core';
import {
  anyText,
  assertInside,
  assertJson,
  assertNoPollution,
  check,
  deepNesting,
  edits,
  fc,
  jsonish,
  lineLengths,
  mutate,
  seedFiles,
  timed,
} from './harness.js';
import { routesOf } from './routes.js';

const SEEDS = seedFiles((p) => /\.ya?ml$/.test(p)).map((f) => f.text);

async function checkYaml(text: string, merge: boolean): Promise<void> {
  const parsed = await timed(`parseYaml (${text.length} chars)`, () => parseYaml(text, 'x.yml', { merge }));
  // The yaml package breaks lines at LF only (a lone CR is content to it, as it parses), so its positions count LF lines.
  const lengths = lineLengths(text, 'lf');
  if (!parsed.ok) {
    assertInside(lengths, parsed.problem, `problem "${parsed.problem.reason}"`);
    assertJson(parsed.problem, 'the problem');
    return;
  }
  for (const doc of parsed.value.documents) {
    const routes = routesOf(doc.value);
    const spans = await timed(`locate ${routes.length} routes`, () =>
      doc.locate(
        routes.flatMap((route) => [
          { route, part: 'key' as const },
          { route, part: 'value' as const },
        ]),
      ),
    );
    spans.forEach((span, i) =>
      assertInside(lengths, span, `document ${doc.index}: span of ${JSON.stringify(routes[i >> 1])}`),
    );
    assertJson(doc.value, `document ${doc.index}`);
  }
  assertNoPollution('parseYaml');
}

const KEY = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '<<',
    'on',
    'jobs',
    'steps',
    'run',
    'script',
    'packages',
    '? x',
    '"q"',
    "'s'",
    '- a',
    'a: b',
  ),
  fc.string({ maxLength: 6 }),
);
const SCALAR = fc.oneof(
  fc.constantFrom(
    '',
    '~',
    'null',
    'yes',
    'on',
    '0x1F',
    '1e3',
    '.inf',
    '!!str x',
    '!!binary AA==',
    '!custom x',
    '&a 1',
    '*a',
    '*nope',
    '|',
    '>-',
    '|2',
    '"a\\u0000b"',
    "'it''s'",
    '[a, *a]',
    '{a: 1, <<: *a}',
    '- ',
    '-',
    '${{ x }}',
    '---',
    '...',
    '%YAML 1.2',
    '#c',
  ),
  fc.string({ maxLength: 12 }),
);

/** Block-style YAML lines: indentation, keys, sequence dashes, anchors, aliases and merges. */
const yamlLines = fc
  .array(
    fc.record({
      indent: fc.nat(8),
      dash: fc.boolean(),
      key: fc.option(KEY, { nil: undefined }),
      anchor: fc.option(fc.constantFrom('&a ', '&b ', '*a', '*b', '<<: *a', '!!map '), { nil: undefined }),
      value: SCALAR,
      ending: fc.constantFrom('\n', '\n', '\n', '\r\n', '\r'),
    }),
    { maxLength: 30 },
  )
  .map((lines) =>
    lines
      .map(
        (l) =>
          `${' '.repeat(l.indent)}${l.dash ? '- ' : ''}${l.key !== undefined ? `${l.key}: ` : ''}${l.anchor ?? ''}${l.value}${l.ending}`,
      )
      .join(''),
  );

describe('property: parseYaml', () => {
  it('never throws and keeps positions inside the file on random text', async () => {
    await check('yaml random text', 100, fc.tuple(fc.oneof(anyText, deepNesting), fc.boolean()), ([text, merge]) =>
      checkYaml(text, merge),
    );
  });

  it('on block-style documents with anchors, aliases, merges and prototype keys', async () => {
    await check('yaml block lines', 100, fc.tuple(yamlLines, fc.boolean()), ([text, merge]) => checkYaml(text, merge));
  });

  it('on serialised values, mutated', async () => {
    await check(
      'yaml mutated values',
      100,
      fc.tuple(jsonish, fc.option(edits, { nil: undefined }), fc.boolean()),
      ([v, list, merge]) => {
        const text = stringify(v, { aliasDuplicateObjects: false });
        return checkYaml(list ? mutate(text, list) : text, merge);
      },
    );
  });

  it.runIf(SEEDS.length > 0)(
    'on mutations of corpus YAML files (workflows, GitLab CI, pnpm files, berry lockfiles)',
    async () => {
      await check(
        'yaml corpus mutations',
        60,
        fc.tuple(fc.nat(SEEDS.length - 1), edits, fc.boolean()),
        ([i, list, merge]) => checkYaml(mutate(SEEDS[i]!, list), merge),
      );
    },
  );
});

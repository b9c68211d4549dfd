/** Properties of the positioned TOML parser (packages/core/src/parse/toml.ts) on hostile input. */
import { describe, it } from 'vitest';
import { stringify } from 'smol-toml';
import { parseToml } from '@inert/core';
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

const SEEDS = seedFiles((p) => /\.toml$|(?:^|\/)(?:Cargo|poetry|uv|pdm)\.lock$|\.cargo\/config$/.test(p)).map(
  (f) => f.text,
);

async function checkToml(text: string): Promise<void> {
  const parsed = await timed(`parseToml (${text.length} chars)`, () => parseToml(text, 'x.toml'));
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lengths = lineLengths(source);
  if (!parsed.ok) {
    assertInside(lengths, parsed.problem, `problem "${parsed.problem.reason}"`);
    assertJson(parsed.problem, 'the problem');
    return;
  }
  const routes = routesOf(parsed.value.value);
  const spans = await timed(`locate ${routes.length} routes`, () =>
    parsed.value.locate(routes.map((route) => ({ route, part: 'value' as const }))),
  );
  spans.forEach((span, i) => assertInside(lengths, span, `span of ${JSON.stringify(routes[i])}`));
  assertJson(parsed.value.value, 'the value', { bigint: true });
  assertNoPollution('parseToml');
}

const BARE = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'a',
    'a.b',
    '"a.b"',
    "'x y'",
    '"__proto__"',
    'dependencies',
    'package',
    'source',
    '"" ',
    '1',
    '-',
    'x."y".z',
  ),
  fc.stringMatching(/^[\w-]{1,6}$/),
);
const VALUE = fc.oneof(
  fc.constantFrom(
    '1',
    '-0',
    '+inf',
    'nan',
    '0x_1',
    '1_000',
    '9223372036854775808',
    '1979-05-27T07:32:00Z',
    '07:32:00',
    'true',
    '"s"',
    "'l'",
    '"""\nm\n"""',
    "'''\nx'''",
    '"""',
    '[1, [2, [3]]]',
    '[\n1,\n',
    '{ a = 1, b = { c = 2 } }',
    '{ __proto__ = 1 }',
    '{',
    '"\\u0000"',
    '"\\uD800"',
    '"\\x"',
    '[ { a = 1 }, ]',
  ),
  fc.string({ maxLength: 10 }).map((s) => JSON.stringify(s)),
);
/** TOML built from headers and key/value lines: almost valid, with repeated and prototype keys. */
const tomlLines = fc
  .array(
    fc.oneof(
      fc
        .tuple(fc.constantFrom('[', '[['), fc.array(BARE, { minLength: 1, maxLength: 3 }))
        .map(([b, keys]) => `${b}${keys.join('.')}${b === '[' ? ']' : ']]'}`),
      fc.tuple(fc.array(BARE, { minLength: 1, maxLength: 3 }), VALUE).map(([keys, v]) => `${keys.join('.')} = ${v}`),
      fc.constantFrom('# comment', '', '  ', ']', '}', 'x = [', '"""', '[table] # c', '[ a . b ]'),
    ),
    { maxLength: 30 },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n').map((nl) => lines.join(nl)));

describe('property: parseToml', () => {
  it('never throws and keeps positions inside the file on random text', async () => {
    await check('toml random text', 150, fc.oneof(anyText, deepNesting), checkToml);
  });

  it('on documents built from headers and key/value lines', async () => {
    await check('toml lines', 200, tomlLines, checkToml);
  });

  it('on serialised values, mutated', async () => {
    const tables = jsonish.map((v) => {
      try {
        return stringify(v && typeof v === 'object' && !Array.isArray(v) ? v : { v });
      } catch {
        return '';
      }
    });
    await check('toml mutated values', 100, fc.tuple(tables, fc.option(edits, { nil: undefined })), ([text, list]) =>
      checkToml(list ? mutate(text, list) : text),
    );
  });

  it.runIf(SEEDS.length > 0)(
    'on mutations of corpus TOML files (Cargo, pyproject, uv/poetry locks, config)',
    async () => {
      await check('toml corpus mutations', 80, fc.tuple(fc.nat(SEEDS.length - 1), edits), ([i, list]) =>
        checkToml(mutate(SEEDS[i]!, list)),
      );
    },
  );
});

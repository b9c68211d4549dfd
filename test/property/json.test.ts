/** Properties of the positioned JSON/JSONC parser (packages/core/src/parse/json.ts) on hostile input. */
import { describe, it } from 'vitest';
import { parseJson } from '@inert/core';
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

const SEEDS = seedFiles((p) => /\.json$|(?:^|\/)bun\.lock$/.test(p)).map((f) => f.text);

/** Everything a caller can observe: the parse outcome, a problem's position, and every located route. */
async function checkJson(text: string, comments: boolean): Promise<void> {
  const parsed = await timed(`parseJson (${text.length} chars)`, () => parseJson(text, 'x.json', { comments }));
  // Positions refer to the text after a leading BOM, as parseJson reads it.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lengths = lineLengths(source);
  if (!parsed.ok) {
    assertInside(lengths, parsed.problem, `problem "${parsed.problem.reason}"`);
    assertJson(parsed.problem, 'the problem');
    return;
  }
  const routes = routesOf(parsed.value.value);
  const spans = await timed(`locate ${routes.length} routes`, () =>
    parsed.value.locate(
      routes.flatMap((route) => [
        { route, part: 'key' as const },
        { route, part: 'value' as const },
      ]),
    ),
  );
  spans.forEach((span, i) => assertInside(lengths, span, `span of ${JSON.stringify(routes[i >> 1])}`));
  assertJson(parsed.value.value, 'the value');
  assertNoPollution('parseJson');
}

const serialised = fc
  .tuple(jsonish, fc.constantFrom(0, 1, 2, '\t', '\r\n '))
  .map(([v, indent]) =>
    typeof indent === 'string'
      ? JSON.stringify(v, null, 1).replace(/\n /g, indent)
      : (JSON.stringify(v, null, indent) ?? 'null'),
  );

describe('property: parseJson', () => {
  it('never throws and keeps positions inside the file on random text (JSON and JSONC)', async () => {
    await check('json random text', 150, fc.tuple(fc.oneof(anyText, deepNesting), fc.boolean()), ([text, comments]) =>
      checkJson(text, comments),
    );
  });

  it('on serialised values with prototype keys, mutated', async () => {
    await check(
      'json mutated values',
      150,
      fc.tuple(serialised, fc.option(edits, { nil: undefined }), fc.boolean()),
      ([text, list, comments]) => checkJson(list ? mutate(text, list) : text, comments),
    );
  });

  it.runIf(SEEDS.length > 0)('on mutations of corpus JSON files', async () => {
    await check(
      'json corpus mutations',
      80,
      fc.tuple(fc.nat(SEEDS.length - 1), edits, fc.boolean()),
      ([i, list, comments]) => checkJson(mutate(SEEDS[i]!, list), comments),
    );
  });

  it('JSONC comments and trailing commas anywhere', async () => {
    const jsonc = fc
      .tuple(
        serialised,
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.constantFrom('//x\n', '/* a\nb */', '/*', '//', ',', ',\r\n', '\r'),
          ),
          { maxLength: 4 },
        ),
      )
      .map(([t, ins]) =>
        ins.reduce((s, [at, c]) => {
          const k = Math.floor(at * (s.length + 1));
          return s.slice(0, k) + c + s.slice(k);
        }, t),
      );
    await check('jsonc comments', 150, jsonc, (text) => checkJson(text, true));
  });
});

/** Properties of the text helpers every line-oriented reader builds on (packages/core/src/parse/{lines,text}.ts). */
import { describe, it } from 'vitest';
import { bracketDepth, decodeText, LineIndex, splitLines } from '@inert/core';
import { anyText, assertInside, check, fc, lineLengths, timed } from './harness.js';

describe('property: line helpers and decoding', () => {
  it('LineIndex maps every offset inside the text, consistently with splitLines', async () => {
    await check('line index', 200, anyText, (text) => {
      const index = new LineIndex(text);
      const lengths = lineLengths(text);
      for (let offset = 0; offset <= text.length; offset++) {
        // The LF of a CRLF belongs to the line break, not to a line: no parser reports a position there.
        if (text.charCodeAt(offset) === 10 && text.charCodeAt(offset - 1) === 13) continue;
        assertInside(lengths, index.at(offset), `offset ${offset}`);
      }
      const lines = splitLines(text);
      if (lines.join('') !== text.replace(/\r\n|\r|\n/g, '')) throw new Error('splitLines lost characters');
      if (lines.length > lengths.length) throw new Error('splitLines made more lines than the text has');
    });
  });

  it('bracketDepth never throws and is bounded by the number of brackets', async () => {
    await check('bracket depth', 200, fc.tuple(anyText, fc.constantFrom('"', '"\'', "'")), ([text, quotes]) => {
      const depth = bracketDepth(text, quotes);
      if (!(depth >= 0 && depth <= (text.match(/[[{]/g)?.length ?? 0))) throw new Error(`depth ${depth}`);
    });
  });

  it('decodeText never throws: valid UTF-8/UTF-16 gives text, anything else an encoding problem', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc
        .tuple(
          fc.constantFrom(
            [0xef, 0xbb, 0xbf],
            [0xff, 0xfe],
            [0xfe, 0xff],
            [0xc0, 0x80],
            [0xed, 0xa0, 0x80],
            [0xf4, 0x90, 0x80, 0x80],
          ),
          fc.uint8Array({ maxLength: 50 }),
        )
        .map(([head, rest]) => Uint8Array.from([...head, ...rest])),
      fc.string({ unit: 'binary', maxLength: 50 }).map((s) => new TextEncoder().encode(s)),
    );
    await check('decode text', 300, bytes, async (b) => {
      const decoded = await timed('decodeText', () => decodeText(b, 'f'));
      if (!decoded.ok && decoded.problem.kind !== 'encoding')
        throw new Error(`unexpected problem kind ${decoded.problem.kind}`);
      if (decoded.ok && typeof decoded.value !== 'string') throw new Error('not a string');
    });
  });
});

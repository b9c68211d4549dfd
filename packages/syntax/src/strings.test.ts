import { describe, expect, it } from 'vitest';
import { callArguments, findAll, parseSource, stringValue, type Language } from './index.js';

/** The values of the arguments of the first call in `text`, one per argument. */
async function values(language: Language, text: string, callType: string): Promise<(string | undefined)[]> {
  const result = await parseSource(language, text);
  if (!result.ok) throw new Error(result.reason);
  const call = findAll(result.tree, callType)[0]!;
  return callArguments(call, language).map((a) => stringValue(a, language));
}

describe('syntax/stringValue python', () => {
  it('decodes plain, raw, bytes, triple-quoted and concatenated literals', async () => {
    const src = String.raw`f("a\tb", r"re\d+", b"x\x41", """doc""", "con" 'cat', "\u00e9\U0001F600\101\
z", "keep\d")`;
    expect(await values('python', src, 'call')).toEqual(['a\tb', 're\\d+', 'xA', 'doc', 'concat', 'é😀Az', 'keep\\d']);
  });

  it('gives undefined for f-strings, t-strings, named escapes and non-strings', async () => {
    const src = String.raw`f(f"{v}", rf"x{v}", F"plain", "\N{DASH}", v, "a" + "b", "a" f"{b}")`;
    expect(await values('python', src, 'call')).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('syntax/stringValue ruby', () => {
  it('decodes double- and single-quoted strings, %q/%Q, chained strings and symbols', async () => {
    const src = String.raw`f "a\tb\e", 'it\'s \\ \n', %q(a\)b), %Q(x\sy), "con" 'cat', :sym, :"quoted", "\u00e9\u{1F600 41}\x41\101", "\d\#{x}"`;
    expect(await values('ruby', src, 'call')).toEqual([
      'a\tb\x1b',
      "it's \\ \\n",
      'a)b',
      'x y',
      'concat',
      'sym',
      'quoted',
      'é😀AAA',
      'd#{x}',
    ]);
  });

  it('gives undefined for interpolation (#{}, #@, #$), control escapes, heredocs and non-strings', async () => {
    const src = 'f "#{v}", "x#@v", "x#$v", %Q(#{v}), :"s#{v}", "\\C-x", "\\M-x", v, 1';
    expect(await values('ruby', src, 'call')).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('syntax/stringValue groovy', () => {
  it("decodes 'single' (character_literal), '''triple''', plain \"double\" strings and escaped dollars", async () => {
    const src = String.raw`f('a', 'it\'s', '''no $interpolation''', "x\ty", "price \$5", "\u00e9", '\101')`;
    expect(await values('groovy', src, 'method_invocation')).toEqual([
      'a',
      "it's",
      'no $interpolation',
      'x\ty',
      'price $5',
      'é',
      'A',
    ]);
  });

  it('gives undefined for GStrings ($x, ${x}, """$x"""), even after an escaped backslash', async () => {
    const src = 'f("$v", "a${v}b", """t$v""", "\\\\$v", v)';
    expect(await values('groovy', src, 'method_invocation')).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('syntax/stringValue kotlin', () => {
  it('decodes plain and raw strings, escapes and escaped dollars', async () => {
    const src = String.raw`f("a\tb", "\u00e9", "price \$5", "lone $ sign", """raw \n""")`;
    expect(await values('kotlin', src, 'call_expression')).toEqual(['a\tb', 'é', 'price $5', 'lone $ sign', 'raw \\n']);
  });

  it('gives undefined for templates ($x, ${x}, raw """$x"""), even after an escaped backslash, and bad escapes', async () => {
    const src = 'f("$v", "a${v}b", """t$v""", "\\\\$v", "\\q", v)';
    expect(await values('kotlin', src, 'call_expression')).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

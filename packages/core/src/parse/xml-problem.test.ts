/** The XML readers' shared problem: a DTD is refused as `shape`, a parser error is `syntax` at its position. */
import { describe, expect, it } from 'vitest';
import { xmlFailure, xmlProblem } from './problem.js';

describe('xmlFailure and xmlProblem', () => {
  it('strips saxes’s position prefix and makes the column 1-based', () => {
    const failure = xmlFailure(new Error('settings.xml:3:7: unclosed tag: server'), 3, 6);
    expect(failure).toEqual({ reason: 'unclosed tag: server', line: 3, column: 7 });
    expect(xmlFailure('not an Error', 1, 0).reason).toBe('not an Error');
  });

  it('a DTD wins over a later error; an error alone is syntax at its position', () => {
    const failure = { reason: 'unclosed tag: server', line: 3, column: 7 };
    expect(xmlProblem('s.xml', true, failure, 'declares a DTD')).toEqual({
      file: 's.xml',
      kind: 'shape',
      reason: 'declares a DTD',
    });
    expect(xmlProblem('s.xml', false, failure, 'declares a DTD')).toEqual({
      file: 's.xml',
      kind: 'syntax',
      reason: 'invalid XML at line 3, column 7: unclosed tag: server',
      line: 3,
      column: 7,
    });
  });
});

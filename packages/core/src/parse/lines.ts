/** Line helpers for line-oriented formats: 1-based lines, any line ending (LF, CRLF, CR). */

/** Splits text into lines; a final newline does not add an empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Maps string offsets to 1-based line and column. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** 1-based line and column of a 0-based offset. */
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/** Deepest bracket nesting outside strings, for refusing bombs before a recursive parser sees them; `from` is where counting starts (at depth 0). */
export function bracketDepth(text: string, quotes: string, from = 0): number {
  const q1 = quotes.charCodeAt(0);
  const q2 = quotes.length > 1 ? quotes.charCodeAt(1) : -1;
  let depth = 0;
  let max = 0;
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === q1 || c === q2) {
      // Skip the string with the native indexOf; in double quotes a quote after an odd run of
      // backslashes is escaped. An unterminated string runs to the end.
      let j = i + 1;
      for (;;) {
        j = text.indexOf(c === 34 ? '"' : String.fromCharCode(c), j);
        if (j < 0) return max;
        if (c !== 34) break;
        let k = j - 1;
        while (k > i && text.charCodeAt(k) === 92) k--;
        if ((j - k) % 2 === 1) break;
        j++;
      }
      i = j;
    } else if (c === 91 || c === 123) {
      if (++depth > max) max = depth;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return max;
}

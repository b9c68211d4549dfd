/**
 * Character-class scanners for line readers that must stay linear on attacker text (#20 class 3):
 * the pieces that replaced regexes eslint-plugin-regexp flags as super-linear. Each function says
 * which regex it reads like, so a reader that uses it keeps its behaviour.
 */

/** JavaScript's `\s` (and what `String.prototype.trim` removes): ECMAScript WhiteSpace and LineTerminator. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The characters `.` does not match without the `s` flag: LF, CR, U+2028, U+2029. */
export function isLineTerminator(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/** Index of the first character at or after `from` that is not `\s`. */
export function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Whether `text` from `from` on contains a line terminator: where `.*$` (no `s` flag) fails. */
export function hasLineTerminator(text: string, from = 0): boolean {
  for (let i = from; i < text.length; i++) if (isLineTerminator(text.charCodeAt(i))) return true;
  return false;
}

/** One `NAME=VALUE` found by `assignmentsIn`. */
export interface Assignment {
  name: string;
  /** The value as written, quotes included. */
  value: string;
  /** Offset of the name in the text, and the whole `NAME=VALUE` as written. */
  index: number;
  text: string;
}

/**
 * Every `NAME=VALUE` in `text`, left to right, exactly as
 * `text.matchAll(/(NAME)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g)` finds them, where NAME is a `nameStart`
 * character followed by `nameChar` characters (`nameStart` must imply `nameChar`), in one pass: a run
 * of name characters not followed by `=` is skipped whole instead of retried from each position.
 */
export function assignmentsIn(
  text: string,
  nameStart: (code: number) => boolean,
  nameChar: (code: number) => boolean,
): Assignment[] {
  const out: Assignment[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!nameStart(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let eq = i + 1;
    while (eq < n && nameChar(text.charCodeAt(eq))) eq++;
    // Every start inside this run ends at the same `eq`: if that is not `=`, none of them matches.
    if (text.charCodeAt(eq) !== 0x3d) {
      i = eq;
      continue;
    }
    const end = valueEnd(text, eq + 1);
    out.push({ name: text.slice(i, eq), value: text.slice(eq + 1, end), index: i, text: text.slice(i, end) });
    i = end;
  }
  return out;
}

/** End of `"(?:[^"\\]|\\.)*"|'[^']*'|\S*` at `start`: the first alternative that matches. */
function valueEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === 0x22) {
    for (let k = start + 1; k < text.length; ) {
      const c = text.charCodeAt(k);
      if (c === 0x22) return k + 1;
      if (c !== 0x5c) k++;
      else if (k + 1 < text.length && !isLineTerminator(text.charCodeAt(k + 1))) k += 2;
      else break; // a backslash before a line end or at the end escapes nothing: no closing quote
    }
  } else if (first === 0x27) {
    const close = text.indexOf("'", start + 1);
    if (close >= 0) return close + 1;
  }
  let end = start;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  return end;
}

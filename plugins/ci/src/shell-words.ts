/**
 * A small POSIX-shell word splitter: enough of sh(1) for CI scripts to give rules argv, not
 * substrings. Quotes, escapes, line continuations, comments, `&&`/`||`/`;`/`|`/`&`, redirections,
 * heredocs, `$VAR`, `$(…)`, backticks and `<(…)`. Nothing is expanded: a word built from an
 * expansion is marked dynamic so callers say "could not determine" instead of guessing.
 * https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html
 */

/** One simple command: `FOO=1 npm ci --ignore-scripts`. */
export interface SimpleCommand {
  argv: string[];
  /** `NAME=value` words before the command. */
  assignments: Record<string, string>;
  /** 0-based line within the script, 1-based column, of the command's first word. */
  line: number;
  column: number;
  /** The command as written. */
  text: string;
  /** Indexes of argv words that contain an expansion (`$X`, `$(…)`, backticks). */
  dynamicWords: number[];
  /** Inner scripts of command and process substitutions, e.g. the `curl …` of `sh -c "$(curl …)"`. */
  substitutions: string[];
  /** Its status is tested (an `if`/`while`/`until` condition, after `!`, before `&&`/`||`): `set -e` does not exit on it (POSIX `set`). */
  tested?: true;
}

/** Commands joined by `|`. */
export interface Pipeline {
  commands: SimpleCommand[];
}

const RESERVED_PREFIX = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', '(', 'time']);
const RESERVED_ALONE = new Set(['fi', 'done', 'esac', '}', ')', 'then', 'else', 'do', ';;']);

/** Splits a script into pipelines of simple commands. Never throws. */
export function splitShell(script: string): Pipeline[] {
  return new Splitter(script, Number.POSITIVE_INFINITY).run();
}

/**
 * Splits a script, stopping at its `maxCommands + 1`th command: a budget, so a hostile one-line
 * script (`a && a && …`, `curl|sh|sh|…`, 2 MB) costs at most `maxCommands` commands and the rest of
 * the text is not scanned. `cut` is where the first command not read starts (0-based line, 1-based column).
 */
export function splitShellWithin(
  script: string,
  maxCommands: number,
): { pipelines: Pipeline[]; cut?: { line: number; column: number } } {
  const splitter = new Splitter(script, maxCommands);
  const pipelines = splitter.run();
  return splitter.cut ? { pipelines, cut: splitter.cut } : { pipelines };
}

class Splitter {
  private i = 0;
  private line = 0;
  private lineStart = 0;
  private pipelines: Pipeline[] = [];
  private pipeline: SimpleCommand[] = [];
  private current: SimpleCommand | undefined;
  private word = '';
  private wordDynamic = false;
  private inWord = false;
  private heredocs: { delimiter: string; strip: boolean }[] = [];
  private commands = 0;
  private inCondition = false; // between `if`/`elif`/`while`/`until` and its `then`/`do`
  /** Set when the budget stopped the split: where the first command not read starts. */
  cut: { line: number; column: number } | undefined;

  constructor(
    private readonly s: string,
    private readonly maxCommands: number,
  ) {}

  run(): Pipeline[] {
    const s = this.s;
    while (this.i < s.length && !this.cut) {
      const c = s[this.i]!;
      if (c === '\\' && s[this.i + 1] === '\n') {
        this.i += 2;
        this.newline();
        continue;
      }
      if (c === '\\' && s[this.i + 1] === '\r' && s[this.i + 2] === '\n') {
        this.i += 3;
        this.newline();
        continue;
      }
      if (c === '\\') {
        this.append(s[this.i + 1] ?? '');
        this.i += 2;
        continue;
      }
      if (c === "'") {
        this.single();
        continue;
      }
      if (c === '"') {
        this.double();
        continue;
      }
      if (c === '`') {
        this.backtick();
        continue;
      }
      if (c === '$') {
        this.dollar();
        continue;
      }
      if (c === '#' && !this.inWord) {
        while (this.i < s.length && s[this.i] !== '\n') this.i++;
        continue;
      }
      if (c === '\n') {
        this.endWord();
        this.endPipeline();
        this.i++;
        this.newline();
        this.skipHeredocs();
        continue;
      }
      if (c === ' ' || c === '\t' || c === '\r') {
        this.endWord();
        this.i++;
        continue;
      }
      if (c === ';' || c === '&') {
        this.endWord();
        this.endPipeline(c === '&' && s[this.i + 1] === '&');
        this.i += (c === '&' && s[this.i + 1] === '&') || (c === ';' && s[this.i + 1] === ';') ? 2 : 1;
        continue;
      }
      if (c === '|') {
        this.endWord();
        if (s[this.i + 1] === '|') {
          this.endPipeline(true);
          this.i += 2;
          continue;
        }
        this.endCommand();
        this.i += s[this.i + 1] === '&' ? 2 : 1;
        continue;
      }
      if ((c === '<' || c === '>') && s[this.i + 1] === '(') {
        this.processSubstitution();
        continue;
      }
      if (c === '<' || c === '>') {
        this.redirect();
        continue;
      }
      // As in bash, an unquoted `)` ends the word before it (`(… -i salsa)`); `(` in a word stays (`a=(x y)`).
      if (c === ')' || (c === '(' && !this.inWord)) {
        this.endWord();
        this.endPipeline();
        this.i++;
        continue;
      }
      this.append(c);
      this.i++;
    }
    this.endWord();
    this.endPipeline();
    return this.pipelines;
  }

  private newline(): void {
    this.line++;
    this.lineStart = this.i;
  }

  private append(text: string): void {
    if (!this.inWord) this.startWord();
    this.word += text;
  }

  private startWord(): void {
    this.inWord = true;
    if (!this.current) {
      this.current = {
        argv: [],
        assignments: {},
        line: this.line,
        column: this.i - this.lineStart + 1,
        text: '',
        dynamicWords: [],
        substitutions: [],
      };
      (this.current as SimpleCommand & { start?: number }).start = this.i;
    }
  }

  private single(): void {
    this.append('');
    const end = this.s.indexOf("'", this.i + 1);
    const stop = end < 0 ? this.s.length : end;
    this.countLines(this.i, stop);
    this.word += this.s.slice(this.i + 1, stop);
    this.i = stop + 1;
  }

  private double(): void {
    this.append('');
    this.i++;
    while (this.i < this.s.length && this.s[this.i] !== '"') {
      const c = this.s[this.i]!;
      if (c === '\\' && '"\\$`\n'.includes(this.s[this.i + 1] ?? '')) {
        if (this.s[this.i + 1] !== '\n') this.word += this.s[this.i + 1];
        this.i += 2;
      } else if (c === '$') this.dollar();
      else if (c === '`') this.backtick();
      else {
        if (c === '\n') {
          this.i++;
          this.newline();
          this.word += c;
          continue;
        }
        this.word += c;
        this.i++;
      }
    }
    this.i++;
  }

  private dollar(): void {
    const next = this.s[this.i + 1] ?? '';
    if (next === '(') {
      const end = this.matching(this.i + 1);
      const inner = this.s.slice(this.i + 2, end);
      if (!inner.startsWith('(')) this.current?.substitutions.push(inner);
      this.expansion(this.s.slice(this.i, end + 1), end + 1);
    } else if (next === '{') {
      const end = this.s.indexOf('}', this.i);
      this.expansion(this.s.slice(this.i, end < 0 ? this.s.length : end + 1), end < 0 ? this.s.length : end + 1);
    } else if (/[\w@*#?$!-]/.test(next)) {
      const m = /^\$(?:[A-Z_]\w*|[0-9@*#?$!-])/i.exec(this.s.slice(this.i))!;
      this.expansion(m[0], this.i + m[0].length);
    } else {
      this.append('$');
      this.i++;
    }
  }

  private backtick(): void {
    const end = this.s.indexOf('`', this.i + 1);
    const stop = end < 0 ? this.s.length : end;
    this.append('');
    this.current!.substitutions.push(this.s.slice(this.i + 1, stop));
    this.expansion(this.s.slice(this.i, stop + 1), stop + 1);
  }

  private processSubstitution(): void {
    const end = this.matching(this.i + 1);
    this.append('');
    this.current!.substitutions.push(this.s.slice(this.i + 2, end));
    this.expansion(this.s.slice(this.i, end + 1), end + 1);
  }

  private expansion(text: string, next: number): void {
    this.append(text);
    this.countLines(this.i, next);
    this.wordDynamic = true;
    this.i = next;
  }

  /** Index of the `)` matching the `(` at `open`, skipping quotes and nesting. */
  private matching(open: number): number {
    let depth = 0;
    let quote = '';
    for (let k = open; k < this.s.length; k++) {
      const c = this.s[k]!;
      if (quote) {
        if (c === '\\' && quote === '"') k++;
        else if (c === quote) quote = '';
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return k;
    }
    return this.s.length;
  }

  private redirect(): void {
    // `2>&1`, `> out.txt`, `<<EOF`, `<<-'EOF'`, `<<< "$x"`: drop the operator and its target.
    if (this.inWord && !/^\d+$/.test(this.word)) this.endWord();
    else if (this.inWord) {
      this.word = '';
      this.inWord = false;
      this.wordDynamic = false;
    }
    // The delimiter is on the same line: `\s*` let `<<` + newline take the next line's first word as one (found by fuzzing).
    const heredoc = /^<<(-?)[ \t]*(['"]?)([A-Z_]\w*)\2/i.exec(this.s.slice(this.i));
    if (heredoc && !this.s.startsWith('<<<', this.i)) {
      this.heredocs.push({ delimiter: heredoc[3]!, strip: heredoc[1] === '-' });
      this.i += heredoc[0].length;
      return;
    }
    while ('<>&|'.includes(this.s[this.i] ?? 'x')) this.i++;
    if (/^\d|^-/.test(this.s[this.i] ?? '') && this.s[this.i - 1] === '&') {
      this.i++;
      return;
    }
    while (this.s[this.i] === ' ' || this.s[this.i] === '\t') this.i++;
    const saved = this.current;
    const savedPipeline = this.pipeline;
    // Read the target as a word, then discard it.
    const before = this.current?.argv.length ?? 0;
    // Quotes belong to the target (`<<<"$SHA  file"`): an unquoted scan would leave a stray `"` that swallows the rest.
    let k = this.i;
    while (k < this.s.length && !' \t\n;&|<>()'.includes(this.s[k]!)) {
      const q = this.s[k]!;
      if (q === '\\') k += 2;
      else if (q === "'" || q === '"') k = this.closingQuote(k, q);
      else k++;
    }
    this.countLines(this.i, k);
    this.i = k;
    this.current = saved;
    this.pipeline = savedPipeline;
    if (this.current) this.current.argv.length = before;
  }

  /** The index after the quote that closes the one at `open` (a double quote skips escaped characters), or the end. */
  private closingQuote(open: number, quote: string): number {
    let k = open + 1;
    while (k < this.s.length && this.s[k] !== quote) k += quote === '"' && this.s[k] === '\\' ? 2 : 1;
    return Math.min(k + 1, this.s.length);
  }

  private skipHeredocs(): void {
    while (this.heredocs.length > 0) {
      const { delimiter, strip } = this.heredocs.shift()!;
      while (this.i < this.s.length) {
        const end = this.s.indexOf('\n', this.i);
        const stop = end < 0 ? this.s.length : end;
        const text = this.s.slice(this.i, stop).replace(/\r$/, '');
        this.i = stop + 1;
        this.newline();
        if ((strip ? text.replace(/^\t+/, '') : text) === delimiter) break;
      }
    }
  }

  private countLines(from: number, to: number): void {
    for (let k = from; k < to && k < this.s.length; k++) {
      if (this.s[k] === '\n') {
        this.line++;
        this.lineStart = k + 1;
      }
    }
  }

  private endWord(): void {
    if (!this.inWord) return;
    const cmd = this.current!;
    const assignment = /^([A-Z_]\w*)=(.*)$/is.exec(this.word);
    if (assignment && cmd.argv.length === 0) cmd.assignments[assignment[1]!] = assignment[2]!;
    else {
      if (this.wordDynamic) cmd.dynamicWords.push(cmd.argv.length);
      cmd.argv.push(this.word);
    }
    this.word = '';
    this.inWord = false;
    this.wordDynamic = false;
  }

  private endCommand(): void {
    const cmd = this.current as (SimpleCommand & { start?: number }) | undefined;
    this.current = undefined;
    if (!cmd) return;
    cmd.text = this.s.slice(cmd.start ?? 0, this.i).trim();
    delete cmd.start;
    while (cmd.argv.length > 0 && RESERVED_PREFIX.has(cmd.argv[0]!)) {
      const word = cmd.argv[0]!;
      if (word === 'then' || word === 'do') this.inCondition = false;
      else if (word === 'if' || word === 'elif' || word === 'while' || word === 'until') this.inCondition = true;
      else if (word === '!') cmd.tested = true;
      cmd.argv.shift();
      cmd.dynamicWords = cmd.dynamicWords.map((n) => n - 1).filter((n) => n >= 0);
    }
    if (this.inCondition) cmd.tested = true;
    if (cmd.argv.length === 1 && RESERVED_ALONE.has(cmd.argv[0]!)) return;
    if (cmd.argv.length === 0 && Object.keys(cmd.assignments).length === 0) return;
    if (this.cut) return;
    if (++this.commands > this.maxCommands) {
      this.cut = { line: cmd.line, column: cmd.column };
      return;
    }
    this.pipeline.push(cmd);
  }

  private endPipeline(andOr = false /* ends at `&&` or `||` */): void {
    this.endCommand();
    if (andOr && this.pipeline.length > 0) this.pipeline[this.pipeline.length - 1]!.tested = true;
    if (this.pipeline.length > 0) this.pipelines.push({ commands: this.pipeline });
    this.pipeline = [];
  }
}

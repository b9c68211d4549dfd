/**
 * A command line read as nopt reads it against a table of option types. npm 10.9.0 parses its argv with
 * nopt 8.0.0 (node_modules/nopt/lib/nopt-lib.js, `parse` and `resolveShort`); pnpm 10 and 11 with
 * @pnpm/nopt 0.3, a fork of nopt 4 (pnpm/nopt lib/nopt.js) whose `parse` reads a word the same way and
 * adds `escapeArgs`: at one of those words the options end and the rest are positionals.
 * - `--` ends the options; `--name=value` is `--name value`; `--no-name` is the boolean false.
 * - a shorthand expands in place (`-C` → `--prefix`), and so does a group of one-letter shorthands
 *   (`-gf`); a unique prefix of a known name is that name (`--prefi`).
 * - a Boolean option takes the next word only when it is `true` or `false`; an option the table does not
 *   know is a Boolean too; a type list with null also takes `null`, with String any word but `-x`.
 * - every other option takes the next word (a String-only one leaves an `-x`/`--x` word alone and
 *   takes nothing), except a `--` word, which still ends the options.
 * One pass, linear: each word is read once, and a shorthand group expands to a bounded number of words
 * per letter (nopt splices its argument array, which is quadratic on a long argv).
 */

/** How an option takes a value: its nopt types, as far as they decide that. */
export interface OptionType {
  /** The types include Boolean (`--x` alone is `true`). */
  bool?: boolean;
  /** Exactly String (or `[String]`): an `-x`/`--x` word after it is not its value. */
  stringOnly?: boolean;
  /** The types are a list (more than one), and what the list allows after a `--no-x` or a Boolean. */
  list?: { nul?: boolean; str?: boolean; num?: boolean; values?: readonly string[] };
}

/** One client's option types and shorthands (each shorthand's words, already split). */
export interface OptionTable {
  types: ReadonlyMap<string, OptionType>;
  shorthands: ReadonlyMap<string, readonly string[]>;
}

export interface NoptArgs {
  /** The command and its arguments, in order (`install`, `left-pad`). */
  positionals: string[];
  /** Where each positional stands in argv, or -1 for a word an option word expanded to. */
  positionalAt: number[];
  /** Each option by its full name: `true`, `false` (`--no-x`, `--x false`) or the value given. */
  options: Map<string, string | boolean>;
  /**
   * Options the table does not know, read as Booleans, each with the positional word that followed it
   * (if any): a client that knows the option may take that word as its value.
   */
  unknown: { name: string; next?: string }[];
}

/** A unique prefix of one name stands for it (the `abbrev` package, as nopt uses it); an exact name is itself. */
function abbreviations(names: Iterable<string>): Map<string, string> {
  const sorted = [...names].sort();
  const out = new Map<string, string>();
  for (const [i, name] of sorted.entries()) {
    const prev = sorted[i - 1] ?? '';
    const next = sorted[i + 1] ?? '';
    const shared = Math.max(common(name, prev), common(name, next));
    for (let k = shared + 1; k < name.length; k++) out.set(name.slice(0, k), name);
  }
  for (const name of sorted) out.set(name, name);
  return out;
}

function common(a: string, b: string): number {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

interface Abbrevs {
  types: Map<string, string>;
  shorts: Map<string, string>;
}
const abbrevCache = new WeakMap<OptionTable, Abbrevs>();
function abbrevTables(table: OptionTable): Abbrevs {
  let a = abbrevCache.get(table);
  if (!a) {
    a = { types: abbreviations(table.types.keys()), shorts: abbreviations(table.shorthands.keys()) };
    abbrevCache.set(table, a);
  }
  return a;
}

/** nopt's resolveShort: the words an option word expands to, or undefined when it is not a shorthand. */
function expand(table: OptionTable, word: string): readonly string[] | undefined {
  const { types, shorts } = abbrevTables(table);
  const shorthands = table.shorthands;
  const arg = word.replace(/^-+/, '');
  if (types.get(arg) === arg) return undefined;
  const exact = shorthands.get(arg);
  if (exact) return exact;
  if (arg !== '' && [...arg].every((ch) => shorthands.has(ch))) return [...arg].flatMap((ch) => shorthands.get(ch)!);
  if (types.has(arg)) return undefined;
  const short = shorts.get(arg);
  return short === undefined ? undefined : shorthands.get(short);
}

/**
 * Reads `argv` from `from` on (after the program) against `table`. `escape` words (pnpm's `exec`,
 * `create`, `test`, or the script of `pnpm run`) end the options where they stand as a word.
 */
export function readNoptArgs(
  argv: readonly string[],
  table: OptionTable,
  from = 1,
  escape: ReadonlySet<string> = new Set(),
): NoptArgs {
  const positionals: string[] = [];
  const positionalAt: number[] = [];
  const options = new Map<string, string | boolean>();
  const unknown: NoptArgs['unknown'] = [];
  // Words still to read, last first: expansions are pushed in front of the rest of argv.
  const pending: string[] = [];
  let i = from;
  // Where the word `next` last returned stands in argv (-1: from an expansion).
  let at = -1;
  const next = (): string | undefined => {
    at = pending.length > 0 ? -1 : i;
    return pending.length > 0 ? pending.pop() : argv[i++];
  };
  const positional = (word: string, where: number): void => {
    positionals.push(word);
    positionalAt.push(where);
  };
  const peek = (): string | undefined => (pending.length > 0 ? pending[pending.length - 1] : argv[i]);
  const unshift = (words: readonly string[]): void => {
    for (let k = words.length - 1; k >= 0; k--) pending.push(words[k]!);
  };
  const rest = (): void => {
    while (pending.length > 0) positional(pending.pop()!, -1);
    for (; i < argv.length; i++) positional(argv[i]!, i);
  };
  for (let word = next(); word !== undefined; word = next()) {
    if (/^-{2,}$/.test(word)) {
      rest();
      break;
    }
    if (escape.has(word)) {
      positional(word, at);
      rest();
      break;
    }
    if (!word.startsWith('-') || word.length === 1) {
      positional(word, at);
      continue;
    }
    let name = word;
    let hadEq = false;
    const eq = word.indexOf('=');
    if (eq >= 0) {
      hadEq = true;
      name = word.slice(0, eq);
      unshift([word.slice(eq + 1)]);
    }
    const expanded = expand(table, name);
    if (expanded && expanded[0] !== name) {
      unshift(expanded);
      continue;
    }
    name = name.replace(/^-+/, '');
    let no: boolean | undefined;
    // nopt lower-cases the whole name again for each `no-` it strips; once is enough (the prefix is
    // ASCII, so its offsets are the same in both), and a word of 100,000 `no-`s stays linear.
    const lower = name.toLowerCase();
    let cut = 0;
    while (lower.startsWith('no-', cut)) {
      no = !no;
      cut += 3;
    }
    name = name.slice(cut);
    name = abbrevTables(table).types.get(name) ?? name;
    const type = table.types.get(name);
    const value = readValue(type, no, hadEq, peek, next);
    options.set(name, value);
    if (type === undefined && !hadEq) {
      const la = peek();
      unknown.push(la !== undefined && !la.startsWith('-') && !escape.has(la) ? { name, next: la } : { name });
    }
  }
  return { positionals, positionalAt, options, unknown };
}

/** What the option takes, consuming its value word through `next` when it takes one. */
function readValue(
  type: OptionType | undefined,
  no: boolean | undefined,
  hadEq: boolean,
  peek: () => string | undefined,
  next: () => string | undefined,
): string | boolean {
  const la = peek();
  const isBool =
    no !== undefined || type?.bool === true || (type === undefined && !hadEq) || (la === 'false' && type?.list?.nul);
  if (isBool) {
    let value: string | boolean = !no;
    if (la === 'true' || la === 'false') {
      next();
      return la === 'true' ? !no : !!no;
    }
    const list = type?.list;
    if (list && la !== undefined) {
      if (list.values?.includes(la)) value = la;
      else if (la === 'null' && list.nul) value = 'null';
      else if (list.num && !/^-{2,}[^-]/.test(la) && la.trim() !== '' && !Number.isNaN(Number(la))) value = la;
      else if (list.str && !/^-[^-]/.test(la)) value = la;
      else return value;
      next();
    }
    return value;
  }
  if (la === undefined) return true;
  if (type?.stringOnly && /^-{1,2}[^-]/.test(la)) return '';
  if (/^-{2,}$/.test(la)) return true;
  next();
  return la;
}

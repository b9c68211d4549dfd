/**
 * pip requirements files: continuation lines, comments, global options, per-requirement `--hash`, `-r`/`-c`
 * includes, markers and direct URLs, with 1-based positions. https://pip.pypa.io/en/stable/reference/requirements-file-format/
 */
import { splitLines, type Parsed } from '@inert/core';
import type { Include, Requirement, RequirementOption, RequirementsFile } from '../model.js';
import { isExactPin, parseSpec } from './pep508.js';
import { baseOf, dirOf, joinInside } from './paths.js';

/** Short flags pip accepts in requirements files, by long name. */
const SHORT: Readonly<Record<string, string>> = {
  i: 'index-url',
  f: 'find-links',
  r: 'requirement',
  c: 'constraint',
  e: 'editable',
};
/** Options that take a value (the others are flags). */
const WITH_VALUE = new Set([
  'index-url',
  'extra-index-url',
  'find-links',
  'trusted-host',
  'requirement',
  'constraint',
  'editable',
  'only-binary',
  'no-binary',
  'hash',
  'config-settings',
  'global-option',
  'use-feature',
]);
const MAX_LINES = 200_000;

/** One logical line: pip joins lines ending in `\` unless the line is a comment (req_file.join_lines). */
interface Logical {
  line: number;
  column: number;
  text: string;
}

export function parseRequirements(text: string, path: string): Parsed<RequirementsFile> {
  const lines = splitLines(text);
  if (lines.length > MAX_LINES)
    return { ok: false, problem: { file: path, kind: 'limit', reason: `more than ${MAX_LINES} lines` } };
  const name = baseOf(path);
  const role = /\.in$/.test(name)
    ? 'input'
    : /^constraints/.test(name) || dirOf(path).endsWith('constraints')
      ? 'constraints'
      : 'install';
  const file: RequirementsFile = { path, dir: dirOf(path), role, requirements: [], options: [], includes: [] };
  for (const logical of joinLines(lines)) readLine(logical, file);
  return { ok: true, value: file };
}

function* joinLines(lines: readonly string[]): Generator<Logical> {
  let parts: string[] = [];
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const comment = /(?:^|\s)#/.test(line);
    if (!line.endsWith('\\') || comment) {
      if (parts.length > 0) {
        parts.push(comment ? ' ' + line : line);
        yield logical(start, parts.join(''), lines[start]!);
        parts = [];
      } else yield logical(i, line, line);
    } else {
      if (parts.length === 0) start = i;
      parts.push(line.slice(0, -1));
    }
  }
  if (parts.length > 0) yield logical(start, parts.join(''), lines[start]!);
}

/**
 * The line without its comment: pip drops `#` to the end when it starts the line or follows
 * whitespace (`pkg==1#frag` keeps its `#`). A scan for such a `#`, not `/(^|\s+)#.*$/`, which
 * restarted at every space and stalled on a 2 MB line (#20).
 */
export function stripComment(joined: string): string {
  for (let i = joined.indexOf('#'); i >= 0; i = joined.indexOf('#', i + 1)) {
    if (i === 0 || joined[i - 1]!.trim() === '') return joined.slice(0, i).trim();
  }
  return joined.trim();
}

function logical(index: number, joined: string, first: string): Logical {
  const text = stripComment(joined);
  return { line: index + 1, column: first.length - first.trimStart().length + 1, text };
}

function readLine({ line, column, text }: Logical, file: RequirementsFile): void {
  if (text === '') return;
  const tokens = text.split(/\s+/);
  const firstOpt = tokens.findIndex((t) => t.startsWith('-'));
  const reqPart = (firstOpt < 0 ? tokens : tokens.slice(0, firstOpt)).join(' ');
  const options = readOptions(firstOpt < 0 ? [] : tokens.slice(firstOpt));
  if (reqPart === '') {
    for (const opt of options) {
      if (opt.name === 'requirement' || opt.name === 'constraint') {
        const target = opt.value;
        const include: Include = { kind: opt.name, target, resolved: joinInside(file.dir, target), line, column };
        file.includes.push(include);
      } else if (opt.name === 'editable') {
        file.requirements.push(requirement(opt.value, line, column, text, [], true));
      } else if (opt.name !== 'hash') {
        file.options.push({ name: opt.name, value: opt.value, line, column });
      }
    }
    return;
  }
  const hashes = options.filter((o) => o.name === 'hash').map((o) => o.value);
  file.requirements.push(requirement(reqPart, line, column, text, hashes, false));
}

function requirement(
  spec: string,
  line: number,
  column: number,
  text: string,
  hashes: string[],
  editable: boolean,
): Requirement {
  const parsed = parseSpec(spec);
  const pinned = parsed.url === undefined && isExactPin(parsed.specifier);
  return {
    name: parsed.name,
    specifier: parsed.specifier,
    pinned,
    hashes,
    url: parsed.url,
    editable,
    markers: parsed.markers,
    text,
    line,
    column,
  };
}

/** Reads `--opt=value`, `--opt value`, `-x value`, `-xvalue`; unknown options are kept by name. */
function readOptions(tokens: readonly string[]): Omit<RequirementOption, 'line' | 'column'>[] {
  const out: Omit<RequirementOption, 'line' | 'column'>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let name: string;
    let value: string | undefined;
    if (token.startsWith('--')) {
      const eq = token.indexOf('=');
      name = eq < 0 ? token.slice(2) : token.slice(2, eq);
      if (eq >= 0) value = token.slice(eq + 1);
    } else if (token.startsWith('-') && token.length >= 2) {
      name = SHORT[token[1]!] ?? token.slice(1, 2);
      if (token.length > 2) value = token.slice(2).replace(/^=/, '');
    } else continue;
    if (value === undefined && WITH_VALUE.has(name)) value = tokens[++i] ?? '';
    out.push({ name, value: value ?? '' });
  }
  return out;
}

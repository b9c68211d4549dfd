/**
 * go.mod and go.work: a tokenizer for the go.mod grammar (quoted strings, `//` comments, blocks)
 * that keeps 1-based positions. https://go.dev/ref/mod#go-mod-file-grammar
 */
import { splitLines, type ParseProblem } from '@inert/core';
import type { At, GoMod, GoWork, Replace, Require } from '../model.js';

interface Token {
  text: string;
  column: number;
}
interface Line {
  tokens: Token[];
  comment: string;
  line: number;
  /** A `"` string runs to the end of the line: Go's modfile lexer refuses that ("unexpected newline in string"). */
  unterminated?: number;
}

/** Splits a line into tokens (quoted strings unquoted) and its trailing comment. */
function tokenize(text: string, line: number): Line {
  const tokens: Token[] = [];
  let i = 0;
  let comment = '';
  let unterminated: number | undefined;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      comment = text.slice(i + 2).trim();
      break;
    }
    const start = i;
    if (c === '"' || c === '`') {
      const end = text.indexOf(c, i + 1);
      if (end < 0 && c === '"') unterminated ??= start + 1;
      const stop = end < 0 ? text.length : end;
      tokens.push({
        text: c === '"' ? text.slice(i + 1, stop).replace(/\\(.)/g, '$1') : text.slice(i + 1, stop),
        column: start + 1,
      });
      i = stop + 1;
      continue;
    }
    if (c === '(' || c === ')' || (c === '=' && text[i + 1] === '>')) {
      const t = c === '=' ? '=>' : c;
      tokens.push({ text: t, column: i + 1 });
      i += t.length;
      continue;
    }
    while (
      i < text.length &&
      !/[\s"`]/.test(text[i]!) &&
      !(text[i] === '/' && text[i + 1] === '/') &&
      text[i] !== '(' &&
      text[i] !== ')' &&
      !(text[i] === '=' && text[i + 1] === '>')
    )
      i++;
    if (i === start) i++; // a character no rule consumes: never loop on it
    tokens.push({ text: text.slice(start, i), column: start + 1 });
  }
  return { tokens, comment, line, ...(unterminated === undefined ? {} : { unterminated }) };
}

/**
 * Yields (directive, arguments) for single-line and block forms. What Go's modfile parser refuses
 * outright (a block never closed, a quoted string never closed) goes to `problems` as `syntax`: go
 * would not read this file, and inert's reading of it is a guess, so the scan is incomplete.
 */
function* directives(
  text: string,
  path: string,
  problems: ParseProblem[],
): Generator<{ verb: string; args: Token[]; comment: string; line: number }> {
  let block: string | undefined;
  let blockLine = 0;
  let quoteReported = false;
  const refuse = (line: number, column: number, why: string) =>
    problems.push({ file: path, kind: 'syntax', reason: `${why}: go refuses this file`, line, column });
  for (const [i, raw] of splitLines(text).entries()) {
    const l = tokenize(raw, i + 1);
    if (l.unterminated !== undefined && !quoteReported) {
      quoteReported = true;
      refuse(l.line, l.unterminated, `a quoted string on line ${l.line} is not closed`);
    }
    if (l.tokens.length === 0) continue;
    if (block) {
      if (l.tokens[0]!.text === ')') {
        block = undefined;
        continue;
      }
      yield { verb: block, args: l.tokens, comment: l.comment, line: l.line };
      continue;
    }
    const [verb, ...args] = l.tokens;
    if (args[0]?.text === '(') {
      block = verb!.text;
      blockLine = l.line;
      continue;
    }
    yield { verb: verb!.text, args, comment: l.comment, line: l.line };
  }
  if (block !== undefined) refuse(blockLine, 1, `the ${block} ( block opened on line ${blockLine} is never closed`);
}

const LOCAL = /^(?:\.{1,2}[/\\]|\.{1,2}$|\/|[A-Z]:[/\\])/i;

function replace(args: Token[], file: string, line: number): Replace | undefined {
  const arrow = args.findIndex((t) => t.text === '=>');
  if (arrow < 1 || arrow === args.length - 1) return undefined;
  const [oldPath, oldVersion] = args.slice(0, arrow).map((t) => t.text);
  const [newPath, newVersion] = args.slice(arrow + 1).map((t) => t.text);
  const at: At = { file, line, column: args[0]!.column };
  return {
    oldPath: oldPath!,
    ...(oldVersion ? { oldVersion } : {}),
    newPath: newPath!,
    ...(newVersion ? { newVersion } : {}),
    local: LOCAL.test(newPath!),
    at,
  };
}

export function parseGoMod(text: string, path: string, dir: string, problems: ParseProblem[] = []): GoMod {
  const mod: GoMod = { path, dir, requires: [], replaces: [] };
  for (const d of directives(text, path, problems)) {
    const at: At = { file: path, line: d.line, column: d.args[0]?.column ?? 1 };
    const [a, b] = d.args.map((t) => t.text);
    if (d.verb === 'module' && a) mod.module = a;
    else if (d.verb === 'go' && a) mod.go = { ...at, version: a };
    else if (d.verb === 'toolchain' && a) mod.toolchain = { ...at, version: a };
    else if (d.verb === 'require' && a && b)
      mod.requires.push({
        path: a,
        version: b,
        indirect: /(?:^|;)\s*indirect\b/.test(d.comment),
        at,
      } satisfies Require);
    else if (d.verb === 'replace') {
      const r = replace(d.args, path, d.line);
      if (r) mod.replaces.push(r);
    }
  }
  return mod;
}

export function parseGoWork(text: string, path: string, dir: string, problems: ParseProblem[] = []): GoWork {
  const work: GoWork = { path, dir, uses: [], replaces: [] };
  for (const d of directives(text, path, problems)) {
    const a = d.args[0];
    if (d.verb === 'go' && a) work.go = { file: path, line: d.line, column: a.column, version: a.text };
    else if (d.verb === 'toolchain' && a)
      work.toolchain = { file: path, line: d.line, column: a.column, version: a.text };
    else if (d.verb === 'use' && d.args[0])
      work.uses.push({ dir: d.args[0].text, at: { file: path, line: d.line, column: d.args[0].column } });
    else if (d.verb === 'replace') {
      const r = replace(d.args, path, d.line);
      if (r) work.replaces.push(r);
    }
  }
  return work;
}

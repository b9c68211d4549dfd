/**
 * Dockerfile instructions with positions, one reader for every plugin that reads Dockerfiles (the CI
 * plugin's RUN commands and base images, the go plugin's `ENV GOFLAGS=…`), #24.2. It reads what
 * BuildKit's parser reads before any instruction is interpreted: the `# escape=` directive on the
 * first line, comment lines (dropped, also inside a continued instruction), lines continued by the
 * escape character, and a `RUN <<EOF` heredoc's body, which is the script and never an instruction.
 * https://docs.docker.com/reference/dockerfile/#format
 * https://docs.docker.com/reference/dockerfile/#escape
 * https://docs.docker.com/reference/dockerfile/#here-documents
 */
import { assignmentsIn, splitLines } from '@inert/core';

export interface DockerfileInstruction {
  /** The keyword, upper-case: `RUN`, `ENV`, `FROM` … */
  keyword: string;
  /**
   * The arguments: the first line's after the keyword, then each continuation line after a `\n`
   * (the escape character before it kept; a comment line inside the instruction is the escape
   * character alone, so each line of `args` is one line of the file).
   */
  args: string;
  /** 1-based line of the keyword. */
  line: number;
  /** 1-based column where `args` starts on that line. */
  column: number;
  /** 1-based last line of the instruction (of the heredoc's terminator when it has one). */
  endLine: number;
  /** `RUN <<EOF`: the lines up to the terminator (which the reader consumes). */
  heredoc?: { body: string[] };
}

export interface Dockerfile {
  /** The escape character: `\` unless the first line says `# escape=``. */
  escape: '\\' | '`';
  lines: string[];
  instructions: DockerfileInstruction[];
}

/** Every instruction of a Dockerfile, in order; linear in the text. */
export function readDockerfileInstructions(text: string): Dockerfile {
  const lines = splitLines(text);
  const escape = /^#\s*escape\s*=\s*`/i.test(lines[0] ?? '') ? '`' : '\\';
  const instructions: DockerfileInstruction[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    const m = instructionLine(first);
    if (!m || first.trimStart().startsWith('#')) continue;
    const start = i;
    const body = [m.args];
    // Gather continuation lines; comment lines inside an instruction are dropped, as Docker does.
    while (body[body.length - 1]!.trimEnd().endsWith(escape) && i + 1 < lines.length) {
      i++;
      body.push(lines[i]!.trimStart().startsWith('#') ? escape : lines[i]!);
    }
    const keyword = m.keyword.toUpperCase();
    const args = body.join('\n');
    const instruction: DockerfileInstruction = {
      keyword,
      args,
      line: start + 1,
      column: first.indexOf(m.args) + 1,
      endLine: i + 1,
    };
    // RUN <<EOF … EOF: the body is the script, up to the terminator.
    const heredoc = keyword === 'RUN' ? /^<<-?\s*["']?(\w+)["']?\s*$/.exec(withoutFlags(args).trim()) : null;
    if (heredoc) {
      const script: string[] = [];
      let j = i + 1;
      while (j < lines.length && lines[j]!.trim() !== heredoc[1]) script.push(lines[j++]!);
      i = j;
      instruction.heredoc = { body: script };
      // The terminator's line; one past the last line when the heredoc is never closed.
      instruction.endLine = j + 1;
    }
    instructions.push(instruction);
  }
  return { escape, lines, instructions };
}

/** `RUN --mount=… --network=none npm ci` → `npm ci`: the arguments after the instruction's flags. */
export function withoutFlags(args: string): string {
  return args.replace(/^(--[a-z-]+(=\S*)?\s+)+/, '');
}

/**
 * `KEYWORD args` of an instruction's first line, as `/^\s*([A-Z]+)\s+(.*)$/i` read it: `(\S.*)?` after
 * `\s+` instead of `(.*)`, so the two quantifiers cannot trade spaces (linear, #20 class 3).
 */
export function instructionLine(line: string): { keyword: string; args: string } | undefined {
  const m = /^\s*([A-Z]+)\s+(\S.*)?$/i.exec(line);
  return m ? { keyword: m[1]!, args: m[2] ?? '' } : undefined;
}

/** One `NAME=value` (or legacy `NAME value`) of an ENV or ARG instruction. */
export interface DockerfileAssignment {
  name: string;
  /** The value, its surrounding quotes removed. */
  value: string;
  /** Offset of the name in the instruction's `args`. */
  index: number;
}

/**
 * The assignments of an ENV or ARG instruction's `args`: `A=1 B="two words"`, or the legacy
 * `A value with spaces` (one variable, the rest of the line its value). With `escape`, a
 * continuation (the escape character before a line end) reads as a space; offsets are into `args`
 * as given. Linear: the text is cut at continuations once, and each offset found by bisection.
 */
export function dockerfileAssignments(args: string, escape?: string): DockerfileAssignment[] {
  const pieces = escape === undefined ? [args] : args.split(`${escape}\n`);
  const text = pieces.join(' ');
  // Where each piece starts in `text` and in `args` (each cut is 2 characters there, 1 here).
  const inText: number[] = [];
  for (let k = 0, at = 0; k < pieces.length; at += pieces[k]!.length + 1, k++) inText.push(at);
  const original = (index: number): number => {
    let lo = 0;
    let hi = inText.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (inText[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return index + lo;
  };
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (!/^[A-Z_]\w*=/i.test(trimmed)) {
    const [name, ...rest] = trimmed.split(/\s+/);
    return name && /^[A-Z_]\w*$/i.test(name) ? [{ name, value: rest.join(' '), index: original(lead) }] : [];
  }
  return assignmentsIn(trimmed, isNameStart, isNameChar).map((a) => ({
    name: a.name,
    value: a.value.replace(/^["']|["']$/g, ''),
    index: original(lead + a.index),
  }));
}

/** 1-based line and column of offset `index` of an instruction's `args`. */
export function positionIn(instruction: DockerfileInstruction, index: number): { line: number; column: number } {
  const before = instruction.args.slice(0, index);
  const newline = before.lastIndexOf('\n');
  if (newline < 0) return { line: instruction.line, column: instruction.column + index };
  let lines = 0;
  for (let k = 0; k < before.length; k++) if (before.charCodeAt(k) === 0x0a) lines++;
  return { line: instruction.line + lines, column: index - newline };
}

/** `[A-Z_]\w*` with the `i` flag: a letter or `_`, then letters, digits and `_`. */
const isNameStart = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 0x30 && c <= 0x39);

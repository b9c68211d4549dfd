/**
 * Dockerfiles: RUN (shell, exec and heredoc forms) with ENV/ARG in effect, on the instructions
 * `@inert/syntax` reads (the go plugin reads its `ENV GOFLAGS=…` from the same reader).
 * https://docs.docker.com/reference/dockerfile/
 */
import type { ParseProblem } from '@inert/core';
import {
  dockerfileAssignments,
  readDockerfileInstructions,
  withoutFlags,
  type DockerfileInstruction,
} from '@inert/syntax';
import type { CiCommand } from './model.js';
import { commandsFromScript, pushAll, withinScalar } from './script.js';

/** RUN commands; a script over the commands budget adds a `limit` problem to `problems`. */
export function readDockerfile(text: string, path: string, problems: ParseProblem[]): CiCommand[] {
  const { escape, lines, instructions } = readDockerfileInstructions(text);
  const out: CiCommand[] = [];
  let env: Record<string, string> = {};
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') env = {};
    else if (instruction.keyword === 'ENV' || instruction.keyword === 'ARG')
      Object.assign(env, assignments(instruction.args, escape));
    else if (instruction.keyword === 'RUN') {
      const { line, column, endLine } = instruction;
      const commands = run(instruction, { file: path, env: { ...env }, problems }, escape);
      pushAll(out, withinScalar(commands, { line, column, endLine }, lines));
    }
  }
  return out;
}

/** `A=1 B="two words"` or the legacy `A value with spaces`; with `escape`, continuations read as spaces. */
export function assignments(args: string, escape?: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of dockerfileAssignments(args, escape)) out[a.name] = a.value;
  return out;
}

function run(
  instruction: DockerfileInstruction,
  at: { file: string; env: Record<string, string>; problems: ParseProblem[] },
  escape: string,
): CiCommand[] {
  let script = withoutFlags(instruction.args);
  const column = instruction.column + (instruction.args.length - script.length);
  // RUN <<EOF … EOF: the body is the script.
  if (instruction.heredoc)
    return commandsFromScript(instruction.heredoc.body.join('\n'), {
      file: at.file,
      firstLine: instruction.line + 1,
      firstColumn: 1,
      env: at.env,
      origin: 'dockerfile',
      problems: at.problems,
    });
  // Exec form: RUN ["npm", "ci"]
  if (script.trim().startsWith('[')) {
    try {
      const argv = JSON.parse(script.replaceAll(`${escape}\n`, ' ')) as unknown;
      if (Array.isArray(argv) && argv.every((a) => typeof a === 'string'))
        script = argv.map((a) => `'${a.replaceAll("'", `'\\''`)}'`).join(' ');
    } catch {
      // not JSON: Docker runs it as a shell command too
    }
  }
  if (escape === '`') script = script.replaceAll('`\n', '\\\n');
  return commandsFromScript(script, {
    file: at.file,
    firstLine: instruction.line,
    firstColumn: column,
    env: at.env,
    origin: 'dockerfile',
    problems: at.problems,
  });
}

export { instructionLine } from '@inert/syntax';

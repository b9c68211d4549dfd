/**
 * The Gradle rule's verdict on a workflow command line, with the command context a model gives (the
 * build's declared publishing credentials). Named `*.test.*` so the package leaves it out.
 */
import type { CommandContext, ShellCommand } from '@inert/core';
import { commandContext } from './command-context.js';
import { commands } from './commands.js';
import type { GradleModel } from './model.js';

export function classifyWith(model: GradleModel, line: string, env: Record<string, string>, argv = line.split(' ')) {
  const context = commandContext(model)('') as CommandContext | undefined;
  const c: ShellCommand = { argv, env, text: line, file: 'w.yml', line: 1, column: 1, origin: 'github-actions' };
  return commands[0]!.classify(c, context);
}

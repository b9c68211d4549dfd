/** A shell command as a workflow step gives it, for the CI plugin's rule tests. Named `*.test.*` so the package leaves it out. */
import type { ShellCommand } from '@inert/core';

export const shellCommand = (line: string, env: Record<string, string> = {}): ShellCommand => ({
  argv: line.split(' '),
  env,
  text: line,
  file: 'w.yml',
  line: 1,
  column: 1,
  origin: 'github-actions',
});

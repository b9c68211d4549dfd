/** The program name a rule matches: the last path segment (`/` or `\\`), without a Windows executable suffix. */
export function basename(program: string): string {
  const name = program.slice(Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1);
  return name.replace(/\.(exe|cmd|bat|ps1)$/i, '');
}

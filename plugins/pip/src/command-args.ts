/** Argument helpers shared by the Python command rules (commands.ts, commands-conda.ts, commands-project.ts, publish.ts). */
export const truthy = (v: string | undefined): boolean => v !== undefined && /^(?:1|true|yes|on)$/i.test(v.trim());
export const has = (args: readonly string[], ...flags: string[]): boolean =>
  args.some((a) => flags.some((f) => a === f || a.startsWith(`${f}=`)));
export const base = (p: string): string => p.slice(p.replace(/\\/g, '/').lastIndexOf('/') + 1).replace(/\.exe$/i, '');

/** Positional arguments (not flags, not flag values) after the subcommand. */
export function positionals(args: readonly string[], withValue: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('-')) {
      if (!a.includes('=') && (withValue.has(a) || (/^-[a-z]$/i.test(a) && withValue.has(a)))) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** `credential` of a publish verdict: the first of the variables set in the env (the CI reader resolves its value). */
export function credentialIn(
  env: Readonly<Record<string, string>>,
  ...names: string[]
): { credential?: { from: 'env'; name: string } } {
  const name = names.find((n) => (env[n] ?? '') !== '');
  return name ? { credential: { from: 'env', name } } : {};
}

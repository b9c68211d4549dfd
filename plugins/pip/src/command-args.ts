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

/** The values of `-r`/`--requirement` (`-r x`, `-rx`, `--requirement x`, `--requirement=x`), and sync's positionals. */
export function requirementFiles(args: readonly string[], names: readonly string[], sync: boolean): string[] {
  const out: string[] = sync ? [...names] : [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-r' || a === '--requirement') {
      if (args[i + 1] !== undefined) out.push(args[++i]!);
    } else if (a.startsWith('--requirement=')) out.push(a.slice('--requirement='.length));
    else if (a.startsWith('-r') && !a.startsWith('--')) out.push(a.slice(2));
  }
  return out;
}

// uv's `is_pylock_toml` (crates/uv-requirements/src/sources.rs): `pylock.toml` or `pylock.<name>.toml`
// with no dot in the name (PEP 751's file name). uv installs such a file as the lock it is, from 0.6.15.
const PYLOCK = /^pylock\.(?:[^.]+\.)?toml$/;
export const isPylock = (file: string): boolean => PYLOCK.test(base(file));

/**
 * Applies every plugin's command rules to the commands and action steps of the model. A command that
 * uses a matrix axis (`${{ matrix.pm }} install`) is judged once per value of that axis, never per
 * combination of axes, and verdicts that agree are one verdict naming the values they hold for: one
 * finding per step, not one per matrix entry.
 */
import type { CommandRule, CommandVerdict, EcosystemId, ScanCommandRule, ShellCommand } from '@inert/core';
import type { CiCommand, CiModel, CiVerdict, MatrixAxes } from './model.js';
import { applyConfigTokens, applyRegistryLogins, resolveCredential } from './publish-auth.js';
import { applyMavenSettings } from './publish-maven.js';
import { applyJreleaserConfig } from './jreleaser-config.js';
import { basename, normalise } from './script.js';
import { trackRewrites, type PendingRewrites } from './verify-steps.js';

/** A rule as the scan hands it over (with its plugin's context), or a bare one (tests, embedders calling loadCi). */
export type JudgingRule = CommandRule & Partial<Pick<ScanCommandRule, 'contextFor'>>;

const MATRIX_REF = /\$\{\{\s*matrix\.([A-Za-z_][\w-]*)\s*\}\}/g;

export function classify(model: CiModel, rules: readonly JudgingRule[]): void {
  const byProgram = new Map<string, JudgingRule[]>();
  for (const rule of rules) for (const p of rule.programs) byProgram.set(p, [...(byProgram.get(p) ?? []), rule]);
  // Per job (file and job id): ecosystems whose project install ran so far, in file order.
  const installed = new Map<string, Set<EcosystemId>>();
  const rewrites: PendingRewrites = new Map();
  for (const c of model.commands) {
    const key = `${c.command.file}\0${c.command.job ?? ''}`;
    const before = installed.get(key);
    const command: CiCommand = before ? { ...c, command: { ...c.command, installedBefore: [...before] } } : c;
    const from = model.verdicts.length;
    classifyCommand(model, command, byProgram);
    trackRewrites(model, rewrites, key, command, from, commandDir(command.command));
    for (const v of model.verdicts.slice(from))
      if (
        v.verdict.action === 'install' &&
        (v.verdict.classification === 'strict' || v.verdict.classification === 'lax')
      )
        installed.set(key, new Set([...(installed.get(key) ?? []), v.ecosystem]));
  }
  for (const step of model.actions) {
    const name = step.uses.split('@')[0]!;
    for (const rule of rules) {
      if (!rule.actions?.includes(name) || !rule.classifyAction) continue;
      const verdict = safe(model, step.file, () => rule.classifyAction!(step));
      if (verdict)
        model.verdicts.push({
          ecosystem: rule.ecosystem ?? 'ci',
          verdict: resolveCredential(verdict, step.env, step.with),
          at: { file: step.file, line: step.line, column: step.column },
          text: `uses: ${step.uses}`,
          ...(step.job !== undefined ? { job: step.job } : {}),
          ...(step.idToken !== undefined ? { idToken: step.idToken } : {}),
        });
    }
  }
  applyRegistryLogins(model);
  applyConfigTokens(model);
  applyMavenSettings(model);
  applyJreleaserConfig(model);
  for (const v of model.verdicts) {
    if (v.verdict.action === 'other') continue;
    model.inventory.commands!.push({
      ecosystem: v.ecosystem,
      file: v.at.file,
      line: v.at.line,
      command: v.text,
      action: v.verdict.action,
      classification: v.verdict.classification,
      ...(v.verdict.auth ? { auth: v.verdict.auth } : {}),
      ...(v.verdict.provenance !== undefined ? { provenance: v.verdict.provenance } : {}),
      ...(v.job ? { job: v.job } : {}),
    });
  }
}

function classifyCommand(model: CiModel, c: CiCommand, byProgram: ReadonlyMap<string, readonly JudgingRule[]>): void {
  const at = { file: c.command.file, line: c.command.line, column: c.command.column };
  const base = {
    at,
    ...(c.command.job !== undefined ? { job: c.command.job } : {}),
    ...(c.command.idToken !== undefined ? { idToken: c.command.idToken } : {}),
  };
  const axis = matrixAxis(c.command.argv, c.jobModel?.matrix ?? {});
  if (c.dynamic && !axis) {
    model.inventory.commands!.push({
      ecosystem: 'ci',
      file: at.file,
      line: at.line,
      command: c.command.text,
      action: 'other',
      classification: 'unknown',
      ...(c.command.job ? { job: c.command.job } : {}),
    });
    return;
  }
  if (!axis) {
    for (const { ecosystem, verdict } of judge(model, c.command, byProgram, c.jobModel?.matrix))
      model.verdicts.push({ ecosystem, verdict, text: c.command.text, ...base });
    return;
  }
  // One variant per value of one axis: linear in the axis, whatever the other axes hold.
  const groups = new Map<string, { ecosystem: EcosystemId; verdict: CommandVerdict; values: string[]; text: string }>();
  const pattern = new RegExp(`\\$\\{\\{\\s*matrix\\.${axis.name.replace(/[^\w-]/g, '')}\\s*\\}\\}`, 'g');
  for (const value of axis.values) {
    const argv = c.command.argv.map((w) => w.replace(pattern, value));
    const text = argv.join(' ');
    for (const { ecosystem, verdict } of judge(model, { ...c.command, argv, text }, byProgram)) {
      const key = `${ecosystem}\0${verdict.action}\0${verdict.classification}\0${verdict.auth ?? ''}\0${String(verdict.provenance)}`;
      const group = groups.get(key);
      if (group) group.values.push(value);
      else groups.set(key, { ecosystem, verdict, values: [value], text });
    }
  }
  for (const g of groups.values()) {
    const axes = `matrix.${axis.name} = ${g.values.join(', ')}`;
    const verdict: CommandVerdict =
      g.values.length === 1 ? g.verdict : { ...g.verdict, reason: `${g.verdict.reason} (for ${axes})` };
    const v: CiVerdict = {
      ecosystem: g.ecosystem,
      verdict,
      text: g.values.length === 1 ? g.text : c.command.text,
      axes,
      ...base,
    };
    model.verdicts.push(v);
  }
}

/**
 * `--help`/`-h` anywhere, or `--version`/`-V`/`version`/`help` as the first argument: every client
 * prints and exits, so nothing is installed or published (`uvx --help`, `pip install -h`). `--version`
 * later on is an option with a value for some clients (`cargo install --version 1.2.3`) and is left to
 * the rules.
 */
export function printsAndExits(argv: readonly string[]): boolean {
  return (
    argv.some((a, i) => i > 0 && (a === '--help' || a === '-h')) ||
    /^(?:--version|-V|version|help)$/.test(argv[1] ?? '')
  );
}

function judge(
  model: CiModel,
  command: ShellCommand,
  byProgram: ReadonlyMap<string, readonly JudgingRule[]>,
  matrix?: MatrixAxes,
): { ecosystem: EcosystemId; verdict: CommandVerdict }[] {
  const out: { ecosystem: EcosystemId; verdict: CommandVerdict }[] = [];
  if (printsAndExits(command.argv)) return out;
  const dir = commandDir(command);
  const dirs = dir === undefined && matrix ? matrixDirs(command.cwd ?? '', matrix) : undefined;
  for (const rule of byProgram.get(basename(command.argv[0] ?? '')) ?? []) {
    const verdict = safe(model, command.file, () =>
      dirs
        ? acrossDirs(command, rule, dirs)
        : rule.classify(command, dir === undefined ? undefined : rule.contextFor?.(dir)),
    );
    if (verdict) out.push({ ecosystem: rule.ecosystem ?? 'ci', verdict: resolveCredential(verdict, command.env) });
  }
  return out;
}

/**
 * The directory a command runs in, relative to the root (`''`): its `working-directory` or `cd`,
 * normalised. Undefined when a variable, an absolute path or a path above the root decides it: the
 * owning plugin's context for it is then unknown, never the root's.
 */
export function commandDir(command: ShellCommand): string | undefined {
  const cwd = command.cwd;
  if (cwd === undefined) return '';
  if (cwd.includes('$') || cwd.startsWith('/') || /^[A-Z]:[\\/]/i.test(cwd)) return undefined;
  return normalise(cwd.replace(/\\/g, '/'));
}

/** A `working-directory` that is one matrix axis (`${{ matrix.dir }}`, `packages/${{ matrix.pkg }}`): each value's directory, never the combinations. */
interface MatrixDirs {
  cwd: string;
  axis: string;
  dirs: { value: string; dir: string }[];
}

function matrixDirs(cwd: string, matrix: MatrixAxes): MatrixDirs | undefined {
  const refs = [...cwd.matchAll(MATRIX_REF)];
  const axis = refs[0]?.[1];
  if (axis === undefined || refs.some((r) => r[1] !== axis)) return undefined;
  const values = matrix[axis];
  if (!values || values.length === 0) return undefined;
  const dirs: { value: string; dir: string }[] = [];
  for (const value of values) {
    const dir = commandDir({ cwd: cwd.replace(MATRIX_REF, () => value) } as ShellCommand);
    if (dir === undefined) return undefined;
    dirs.push({ value, dir });
  }
  return { cwd, axis, dirs };
}

/**
 * A command in a matrix-valued directory: judged with each value's context (linear in the axis). When
 * every value gives the same verdict, that verdict; otherwise the classification is undeterminable and
 * the reason names what each value gives.
 */
function acrossDirs(command: ShellCommand, rule: JudgingRule, m: MatrixDirs): CommandVerdict | undefined {
  const verdicts = m.dirs.map((d) => ({ value: d.value, verdict: rule.classify(command, rule.contextFor?.(d.dir)) }));
  const first = verdicts[0]?.verdict;
  const key = (v: CommandVerdict | undefined) =>
    v === undefined ? '' : `${v.action}\0${v.classification}\0${v.auth ?? ''}\0${String(v.undeterminable)}`;
  if (verdicts.every((v) => key(v.verdict) === key(first)))
    return first === undefined
      ? undefined
      : {
          ...first,
          reason: `${first.reason} (in \`${m.cwd}\`, the same for every value of matrix.${m.axis}: ${m.dirs.map((d) => d.dir || '.').join(', ')})`,
        };
  const shown = verdicts.map(
    (v) => `${v.value}: ${v.verdict ? `${v.verdict.classification}, ${v.verdict.reason}` : 'not judged'}`,
  );
  const action = verdicts.find((v) => v.verdict)!.verdict!.action;
  return {
    action,
    classification: 'unknown',
    undeterminable: true,
    reason: `\`working-directory: ${m.cwd}\` takes the values of matrix.${m.axis}, whose directories give different verdicts (${shown.join('; ')}), so which one this run gets depends on the matrix entry`,
  };
}

/** The first matrix axis with literal values that a word of argv uses. */
function matrixAxis(
  argv: readonly string[],
  matrix: MatrixAxes,
): { name: string; values: readonly string[] } | undefined {
  for (const word of argv) {
    if (!word.includes('matrix.')) continue;
    for (const m of word.matchAll(MATRIX_REF)) {
      const values = matrix[m[1]!];
      if (values && values.length > 0) return { name: m[1]!, values };
    }
  }
  return undefined;
}

/** A rule that throws must not take the scan down: the file is reported and the verdict is absent. */
function safe<T>(model: CiModel, file: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    model.problems.push({
      file,
      kind: 'unreadable',
      reason: `a command rule failed (${error instanceof Error ? error.message : String(error)}); please report this`,
    });
    return undefined;
  }
}

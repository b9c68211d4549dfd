/**
 * Steps that fail the job when the working tree changed: `git diff --exit-code`/`--quiet`, and a test
 * of `git status --porcelain` output (`test -z "$(git status --porcelain)"`, or `if [ -n "$(…)" ]; then
 * … exit 1; fi`). After a command that rewrites module files (`go mod tidy`), such a step makes the
 * pair a check that the committed files are already what the command writes, not a rewrite that the
 * job goes on to use (classify.ts applies it).
 *
 * git diff: `--exit-code` makes it exit 1 when there are differences, `--quiet` implies it
 * (https://git-scm.com/docs/git-diff, git 2.47). git status: `--porcelain` (and `-s`/`--short`,
 * `--porcelain=v1|v2`) prints one line per changed or untracked path, nothing when the tree is clean
 * (https://git-scm.com/docs/git-status).
 */
import { joinInside } from '@inert/core';
import type { CiCommand, CiModel, TreeCheck } from './model.js';
import { basename } from './program-name.js';
import { splitShell } from './shell-words.js';

export type { TreeCheck } from './model.js';

/**
 * `fails`: whether a failure of this command fails the job: the script runs under `set -e` (GitHub's
 * bash and sh, GitLab's script lines) and does not test its status, or a later command of the same
 * script exits non-zero (`|| exit 1`, `if …; then exit 1; fi`). `cwd`: the command's directory,
 * root-relative (undefined when not known).
 */
export function treeCheck(
  argv: readonly string[],
  substitutions: readonly string[],
  fails: { untested: boolean; exitsLater: boolean },
  cwd: string | undefined,
): TreeCheck | undefined {
  const program = basename(argv[0] ?? '');
  if (program === 'git' && argv[1] === 'diff') {
    // `git diff --quiet || echo changed`: the failure is handled; `|| exit 1` (or an if's branch) makes it fatal again.
    if (!fails.untested && !fails.exitsLater) return undefined;
    if (!argv.includes('--exit-code') && !argv.includes('--quiet')) return undefined;
    if (argv.includes('--no-exit-code') || argv.includes('--cached') || argv.includes('--staged')) return undefined;
    return paths(argv.slice(2), cwd);
  }
  // `test -z "$(git status --porcelain)"` fails when something changed; `[ -n … ]` only in a branch that exits.
  if (program !== 'test' && program !== '[' && program !== '[[') return undefined;
  const status = substitutions.map(porcelainStatus).find((s) => s !== undefined);
  if (!status) return undefined;
  const empty = argv.includes('-z');
  if (!(empty && fails.untested) && !fails.exitsLater) return undefined;
  return paths(status, cwd);
}

/** The pathspecs after `git status --porcelain`, when the substitution is exactly that. */
function porcelainStatus(script: string): string[] | undefined {
  const pipelines = splitShell(script);
  const argv = pipelines.length === 1 && pipelines[0]!.commands.length === 1 ? pipelines[0]!.commands[0]!.argv : [];
  if (basename(argv[0] ?? '') !== 'git' || argv[1] !== 'status') return undefined;
  const porcelain = argv.some(
    (a) => a === '-s' || a === '--short' || a === '--porcelain' || /^--porcelain=v?[12]$/.test(a),
  );
  return porcelain ? argv.slice(2) : undefined;
}

/**
 * The paths a diff or status covers: none given (or `.` at the root, `:/`) is the whole tree. A pathspec
 * with a wildcard or magic is not read (it covers nothing here), never guessed.
 */
function paths(args: readonly string[], cwd: string | undefined): TreeCheck | undefined {
  const dashdash = args.indexOf('--');
  // `git diff --exit-code HEAD`: the working tree against HEAD, the same files.
  const specs = (dashdash >= 0 ? args.slice(dashdash + 1) : args.filter((a) => !a.startsWith('-'))).filter(
    (a) => a !== '' && a !== 'HEAD',
  );
  if (specs.length === 0 || specs.includes(':/')) return { paths: 'all' };
  if (cwd === undefined) return undefined;
  const out: string[] = [];
  for (const spec of specs) {
    if (/[*?[\]:]/.test(spec) || spec.startsWith('/')) continue;
    const joined = joinInside(cwd, spec);
    if (joined === undefined) continue;
    if (joined === '') return { paths: 'all' };
    out.push(joined);
  }
  return out.length === 0 ? undefined : { paths: out };
}

/** Whether a check covers `file` (root-relative). */
export function covers(check: TreeCheck, file: string): boolean {
  if (check.paths === 'all') return true;
  return check.paths.some((p) => file === p || file.startsWith(`${p}/`));
}

/** Real jobs tidy a handful of modules before their check (golang-samples: 2 commands); a hostile one is cut here. */
const MAX_WAITING = 256;

/** Per job: the lax verdicts (indexes into `model.verdicts`) that rewrite files, with the directory they run in. */
export type PendingRewrites = Map<string, { index: number; dir: string | undefined }[]>;

/**
 * After the verdicts of one command (`model.verdicts` from `from` on): a rewrite waits for a check; a
 * check turns the rewrites it covers into checks of the committed files; a build, test or publish in
 * between, or a command whose program is an expansion, ran with the rewritten files, and the rewrites
 * before it stay lax. Linear: at most MAX_WAITING rewrites wait per job (a check visits each); one past
 * that stays lax, the reading that reports, never the one that hides.
 */
export function trackRewrites(
  model: CiModel,
  pending: PendingRewrites,
  job: string,
  c: CiCommand,
  from: number,
  dir: string | undefined,
): void {
  let waiting = pending.get(job) ?? [];
  for (let k = from; k < model.verdicts.length; k++) {
    const { verdict } = model.verdicts[k]!;
    if (verdict.rewrites && verdict.classification === 'lax' && waiting.length < MAX_WAITING)
      waiting.push({ index: k, dir });
    else if (verdict.action === 'build' || verdict.action === 'publish') waiting = [];
  }
  if (c.dynamic) waiting = [];
  const check = c.checksTree;
  if (check && waiting.length > 0)
    waiting = waiting.filter(({ index, dir: at }) => {
      const v = model.verdicts[index]!;
      const files = v.verdict.rewrites ?? [];
      const covered = files.every((f) =>
        at === undefined ? check.paths === 'all' : covers(check, joinInside(at, f) ?? f),
      );
      if (!covered) return true;
      model.verdicts[index] = {
        ...v,
        verdict: {
          ...v.verdict,
          classification: 'strict',
          reason: `${v.verdict.reason}, but \`${c.command.text}\` (line ${c.command.line}) fails the job when they changed: the pair checks that the committed files are already what it writes, and nothing runs with a rewrite`,
        },
      };
      return false;
    });
  pending.set(job, waiting);
}

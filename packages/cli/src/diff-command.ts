/**
 * `inert diff BASE HEAD` and `inert diff --base <dir> [HEAD]`: both trees scanned as `inert scan`
 * scans them (nothing executed), then compared (@inert/core diffScans). `--fail-on` counts only the
 * findings the change adds; an incomplete scan of either side exits 3 unless new findings already fail.
 */
import {
  atLeast,
  counted,
  diffIncomplete,
  diffScans,
  escapeText,
  renderDiffGithub,
  renderDiffJson,
  renderDiffMarkdown,
  renderDiffSarif,
  renderDiffText,
  type DiffResult,
  type ScanResult,
  type Severity,
} from '@inert/core';
import { UsageError, type ParsedArgs } from './args.js';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_INCOMPLETE, EXIT_OK } from './exit-codes.js';

/** What the command line hands the diff: scanning a tree as `inert scan` does, and where output goes. */
export interface DiffTools {
  /** Scans one path (config, baseline, --osv as the arguments say); throws a UsageError when it cannot. */
  scan(path: string): Promise<{ result: ScanResult; root: string; configFailOn?: string }>;
  isDirectory(path: string): Promise<boolean>;
  /** The scanned root relative to the working directory, for SARIF and annotation paths. */
  pathPrefix(root: string): string;
  /** The report: to --output or standard output. */
  write(text: string): Promise<void>;
  stderr(text: string): void;
  color: boolean;
  docsBaseUrl: string;
}

const DIFF_FORMATS = ['text', 'json', 'markdown', 'sarif', 'github'];

export async function diffCommand(args: ParsedArgs, tools: DiffTools): Promise<number> {
  if (args.batch || args.writeBaseline || args.package)
    throw new UsageError('diff compares two checkouts: --batch, --write-baseline and --package are scan options');
  if (!DIFF_FORMATS.includes(args.format))
    throw new UsageError(`diff writes ${DIFF_FORMATS.join(', ')}, not "${args.format}"`);
  const [basePath, headPath] = paths(args);
  for (const path of [basePath, headPath]) {
    if (!(await tools.isDirectory(path)))
      throw new UsageError(
        `cannot diff "${path}": not a directory (inert diff compares two checkouts, e.g. a git worktree of the base commit and the pull request's tree)`,
      );
  }
  const base = await tools.scan(basePath);
  const head = await tools.scan(headPath);
  if (
    base.result.files.length + base.result.findings.length + head.result.files.length + head.result.findings.length ===
    0
  ) {
    tools.stderr(
      `inert: nothing scanned: neither ${escapeText(base.root)} nor ${escapeText(head.root)} holds a package-manager file inert reads; are they the right paths?\n`,
    );
    return EXIT_ERROR;
  }
  // The threshold: the command line, else the base's config (the side the change cannot edit), else high.
  const failOn = (args.failOn ?? base.configFailOn ?? 'high') as Severity;
  const diff = diffScans(base.result, head.result);
  await tools.write(render(diff, args, tools));
  return exitCode(diff, failOn, tools);
}

/** BASE HEAD, or --base BASE [HEAD] (HEAD: the current directory). */
function paths(args: ParsedArgs): [string, string] {
  const given = args.positionals;
  if (args.base !== undefined) {
    if (given.length > 1)
      throw new UsageError(`diff --base <dir> takes at most one more path (the head), got ${given.length}`);
    return [args.base, given[0] ?? '.'];
  }
  if (given.length !== 2)
    throw new UsageError(
      `diff needs two checkouts: inert diff BASE HEAD, or inert diff --base BASE [HEAD] (got ${counted(given.length, 'path')})`,
    );
  return [given[0]!, given[1]!];
}

function render(diff: DiffResult, args: ParsedArgs, tools: DiffTools): string {
  const pathPrefix = args.pathPrefix ?? tools.pathPrefix(diff.head.root);
  switch (args.format) {
    case 'json':
      return renderDiffJson(diff);
    case 'markdown':
      return renderDiffMarkdown(diff, { docsBase: args.docsUrl ?? tools.docsBaseUrl });
    case 'sarif':
      return renderDiffSarif(diff, {
        docsBaseUrl: args.docsUrl ?? tools.docsBaseUrl,
        pathPrefix,
      });
    case 'github':
      return renderDiffGithub(diff, { pathPrefix });
    default:
      return renderDiffText(diff, { verbose: args.verbose, quiet: args.quiet, color: tools.color });
  }
}

/** 1 for a new finding at or above --fail-on; otherwise 3 when either scan is incomplete (said on stderr too), else 0. */
function exitCode(diff: DiffResult, failOn: Severity, tools: DiffTools): number {
  if (diff.findings.new.some((f) => atLeast(f.severity, failOn))) return EXIT_FINDINGS;
  if (diffIncomplete(diff)) {
    tools.stderr(
      'inert: diff incomplete: a scan of the base or the head could not read everything (listed in the report); what the change adds may be missing\n',
    );
    return EXIT_INCOMPLETE;
  }
  return EXIT_OK;
}

/** Command-line arguments (node:util parseArgs) and the help text, the source of docs/cli.md. */
import { parseArgs } from 'node:util';
import { EXIT_CODE_TABLE } from './exit-codes.js';

export const HELP = `inert — static analysis of a checkout's software supply chain. Reads manifests,
lockfiles, client config and CI without executing anything.

Usage:
  inert scan [path]            scan a checkout (default: the current directory); a lockfile or
                               manifest path scans the files of its directory, not subdirectories
  inert scan <archive>         vet a package before installing it: npm .tgz, PyPI sdist .tar.gz,
                               .whl, .gem, .crate (its own install hooks judged by what they do)
  inert scan --package <dir>   the same for an unpacked package directory
  inert diff BASE HEAD         what a change does to the supply chain: findings and dependencies,
                               sources, install and publish commands it adds or removes (both trees
                               read, nothing executed; see docs/diff.md)
  inert diff --base <dir> [HEAD]  the same, HEAD defaulting to the current directory
  inert checks                 list every check: id, severity, question, title
  inert explain <check-id>     print a check's docs page: what it reads, why it matters, examples, fix
  inert questions              list the threat-model questions (--format json for JSON)
  inert files                  list the files inert reads, by plugin (--format json; --format sparse:
                               patterns for git sparse-checkout --no-cone, see docs/scaling.md)
  inert init                   write a starter inert.config.json in the current directory
  inert --version | --help

Scan options:
  --format <f>        text (default), json, sarif, markdown (the threat model), html (the same, one file),
                      cyclonedx (a CycloneDX 1.6 JSON SBOM of the inventory, docs/sbom.md),
                      github (GitHub Actions workflow commands: annotations without code scanning)
  --output <file>     write the report to <file> instead of standard output ("-": standard output)
  --fail-on <sev>     exit 1 when a finding is at or above: info, low, medium, high (default), critical
  --ecosystem <list>  only these plugins, comma-separated: npm, pip, cargo, gem, go, gradle
  --config <file>     a JSON config file (see docs/config.md); default: inert.config.json or
                      .inert.json at the root of the scanned tree
  --include-dir <d>   walk into a directory skipped by default (node_modules, vendor, .venv); repeatable
  --osv <dir|zip>     match locked versions against an offline OSV database (never downloads)
  --advisories        with --osv, report vulnerability advisories too (default: malicious only)
  --baseline <file>   findings whose fingerprints are in <file> are suppressed (fail only on new ones)
  --write-baseline <file>  write the current findings' fingerprints to <file>
  --path-prefix <d>   sarif/github: the scanned directory relative to the repository root, prefixed
                      to every path (default: the scanned path relative to the working directory)
  --docs-url <url>    sarif, markdown, html: base URL of inert's docs, for rules' helpUri and the
                      links to the per-tool threat-model pages (default: the docs the published
                      @inert/cli of this version ships, on unpkg.com)
  --untrusted         ignore the scanned tree's own inert.config.json/.inert.json and inert-ignore
                      comments (a hostile checkout must not be able to hide its findings)
  --verbose           text format: show evidence, related locations and remediation, and the
                      files that could not be fully read, with the reason, and the
                      client versions the checkout selects or implies
  --quiet             no progress on stderr and no answers table or summary line
  --listing <file>    the path is a sparse checkout (made with inert files --format sparse) and
                      <file> lists every path of the repository (git ls-tree -r -z HEAD): a file
                      the scan would read, or a link, that is listed but not checked out makes
                      the scan incomplete (exit 3) and is named, instead of silently missing

Diff options (with the scan options above; --fail-on counts only findings the change adds):
  --base <dir>        the base checkout (e.g. a git worktree of the pull request's base commit)
  --format <f>        text, json, markdown (a pull-request comment), sarif (only the new results),
                      github (annotations for the new findings)

Batch options (many checkouts in one run; see docs/scaling.md):
  --batch             the path is a list file (one checkout path per line, # comments; a tab and
                      a --listing file may follow the path) or a directory whose subdirectories
                      are checkouts; writes one NDJSON line per
                      checkout, in list order: {"inertBatch":1,"checkout","exitCode","result"|"error"}
  --shard <i/n>       scan only the checkouts of shard i of n (by a hash of each checkout's name:
                      every checkout falls in exactly one shard, whatever the list order)
  --jobs <n>          checkouts scanned in parallel, each in a worker thread (default: CPU count)
  --resume            with --output: keep the lines an earlier run wrote, scan only the rest
  --timeout <s>       stop a checkout's scan after s seconds (default 600): an error line

Text output is grouped by question, then file; colours only when stdout is a terminal
(NO_COLOR=1 turns them off, FORCE_COLOR=1 on).

Exit codes:
${EXIT_CODE_TABLE.map((e) => `  ${e.code}  ${e.short}`).join('\n')}
  inert diff: 1 only for findings the change adds; 3 when the scan of either tree is incomplete
`;

export interface ParsedArgs {
  command: 'scan' | 'diff' | 'checks' | 'explain' | 'questions' | 'files' | 'init' | 'help' | 'version';
  positionals: string[];
  format: string;
  output: string | undefined;
  failOn: string | undefined;
  ecosystems: string[] | undefined;
  config: string | undefined;
  includeDirs: string[];
  verbose: boolean;
  quiet: boolean;
  baseline: string | undefined;
  writeBaseline: string | undefined;
  untrusted: boolean;
  osv: string | undefined;
  advisories: boolean;
  pathPrefix: string | undefined;
  docsUrl: string | undefined;
  package: boolean;
  batch: boolean;
  shard: string | undefined;
  jobs: string | undefined;
  resume: boolean;
  timeout: number | undefined;
  /** A sparse checkout's repository listing (scan only). */
  listing: string | undefined;
  /** diff: the base checkout (the head is the path argument, default the current directory). */
  base: string | undefined;
}

/** Parses argv (without node and script); throws a UsageError on bad input. */
export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        ecosystem: { type: 'string', multiple: true },
        config: { type: 'string', short: 'c' },
        'include-dir': { type: 'string', multiple: true },
        verbose: { type: 'boolean', short: 'v' },
        quiet: { type: 'boolean', short: 'q' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        untrusted: { type: 'boolean' },
        osv: { type: 'string' },
        advisories: { type: 'boolean' },
        'path-prefix': { type: 'string' },
        'docs-url': { type: 'string' },
        package: { type: 'boolean' },
        batch: { type: 'boolean' },
        shard: { type: 'string' },
        jobs: { type: 'string' },
        resume: { type: 'boolean' },
        timeout: { type: 'string' },
        listing: { type: 'string' },
        base: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  let command: ParsedArgs['command'];
  if (values.help) command = 'help';
  else if (values.version) command = 'version';
  else if (first === undefined) command = 'help';
  else if (
    first === 'scan' ||
    first === 'diff' ||
    first === 'checks' ||
    first === 'explain' ||
    first === 'questions' ||
    first === 'files' ||
    first === 'init' ||
    first === 'help'
  )
    command = first;
  else throw new UsageError(`unknown command "${first}"; try: inert scan [path]`);
  return {
    command,
    positionals: rest,
    format: values.format ?? 'text',
    // `-o -` is standard output, as in most CLIs: never a file named `-` in the working directory.
    output: values.output === '-' ? undefined : values.output,
    failOn: values['fail-on'],
    ecosystems: values.ecosystem
      ?.flatMap((e) => e.split(','))
      .map((e) => e.trim())
      .filter(Boolean),
    config: values.config,
    includeDirs: values['include-dir'] ?? [],
    verbose: values.verbose ?? false,
    quiet: values.quiet ?? false,
    baseline: values.baseline,
    writeBaseline: values['write-baseline'],
    untrusted: values.untrusted ?? false,
    osv: values.osv,
    advisories: values.advisories ?? false,
    pathPrefix: values['path-prefix'],
    docsUrl: values['docs-url'],
    package: values.package ?? false,
    batch: values.batch ?? false,
    shard: values.shard,
    jobs: values.jobs,
    resume: values.resume ?? false,
    timeout: parseTimeout(values.timeout),
    listing: values.listing,
    base: values.base,
  };
}

function parseTimeout(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new UsageError(`--timeout must be a number of seconds above 0 (got "${text}")`);
  return seconds;
}

/** A mistake in how inert was called: printed with the help hint, exit code 2. */
export class UsageError extends Error {}

/** main(argv, io): the whole command line as a function of its inputs; returns the exit code. */
import {
  atLeast,
  counted,
  DirectorySource,
  escapeText,
  safeJson,
  isSeverity,
  QUESTIONS,
  jsonChunks,
  renderText,
  scan,
  toBaseline,
  VERSION,
  loadOsvDatabase,
  TarSource,
  ZipSource,
  openArchive,
  ArchiveError,
  TopLevelSource,
  trimTrailing,
  type FileSource,
  type OsvDatabase,
  type ScanResult,
  type Severity,
} from '@inert/core';
import { HELP, parseCommandLine, UsageError, type ParsedArgs } from './args.js';
import type { CliConfig } from './config.js';
import { discoverConfig, readBaseline, readConfig } from './config-files.js';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_INCOMPLETE, EXIT_OK } from './exit-codes.js';
import { parseListing } from './listing.js';
import { PLUGINS } from './plugins.js';
// The check pages (explain, checks) and the batch mode are imported when their command runs: a scan
// does not load them (docs/decisions/0010).
import type { ScanCheckout } from './batch/run.js';
import { DOCS_BASE_URL } from './docs-url.js';
import type { Io } from './io.js';

export type { Io } from './io.js';

export interface MainOptions {
  /** Path scanned when none is given (the CLI: `.`; the README's demo script: corpus/demo). */
  defaultPath?: string;
  /** Loads an OSV database (batch workers pass one that loads each path once). */
  loadOsv?: (path: string) => Promise<OsvDatabase>;
  /** Batch mode: scans one checkout (tests pass an in-process scanner; default: a worker pool). */
  scanCheckout?: ScanCheckout;
}

const FORMATS = new Set(['text', 'json', 'sarif', 'markdown', 'html', 'cyclonedx', 'github']);

export { DOCS_BASE_URL } from './docs-url.js';

export async function main(argv: readonly string[], io: Io, options: MainOptions = {}): Promise<number> {
  try {
    const args = parseCommandLine(argv);
    switch (args.command) {
      case 'help':
        io.stdout(HELP);
        return EXIT_OK;
      case 'version':
        io.stdout(`inert ${VERSION}\n`);
        return EXIT_OK;
      case 'questions':
        if (args.format !== 'text' && args.format !== 'json')
          throw new UsageError(`questions prints text or json, not "${args.format}"`);
        io.stdout(
          args.format === 'json'
            ? `${JSON.stringify(
                QUESTIONS.map((q) => ({ id: q.id, side: q.side, title: q.title, prose: q.prose })),
                null,
                2,
              )}\n`
            : QUESTIONS.map((q) => `${q.id.padEnd(24)} ${q.side.padEnd(9)} ${q.title}\n`).join(''),
        );
        return EXIT_OK;
      case 'files':
        io.stdout((await import('./files-command.js')).filesCommand(selectPlugins(args.ecosystems), args.format));
        return EXIT_OK;
      case 'checks':
        io.stdout((await import('./explain.js')).listChecks(PLUGINS, args.format === 'json' ? 'json' : 'text'));
        return EXIT_OK;
      case 'explain':
        return await explainCommand(args, io);
      case 'init':
        return await initCommand(io);
      case 'scan':
        return await scanCommand(args, io, options);
      case 'diff':
        return await diffCommand(args, io, options);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`inert: ${escapeText(error.message)}\nRun "inert --help" for usage.\n`);
      return EXIT_ERROR;
    }
    io.stderr(
      `inert: internal error: ${escapeText(error instanceof Error ? (error.stack ?? error.message) : String(error), { keepNewlines: true })}\nPlease report this with the command you ran.\n`,
    );
    return EXIT_ERROR;
  }
}

async function explainCommand(args: ParsedArgs, io: Io): Promise<number> {
  const id = args.positionals[0];
  if (!id) throw new UsageError('explain needs a check id, e.g. inert explain npm/install-scripts');
  const text = await (await import('./explain.js')).explain(PLUGINS, id);
  if (!text) throw new UsageError(`no check "${id}"; "inert checks" lists them`);
  io.stdout(text);
  return EXIT_OK;
}

async function scanCommand(args: ParsedArgs, io: Io, options: MainOptions): Promise<number> {
  if (args.listing && args.batch)
    throw new UsageError(
      '--listing describes one checkout; with --batch, put each listing after a tab on its list line',
    );
  if (args.batch) {
    const { appendFile, listDirectory, exists } = io;
    if (!appendFile || !listDirectory || !exists)
      throw new UsageError('--batch is not available here (the caller gave no directory listing or append)');
    const { batchCommand } = await import('./batch/command.js');
    return await batchCommand(args, { ...io, appendFile, listDirectory, exists }, options.scanCheckout);
  }
  if (args.positionals.length > 1) throw new UsageError(`scan takes one path, got ${args.positionals.length}`);
  if (!FORMATS.has(args.format)) throw new UsageError(`unknown format "${args.format}" (${[...FORMATS].join(', ')})`);
  const { result, root, failOn } = await scanTarget(
    args.positionals[0] ?? options.defaultPath ?? '.',
    args,
    io,
    options,
  );
  // Nothing read at all (an empty directory, a wrong path): no report that could pass for a clean one.
  if (result.files.length === 0 && result.findings.length === 0) {
    io.stderr(
      `inert: nothing scanned: ${escapeText(result.root)} holds no package-manager file inert reads (see "inert checks"); is it the right path?\n`,
    );
    return EXIT_ERROR;
  }
  if (args.writeBaseline)
    await writeOutput(io, io.resolve(args.writeBaseline), `${safeJson(toBaseline(result.findings), 2)}\n`);
  const text = await render(result, args, io.color === true && !args.output, pathPrefixOf(root, io));
  if (args.output) await writeOutput(io, io.resolve(args.output), text);
  else if (typeof text === 'string') io.stdout(text);
  else for (const chunk of text) io.stdout(chunk);
  return exitCode(result, failOn, io);
}

/**
 * `inert diff` (loaded when it runs): both trees scanned by scanTarget with one --osv database, the
 * comparison and its rendering in diff-command.ts, which is handed what it needs rather than importing main.
 */
async function diffCommand(args: ParsedArgs, io: Io, options: MainOptions): Promise<number> {
  if (args.listing) throw new UsageError('--listing is for inert scan, not diff');
  const { diffCommand: run } = await import('./diff-command.js');
  const load = options.loadOsv ?? ((path: string) => loadOsvDatabase(path, PLUGINS));
  const loaded = new Map<string, Promise<OsvDatabase>>();
  const shared: MainOptions = {
    ...options,
    loadOsv: (path) => loaded.get(path) ?? loaded.set(path, load(path)).get(path)!,
  };
  return await run(args, {
    scan: (path) => scanTarget(path, args, io, shared),
    isDirectory: (path) => io.isDirectory(io.resolve(path)),
    pathPrefix: (root) => pathPrefixOf(root, io),
    write: async (text) => (args.output ? await writeOutput(io, io.resolve(args.output), text) : io.stdout(text)),
    stderr: (text) => io.stderr(text),
    color: io.color === true && !args.output,
    docsBaseUrl: DOCS_BASE_URL,
  });
}

/** One scanned tree: the result, its root and the `--fail-on` in force (the command line, else the tree's config). */
interface ScannedTarget {
  result: ScanResult;
  root: string;
  failOn: Severity;
  /** `failOn` from the config (a --config file or the tree's own), when it set one. */
  configFailOn?: string;
}

/**
 * Scans one path as `inert scan` does (a directory, a package archive, one file, or --package): the
 * config, baseline and OSV database from the arguments. Throws a UsageError when nothing could be scanned.
 */
async function scanTarget(path: string, args: ParsedArgs, io: Io, options: MainOptions): Promise<ScannedTarget> {
  const target = io.resolve(path);
  const source = args.package ? await packageDirectory(target, io) : await sourceFor(target, io);
  // An archive is a published package; so is a directory given with --package.
  const packageMode = args.package || source instanceof TarSource || source instanceof ZipSource;
  // A single file is scanned with its directory as the root (its siblings are its context).
  const root = source instanceof TopLevelSource ? source.root : target;
  // Only a --config from the command line is trusted to skip reading; a config found in the scanned
  // tree is read like any file there and can only mark findings suppressed (ScanConfig.configInTree).
  const config: CliConfig = args.config
    ? await readConfig(io.resolve(args.config))
    : args.untrusted || packageMode
      ? {}
      : await discoverConfig(new DirectorySource(root));
  const baseline = args.baseline ? await readBaseline(io.resolve(args.baseline), io) : undefined;
  if (args.advisories && !args.osv) throw new UsageError('--advisories needs --osv <dir|zip>');
  const osv = args.osv ? await loadOsv(io.resolve(args.osv), options.loadOsv) : undefined;
  const failOn = args.failOn ?? config.failOn ?? 'high';
  if (!isSeverity(failOn))
    throw new UsageError(`--fail-on must be one of info, low, medium, high, critical (got "${failOn}")`);
  const plugins = selectPlugins(args.ecosystems);
  if (args.listing && (packageMode || !(source instanceof DirectorySource)))
    throw new UsageError('--listing needs a checkout directory, not a package or a single file');
  const listing = args.listing ? parseListing(await io.readFile(io.resolve(args.listing)), args.listing) : undefined;
  const result = await scan(source, {
    plugins,
    config: {
      ...config,
      ...(packageMode ? { package: true } : {}),
      includeDirs: [...(config.includeDirs ?? []), ...args.includeDirs],
      inlineSuppressions: !args.untrusted,
      ...(baseline ? { baseline } : {}),
      ...(osv ? { osv, advisories: args.advisories } : {}),
      ...(listing ? { listing } : {}),
    },
    tool: { name: 'inert', version: VERSION },
    ...(io.progress && !args.quiet ? { onProgress: progressReporter(io.progress) } : {}),
  });
  if (source instanceof TopLevelSource) {
    const name = target.slice(target.lastIndexOf('/') + 1);
    if (!result.files.some((f) => f.path === name))
      throw new UsageError(
        `inert does not read "${target}": it is not a package archive, nor a manifest, lockfile, client config or CI file of any ecosystem (scan its directory instead)`,
      );
  }
  return { result, root, failOn, ...(config.failOn !== undefined ? { configFailOn: config.failOn } : {}) };
}

/** 1 for findings at or above --fail-on; otherwise 3 when the scan is incomplete (said on stderr too), else 0. */
function exitCode(result: ScanResult, failOn: Severity, io: Io): number {
  if (result.findings.some((f) => !f.suppressed && atLeast(f.severity, failOn))) return EXIT_FINDINGS;
  if (result.incomplete) {
    io.stderr(
      `inert: scan incomplete: ${counted(result.incomplete.length, 'thing')} could not be read (listed in the report); findings may be missing\n`,
    );
    return EXIT_INCOMPLETE;
  }
  return EXIT_OK;
}

/**
 * The scanned directory relative to the working directory (in a GitHub workflow: the repository root),
 * for SARIF and annotation paths; `--path-prefix` sets it, and a root outside the working directory has none.
 */
function pathPrefixOf(root: string, io: Io): string {
  const cwd = trimTrailing(io.resolve('.'), '/');
  if (root === cwd || !root.startsWith(`${cwd}/`)) return '';
  return root.slice(cwd.length + 1);
}

/**
 * The report; JSON as chunks written as they are made, never one string of the whole (docs/decisions/0015).
 * JSON and text are what scans on every commit ask for; the other formats' writers are imported when
 * asked for (docs/decisions/0023).
 */
async function render(
  result: ScanResult,
  args: ParsedArgs,
  color: boolean,
  derivedPrefix: string,
): Promise<string | Iterable<string>> {
  const pathPrefix = args.pathPrefix ?? derivedPrefix;
  switch (args.format) {
    case 'json':
      return jsonChunks(result);
    case 'text':
      return renderText(result, { verbose: args.verbose, summary: !args.quiet, color });
    default:
      return (await import('./render.js')).render(result, args.format, { docsBase: docsBaseOf(args), pathPrefix });
  }
}

/** Where rule help (SARIF) and the per-tool threat-model pages (Markdown, HTML) are linked: `--docs-url`, ending in `/`. */
function docsBaseOf(args: ParsedArgs): string {
  const base = args.docsUrl ?? DOCS_BASE_URL;
  return base.endsWith('/') ? base : `${base}/`;
}

function selectPlugins(ecosystems: readonly string[] | undefined) {
  if (!ecosystems) return PLUGINS;
  const known = PLUGINS.map((p) => p.ecosystem);
  for (const e of ecosystems)
    if (!known.includes(e)) throw new UsageError(`unknown ecosystem "${e}" (known: ${known.join(', ')})`);
  return PLUGINS.filter((p) => ecosystems.includes(p.ecosystem));
}

const STARTER = {
  $schema: './node_modules/@inert/cli/config.schema.json',
  failOn: 'high',
  checks: {},
  ignorePaths: [],
  suppress: [],
};

async function initCommand(io: Io): Promise<number> {
  const path = io.resolve('inert.config.json');
  if (await io.isFile(path)) throw new UsageError(`${path} already exists; edit it (see docs/config.md)`);
  await io.writeFile(path, `${JSON.stringify(STARTER, null, 2)}\n`);
  io.stdout(`wrote ${path}\n`);
  return EXIT_OK;
}

/** Progress on an interactive stderr, only once a scan has taken over a second. */
function progressReporter(write: (text: string) => void) {
  const started = Date.now();
  let walked = 0;
  return (event: { phase: 'walked' | 'loaded'; files: number; plugin?: string }) => {
    if (event.phase === 'walked') walked = event.files;
    if (Date.now() - started < 1000) return;
    write(
      event.phase === 'walked'
        ? `walked ${event.files} files\n`
        : `${event.plugin}: ${event.files} of ${walked} files parsed\n`,
    );
  };
}

const ARCHIVE = /\.(?:tgz|tar\.gz|tar|crate|gem|whl)$/i;

/**
 * A directory; a package archive scanned in memory (npm .tgz, sdist .tar.gz, .crate, .gem, .whl); or
 * one file (a lockfile, a manifest), scanned with the other files of its directory and no subdirectory.
 */
async function sourceFor(root: string, io: Io): Promise<FileSource> {
  if (await io.isDirectory(root)) return new DirectorySource(root);
  const isFile = await io.isFile(root);
  if (ARCHIVE.test(root) && isFile) {
    try {
      const bytes = await io.readBytes(root);
      return await openArchive(bytes, root, { plugins: PLUGINS });
    } catch (error) {
      // ArchiveError names the archive and says what is wrong, never its content.
      if (error instanceof ArchiveError) throw new UsageError(error.message);
      throw new UsageError(
        `cannot read the archive "${root}": ${(error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error))}`,
      );
    }
  }
  if (/\.(?:zip|egg|jar)$/i.test(root))
    throw new UsageError(`cannot scan "${root}": this zip archive kind is not read; unpack it and use --package <dir>`);
  if (isFile) return new TopLevelSource(root.replace(/\/[^/]*$/, '') || '/');
  throw new UsageError(
    `cannot scan "${root}": no such directory or file (not a directory, a file or a package archive); inert scans a directory, a lockfile or manifest, or a package archive (.tgz, .tar.gz, .crate, .gem, .whl)`,
  );
}

async function packageDirectory(path: string, io: Io): Promise<FileSource> {
  if (!(await io.isDirectory(path)))
    throw new UsageError(
      `--package needs an unpacked package directory; "${path}" is not one (an archive is scanned as a package without --package)`,
    );
  return new DirectorySource(path);
}

async function loadOsv(
  path: string,
  load: (path: string) => Promise<OsvDatabase> = (p) => loadOsvDatabase(p, PLUGINS),
): Promise<OsvDatabase> {
  let db: OsvDatabase;
  try {
    db = await load(path);
  } catch (error) {
    throw new UsageError(
      `cannot read the OSV database "${path}": ${(error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error))}`,
    );
  }
  // An empty or unreadable database would make every locked version look clean.
  if (db.advisories === 0) {
    const why = db.problems[0]
      ? ` (${counted(db.problems.length, 'unreadable file')}, e.g. ${db.problems[0].file}: ${db.problems[0].reason})`
      : '';
    throw new UsageError(
      `the OSV database "${path}" holds no advisory${why}; pass an OSV export (a directory of *.json, a .zip, or one advisory file)`,
    );
  }
  return db;
}

/** Writes the explicit output path; a missing directory or a refused write is a usage error that names the path. */
async function writeOutput(io: Io, path: string, text: string | Iterable<string>): Promise<void> {
  try {
    await io.writeFile(path, text);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'its directory does not exist (inert creates no directories)'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a directory'
            : (code ?? (error instanceof Error ? error.message : String(error)));
    throw new UsageError(`cannot write "${path}": ${why}`);
  }
}

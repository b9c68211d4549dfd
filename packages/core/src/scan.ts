/** scan(source, { plugins, config }): discover → load → checks → findings, answers, inventory. */
import { deriveAnswers } from './answers.js';
import type { ClaimedFile } from './files.js';
import { clipValue, formatMessage, type CheckMeta, type Hit } from './check.js';
import { CORE_CHECKS, inlineSuppression, opaqueManifest, symlinkNotFollowed, unparsedFile } from './core-checks.js';
import { discover, ruleFor } from './discover.js';
import { fingerprint, type Finding } from './finding.js';
import { emptyInventory, type Inventory } from './inventory.js';
import { mergeHookVocabularies } from './hook-behaviour.js';
import type { ParseProblem } from './parse/problem.js';
import { errorMessage } from './parse/problem.js';
import type { AnyPlugin, CommandContext, PluginModel, ScanCommandRule } from './plugin.js';
import { fileStart, type Pointer } from './pointer.js';
import { Reader } from './read.js';
import { pointerKey, resolvePointers } from './resolve.js';
import type { ScanGap, ScanResult, ScannedFile } from './result.js';
import { severityRank, type Severity } from './severity.js';
import type { FileSource, WalkSkip } from './source/file-source.js';
import { DEFAULT_LIMITS, type Limits } from './source/limits.js';
import { applySuppressions, inlineMarkers, type Allow, type Baseline, type SuppressEntry } from './suppress.js';
import { VERSION } from './version.js';
import { applyOsv, osvCheck } from './osv/apply.js';
import type { OsvDatabase } from './osv/database.js';

/** What a user (or embedder) can set for a scan. */
export interface ScanConfig {
  /** Per qualified check id: a severity, or `off`. */
  checks?: Readonly<Record<string, Severity | 'off'>>;
  /** Paths or globs (relative to the root) left out of the scan. */
  ignorePaths?: readonly string[];
  /** Directories skipped by default (`node_modules`, `vendor`, `.venv`) to walk into anyway. */
  includeDirs?: readonly string[];
  limits?: Partial<Limits>;
  /** Config suppressions, each with a reason. */
  suppress?: readonly SuppressEntry[];
  /** Findings accepted earlier: matching fingerprints are marked suppressed. */
  baseline?: Baseline;
  /** An offline OSV database (see `loadOsvDatabase`): locked versions are matched against it. */
  osv?: OsvDatabase;
  /** Report vulnerability (non-malicious) advisories as `<eco>/known-vulnerable-version` findings. */
  advisories?: boolean;
  /** The organisation's own registries and reviewed install scripts, per ecosystem. */
  allow?: Allow;
  /** Honour `inert-ignore` comments in the scanned files (default true; off for untrusted checkouts). */
  inlineSuppressions?: boolean;
  /**
   * The root is one published package (an archive, or `--package <dir>`), not a project: its own hooks
   * are its install-time code, and checks about a project's own workflow (a missing lockfile) do not apply.
   */
  package?: boolean;
  /**
   * Where `checks`, `ignorePaths`, `limits` and `suppress` came from. Absent: the embedder or the
   * command line (trusted: `off` skips a check, `ignorePaths` skips reading). Set to the config file's
   * path when the config was found inside the scanned tree: the tree cannot hide its own findings, so
   * `off` checks and ignored paths still run and their findings stay, marked suppressed with the file
   * as the reason; severities can be raised, not lowered; limits can be lowered, not raised.
   */
  configInTree?: string;
}

export interface ScanOptions {
  plugins: readonly AnyPlugin[];
  config?: ScanConfig;
  /** Reported in the result; the CLI passes its own name and version. */
  tool?: { name: string; version: string };
  /** Stops the scan between files and plugins; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called as the scan progresses (for progress displays); never required. */
  onProgress?: (event: { phase: 'walked' | 'loaded'; files: number; plugin?: string }) => void;
}

interface Pending {
  meta: CheckMeta;
  qualified: string;
  ecosystem: string;
  hit: Hit;
}

/** Scans a source. Never throws for anything a checkout contains. */
export async function scan(source: FileSource, options: ScanOptions): Promise<ScanResult> {
  const stream = streamScan(source, options);
  for (;;) {
    const next = await stream.next();
    if (next.done) return next.value;
  }
}

/**
 * The same scan, yielding each finding as soon as it is final: a plugin's findings right after its
 * checks ran (positions resolved, suppressions applied), then OSV matches, then the core's findings
 * about files it could not read. The generator's return value is the whole `ScanResult` (findings
 * sorted, answers derived), identical to what `scan` returns.
 */
export async function* streamScan(
  source: FileSource,
  options: ScanOptions,
): AsyncGenerator<Finding, ScanResult, undefined> {
  const config = options.config ?? {};
  const limits: Limits =
    config.configInTree === undefined
      ? { ...DEFAULT_LIMITS, ...config.limits }
      : lowerOnly(DEFAULT_LIMITS, config.limits);
  const trusted = config.configInTree === undefined;
  options.signal?.throwIfAborted();
  const { walk, claims } = await discover(source, options.plugins, {
    limits,
    includeDirs: config.includeDirs ?? [],
    ignorePaths: trusted ? (config.ignorePaths ?? []) : [],
  });
  options.onProgress?.({ phase: 'walked', files: walk.files.length });
  const walked = new Map<string, number | undefined>();
  for (const f of walk.files) walked.set(f.path, f.size);
  const reader = new Reader(source, limits, walked, new Set(walk.skipped.map((s) => s.path)));
  const inventory = emptyInventory();
  const problemsByPlugin: ParseProblem[][] = options.plugins.map(() => []);
  const findings: Finding[] = [];
  // Fingerprints number repeated keys in emission order, shared by every batch.
  const seen = new Map<string, number>();
  const emit = async (pending: readonly Pending[]): Promise<Finding[]> => {
    if (pending.length === 0) return [];
    const batch = applySuppressions(toFindings(pending, config, seen), {
      ...(config.inlineSuppressions === false
        ? {}
        : {
            texts: await reader.texts(
              new Set(pending.map((p) => ('doc' in p.hit.at ? p.hit.at.doc.path : p.hit.at.file))),
            ),
          }),
      ...(config.suppress ? { entries: config.suppress } : {}),
      ...(config.baseline ? { baseline: config.baseline } : {}),
      ...(config.allow ? { allow: config.allow } : {}),
      ...(config.configInTree !== undefined
        ? {
            treeConfig: {
              file: config.configInTree,
              checks: config.checks ?? {},
              ignorePaths: config.ignorePaths ?? [],
            },
          }
        : {}),
    });
    findings.push(...batch);
    return batch;
  };

  // Filled as plugins with a commandContext load (they load first): a plugin's rules see its own context.
  const contexts = new Map<AnyPlugin, ((dir: string) => CommandContext | undefined)[]>();
  const commands = options.plugins.flatMap((p) =>
    (p.commands ?? []).map(
      (r): ScanCommandRule => ({
        ...r,
        ecosystem: r.ecosystem ?? p.ecosystem,
        contextFor: (dir) => {
          for (const lookup of contexts.get(p) ?? []) {
            const found = lookup(dir);
            if (found) return found;
          }
          return undefined;
        },
      }),
    ),
  );
  const hooks = mergeHookVocabularies(options.plugins.map((p) => p.hooks));
  for (const i of loadOrder(options.plugins)) {
    const plugin = options.plugins[i]!;
    options.signal?.throwIfAborted();
    const claimed = claims[i]!;
    const own = problemsByPlugin[i]!;
    if (claimed.length === 0) continue;
    const before = reader.problems.length;
    const context = {
      limits,
      ...(options.config?.package ? { package: true } : {}),
      isFile: (path: string) => walked.has(path),
      commands,
      hooks,
    };
    const models = await isolatedLoad(
      plugin,
      claimed,
      // The load's model type is the plugin's own; the core reads only the PluginModel part of it.
      async (): Promise<PluginModel> => plugin.load(claimed, reader.forPlugin(), context) as Promise<PluginModel>,
      async (files): Promise<PluginModel> =>
        plugin.load(files, reader.forPlugin(new Set(files.map((f) => f.path))), context) as Promise<PluginModel>,
      own,
    );
    own.push(...uniqueProblems([...reader.problems.slice(before), ...models.flatMap((m) => m.problems ?? [])]));
    if (plugin.commandContext) contexts.set(plugin, contextLookups(plugin, models, own, claimed[0]!.path));
    options.onProgress?.({ phase: 'loaded', files: claimed.length, plugin: plugin.ecosystem });
    const pending: Pending[] = [];
    for (const model of models) {
      mergeInventory(inventory, model.inventory);
      for (const check of plugin.checks) {
        const qualified = `${plugin.ecosystem}/${check.id}`;
        if (trusted && config.checks?.[qualified] === 'off') continue;
        try {
          check.run(model, (hit: Hit) => pending.push({ meta: check, qualified, ecosystem: plugin.ecosystem, hit }));
        } catch (error) {
          own.push({
            file: claimed[0]!.path,
            kind: 'unreadable',
            reason: `check ${qualified} failed (${errorMessage(error)}); please report this`,
          });
        }
      }
    }
    yield* await emit(pending);
  }

  if (config.osv) {
    options.signal?.throwIfAborted();
    const { hits, advisories } = applyOsv(inventory, config.osv, config.advisories === true, options.plugins);
    inventory.advisories = advisories;
    yield* await emit(
      hits.map((h) => ({ meta: h.meta, qualified: `${h.ecosystem}/${h.meta.id}`, ecosystem: h.ecosystem, hit: h.hit })),
    );
  }
  const files = scannedFiles(options.plugins, claims, problemsByPlugin, reader.read);
  const core: Pending[] = [];
  coreHits(options.plugins, walk.skipped, problemsByPlugin, core, files);
  if (config.inlineSuppressions !== false)
    core.push(...suppressionHits(await reader.texts(new Set(walked.keys())), findings));
  yield* await emit(core);
  findings.sort(byLocation);
  // With an OSV database, blast radius is assessed for every ecosystem whose locks it reads.
  const osvChecks = (p: AnyPlugin) => (config.osv && p.osv ? [osvCheck('malicious', p.ecosystem)] : []);
  const coverage = options.plugins.map((p) => ({
    ecosystem: p.ecosystem,
    checks: [...p.checks, ...osvChecks(p)],
    files: files.filter((f) => f.ecosystem === p.ecosystem),
  }));
  const gaps = scanGaps(walk.skipped, problemsByPlugin);
  return {
    schemaVersion: 1,
    tool: options.tool ?? { name: 'inert', version: VERSION },
    root: source.root,
    findings,
    answers: deriveAnswers(
      coverage,
      findings.filter((f) => !f.suppressed),
    ),
    inventory,
    files,
    ...(gaps.length > 0 ? { incomplete: gaps } : {}),
  };
}

/**
 * Plugin indexes in load order: plugins that prepare a command context first (their rules' context
 * must exist before a plugin that reads commands loads), otherwise the list's order.
 */
function loadOrder(plugins: readonly AnyPlugin[]): number[] {
  const indexes = plugins.map((_, i) => i);
  return [...indexes.filter((i) => plugins[i]!.commandContext), ...indexes.filter((i) => !plugins[i]!.commandContext)];
}

/** Each model's context lookup; one that throws is a problem of the plugin, and its rules get no context. */
function contextLookups(
  plugin: AnyPlugin,
  models: readonly PluginModel[],
  own: ParseProblem[],
  file: string,
): ((dir: string) => CommandContext | undefined)[] {
  const out: ((dir: string) => CommandContext | undefined)[] = [];
  for (const model of models) {
    try {
      const lookup = plugin.commandContext!(model);
      out.push((dir) => {
        try {
          return lookup(dir);
        } catch {
          return undefined;
        }
      });
    } catch (error) {
      own.push({
        file,
        kind: 'unreadable',
        reason: `the command context of ${plugin.ecosystem} failed (${errorMessage(error)}); please report this`,
      });
    }
  }
  return out;
}

/**
 * What the scan could not read: walk limits and unlisted directories, claimed files refused by a
 * limit or unreadable, plugins and checks that failed. Not gaps: links and special files (never
 * followed by design), files that parse badly (read, and reported as such), programs whose facts
 * are partly unknown (opaque).
 */
function scanGaps(skipped: readonly WalkSkip[], problems: readonly ParseProblem[][]): ScanGap[] {
  const gaps: ScanGap[] = [];
  for (const s of skipped)
    if (s.kind === 'depth-limit' || s.kind === 'entry-limit' || s.kind === 'unreadable-dir')
      gaps.push({ path: s.path, reason: s.detail });
  for (const list of problems)
    for (const p of list)
      if (p.kind === 'limit' || p.kind === 'unreadable') gaps.push({ path: p.file, reason: p.reason });
  return gaps;
}

/**
 * A plugin's load, isolated, so one bad file (a workspace glob, a manifest the plugin trips on)
 * never costs the findings of the others. When the load throws: (1) each file is loaded alone (the
 * plugin can read no other file then) and the files it fails on alone are set aside; (2) if the
 * rest still fails together, each file is left out in turn (up to LEAVE_ONE_OUT files) until the
 * rest loads; (3) failing that, every file is analysed alone. Files set aside become
 * `core/unparsed-file` findings ("the plugin failed on it") and make the scan incomplete.
 */
async function isolatedLoad(
  plugin: AnyPlugin,
  claimed: readonly ClaimedFile[],
  loadAll: () => Promise<PluginModel>,
  loadSome: (files: ClaimedFile[]) => Promise<PluginModel>,
  own: ParseProblem[],
): Promise<PluginModel[]> {
  const failed = (file: string, error: unknown, how = '') =>
    own.push({
      file,
      kind: 'unreadable',
      reason: `the ${plugin.ecosystem} plugin failed on it${how} (${errorMessage(error)}); please report this`,
    });
  const attempt = async (load: () => Promise<PluginModel>): Promise<PluginModel | { error: unknown }> => {
    try {
      return await load();
    } catch (error) {
      return { error };
    }
  };
  const whole = await attempt(loadAll);
  if (!('error' in whole)) return [whole];
  if (claimed.length === 1) {
    failed(claimed[0]!.path, whole.error);
    return [];
  }
  const alone = new Map<string, PluginModel>();
  const rest: ClaimedFile[] = [];
  for (const f of claimed) {
    const model = await attempt(() => loadSome([f]));
    if ('error' in model) failed(f.path, model.error);
    else {
      alone.set(f.path, model);
      rest.push(f);
    }
  }
  if (rest.length === 0) return [];
  if (rest.length < claimed.length) {
    const together = await attempt(() => loadSome(rest));
    if (!('error' in together)) return [together];
  }
  if (rest.length <= LEAVE_ONE_OUT) {
    for (const f of rest) {
      const others = rest.filter((o) => o !== f);
      const model = await attempt(() => loadSome(others));
      if (!('error' in model)) {
        failed(f.path, whole.error, ' together with the other files');
        return [model];
      }
    }
  }
  for (const f of rest) failed(f.path, whole.error, ' together with the other files; the file was analysed alone');
  return [...alone.values()];
}

/** Files tried one by one, each left out of the others, at most (bounds the retries to LEAVE_ONE_OUT² file loads). */
const LEAVE_ONE_OUT = 64;

/** The same problem read twice (a file re-read by an isolated retry) is reported once. */
function uniqueProblems(problems: readonly ParseProblem[]): ParseProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}\0${p.kind}\0${p.reason}\0${p.line ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function mergeInventory(into: Inventory, from: Partial<Inventory>): void {
  into.packages.push(...(from.packages ?? []));
  into.sources.push(...(from.sources ?? []));
  into.hooks.push(...(from.hooks ?? []));
  into.executableManifests.push(...(from.executableManifests ?? []));
  into.commands.push(...(from.commands ?? []));
  into.clients.push(...(from.clients ?? []));
  if (from.advisories) (into.advisories ??= []).push(...from.advisories);
}

function scannedFiles(
  plugins: readonly AnyPlugin[],
  claims: readonly ClaimedFile[][],
  problems: readonly ParseProblem[][],
  read: ReadonlySet<string>,
): ScannedFile[] {
  const files: ScannedFile[] = [];
  plugins.forEach((plugin, i) => {
    for (const claimed of claims[i]!) {
      if (claimed.skipped) continue; // listed by coreHits with the reason it was skipped
      const problem = problems[i]!.find((p) => p.file === claimed.path);
      const file: ScannedFile = {
        path: claimed.path,
        ecosystem: plugin.ecosystem,
        kind: claimed.kind,
        status: read.has(claimed.path) ? 'parsed' : 'present',
      };
      if (problem)
        Object.assign(file, { status: problem.kind === 'opaque' ? 'opaque' : 'unparsed', reason: problem.reason });
      files.push(file);
    }
  });
  return files;
}

/** inert-ignore comments without a reason, and comments that suppressed no finding (core/inline-suppression). */
function suppressionHits(texts: ReadonlyMap<string, string>, findings: readonly Finding[]): Pending[] {
  const out: Pending[] = [];
  for (const [path, text] of texts) {
    for (const m of inlineMarkers(path, text)) {
      const checks = m.ids.join(', ');
      const at = { file: path, line: m.line, column: m.column };
      if (m.reason === '') {
        out.push({
          meta: inlineSuppression,
          qualified: 'core/inline-suppression',
          ecosystem: 'core',
          hit: { messageId: 'no-reason', data: { checks }, at, key: `${path}:${m.line}` },
        });
        continue;
      }
      const used = findings.some(
        (f) => f.location.path === path && f.suppressed?.kind === 'inline' && f.suppressed.line === m.line,
      );
      if (!used)
        out.push({
          meta: inlineSuppression,
          qualified: 'core/inline-suppression',
          ecosystem: 'core',
          hit: { messageId: 'unused', data: { checks }, at, key: `${path}:${m.line}` },
        });
    }
  }
  return out;
}

/** Turns walk skips and parse problems into core findings (and skipped file entries). */
function coreHits(
  plugins: readonly AnyPlugin[],
  skipped: Awaited<ReturnType<FileSource['walk']>>['skipped'],
  problems: readonly ParseProblem[][],
  pending: Pending[],
  files: ScannedFile[],
): void {
  const core = (meta: CheckMeta, ecosystem: string, hit: Hit) =>
    pending.push({ meta, qualified: `core/${meta.id}`, ecosystem, hit });
  for (const skip of skipped) {
    const plugin = plugins.find((p) => ruleFor(p, skip.path));
    const rule = plugin && ruleFor(plugin, skip.path);
    if (skip.kind === 'symlink') {
      if (!rule && skip.target !== 'directory') continue;
      core(symlinkNotFollowed, plugin?.ecosystem ?? 'core', {
        messageId: skip.target === 'directory' ? 'directory' : 'file',
        data: { path: skip.path },
        at: fileStart(skip.path),
        key: skip.path,
      });
    } else if (skip.kind === 'special') {
      if (!rule) continue;
      core(unparsedFile, plugin.ecosystem, {
        messageId: 'not-regular',
        data: {
          path: skip.path,
          reason: skip.detail.replace(/^not a regular file \((.*)\)$/, 'a $1, not a regular file'),
        },
        at: fileStart(skip.path),
        key: skip.path,
      });
    } else {
      core(unparsedFile, 'core', {
        messageId: 'directory',
        data: { path: skip.path, reason: skip.detail },
        at: fileStart(skip.path),
        key: skip.path,
      });
    }
    if (rule)
      files.push({
        path: skip.path,
        ecosystem: plugin.ecosystem,
        kind: rule.kind,
        status: 'skipped',
        reason: skip.detail,
      });
  }
  plugins.forEach((plugin, i) => {
    for (const p of problems[i]!) {
      const at: Pointer = { file: p.file, line: p.line ?? 1, column: p.column ?? 1 };
      if (p.kind === 'opaque') {
        core(opaqueManifest, plugin.ecosystem, {
          messageId: 'opaque',
          data: { path: p.file, reason: p.reason, facts: (p.facts ?? ['its dependencies']).join(', ') },
          at,
          key: `${p.file}:${(p.facts ?? []).join(',')}`,
        });
      } else {
        const messageId = p.kind === 'limit' ? 'limit' : p.kind === 'unreadable' ? 'unreadable' : 'invalid';
        core(unparsedFile, plugin.ecosystem, { messageId, data: { path: p.file, reason: p.reason }, at, key: p.file });
      }
    }
  });
}

/** Limits from a config inside the scanned tree: each may lower the default, never raise it. */
function lowerOnly(defaults: Limits, given: Partial<Limits> | undefined): Limits {
  const out = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof Limits)[]) {
    const value = given?.[key];
    if (typeof value === 'number' && value < out[key]) out[key] = value;
  }
  return out;
}

function toFindings(pending: readonly Pending[], config: ScanConfig, seen: Map<string, number>): Finding[] {
  const trusted = config.configInTree === undefined;
  const locations = resolvePointers(pending.map((p) => p.hit.at));
  const related = pending.map((p) => (p.hit.related?.length ? resolvePointers(p.hit.related) : undefined));
  const findings: Finding[] = [];
  pending.forEach(({ meta, qualified, ecosystem, hit }, i) => {
    const given = config.checks?.[qualified];
    if (given === 'off' && trusted) return;
    const base0 = hit.severity ?? meta.severity;
    // A config in the scanned tree may raise a severity, never lower it (nor turn it off: see applySuppressions).
    const override =
      given === 'off' || given === undefined
        ? undefined
        : trusted || severityRank(given) > severityRank(base0)
          ? given
          : undefined;
    const location = locations[i]!;
    const pkg = hit.package;
    const baseKey = hit.key ?? (pkg ? `${pkg.name}@${pkg.version ?? ''}` : `${hit.messageId}:${pointerKey(hit.at)}`);
    const base = `${qualified}\0${location.path}\0${baseKey}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const template = meta.messages[hit.messageId] ?? hit.messageId;
    const finding: Finding = {
      check: qualified,
      messageId: hit.messageId,
      question: meta.question,
      ecosystem: hit.ecosystem ?? ecosystem,
      severity: override ?? base0,
      confidence: hit.confidence ?? meta.confidence,
      message: formatMessage(template, hit.data),
      location,
      remediation: meta.remediation,
      fingerprint: fingerprint({ check: qualified, path: location.path, key: n > 1 ? `${baseKey}#${n}` : baseKey }),
    };
    if (related[i]) finding.related = related[i];
    // Clipped like message values: a 2 MB requirement "name" must not be copied whole into every
    // finding about it (2 MB of NULs became 25 MB of JSON); the fingerprint above keeps the full name.
    if (pkg)
      finding.package = {
        ...pkg,
        name: clipValue(pkg.name),
        ...(pkg.version !== undefined ? { version: clipValue(pkg.version) } : {}),
        ...(pkg.purl !== undefined ? { purl: clipValue(pkg.purl) } : {}),
      };
    if (hit.host !== undefined) finding.host = hit.host;
    if (hit.evidence !== undefined)
      finding.evidence = hit.evidence.length > 200 ? `${hit.evidence.slice(0, 200)}…` : hit.evidence;
    findings.push(finding);
  });
  return findings.sort(byLocation);
}

// Code-unit order, not localeCompare: the same order on every machine whatever its locale (baselines,
// SARIF and snapshots compare outputs), and no ICU collator to build (~8 ms on a cold first call).
function byLocation(a: Finding, b: Finding): number {
  return (
    compareStrings(a.location.path, b.location.path) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareStrings(a.check, b.check)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export { CORE_CHECKS };

/** scan(source, { plugins, config }): discover → load → checks → findings, answers, inventory. */
import { deriveAnswers } from './answers.js';
import type { ClaimedFile } from './files.js';
import { type Check, type Hit } from './check.js';
import { CORE_CHECKS } from './core-checks.js';
import { discover } from './discover.js';
import { NamedButUnfetched } from './listing.js';
import { type Finding } from './finding.js';
import { emptyInventory, type Inventory } from './inventory.js';
import { mergeHookVocabularies } from './hook-behaviour.js';
import type { ParseProblem } from './parse/problem.js';
import { errorMessage } from './parse/problem.js';
import type { AnyPlugin, CommandContext, Plugin, PluginModel, ScanCommandRule } from './plugin.js';
import { Reader } from './read.js';
import { WalkedFiles } from './walked-files.js';
import type { ScanGap, ScanResult, ScannedFile } from './result.js';
import { walkedCount, type FileSource, type WalkSkip } from './source/file-source.js';
import { DEFAULT_LIMITS, type Limits } from './source/limits.js';
import { applySuppressions } from './suppress.js';
import { VERSION } from './version.js';
import type { ScanConfig } from './scan-config.js';
import { byLocation, coreHits, suppressionHits, toFindings, type Pending } from './scan-findings.js';
import { applyOsv, osvCheck } from './osv/apply.js';
import { catalogue, resultEcosystems, resultRule } from './catalogue.js';
import { clipStrings } from './clip.js';
import { PackageCollector } from './inventory-rows.js';
import { checksOf, commandsOf, rulesOf } from './plugin-parts.js';
import { isolatedLoad, uniqueProblems } from './scan-load.js';

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
  const { walk, claims, unfetched } = await discover(source, options.plugins, {
    limits,
    includeDirs: config.includeDirs ?? [],
    ignorePaths: trusted ? (config.ignorePaths ?? []) : [],
    ...(config.listing ? { listing: config.listing } : {}),
  });
  const named = new NamedButUnfetched(config.listing);
  options.onProgress?.({ phase: 'walked', files: walkedCount(walk) });
  // Indexed lazily: a Map of every walked path cost more than the walk (docs/decisions/0018).
  const walked = new WalkedFiles(walk, claims);
  const reader = new Reader(source, limits, walked, new Set(walk.skipped.map((s) => s.path)));
  const inventory = emptyInventory();
  // The packages apart: a plugin may list them as rows, made when the report reads them (decision 0032).
  const packages = new PackageCollector();
  const problemsByPlugin: ParseProblem[][] = options.plugins.map(() => []);
  const findings: Finding[] = [];
  // Fingerprints number repeated keys in emission order, shared by every batch.
  const seen = new Map<string, number>();
  const emit = async (pending: readonly Pending[]): Promise<Finding[]> => {
    if (pending.length === 0) return [];
    // Clipped here, before a finding is yielded: no output carries an attacker-sized string (clip.ts).
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
    }).map(clipStrings);
    findings.push(...batch);
    return batch;
  };

  // Filled as plugins with a commandContext load (they load first): a plugin's rules see its own context.
  const contexts = new Map<AnyPlugin, ((dir: string) => CommandContext | undefined)[]>();
  // Loaded at the first call, by a plugin that reads commands: a scan without one never loads them.
  let commandRules: Promise<readonly ScanCommandRule[]> | undefined;
  const commands = (): Promise<readonly ScanCommandRule[]> =>
    (commandRules ??= Promise.all(
      options.plugins.map(async (p) =>
        (await commandsOf(p)).map(
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
      ),
    ).then((lists) => lists.flat()));
  const hooks = mergeHookVocabularies(options.plugins.map((p) => p.hooks));
  for (const i of loadOrder(options.plugins)) {
    const plugin = options.plugins[i]!;
    options.signal?.throwIfAborted();
    const claimed = claims[i]!;
    const own = problemsByPlugin[i]!;
    if (claimed.length === 0) continue;
    // The checks of a plugin that claimed a file; ones that cannot be loaded are the plugin's failure:
    // its files unread, the scan incomplete (docs/decisions/0029).
    let checks: readonly Check<PluginModel>[];
    try {
      checks = await checksOf(plugin as Plugin<PluginModel>);
    } catch (error) {
      for (const f of claimed)
        if (!f.skipped)
          own.push({
            file: f.path,
            kind: 'unreadable',
            reason: `the ${plugin.ecosystem} plugin's checks could not be loaded (${errorMessage(error)}); please report this`,
          });
      continue;
    }
    const before = reader.problems.length;
    const context = {
      limits,
      ...(options.config?.package ? { package: true } : {}),
      isFile: (path: string) => walked.has(path) || named.absent(path),
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
      packages.add(model.inventory.packages, model.packageRows);
      for (const check of checks) {
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
    inventory.packages = packages.makeAll();
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
    core.push(...suppressionHits(await reader.texts(walked.inWalkOrder(reader.read)), findings));
  yield* await emit(core);
  findings.sort(byLocation);
  // With an OSV database, blast radius is assessed for every ecosystem whose locks it reads.
  const osvChecks = (p: AnyPlugin) => (config.osv && p.osv ? [osvCheck('malicious', p)] : []);
  const coverage = options.plugins.map((p) => ({
    ecosystem: p.ecosystem,
    checks: [...rulesOf(p), ...osvChecks(p)],
    files: files.filter((f) => f.ecosystem === p.ecosystem),
  }));
  const gaps = [...scanGaps(walk.skipped, problemsByPlugin), ...named.gaps(unfetched)];
  const answers = deriveAnswers(
    coverage,
    findings.filter((f) => !f.suppressed),
  );
  // What the scanned tree put in the inventory, the file list, the gaps and the answers' reasons,
  // clipped like the findings were when they were yielded (one place: clip.ts). Only these: the
  // findings are clipped already, and the rules and ecosystem profiles are the plugins' own text.
  const clipped = clipStrings({ answers, files, gaps });
  const { packages: _made, ...rest } = inventory;
  return {
    schemaVersion: 1,
    tool: options.tool ?? { name: 'inert', version: VERSION },
    root: source.root,
    findings,
    answers: clipped.answers,
    inventory: packages.inventory(rest),
    files: clipped.files,
    ...(gaps.length > 0 ? { incomplete: clipped.gaps } : {}),
    // What reporters describe travels with the result, so none of them needs the plugins (#24.3).
    rules: catalogue(options.plugins).map(resultRule),
    ecosystems: resultEcosystems(options.plugins, new Set(answers.map((a) => a.ecosystem))),
  } satisfies ScanResult;
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
 * limit or unreadable, files whose format the reader rejected (syntax, encoding, shape: inert's
 * parser and the client's may disagree, so a file inert could not read may still be one the client
 * installs from), plugins and checks that failed. Not gaps: links and special files (never followed
 * by design), programs whose facts are partly unknown (opaque: the rest was read, the unknown facts
 * are named). docs/security.md ("Fail-closed exits").
 */
function scanGaps(skipped: readonly WalkSkip[], problems: readonly ParseProblem[][]): ScanGap[] {
  const gaps: ScanGap[] = [];
  for (const s of skipped)
    if (s.kind === 'depth-limit' || s.kind === 'entry-limit' || s.kind === 'unreadable-dir')
      gaps.push({ path: s.path, reason: s.detail });
  for (const list of problems)
    for (const p of list) if (p.kind !== 'opaque') gaps.push({ path: p.file, reason: p.reason });
  return gaps;
}

/** Every member but the packages (PackageCollector keeps those). */
function mergeInventory(into: Inventory, from: Partial<Inventory>): void {
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

/** Limits from a config inside the scanned tree: each may lower the default, never raise it. */
function lowerOnly(defaults: Limits, given: Partial<Limits> | undefined): Limits {
  const out = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof Limits)[]) {
    const value = given?.[key];
    if (typeof value === 'number' && value < out[key]) out[key] = value;
  }
  return out;
}

export { CORE_CHECKS };
export type { ScanConfig };

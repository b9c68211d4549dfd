/** Loads the npm family's files into projects, policies and an inventory. Never throws for bad input. https://docs.npmjs.com/cli/configuring-npm/package-json */
import {
  analyseHookCommand,
  analyseHookSource,
  type HookVocabulary,
  combineHookAnalyses,
  filesRunBy,
  globProblem,
  type ClaimedFile,
  type LoadContext,
  type Locatable,
  type ParseProblem,
  type ReadFile,
  type Route,
  readerOf,
} from '@inert/core';
import type { Lockfile, Manifest, NpmModel, PackageHook } from '../model.js';
import { buildPolicy } from '../policy/build.js';
import { files } from '../files.js';
import { isLockReader, type LockReader, READERS, UNREAD, type ReadInto } from './readers.js';
import { hooks } from '../hooks.js';
import { analyseJsHookFile } from './hook-js.js';
import { verdictFor } from '../policy/verdict.js';
import { lockClients, manifestClients, yarnPathClients } from './clients.js';
import { memberMatcher } from './workspace-members.js';
import { entryLines } from './inventory.js';
import { LockPackageRows } from './package-rows.js';
import { dirOf, isInside, relativeTo } from './paths.js';
import { bunfigRegistries, npmrcRegistries, yarnrcYmlRegistries } from './registries.js';

/** Scripts npm runs on a plain `npm install` / `npm ci` in the project itself. */
export const LIFECYCLE = new Set([
  'preinstall',
  'install',
  'postinstall',
  'prepublish',
  'preprepare',
  'prepare',
  'postprepare',
]);

export async function load(claimed: readonly ClaimedFile[], read: ReadFile, context?: LoadContext): Promise<NpmModel> {
  const model: NpmModel = {
    problems: [],
    inventory: { packages: [], hooks: [], sources: [], executableManifests: [], clients: [] },
    manifests: [],
    locks: [],
    npmrcs: [],
    yarnrcs: [],
    yarnrcYmls: [],
    pnpmWorkspaces: [],
    bunfigs: [],
    pnpmfiles: [],
    registries: [],
    lockfilePaths: [],
    gypDirs: [],
    policies: new Map(),
    scriptVerdicts: new Map(),
    packageRows: [],
  };
  const limits = context?.limits;
  const lockTexts = new Map<Lockfile, string>();
  let lockReaders: Record<LockReader, ReadInto> | undefined;
  for (const file of claimed) {
    // The route picked the reader (files.ts); a caller without the route gets the rule the path matches.
    const reader = readerOf(files, file);
    if (reader === undefined) continue;
    if (file.kind === 'lockfile') model.lockfilePaths.push(file.path);
    const text = UNREAD.has(reader) ? '' : await read(file.path);
    if (text === undefined) continue;
    const locks = model.locks.length;
    // The lockfile readers load with the first lockfile (lock-readers.ts; a rejection fails this load).
    const into = isLockReader(reader)
      ? (lockReaders ??= (await import('./lock-readers.js')).LOCK_READERS)[reader]
      : READERS[reader];
    into(model, file, text, limits);
    if (model.locks.length > locks) lockTexts.set(model.locks[locks]!, text);
  }
  collectRegistries(model);
  model.problems.push(...workspaceGlobProblems(model));
  for (const lock of model.locks) {
    const policy = buildPolicy({
      lock,
      manifest: model.manifests.find((m) => m.dir === lock.dir),
      npmrc: nearest(model.npmrcs, lock.dir),
      yarnrc: nearest(model.yarnrcs, lock.dir),
      yarnrcYml: nearest(model.yarnrcYmls, lock.dir),
      pnpmWorkspace: model.pnpmWorkspaces.find((w) => w.dir === lock.dir),
    });
    model.policies.set(lock.path, policy);
    const lines = entryLines(lock);
    // Read after the entries' lines: one position pass over the lock serves both (docs/decisions/0018).
    model.inventory.clients.push(...lockClients(lock, lockTexts.get(lock) ?? ''));
    for (const e of lock.entries) {
      const verdict = e.hasInstallScript === false || e.workspace ? undefined : verdictFor(e, policy);
      if (verdict) model.scriptVerdicts.set(e, verdict);
    }
    // The lock's packages are made when the report reads them (docs/decisions/0032).
    model.packageRows.push(new LockPackageRows(lock, lines, model.scriptVerdicts));
  }
  collectHooks(model);
  if (context?.package) {
    model.packageMode = true;
    model.packageHooks = await packageHooks(model, read, context.isFile ?? (() => true), context.hooks ?? hooks);
  }
  collectClients(model, projectRoots(model, claimed));
  return model;
}

/** The config at the deepest directory at or above `dir`. */
export function nearest<T extends { dir: string }>(items: readonly T[], dir: string): T | undefined {
  return items.filter((i) => isInside(dir, i.dir)).sort((a, b) => b.dir.length - a.dir.length)[0];
}

/** True when `m` is a workspace member of the project rooted at `root` (package.json workspaces, pnpm-workspace.yaml, lock importers). */
export function isMember(model: NpmModel, m: Manifest, root: string): boolean {
  if (!isInside(m.dir, root) || m.dir === root) return false;
  const member = relativeTo(m.dir, root);
  if (memberMatcher(model, root)(member)) return true;
  return model.locks.some((l) => l.dir === root && l.memberDirs.includes(member));
}

/** A workspace glob inert refuses to match (over a glob budget) is a finding on its file: membership under it is unknown. */
function workspaceGlobProblems(model: NpmModel): ParseProblem[] {
  const problems: ParseProblem[] = [];
  const report = (file: string, doc: Locatable, route: Route, globs: readonly unknown[]) => {
    globs.forEach((g, i) => {
      const reason = typeof g === 'string' ? globProblem(g.replace(/^!/, '')) : undefined;
      if (reason === undefined) return;
      const at = doc.locate([{ route: [...route, i], part: 'value' }])[0];
      problems.push({
        file,
        kind: 'limit',
        reason: `workspace glob ${i + 1} not matched: ${reason}`,
        ...(at ? { line: at.line, column: at.column } : {}),
      });
    });
  };
  for (const m of model.manifests) {
    const raw = (m.doc.value as { workspaces?: unknown } | null)?.workspaces;
    const list = Array.isArray(raw)
      ? raw
      : Array.isArray((raw as { packages?: unknown } | null)?.packages)
        ? (raw as { packages: unknown[] }).packages
        : [];
    report(m.path, m.doc, Array.isArray(raw) ? ['workspaces'] : ['workspaces', 'packages'], list);
  }
  for (const w of model.pnpmWorkspaces)
    if (Array.isArray(w.value.packages)) report(w.path, w.doc, ['packages'], w.value.packages);
  return problems;
}

function collectRegistries(model: NpmModel): void {
  for (const rc of [...model.npmrcs, ...model.yarnrcs]) model.registries.push(...npmrcRegistries(rc));
  for (const y of model.yarnrcYmls) model.registries.push(...yarnrcYmlRegistries(y));
  for (const b of model.bunfigs) model.registries.push(...bunfigRegistries(b));
  for (const r of model.registries)
    model.inventory.sources.push({
      ecosystem: 'npm',
      url: r.url,
      role: r.scope ? `scope:${r.scope}` : 'default',
      file: r.file,
      line: r.line,
    });
}

/** Client versions: lock formats were read above; here yarnPath releases and each project root's package.json. */
function collectClients(model: NpmModel, roots: ReadonlySet<string>): void {
  model.inventory.clients.push(...yarnPathClients(model.yarnrcYmls, model.yarnrcs));
  for (const m of model.manifests) if (roots.has(m.dir)) model.inventory.clients.push(...manifestClients(m));
}

function collectHooks(model: NpmModel): void {
  for (const m of model.manifests) {
    const spans = m.doc.locate(Object.keys(m.scripts).map((k) => ({ route: ['scripts', k], part: 'key' as const })));
    Object.entries(m.scripts).forEach(([hook, command], i) => {
      if (LIFECYCLE.has(hook))
        model.inventory.hooks.push({
          ecosystem: 'npm',
          package: m.name ?? (m.dir || '.'),
          hook,
          command,
          file: m.path,
          line: spans[i]?.line ?? 1,
        });
    });
  }
  const em = model.inventory.executableManifests;
  for (const y of model.yarnrcYmls) {
    if (typeof y.value.yarnPath === 'string')
      em.push({
        ecosystem: 'npm',
        file: y.path,
        runsOn: `every yarn command (yarnPath ${y.value.yarnPath})`,
        readable: false,
      });
    if (Array.isArray(y.value.plugins) && y.value.plugins.length > 0)
      em.push({
        ecosystem: 'npm',
        file: y.path,
        runsOn: `every yarn command (${y.value.plugins.length} plugins)`,
        readable: false,
      });
  }
  for (const rc of model.yarnrcs)
    if (rc.entries.some((e) => e.key === 'yarn-path'))
      em.push({ ecosystem: 'npm', file: rc.path, runsOn: 'every yarn classic command (yarn-path)', readable: false });
  for (const p of model.pnpmfiles)
    em.push({
      ecosystem: 'npm',
      file: p.path,
      runsOn: `pnpm install and resolution${p.hooks.length ? ` (hooks: ${p.hooks.join(', ')})` : ''}`,
      readable: p.readable,
    });
}

/**
 * The project roots whose package.json names the client: a lockfile's directory, plus any manifest no
 * lock covers; a root counts when it is the deepest root of at least one claimed file.
 */
function projectRoots(model: NpmModel, files: readonly ClaimedFile[]): Set<string> {
  const roots = new Set(model.lockfilePaths.map(dirOf));
  for (const m of model.manifests) {
    if (![...roots].some((r) => r === m.dir || isMember(model, m, r))) roots.add(m.dir);
  }
  const projects = [...roots].sort().map((dir) => ({ dir, files: [] as string[] }));
  for (const f of files) {
    const home = nearest(projects, dirOf(f.path));
    (home ?? projects[0])?.files.push(f.path);
  }
  return new Set(projects.filter((p) => p.files.length > 0).map((p) => p.dir));
}

/**
 * Package mode: the root manifest's install hooks, each analysed as a command and, where it runs a file
 * of the package (`node install.js`), with that file's text (read from the archive, never executed).
 */
async function packageHooks(
  model: NpmModel,
  read: ReadFile,
  isFile: (path: string) => boolean,
  vocabulary: HookVocabulary,
): Promise<PackageHook[]> {
  const root = model.manifests.find((m) => m.dir === '');
  if (!root) return [];
  const out: PackageHook[] = [];
  for (const [hook, command] of Object.entries(root.scripts)) {
    if (!INSTALL_HOOKS.has(hook)) continue;
    const parts = [analyseHookCommand(command, vocabulary)];
    const filesRead: string[] = [];
    for (const file of filesRunBy(command)) {
      // A file the package does not contain stays `runs-file`: the hook's effect is then unknown.
      if (!isFile(file)) continue;
      const text = await read(file);
      if (text === undefined) continue;
      filesRead.push(file);
      parts.push(/\.[cm]?js$/.test(file) ? analyseJsHookFile(text, vocabulary) : analyseHookSource(text, vocabulary));
    }
    out.push({
      manifest: root,
      hook,
      command,
      analysis: parts.length > 1 ? combineHookAnalyses(parts) : parts[0]!,
      filesRead,
    });
  }
  return out;
}

/** Hooks npm runs when a package is installed as a dependency (not `prepare`/`prepublish`, which run only for git and local sources). https://docs.npmjs.com/cli/using-npm/scripts#npm-install */
const INSTALL_HOOKS = new Set(['preinstall', 'install', 'postinstall']);

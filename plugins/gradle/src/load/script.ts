/**
 * Groovy and Kotlin build, settings and init scripts read as syntax trees: repositories (with content
 * filters and insecure flags), dependencies, locking, `apply from`, configuration-time process and
 * network calls, literal passwords. Computed values become opaque facts. https://docs.gradle.org/current/userguide/declaring_repositories.html
 */
import type { ParseProblem } from '@inert/core';
import {
  callArguments,
  callName,
  childByField,
  findAll,
  parseSource,
  stringValue,
  type Language,
  type SyntaxNode,
} from '@inert/syntax';
import type { At, Script } from '../model.js';
import { nexusCredentials } from './nexus-repositories.js';
import { nmcpCredentials } from './nmcp-portal.js';
import { publishCredentials } from './publish-credentials.js';
import { appliedPlugin } from './applied-plugins.js';
import { emptyIncludes, isReadSpread, readInclude, readProjectDir, setsProjectDir } from './settings-includes.js';

const REPO_KINDS = new Set(['mavenCentral', 'google', 'gradlePluginPortal', 'mavenLocal', 'jcenter', 'maven', 'ivy']);
const SCOPES = [
  'pluginManagement',
  'dependencyResolutionManagement',
  'buildscript',
  'allprojects',
  'subprojects',
  'publishing',
];
const ACTIONS = new Set(['doLast', 'doFirst']);
const EXEC_CALLS = new Set(['exec', 'javaexec', 'execute']);
/** Ancestors looked at for the enclosing blocks of a call (about 20 levels of DSL blocks). */
const MAX_SCOPE_NODES = 100;
/** How deep below a repository its `url`, `content` and `allowInsecureProtocol` settings are looked for (real scripts: under 15 levels). */
const MAX_SETTING_DEPTH = 40;

export async function parseScript(
  text: string,
  path: string,
  dir: string,
  cpuMs?: number,
): Promise<{ script?: Script; problems: ParseProblem[] }> {
  const language: Language = path.endsWith('.kts') ? 'kotlin' : 'groovy';
  const parsed = await parseSource(language, text, cpuMs === undefined ? {} : { cpuMs });
  if (!parsed.ok)
    return {
      problems: [{ file: path, kind: parsed.kind === 'limit' ? 'limit' : 'unreadable', reason: parsed.reason }],
    };
  const problems: ParseProblem[] = [];
  // A Groovy spread `include(*[…])` is an ERROR to the grammar, read by readInclude: not a part left unread.
  const unread = parsed.hasError ? findAll(parsed.tree, (n) => (n.isError || n.isMissing) && !isReadSpread(n)) : [];
  if (unread.length > 0) {
    const bad = unread.find((n) => n.isError);
    // Grammar gaps (e.g. Groovy `implementation libs.guava`) are common: facts there are unknown, not absent.
    problems.push({
      file: path,
      kind: 'opaque',
      reason: `inert's ${language === 'kotlin' ? 'Kotlin' : 'Groovy'} grammar could not read part of this script${bad ? ` (from line ${bad.startLine})` : ''}`,
      facts: ['what that part declares or runs'],
      ...(bad ? { line: bad.startLine, column: bad.startColumn } : {}),
    });
  }
  const base = path.slice(path.lastIndexOf('/') + 1);
  const kind: Script['kind'] = base.startsWith('settings.')
    ? 'settings'
    : /(?:^|\.)init\.gradle(?:\.kts)?$/.test(base) || /(?:^|\/)init\.d\//.test(path)
      ? 'init'
      : 'build';
  const s: Script = {
    path,
    dir,
    language,
    kind,
    repos: [],
    deps: [],
    locking: false,
    applyFrom: [],
    configExecs: [],
    literalPasswords: [],
    includedBuilds: [],
    plugins: [],
    appliedPlugins: [],
    pluginAliases: [],
  };
  const at = (n: SyntaxNode): At => ({ file: path, line: n.startLine, column: n.startColumn });
  const isCall = (n: SyntaxNode) =>
    language === 'kotlin'
      ? n.type === 'call_expression'
      : n.type === 'method_invocation' || n.type === 'juxt_function_call';
  const nameOf = (n: SyntaxNode) => (isCall(n) ? callName(n, language) : undefined);
  // Kotlin `f("a") { … }` is a call wrapping the call `f("a")`: the inner one carries the facts.
  const wraps = (p: SyntaxNode | undefined, n: SyntaxNode) =>
    language === 'kotlin' && p?.type === 'call_expression' && p.children[0] === n;
  const whole = (n: SyntaxNode) => (wraps(n.parent, n) ? n.parent! : n);
  // Climbs at most MAX_SCOPE_NODES ancestors: a real script's blocks nest a few levels, and an unbounded
  // climb from every call made deeply nested input quadratic (`a{a{…}}` 10,000 deep: 9 s; found by fuzzing).
  const enclosingCalls = (n: SyntaxNode) => {
    const calls: SyntaxNode[] = [];
    let steps = 0;
    for (let prev = n, p = n.parent; p && steps < MAX_SCOPE_NODES; prev = p, p = p.parent, steps++)
      if (isCall(p) && !wraps(p, prev) && nameOf(p)) calls.push(p);
    return calls;
  };
  const enclosing = (n: SyntaxNode) => enclosingCalls(n).map((c) => nameOf(c)!);
  let computedDeps: { count: number; first?: SyntaxNode } = { count: 0 };
  const literal = (n: SyntaxNode | undefined): string | undefined => {
    if (!n) return undefined;
    const v = stringValue(n, language);
    if (v !== undefined) return v;
    // uri("…"), URI("…"), file("…") wrap a literal
    if (isCall(n) && ['uri', 'URI', 'url', 'fromUri', 'fromInsecureUri'].includes(nameOf(n) ?? ''))
      return literal(callArguments(n, language)[0]);
    return undefined;
  };
  const isAssignment = (names: readonly string[]) => (n: SyntaxNode) =>
    (n.type === 'assignment_expression' || n.type === 'assignment') &&
    names.includes((childByField(n, 'left') ?? n.namedChildren[0])?.text ?? '');
  const valueOf = (n: SyntaxNode) => ({
    node: n,
    value: childByField(n, 'right') ?? n.namedChildren[n.namedChildren.length - 1],
  });
  const assigned = (scope: SyntaxNode, names: readonly string[]) => findAll(scope, isAssignment(names)).map(valueOf);
  // A repository's settings sit a few levels below it; searching its whole subtree from every repository
  // made nested `maven { maven { … } }` quadratic in depth (found by fuzzing).
  // Settings of a repository nested inside this one (`maven { maven { url … } }`) are the inner one's.
  const nested = (n: SyntaxNode) => isCall(n) && (REPO_KINDS.has(nameOf(n) ?? '') || nameOf(n) === 'repositories');
  const near = (repo: SyntaxNode, match: (n: SyntaxNode) => boolean) =>
    findNear(repo, match, MAX_SETTING_DEPTH, (n) => n !== repo && !repo.children.includes(n) && nested(n));

  const calls = findAll(parsed.tree, isCall);
  // Each repository belongs to its nearest enclosing `repositories` block: one climb per repository
  // instead of one subtree search per block (nested `repositories { repositories { … } }` was quadratic).
  const reposOfBlock = new Map<SyntaxNode, SyntaxNode[]>();
  for (const n of calls) {
    if ((language === 'kotlin' && n.children[0]?.type === 'call_expression') || !REPO_KINDS.has(nameOf(n) ?? ''))
      continue;
    const block = enclosingCalls(n).find((c) => nameOf(c) === 'repositories');
    if (block && block !== n) (reposOfBlock.get(block) ?? reposOfBlock.set(block, []).get(block)!).push(n);
  }
  for (const call of calls) {
    const name = nameOf(call);
    if (!name || (language === 'kotlin' && call.children[0]?.type === 'call_expression')) continue;
    const outer = enclosing(call);
    if (name === 'repositories') {
      const scope = outer.find((o) => SCOPES.includes(o)) ?? 'project';
      const block = `${call.startLine}:${call.startColumn}`;
      for (const found of reposOfBlock.get(whole(call)) ?? []) {
        const repo = whole(found);
        const kind = nameOf(found)!;
        const argUrl = callArguments(found, language).find(
          (a) => a.type !== 'closure' && a.type !== 'annotated_lambda' && a.type !== 'lambda_literal',
        );
        const urlCall = near(repo, (n) => isCall(n) && ['url', 'setUrl'].includes(nameOf(n) ?? ''))[0];
        const urlAssign = near(repo, isAssignment(['url'])).map(valueOf)[0];
        const urlNode = argUrl ?? (urlCall ? callArguments(urlCall, language)[0] : urlAssign?.value);
        const url = literal(urlNode);
        if (urlNode && url === undefined)
          problems.push({
            file: path,
            kind: 'opaque',
            reason: `the URL of a ${kind} repository is computed`,
            facts: ['repositories'],
            line: urlNode.startLine,
            column: urlNode.startColumn,
          });
        const insecureFlag =
          near(repo, isAssignment(['allowInsecureProtocol', 'isAllowInsecureProtocol']))
            .map(valueOf)
            .some((a) => a.value?.text === 'true') ||
          near(repo, (n) => isCall(n) && nameOf(n) === 'allowInsecureProtocol' && /true/.test(n.text)).length > 0;
        const filtered =
          enclosing(found).includes('exclusiveContent') ||
          near(repo, (n) => isCall(n) && nameOf(n) === 'content').length > 0;
        if (scope === 'publishing' && kind === 'maven')
          (s.publishCredentials ??= []).push(...publishCredentials(repo, { language, isCall, nameOf, at, near }));
        s.repos.push({
          kind,
          ...(url !== undefined ? { url } : {}),
          insecureFlag,
          filtered,
          block,
          scope,
          at: at(repo),
        });
      }
    } else if (
      (EXEC_CALLS.has(name) || name === 'ProcessBuilder' || name === 'URL') &&
      !outer.some((o) => ACTIONS.has(o))
    ) {
      s.configExecs.push({ call: name === 'execute' ? '"…".execute()' : name, at: at(call) });
    } else if (name === 'apply') {
      const applied = appliedPlugin(call, language);
      if (applied !== undefined) s.appliedPlugins.push({ id: applied, at: at(call) });
      const from =
        language === 'groovy'
          ? findAll(call, 'map_item').find((m) => childByField(m, 'key')?.text === 'from')
          : call.children
              .find((c) => c.type === 'value_arguments')
              ?.namedChildren.find((a) => a.namedChildren[0]?.text === 'from');
      const value =
        from &&
        (language === 'groovy' ? childByField(from, 'value') : from.namedChildren[from.namedChildren.length - 1]);
      const url = literal(value);
      if (url !== undefined) s.applyFrom.push({ url, at: at(call) });
      else if (value)
        problems.push({
          file: path,
          kind: 'opaque',
          reason: 'an `apply from:` target is computed',
          facts: ['applied scripts'],
          line: call.startLine,
          column: call.startColumn,
        });
    } else if (name === 'alias' && outer[0] === 'plugins') {
      // `alias(libs.plugins.vanniktech.publish)`: resolved through the version catalog by its accessor.
      const accessor = /^\w+\.plugins\.([\w.]+)$/.exec(callArguments(call, language)[0]?.text ?? '')?.[1];
      if (accessor !== undefined) s.pluginAliases.push({ accessor, at: at(call) });
    } else if ((name === 'id' || name === 'kotlin') && outer[0] === 'plugins') {
      const arg = literal(callArguments(call, language)[0]);
      if (arg === undefined) continue;
      // Kotlin `id("x") version "1"` is an infix expression; Groovy `id "x" version "1"` two sibling calls.
      const parent = call.parent;
      const siblings = parent?.namedChildren ?? [];
      const next = siblings[siblings.indexOf(call) + 1];
      const versionNode =
        language === 'kotlin'
          ? parent?.type === 'infix_expression' && parent.children[1]?.text === 'version'
            ? parent.children[2]
            : undefined
          : next && nameOf(next) === 'version'
            ? callArguments(next, language)[0]
            : undefined;
      const version = literal(versionNode);
      s.plugins.push({
        id: name === 'kotlin' ? `org.jetbrains.kotlin.${arg}` : arg,
        ...(version !== undefined ? { version } : {}),
        at: at(call),
      });
    } else if (kind === 'settings' && (name === 'include' || name === 'includeFlat')) {
      readInclude(call, name, dir, (s.includes ??= emptyIncludes()), { language, isCall, nameOf, at });
    } else if (name === 'includeBuild') {
      const target = literal(callArguments(call, language)[0]);
      s.includedBuilds.push({ ...(target !== undefined ? { path: target } : {}), at: at(call) });
    } else if (name === 'dependencyLocking' || name === 'lockAllConfigurations') {
      s.locking = true;
    } else if (outer[0] === 'dependencies') {
      const arg = callArguments(call, language)[0];
      const coord = literal(arg);
      if (coord === undefined && arg && /^["'`]/.test(arg.text))
        computedDeps = { count: computedDeps.count + 1, first: computedDeps.first ?? arg };
      const m = coord && /^([^:\s]+):([^:\s]+)(?::([^:\s@]+))?/.exec(coord);
      if (m)
        s.deps.push({
          configuration: name,
          group: m[1]!,
          name: m[2]!,
          ...(m[3] ? { version: m[3] } : {}),
          at: at(call),
        });
    }
  }
  if (computedDeps.first) {
    const n = computedDeps.first;
    problems.push({
      file: path,
      kind: 'opaque',
      reason: `${computedDeps.count} dependency coordinate${computedDeps.count > 1 ? 's are' : ' is'} built from interpolated strings`,
      facts: ['dependency versions'],
      line: n.startLine,
      column: n.startColumn,
    });
  }
  // new ProcessBuilder(…) / new URL(…) in Groovy are object creations, not calls.
  for (const created of findAll(parsed.tree, 'object_creation_expression')) {
    const type = childByField(created, 'type')?.text;
    if ((type === 'ProcessBuilder' || type === 'URL') && !enclosing(created).some((o) => ACTIONS.has(o)))
      s.configExecs.push({ call: `new ${type}`, at: at(created) });
  }
  if (kind === 'settings' && unread.length > 0) {
    // What the grammar could not read may include projects: the include list is then not the whole list.
    const bad = unread.find((n) => n.isError);
    (s.includes ??= emptyIncludes()).computed.push({
      ...(bad ? at(bad) : { file: path, line: 1, column: 1 }),
      why: 'part of the settings script inert’s grammar could not read',
    });
  }
  // Groovy `include *[':a']` without parentheses: the grammar reads a multiplication of `include`, no call.
  if (kind === 'settings' && language === 'groovy')
    for (const b of findAll(parsed.tree, 'binary_expression')) {
      const left = b.namedChildren[0];
      if (left?.type === 'identifier' && (left.text === 'include' || left.text === 'includeFlat'))
        (s.includes ??= emptyIncludes()).computed.push({
          ...at(b),
          why: `\`${b.text.slice(0, 60)}\`: a spread without parentheses, which inert’s Groovy grammar reads as a multiplication`,
        });
    }
  if (kind === 'settings')
    for (const a of findAll(
      parsed.tree,
      (n) => (n.type === 'assignment_expression' || n.type === 'assignment') && setsProjectDir(n),
    ))
      readProjectDir(a, dir, (s.includes ??= emptyIncludes()), { language, isCall, nameOf, at });
  const helpers = { language, isCall, nameOf, at, near, whole };
  const plugins = [...nexusCredentials(parsed.tree, helpers), ...nmcpCredentials(parsed.tree, helpers)];
  if (plugins.length > 0) s.pluginBlockCredentials = plugins;
  for (const a of assigned(parsed.tree, ['password'])) {
    if (a.value && stringValue(a.value, language) !== undefined)
      s.literalPasswords.push({ key: 'password', at: at(a.node) });
  }
  for (const c of findAll(parsed.tree, (n) => isCall(n) && nameOf(n) === 'password')) {
    if (stringValue(callArguments(c, language)[0] ?? c, language) !== undefined)
      s.literalPasswords.push({ key: 'password', at: at(c) });
  }
  return { script: s, problems };
}

/** Nodes below `root` (itself included) that match, in document order, at most `maxDepth` levels down, not entering `stop` nodes. */
function findNear(
  root: SyntaxNode,
  match: (n: SyntaxNode) => boolean,
  maxDepth: number,
  stop: (n: SyntaxNode) => boolean,
): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const stack: { node: SyntaxNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > 0 && stop(node)) continue;
    if (match(node)) out.push(node);
    if (depth >= maxDepth) continue;
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: depth + 1 });
  }
  return out;
}

/**
 * The projects a settings script includes: `include(":a", "b:c")` / `include ':a', 'b:c'` (and a
 * list of literals: Groovy `[':a']` or its spread `*[':a']`, Kotlin `listOf(":a")`, `*arrayOf(":a")`), read from the syntax tree. A project path `:a:b` lives in `a/b` below the
 * settings directory and includes its ancestors (`:a`) too; `includeFlat 'z'` puts `z` beside the
 * build; `project(":a").projectDir = file("x")` moves a project. What a static read cannot name — a
 * computed path (a loop over directories, a template), a moved directory that is not `file("…")` —
 * makes the list undeterminable, with where and why.
 * Gradle 8: https://docs.gradle.org/current/userguide/multi_project_builds.html · `include(Iterable)` since
 * Gradle 7.4: https://docs.gradle.org/current/javadoc/org/gradle/api/initialization/Settings.html ·
 * https://docs.gradle.org/current/dsl/org.gradle.api.initialization.Settings.html#org.gradle.api.initialization.Settings:include(java.lang.String[])
 */
import { callArguments, childByField, stringValue, type Language, type SyntaxNode } from '@inert/syntax';
import type { At, SettingsIncludes } from '../model.js';

/** Project directories kept per settings script (real builds: a few hundred at most); more makes the list undeterminable. */
const MAX_INCLUDES = 2_000;
/** Segments of one project path (`:a:b:c`; real ones: under 6). Deeper paths are not expanded into their ancestors. */
const MAX_PATH_DEPTH = 16;

interface Reader {
  language: Language;
  isCall: (n: SyntaxNode) => boolean;
  nameOf: (n: SyntaxNode) => string | undefined;
  at: (n: SyntaxNode) => At;
}

const parentDir = (dir: string) => (dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '');
const join = (dir: string, rel: string) => (dir === '' ? rel : `${dir}/${rel}`);

/** `:a:b` → `a/b` (undefined for the root project `:` or a path with `.`/`..` segments). */
function projectDirOf(path: string): string | undefined {
  const parts = path.split(':').filter((p) => p !== '');
  if (parts.length === 0 || parts.some((p) => p === '.' || p === '..' || p.includes('/'))) return undefined;
  return parts.join('/');
}

export function emptyIncludes(): SettingsIncludes {
  return { projects: [], computed: [] };
}

/** Records one `include`/`includeFlat` call of a settings script at `dir` (the settings script's directory). */
export function readInclude(call: SyntaxNode, name: string, dir: string, into: SettingsIncludes, r: Reader): void {
  const computed = (node: SyntaxNode, why: string) => into.computed.push({ ...r.at(node), why });
  const args = callArguments(call, r.language);
  let spreadOf: SyntaxNode | undefined;
  for (const [i, arg] of args.entries()) {
    if (isGroovySpread(arg)) {
      // The list literal after it is read as the list; a spread of anything else names projects only at run time.
      if (args[i + 1]?.type !== 'array_literal') {
        spreadOf = args[i + 1];
        computed(
          arg,
          `\`${name}(*…)\` spreads \`${(spreadOf?.text ?? '').slice(0, 60)}\`, which is not a list literal`,
        );
      }
      continue;
    }
    if (arg === spreadOf) continue;
    const items = literalList(arg, r) ?? [arg];
    for (const item of items) {
      const path = stringValue(item, r.language);
      if (path === undefined) {
        computed(item, `\`${name}\` of a computed project path (\`${item.text.slice(0, 60)}\`)${inLoop(call, r)}`);
        continue;
      }
      const rel = projectDirOf(path);
      if (rel === undefined) {
        computed(item, `\`${name}\` of the project path \`${path.slice(0, 60)}\`, which names no directory`);
        continue;
      }
      const parts = rel.split('/');
      if (parts.length > MAX_PATH_DEPTH || into.projects.length + parts.length > MAX_INCLUDES) {
        computed(
          item,
          `more than ${MAX_INCLUDES} included projects or a project path over ${MAX_PATH_DEPTH} levels deep`,
        );
        return;
      }
      if (name === 'includeFlat') {
        // Beside the build: outside the checkout when the settings script is at its root.
        if (dir !== '') into.projects.push({ path, dir: join(parentDir(dir), rel), at: r.at(item) });
        continue;
      }
      // `:a:b` includes `:a` too.
      for (let i = 1; i <= parts.length; i++)
        into.projects.push({ path, dir: join(dir, parts.slice(0, i).join('/')), at: r.at(item) });
    }
  }
}

/**
 * Groovy's spread `include(*[':a', ':b'])` (the varargs `include(String...)` takes the list's
 * elements, https://groovy-lang.org/operators.html#_spread_operator): inert's Groovy grammar has
 * no spread argument and gives the `*` as an ERROR node before the argument.
 */
function isGroovySpread(arg: SyntaxNode): boolean {
  return arg.isError && arg.text === '*';
}

/**
 * The grammar's ERROR for a spread `*` before an argument of an `include`/`includeFlat` call: read by
 * readInclude (a list literal as its elements, anything else as computed), so not a part of the
 * settings script left unread.
 */
export function isReadSpread(error: SyntaxNode): boolean {
  const list = error.parent;
  const call = list?.parent;
  if (!isGroovySpread(error) || list?.type !== 'argument_list' || call?.type !== 'method_invocation') return false;
  const name = call.namedChildren[0];
  if (name?.type !== 'identifier' || (name.text !== 'include' && name.text !== 'includeFlat')) return false;
  // The next argument by position (a binary search, not indexOf: many `*`s in one list stay linear).
  const siblings = list.namedChildren;
  let lo = 0;
  let hi = siblings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (siblings[mid]!.startIndex < error.endIndex) lo = mid + 1;
    else hi = mid;
  }
  return siblings[lo] !== undefined;
}

/** Kotlin's collection builders whose elements `include` reads as a list (`include(Iterable)`, Gradle >= 7.4; `*arrayOf` spreads the varargs). */
const LIST_CALLS = new Set(['listOf', 'setOf', 'arrayOf', 'mutableListOf', 'mutableSetOf']);

/**
 * The elements of a literal list argument: Groovy `[':a', ':b']`, Kotlin `listOf(":a", ":b")`,
 * `*arrayOf(…)`, `*listOf(…).toTypedArray()`; undefined for anything else (one path, or computed).
 */
function literalList(arg: SyntaxNode, r: Reader): readonly SyntaxNode[] | undefined {
  if (arg.type === 'array_literal') return arg.namedChildren;
  let n: SyntaxNode | undefined = arg.type === 'spread_expression' ? arg.namedChildren.at(-1) : arg;
  if (n && r.isCall(n) && r.nameOf(n) === 'toTypedArray' && callArguments(n, r.language).length === 0) {
    const receiver = n.namedChildren[0];
    n = receiver?.type === 'navigation_expression' ? receiver.namedChildren[0] : undefined;
  }
  return n && r.isCall(n) && LIST_CALLS.has(r.nameOf(n) ?? '') ? callArguments(n, r.language) : undefined;
}

/** Calls and statements that repeat their body over values known only when the script runs. */
const LOOP_CALLS = new Set([
  'forEach',
  'each',
  'eachDir',
  'eachDirMatch',
  'eachDirRecurse',
  'eachFile',
  'eachFileMatch',
]);
const LOOP_TYPES = new Set(['for_statement', 'while_statement', 'do_while_statement', 'for_in_loop', 'for_loop']);
/** Enclosing nodes looked at for a loop (a constant per include, whatever the nesting). */
const MAX_LOOP_DEPTH = 32;

/** ` inside \`eachDir { … }\` (line 3): …` when the include call sits in a loop, for the reason. */
function inLoop(call: SyntaxNode, r: Reader): string {
  let n = call.parent;
  for (let depth = 0; n && depth < MAX_LOOP_DEPTH; depth++, n = n.parent) {
    const loop = LOOP_TYPES.has(n.type)
      ? n.type.split('_')[0]
      : r.isCall(n) && LOOP_CALLS.has(r.nameOf(n) ?? '')
        ? r.nameOf(n)
        : undefined;
    if (loop)
      return ` inside \`${loop} { … }\` (line ${r.at(n).line}), a loop: which projects it adds depends on what the build finds when it runs`;
  }
  return '';
}

/** `project(":a").projectDir = file("x")`: moves `:a` to `x`; any other value is computed. */
export function readProjectDir(assignment: SyntaxNode, dir: string, into: SettingsIncludes, r: Reader): void {
  const left = childByField(assignment, 'left') ?? assignment.namedChildren[0];
  const right = childByField(assignment, 'right') ?? assignment.namedChildren[assignment.namedChildren.length - 1];
  const target =
    right && r.isCall(right) && r.nameOf(right) === 'file' ? callArguments(right, r.language)[0] : undefined;
  const moved = target === undefined ? undefined : stringValue(target, r.language);
  const projectCall = left?.namedChildren.find((n) => r.isCall(n) && r.nameOf(n) === 'project');
  const projectArg = projectCall ? callArguments(projectCall, r.language)[0] : undefined;
  const path = projectArg === undefined ? undefined : stringValue(projectArg, r.language);
  if (
    moved === undefined ||
    path === undefined ||
    moved.startsWith('/') ||
    moved.split('/').includes('..') ||
    into.projects.length >= MAX_INCLUDES
  ) {
    into.computed.push({
      ...r.at(assignment),
      why: `a project directory set to \`${(right?.text ?? '').slice(0, 60)}\``,
    });
    return;
  }
  into.projects.push({
    path,
    dir: join(dir, moved.replace(/^\.\//, '').replace(/\/$/, '')),
    at: r.at(assignment),
    moved: true,
  });
}

/** Whether an assignment's left side is `….projectDir`. */
export function setsProjectDir(assignment: SyntaxNode): boolean {
  const left = childByField(assignment, 'left') ?? assignment.namedChildren[0];
  return left !== undefined && /\.projectDir$/.test(left.text);
}

/**
 * The projects a settings script includes: `include(":a", "b:c")` / `include ':a', 'b:c'` (and a
 * Groovy list of literals), read from the syntax tree. A project path `:a:b` lives in `a/b` below the
 * settings directory and includes its ancestors (`:a`) too; `includeFlat 'z'` puts `z` beside the
 * build; `project(":a").projectDir = file("x")` moves a project. What a static read cannot name — a
 * computed path (a loop over directories, a template), a moved directory that is not `file("…")` —
 * makes the list undeterminable, with where and why.
 * Gradle 8: https://docs.gradle.org/current/userguide/multi_project_builds.html ·
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
  for (const arg of callArguments(call, r.language)) {
    // A Groovy list literal `include([':a', ':b'])`: its elements, when all are literals.
    const items = arg.type === 'array_literal' ? arg.namedChildren : [arg];
    for (const item of items) {
      const path = stringValue(item, r.language);
      if (path === undefined) {
        computed(item, `\`${name}\` of a computed project path (\`${item.text.slice(0, 60)}\`)`);
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

/**
 * Groovy and Kotlin build, settings and init scripts read as syntax trees: repositories (with content
 * filters and insecure flags), dependencies, locking, `apply from`, configuration-time process and
 * network calls, literal passwords. Computed values become opaque facts. https://docs.gradle.org/current/userguide/declaring_repositories.html
 */
import type { ParseProblem } from '@inert/core';
import { callArguments, callName, childByField, findAll, parseSource, stringValue, type Language, type SyntaxNode } from '@inert/syntax';
import type { At, Script } from '../model.js';

const REPO_KINDS = new Set(['mavenCentral', 'google', 'gradlePluginPortal', 'mavenLocal', 'jcenter', 'maven', 'ivy']);
const SCOPES = ['pluginManagement', 'dependencyResolutionManagement', 'buildscript', 'allprojects', 'subprojects', 'publishing'];
const ACTIONS = new Set(['doLast', 'doFirst']);
const EXEC_CALLS = new Set(['exec', 'javaexec', 'execute']);

export async function parseScript(text: string, path: string, dir: string): Promise<{ script?: Script; problems: ParseProblem[] }> {
  const language: Language = path.endsWith('.kts') ? 'kotlin' : 'groovy';
  const parsed = await parseSource(language, text);
  if (!parsed.ok) return { problems: [{ file: path, kind: parsed.kind === 'limit' ? 'limit' : 'unreadable', reason: parsed.reason }] };
  const problems: ParseProblem[] = [];
  if (parsed.hasError) {
    const bad = findAll(parsed.tree, (n) => n.isError)[0];
    problems.push({ file: path, kind: 'syntax', reason: `${language === 'kotlin' ? 'Kotlin' : 'Groovy'} syntax error: Gradle would refuse this script too`, ...(bad ? { line: bad.startLine, column: bad.startColumn } : {}) });
  }
  const base = path.slice(path.lastIndexOf('/') + 1);
  const kind: Script['kind'] = base.startsWith('settings.') ? 'settings' : /init\.gradle|\.init\.gradle/.test(base) ? 'init' : 'build';
  const s: Script = { path, dir, language, kind, repos: [], deps: [], locking: false, applyFrom: [], configExecs: [], literalPasswords: [] };
  const at = (n: SyntaxNode): At => ({ file: path, line: n.startLine, column: n.startColumn });
  const isCall = (n: SyntaxNode) => (language === 'kotlin' ? n.type === 'call_expression' : n.type === 'method_invocation' || n.type === 'juxt_function_call');
  const nameOf = (n: SyntaxNode) => (isCall(n) ? callName(n, language) : undefined);
  const enclosing = (n: SyntaxNode) => {
    const names: string[] = [];
    for (let p = n.parent; p; p = p.parent) {
      const name = nameOf(p);
      if (name) names.push(name);
    }
    return names;
  };
  const literal = (n: SyntaxNode | undefined): string | undefined => {
    if (!n) return undefined;
    const v = stringValue(n, language);
    if (v !== undefined) return v;
    // uri("…"), URI("…"), file("…") wrap a literal
    if (isCall(n) && ['uri', 'URI', 'url'].includes(nameOf(n) ?? '')) return literal(callArguments(n, language)[0]);
    return undefined;
  };
  const assigned = (scope: SyntaxNode, names: readonly string[]) =>
    findAll(scope, (n) => (n.type === 'assignment_expression' || n.type === 'assignment') && names.includes((childByField(n, 'left') ?? n.namedChildren[0])?.text ?? ''))
      .map((n) => ({ node: n, value: childByField(n, 'right') ?? n.namedChildren[n.namedChildren.length - 1] }));

  for (const call of findAll(parsed.tree, isCall)) {
    const name = nameOf(call);
    if (!name) continue;
    const outer = enclosing(call);
    if (name === 'repositories') {
      const scope = outer.find((o) => SCOPES.includes(o)) ?? 'project';
      const block = `${call.startLine}:${call.startColumn}`;
      for (const repo of findAll(call, (n) => n !== call && isCall(n) && REPO_KINDS.has(nameOf(n) ?? '') && enclosing(n).indexOf('repositories') === enclosing(n).length - outer.length - 1)) {
        const kind = nameOf(repo)!;
        const argUrl = callArguments(repo, language)[0];
        const urlCall = findAll(repo, (n) => isCall(n) && ['url', 'setUrl'].includes(nameOf(n) ?? ''))[0];
        const urlAssign = assigned(repo, ['url'])[0];
        const urlNode = argUrl ?? (urlCall ? callArguments(urlCall, language)[0] : urlAssign?.value);
        const url = literal(urlNode);
        if (urlNode && url === undefined) problems.push({ file: path, kind: 'opaque', reason: `the URL of a ${kind} repository is computed`, facts: ['repositories'], line: urlNode.startLine, column: urlNode.startColumn });
        const insecureFlag = assigned(repo, ['allowInsecureProtocol', 'isAllowInsecureProtocol']).some((a) => a.value?.text === 'true') || findAll(repo, (n) => isCall(n) && nameOf(n) === 'allowInsecureProtocol' && /true/.test(n.text)).length > 0;
        const filtered = enclosing(repo).includes('exclusiveContent') || findAll(repo, (n) => isCall(n) && nameOf(n) === 'content').length > 0;
        s.repos.push({ kind, ...(url !== undefined ? { url } : {}), insecureFlag, filtered, block, scope, at: at(repo) });
      }
    } else if ((EXEC_CALLS.has(name) || name === 'ProcessBuilder' || name === 'URL') && !outer.some((o) => ACTIONS.has(o))) {
      s.configExecs.push({ call: name === 'execute' ? '"…".execute()' : name, at: at(call) });
    } else if (name === 'apply') {
      const from = language === 'groovy'
        ? findAll(call, 'map_item').find((m) => childByField(m, 'key')?.text === 'from')
        : call.children.find((c) => c.type === 'value_arguments')?.namedChildren.find((a) => a.namedChildren[0]?.text === 'from');
      const value = from && (language === 'groovy' ? childByField(from, 'value') : from.namedChildren[from.namedChildren.length - 1]);
      const url = literal(value);
      if (url !== undefined) s.applyFrom.push({ url, at: at(call) });
      else if (value) problems.push({ file: path, kind: 'opaque', reason: 'an `apply from:` target is computed', facts: ['applied scripts'], line: call.startLine, column: call.startColumn });
    } else if (name === 'dependencyLocking' || name === 'lockAllConfigurations') {
      s.locking = true;
    } else if (outer[0] === 'dependencies') {
      const coord = literal(callArguments(call, language)[0]);
      const m = coord && /^([^:\s]+):([^:\s]+)(?::([^:\s@]+))?/.exec(coord);
      if (m) s.deps.push({ configuration: name, group: m[1]!, name: m[2]!, ...(m[3] ? { version: m[3] } : {}), at: at(call) });
    }
  }
  // new ProcessBuilder(…) / new URL(…) in Groovy are object creations, not calls.
  for (const created of findAll(parsed.tree, 'object_creation_expression')) {
    const type = childByField(created, 'type')?.text;
    if ((type === 'ProcessBuilder' || type === 'URL') && !enclosing(created).some((o) => ACTIONS.has(o))) s.configExecs.push({ call: `new ${type}`, at: at(created) });
  }
  for (const a of assigned(parsed.tree, ['password'])) {
    if (a.value && stringValue(a.value, language) !== undefined) s.literalPasswords.push({ key: 'password', at: at(a.node) });
  }
  for (const c of findAll(parsed.tree, (n) => isCall(n) && nameOf(n) === 'password')) {
    if (stringValue(callArguments(c, language)[0] ?? c, language) !== undefined) s.literalPasswords.push({ key: 'password', at: at(c) });
  }
  return { script: s, problems };
}

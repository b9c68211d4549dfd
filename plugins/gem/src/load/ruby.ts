/** Gemfile, gems.rb and *.gemspec as syntax trees (computed values become opaque facts, never guesses). https://bundler.io/man/gemfile.5.html */
import type { ParseProblem } from '@inert/core';
import {
  callArguments,
  callName,
  childByField,
  findAll,
  parseSource,
  stringValue,
  type SyntaxNode,
} from '@inert/syntax';
import type { At, GemDecl, RubyManifest } from '../model.js';

const PROCESS = new Set([
  'system',
  'exec',
  'spawn',
  'fork',
  'syscall',
  'Kernel.system',
  'Kernel.exec',
  'Kernel.spawn',
  'Process.spawn',
  'Process.exec',
  'IO.popen',
  'Open3.capture2',
  'Open3.capture2e',
  'Open3.capture3',
  'Open3.popen2',
  'Open3.popen2e',
  'Open3.popen3',
  'PTY.spawn',
]);
const NETWORK = new Set([
  'Net::HTTP.get',
  'Net::HTTP.start',
  'Net::HTTP.get_response',
  'Net::HTTP.post',
  'Net::HTTP.post_form',
  'Net::HTTP.new',
  'URI.open',
  'Kernel.open',
  'TCPSocket.new',
  'TCPSocket.open',
]);
const EVALS = new Set(['eval', 'instance_eval', 'class_eval', 'module_eval', 'Kernel.eval', 'binding.eval']);
const DEPENDENCY_CALLS = new Set(['gem', 'add_dependency', 'add_runtime_dependency', 'add_development_dependency']);
/** Options that decide where a gem comes from; a computed one makes its source unknown. */
const SOURCE_KEYS = ['git', 'github', 'gist', 'bitbucket', 'path', 'source', 'branch', 'ref', 'tag'];
/** Built-in `git_source` shorthands (Bundler 2). */
const BUILTIN_GIT_SOURCES = new Set(['github', 'gist', 'bitbucket']);
const READ_ONLY_SHELL = /^\s*git ls-files\b[^|;&`$><]*$/;

function keyName(pair: SyntaxNode): string {
  const key = childByField(pair, 'key');
  if (!key) return '';
  return stringValue(key, 'ruby') ?? key.text.replace(/^:|:$/g, '');
}

/** A literal value: string, symbol, true/false, or an array of those. */
function literal(n: SyntaxNode | undefined): string | undefined {
  if (!n) return undefined;
  if (n.type === 'true' || n.type === 'false' || n.type === 'integer' || n.type === 'nil') return n.text;
  if (n.type === 'array') {
    const parts = n.namedChildren.map((c) => stringValue(c, 'ruby'));
    return parts.every((p) => p !== undefined) ? parts.join(',') : undefined;
  }
  return stringValue(n, 'ruby');
}

/** Options a gem inherits from enclosing `git "url" do`, `github "o/r" do` and `path "dir" do` blocks. */
function blockOptions(n: SyntaxNode, options: Record<string, string>, dynamic: string[]): void {
  for (let p = n.parent; p; p = p.parent) {
    if (p.type !== 'call' || !childByField(p, 'block')) continue;
    const kind = callName(p, 'ruby');
    if (kind !== 'git' && kind !== 'github' && kind !== 'path') continue;
    const [first, ...rest] = callArguments(p, 'ruby');
    const v = literal(first);
    if (v === undefined) dynamic.push(kind);
    else options[kind] ??= v;
    for (const pair of rest.filter((a) => a.type === 'pair')) {
      const pv = literal(childByField(pair, 'value'));
      if (pv === undefined) dynamic.push(keyName(pair));
      else options[keyName(pair)] ??= pv;
    }
  }
}

/** `group :a, :b do … end` names enclosing a node. */
function groupsOf(n: SyntaxNode): string[] {
  const out: string[] = [];
  for (let p = n.parent; p; p = p.parent) {
    if (p.type !== 'call' || callName(p, 'ruby') !== 'group' || !childByField(p, 'block')) continue;
    out.unshift(
      ...callArguments(p, 'ruby')
        .map((a) => stringValue(a, 'ruby'))
        .filter((v): v is string => v !== undefined),
    );
  }
  return out;
}

/**
 * Largest Gemfile or gemspec given to the Ruby parser (#20). Real ones are a few KB: Rails' Gemfile
 * 5.4 KB, Discourse's 8.4 KB, GitLab's 10.6 KB (the largest we found), gemspecs smaller still. A
 * fresh process spends 7–15 µs of CPU a byte parsing and copying Ruby, real or hostile (a GitLab-shaped
 * 32 KB Gemfile 0.35–0.43 s, 64 KB 0.36–0.39 s idle and more loaded, 64 KiB of quotes 0.44–0.49 s,
 * then the reader), so 64 KiB put a linear file over a second; 32 KiB (3× GitLab's) keeps the linear
 * cost under the CPU budget below, which is then left for the super-linear inputs. Measurements in
 * docs/security.md (budgets).
 */
export const MAX_RUBY_MANIFEST_BYTES = 32 * 1024;

/**
 * CPU budget of one Gemfile or gemspec parse (#20), below `limits.maxParseMillis`. tree-sitter-ruby's
 * error recovery is quadratic on unterminated percent literals (`%(`, `%q(`, `%w(`, `%r(`: 4 KiB
 * 0.26–0.75 s, 8 KiB 1.0–1.4 s, 16 KiB 3.5–4 s of CPU), so no byte budget real Gemfiles fit under
 * bounds it. GitLab's 10.6 KB Gemfile takes 0.06–0.17 s of CPU to parse and copy in a fresh process
 * (loaded machine), so 400 ms keeps 2.4–6× over it; a parse cut there is a `limit` finding.
 */
export const MAX_RUBY_PARSE_CPU_MS = 400;

/**
 * Process, eval and network calls listed per file (#20): real Gemfiles and gemspecs have a handful; past
 * this the rest are one `limit` problem instead of one finding each (an attacker-sized output).
 */
export const MAX_RUBY_DANGEROUS_CALLS = 1000;

export async function parseRuby(
  text: string,
  path: string,
  dir: string,
  kind: RubyManifest['kind'],
  maxParseMillis?: number,
): Promise<{ manifest?: RubyManifest; problems: ParseProblem[] }> {
  const parsed = await parseSource('ruby', text, {
    maxBytes: MAX_RUBY_MANIFEST_BYTES,
    cpuMs: Math.min(maxParseMillis ?? MAX_RUBY_PARSE_CPU_MS, MAX_RUBY_PARSE_CPU_MS),
  });
  if (!parsed.ok)
    return {
      problems: [{ file: path, kind: parsed.kind === 'limit' ? 'limit' : 'unreadable', reason: parsed.reason }],
    };
  const problems: ParseProblem[] = [];
  if (parsed.hasError) {
    const bad = findAll(parsed.tree, (n) => n.isError)[0];
    problems.push({
      file: path,
      kind: 'syntax',
      reason: 'Ruby syntax error: Bundler would refuse this file too',
      ...(bad ? { line: bad.startLine, column: bad.startColumn } : {}),
    });
  }
  const at = (n: SyntaxNode): At => ({ file: path, line: n.startLine, column: n.startColumn });
  const m: RubyManifest = {
    path,
    dir,
    kind,
    sources: [],
    gems: [],
    plugins: [],
    extensions: [],
    dangerous: [],
    gemspecCalls: [],
    evalGemfiles: [],
    gitSources: [],
    metadata: Object.create(null) as RubyManifest['metadata'],
  };
  const opaque = (n: SyntaxNode, fact: string, what: string) =>
    problems.push({
      file: path,
      kind: 'opaque',
      reason: `${what} is computed when Ruby runs the file`,
      facts: [fact],
      line: n.startLine,
      column: n.startColumn,
    });
  const calls = findAll(parsed.tree, 'call');
  // git_source declarations first: later `gem` options may use them.
  for (const call of calls) {
    if (callName(call, 'ruby') !== 'git_source') continue;
    const name = callArguments(call, 'ruby')[0];
    const v = name && stringValue(name, 'ruby');
    if (v !== undefined && v !== '') m.gitSources.push(v);
  }
  for (const call of calls) {
    const name = callName(call, 'ruby');
    if (!name) continue;
    const args = callArguments(call, 'ruby');
    const first = args[0];
    const method = name.slice(name.lastIndexOf('.') + 1);
    if (name === 'source' && first) {
      const url = stringValue(first, 'ruby');
      if (url === undefined) opaque(call, 'sources', `the source URL ${first.text.slice(0, 60)}`);
      else m.sources.push({ url, scoped: childByField(call, 'block') !== undefined, at: at(call) });
    } else if (DEPENDENCY_CALLS.has(method) && (method !== 'gem' || name === 'gem') && first) {
      const gem = stringValue(first, 'ruby');
      if (gem === undefined) {
        opaque(call, 'dependencies', `the gem name ${first.text.slice(0, 60)}`);
        continue;
      }
      const options: Record<string, string> = Object.create(null) as Record<string, string>;
      const dynamic: string[] = [];
      const requirements: string[] = [];
      for (const a of args.slice(1)) {
        if (a.type === 'pair') {
          const key = keyName(a);
          const value = childByField(a, 'value');
          if (value?.type === 'nil') continue;
          const v = literal(value);
          if (v === undefined) dynamic.push(key);
          else options[key] = v;
        } else if (a.type === 'hash' || a.type === 'hash_splat_argument') {
          dynamic.push('**');
        } else {
          const v = stringValue(a, 'ruby');
          if (v !== undefined) requirements.push(v);
          else dynamic.push('version');
        }
      }
      blockOptions(call, options, dynamic);
      const custom = Object.keys(options).filter((k) => m.gitSources.includes(k) && !BUILTIN_GIT_SOURCES.has(k));
      if (dynamic.some((k) => SOURCE_KEYS.includes(k) || k === '**' || m.gitSources.includes(k)))
        opaque(call, 'sources', `the source of gem ${gem}`);
      else if (custom.length > 0)
        opaque(call, 'sources', `the git URL of gem ${gem} (custom git_source ${custom.join(', ')})`);
      const via = method as GemDecl['via'];
      m.gems.push({ name: gem, via, requirements, groups: groupsOf(call), options, dynamic, at: at(call) });
    } else if (name === 'plugin' && first) {
      m.plugins.push({ name: stringValue(first, 'ruby') ?? first.text.slice(0, 60), at: at(call) });
    } else if (name === 'gemspec') {
      const pathPair = args.find((a) => a.type === 'pair' && keyName(a) === 'path');
      const v = pathPair ? literal(childByField(pathPair, 'value')) : undefined;
      if (pathPair && v === undefined) opaque(call, 'dependencies', 'the gemspec path');
      m.gemspecCalls.push({ path: v, at: at(call) });
    } else if (name === 'eval_gemfile' && first) {
      const v = stringValue(first, 'ruby');
      if (v === undefined)
        m.dangerous.push({
          call: 'eval_gemfile',
          detail: `evaluates a computed path (${first.text.slice(0, 60)})`,
          at: at(call),
        });
      else m.evalGemfiles.push({ path: v, at: at(call) });
    } else if (EVALS.has(name) || (EVALS.has(method) && method !== 'eval')) {
      // `instance_eval do … end` runs a block written in the file itself: nothing hidden.
      if (!first && childByField(call, 'block')) continue;
      if (!first || stringValue(first, 'ruby') === undefined)
        m.dangerous.push({
          call: name,
          detail: first ? `evaluates ${first.text.slice(0, 60)}` : 'evaluates code that is not a literal',
          at: at(call),
        });
    } else if (PROCESS.has(name) || NETWORK.has(name)) {
      m.dangerous.push({ call: name, detail: first ? first.text.slice(0, 80) : '', at: at(call) });
    } else if (name === 'open' && first) {
      const v = stringValue(first, 'ruby');
      // Kernel#open runs a command for "|cmd" and, with open-uri loaded, fetches URLs.
      if (v === undefined || /^\s*\||^[a-z]+:\/\//i.test(v))
        m.dangerous.push({ call: 'open', detail: first.text.slice(0, 80), at: at(call) });
    } else if (
      name === 'require' &&
      first &&
      /^(?:open-uri|net\/https?|open3|socket)$/.test(stringValue(first, 'ruby') ?? '')
    ) {
      m.dangerous.push({
        call: `require "${stringValue(first, 'ruby')}"`,
        detail: 'loads a process or network library',
        at: at(call),
      });
    }
  }
  for (const shell of findAll(parsed.tree, 'subshell')) {
    const command = shell.children
      .filter((c) => c.type === 'string_content')
      .map((c) => c.text)
      .join('');
    const interpolated = shell.children.some((c) => c.type === 'interpolation');
    // `git ls-files -z` is the conventional way gemspecs list their files: reading, not fetching or running code.
    if (!interpolated && READ_ONLY_SHELL.test(command)) continue;
    m.dangerous.push({
      call: shell.text.startsWith('%x') ? '%x' : 'backticks',
      detail: shell.text.slice(0, 80),
      at: at(shell),
    });
  }
  // spec.extensions = [...] / spec.extensions << "..." / spec.extensions += [...]
  for (const assign of findAll(
    parsed.tree,
    (n) =>
      (n.type === 'assignment' || n.type === 'operator_assignment' || n.type === 'binary') &&
      /^\s*\w+\.extensions\s*(?:=|<<|\+=)/.test(n.text),
  )) {
    const right = childByField(assign, 'right');
    if (right && right.type === 'array' && right.namedChildren.length === 0) continue;
    m.extensions.push(at(assign));
  }
  readMetadata(parsed.tree, m, at);
  if (m.dangerous.length > MAX_RUBY_DANGEROUS_CALLS) {
    const first = m.dangerous[MAX_RUBY_DANGEROUS_CALLS]!.at;
    problems.push({
      file: path,
      kind: 'limit',
      reason: `more than ${MAX_RUBY_DANGEROUS_CALLS.toLocaleString('en')} process, eval or network calls (${m.dangerous.length.toLocaleString('en')}); the first ${MAX_RUBY_DANGEROUS_CALLS.toLocaleString('en')} are reported`,
      line: first.line,
      column: first.column,
    });
    m.dangerous.length = MAX_RUBY_DANGEROUS_CALLS;
  }
  return { manifest: m, problems };
}

/** `spec.metadata["k"] = "v"` and `spec.metadata = { "k" => "v" }`. */
function readMetadata(tree: SyntaxNode, m: RubyManifest, at: (n: SyntaxNode) => At): void {
  for (const assign of findAll(tree, 'assignment')) {
    const left = childByField(assign, 'left');
    const right = childByField(assign, 'right');
    if (!left || !right) continue;
    if (left.type === 'element_reference' && /\.metadata\s*\[/.test(left.text)) {
      const key = left.namedChildren[1];
      const k = key && stringValue(key, 'ruby');
      const v = literal(right);
      if (k !== undefined && v !== undefined) m.metadata[k] = { value: v, at: at(assign) };
    } else if (left.type === 'call' && /\.metadata$/.test(left.text) && right.type === 'hash') {
      for (const pair of right.namedChildren.filter((c) => c.type === 'pair')) {
        const v = literal(childByField(pair, 'value'));
        if (v !== undefined) m.metadata[keyName(pair)] = { value: v, at: at(pair) };
      }
    }
  }
}

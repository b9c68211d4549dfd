/**
 * Gemfile, gems.rb and *.gemspec as syntax trees: sources, gem declarations with literal options,
 * plugins, native extensions and dangerous calls. Computed values become opaque facts, never guesses.
 * https://bundler.io/man/gemfile.5.html https://guides.rubygems.org/specification-reference/
 */
import type { ParseProblem } from '@inert/core';
import { callArguments, callName, childByField, findAll, parseSource, stringValue, type SyntaxNode } from '@inert/syntax';
import type { At, RubyManifest } from '../model.js';

const DANGEROUS = new Set(['system', 'exec', 'spawn', 'fork', 'syscall', 'IO.popen', 'Open3.capture2', 'Open3.capture3', 'Open3.popen3', 'Kernel.system', 'Kernel.exec', 'Process.spawn', 'Net::HTTP.get', 'Net::HTTP.start', 'Net::HTTP.get_response', 'URI.open', 'Kernel.open']);
const EVALS = new Set(['eval', 'instance_eval', 'class_eval', 'module_eval', 'Kernel.eval']);

export async function parseRuby(text: string, path: string, dir: string, kind: RubyManifest['kind']): Promise<{ manifest?: RubyManifest; problems: ParseProblem[] }> {
  const parsed = await parseSource('ruby', text);
  if (!parsed.ok) return { problems: [{ file: path, kind: parsed.kind === 'limit' ? 'limit' : 'unreadable', reason: parsed.reason }] };
  const problems: ParseProblem[] = [];
  if (parsed.hasError) {
    const bad = findAll(parsed.tree, (n) => n.isError)[0];
    problems.push({ file: path, kind: 'syntax', reason: 'Ruby syntax error: Bundler would refuse this file too', ...(bad ? { line: bad.startLine, column: bad.startColumn } : {}) });
  }
  const at = (n: SyntaxNode): At => ({ file: path, line: n.startLine, column: n.startColumn });
  const m: RubyManifest = { path, dir, kind, sources: [], gems: [], plugins: [], extensions: [], dangerous: [] };
  const opaque = (n: SyntaxNode, fact: string, what: string) => problems.push({ file: path, kind: 'opaque', reason: `${what} is computed`, facts: [fact], line: n.startLine, column: n.startColumn });
  for (const call of findAll(parsed.tree, 'call')) {
    const name = callName(call, 'ruby');
    if (!name) continue;
    const args = callArguments(call, 'ruby');
    const first = args[0];
    if (name === 'source' && first) {
      const url = stringValue(first, 'ruby');
      if (url === undefined) opaque(call, 'sources', 'a source URL');
      else m.sources.push({ url, scoped: childByField(call, 'block') !== undefined, at: at(call) });
    } else if ((name === 'gem' || name === 'add_dependency' || name === 'add_runtime_dependency' || name === 'add_development_dependency') && first) {
      const gem = stringValue(first, 'ruby');
      if (gem === undefined) {
        opaque(call, 'dependencies', 'a gem name');
        continue;
      }
      const options: Record<string, string> = {};
      const dynamic: string[] = [];
      for (const pair of args.filter((a) => a.type === 'pair')) {
        const key = stringValue(childByField(pair, 'key')!, 'ruby') ?? childByField(pair, 'key')!.text.replace(/^:|:$/g, '');
        const value = childByField(pair, 'value');
        const v = value && (stringValue(value, 'ruby') ?? (value.type === 'true' || value.type === 'false' ? value.text : undefined));
        if (v === undefined) dynamic.push(key);
        else options[key] = v;
      }
      if (dynamic.some((k) => ['git', 'github', 'path', 'source', 'branch', 'ref', 'tag'].includes(k))) opaque(call, 'sources', `the source of gem ${gem}`);
      m.gems.push({ name: gem, options, dynamic, at: at(call) });
    } else if (name === 'plugin' && first) {
      m.plugins.push({ name: stringValue(first, 'ruby') ?? first.text, at: at(call) });
    } else if (name === 'eval_gemfile' && first) {
      if (stringValue(first, 'ruby') === undefined) m.dangerous.push({ call: 'eval_gemfile', detail: `evaluates a computed path (${first.text.slice(0, 60)})`, at: at(call) });
    } else if (EVALS.has(name)) {
      if (!first || stringValue(first, 'ruby') === undefined) m.dangerous.push({ call: name, detail: 'evaluates code that is not a literal', at: at(call) });
    } else if (DANGEROUS.has(name) || (name === 'open' && first && /^\|/.test(stringValue(first, 'ruby') ?? ''))) {
      m.dangerous.push({ call: name, detail: first ? first.text.slice(0, 80) : '', at: at(call) });
    } else if (name === 'require' && first && /^(open-uri|net\/http)$/.test(stringValue(first, 'ruby') ?? '')) {
      m.dangerous.push({ call: `require "${stringValue(first, 'ruby')}"`, detail: 'loads a network client', at: at(call) });
    }
  }
  for (const shell of findAll(parsed.tree, 'subshell')) {
    const command = shell.children.filter((c) => c.type === 'string_content').map((c) => c.text).join('');
    // `git ls-files -z` is the conventional way gemspecs list their files: reading, not fetching or running code.
    if (/^\s*git ls-files\b[^|;&`$]*$/.test(command)) continue;
    m.dangerous.push({ call: shell.children[0]?.text === '`' ? 'backticks' : '%x', detail: command.slice(0, 80), at: at(shell) });
  }
  // spec.extensions = [...] / spec.extensions << "..."
  for (const assign of findAll(parsed.tree, (n) => (n.type === 'assignment' || n.type === 'operator_assignment' || n.type === 'binary') && /^\s*\w+\.extensions\s*(=|<<|\+=)/.test(n.text))) m.extensions.push(at(assign));
  return { manifest: m, problems };
}

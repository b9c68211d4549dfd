/**
 * The credentials of a repository under `publishing { repositories { … } }`: what its `password` (of
 * `credentials { }`) or its header `value` (of `credentials(HttpHeaderCredentials) { }`) reads, as
 * written in the syntax tree: environment variables (`System.getenv("X")`,
 * `providers.environmentVariable("X")`) and Gradle properties (`findProperty("x")`, `property("x")`,
 * `providers.gradleProperty("x")`; `credentials(PasswordCredentials)` reads `<name>Password`), in the
 * order an elvis (`a ?: b`) tries them. Which one a CI job supplies is judged by the Maven/Gradle
 * command rule with the job's environment. https://docs.gradle.org/current/userguide/publishing_maven.html#publishing_maven:repositories ·
 * https://docs.gradle.org/current/userguide/declaring_repositories.html#sec:handling_credentials
 */
import { callArguments, childByField, findAll, stringValue, type Language, type SyntaxNode } from '@inert/syntax';
import type { At, PublishCredential, CredentialSource } from '../model.js';

export interface Helpers {
  language: Language;
  isCall: (n: SyntaxNode) => boolean;
  nameOf: (n: SyntaxNode) => string | undefined;
  at: (n: SyntaxNode) => At;
  /** Nodes inside the repository (not inside a repository nested in it) that match. */
  near: (repo: SyntaxNode, match: (n: SyntaxNode) => boolean) => SyntaxNode[];
}

const ENV_CALLS = new Set(['getenv', 'environmentVariable']);
const PROPERTY_CALLS = new Set(['findProperty', 'property', 'gradleProperty', 'getProperty']);
/** How deep an expression is searched for the calls it reads (`(a ?: b ?: c).toString()`: a few levels). */
const MAX_VALUE_CALLS = 20;
/** Statements of a credentials block looked at for the header's name (real blocks: two). */
const MAX_HEADER_SIBLINGS = 20;

/** The sources a value expression reads, in evaluation order; `computed` when it reads nothing inert can name. */
export function sourcesOf(value: SyntaxNode, h: Helpers): CredentialSource[] {
  const literal = stringValue(value, h.language);
  if (literal !== undefined) return [{ kind: 'literal' }];
  const out: CredentialSource[] = [];
  for (const call of findAll(value, h.isCall).slice(0, MAX_VALUE_CALLS)) {
    const name = h.nameOf(call) ?? '';
    const arg = callArguments(call, h.language)[0];
    const key = arg === undefined ? undefined : stringValue(arg, h.language);
    if (key === undefined) continue;
    if (ENV_CALLS.has(name)) out.push({ kind: 'env', name: key });
    else if (PROPERTY_CALLS.has(name)) out.push({ kind: 'property', name: key });
  }
  return out.length > 0 ? out : [{ kind: 'computed', text: value.text.slice(0, 80) }];
}

/** The secret-bearing settings of one publishing repository. */
export function publishCredentials(repo: SyntaxNode, h: Helpers): PublishCredential[] {
  const out: PublishCredential[] = [];
  const assignments = h.near(
    repo,
    (n) =>
      (n.type === 'assignment_expression' || n.type === 'assignment') &&
      ['password', 'value'].includes((childByField(n, 'left') ?? n.namedChildren[0])?.text ?? ''),
  );
  for (const a of assignments) {
    const value = childByField(a, 'right') ?? a.namedChildren[a.namedChildren.length - 1];
    if (value) out.push({ field: fieldOf(a, h), sources: sourcesOf(value, h), at: h.at(a) });
  }
  // Groovy `password System.getenv("X")`, `value findProperty("x")`: a call named after the setting.
  for (const c of h.near(repo, (n) => h.isCall(n) && ['password', 'value'].includes(h.nameOf(n) ?? ''))) {
    const value = callArguments(c, h.language)[0];
    if (value) out.push({ field: fieldOf(c, h), sources: sourcesOf(value, h), at: h.at(c) });
  }
  // `credentials(PasswordCredentials)` with no block reads the `<name>Username`/`<name>Password` properties.
  const typed = h.near(
    repo,
    (n) => h.isCall(n) && h.nameOf(n) === 'credentials' && /^\(?\s*PasswordCredentials\b/.test(argsText(n, h)),
  );
  if (typed.length > 0 && out.length === 0) {
    const name = repoName(repo, h);
    out.push({
      field: 'password',
      sources: name
        ? [{ kind: 'property', name: `${name}Password` }]
        : [{ kind: 'computed', text: 'credentials(PasswordCredentials)' }],
      at: h.at(typed[0]!),
    });
  }
  return out;
}

function argsText(call: SyntaxNode, h: Helpers): string {
  return callArguments(call, h.language)
    .map((a) => a.text)
    .join(',');
}

/** `password`, or the header's name (`Job-Token`) when the value is an HttpHeaderCredentials' `value`. */
function fieldOf(node: SyntaxNode, h: Helpers): string {
  const left = (childByField(node, 'left') ?? node.namedChildren[0])?.text;
  const isValue = left === 'value' || h.nameOf(node) === 'value';
  if (!isValue) return 'password';
  // The header's `name = "…"` is a statement of the same block: look among the first siblings only,
  // so a block of thousands of `value =` lines is not searched once per line (quadratic).
  const block = node.parent?.type === 'expression_statement' ? node.parent.parent : node.parent;
  const isName = (n: SyntaxNode) =>
    (n.type === 'assignment_expression' || n.type === 'assignment') &&
    (childByField(n, 'left') ?? n.namedChildren[0])?.text === 'name';
  const header = (block?.namedChildren ?? [])
    .slice(0, MAX_HEADER_SIBLINGS)
    .flatMap((c) => (isName(c) ? [c] : c.namedChildren.filter(isName)))[0];
  const headerValue =
    header && (childByField(header, 'right') ?? header.namedChildren[header.namedChildren.length - 1]);
  return (headerValue && stringValue(headerValue, h.language)) ?? 'header';
}

/** The repository's `name = "…"` (Kotlin `maven("url") { name = "x" }`, Groovy `maven { name = 'x' }`). */
function repoName(repo: SyntaxNode, h: Helpers): string | undefined {
  for (const a of h.near(
    repo,
    (n) =>
      (n.type === 'assignment_expression' || n.type === 'assignment') &&
      (childByField(n, 'left') ?? n.namedChildren[0])?.text === 'name',
  )) {
    const v = childByField(a, 'right') ?? a.namedChildren[a.namedChildren.length - 1];
    const s = v && stringValue(v, h.language);
    if (s) return s;
  }
  return undefined;
}

/**
 * The repositories of io.github.gradle-nexus.publish-plugin's `nexusPublishing { repositories { … } }`
 * and the password each one sends. Read at v2.0.0 (c550fe9a): NexusPublishPlugin.kt gives every
 * repository of the container `password.convention(rootProject.findProperty("${it.name}Password"))`
 * (and `<name>Username`), and the publishing repository it adds takes `nexusRepo.password` as its
 * credentials; DefaultNexusRepositoryContainer.kt: `sonatype()`/`sonatype { }` is `create("sonatype")`,
 * the container is a `NamedDomainObjectContainer` (`create("x")`, `register("x")`, `maybeCreate("x")`,
 * and in Groovy `x { … }`, which its configure delegate turns into `create("x")`). A `password.set(…)`
 * or `password = …` in the repository's block replaces the convention, except with a null value:
 * Gradle's `Property.set(T)` discards the value on `null` and the convention applies again (its
 * javadoc: "When the value is discarded …, the convention … will be used"), so `set(null)`,
 * `System.getenv("X")` or `findProperty("x")` when unset fall back to `<name>Password`;
 * `set(Provider)` with no value leaves the property without one, whatever the convention.
 * https://docs.gradle.org/current/javadoc/org/gradle/api/provider/Property.html#set(T) ·
 * https://github.com/gradle-nexus/publish-plugin/blob/v2.0.0/src/main/kotlin/io/github/gradlenexus/publishplugin/NexusPublishPlugin.kt ·
 * https://github.com/gradle-nexus/publish-plugin/blob/v2.0.0/src/main/kotlin/io/github/gradlenexus/publishplugin/DefaultNexusRepositoryContainer.kt
 */
import { callArguments, childByField, findAll, stringValue, type SyntaxNode } from '@inert/syntax';
import type { CredentialSource, PublishCredential } from '../model.js';
import { type Helpers, sourcesOf } from './publish-credentials.js';

export const NEXUS_PLUGIN = 'io.github.gradle-nexus.publish-plugin';
const CREATE_CALLS = new Set(['create', 'register', 'maybeCreate']);
/** Methods of the container (or Groovy's closure) that are not a repository named after them. */
const NOT_REPOSITORIES = new Set([
  'all',
  'configureEach',
  'named',
  'getByName',
  'withType',
  'matching',
  'forEach',
  'each',
  'println',
]);
/** Repositories read per block (real builds: one or two). */
const MAX_REPOSITORIES = 32;
/** Ancestors climbed from a call to its block (a repository sits two or three levels below it). */
const MAX_CLIMB = 12;

export interface NexusHelpers extends Helpers {
  /** The call with its trailing lambda (Kotlin `create("x") { … }` wraps `create("x")`). */
  whole: (n: SyntaxNode) => SyntaxNode;
}

/** The password of each repository `nexusPublishing { repositories { … } }` declares in the script. */
export function nexusCredentials(root: SyntaxNode, h: NexusHelpers): PublishCredential[] {
  const out: PublishCredential[] = [];
  // Outermost blocks only (pre-order: a nested one starts before its ancestor ends), so each node is searched once.
  let end = -1;
  for (const block of findAll(root, (n) => h.isCall(n) && h.nameOf(n) === 'nexusPublishing')) {
    if (block.startIndex < end) continue;
    end = block.endIndex;
    const repositories = findAll(block, (n) => h.isCall(n) && h.nameOf(n) === 'repositories')[0];
    if (!repositories) continue;
    const entries = findAll(repositories, (n) => h.isCall(n) && n !== repositories && directlyIn(n, repositories, h));
    for (const call of entries.slice(0, MAX_REPOSITORIES)) {
      const name = repositoryName(call, h);
      if (name === undefined) continue;
      const body = h.whole(call);
      const convention: CredentialSource =
        name.kind === 'named' ? { kind: 'property', name: `${name.name}Password` } : name.source;
      const sources: CredentialSource[] = passwordOf(body, h, convention) ?? [convention];
      out.push({ field: 'password', via: NEXUS_PLUGIN, sources, at: h.at(body) });
    }
  }
  return out;
}

/** The call is one of the `repositories` block's statements: no other call stands between them. */
function directlyIn(call: SyntaxNode, repositories: SyntaxNode, h: NexusHelpers): boolean {
  let prev = call;
  for (let p = call.parent, i = 0; p && i < MAX_CLIMB; prev = p, p = p.parent, i++) {
    if (p === repositories) return true;
    // Kotlin `create("x") { … }`: the outer call wraps the inner one (its first child) and is no block of its own.
    if (h.isCall(p) && !(h.language === 'kotlin' && p.children[0] === prev)) return false;
  }
  return false;
}

type RepositoryName = { kind: 'named'; name: string } | { kind: 'computed'; source: CredentialSource };

function repositoryName(call: SyntaxNode, h: NexusHelpers): RepositoryName | undefined {
  const method = h.nameOf(call);
  if (method === undefined) return undefined;
  if (method === 'sonatype') return { kind: 'named', name: 'sonatype' };
  const args = callArguments(call, h.language);
  if (CREATE_CALLS.has(method)) {
    const first = args[0];
    const name = first === undefined ? undefined : stringValue(first, h.language);
    return name !== undefined
      ? { kind: 'named', name }
      : { kind: 'computed', source: { kind: 'computed', text: call.text.slice(0, 80) } };
  }
  // Groovy `myNexus { … }`: a method the container does not have, called with a closure, creates it.
  // The grammar gives `name { … }` as an identifier and a closure, with no argument list.
  const [callee, closure] = call.namedChildren;
  if (
    h.language === 'groovy' &&
    !NOT_REPOSITORIES.has(method) &&
    args.length === 0 &&
    call.namedChildren.length === 2 &&
    callee?.type === 'identifier' &&
    closure?.type === 'closure'
  )
    return { kind: 'named', name: method };
  return undefined;
}

/**
 * `password.set(X)`, `password = X` or Groovy `password X` in a block (a repository's, `centralPortal`'s):
 * what X reads, then the property's `convention` when X may be null (a literal `null`, or a plain
 * value such as `System.getenv`/`findProperty`, not a provider).
 */
export function passwordOf(
  body: SyntaxNode,
  h: NexusHelpers,
  convention?: CredentialSource,
): CredentialSource[] | undefined {
  const value = passwordValue(body, h);
  if (!value) return undefined;
  if (convention && value.text.trim() === 'null') return [convention];
  const sources = sourcesOf(value, h);
  const nullable =
    !/\bproviders?\s*[.{(]/.test(value.text) && sources.some((s) => s.kind === 'env' || s.kind === 'property');
  return convention && nullable ? [...sources, convention] : sources;
}

function passwordValue(body: SyntaxNode, h: NexusHelpers): SyntaxNode | undefined {
  const assignment = h.near(
    body,
    (n) =>
      (n.type === 'assignment_expression' || n.type === 'assignment') &&
      (childByField(n, 'left') ?? n.namedChildren[0])?.text === 'password',
  )[0];
  if (assignment) {
    const value = childByField(assignment, 'right') ?? assignment.namedChildren[assignment.namedChildren.length - 1];
    if (value) return value;
  }
  const call = h.near(
    body,
    (n) =>
      h.isCall(n) &&
      ((h.nameOf(n) === 'set' && /^password\s*\.\s*set\s*\(/.test(n.text.slice(0, 40))) || h.nameOf(n) === 'password'),
  )[0];
  return call && callArguments(call, h.language)[0];
}

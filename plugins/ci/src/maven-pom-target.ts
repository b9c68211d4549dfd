/**
 * Which settings.xml `<server>` ids a `mvn deploy` authenticates with, from the checked-out pom.xml:
 * maven-deploy-plugin uploads to `<distributionManagement>`'s `<repository>` (a release version) or
 * `<snapshotRepository>` (a `-SNAPSHOT` version), whose `<id>` names the server; a profile the
 * command selects with `-P` overrides them, and a child POM's override its parent's.
 * `-DaltDeploymentRepository=id::url` (and `altReleaseDeploymentRepository`,
 * `altSnapshotDeploymentRepository`) replaces them; a plugin that takes over the upload
 * (central-publishing-maven-plugin's `publishingServerId`, default `central`; nexus-staging-maven-plugin's
 * `serverId`) replaces both. What the checkout cannot settle — a parent POM
 * outside it, an id set by a property, a profile that may activate itself — is said so.
 * https://maven.apache.org/pom.html#Distribution_Management ·
 * https://maven.apache.org/plugins/maven-deploy-plugin/deploy-mojo.html ·
 * https://maven.apache.org/guides/introduction/introduction-to-profiles.html
 */
import type { ParseProblem } from '@inert/core';
import { optionValue, optionValues, userProperty } from './maven-args.js';
import { deploySkip } from './maven-deploy-skip.js';
import { DEPLOY_PLUGINS, type Pom, parsePom, type RepositoryIds } from './maven-pom.js';
import type { DeployTarget } from './model.js';
import { normalise } from './script.js';

export type Reader = (path: string, optional?: boolean) => Promise<string | undefined>;
/** POMs read so far (or why not), and where a POM that cannot be read is reported (once per path). */
export interface PomCache {
  poms: Map<string, Pom | string>;
  problems: ParseProblem[];
}
type Kind = 'repository' | 'snapshotRepository';

/** Parent POMs followed (real chains in one checkout: two or three). */
const MAX_PARENTS = 8;

/** `-P a,b`, `-Pa`, `--activate-profiles=a`: profiles switched on (a `!`/`-` prefix switches one off). */
export function selectedProfiles(args: readonly string[]): Set<string> {
  const on = new Set<string>();
  for (const list of optionValues(args, 'P'))
    for (const p of list.split(',')) {
      const name = p.trim();
      if (name === '' || name.startsWith('!') || name.startsWith('-')) on.delete(name.replace(/^[!-]/, ''));
      else on.add(name.replace(/^\+/, ''));
    }
  return on;
}

/** `-f dir`, `-f dir/pom.xml`, `--file=…`: the POM the command builds, relative to the root. */
export function pomPath(args: readonly string[], cwd: string | undefined): string | { why: string } {
  const file = optionValue(args, 'f');
  if (cwd?.startsWith('$') || file?.includes('$')) return { why: 'the POM is in a directory named at run time' };
  const base = cwd ?? '';
  const rel = file === undefined ? 'pom.xml' : /\.xml$/.test(file) ? file : `${file}/pom.xml`;
  const joined = rel.startsWith('/') ? undefined : normalise(base ? `${base}/${rel}` : rel);
  return joined ?? { why: `the POM \`${file}\` is outside the checkout` };
}

export const dirOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/** A module's deploy target, or that it skips the deploy (maven-deploy-skip.ts). */
export type ModuleTarget = DeployTarget | { kind: 'skipped'; where: string };

/** The server ids the deploy of the POM at `path` (one module of the reactor) uses, or why the checkout does not settle them. */
export async function moduleTarget(
  path: string,
  args: readonly string[],
  profiles: ReadonlySet<string>,
  read: Reader,
  cache: PomCache,
): Promise<ModuleTarget> {
  const chain = await lineage(path, read, cache);
  if (typeof chain === 'string') return { kind: 'unknown', why: chain };
  const plugin = pluginTarget(chain, profiles);
  if (plugin) return plugin;
  const version =
    chain.poms.find((p) => p.pom.version !== undefined)?.pom.version ?? chain.poms[0]?.pom.parent?.version;
  const skip = deploySkip(chain.poms, args, profiles, version);
  if (skip.kind === 'skipped') return { kind: 'skipped', where: skip.where };
  if (skip.kind === 'unknown') return { kind: 'unknown', why: skip.why };
  const alt = userProperty(args, 'altDeploymentRepository');
  if (alt !== undefined) return altTarget(alt, 'altDeploymentRepository');
  // A version from a property (`${revision}`) may be either: both repositories are candidates.
  const kinds: Kind[] =
    version === undefined || version.includes('${')
      ? ['repository', 'snapshotRepository']
      : version.endsWith('-SNAPSHOT')
        ? ['snapshotRepository']
        : ['repository'];
  const ids: string[] = [];
  const where: string[] = [];
  for (const kind of kinds) {
    const altKind = userProperty(
      args,
      kind === 'repository' ? 'altReleaseDeploymentRepository' : 'altSnapshotDeploymentRepository',
    );
    if (altKind !== undefined) {
      const t = altTarget(
        altKind,
        kind === 'repository' ? 'altReleaseDeploymentRepository' : 'altSnapshotDeploymentRepository',
      );
      if (t.kind === 'unknown') return t;
      ids.push(...t.ids);
      where.push(t.where);
      continue;
    }
    const found = idOf(chain, kind, profiles);
    if ('why' in found) return { kind: 'unknown', why: found.why };
    ids.push(found.id);
    where.push(`${kind} \`${found.id}\` at ${found.at}`);
  }
  const unique = [...new Set(ids)];
  // Both repositories of a version from a property: one of them is used, not both.
  return { kind: 'ids', ids: unique, where: where.join(', '), ...(unique.length > 1 ? { alternatives: true } : {}) };
}

function altTarget(value: string, name: string): DeployTarget {
  const id = value.split('::')[0]!;
  if (id === '' || id.includes('$') || !value.includes('::'))
    return { kind: 'unknown', why: `\`-D${name}\` names its repository at run time` };
  return { kind: 'ids', ids: [id], where: `\`-D${name}\` id \`${id}\`` };
}

interface Lineage {
  poms: { path: string; pom: Pom }[];
  /** Why the chain stops before a parent (outside the checkout, another artifact, too long). */
  cut?: string;
}

/** The POM and the parents the checkout holds, child first. */
async function lineage(path: string, read: Reader, cache: PomCache): Promise<Lineage | string> {
  const poms: Lineage['poms'] = [];
  let at: string | undefined = path;
  for (let depth = 0; at !== undefined; depth++) {
    const pom = await readPom(at, read, cache);
    if (typeof pom === 'string') {
      if (depth === 0) return pom;
      return { poms, cut: pom };
    }
    poms.push({ path: at, pom });
    const parent = pom.parent;
    if (!parent) return { poms };
    const name = `the parent POM \`${parent.artifactId ?? '?'}${parent.version ? `:${parent.version}` : ''}\` (${at}:${parent.line})`;
    if (depth + 1 >= MAX_PARENTS) return { poms, cut: `${name}, more than ${MAX_PARENTS} levels up` };
    const rel = parent.relativePath ?? '../pom.xml';
    // An empty <relativePath/> means: look it up in the repositories, not in the checkout.
    const next: string | undefined =
      rel === ''
        ? undefined
        : normalise(`${dirOf(at) ? `${dirOf(at)}/` : ''}${/\.xml$/.test(rel) ? rel : `${rel}/pom.xml`}`);
    if (next === undefined) return { poms, cut: `${name}, which is outside the checkout` };
    const found = await readPom(next, read, cache);
    if (typeof found === 'string') return { poms, cut: `${name}, which is not in the checkout` };
    const other = notThatParent(parent, found, next);
    if (other !== undefined) return { poms, cut: `${name}, ${other}` };
    at = next;
  }
  return { poms };
}

/**
 * Why the POM at `<relativePath>` is not the parent the child names, or undefined when it is. Maven
 * 3.9.9's `DefaultModelBuilder.readParentLocally` compares the raw text of the candidate's groupId
 * (its parent's when it has none) and artifactId with the child's `<parent>`; a version (its parent's
 * when it has none) that differs from a `<parent>` version that is not a range sends Maven to the
 * repositories instead. A value a property sets (`${…}`) is compared as written by Maven 3.9 but is
 * resolved by other readers; when it decides the comparison it is said so instead of guessed.
 */
function notThatParent(parent: NonNullable<Pom['parent']>, candidate: Pom, path: string): string | undefined {
  const fields: [string, string | undefined, string | undefined][] = [
    ['groupId', candidate.groupId ?? candidate.parent?.groupId, parent.groupId],
    ['artifactId', candidate.artifactId, parent.artifactId],
  ];
  const version = candidate.version ?? candidate.parent?.version;
  if (version !== undefined && parent.version !== undefined) fields.push(['version', version, parent.version]);
  for (const [field, got, wanted] of fields) {
    if (got !== undefined && got === wanted) continue;
    if (got?.includes('${') || wanted?.includes('${'))
      return `which may be \`${path}\`: a property hides whether it is (its ${field} \`${got ?? '(none)'}\`, the <parent>’s \`${wanted ?? '(none)'}\`)`;
    if (field === 'version' && /^[[(]/.test(wanted ?? ''))
      return `which may be \`${path}\`: the <parent> version \`${wanted}\` is a range Maven matches against its \`${got}\` (not judged)`;
    return `which is not in the checkout: \`${path}\` has ${field} \`${got ?? '(none)'}\`, not the <parent>’s \`${wanted ?? '(none)'}\`, so Maven resolves the parent from a repository`;
  }
  return undefined;
}

export async function readPom(path: string, read: Reader, cache: PomCache): Promise<Pom | string> {
  const cached = cache.poms.get(path);
  if (cached !== undefined) return cached;
  const text = await read(path, true);
  let got: Pom | string;
  if (text === undefined) got = `no \`${path}\` in the checkout`;
  else {
    const parsed = parsePom(text, path);
    if (!parsed.ok) cache.problems.push(parsed.problem);
    got = parsed.ok ? parsed.value : `\`${path}\` could not be read (${parsed.problem.reason})`;
  }
  cache.poms.set(path, got);
  return got;
}

/**
 * A build plugin that takes over the upload (central-publishing-maven-plugin, nexus-staging-maven-plugin)
 * in the nearest POM that declares one (a selected profile's first); its configured server, or why not known.
 */
function pluginTarget(chain: Lineage, profiles: ReadonlySet<string>): DeployTarget | undefined {
  for (const { path, pom } of chain.poms) {
    const maybe = pom.profiles.find((p) => !profiles.has(p.id) && p.activation && p.plugins.length > 0);
    if (maybe)
      return {
        kind: 'unknown',
        why: `profile \`${maybe.id}\` of ${path} (line ${maybe.line}) adds ${maybe.plugins[0]!.artifactId} and may activate itself (its <activation>)`,
      };
    const found =
      pom.profiles
        .filter((p) => profiles.has(p.id))
        .flatMap((p) => p.plugins)
        .at(-1) ?? pom.plugins.at(-1);
    if (!found) continue;
    const id = found.serverId ?? DEPLOY_PLUGINS[found.artifactId]?.defaultId;
    if (id === undefined || id === '' || id.includes('${'))
      return {
        kind: 'unknown',
        why: `${found.artifactId} at ${path}:${found.line} names its server ${id ? `by a property (\`${id}\`)` : 'nowhere the POM shows'}`,
      };
    return { kind: 'ids', ids: [id], where: `${found.artifactId} server \`${id}\` at ${path}:${found.line}` };
  }
  return undefined;
}

/** The id of one repository kind: the nearest POM that sets it (a selected profile first), child to parent. */
function idOf(chain: Lineage, kind: Kind, profiles: ReadonlySet<string>): { id: string; at: string } | { why: string } {
  const label = kind === 'repository' ? '<repository>' : '<snapshotRepository>';
  for (const { path, pom } of chain.poms) {
    const selected = pom.profiles.filter((p) => profiles.has(p.id) && p[kind]);
    const maybe = pom.profiles.find((p) => !profiles.has(p.id) && p.activation && p[kind]);
    if (maybe)
      return {
        why: `profile \`${maybe.id}\` of ${path} (line ${maybe.line}) sets the ${label} and may activate itself (its <activation>)`,
      };
    const own: RepositoryIds = selected.at(-1) ?? pom;
    const entry = own[kind];
    if (!entry) continue;
    if (entry.id.includes('${'))
      return { why: `the ${label} id \`${entry.id}\` at ${path}:${entry.line} is set by a property` };
    if (entry.id === '') return { why: `the ${label} at ${path}:${entry.line} has no id` };
    return { id: entry.id, at: `${path}:${entry.line}` };
  }
  return {
    why: chain.cut
      ? `no ${label} in the checkout’s POMs: it would come from ${chain.cut}`
      : `no POM of the checkout declares a ${label} (the deploy would fail or use a plugin’s own server)`,
  };
}

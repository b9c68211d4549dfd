/**
 * The modules a `mvn deploy` builds and the servers each deploys to. Maven's reactor is the POM the
 * command builds and, recursively, the `<modules>` it lists (and those of a profile that is on: one
 * `-P` selects, or one with its own `<activation>`, which may be); `-N` builds the POM alone and
 * `-pl` selects modules by path or `[groupId]:artifactId` (`!`/`-` excludes one; `-am`/`-amd` add
 * modules by their dependencies, which are not read: the whole reactor is then taken). Each module
 * deploys to its own `<distributionManagement>`, inherited from its parents unless it overrides it
 * (maven-pom-target.ts), unless it skips the deploy (maven-deploy-skip.ts). A reactor larger or deeper
 * than the budgets, or a module the checkout does not hold, is undeterminable with the reason.
 * Maven 3.9: https://maven.apache.org/pom.html#Aggregation ·
 * https://maven.apache.org/guides/mini/guide-multiple-modules.html ·
 * https://maven.apache.org/ref/3.9.9/maven-embedder/cli.html
 */
import { counted } from '@inert/core';
import { hasOption, optionValues } from './maven-args.js';
import type { Pom } from './maven-pom.js';
import {
  dirOf,
  moduleTarget,
  type ModuleTarget,
  type PomCache,
  pomPath,
  type Reader,
  readPom,
  selectedProfiles,
} from './maven-pom-target.js';
import type { DeployTarget } from './model.js';
import { normalise } from './script.js';

/** Modules in one reactor (real reactors: tens, a few hundred at most); more is undeterminable. */
const MAX_MODULES = 1_000;
/** Aggregator nesting (real ones: under 5). */
const MAX_NESTING = 16;
/** Modules named per server in a reason. */
const NAMED = 3;

interface Member {
  path: string;
  pom: Pom;
}

/** The POMs of the reactor, root first, or why the checkout does not show them. */
async function reactor(
  root: string,
  profiles: ReadonlySet<string>,
  recursive: boolean,
  read: Reader,
  cache: PomCache,
): Promise<Member[] | string> {
  const members: Member[] = [];
  const seen = new Set<string>([root]);
  let level: string[] = [root];
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > MAX_NESTING) return `the reactor nests modules more than ${MAX_NESTING} levels deep`;
    const next: string[] = [];
    for (const path of level) {
      const pom = await readPom(path, read, cache);
      if (typeof pom === 'string') return path === root ? pom : `a module of the reactor: ${pom}`;
      members.push({ path, pom });
      if (!recursive) return members;
      const listed = [
        ...pom.modules,
        ...pom.profiles.filter((p) => profiles.has(p.id) || p.activation).flatMap((p) => p.modules),
      ];
      for (const m of listed) {
        const name = m.path.trim();
        if (name.includes('$'))
          return `the module \`${name.slice(0, 60)}\` at ${path}:${m.line} is named by a property`;
        const joined = `${dirOf(path) ? `${dirOf(path)}/` : ''}${/\.xml$/.test(name) ? name : `${name.replace(/\/$/, '')}/pom.xml`}`;
        const at = normalise(joined);
        if (at === undefined) return `the module \`${name.slice(0, 60)}\` at ${path}:${m.line} is outside the checkout`;
        if (seen.has(at)) continue;
        seen.add(at);
        if (seen.size > MAX_MODULES) return `the reactor has more than ${MAX_MODULES} modules`;
        next.push(at);
      }
    }
    level = next;
  }
  return members;
}

/** `-pl a,:b,!c`: the members selected, or why not known; the whole reactor with `-am`/`-amd`. */
function select(members: Member[], args: readonly string[]): { members: Member[]; note: string } | string {
  // Maven takes every `-pl` given (MavenCli.populateRequest at maven-3.9.16), each a comma list.
  const given = optionValues(args, 'pl');
  if (given.length === 0) return { members, note: '' };
  const list = given.join(',');
  if (list.includes('$')) return `\`-pl ${list.slice(0, 60)}\` is set at run time`;
  const base = dirOf(members[0]!.path);
  const matches = (m: Member, selector: string) => {
    if (selector.includes(':')) {
      const [group, artifact] = selector.split(':');
      const groupId = m.pom.groupId ?? m.pom.parent?.groupId;
      return artifact === m.pom.artifactId && (group === '' || group === groupId);
    }
    const rel = normalise(`${base ? `${base}/` : ''}${selector.replace(/\/$/, '')}`);
    return rel !== undefined && (rel === dirOf(m.path) || rel === m.path);
  };
  const include: string[] = [];
  const exclude: string[] = [];
  for (const raw of list.split(',')) {
    const s = raw.trim();
    if (s === '') continue;
    if (s.startsWith('!') || s.startsWith('-')) exclude.push(s.slice(1));
    else include.push(s.replace(/^\+/, ''));
  }
  for (const s of [...include, ...exclude])
    if (!members.some((m) => matches(m, s)))
      return `\`-pl\` names \`${s.slice(0, 60)}\`, which is no module of the reactor the checkout shows`;
  const also = hasOption(args, 'am') || hasOption(args, 'amd');
  const kept = members.filter(
    (m) => (also || include.length === 0 || include.some((s) => matches(m, s))) && !exclude.some((s) => matches(m, s)),
  );
  return {
    members: kept,
    note: also ? ' (`-am`/`-amd`: every module of the reactor, as the dependencies are not read)' : '',
  };
}

/** The server ids the deploy of the command uses — every module's — or why the checkout does not settle them. */
export async function deployTarget(
  args: readonly string[],
  cwd: string | undefined,
  read: Reader,
  cache: PomCache,
): Promise<DeployTarget> {
  const root = pomPath(args, cwd);
  if (typeof root !== 'string') return { kind: 'unknown', why: root.why };
  const profiles = selectedProfiles(args);
  const recursive = !hasOption(args, 'N');
  const all = await reactor(root, profiles, recursive, read, cache);
  if (typeof all === 'string') return { kind: 'unknown', why: all };
  const chosen = select(all, args);
  if (typeof chosen === 'string') return { kind: 'unknown', why: chosen };
  const targets: { path: string; target: ModuleTarget }[] = [];
  for (const m of chosen.members) {
    const target = await moduleTarget(m.path, args, profiles, read, cache);
    if (target.kind === 'unknown')
      return all.length === 1 ? target : { kind: 'unknown', why: `module ${m.path}: ${target.why}` };
    targets.push({ path: m.path, target });
  }
  if (all.length === 1 && targets.length === 1 && targets[0]!.target.kind === 'ids') return targets[0]!.target;
  return merge(targets, chosen.note);
}

/** Every module's servers together: each named once, with the modules that deploy to it. */
function merge(targets: { path: string; target: ModuleTarget }[], note: string): DeployTarget {
  const byWhere = new Map<string, string[]>();
  const ids = new Set<string>();
  let alternatives = false;
  const skipped: string[] = [];
  for (const { path, target } of targets) {
    if (target.kind === 'skipped') {
      skipped.push(path);
      continue;
    }
    if (target.kind !== 'ids') continue;
    for (const id of target.ids) ids.add(id);
    alternatives ||= target.alternatives === true;
    byWhere.set(target.where, [...(byWhere.get(target.where) ?? []), path]);
  }
  const modules = (list: string[]) =>
    `${counted(list.length, 'module')}: ${list.slice(0, NAMED).join(', ')}${list.length > NAMED ? ', …' : ''}`;
  // Every module skips the upload: the deploy sends no credential (none of the settings' servers).
  if (ids.size === 0 && skipped.length > 0)
    return {
      kind: 'ids',
      ids: [],
      where: `no module of the reactor (${modules(skipped)} skip it: maven-deploy-plugin’s skip)${note}`,
    };
  if (ids.size === 0)
    return {
      kind: 'unknown',
      why: `no module of the reactor deploys${skipped.length ? ` (${modules(skipped)} skip it: maven-deploy-plugin’s skip)` : ''}${note}`,
    };
  const where = [...byWhere].map(([w, list]) => `${w} (${modules(list)})`).join('; ');
  return {
    kind: 'ids',
    ids: [...ids],
    where: `${where}${skipped.length ? `; skipped by maven-deploy-plugin’s skip: ${modules(skipped)}` : ''}${note}`,
    ...(alternatives ? { alternatives } : {}),
  };
}

/**
 * Whether a module's `mvn deploy` skips the upload: maven-deploy-plugin 3.1.4's `skip` parameter
 * (`@Parameter(property = "maven.deploy.skip")`, DeployMojo.java) is `true` (any case:
 * `Boolean.parseBoolean`), or `releases`/`snapshots` for that kind of version; any other value deploys.
 * Maven settles it as it builds the effective POM (maven-3.9.16):
 * - a `<skip>` in the plugin's `<configuration>` wins over the `maven.deploy.skip` property, which is
 *   only the parameter's default (`DefaultLifecycleExecutionPlanCalculator.finalizeMojoConfiguration`
 *   merges the POM's configuration over the mojo's defaults); an empty `<skip/>` takes the default;
 * - the `deploy` phase runs the execution `default-deploy` (`DefaultLifecyclePluginAnalyzer.getExecutionId`),
 *   whose own `<configuration>` wins over the plugin's (`DefaultPluginConfigurationExpander`);
 * - `<plugins>` wins over `<pluginManagement>`, which also configures the deploy plugin the lifecycle
 *   adds by itself (`DefaultLifecycleBindingsInjector.LifecycleBindingsMerger`);
 * - a child POM's configuration wins over its parent's (unless the parent's plugin is
 *   `<inherited>false</inherited>`), an active profile's over its POM's;
 * - a `<configuration combine.self="override">` takes nothing from farther configurations, and the
 *   attribute is copied onto the merged result (plexus-utils 3.6.1 `Xpp3Dom.mergeIntoXpp3Dom`, which
 *   Maven 3.9.16 ships), so the first one in that order ends the search; `combine.children="append"`
 *   puts farther children first and `finalizeMojoConfiguration` reads `getChild("skip")`, the last:
 *   the nearest `<skip>` still wins, and only an empty one under `append` is left undetermined;
 * - the `default-deploy` execution bound to a `<phase>` that is not one of the default lifecycle's
 *   (`none`, by convention) never runs in `mvn deploy` (`DefaultLifecycleMappingDelegate` maps only
 *   the phases up to `deploy`), unless the command names the goal itself (`deploy:deploy`) or another
 *   execution runs the `deploy` goal; its phase is settled like a `<skip>` (`ModelMerger` keeps the
 *   nearer `<phase>`: `mergePluginExecution_Phase` with the source recessive);
 * - `${name}` reads a `-D` user property first, then the POMs' `<properties>`
 *   (`AbstractStringBasedModelInterpolator.createValueSources`); a property no POM of the checkout
 *   defines is settled only when Maven runs, and said so.
 * https://github.com/apache/maven-deploy-plugin/blob/maven-deploy-plugin-3.1.4/src/main/java/org/apache/maven/plugins/deploy/DeployMojo.java ·
 * https://github.com/codehaus-plexus/plexus-utils/blob/plexus-utils-3.6.1/src/main/java/org/codehaus/plexus/util/xml/Xpp3Dom.java ·
 * https://github.com/apache/maven/blob/maven-3.9.16/maven-core/src/main/java/org/apache/maven/lifecycle/internal/DefaultLifecycleMappingDelegate.java ·
 * https://maven.apache.org/guides/mini/guide-configuring-plugins.html
 */
import { userProperty } from './maven-args.js';
import type { DeploySkipConfig, Pom, PomProperties } from './maven-pom.js';

export type SkipRead = { kind: 'skipped'; where: string } | { kind: 'deploys' } | { kind: 'unknown'; why: string };

interface ChainPom {
  path: string;
  pom: Pom;
}

/** Property references followed (`${a}` whose value is `${b}` …) before giving up. */
const MAX_HOPS = 8;

/** The module's skip, from its POM and the parents the checkout holds (child first). */
export function deploySkip(
  chain: readonly ChainPom[],
  args: readonly string[],
  profiles: ReadonlySet<string>,
  version: string | undefined,
): SkipRead {
  for (const { path, pom } of chain) {
    const maybe = pom.profiles.find(
      (p) => !profiles.has(p.id) && p.activation && (p.deploySkips.length > 0 || p.properties.has('maven.deploy.skip')),
    );
    if (maybe)
      return {
        kind: 'unknown',
        why: `profile \`${maybe.id}\` of ${path} (line ${maybe.line}) sets maven-deploy-plugin’s skip and may activate itself (its <activation>)`,
      };
  }
  const unbound = directGoal(args) ? undefined : defaultDeployUnbound(chain, args, profiles);
  if (unbound) return unbound;
  const configured = configuredSkip(chain, profiles);
  if (configured && 'why' in configured) return { kind: 'unknown', why: configured.why };
  let value: { value: string; where: string } | undefined;
  if (configured && 'skip' in configured)
    value = {
      value: configured.skip.value!,
      where: `${label(configured.skip)} at ${configured.path}:${configured.skip.line}`,
    };
  else {
    const given = userProperty(args, 'maven.deploy.skip');
    const set = given === undefined ? property(chain, profiles, 'maven.deploy.skip') : undefined;
    if (given !== undefined) value = { value: given, where: '`-Dmaven.deploy.skip`' };
    else if (set) value = { value: set.value, where: `maven.deploy.skip at ${set.where}` };
  }
  if (!value) return { kind: 'deploys' };
  const resolved = resolve(value.value, chain, args, profiles);
  if ('why' in resolved) return { kind: 'unknown', why: `${value.where}: ${resolved.why}` };
  const skip = resolved.value.trim();
  if (skip.toLowerCase() === 'true') return { kind: 'skipped', where: value.where };
  if (skip !== 'releases' && skip !== 'snapshots') return { kind: 'deploys' };
  if (version === undefined || version.includes('${'))
    return {
      kind: 'unknown',
      why: `${value.where} skips ${skip}, and the version ${version ? `\`${version}\` is set by a property` : 'is not in the checkout'}`,
    };
  return (skip === 'snapshots') === version.endsWith('-SNAPSHOT')
    ? { kind: 'skipped', where: `${value.where} (\`${skip}\`, version ${version})` }
    : { kind: 'deploys' };
}

const label = (s: DeploySkipConfig) =>
  `maven-deploy-plugin ${s.managed ? '<pluginManagement> ' : ''}${s.execution ? 'default-deploy execution ' : ''}<skip>`;

/** Each configuration that may set the default-deploy execution's `<skip>`, most dominant first. */
function* dominance(chain: readonly ChainPom[], profiles: ReadonlySet<string>, execution?: boolean) {
  const levels: [execution: boolean, managed: boolean][] = [
    [true, false],
    [true, true],
    [false, false],
    [false, true],
  ];
  for (const [inExecution, managed] of levels) {
    if (execution !== undefined && inExecution !== execution) continue;
    for (const [depth, { path, pom }] of chain.entries()) {
      const selected = pom.profiles.filter((p) => profiles.has(p.id));
      for (const owner of [...selected.reverse(), pom])
        for (const skip of owner.deploySkips.toReversed())
          if (skip.execution === inExecution && skip.managed === managed && (depth === 0 || !skip.local))
            yield { path, skip };
    }
  }
}

/**
 * The `<skip>` the default-deploy execution ends up with: execution-level before plugin-level (the
 * execution's configuration wins once the plugin's is expanded into it), `<plugins>` before
 * `<pluginManagement>` at each; within one, the nearest POM (its selected profiles first, the last
 * of them winning). The first non-empty `<skip>` wins; a `combine.self="override"` configuration
 * before it ends the search (undefined: the property decides).
 */
function configuredSkip(
  chain: readonly ChainPom[],
  profiles: ReadonlySet<string>,
): { path: string; skip: DeploySkipConfig } | { why: string } | undefined {
  let append = false;
  for (const { path, skip } of dominance(chain, profiles)) {
    if (skip.other !== undefined) continue;
    append ||= skip.append === true;
    const where = `${label(skip)} at ${path}:${skip.line}`;
    if (skip.skipCombine === 'remove')
      return { why: `${where} has combine.self="remove", whose effect depends on Maven’s merge order` };
    if (skip.value !== undefined && skip.value !== '') return { path, skip };
    if (skip.value === '' && append)
      return {
        why: `${where} is empty under combine.children="append", whose effect depends on Maven’s merge order`,
      };
    if ((skip.value === '' && skip.skipCombine === 'override') || skip.override) return undefined;
  }
  return undefined;
}

const DEFAULT_LIFECYCLE = new Set(
  'validate initialize generate-sources process-sources generate-resources process-resources compile process-classes generate-test-sources process-test-sources generate-test-resources process-test-resources test-compile process-test-classes test prepare-package package pre-integration-test integration-test post-integration-test verify install deploy'.split(
    ' ',
  ),
);
const OTHER_LIFECYCLES = new Set(['pre-clean', 'clean', 'post-clean', 'pre-site', 'site', 'post-site', 'site-deploy']);

/** The command names maven-deploy-plugin's goal itself (`default-cli`): no phase binding applies. */
const directGoal = (args: readonly string[]) =>
  args.some((a) => /^(?:deploy|(?:org\.apache\.maven\.plugins:)?maven-deploy-plugin(?::[^:]+)?):deploy$/.test(a));

/**
 * `skipped` when the default-deploy execution is bound to a phase `mvn deploy` never reaches (its
 * nearest `<phase>`), and no other execution of the plugin runs the `deploy` goal.
 */
function defaultDeployUnbound(
  chain: readonly ChainPom[],
  args: readonly string[],
  profiles: ReadonlySet<string>,
): SkipRead | undefined {
  let found: { path: string; skip: DeploySkipConfig } | undefined;
  for (const entry of dominance(chain, profiles, true))
    if (entry.skip.other === undefined && entry.skip.phase) {
      found = entry;
      break;
    }
  if (!found) return undefined;
  const where = `maven-deploy-plugin ${found.skip.managed ? '<pluginManagement> ' : ''}default-deploy execution <phase> at ${found.path}:${found.skip.phase!.line}`;
  const resolved = resolve(found.skip.phase!.value, chain, args, profiles);
  if ('why' in resolved) return { kind: 'unknown', why: `${where}: ${resolved.why}` };
  const phase = resolved.value.trim();
  if (DEFAULT_LIFECYCLE.has(phase)) return undefined;
  if (phase === '' || OTHER_LIFECYCLES.has(phase))
    return {
      kind: 'unknown',
      why: `${where} is \`${phase}\`, which ${phase ? 'runs only when the command runs that lifecycle' : 'an unchecked Maven reading decides'}`,
    };
  const other = [...dominance(chain, profiles, true)].find(
    ({ skip }) =>
      skip.other !== undefined &&
      (!skip.phase || skip.phase.value.includes('${') || DEFAULT_LIFECYCLE.has(skip.phase.value.trim())),
  );
  if (other) return undefined;
  return { kind: 'skipped', where: `${where} (\`${phase.slice(0, 60)}\`, a phase \`mvn deploy\` never runs)` };
}

/** A property of the chain's POMs (a selected profile's first), nearest POM first. */
function property(
  chain: readonly ChainPom[],
  profiles: ReadonlySet<string>,
  name: string,
): { value: string; where: string } | undefined {
  for (const { path, pom } of chain) {
    const owners: { properties: PomProperties }[] = [...pom.profiles.filter((p) => profiles.has(p.id)).reverse(), pom];
    for (const owner of owners) {
      const found = owner.properties.get(name);
      if (found) return { value: found.value, where: `${path}:${found.line}` };
    }
  }
  return undefined;
}

/** A value with `${name}` resolved as Maven's model interpolation does (a `-D` first), or why not. */
function resolve(
  value: string,
  chain: readonly ChainPom[],
  args: readonly string[],
  profiles: ReadonlySet<string>,
): { value: string } | { why: string } {
  let at = value;
  for (let hop = 0; hop < MAX_HOPS && at.includes('${'); hop++) {
    const name = /^\$\{([^${}]+)\}$/.exec(at.trim())?.[1];
    if (name === undefined) return { why: `\`${at.slice(0, 60)}\` is interpolated when Maven runs` };
    const given = userProperty(args, name);
    if (given !== undefined) {
      at = given;
      continue;
    }
    const maybe = chain.flatMap(({ path, pom }) =>
      pom.profiles
        .filter((p) => !profiles.has(p.id) && p.activation && p.properties.has(name))
        .map((p) => ({ path, p })),
    )[0];
    if (maybe)
      return {
        why: `\`${name}\` is set by profile \`${maybe.p.id}\` of ${maybe.path} (line ${maybe.p.line}), which may activate itself`,
      };
    const set = property(chain, profiles, name);
    if (!set)
      return {
        why: `\`\${${name.slice(0, 60)}}\` is no property the checkout’s POMs define (a -D, a settings.xml profile or the environment sets it when Maven runs)`,
      };
    at = set.value;
  }
  return at.includes('${')
    ? { why: `\`${value.slice(0, 60)}\` refers to properties more than ${MAX_HOPS} deep` }
    : { value: at };
}

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
 * - `${name}` reads a `-D` user property first, then the POMs' `<properties>`
 *   (`AbstractStringBasedModelInterpolator.createValueSources`); a property no POM of the checkout
 *   defines is settled only when Maven runs, and said so.
 * https://github.com/apache/maven-deploy-plugin/blob/maven-deploy-plugin-3.1.4/src/main/java/org/apache/maven/plugins/deploy/DeployMojo.java ·
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
  const configured = configuredSkip(chain, profiles);
  let value: { value: string; where: string } | undefined;
  if (configured)
    value = {
      value: configured.skip.value,
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

/**
 * The `<skip>` the default-deploy execution ends up with: execution-level before plugin-level (the
 * execution's configuration wins once the plugin's is expanded into it), `<plugins>` before
 * `<pluginManagement>` at each; within one, the nearest POM (its selected profiles first, the last
 * of them winning).
 */
function configuredSkip(
  chain: readonly ChainPom[],
  profiles: ReadonlySet<string>,
): { path: string; skip: DeploySkipConfig } | undefined {
  const levels: [execution: boolean, managed: boolean][] = [
    [true, false],
    [true, true],
    [false, false],
    [false, true],
  ];
  for (const [execution, managed] of levels)
    for (const [depth, { path, pom }] of chain.entries()) {
      const selected = pom.profiles.filter((p) => profiles.has(p.id));
      for (const owner of [...selected.reverse(), pom]) {
        const skip = owner.deploySkips.findLast(
          (s) => s.execution === execution && s.managed === managed && (depth === 0 || !s.local),
        );
        if (skip) return { path, skip };
      }
    }
  return undefined;
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

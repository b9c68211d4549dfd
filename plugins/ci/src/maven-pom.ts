/**
 * The parts of a pom.xml that say where `mvn deploy` uploads: `<distributionManagement>`'s
 * `<repository>` and `<snapshotRepository>` ids (the settings.xml `<server>` whose credentials Maven
 * sends), the same inside each `<profile>`, the project's `<version>` (a `-SNAPSHOT` version deploys
 * to the snapshot repository), its `<parent>`, its `<modules>` (and each profile's) and its
 * `maven.deploy.skip` property. Read with saxes through core's xmlDocument
 * (streaming, non-validating: linear, no DTD, no external entities; docs/decisions/0013).
 * Maven 3.9 POM reference: https://maven.apache.org/pom.html#Distribution_Management ·
 * https://maven.apache.org/pom.html#Profiles · https://maven.apache.org/pom.html#Inheritance
 */
import { type Parsed, xmlDocument } from '@inert/core';
import { SaxesParser } from 'saxes';

export interface RepositoryIds {
  repository?: { id: string; line: number };
  snapshotRepository?: { id: string; line: number };
}

/** A build plugin that takes over `deploy` and uploads with a server of its own configuration. */
export interface DeployPlugin {
  artifactId: string;
  /** `publishingServerId` (central-publishing-maven-plugin) or `serverId` (nexus-staging-maven-plugin). */
  serverId?: string;
  line: number;
}

/** A `<module>` of an aggregator POM: a directory (or a POM file) relative to it. */
export interface PomModule {
  path: string;
  line: number;
}

/**
 * One `<configuration>` of maven-deploy-plugin (at the plugin, for all its executions, or in its
 * `default-deploy` execution, the one the `deploy` phase runs), under `<plugins>` or
 * `<pluginManagement>`, kept when it has a `<skip>` or a `combine.*` attribute; or that execution's
 * `<phase>`; or another execution that runs the `deploy` goal (`other`).
 */
export interface DeploySkipConfig {
  /** The configuration's last `<skip>` (Xpp3Dom.getChild takes the last), `''` when empty; undefined: none. */
  value?: string;
  line: number;
  execution: boolean;
  managed: boolean;
  /** The plugin's `<inherited>false</inherited>`: its configuration stays in this POM. */
  local: boolean;
  /** `combine.self="override"` on the `<configuration>`: farther configurations are not merged into it. */
  override?: true;
  /** `combine.children="append"` on the `<configuration>`: farther children go first, its own after them. */
  append?: true;
  /** `combine.self` on the `<skip>` element itself (`override`, `remove`). */
  skipCombine?: string;
  /** The execution's `<phase>` (execution entries). */
  phase?: { value: string; line: number };
  /** Set for an execution other than default-deploy whose `<goals>` hold `deploy`: its id. */
  other?: string;
}

/** Where a POM (or a profile) sets its `<properties>`: name → value. */
export type PomProperties = Map<string, { value: string; line: number }>;

export interface PomProfile extends RepositoryIds {
  id: string;
  line: number;
  plugins: DeployPlugin[];
  modules: PomModule[];
  /** The profile has an `<activation>`: it may be on without `-P` (a JDK, OS, property or file condition, or activeByDefault). */
  activation: boolean;
  properties: PomProperties;
  deploySkips: DeploySkipConfig[];
}

export interface Pom extends RepositoryIds {
  groupId?: string;
  artifactId?: string;
  version?: string;
  parent?: { groupId?: string; artifactId?: string; version?: string; relativePath?: string; line: number };
  profiles: PomProfile[];
  plugins: DeployPlugin[];
  modules: PomModule[];
  /** `<properties>` (`maven.deploy.skip` is maven-deploy-plugin's `skip` unless configured; inherited by modules). */
  properties: PomProperties;
  deploySkips: DeploySkipConfig[];
}

/**
 * Plugins that replace maven-deploy-plugin's upload (with `<extensions>true</extensions>`, or bound to
 * `deploy`) and the configuration element naming their settings.xml server; central-publishing's
 * defaults to `central`. https://central.sonatype.org/publish/publish-portal-maven/ ·
 * https://github.com/sonatype/nexus-maven-plugins/tree/main/staging/maven-plugin
 */
export const DEPLOY_PLUGINS: Readonly<Record<string, { element: string; defaultId?: string }>> = {
  'central-publishing-maven-plugin': { element: 'publishingServerId', defaultId: 'central' },
  'nexus-staging-maven-plugin': { element: 'serverId' },
};

/** Element paths below `<project>` whose text is kept. */
const TEXT = new Set([
  'project/groupId',
  'project/artifactId',
  'project/version',
  'project/parent/groupId',
  'project/parent/artifactId',
  'project/parent/version',
  'project/parent/relativePath',
  'project/modules/module',
  'project/profiles/profile/modules/module',
  'project/distributionManagement/repository/id',
  'project/distributionManagement/snapshotRepository/id',
  'project/profiles/profile/id',
  'project/profiles/profile/distributionManagement/repository/id',
  'project/profiles/profile/distributionManagement/snapshotRepository/id',
  'project/build/plugins/plugin/artifactId',
  'project/build/plugins/plugin/configuration/publishingServerId',
  'project/build/plugins/plugin/configuration/serverId',
  'project/profiles/profile/build/plugins/plugin/artifactId',
  'project/profiles/profile/build/plugins/plugin/configuration/publishingServerId',
  'project/profiles/profile/build/plugins/plugin/configuration/serverId',
]);
/** The deepest kept path (a profile's managed default-deploy `<skip>`) has 11 elements; deeper ones are never joined (that would cost their depth per tag). */
const MAX_DEPTH = 11;
/** Longer element names are in no kept path (a property name longer than this is not read). */
const MAX_NAME = 256;
/** A plugin under `<plugins>` or `<pluginManagement><plugins>`, of the project or of a profile. */
const PLUGIN_AT = /^project\/(?:profiles\/profile\/)?build\/(?:pluginManagement\/)?plugins\/plugin$/;
/** A property of the project or of a profile (`<properties><name>`). */
const PROPERTY_AT = /^project\/(?:profiles\/profile\/)?properties\/[^/]+$/;
/** maven-deploy-plugin's elements read, relative to its `<plugin>`. */
const DEPLOY_FIELDS = new Set([
  'groupId',
  'artifactId',
  'inherited',
  'configuration/skip',
  'executions/execution/id',
  'executions/execution/phase',
  'executions/execution/goals/goal',
  'executions/execution/configuration/skip',
]);
const DEPLOY_PLUGIN = 'maven-deploy-plugin';

export function parsePom(text: string, path: string): Parsed<Pom> {
  const parser = new SaxesParser({ position: true });
  const xml = xmlDocument(parser, text);
  const pom: Pom = { profiles: [], plugins: [], modules: [], properties: new Map(), deploySkips: [] };
  // The path of each open element, or undefined below the kept depth or under a name no kept path has:
  // a child's path is its parent's plus its name, so a tag costs at most MAX_DEPTH short names.
  const paths: (string | undefined)[] = [];
  let field: { path: string; text: string; line: number } | undefined;
  let profile: PomProfile | undefined;
  let plugin: { artifactId?: string; serverId?: string; line: number } | undefined;
  let deploy: DeployPluginRead | undefined;

  parser.on('opentag', (tag) => {
    const name = tag.local ?? tag.name;
    const parent = paths.length === 0 ? '' : paths.at(-1);
    const at =
      parent === undefined || paths.length >= MAX_DEPTH || name.length > MAX_NAME
        ? undefined
        : parent === ''
          ? name
          : `${parent}/${name}`;
    paths.push(at);
    if (at === undefined) return;
    const line = xml.tagLine();
    if (at === 'project/parent') pom.parent = { line };
    else if (at === 'project/profiles/profile')
      profile = {
        id: '',
        line,
        activation: false,
        plugins: [],
        modules: [],
        properties: new Map(),
        deploySkips: [],
      };
    else if (at === 'project/build/plugins/plugin' || at === 'project/profiles/profile/build/plugins/plugin')
      plugin = { line };
    else if (at === 'project/profiles/profile/activation' && profile) profile.activation = true;
    if (PLUGIN_AT.test(at)) deploy = { at, managed: at.includes('/pluginManagement/'), skips: [] };
    else if (deploy && at === `${deploy.at}/executions/execution`) deploy.execution = { goals: [], config: { line } };
    else if (deploy && at.startsWith(`${deploy.at}/`))
      readDeployAttributes(deploy, at.slice(deploy.at.length + 1), tag.attributes as Record<string, string>, line);
    if (
      TEXT.has(at) ||
      PROPERTY_AT.test(at) ||
      (deploy && at.startsWith(`${deploy.at}/`) && DEPLOY_FIELDS.has(at.slice(deploy.at.length + 1)))
    )
      field = { path: at, text: '', line };
  });
  const collect = (t: string) => {
    if (field) field.text += t;
  };
  parser.on('text', collect);
  parser.on('cdata', collect);
  parser.on('closetag', () => {
    const at = paths.pop() ?? '';
    if (field && field.path === at && deploy && at.startsWith(`${deploy.at}/`))
      readDeployField(deploy, at.slice(deploy.at.length + 1), field.text.trim(), field.line);
    if (field && field.path === at && PROPERTY_AT.test(at)) {
      const name = at.slice(at.lastIndexOf('/') + 1);
      (at.startsWith('project/profiles/') ? profile : pom)?.properties.set(name, {
        value: field.text.trim(),
        line: field.line,
      });
      field = undefined;
    }
    if (field && field.path === at && !TEXT.has(at)) field = undefined;
    if (field && field.path === at) {
      if (plugin && at.includes('/build/plugins/plugin/')) {
        if (at.endsWith('/artifactId')) plugin.artifactId = field.text.trim();
        else if (
          plugin.artifactId === undefined ||
          DEPLOY_PLUGINS[plugin.artifactId]?.element === at.slice(at.lastIndexOf('/') + 1)
        )
          plugin.serverId = field.text.trim();
      } else keep(pom, profile, at, field.text.trim(), field.line);
      field = undefined;
    }
    if ((at === 'project/build/plugins/plugin' || at === 'project/profiles/profile/build/plugins/plugin') && plugin) {
      const known = plugin.artifactId === undefined ? undefined : DEPLOY_PLUGINS[plugin.artifactId];
      if (known && plugin.artifactId)
        (profile ?? pom).plugins.push({
          artifactId: plugin.artifactId,
          ...(plugin.serverId !== undefined ? { serverId: plugin.serverId } : {}),
          line: plugin.line,
        });
      plugin = undefined;
    }
    if (deploy && at === `${deploy.at}/executions/execution`) {
      closeExecution(deploy);
      deploy.execution = undefined;
    }
    if (deploy && at === deploy.at) {
      if (
        deploy.artifactId === DEPLOY_PLUGIN &&
        (deploy.groupId ?? 'org.apache.maven.plugins') === 'org.apache.maven.plugins'
      )
        (at.startsWith('project/profiles/') ? profile : pom)?.deploySkips.push(
          ...[...(deploy.plugin ? [deploy.plugin] : []), ...deploy.skips].map((k) => ({
            ...k,
            managed: deploy!.managed,
            local: deploy!.inherited === 'false',
          })),
        );
      deploy = undefined;
    }
    if (at === 'project/profiles/profile' && profile) {
      pom.profiles.push(profile);
      profile = undefined;
    }
  });

  const problem = xml.read(path, 'declares a DTD or entities, which a POM never needs; not read');
  if (problem) return { ok: false, problem };
  return { ok: true, value: pom };
}

function keep(pom: Pom, profile: PomProfile | undefined, at: string, value: string, line: number): void {
  const inProfile = at.startsWith('project/profiles/profile/');
  const owner: RepositoryIds | undefined = inProfile ? profile : pom;
  if (at.endsWith('distributionManagement/repository/id')) {
    if (owner) owner.repository = { id: value, line };
  } else if (at.endsWith('distributionManagement/snapshotRepository/id')) {
    if (owner) owner.snapshotRepository = { id: value, line };
  } else if (at.endsWith('modules/module')) {
    (inProfile ? profile : pom)?.modules.push({ path: value, line });
  } else if (at === 'project/profiles/profile/id') {
    if (profile) profile.id = value;
  } else if (at === 'project/groupId') pom.groupId = value;
  else if (at === 'project/artifactId') pom.artifactId = value;
  else if (at === 'project/version') pom.version = value;
  else if (pom.parent && at === 'project/parent/groupId') pom.parent.groupId = value;
  else if (pom.parent && at === 'project/parent/artifactId') pom.parent.artifactId = value;
  else if (pom.parent && at === 'project/parent/version') pom.parent.version = value;
  else if (pom.parent && at === 'project/parent/relativePath') pom.parent.relativePath = value;
}

/** What one `<configuration>` (or execution) says, before the plugin's artifactId is known. */
type ConfigRead = Omit<DeploySkipConfig, 'managed' | 'local'>;

interface DeployPluginRead {
  at: string;
  managed: boolean;
  groupId?: string;
  artifactId?: string;
  inherited?: string;
  /** The plugin-level `<configuration>`, when it has a `<skip>` or a `combine.*` attribute. */
  plugin?: ConfigRead;
  execution?: { id?: string; goals: string[]; config: Omit<ConfigRead, 'execution'>; kept?: boolean } | undefined;
  skips: ConfigRead[];
}

/**
 * The `combine.self`/`combine.children` attributes Xpp3Dom's merge reads (plexus-utils 3.6.1, which
 * Maven 3.9.16 ships): on a `<configuration>` of the plugin or of an execution, and on `<skip>`.
 */
function readDeployAttributes(deploy: DeployPluginRead, rel: string, attributes: Record<string, string>, line: number) {
  const self = attributes['combine.self'];
  const children = attributes['combine.children'];
  if (self === undefined && children === undefined) return;
  let config: Omit<ConfigRead, 'execution'>;
  if (rel === 'configuration' || rel === 'configuration/skip') config = deploy.plugin ??= { line, execution: false };
  else if (deploy.execution && rel.startsWith('executions/execution/configuration')) {
    deploy.execution.kept = true;
    config = deploy.execution.config;
  } else return;
  if (rel.endsWith('/skip')) {
    if (self !== undefined) config.skipCombine = self;
    return;
  }
  if (self === 'override') config.override = true;
  if (children === 'append') config.append = true;
}

/**
 * One element of a `<plugin>` that may be maven-deploy-plugin (its artifactId may come after its
 * configuration). An empty `<skip/>` is kept as `''`: Xpp3Dom's merge fills it from a farther one,
 * else from the default (`${maven.deploy.skip}`). An execution is judged when it closes (its id may
 * come last): `default-deploy`'s configuration and phase, or another id running the `deploy` goal.
 */
function readDeployField(deploy: DeployPluginRead, rel: string, value: string, line: number): void {
  if (rel === 'groupId') deploy.groupId = value;
  else if (rel === 'artifactId') deploy.artifactId = value;
  else if (rel === 'inherited') deploy.inherited = value;
  else if (rel === 'configuration/skip') {
    deploy.plugin ??= { line, execution: false };
    deploy.plugin.value = value;
    deploy.plugin.line = line;
  } else if (deploy.execution && rel === 'executions/execution/id') deploy.execution.id = value;
  else if (deploy.execution && rel === 'executions/execution/goals/goal') deploy.execution.goals.push(value);
  else if (deploy.execution && rel === 'executions/execution/phase') {
    deploy.execution.config.phase = { value, line };
    deploy.execution.kept = true;
  } else if (deploy.execution && rel === 'executions/execution/configuration/skip') {
    deploy.execution.config.value = value;
    deploy.execution.config.line = line;
    deploy.execution.kept = true;
  }
}

/** Maven names an execution without `<id>` `default` (PluginExecution.DEFAULT_EXECUTION_ID). */
function closeExecution(deploy: DeployPluginRead): void {
  const e = deploy.execution;
  if (!e) return;
  const id = e.id ?? 'default';
  if (id === 'default-deploy') {
    if (e.kept) deploy.skips.push({ ...e.config, execution: true });
  } else if (e.goals.includes('deploy')) deploy.skips.push({ ...e.config, execution: true, other: id });
}

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

export interface PomProfile extends RepositoryIds {
  id: string;
  line: number;
  plugins: DeployPlugin[];
  modules: PomModule[];
  /** The profile has an `<activation>`: it may be on without `-P` (a JDK, OS, property or file condition, or activeByDefault). */
  activation: boolean;
}

export interface Pom extends RepositoryIds {
  groupId?: string;
  artifactId?: string;
  version?: string;
  parent?: { groupId?: string; artifactId?: string; version?: string; relativePath?: string; line: number };
  profiles: PomProfile[];
  plugins: DeployPlugin[];
  modules: PomModule[];
  /** `<properties><maven.deploy.skip>`: maven-deploy-plugin's `skip` (inherited by modules). */
  deploySkip?: { value: string; line: number };
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
  'project/properties/maven.deploy.skip',
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
/** The deepest kept path has 8 elements; deeper ones are never joined (that would cost their depth per tag). */
const MAX_DEPTH = 8;

export function parsePom(text: string, path: string): Parsed<Pom> {
  const parser = new SaxesParser({ position: true });
  const xml = xmlDocument(parser, text);
  const pom: Pom = { profiles: [], plugins: [], modules: [] };
  const stack: string[] = [];
  let field: { path: string; text: string; line: number } | undefined;
  let profile: PomProfile | undefined;
  let plugin: { artifactId?: string; serverId?: string; line: number } | undefined;

  parser.on('opentag', (tag) => {
    stack.push(tag.local ?? tag.name);
    if (stack.length > MAX_DEPTH) return;
    const at = stack.join('/');
    const line = xml.tagLine();
    if (at === 'project/parent') pom.parent = { line };
    else if (at === 'project/profiles/profile') profile = { id: '', line, activation: false, plugins: [], modules: [] };
    else if (at === 'project/build/plugins/plugin' || at === 'project/profiles/profile/build/plugins/plugin')
      plugin = { line };
    else if (at === 'project/profiles/profile/activation' && profile) profile.activation = true;
    if (TEXT.has(at)) field = { path: at, text: '', line };
  });
  const collect = (t: string) => {
    if (field) field.text += t;
  };
  parser.on('text', collect);
  parser.on('cdata', collect);
  parser.on('closetag', () => {
    const at = stack.length <= MAX_DEPTH ? stack.join('/') : '';
    stack.pop();
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
  } else if (at === 'project/properties/maven.deploy.skip') {
    pom.deploySkip = { value, line };
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

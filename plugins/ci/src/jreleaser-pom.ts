/**
 * jreleaser-maven-plugin's own model in pom.xml: without `jreleaser.config.file`, `mvn jreleaser:deploy`
 * reads the `<jreleaser>` element of the plugin's `<configuration>` (AbstractJReleaserMojo.convertModel
 * at JReleaser v1.25.0), or the file its `<configFile>` names. A deployer's `<password>` there is
 * interpolated by Maven first: `${env.X}` is the environment variable X (left as written when X is
 * unset), another `${…}` a property a static read does not settle, anything else a literal committed
 * with the checkout. Read: the POM the command builds, its `<build><plugins>` (not `<pluginManagement>`,
 * profiles or parent POMs, which the reason then leaves unseen), with saxes through core's xmlDocument
 * (streaming, no DTD: docs/decisions/0013).
 * https://github.com/jreleaser/jreleaser/blob/v1.25.0/plugins/jreleaser-maven-plugin/src/main/java/org/jreleaser/maven/plugin/AbstractJReleaserMojo.java ·
 * https://maven.apache.org/guides/introduction/introduction-to-the-pom.html#project-interpolation-and-variables
 */
import { type Parsed, xmlDocument } from '@inert/core';
import { SaxesParser } from 'saxes';
import type { ConfigDeployer } from './model.js';

export interface JreleaserPom {
  /** The plugin's `<configFile>`, relative to the POM's directory. */
  configFile?: string;
  deployers: ConfigDeployer[];
}

const PLUGIN = 'project/build/plugins/plugin';
const MODEL = `${PLUGIN}/configuration/jreleaser/deploy/maven/`;
/** Elements below the plugin read at all: deeper ones cost nothing (their path is never joined). */
const MAX_DEPTH = 12;
/** Deployers read per POM (real ones: one to three). */
const MAX_DEPLOYERS = 64;

/** The jreleaser-maven-plugin configuration of a POM, or undefined when its `<build><plugins>` has none. */
export function parseJreleaserPom(text: string, path: string): Parsed<JreleaserPom | undefined> {
  const parser = new SaxesParser({ position: true });
  const xml = xmlDocument(parser, text);
  const paths: (string | undefined)[] = [];
  let plugin: { artifactId?: string; configFile?: string; deployers: ConfigDeployer[] } | undefined;
  let found: JreleaserPom | undefined;
  let field: { at: string; text: string; line: number } | undefined;
  parser.on('opentag', (tag) => {
    const parent = paths.length === 0 ? '' : paths.at(-1);
    const name = tag.local ?? tag.name;
    const at = parent === undefined || paths.length >= MAX_DEPTH ? undefined : parent ? `${parent}/${name}` : name;
    paths.push(at);
    if (at === PLUGIN) plugin = { deployers: [] };
    else if (
      plugin &&
      at !== undefined &&
      (at === `${PLUGIN}/artifactId` ||
        at === `${PLUGIN}/configuration/configFile` ||
        (at.startsWith(MODEL) && /^[^/]+\/[^/]+\/(?:active|password)$/.test(at.slice(MODEL.length))))
    )
      field = { at, text: '', line: xml.tagLine() };
  });
  const collect = (t: string) => {
    if (field) field.text += t;
  };
  parser.on('text', collect);
  parser.on('cdata', collect);
  parser.on('closetag', () => {
    const at = paths.pop();
    if (plugin && field && field.at === at) {
      const value = field.text.trim();
      if (at === `${PLUGIN}/artifactId`) plugin.artifactId = value;
      else if (at === `${PLUGIN}/configuration/configFile`) plugin.configFile = value;
      else if (at.startsWith(MODEL))
        deployerField(plugin.deployers, at.slice(MODEL.length).split('/'), value, field.line);
      field = undefined;
    }
    if (at === PLUGIN && plugin) {
      if (plugin.artifactId === 'jreleaser-maven-plugin')
        found = { ...(plugin.configFile ? { configFile: plugin.configFile } : {}), deployers: plugin.deployers };
      plugin = undefined;
    }
  });
  const problem = xml.read(path, 'declares a DTD or entities, which a POM never needs; not read');
  if (problem) return { ok: false, problem };
  return { ok: true, value: found };
}

/** `<type>/<name>/active` or `…/password` below `deploy/maven`. */
function deployerField(deployers: ConfigDeployer[], parts: string[], value: string, line: number): void {
  const [type, name, key] = parts;
  if (parts.length !== 3 || type === undefined || name === undefined || (key !== 'active' && key !== 'password'))
    return;
  let d = deployers.find((x) => x.type === type && x.name === name);
  if (!d) {
    if (deployers.length >= MAX_DEPLOYERS) return;
    deployers.push((d = { type, name }));
  }
  if (key === 'active') d.active = value;
  else if (value !== '') {
    d.password = line;
    const env = /^\$\{env\.(\w+)\}$/.exec(value)?.[1];
    if (env !== undefined) d.env = env;
    else if (value.includes('${')) d.computed = value.slice(0, 80);
  }
}

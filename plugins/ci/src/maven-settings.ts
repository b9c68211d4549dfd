/**
 * The `<servers>` of a Maven settings.xml, read with saxes (streaming, non-validating: linear, no DTD
 * processing, no external entities; docs/decisions/0013), never with a regex. A server authenticates
 * with `<password>` (with `<username>`) or with HTTP headers under
 * `<configuration><httpHeaders><property>` (GitLab's `Job-Token`, `Private-Token`, `Deploy-Token`).
 * Values may name environment variables, `${env.X}` or `${X}`, which Maven resolves when it runs.
 * https://maven.apache.org/settings.html#servers
 */
import { type Parsed, xmlDocument } from '@inert/core';
import { SaxesParser } from 'saxes';

/** One credential of a server: its password, or the value of an HTTP header it sends. */
export interface MavenServerCredential {
  /** `password`, or the header's name (`Job-Token`). */
  field: string;
  value: string;
  line: number;
}

export interface MavenServer {
  id: string;
  line: number;
  credentials: MavenServerCredential[];
}

/** The servers of a settings.xml (in file order), or why it cannot be read. */
export function parseMavenSettings(text: string, path: string): Parsed<MavenServer[]> {
  const parser = new SaxesParser({ position: true });
  const xml = xmlDocument(parser, text);
  const servers: MavenServer[] = [];
  const stack: string[] = [];
  let server: MavenServer | undefined;
  let property: { name?: string; value?: string; line: number } | undefined;
  let field: { name: string; text: string; line: number } | undefined;

  parser.on('opentag', (tag) => {
    const name = tag.local ?? tag.name;
    const parent = stack.at(-1);
    stack.push(name);
    const line = xml.tagLine();
    if (name === 'server' && parent === 'servers' && stack.length === 3) server = { id: '', line, credentials: [] };
    else if (server && stack.length === 4 && (name === 'id' || name === 'password')) field = { name, text: '', line };
    else if (server && name === 'property' && parent === 'httpHeaders') property = { line };
    else if (property && parent === 'property' && (name === 'name' || name === 'value'))
      field = { name: `header-${name}`, text: '', line };
  });
  const collect = (t: string) => {
    if (field) field.text += t;
  };
  parser.on('text', collect);
  parser.on('cdata', collect);
  parser.on('closetag', (tag) => {
    const name = tag.local ?? tag.name;
    stack.pop();
    if (field && server && name === field.name) {
      if (name === 'id') server.id = field.text.trim();
      else server.credentials.push({ field: 'password', value: field.text.trim(), line: field.line });
      field = undefined;
    } else if (field && property && `header-${name}` === field.name) {
      if (name === 'name') property.name = field.text.trim();
      else property.value = field.text.trim();
      field = undefined;
    } else if (name === 'property' && property && server) {
      if (property.name && property.value !== undefined)
        server.credentials.push({ field: property.name, value: property.value, line: property.line });
      property = undefined;
    } else if (name === 'server' && server && stack.length === 2) {
      servers.push(server);
      server = undefined;
    }
  });

  const problem = xml.read(path, 'declares a DTD or entities, which Maven settings never need; not read');
  if (problem) return { ok: false, problem };
  return { ok: true, value: servers };
}

/** The environment variable a whole value names (`${env.MAVEN_PASSWORD}`, `${CI_JOB_TOKEN}`), as Maven's settings interpolation reads it. */
export function settingsVariable(value: string): string | undefined {
  return /^\$\{(?:env\.)?([A-Za-z_]\w*)\}$/.exec(value)?.[1];
}

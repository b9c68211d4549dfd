/**
 * The container images a GitLab CI file names: `image:` and `services:` at the top level (deprecated,
 * still honoured), under `default:`, and in each job (hidden `.templates` included), in their string
 * form or as `name:`. An image inherited through a `<<: *anchor` merge is reported once, where the
 * anchor's text is. A `$VARIABLE` in the name is decided when the pipeline runs: `dynamic`.
 * https://docs.gitlab.com/ci/yaml/#image
 * https://docs.gitlab.com/ci/yaml/#services
 */
import { isRecord, type Route, type Span, type YamlDocument } from '@inert/core';
import type { BaseImage } from './model.js';

type Dict = Record<string, unknown>;

export function gitlabImages(doc: YamlDocument, root: Dict, path: string, reserved: ReadonlySet<string>): BaseImage[] {
  const out: BaseImage[] = [];
  const seen = new Set<string>();
  const add = (image: string, route: Route, role: string, owner: Route) => {
    const [at, ownerAt] = doc.locate([
      { route, part: 'value' },
      { route: owner, part: 'value' },
    ]) as [Span, Span];
    // Merged from an anchor: the located value falls back to the job itself.
    if (owner.length > 0 && at.line === ownerAt.line && at.column === ownerAt.column) return;
    const key = `${at.line}:${at.column}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ image, dynamic: image.includes('$'), at: { file: path, line: at.line, column: at.column }, role });
  };
  const read = (holder: Dict, route: Route, where: string) => {
    const image = nameOf(holder.image);
    if (image !== undefined) add(image.name, [...route, 'image', ...image.route], `the \`image:\` of ${where}`, route);
    const services = Array.isArray(holder.services) ? holder.services : [];
    services.forEach((s: unknown, i) => {
      const service = nameOf(s);
      if (service !== undefined)
        add(service.name, [...route, 'services', i, ...service.route], `a \`services:\` image of ${where}`, route);
    });
  };
  read(root, [], 'the pipeline');
  if (isRecord(root.default)) read(root.default, ['default'], 'the pipeline\u2019s `default:`');
  for (const [id, job] of Object.entries(root))
    if (!reserved.has(id) && isRecord(job)) read(job, [id], `GitLab job ${id}`);
  return out;
}

/** `image: ruby:3.3` or `image: { name: ruby:3.3, entrypoint: […] }`; the route to the name below the key. */
function nameOf(value: unknown): { name: string; route: Route } | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : { name: value.trim(), route: [] };
  if (isRecord(value) && typeof value.name === 'string' && value.name.trim() !== '')
    return { name: value.name.trim(), route: ['name'] };
  return undefined;
}

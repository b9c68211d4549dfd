/**
 * GitLab CI: job `script`/`before_script`/`after_script` lines, `variables`, `id_tokens`, `image:` and
 * `services:` (gitlab-images.ts), and local `include:` files. https://docs.gitlab.com/ci/yaml/
 */
import {
  isRecord,
  scalarText,
  splitLines,
  parseYaml,
  type Span,
  type ParseProblem,
  type ParseLimits,
} from '@inert/core';
import { gitlabImages } from './gitlab-images.js';
import type { BaseImage, CiCommand } from './model.js';
import { commandsFromScript, pushAll, withinScalar } from './script.js';

const RESERVED = new Set([
  'stages',
  'variables',
  'include',
  'default',
  'workflow',
  'image',
  'services',
  'cache',
  'before_script',
  'after_script',
  'spec',
]);
const SCRIPT_KEYS = ['before_script', 'script', 'after_script'] as const;

export interface GitlabRead {
  commands: CiCommand[];
  /** Local files named by `include:` (relative to the repository root). */
  includes: string[];
  /** Parts of the file not read (a script over the commands budget): `limit` problems. */
  problems: ParseProblem[];
  /** `image:` and `services:` of the pipeline, its `default:` and its jobs, where each is written. */
  images: BaseImage[];
}

export function readGitlabCi(text: string, path: string, limits?: ParseLimits): GitlabRead | ParseProblem {
  const parsed = parseYaml(text, path, { ...limits, merge: true });
  if (!parsed.ok) return parsed.problem;
  const doc = parsed.value.documents.find(
    (d) => isRecord(d.value) && !('spec' in d.value && Object.keys(d.value).length === 1),
  );
  const out: GitlabRead = { commands: [], includes: [], problems: [], images: [] };
  if (!doc || !isRecord(doc.value)) return out;
  const root = doc.value;
  out.images = gitlabImages(doc, root, path, RESERVED);
  const lines = splitLines(text);
  const globalVars = variables(root.variables);
  const defaults = isRecord(root.default) ? root.default : {};
  out.includes = includes(root.include);
  for (const [jobId, job] of Object.entries(root)) {
    if (RESERVED.has(jobId) || !isRecord(job)) continue;
    const env = { ...globalVars, ...variables(job.variables) };
    const idToken = isRecord(job.id_tokens) || isRecord(defaults.id_tokens);
    for (const key of SCRIPT_KEYS) {
      const items = Array.isArray(job[key]) ? job[key] : typeof job[key] === 'string' ? [job[key]] : [];
      (items as unknown[]).forEach((item, i) => {
        if (typeof item !== 'string') return;
        const route = Array.isArray(job[key]) ? [jobId, key, i] : [jobId, key];
        const [at, jobAt] = doc.locate([
          { route, part: 'value' },
          { route: [jobId], part: 'value' },
        ]) as [Span, Span];
        // Inherited through a `<<: *anchor` merge: reported where the anchor's text is (a hidden job).
        if (at.line === jobAt.line && at.column === jobAt.column) return;
        const header = (lines[at.line - 1] ?? '').slice(at.column - 1);
        const block = /^[|>]/.test(header);
        const next = lines[at.line] ?? '';
        pushAll(
          out.commands,
          withinScalar(
            commandsFromScript(item, {
              file: path,
              firstLine: block ? at.line + 1 : at.line,
              firstColumn: block
                ? next.length - next.trimStart().length + 1
                : at.column + (/^["']/.test(header) ? 1 : 0),
              env,
              job: jobId,
              origin: 'gitlab-ci',
              problems: out.problems,
              idToken,
              indented: block,
            }),
            at,
            lines,
          ),
        );
      });
    }
  }
  return out;
}

function variables(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(value)) return out;
  for (const [k, v] of Object.entries(value)) {
    const text = scalarText(isRecord(v) ? v.value : v);
    if (text !== undefined) out[k] = text;
  }
  return out;
}

/** `include: 'x.yml'`, `include: [{ local: '/ci/x.yml' }]`; remote, project and template includes are not read. */
function includes(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const out: string[] = [];
  for (const item of list) {
    const local =
      typeof item === 'string'
        ? /^https?:/.test(item)
          ? undefined
          : item
        : isRecord(item) && typeof item.local === 'string'
          ? item.local
          : undefined;
    if (local && !local.includes('*')) out.push(local.replace(/^\/+/, ''));
  }
  return out;
}

/**
 * Go environment settings a checkout carries: go.env and .envrc lines, Dockerfile ENV/ARG (through
 * the Dockerfile instruction reader of `@inert/syntax`, shared with the CI plugin), and
 * `env:`/`variables:` maps in GitHub Actions and GitLab CI. https://go.dev/ref/mod#environment-variables
 */
import {
  assignmentsIn,
  isRecord,
  parseYaml,
  scalarText,
  splitLines,
  type ParseProblem,
  type YamlDocument,
  type ParseLimits,
} from '@inert/core';
import { dockerfileAssignments, positionIn, readDockerfileInstructions } from '@inert/syntax';
import type { EnvSetting } from '../model.js';

export const GO_VARS = new Set([
  'GOPROXY',
  'GOSUMDB',
  'GONOSUMDB',
  'GOPRIVATE',
  'GONOPROXY',
  'GOINSECURE',
  'GOFLAGS',
  'GOTOOLCHAIN',
]);

/**
 * `ENV KEY=VALUE …`, `ENV KEY VALUE`, `ARG KEY=VALUE` of a Dockerfile, read with the instruction
 * reader the CI plugin's Dockerfile reader uses (`@inert/syntax`): continued lines, comments and
 * heredoc bodies are read as Docker reads them.
 */
export function envFromDockerfile(text: string, path: string): EnvSetting[] {
  const out: EnvSetting[] = [];
  const { escape, instructions } = readDockerfileInstructions(text);
  for (const instruction of instructions) {
    if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') continue;
    // The legacy form (`ENV KEY value`) says which instruction in its origin; `KEY=value` says the file.
    const legacy = !/^\s*[A-Z_]\w*=/i.test(instruction.args);
    for (const a of dockerfileAssignments(instruction.args, escape)) {
      if (!GO_VARS.has(a.name)) continue;
      out.push({
        name: a.name,
        value: a.value,
        at: { file: path, ...positionIn(instruction, a.index) },
        origin: legacy ? `Dockerfile ${instruction.keyword}` : 'Dockerfile',
      });
    }
  }
  return out;
}

/** `KEY=VALUE` and `export KEY=VALUE` lines (go.env, .envrc). */
export function envFromLines(text: string, path: string, origin: string): EnvSetting[] {
  const out: EnvSetting[] = [];
  splitLines(text).forEach((raw, i) => {
    let line = raw.trim();
    if (line.startsWith('#')) return;
    // Where `line` starts in `raw`, so a column is an offset, not a search (one search per match was quadratic, #20 class 3).
    let offset = raw.length - raw.trimStart().length;
    const unexported = line.replace(/^export\s+/, '');
    offset += line.length - unexported.length;
    line = unexported;
    for (const a of assignmentsIn(line, isNameStart, isNameChar)) {
      if (GO_VARS.has(a.name))
        out.push({
          name: a.name,
          value: unquote(a.value),
          at: { file: path, line: i + 1, column: offset + a.index + 1 },
          origin,
        });
    }
  });
  return out;
}

/** Every `env:` (GitHub) or `variables:` (GitLab) map, at any depth. */
export function envFromCi(text: string, path: string, limits?: ParseLimits): EnvSetting[] | ParseProblem {
  const parsed = parseYaml(text, path, { ...limits, merge: true });
  if (!parsed.ok) return parsed.problem;
  const out: EnvSetting[] = [];
  for (const doc of parsed.value.documents) collect(doc, doc.value, [], out, path);
  return out;
}

function collect(
  doc: YamlDocument,
  value: unknown,
  route: (string | number)[],
  out: EnvSetting[],
  path: string,
  depth = 0,
): void {
  if (depth > 12 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    (value as unknown[]).forEach((v, i) => collect(doc, v, [...route, i], out, path, depth + 1));
    return;
  }
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if ((key === 'env' || key === 'variables') && isRecord(v)) {
      for (const [name, raw] of Object.entries(v as Record<string, unknown>)) {
        const val = scalarText(typeof raw === 'object' && raw !== null ? (raw as { value?: unknown }).value : raw);
        if (!GO_VARS.has(name) || val === undefined) continue;
        const span = doc.locate([{ route: [...route, key, name], part: 'key' }])[0]!;
        out.push({
          name,
          value: val,
          at: { file: path, line: span.line, column: span.column },
          origin: path.includes('.gitlab-ci') ? 'GitLab CI variables' : 'workflow env',
        });
      }
    } else collect(doc, v, [...route, key], out, path, depth + 1);
  }
}

/** `[A-Z_][A-Z0-9_]*`: the names `envFromLines` reads (case matters, as in the shell). */
const isNameStart = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || c === 0x5f;
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 0x30 && c <= 0x39);

function unquote(v: string): string {
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0]) ? v.slice(1, -1) : v;
}

/** `go.env`, or `Dockerfile (Dockerfile ENV)`: where a setting comes from, for messages. */
export function where(e: EnvSetting): string {
  return e.at.file.endsWith(e.origin) ? e.at.file : `${e.at.file} (${e.origin})`;
}

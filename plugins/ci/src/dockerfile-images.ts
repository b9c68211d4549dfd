/**
 * The images a Dockerfile builds from or copies from: each `FROM [--platform=…] image [AS name]`, with
 * the build arguments declared before the first `FROM` substituted (`ARG NODE=20` … `FROM
 * node:${NODE}`), as BuildKit does; each `COPY --from=<image>` and `RUN --mount=…,from=<image>`
 * whose source is not a stage. `scratch`, a stage's name (case-insensitive) and a stage's index
 * are not images. BuildKit resolves a `--from` name against every stage of the file, so every `AS`
 * name counts, wherever it is declared.
 * https://docs.docker.com/reference/dockerfile/#from
 * https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact
 * https://docs.docker.com/reference/dockerfile/#copy---from
 * https://docs.docker.com/reference/dockerfile/#run---mount
 */
import { splitLines } from '@inert/core';
import { assignments, instructionLine } from './dockerfile.js';
import type { BaseImage } from './model.js';

const VARIABLE = /\$(?:\{([A-Z_]\w*)(?::?[-+][^}]*)?\}|([A-Z_]\w*))/gi;

export function baseImages(text: string, path: string): BaseImage[] {
  const out: BaseImage[] = [];
  const args: Record<string, string> = {};
  const stages = new Set<string>();
  let seenFrom = false;
  const lines = splitLines(text);
  const allStages = stageNames(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trimStart().startsWith('#')) continue;
    const m = instructionLine(line);
    if (!m) continue;
    const keyword = m.keyword.toUpperCase();
    if (keyword === 'ARG' && !seenFrom) {
      for (const [k, v] of Object.entries(assignments(m.args))) if (!/\s/.test(k)) args[k] = v;
      continue;
    }
    if (keyword === 'COPY' || keyword === 'RUN') {
      for (const source of fromSources(m.args, keyword)) {
        const name = source.name.toLowerCase();
        if (allStages.has(name) || /^\d+$/.test(name) || name === 'scratch') continue;
        out.push({
          image: source.name,
          // A stage's ARGs are not known here: a `--from` built from a variable is decided at build time.
          dynamic: source.name.includes('$'),
          at: { file: path, line: i + 1, column: line.indexOf(source.written) + source.offset + 1 },
          role:
            keyword === 'COPY' ? 'the Dockerfile\u2019s `COPY --from`' : 'the Dockerfile\u2019s `RUN --mount` `from=`',
        });
      }
      continue;
    }
    if (keyword !== 'FROM') continue;
    seenFrom = true;
    const words = m.args.trim().split(/\s+/);
    let w = 0;
    while (words[w]?.startsWith('--')) w++;
    const written = words[w];
    if (written === undefined || written === '') continue;
    const alias = words[w + 1]?.toUpperCase() === 'AS' ? words[w + 2] : undefined;
    let dynamic = false;
    const image = written.replace(VARIABLE, (all, braced?: string, bare?: string) => {
      const name = braced ?? bare ?? '';
      const value = args[name];
      if (value === undefined || value === '') {
        dynamic = true;
        return all;
      }
      return value;
    });
    const isStage = stages.has(image.toLowerCase());
    if (alias) stages.add(alias.toLowerCase());
    if (isStage || image.toLowerCase() === 'scratch') continue;
    out.push({ image, dynamic, at: { file: path, line: i + 1, column: line.indexOf(written) + 1 } });
  }
  return out;
}

/** Every `FROM … AS <name>` of the file, lower-cased. */
function stageNames(lines: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const line of lines) {
    const m = instructionLine(line);
    if (!m || m.keyword.toUpperCase() !== 'FROM') continue;
    const words = m.args.trim().split(/\s+/);
    const as = words.findIndex((word) => word.toUpperCase() === 'AS');
    if (as > 0 && words[as + 1]) out.add(words[as + 1]!.toLowerCase());
  }
  return out;
}

/**
 * The `--from=` of a `COPY` and the `from=` of each `RUN --mount=` on the instruction's first line:
 * the name, the flag word it is written in, and the name's offset in that word.
 */
function fromSources(args: string, keyword: 'COPY' | 'RUN'): { name: string; written: string; offset: number }[] {
  const out: { name: string; written: string; offset: number }[] = [];
  for (const word of leadingFlags(args)) {
    if (keyword === 'COPY' && word.startsWith('--from=')) {
      const name = unquote(word.slice('--from='.length));
      if (name) out.push({ name, written: word, offset: word.indexOf(name) });
    } else if (keyword === 'RUN' && word.startsWith('--mount=')) {
      let offset = '--mount='.length;
      for (const option of word.slice(offset).split(',')) {
        if (option.startsWith('from=')) {
          const name = unquote(option.slice('from='.length));
          if (name) out.push({ name, written: word, offset: offset + option.indexOf(name) });
        }
        offset += option.length + 1;
      }
    }
  }
  return out;
}

/**
 * The words of `args` up to the first that is not a flag. Words are taken one at a time: a RUN line
 * is mostly its command (2 MB of `a && …` in corpus/adversarial/sizes.json), and splitting all of it
 * to read the flags in front made 400,000 strings, a fifth of that scan's time.
 */
function* leadingFlags(args: string): Generator<string> {
  const word = /\S+/g;
  for (let m = word.exec(args); m !== null && m[0].startsWith('--'); m = word.exec(args)) yield m[0];
}

function unquote(value: string): string {
  return value.replace(/^["']|["']$/g, '');
}

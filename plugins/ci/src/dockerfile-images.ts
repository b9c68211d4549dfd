/**
 * The images a Dockerfile builds from: each `FROM [--platform=…] image [AS name]`, with the build
 * arguments declared before the first `FROM` substituted (`ARG NODE=20` … `FROM node:${NODE}`), as
 * BuildKit does. `scratch` and the name of an earlier stage are not images.
 * https://docs.docker.com/reference/dockerfile/#from
 * https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact
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

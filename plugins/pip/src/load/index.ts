/** Loads the Python family's files into projects, an inventory and parse problems. Never throws for bad input. */
import { readerOf, type ClaimedFile, type ParseProblem, type LoadContext, type ReadFile } from '@inert/core';
import { files as rules } from '../files.js';
import type { PipModel, RequirementsFile } from '../model.js';
import { clientsOf } from './clients.js';
export { includeClosure } from './include-closure.js';
import { toInventory } from './inventory.js';
import { READERS } from './readers.js';

export async function load(files: readonly ClaimedFile[], read: ReadFile, context?: LoadContext): Promise<PipModel> {
  const model: PipModel = {
    problems: [],
    inventory: { packages: [], sources: [], hooks: [], executableManifests: [], clients: [] },
    requirements: [],
    pipConfs: [],
    pypircs: [],
    setupCfgs: [],
    tomls: [],
    locks: [],
    setupPys: [],
  };
  for (const file of files) {
    // The route picked the reader (files.ts); a caller without the route gets the rule the path matches.
    const reader = readerOf(rules, file);
    if (reader === undefined) continue;
    const text = await read(file.path);
    if (text === undefined) continue;
    try {
      await READERS[reader](model, file, text, context?.limits);
    } catch (error) {
      // A parser bug must not stop the scan: the file becomes unknown instead.
      model.problems.push({
        file: file.path,
        kind: 'syntax',
        reason: `could not read: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  checkIncludes(model.requirements, model.problems);
  toInventory(model);
  try {
    model.inventory.clients.push(...clientsOf(model));
  } catch {
    // Client versions are a hint for reports; a bug here must not stop the scan.
  }
  return model;
}

/**
 * `-r`/`-c` includes are followed only among claimed requirements files inside the checkout; escapes, URLs,
 * unclaimed targets and cycles are reported (as parse problems: what they would add stays unknown).
 */
function checkIncludes(reqs: RequirementsFile[], problems: ParseProblem[]): void {
  const byPath = new Map(reqs.map((r) => [r.path, r]));
  for (const file of reqs) {
    for (const inc of file.includes) {
      const flag = inc.kind === 'requirement' ? '-r' : '-c';
      let reason: string | undefined;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(inc.target))
        reason = `${flag} ${inc.target} is a URL; inert does not fetch it, so what it adds is unknown`;
      else if (inc.resolved === undefined) reason = `${flag} ${inc.target} points outside the checkout; not followed`;
      else if (!byPath.has(inc.resolved))
        reason = `${flag} ${inc.target} (${inc.resolved}) is not a requirements file inert read (missing, or not named like one); not followed`;
      if (reason) problems.push({ file: file.path, kind: 'unreadable', reason, line: inc.line, column: inc.column });
    }
  }
  // Cycles: a back edge in a depth-first walk of the include graph (iterative: chains can be long).
  const state = new Map<string, 'open' | 'done'>();
  for (const start of reqs) {
    if (state.has(start.path)) continue;
    const stack: { file: RequirementsFile; next: number }[] = [{ file: start, next: 0 }];
    state.set(start.path, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const inc = top.file.includes[top.next++];
      if (!inc) {
        state.set(top.file.path, 'done');
        stack.pop();
        continue;
      }
      const next = inc.resolved !== undefined ? byPath.get(inc.resolved) : undefined;
      if (!next) continue;
      const s = state.get(next.path);
      if (s === 'open')
        problems.push({
          file: top.file.path,
          kind: 'shape',
          reason: `-r ${inc.target} closes an include cycle (${next.path} is already being read); not followed`,
          line: inc.line,
          column: inc.column,
        });
      else if (s === undefined) {
        state.set(next.path, 'open');
        stack.push({ file: next, next: 0 });
      }
    }
  }
}

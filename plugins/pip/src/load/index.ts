/** Loads the Python family's files into projects, an inventory and parse problems. Never throws for bad input. */
import {
  matchesGlob,
  type ClaimedFile,
  type Limits,
  type ParseProblem,
  type LoadContext,
  type ReadFile,
} from '@inert/core';
import { REQUIREMENTS_GLOBS } from '../files.js';
import type { PipModel, RequirementsFile } from '../model.js';
import { clientsOf } from './clients.js';
import { parseIni } from './ini.js';
export { includeClosure } from './include-closure.js';
import { toInventory } from './inventory.js';
import { parseLock } from './locks.js';
import { baseOf } from './paths.js';
import { parseRequirements } from './requirements.js';
import { parseSetupPy } from './setup-py.js';
import { parseTomlProject } from './toml-project.js';

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
    const text = await read(file.path);
    if (text === undefined) continue;
    const name = baseOf(file.path);
    try {
      await loadOne(model, file.path, name, text, context?.limits);
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

async function loadOne(
  model: PipModel,
  path: string,
  name: string,
  text: string,
  limits: Readonly<Limits> | undefined,
): Promise<void> {
  if (name === 'setup.py') {
    const parsed = await parseSetupPy(text, path, limits?.maxParseMillis);
    model.setupPys.push(parsed.setup);
    model.problems.push(...parsed.problems);
    return;
  }
  const parsed =
    name === 'pyproject.toml' || name === 'uv.toml' || name === 'Pipfile'
      ? parseTomlProject(text, path, limits)
      : name === 'poetry.lock' || name === 'uv.lock' || name === 'pdm.lock' || name === 'Pipfile.lock'
        ? parseLock(text, path, limits)
        : name === 'pip.conf' || name === 'pip.ini' || name === '.pypirc' || name === 'setup.cfg'
          ? parseIni(text, path)
          : REQUIREMENTS_GLOBS.some((g) => matchesGlob(path, g))
            ? parseRequirements(text, path)
            : undefined;
  if (!parsed) return;
  if (!parsed.ok) {
    model.problems.push(parsed.problem);
    return;
  }
  const value = parsed.value;
  if ('buildSystem' in value) model.tomls.push(value);
  else if ('entries' in value && 'tool' in value) model.locks.push(value);
  else if ('requirements' in value) model.requirements.push(value);
  else if (name === '.pypirc') model.pypircs.push(value);
  else if (name === 'setup.cfg') model.setupCfgs.push(value);
  else model.pipConfs.push(value);
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

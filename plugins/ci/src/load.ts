/** Loads CI files into commands and action steps, follows local scripts and includes, applies rules. */
import type { ClaimedFile, ReadFile, CommandRule, EcosystemId } from '@inert/core';
import { readDockerfile } from './dockerfile.js';
import { readGitlabCi } from './gitlab-ci.js';
import { readWorkflow } from './github-actions.js';
import type { CiCommand, CiModel } from './model.js';
import { basename, commandsFromScript } from './script.js';

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh']);
const MAX_INCLUDES = 20;

export async function loadCi(files: readonly ClaimedFile[], read: ReadFile, rules: readonly CommandRule[]): Promise<CiModel> {
  const model: CiModel = { projects: [], problems: [], inventory: { commands: [] }, commands: [], actions: [], workflows: [], verdicts: [] };
  const seen = new Set<string>();
  const gitlab: string[] = [];
  for (const file of files) {
    if (file.skipped) continue;
    const text = await read(file.path);
    if (text === undefined) continue;
    const name = basename(file.path);
    if (/^\.gitlab-ci\.ya?ml$/.test(name)) gitlab.push(file.path);
    else if (/dockerfile|containerfile/i.test(name)) model.commands.push(...readDockerfile(text, file.path));
    else {
      const got = readWorkflow(text, file.path);
      if ('kind' in got) model.problems.push(got);
      else {
        model.commands.push(...got.commands);
        model.actions.push(...got.actions);
        if (file.path.includes('.github/workflows/')) model.workflows.push(got.workflow);
      }
    }
  }
  // GitLab files and their local includes (read even when not claimed: a CI file names them).
  for (let i = 0; i < gitlab.length && i < MAX_INCLUDES; i++) {
    const path = gitlab[i]!;
    if (seen.has(path)) continue;
    seen.add(path);
    const text = await read(path);
    if (text === undefined) continue;
    const got = readGitlabCi(text, path);
    if ('kind' in got) model.problems.push(got);
    else {
      model.commands.push(...got.commands);
      gitlab.push(...got.includes);
    }
  }
  model.commands.push(...(await localScripts(model.commands, read)));
  classify(model, rules);
  return model;
}

/** Scripts a CI step runs by path inside the checkout: read (never run) and split, one level deep. */
async function localScripts(commands: readonly CiCommand[], read: ReadFile): Promise<CiCommand[]> {
  const out: CiCommand[] = [];
  const done = new Set<string>();
  for (const { command, dynamic } of commands) {
    if (dynamic) continue;
    const [program, first] = command.argv;
    const target = SHELLS.has(basename(program ?? '')) && first && !first.startsWith('-') ? first : program?.includes('/') ? program : undefined;
    if (!target || target.startsWith('/') || target.includes('$') || /(^|\/)gradlew(\.bat)?$/.test(target)) continue;
    const path = normalise(command.cwd ? `${command.cwd}/${target}` : target);
    if (!path || done.has(path)) continue;
    done.add(path);
    const text = await read(path);
    if (text === undefined) continue;
    out.push(...commandsFromScript(text, { file: path, firstLine: 1, firstColumn: 1, env: command.env, origin: 'script', ...(command.job !== undefined ? { job: command.job } : {}), ...(command.idToken !== undefined ? { idToken: command.idToken } : {}) }));
  }
  return out;
}

function classify(model: CiModel, rules: readonly CommandRule[]): void {
  for (const c of model.commands) {
    const program = basename(c.command.argv[0] ?? '');
    const at = { file: c.command.file, line: c.command.line, column: c.command.column };
    const base = { at, text: c.command.text, ...(c.command.job !== undefined ? { job: c.command.job } : {}), ...(c.command.idToken !== undefined ? { idToken: c.command.idToken } : {}) };
    if (c.dynamic) {
      model.inventory.commands!.push({ ecosystem: 'ci', file: at.file, line: at.line, command: c.command.text, action: 'other', classification: 'unknown', ...(c.command.job ? { job: c.command.job } : {}) });
      continue;
    }
    for (const rule of rules) {
      if (!rule.programs.includes(program)) continue;
      const verdict = safe(model, at.file, () => rule.classify(c.command));
      if (verdict) model.verdicts.push({ ecosystem: rule.ecosystem ?? ('ci' as EcosystemId), verdict, ...base });
    }
  }
  for (const step of model.actions) {
    const name = step.uses.split('@')[0]!;
    for (const rule of rules) {
      if (!rule.actions?.includes(name) || !rule.classifyAction) continue;
      const verdict = safe(model, step.file, () => rule.classifyAction!(step));
      if (verdict) model.verdicts.push({ ecosystem: rule.ecosystem ?? 'ci', verdict, at: { file: step.file, line: step.line, column: step.column }, text: `uses: ${step.uses}`, ...(step.job !== undefined ? { job: step.job } : {}), ...(step.idToken !== undefined ? { idToken: step.idToken } : {}) });
    }
  }
  for (const v of model.verdicts) {
    if (v.verdict.action === 'other') continue;
    model.inventory.commands!.push({
      ecosystem: v.ecosystem, file: v.at.file, line: v.at.line, command: v.text, action: v.verdict.action, classification: v.verdict.classification,
      ...(v.verdict.auth ? { auth: v.verdict.auth } : {}), ...(v.verdict.provenance !== undefined ? { provenance: v.verdict.provenance } : {}), ...(v.job ? { job: v.job } : {}),
    });
  }
}

/** A rule that throws must not take the scan down: the file is reported and the verdict is absent. */
function safe<T>(model: CiModel, file: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    model.problems.push({ file, kind: 'unreadable', reason: `a command rule failed (${error instanceof Error ? error.message : String(error)}); please report this` });
    return undefined;
  }
}

/** `a/./b/../c` → `a/c`; undefined when it leaves the root. */
function normalise(path: string): string | undefined {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

/** How the scan loads one plugin's claimed files: isolated, so one bad file never costs the others' findings. */
import type { ClaimedFile } from './files.js';
import { errorMessage, type ParseProblem } from './parse/problem.js';
import type { AnyPlugin, PluginModel } from './plugin.js';

/**
 * A plugin's load, isolated, so one bad file (a workspace glob, a manifest the plugin trips on)
 * never costs the findings of the others. When the load throws: (1) each file is loaded alone (the
 * plugin can read no other file then) and the files it fails on alone are set aside; (2) if the
 * rest still fails together, each file is left out in turn (up to LEAVE_ONE_OUT files) until the
 * rest loads; (3) failing that, every file is analysed alone. Files set aside become
 * `core/unparsed-file` findings ("the plugin failed on it") and make the scan incomplete.
 */
export async function isolatedLoad(
  plugin: AnyPlugin,
  claimed: readonly ClaimedFile[],
  loadAll: () => Promise<PluginModel>,
  loadSome: (files: ClaimedFile[]) => Promise<PluginModel>,
  own: ParseProblem[],
): Promise<PluginModel[]> {
  const failed = (file: string, error: unknown, how = '') =>
    own.push({
      file,
      kind: 'unreadable',
      reason: `the ${plugin.ecosystem} plugin failed on it${how} (${errorMessage(error)}); please report this`,
    });
  const attempt = async (load: () => Promise<PluginModel>): Promise<PluginModel | { error: unknown }> => {
    try {
      return await load();
    } catch (error) {
      return { error };
    }
  };
  const whole = await attempt(loadAll);
  if (!('error' in whole)) return [whole];
  if (claimed.length === 1) {
    failed(claimed[0]!.path, whole.error);
    return [];
  }
  const alone = new Map<string, PluginModel>();
  const rest: ClaimedFile[] = [];
  for (const f of claimed) {
    const model = await attempt(() => loadSome([f]));
    if ('error' in model) failed(f.path, model.error);
    else {
      alone.set(f.path, model);
      rest.push(f);
    }
  }
  if (rest.length === 0) return [];
  if (rest.length < claimed.length) {
    const together = await attempt(() => loadSome(rest));
    if (!('error' in together)) return [together];
  }
  if (rest.length <= LEAVE_ONE_OUT) {
    for (const f of rest) {
      const others = rest.filter((o) => o !== f);
      const model = await attempt(() => loadSome(others));
      if (!('error' in model)) {
        failed(f.path, whole.error, ' together with the other files');
        return [model];
      }
    }
  }
  for (const f of rest) failed(f.path, whole.error, ' together with the other files; the file was analysed alone');
  return [...alone.values()];
}

/** Files tried one by one, each left out of the others, at most (bounds the retries to LEAVE_ONE_OUT² file loads). */
const LEAVE_ONE_OUT = 64;

/** The same problem read twice (a file re-read by an isolated retry) is reported once. */
export function uniqueProblems(problems: readonly ParseProblem[]): ParseProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}\0${p.kind}\0${p.reason}\0${p.line ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

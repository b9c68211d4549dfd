/**
 * A plugin's checks and command rules, loaded by need (docs/decisions/0029): a plugin gives them
 * either as lists (`checks`, `commands`) or as loaders (`loadChecks`, `loadCommands`) with its
 * checks' metadata as data (`rules`). Everything that reads a plugin's parts goes through these.
 */
import type { Check, CheckMeta } from './check.js';
import type { AnyPlugin, CommandRule, Plugin, PluginModel } from './plugin.js';

/** The metadata of a plugin's checks, in docs order: `rules`, or the checks themselves. */
export function rulesOf(plugin: Pick<AnyPlugin, 'ecosystem' | 'rules' | 'checks'>): readonly CheckMeta[] {
  const rules = plugin.rules ?? plugin.checks;
  if (!rules) throw new Error(`the ${plugin.ecosystem} plugin gives neither checks nor rules`);
  return rules;
}

const loadedChecks = new WeakMap<object, Promise<readonly Check<never, string>[]>>();
const loadedCommands = new WeakMap<object, Promise<readonly CommandRule[]>>();

/**
 * A plugin's checks: `checks`, or what `loadChecks` resolves to (loaded once per plugin). Rejects
 * when the checks cannot be loaded or do not match `rules` (ids and order): the caller treats that
 * as the plugin's failure, never as a plugin without checks.
 */
export function checksOf<Model extends PluginModel>(plugin: Plugin<Model>): Promise<readonly Check<Model, string>[]> {
  if (plugin.checks) return Promise.resolve(plugin.checks);
  let loaded = loadedChecks.get(plugin);
  if (!loaded) {
    const { loadChecks } = plugin;
    if (!loadChecks)
      return Promise.reject(new Error(`the ${plugin.ecosystem} plugin gives neither checks nor loadChecks`));
    loaded = loadChecks().then((checks) => {
      const want = rulesOf(plugin).map((r) => r.id);
      const got = checks.map((c) => c.id);
      if (want.join('\0') !== got.join('\0'))
        throw new Error(`the ${plugin.ecosystem} plugin's loaded checks (${got.join(', ')}) differ from its rules`);
      return checks as readonly Check<never, string>[];
    });
    // A failed load is tried again on the next call (a test may restore a removed chunk).
    loaded.catch(() => loadedChecks.delete(plugin));
    loadedChecks.set(plugin, loaded);
  }
  return loaded as Promise<readonly Check<Model, string>[]>;
}

/** A plugin's command rules: `commands`, or what `loadCommands` resolves to (loaded once per plugin); none when it has neither. */
export function commandsOf(plugin: Pick<AnyPlugin, 'commands' | 'loadCommands'>): Promise<readonly CommandRule[]> {
  if (plugin.commands) return Promise.resolve(plugin.commands);
  const { loadCommands } = plugin;
  if (!loadCommands) return Promise.resolve([]);
  let loaded = loadedCommands.get(plugin);
  if (!loaded) {
    loaded = loadCommands();
    loaded.catch(() => loadedCommands.delete(plugin));
    loadedCommands.set(plugin, loaded);
  }
  return loaded;
}

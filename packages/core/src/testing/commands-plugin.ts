/** A stand-in plugin that reads no file and only lends its command rules: for tests of the plugins that apply them. */
import { definePlugin, type CommandRule, type Plugin, type PluginModel } from '../plugin.js';

export function commandsPlugin(ecosystem: string, commands: readonly CommandRule[]): Plugin<PluginModel> {
  return definePlugin<PluginModel>({
    ecosystem,
    title: 'x',
    url: 'x',
    files: [],
    load: () => ({ problems: [], inventory: {} }),
    checks: [],
    profile: {},
    commands,
  });
}

/** inert as a library: scan a directory with every plugin, or pick plugins and reporters from @inert/core. */
import { DirectorySource, scan, VERSION, type ScanConfig, type ScanResult } from '@inert/core';
import { PLUGINS } from './plugins.js';

export { main, type Io, type MainOptions } from './main.js';
export { PLUGINS } from './plugins.js';
export * from '@inert/core';

/** Scans a directory with every ecosystem plugin. Never executes anything from it. */
export function scanDirectory(path: string, config: ScanConfig = {}): Promise<ScanResult> {
  return scan(new DirectorySource(path), { plugins: PLUGINS, config, tool: { name: 'inert', version: VERSION } });
}

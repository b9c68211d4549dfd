/**
 * Opens a package archive with the formats the plugins supply: a ZIP when a ZIP format's suffix
 * names the file, a tar (plain or compressed) otherwise.
 */
import { archiveFormats } from './archive-format.js';
import type { LaidOutArchive } from './laid-out-archive.js';
import { TarSource, type TarSourceOptions } from './tar-source.js';
import { ZipSource } from './zip-source.js';

export async function openArchive(bytes: Uint8Array, name: string, options: TarSourceOptions): Promise<LaidOutArchive> {
  const lower = name.toLowerCase();
  const zipNamed = archiveFormats(options.plugins, 'zip').some((f) => f.suffixes?.some((s) => lower.endsWith(s)));
  return zipNamed ? ZipSource.open(bytes, name, options) : new TarSource(bytes, name, options);
}

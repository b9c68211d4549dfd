/** A `.crate` as cargo unpacks it. */
import { hasLeadingDir, refusingLayout, type ArchiveFormat } from '@inert/core';

/** Every entry must sit under `<name>-<version>/`, stripped; other entries make cargo reject the crate. */
export const crate: ArchiveFormat = {
  kind: 'crate',
  container: 'tar',
  suffixes: ['.crate'],
  layout: (entries) => refusingLayout(entries, hasLeadingDir(entries) ? 1 : 0, 'cargo refuses to unpack the crate'),
};

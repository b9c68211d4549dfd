/** Python package archives as pip writes them: sdists (a tar, the fallback for `.tar.gz`) and wheels (a ZIP). */
import { hasLeadingDir, refusingLayout, type ArchiveFile, type ArchiveFormat, type ArchiveSkip } from '@inert/core';

/**
 * pip (`pip._internal.utils.unpacking.untar_file`): the leading directory is stripped only when every
 * member shares it; `tarfile.data_filter` (PEP 706) refuses absolute paths, paths leaving the
 * destination, special files and links leaving it — pip turns that into an InstallationError for the
 * whole sdist. Links inside the tree are written; inert reports them and never follows them. An
 * sdist's name (`x-1.0.tar.gz`) says nothing a plain tar's does not, so it is the tar fallback.
 */
export const sdist: ArchiveFormat = {
  kind: 'sdist',
  container: 'tar',
  fallback: true,
  layout: (entries) =>
    refusingLayout(
      entries,
      hasLeadingDir(entries) ? 1 : 0,
      'pip refuses to unpack the whole sdist (tarfile data_filter)',
    ),
};

/**
 * pip installs a wheel's entries by their names in the ZIP's central directory
 * (`pip._internal.operations.install.wheel`), no prefix stripped, refusing any path outside the
 * target (the core's ZIP reader rejects absolute and `..` names, so such a wheel is an error). A later
 * entry of the same name wins, as pip writes in order.
 */
export const wheel: ArchiveFormat = {
  kind: 'wheel',
  container: 'zip',
  suffixes: ['.whl'],
  layout: (entries) => {
    const files = new Map<string, ArchiveFile>();
    const skipped: ArchiveSkip[] = [];
    entries.forEach((entry, index) => {
      // An empty name is the install directory itself: nothing pip could write there.
      if (entry.path === '') {
        skipped.push({ path: '(empty name)', kind: 'refused', detail: 'entry with an empty name' });
        return;
      }
      files.delete(entry.path);
      files.set(entry.path, { path: entry.path, entryPath: entry.path, index, data: entry.data ?? new Uint8Array() });
    });
    return { files: [...files.values()], skipped };
  },
};

/** @inert/core public API: the model, the engine, the parsers and the reporters. No ecosystem knowledge. */
export * from './questions.js';
export * from './severity.js';
export * from './pointer.js';
export * from './finding.js';
export * from './files.js';
export * from './check.js';
export * from './plugin.js';
export * from './plugin-parts.js';
export * from './inventory.js';
export { modelPackages, type PackageRows } from './inventory-rows.js';
export {
  compareDotted,
  describeClient,
  describeClients,
  fitFact,
  groupClients,
  isDottedVersion,
  type FactFit,
} from './client-versions.js';
export * from './result.js';
export * from './catalogue.js';
export { CORE_CHECKS, unparsedFile, symlinkNotFollowed, opaqueManifest, inlineSuppression } from './core-checks.js';
export { scan, streamScan, type ScanConfig, type ScanOptions } from './scan.js';
export { counted } from './counted.js';
export { lazyRegExp } from './lazy-regexp.js';
export type { RepositoryListing } from './listing.js';
export { globProblem, matchesGlob } from './glob.js';
export { baseOf, cutAt, dirOf, joinInside, leavesRoot, trimTrailing } from './paths.js';
export { isRecord, stringOf } from './shape.js';
export {
  applySuppressions,
  hostMatches,
  toBaseline,
  type Allow,
  type SuppressEntry,
  type Baseline,
} from './suppress.js';
export { VERSION } from './version.js';
export { lazyLibrary, LibraryLoadError } from './library.js';
export { clipStrings, MAX_OUTPUT_STRING, shorten } from './clip.js';
export * from './parse/index.js';
export type { FileSource, WalkOptions, WalkResult, WalkFile, WalkSkip, ReadOutcome } from './source/file-source.js';
export { DirectorySource } from './source/directory-source.js';
export { MemorySource, type MemoryEntries } from './source/memory-source.js';
export { TarSource, type TarSourceOptions, type ArchiveSource } from './source/tar-source.js';
export { ZipSource } from './source/zip-source.js';
export { openArchive } from './source/open-archive.js';
export {
  ArchiveError,
  isFileType,
  readTarEntries,
  type RawTarEntry,
  type ArchiveLimits,
} from './source/tar-entries.js';
export {
  ArchiveWriter,
  hasLeadingDir,
  refusingLayout,
  type ArchiveFile,
  type ArchiveKind,
  type ArchiveSkip,
  type ArchiveLayout,
} from './source/archive-layout.js';
export {
  archiveFormats,
  pickFormat,
  type ArchiveContext,
  type ArchiveFormat,
  type ArchiveFormatSupplier,
} from './source/archive-format.js';
export { DEFAULT_LIMITS, DEFAULT_SKIPPED_DIRS, type Limits, type ParseLimits } from './source/limits.js';
export * from './report/index.js';
export * from './osv/index.js';
export * from './purl.js';
export { TopLevelSource } from './top-level-source.js';
export * from './hook-behaviour.js';
export * from './diff/index.js';

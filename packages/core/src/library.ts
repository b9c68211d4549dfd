/**
 * Libraries loaded on first use (start-up time, docs/decisions/0010): yaml, smol-toml, jsonc-parser,
 * packageurl-js, node-tar, yauzl, semver, @babel/parser, the CycloneDX library. A library that cannot
 * be loaded is a broken installation, never "the file has no such value": the loader throws
 * `LibraryLoadError`, every reader passes it on (or turns it into an `unreadable` problem, which makes
 * the scan incomplete), and no reader may turn it into a missing field (docs/decisions/0021).
 */
/** A lazily loaded library could not be loaded: the scan that needed it is incomplete. */
export class LibraryLoadError extends Error {
  constructor(
    readonly library: string,
    cause: unknown,
  ) {
    super(
      `the library ${library} could not be loaded (${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}): inert's installation is incomplete; reinstall it`,
    );
    this.name = 'LibraryLoadError';
  }
}

/** Names whose loads fail on purpose (tests: a broken installation); empty in every real run. */
const failing = new Set<string>();

/**
 * A loader for `library`: `load` runs once, on the first call (each package passes its own
 * `createRequire(import.meta.url)`, so the library resolves from the package that depends on it).
 * Any failure becomes a LibraryLoadError; a failed load is retried on the next call.
 */
export function lazyLibrary<T>(library: string, load: () => T): () => T {
  let loaded: T | undefined;
  return () => {
    if (failing.size > 0 && failing.has(library))
      throw new LibraryLoadError(library, new Error('made to fail by a test (failLibraryLoads)'));
    if (loaded !== undefined) return loaded;
    try {
      return (loaded = load());
    } catch (error) {
      throw new LibraryLoadError(library, error);
    }
  };
}

/**
 * Tests only (exported from `@inert/core/testing`): every later load of these libraries fails as in a
 * broken installation, until the returned function is called.
 */
export function failLibraryLoads(libraries: readonly string[]): () => void {
  for (const name of libraries) failing.add(name);
  return () => {
    for (const name of libraries) failing.delete(name);
  };
}

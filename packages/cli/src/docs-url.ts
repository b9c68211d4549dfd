/** The docs base URL, in its own module: main and the docs generator both import it, neither imports the other. */
import { VERSION } from '@inert/core';

/**
 * Where SARIF rules' helpUri points: the docs pages as the published @inert/cli of this version ships
 * them (its prepack generates docs/checks/** into the package), served by unpkg. `--docs-url` overrides it.
 */
export const DOCS_BASE_URL = `https://unpkg.com/@inert/cli@${VERSION}/`;

/**
 * The CI plugin's contract and every corpus/ci case, with the one harness every plugin uses
 * (`testPlugin`, #24.2). It runs here, not in plugins/ci, because the CI plugin reads commands with
 * every ecosystem plugin's rules and a plugin package depends on no other plugin.
 */
import { PLUGINS } from '@inert/cli';
import { testPlugin } from '@inert/testing';

const ci = PLUGINS.find((p) => p.ecosystem === 'ci')!;
testPlugin(ci, new URL('../', import.meta.url), { alongside: PLUGINS.filter((p) => p !== ci) });

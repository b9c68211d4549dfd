/** The plugin list: one import and one entry per plugin (a test keeps it equal to plugins/). */
import type { AnyPlugin } from '@inert/core';
import { npm } from '@inert/plugin-npm';
import { pip } from '@inert/plugin-pip';
import { go } from '@inert/plugin-go';
import { gradle } from '@inert/plugin-gradle';
import { cargo } from '@inert/plugin-cargo';
import { gem } from '@inert/plugin-gem';
import { ci } from '@inert/plugin-ci';

/** Ecosystem plugins, in docs order. */
export const ECOSYSTEM_PLUGINS: readonly AnyPlugin[] = [npm, pip, cargo, gem, go, gradle];

/** Every plugin a scan runs: the ecosystems, and the CI plugin, which the scan hands their command rules. */
export const PLUGINS: readonly AnyPlugin[] = [...ECOSYSTEM_PLUGINS, ci];

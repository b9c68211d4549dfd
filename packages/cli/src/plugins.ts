/** The plugin list: one import and one entry per ecosystem (a test keeps it equal to plugins/). */
import type { AnyPlugin } from '@inert/core';
import { npm } from '@inert/plugin-npm';

export const PLUGINS: readonly AnyPlugin[] = [npm];

/**
 * The gradle plugin's `commandContext`: per directory a command runs in, the publishing credentials its
 * build scripts (and, in a multi-project build, those of the projects below it, which `publish` runs too) declare, and the keys of
 * the committed gradle.properties there, for the publish rule (commands.ts).
 */
import type { CommandContext } from '@inert/core';
import type { GradleModel, PublishCredential } from './model.js';

export interface GradleCommandContext {
  publishCredentials: readonly PublishCredential[];
  /** Keys of gradle.properties files at or above the directory (committed project properties). */
  committedProperties: ReadonlySet<string>;
}

const under = (path: string, dir: string) => dir === '' || path === dir || path.startsWith(`${dir}/`);

export function commandContext(model: GradleModel): (dir: string) => CommandContext | undefined {
  const cache = new Map<string, CommandContext | undefined>();
  return (dir) => {
    if (!cache.has(dir)) {
      // A settings script makes the directory a multi-project build: its subprojects' scripts run too
      // (approximated by every script below it; the `include` list is not read). Without one, only
      // this directory's build script.
      const multi = model.scripts.some((s) => s.dir === dir && s.kind === 'settings');
      const publishCredentials = model.scripts
        .filter((s) => (multi ? under(s.dir, dir) : s.dir === dir))
        .flatMap((s) => s.publishCredentials ?? []);
      const committedProperties = new Set(
        model.properties
          .filter((p) => {
            const pdir = p.path.includes('/') ? p.path.slice(0, p.path.lastIndexOf('/')) : '';
            return under(dir, pdir);
          })
          .flatMap((p) => p.entries.map((e) => e.key)),
      );
      const context: GradleCommandContext = { publishCredentials, committedProperties };
      cache.set(dir, publishCredentials.length > 0 ? (context as unknown as CommandContext) : undefined);
    }
    return cache.get(dir);
  };
}

export function gradleContextOf(context: CommandContext | undefined): GradleCommandContext | undefined {
  const c = context as Partial<GradleCommandContext> | undefined;
  return c && Array.isArray(c.publishCredentials) && c.committedProperties instanceof Set
    ? (c as GradleCommandContext)
    : undefined;
}

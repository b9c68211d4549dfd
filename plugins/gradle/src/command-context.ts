/**
 * The gradle plugin's `commandContext`: per directory a command runs in, the publishing credentials its
 * build scripts (and, in a multi-project build, those of the projects its settings script includes, which
 * `publish` runs too) declare, and the keys of
 * the committed gradle.properties there, for the publish rule (commands.ts).
 */
import type { CommandContext } from '@inert/core';
import { pluginCredentials } from './plugin-credentials.js';
import type { At, GradleModel, PublishCredential, Script, SettingsIncludes } from './model.js';

export interface GradleCommandContext {
  publishCredentials: readonly PublishCredential[];
  /** Keys of gradle.properties files at or above the directory (committed project properties). */
  committedProperties: ReadonlySet<string>;
  /**
   * When the settings script's `include` list is computed: where and why, and the credentials of the
   * build scripts below the directory the literal list does not include (they may or may not publish).
   */
  includesUndeterminable?: { at: At; why: string; credentials: readonly PublishCredential[] };
}

const under = (path: string, dir: string) => dir === '' || path === dir || path.startsWith(`${dir}/`);

/** The directories of a build's projects: the root and what its settings script includes (a moved project only where it moved). */
function projectDirs(dir: string, includes: SettingsIncludes | undefined): Set<string> {
  const projects = includes?.projects ?? [];
  const moved = new Set(projects.filter((p) => p.moved).map((p) => p.path));
  return new Set([dir, ...projects.filter((p) => p.moved || !moved.has(p.path)).map((p) => p.dir)]);
}

export function commandContext(model: GradleModel): (dir: string) => CommandContext | undefined {
  const cache = new Map<string, CommandContext | undefined>();
  return (dir) => {
    if (!cache.has(dir)) {
      // A settings script makes the directory a multi-project build: the subprojects its `include` list
      // names run `publish` too (load/settings-includes.ts). Without one, only this directory's build script.
      const settings = model.scripts.find((s) => s.dir === dir && s.kind === 'settings');
      const projects = projectDirs(dir, settings?.includes);
      const credentialsOf = (keep: (s: Script) => boolean) =>
        model.scripts
          .filter((s) => s.kind !== 'settings' && keep(s))
          .flatMap((s) => [...(s.publishCredentials ?? []), ...pluginCredentials(s, model.catalogs)]);
      // com.gradleup.nmcp.settings configures its Central Portal credential in the settings script.
      const publishCredentials = [
        ...credentialsOf((s) => projects.has(s.dir)),
        ...(settings?.pluginBlockCredentials ?? []),
      ];
      const computed = settings?.includes?.computed[0];
      const maybe = computed ? credentialsOf((s) => under(s.dir, dir) && !projects.has(s.dir)) : [];
      const committedProperties = new Set(
        model.properties
          .filter((p) => {
            const pdir = p.path.includes('/') ? p.path.slice(0, p.path.lastIndexOf('/')) : '';
            return under(dir, pdir);
          })
          .flatMap((p) => p.entries.map((e) => e.key)),
      );
      const context: GradleCommandContext = {
        publishCredentials,
        committedProperties,
        ...(computed && maybe.length > 0
          ? {
              includesUndeterminable: {
                at: { file: computed.file, line: computed.line, column: computed.column },
                why: computed.why,
                credentials: maybe,
              },
            }
          : {}),
      };
      cache.set(dir, publishCredentials.length + maybe.length > 0 ? (context as unknown as CommandContext) : undefined);
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

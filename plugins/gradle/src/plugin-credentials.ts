/**
 * Publishing credentials a plugin reads by itself, with no `credentials { }` block in the script:
 * com.vanniktech.maven.publish (and its `.base` plugin) uploads to the Central Portal, and to its
 * snapshot repository, with the project properties `mavenCentralUsername`/`mavenCentralPassword`
 * (`ORG_GRADLE_PROJECT_mavenCentralPassword`, `-PmavenCentralPassword=`, gradle.properties); its
 * `signingInMemoryKey*` properties sign the artifacts and never authenticate the upload.
 * Read in the plugin's source at 0.37.0 (7017e3d3): MavenPublishBaseExtension.kt `publishToMavenCentral`
 * (`gradleProperty("mavenCentralPassword")`, a `mavenCentral` repository with `PasswordCredentials`);
 * the property exists since 0.18.0.
 * https://github.com/vanniktech/gradle-maven-publish-plugin/blob/0.37.0/plugin/src/main/kotlin/com/vanniktech/maven/publish/MavenPublishBaseExtension.kt
 * io.github.gradle-nexus.publish-plugin gives each `nexusPublishing` repository the root project's
 * properties `<name>Username`/`<name>Password` by convention; its documented `sonatype()` repository
 * reads `sonatypePassword`. Read at v2.0.0 (c550fe9a): NexusPublishPlugin.kt
 * (`rootProject.findProperty("${it.name}Password")`), DefaultNexusRepositoryContainer.kt
 * (`create("sonatype")`). The repositories a script's `nexusPublishing` block declares, with their names and
 * any password they set, are read by load/nexus-repositories.ts and replace the `sonatype` default.
 * https://github.com/gradle-nexus/publish-plugin/blob/v2.0.0/src/main/kotlin/io/github/gradlenexus/publishplugin/NexusPublishPlugin.kt
 */
import type { At, Catalog, PublishCredential, Script } from './model.js';
import { NEXUS_PLUGIN } from './load/nexus-repositories.js';

/** Plugin id → the project property that is its repository password. */
const PLUGIN_PASSWORDS: Readonly<Record<string, string>> = {
  'com.vanniktech.maven.publish': 'mavenCentralPassword',
  'com.vanniktech.maven.publish.base': 'mavenCentralPassword',
  [NEXUS_PLUGIN]: 'sonatypePassword',
};

/** Gradle's catalog accessors: `-`, `_` and `.` in an alias all become `.`. */
const accessorOf = (alias: string) => alias.replace(/[-_]/g, '.');

/** The credentials the plugins a build script applies read on their own. */
export function pluginCredentials(script: Script, catalogs: readonly Catalog[]): PublishCredential[] {
  const applied: { id: string; at: At }[] = [...script.plugins, ...script.appliedPlugins];
  for (const alias of script.pluginAliases) {
    const entry = catalogs.flatMap((c) => c.plugins).find((p) => accessorOf(p.alias) === alias.accessor);
    if (entry) applied.push({ id: entry.group, at: alias.at });
  }
  const out: PublishCredential[] = [...(script.pluginBlockCredentials ?? [])];
  for (const p of applied) {
    const property = PLUGIN_PASSWORDS[p.id];
    if (property && !out.some((c) => c.via === p.id))
      out.push({ field: 'password', via: p.id, sources: [{ kind: 'property', name: property }], at: p.at });
  }
  return out;
}

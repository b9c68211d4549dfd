/** Gradle inventory: the declared repositories, in the order Gradle asks them. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DirectorySource, scan } from '@inert/core';
import { gradle } from './index.js';

const root = new URL('../../../', import.meta.url);

describe('gradle inventory', () => {
  it('lists every declared repository, block by block in the order Gradle asks them', async () => {
    const result = await scan(
      new DirectorySource(fileURLToPath(new URL('corpus/gradle/clean--public-repositories-only', root))),
      { plugins: [gradle] },
    );
    expect(result.inventory.sources.map((s) => [s.line, s.role, s.url])).toEqual([
      [3, 'pluginManagement repository 1 (google)', 'https://dl.google.com/dl/android/maven2/'],
      [4, 'pluginManagement repository 2 (mavenCentral)', 'https://repo.maven.apache.org/maven2/'],
      [5, 'pluginManagement repository 3 (gradlePluginPortal)', 'https://plugins.gradle.org/m2/'],
      [11, 'dependencyResolutionManagement repository 1 (google)', 'https://dl.google.com/dl/android/maven2/'],
      [12, 'dependencyResolutionManagement repository 2 (maven)', 'https://repo.maven.apache.org/maven2/'],
    ]);
    expect(result.inventory.sources.every((s) => s.ecosystem === 'gradle' && s.file === 'settings.gradle.kts')).toBe(
      true,
    );
  });
});

/** Several repositories and no content filtering: any repository can answer for any coordinate. https://docs.gradle.org/current/userguide/filtering_repository_content.html */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';
import { reposWithoutContentFilterMeta } from './repos-without-content-filter.meta.js';

/** Registries with verified namespaces run by their operators; mixing only these is not the confusion shape. */
const PUBLIC_KINDS = new Set(['mavenCentral', 'google', 'gradlePluginPortal', 'jcenter']);
const PUBLIC_URL =
  /^https:\/\/(?:repo1?\.maven\.org\/maven2|repo\.maven\.apache\.org\/maven2|dl\.google\.com\/(?:dl\/android\/)?maven2|maven\.google\.com|plugins\.gradle\.org\/m2)\/?$/;

export const reposWithoutContentFilter = defineCheck<GradleModel>()({
  ...reposWithoutContentFilterMeta,
  run(model, report) {
    for (const s of model.scripts) {
      for (const block of new Set(s.repos.map((r) => r.block))) {
        const repos = s.repos.filter((r) => r.block === block);
        // publishing { repositories {} } lists upload targets, not sources.
        if (repos[0]?.scope === 'publishing') continue;
        const distinct = new Set(repos.map((r) => r.url ?? r.kind));
        const custom = repos.some((r) => !PUBLIC_KINDS.has(r.kind) && !(r.url && PUBLIC_URL.test(r.url)));
        if (distinct.size < 2 || !custom || repos.some((r) => r.filtered)) continue;
        report({
          messageId: 'unfiltered',
          data: { file: s.path, count: distinct.size, kinds: [...distinct].join(', ') },
          at: repos[0]!.at,
          key: `${repos[0]!.scope}:${[...distinct].join(',')}`,
        });
      }
    }
  },
});

/** Several repositories and no content filtering: any repository can answer for any coordinate. https://docs.gradle.org/current/userguide/filtering_repository_content.html */
import { defineCheck } from '@inert/core';
import type { GradleModel } from '../model.js';

/** Registries with verified namespaces run by their operators; mixing only these is not the confusion shape. */
const PUBLIC_KINDS = new Set(['mavenCentral', 'google', 'gradlePluginPortal', 'jcenter']);
const PUBLIC_URL =
  /^https:\/\/(?:repo1?\.maven\.org\/maven2|repo\.maven\.apache\.org\/maven2|dl\.google\.com\/(?:dl\/android\/)?maven2|maven\.google\.com|plugins\.gradle\.org\/m2)\/?$/;

export const reposWithoutContentFilter = defineCheck<GradleModel>()({
  id: 'repos-without-content-filter',
  question: 'multi-source-resolution',
  title: 'Several repositories can serve any dependency',
  description:
    'A `repositories {}` block lists several repositories and none uses `content {}` or `exclusiveContent {}`. Gradle asks them in order for every coordinate, so a repository earlier in the list (or a compromised one) can serve an artifact meant to come from another — dependency confusion between an internal repository and Maven Central.',
  severity: 'medium',
  confidence: 'medium',
  messages: {
    unfiltered: '{file}: {count} repositories ({kinds}) in one block, none filtered by content',
  },
  remediation:
    'Declare which groups each repository serves with `exclusiveContent { forRepository { … }; filter { includeGroup("com.acme") } }` or `content { includeGroupByRegex("com\\\\.acme\\\\..*") }`.',
  limitations:
    'Blocks that list only Maven Central, Google, the Gradle Plugin Portal and JCenter are not reported (their namespaces are verified by their operators). Repositories declared by plugins or init scripts outside the checkout are not seen.',
  reads: ['build-script'],
  examples: {
    bad: ['repos-without-content-filter--internal-and-central'],
    good: ['clean--exclusive-content', 'clean--public-repositories-only'],
  },
  since: 'next',
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

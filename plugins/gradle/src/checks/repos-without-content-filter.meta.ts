/** The metadata of gradle/repos-without-content-filter: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const reposWithoutContentFilterMeta = {
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
} as const satisfies CheckMeta;

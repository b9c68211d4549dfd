/** The metadata of ci/gradle-wrapper-unvalidated: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const gradleWrapperUnvalidatedMeta = {
  id: 'gradle-wrapper-unvalidated',
  question: 'pre-install-execution',
  title: 'CI runs the Gradle wrapper without validating it',
  description:
    'A workflow runs `./gradlew`, which executes the checked-in `gradle/wrapper/gradle-wrapper.jar`, and no step validates that jar against Gradle\u2019s published checksums (`gradle/actions/wrapper-validation`, or `gradle/actions/setup-gradle` v4+, which validates by default). A pull request that swaps the jar runs its code in CI.',
  severity: 'low',
  confidence: 'medium',
  messages: {
    unvalidated: '{file} runs the Gradle wrapper and no step validates gradle-wrapper.jar',
  },
  remediation:
    'Add `uses: gradle/actions/wrapper-validation@<sha>` before the first `./gradlew` step, or set up Gradle with `gradle/actions/setup-gradle` v4 or later.',
  limitations: 'Validation in another workflow (for example a separate pull-request check) is not linked to this one.',
  reads: ['ci'],
  examples: {
    bad: ['gradle-wrapper-unvalidated--gradlew-build'],
    good: ['clean--gradle-wrapper-validated', 'clean--gradle-wrapper-in-local-action'],
  },
  since: 'next',
} as const satisfies CheckMeta;

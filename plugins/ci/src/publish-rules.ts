/**
 * The CI plugin's own publish rules: routes no ecosystem plugin owns (container images, snaps,
 * GitLab's package registry API called with curl, JReleaser's Maven deploy). Ecosystem clients keep their routes in their
 * plugins; these are listed on docs/ci/publish-routes.md beside them.
 */
import type { CommandRule } from '@inert/core';
import { containerRules } from './publish-containers.js';
import { jreleaserRules } from './publish-jreleaser.js';
import { otherPublishRules } from './publish-other.js';

export const publishRules: readonly CommandRule[] = [...containerRules, ...otherPublishRules, ...jreleaserRules];

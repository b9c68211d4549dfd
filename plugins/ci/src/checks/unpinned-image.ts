/**
 * Container images a job, a service, a `docker://` step, a GitLab `image:`/`services:` entry or a
 * Dockerfile `FROM`/`COPY --from`/`RUN --mount from=` uses by a tag (or no tag) rather than a digest:
 * the registry decides what runs.
 * https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier
 */
import { defineCheck, type Severity } from '@inert/core';
import type { CiModel, Located } from '../model.js';
import { unpinnedImageMeta } from './unpinned-image.meta.js';

interface ImageUse {
  image: string;
  at: Located;
  /** `container image of job build`, `service postgres of job test`, `docker:// step of job x`, `FROM`. */
  role: string;
}

export const unpinnedImage = defineCheck<CiModel>()({
  ...unpinnedImageMeta,
  run(model, report) {
    for (const use of imageUses(model)) {
      const image = use.image.trim();
      if (image === '' || image.includes('${{') || image.includes('@sha256:')) continue;
      const tag = tagOf(image);
      // `latest`, `alpine`, `stable`: a tag that names no version follows every push.
      const latest = tag === undefined || !/\d/.test(tag);
      const severity: Severity = latest ? 'medium' : 'low';
      report({
        messageId: latest ? 'untagged' : 'tagged',
        data: {
          role: use.role,
          image,
          tag: tag === undefined ? 'no tag (`latest`)' : latest ? `the tag \`${tag}\`` : tag,
        },
        at: use.at,
        evidence: image,
        severity,
        key: `${use.at.line}:${use.at.column}`,
      });
    }
  },
});

function imageUses(model: CiModel): ImageUse[] {
  const out: ImageUse[] = [];
  for (const workflow of model.workflows)
    for (const job of workflow.jobs) {
      if (job.container) out.push({ ...job.container, role: `the container of job ${job.id}` });
      for (const s of job.services) out.push({ image: s.image, at: s.at, role: `service ${s.name} of job ${job.id}` });
      for (const step of job.steps)
        if (step.uses?.startsWith('docker://') && step.usesAt)
          out.push({
            image: step.uses.slice('docker://'.length),
            at: step.usesAt,
            role: `step ${step.name ?? step.id ?? step.index + 1} of job ${job.id}`,
          });
    }
  for (const base of model.baseImages ?? [])
    if (!base.dynamic) out.push({ image: base.image, at: base.at, role: base.role ?? 'the Dockerfile\u2019s `FROM`' });
  return out;
}

/** The tag of `[registry[:port]/]name[:tag]`: after the last `:` of the last path segment. */
export function tagOf(image: string): string | undefined {
  const name = image.split('@')[0]!;
  const last = name.slice(name.lastIndexOf('/') + 1);
  const colon = last.lastIndexOf(':');
  return colon < 0 ? undefined : last.slice(colon + 1);
}

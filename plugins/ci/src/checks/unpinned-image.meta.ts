/** The metadata of ci/unpinned-image: data the plugin's rules list reads without loading the check (docs/decisions/0031). */
import type { CheckMeta } from '@inert/core';

export const unpinnedImageMeta = {
  id: 'unpinned-image',
  question: 'own-supply-chain',
  title: 'A container image is not pinned by digest',
  description:
    'A tag is a name the image\u2019s publisher (or whoever holds their registry credentials) can point at new bytes at any time; only a digest (`image@sha256:\u2026`) names one image. A job\u2019s `container:`, its `services:`, a `docker://` step and a Dockerfile\u2019s `FROM` pull whatever the tag points to when the job runs, and that image runs with the job\u2019s token and secrets or becomes the base of what the build ships. No tag, or `latest`, changes with every push of the publisher; a version tag changes when it is re-pushed. In April 2019 an intruder read a Docker Hub database holding the GitHub and Bitbucket tokens of about 190,000 accounts\u2019 automated builds, the credentials that rebuild and re-push those accounts\u2019 tags; Docker revoked them and asked users to check their images for tampering (https://snyk.io/blog/190000-users-affected-by-docker-hubs-security-breach-now-what/). Tags are mutable by design: Aqua describes how tags drift (https://www.aquasec.com/blog/docker-image-tags/). zizmor\u2019s `unpinned-images` audit reports workflow images the same way (https://docs.zizmor.sh/audits/#unpinned-images); this check also reads `docker://` steps, GitLab CI `image:` and `services:` (at the top level, under `default:` and in each job, as a string or as `name:`; https://docs.gitlab.com/ci/yaml/#image) and Dockerfiles: `FROM`, and `COPY --from=` / `RUN --mount=\u2026,from=` when they name an image rather than a stage \u2014 the files of that image are copied into, or mounted for, the build (https://docs.docker.com/reference/dockerfile/#copy---from). `FROM scratch`, `FROM <earlier stage>`, and a `--from` that names any stage of the file (case-insensitive) or a stage index are not images and are not reported; build arguments declared before the first `FROM` are substituted as Docker does.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'medium',
      when: 'the image has no tag, the `latest` tag, or another tag without a version number (`alpine`, `stable`, `lts`): it changes whenever its publisher pushes',
    },
    {
      severity: 'low',
      when: 'the tag names a version (`node:20.11-alpine`, `postgres:13`): it changes when the publisher re-pushes it (a patch release, a rebuilt base)',
    },
  ],
  confidence: 'high',
  messages: {
    untagged:
      '{role} uses `{image}` with {tag}, which moves with every push of its publisher; pin it by digest (`@sha256:\u2026`)',
    tagged: '{role} uses `{image}` by the tag `{tag}`, which can be re-pushed; pin it by digest (`@sha256:\u2026`)',
  },
  remediation:
    'Pin each image by digest and keep the tag as a comment or beside it (`node:20.11-alpine@sha256:\u2026`), and let Dependabot (`package-ecosystem: docker`) or Renovate update the digest. `docker buildx imagetools inspect node:20.11-alpine` prints the digest.',
  limitations:
    'An image chosen by an expression (`${{ matrix.image }}`), by a GitLab variable (`$CI_REGISTRY_IMAGE/builder`, `${PYTHON_IMAGE}`), by a build argument without a default, or by a variable in a `--from` is decided at run time: not determinable, not reported. GitLab images inherited through `extends:` are reported once, where they are written. Images pulled by scripts (`docker run`, `docker pull`) are not read.',
  reads: ['ci'],
  examples: {
    bad: ['unpinned-image--tags-and-latest', 'unpinned-image--gitlab-and-copy-from'],
    good: ['clean--images-by-digest', 'clean--gitlab-images-and-stages'],
  },
  since: 'next',
} as const satisfies CheckMeta;

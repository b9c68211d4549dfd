/** Publishing authenticated by a stored, long-lived token instead of trusted publishing. */
import { defineCheck } from '@inert/core';
import type { CiCommand, CiModel } from '../model.js';
import { basename } from '../script.js';

/** Variables each client reads a publish credential from, and the ecosystem whose registry takes it. */
const TOKEN_VARIABLES: Readonly<Record<string, string>> = {
  NODE_AUTH_TOKEN: 'npm',
  NPM_TOKEN: 'npm',
  TWINE_PASSWORD: 'pip',
  UV_PUBLISH_TOKEN: 'pip',
  POETRY_PYPI_TOKEN_PYPI: 'pip',
  HATCH_INDEX_AUTH: 'pip',
  FLIT_PASSWORD: 'pip',
  CARGO_REGISTRY_TOKEN: 'cargo',
  GEM_HOST_API_KEY: 'gem',
  ANACONDA_API_TOKEN: 'ci',
  SNAPCRAFT_STORE_CREDENTIALS: 'ci',
  DOCKER_PASSWORD: 'ci',
  DOCKERHUB_TOKEN: 'ci',
};
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'pwsh', 'python', 'python3', 'node', 'ruby']);

export const publishLongLivedToken = defineCheck<CiModel>()({
  id: 'publish-long-lived-token',
  question: 'publish-credentials',
  title: 'A release is published with a long-lived token',
  description:
    'A publish step authenticates with a stored secret (`NODE_AUTH_TOKEN`, `TWINE_PASSWORD`, the PyPI action\u2019s `password:`, `CARGO_REGISTRY_TOKEN`, `GEM_HOST_API_KEY` …) instead of trusted publishing (OIDC). A long-lived token can leak from logs, caches or a compromised dependency of the job and be used from anywhere until someone revokes it; an OIDC token is minted per run and bound to the workflow. Container pushes (`docker push`, docker/build-push-action) take the credential of the job\u2019s registry login, the Snap Store takes `SNAPCRAFT_STORE_CREDENTIALS`. The job\u2019s own token (`GITHUB_TOKEN` for GitHub Packages, GitLab\u2019s `CI_JOB_TOKEN`) expires with the job and is not reported.',
  severity: 'medium',
  confidence: 'medium',
  messages: {
    token: '{ecosystem}: `{command}` in job {job} publishes with a stored token: {reason}',
    tokenWithOidc:
      '{ecosystem}: `{command}` in job {job} publishes with a stored token although the job can mint an OIDC token (id-token: write): {reason}',
    tokenNoExchange:
      '{ecosystem}: `{command}` in job {job} publishes with a stored token; the job can mint an OIDC token (id-token: write), but this client cannot exchange it, so trusted publishing needs another client: {reason}',
    wrapper:
      '{ecosystem}: `{command}` in job {job} runs a project script with the publish token {variable} from {source} in its environment: a release routed through a wrapper, authenticated by a stored token{oidc}',
  },
  remediation:
    'Configure trusted publishing on the registry (npm, PyPI, crates.io, RubyGems, prefix.dev support it), grant `id-token: write` to the release job only, and delete the stored token; `bun publish` and Yarn 1\u2019s `yarn publish` cannot exchange an OIDC token, so publish those packages with `npm publish` (npm >= 11.5.1) or `pnpm publish` (pnpm >= 11.0.0) under trusted publishing. For GitHub Packages (ghcr.io, npm.pkg.github.com, maven.pkg.github.com) use the job\u2019s `GITHUB_TOKEN` with `packages: write`; on GitLab, `CI_JOB_TOKEN`; for registries without trusted publishing (Docker Hub, the Snap Store, anaconda.org) use a token scoped to the one repository or package, kept in an environment with required reviewers.',
  limitations:
    'Only what the workflow shows. A wrapper script (`./scripts/release.sh`, `make release`, `python tools/publish.py`) run with a client\u2019s token variable from a secret is reported as a publish route even when its text is not in the checkout or publishes through a program no rule knows; when the script is read and its publish command is judged, that command is reported instead. A token injected by another system (a vault action, a credentials file written earlier) is not seen.',
  reads: ['ci'],
  examples: {
    bad: [
      'publish-long-lived-token--npm-and-pypi',
      'publish-long-lived-token--wrapper-scripts',
      'publish-long-lived-token--images-snaps-conda',
      'publish-long-lived-token--gitlab-packages',
      'publish-long-lived-token--maven-settings',
      'publish-long-lived-token--gradle-build-credentials',
      'publish-long-lived-token--registry-login-passwords',
      'publish-without-provenance--no-signer',
    ],
    good: [
      'clean--trusted-publishing',
      'clean--job-tokens-and-oidc-uploads',
      'clean--maven-settings-job-tokens',
      'clean--gradle-build-job-tokens',
    ],
  },
  since: 'next',
  run(model, report) {
    for (const v of model.verdicts) {
      if (v.verdict.action !== 'publish' || v.verdict.auth !== 'token') continue;
      report({
        // bun publish and Yarn 1's yarn publish have no OIDC exchange: `id-token: write` alone does not free them of the token.
        messageId: !v.idToken ? 'token' : v.verdict.oidcExchange === false ? 'tokenNoExchange' : 'tokenWithOidc',
        ecosystem: v.ecosystem,
        data: { ecosystem: v.ecosystem, command: v.text, job: v.job ?? '-', reason: v.verdict.reason },
        at: v.at,
        evidence: v.text,
        key: `${v.job ?? ''}:${v.text}`,
      });
    }
    // Scripts whose own publish command was judged above are not reported again as wrappers.
    const judged = new Set(model.verdicts.filter((v) => v.verdict.action === 'publish').map((v) => v.at.file));
    for (const c of model.commands) {
      if (c.dynamic || c.command.origin !== 'github-actions') continue;
      const script = wrapperScript(c);
      if (!script || judged.has(script)) continue;
      const token = Object.entries(TOKEN_VARIABLES).find(([name]) => /\bsecrets\./.test(c.command.env[name] ?? ''));
      if (!token) continue;
      const [variable, ecosystem] = token;
      report({
        messageId: 'wrapper',
        ecosystem,
        data: {
          ecosystem,
          command: c.command.text,
          job: c.command.job ?? '-',
          variable: `\`${variable}\``,
          source: `\`${c.command.env[variable]}\``,
          oidc: c.command.idToken ? ' although the job can mint an OIDC token (id-token: write)' : '',
        },
        at: { file: c.command.file, line: c.command.line, column: c.command.column },
        evidence: c.command.text,
        key: `${c.command.job ?? ''}:${c.command.text}`,
      });
    }
  },
});

/** The project script a command runs (`./scripts/release.sh`, `bash ci/publish.sh`, `make release`), as a path; undefined for programs on PATH. */
function wrapperScript(c: CiCommand): string | undefined {
  const [program = '', first = ''] = c.command.argv;
  const local = (p: string) =>
    !p.startsWith('/') &&
    !p.startsWith('$') &&
    !p.startsWith('-') &&
    (p.includes('/') || /\.(?:sh|bash|py|js|mjs|rb|ps1)$/.test(p));
  if (program.includes('/') && local(program)) return program.replace(/^(\.\/)+/, '');
  if (SHELLS.has(basename(program)) && local(first)) return first.replace(/^(\.\/)+/, '');
  if (basename(program) === 'make' || basename(program) === 'just') return `${basename(program)} ${first}`.trim();
  return undefined;
}

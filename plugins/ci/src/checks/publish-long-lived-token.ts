/** Publishing authenticated by a stored, long-lived token instead of trusted publishing. */
import { defineCheck } from '@inert/core';
import type { CiCommand, CiModel } from '../model.js';
import { basename } from '../script.js';
import { publishLongLivedTokenMeta } from './publish-long-lived-token.meta.js';

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
  ...publishLongLivedTokenMeta,
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

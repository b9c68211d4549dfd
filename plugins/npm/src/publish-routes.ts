/** The npm-registry publish routes the npm plugin's rules recognise (docs/ci/publish-routes.md is generated from them; a test runs every form). */
import type { PublishRoute } from '@inert/core';

const TOKENS =
  '`NODE_AUTH_TOKEN` (what the `.npmrc` of actions/setup-node with `registry-url` reads), `NPM_TOKEN`, `NPM_AUTH_TOKEN` in the step env: token';
const OIDC =
  '`id-token: write` and no token variable: `oidc` (inert does not check that the client version can exchange it)';
const TRUSTED = {
  url: 'https://docs.npmjs.com/trusted-publishers',
  holds: 'npm >= 11.5.1: trusted publishing from GitHub Actions and GitLab CI',
};

export const PUBLISH_ROUTES: readonly PublishRoute[] = [
  {
    registry: 'npm registry',
    client: 'npm',
    forms: ['npm publish', 'npm publish --provenance --access public', 'npm stage publish'],
    notPublishing: ['npm publish --dry-run', 'npm pack'],
    credentials: [TOKENS],
    oidc: '`id-token: write` and no token variable: `oidc`',
    provenance: '`--provenance`, `NPM_CONFIG_PROVENANCE=true`, or trusted publishing (automatic)',
    sources: [
      TRUSTED,
      { url: 'https://docs.npmjs.com/generating-provenance-statements', holds: 'npm >= 9.5.0: `--provenance`' },
      {
        url: 'https://docs.npmjs.com/staged-publishing',
        holds: 'npm >= 11.15.0: `npm stage publish`, approved later with 2FA',
      },
      {
        url: 'https://docs.github.com/en/actions/tutorials/publish-packages/publish-nodejs-packages',
        holds: 'actions/setup-node v4: `.npmrc` reads `NODE_AUTH_TOKEN`',
      },
    ],
  },
  {
    registry: 'npm registry',
    client: 'pnpm',
    forms: ['pnpm publish', 'pnpm -r publish', 'pnpm --filter app publish --provenance', 'pnpm stage publish'],
    notPublishing: ['pnpm publish --dry-run', 'pnpm -r publish --dry-run'],
    credentials: [TOKENS],
    oidc: '`id-token: write` and no token variable: `oidc`. pnpm >= 11.0.0 exchanges the OIDC token itself; pnpm 10 runs `npm publish`, so trusted publishing works only with npm >= 11.5.1 on the runner (inert does not check which)',
    provenance: '`--provenance` or `NPM_CONFIG_PROVENANCE=true`',
    sources: [
      { url: 'https://pnpm.io/cli/publish', holds: 'pnpm 10: `publish`, `-r`, `--dry-run`, `--provenance`' },
      {
        url: 'https://github.com/pnpm/pnpm/pull/10591',
        holds:
          'pnpm 11.0.0: `pnpm publish` no longer runs the npm CLI and does the OIDC exchange itself (read in source: commit cc7c0d22, first in v11.0.0)',
      },
      { url: 'https://pnpm.io/cli/stage', holds: 'pnpm >= 11.3.0: `pnpm stage publish`' },
    ],
  },
  {
    registry: 'npm registry',
    client: 'Yarn (classic and berry)',
    forms: ['yarn npm publish', 'yarn publish', 'yarn workspaces foreach -A npm publish --tolerate-republish'],
    credentials: [`${TOKENS}; \`YARN_NPM_AUTH_TOKEN\` (berry): token`],
    oidc: '`id-token: write` and no token variable: `oidc` (`none-visible` for Yarn 1 `yarn publish`). `yarn npm publish` exchanges the OIDC token from Yarn 4.10.0 on GitHub Actions, on GitLab CI from 4.11.0 (4.10 tests a `GITLAB` variable GitLab does not set) and on CircleCI from 4.15.0; Yarn 1 `yarn publish` has none (no OIDC code in yarnpkg/yarn at 1.23.0-0); inert does not check which Yarn runs',
    provenance:
      '`--provenance`, `publishConfig.provenance` or `npmPublishProvenance` (`YARN_NPM_PUBLISH_PROVENANCE=true`) for `yarn npm publish` from Yarn 4.9.0 (berry does not read `NPM_CONFIG_PROVENANCE`, and before 4.9.0 rejects `--provenance` as an unsupported option); none for Yarn 1 `yarn publish`, which accepts the flag and ignores it',
    sources: [
      { url: 'https://yarnpkg.com/cli/npm/publish', holds: 'Yarn 4: `yarn npm publish`, `--provenance`' },
      {
        url: 'https://github.com/yarnpkg/yarn/tree/v1.22.22/src',
        holds: 'Yarn 1.22.22: no provenance code; `yarn publish --provenance` goes on to log in and publish',
      },
      {
        url: 'https://yarnpkg.com/configuration/yarnrc#npmAuthToken',
        holds: 'Yarn 4: `npmAuthToken` from `YARN_NPM_AUTH_TOKEN`',
      },
      { url: 'https://classic.yarnpkg.com/en/docs/cli/publish', holds: 'Yarn 1: `yarn publish`' },
      {
        url: 'https://github.com/yarnpkg/berry/blob/%40yarnpkg/cli/4.10.0/packages/plugin-npm/sources/npmHttpUtils.ts',
        holds:
          'Yarn 4.10.0: `getOidcToken` in the published @yarnpkg/plugin-npm 3.3.0 and `allowOidc` in @yarnpkg/plugin-npm-cli 4.3.0, the versions @yarnpkg/cli 4.10.0 requires (absent from 4.9.4); `GITLAB_CI` from plugin-npm 3.4.0 (cli 4.11.0), `CIRCLECI` in the `allowOidc` gate from cli-dist 4.15.0 (yarnpkg/berry#7122)',
      },
    ],
  },
  {
    registry: 'npm registry',
    client: 'Bun',
    forms: ['bun publish'],
    notPublishing: ['bun publish --dry-run'],
    credentials: ['`NPM_CONFIG_TOKEN` (and the npm variables above) in the step env: token'],
    oidc: '`id-token: write` and no token variable: `none-visible`, not `oidc`: as of bun 1.4.5 `bun publish` has no OIDC exchange (it fails with \u201cmissing authentication\u201d unless a token is configured)',
    provenance:
      'none: `--provenance` and `NPM_CONFIG_PROVENANCE=true` sign nothing (bun before 1.4.4 ignores them and publishes; from 1.4.4 they are an error that stops the publish)',
    sources: [
      {
        url: 'https://bun.com/docs/cli/publish',
        holds: 'bun >= 1.1.30: `bun publish`, `--dry-run`, `NPM_CONFIG_TOKEN`',
      },
      {
        url: 'https://bun.com/docs/pm/cli/publish#provenance',
        holds:
          'bun 1.4.4 and 1.4.5: \u201cbun publish cannot generate provenance statements\u201d for `--provenance`, `publishConfig.provenance`, `NPM_CONFIG_PROVENANCE`; the 1.4.3 binary ignores them',
      },
      {
        url: 'https://github.com/oven-sh/bun/issues/22423',
        holds:
          'bun 1.4.5: no OIDC exchange (the linux-x64 binary has no `oidc/token/exchange` or `NPM_ID_TOKEN`; the OIDC pull request oven-sh/bun#29374 was closed unmerged)',
      },
    ],
  },
  {
    registry: 'npm registry',
    client: 'lerna',
    forms: ['lerna publish', 'npx lerna publish from-git', 'yarn lerna publish from-package'],
    notPublishing: ['lerna version', 'npx lerna run build'],
    credentials: [TOKENS],
    oidc: OIDC,
    provenance: '`NPM_CONFIG_PROVENANCE=true` or `--provenance` (else not judged: lerna.json may set it)',
    sources: [
      {
        url: 'https://lerna.js.org/docs/features/version-and-publish',
        holds: 'lerna 8: `lerna publish` publishes, `lerna version` only versions',
      },
    ],
  },
  {
    registry: 'npm registry',
    client: 'Changesets',
    forms: [
      'changeset publish',
      'yarn changeset publish',
      'pnpm exec changeset publish',
      'npx @changesets/cli publish',
    ],
    notPublishing: ['changeset version', 'yarn changeset status'],
    credentials: [TOKENS],
    oidc: OIDC,
    provenance: '`NPM_CONFIG_PROVENANCE=true` (else not judged)',
    sources: [
      {
        url: 'https://github.com/changesets/changesets/blob/main/packages/cli/README.md',
        holds: '@changesets/cli 2: `publish` runs the package manager\u2019s publish; `version` only versions',
      },
    ],
  },
  {
    registry: 'npm registry',
    client: 'changesets/action',
    forms: [
      { uses: 'changesets/action', with: { publish: 'yarn release' } },
      { uses: 'changesets/action', with: { 'publish-script': 'pnpm release' } },
      { uses: 'changesets/action/publish' },
    ],
    notPublishing: [{ uses: 'changesets/action', with: { version: 'yarn changeset version' } }],
    credentials: ['`NPM_TOKEN`, `NODE_AUTH_TOKEN` in the step env (v1 writes `NPM_TOKEN` into `~/.npmrc`): token'],
    oidc: OIDC,
    provenance: '`--provenance` in the publish command or `NPM_CONFIG_PROVENANCE=true` (else not judged)',
    sources: [
      {
        url: 'https://github.com/changesets/action#inputs',
        holds: 'changesets/action v1: `publish`; v2: `publish-script` and the `changesets/action/publish` sub-action',
      },
    ],
  },
  {
    registry: 'npm registry',
    client: 'JS-DevTools/npm-publish',
    forms: [
      { uses: 'JS-DevTools/npm-publish', with: { token: '${{ secrets.NPM_TOKEN }}' } },
      { uses: 'JS-DevTools/npm-publish' },
    ],
    notPublishing: [{ uses: 'JS-DevTools/npm-publish', with: { 'dry-run': 'true' } }],
    credentials: ['`token:` input: token'],
    oidc: 'no `token:` input and `id-token: write`: `oidc`',
    provenance: '`provenance: true`, or trusted publishing',
    sources: [
      {
        url: 'https://github.com/JS-DevTools/npm-publish#action-usage',
        holds: 'npm-publish v4: `token` optional with trusted publishing (npm >= 11.5.1), `provenance`, `dry-run`',
      },
    ],
  },
  {
    registry: 'npm registry',
    client: 'semantic-release',
    forms: ['semantic-release', 'npx semantic-release', 'npm exec -- semantic-release'],
    notPublishing: ['npx semantic-release --dry-run'],
    credentials: [TOKENS],
    oidc: OIDC,
    provenance: 'not judged (the npm plugin\u2019s config decides)',
    sources: [
      {
        url: 'https://semantic-release.gitbook.io/semantic-release/usage/configuration#dryrun',
        holds: 'semantic-release 24: `--dry-run`/`-d` skips publishing',
      },
    ],
  },
  {
    registry: 'npm registry',
    client: 'np',
    forms: ['np', 'npx np --yolo'],
    notPublishing: ['np --no-publish', 'np --preview'],
    credentials: [TOKENS],
    oidc: OIDC,
    sources: [
      {
        url: 'https://github.com/sindresorhus/np#usage',
        holds: 'np 10: `--no-publish` skips publishing, `--preview` runs nothing',
      },
    ],
  },
  {
    registry: 'npm registry',
    client: 'release-it',
    forms: ['release-it --ci', 'npx release-it minor --ci'],
    notPublishing: ['release-it --dry-run', 'release-it --ci --npm.publish=false', 'release-it --release-version'],
    credentials: [TOKENS],
    oidc: OIDC,
    sources: [
      {
        url: 'https://github.com/release-it/release-it/blob/main/docs/npm.md',
        holds: 'release-it 19: publishes to npm unless `npm.publish` is false; `--dry-run`',
      },
    ],
  },
  {
    registry: 'npm registry',
    client: 'Nx',
    forms: ['nx release publish', 'pnpm exec nx release publish --tag canary', 'nx release --yes'],
    notPublishing: ['nx release version', 'nx release --skip-publish', 'nx release publish --dry-run'],
    credentials: [TOKENS],
    oidc: OIDC,
    provenance: '`NPM_CONFIG_PROVENANCE=true` (else not judged)',
    sources: [
      {
        url: 'https://nx.dev/nx-api/nx/documents/release',
        holds:
          'Nx 20: `nx release` versions, writes changelogs and publishes unless `--skip-publish`; `nx release publish`; `--dry-run`',
      },
    ],
  },
  {
    registry: 'npm registry (or wherever the script publishes)',
    client: 'project scripts and plugin commands',
    forms: [
      'pnpm run ci-publish',
      'npm run publish:npm',
      'yarn release',
      'yarn release-tool publish --yes --provenance',
    ],
    notPublishing: [
      'yarn release-tool version --dry',
      'npm run release:notes',
      'npm run publish:docs',
      'pnpm run build',
    ],
    credentials: [TOKENS],
    oidc: OIDC,
    provenance: '`--provenance` on the line or `NPM_CONFIG_PROVENANCE=true` (else not judged)',
    sources: [
      {
        url: 'https://docs.npmjs.com/cli/commands/npm-run-script',
        holds: 'npm 11: `npm run <script>` runs package.json scripts',
      },
      {
        url: 'https://yarnpkg.com/advanced/plugin-tutorial',
        holds: 'Yarn 4: plugins add commands (babel\u2019s `yarn release-tool publish`)',
      },
    ],
  },
  {
    registry: 'GitHub Packages (npm.pkg.github.com)',
    client: 'npm, pnpm, Yarn, Bun',
    forms: ['npm publish --registry https://npm.pkg.github.com', 'pnpm publish --registry=https://npm.pkg.github.com'],
    credentials: [
      '`NODE_AUTH_TOKEN` (setup-node with `registry-url: https://npm.pkg.github.com`) or another token variable from `${{ secrets.GITHUB_TOKEN }}` / `${{ github.token }}`: job-token (only GitHub accepts it, so the target is GitHub Packages whatever the registry flag says); from another secret (a personal access token): token',
    ],
    oidc: 'none: GitHub Packages takes the job’s `GITHUB_TOKEN` (with `packages: write`), short-lived, instead',
    sources: [
      {
        url: 'https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-npm-registry#publishing-a-package-using-a-local-npmrc-file',
        holds:
          'GitHub Packages, as of 2026: npm publishes to npm.pkg.github.com with `GITHUB_TOKEN` or a personal access token',
      },
      {
        url: 'https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication',
        holds: 'GitHub Actions, as of 2026: `GITHUB_TOKEN` expires when the job finishes (or after 24 hours)',
      },
    ],
  },
];

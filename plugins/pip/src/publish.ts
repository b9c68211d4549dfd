/**
 * Publishes to PyPI by the build front ends that upload themselves (flit, hatch, maturin), and the
 * reference table of every PyPI route the plugin's rules recognise (docs/ci/publish-routes.md is
 * generated from it; a test runs every form).
 */
import type { ActionStep, CommandVerdict, PublishRoute, ShellCommand } from '@inert/core';
import { base, credentialIn, has } from './command-args.js';

/** Upload subcommands, the flags that carry a password or token, and the variables each tool reads one from. */
const UPLOADERS: Readonly<
  Record<string, { subs: readonly string[]; flags: readonly string[]; env: readonly string[]; oidc?: boolean }>
> = {
  flit: { subs: ['publish'], flags: [], env: ['FLIT_PASSWORD'] },
  hatch: { subs: ['publish'], flags: ['-a', '--auth'], env: ['HATCH_INDEX_AUTH'] },
  // maturin >= 0.15.0 (PyO3/maturin#1578): without MATURIN_PYPI_TOKEN it exchanges the job's OIDC token
  // with the index before falling back to .pypirc and passwords (src/upload.rs, resolve_pypi_cred).
  maturin: {
    subs: ['publish', 'upload'],
    flags: ['-p', '--password'],
    env: ['MATURIN_PYPI_TOKEN', 'MATURIN_PASSWORD'],
    oidc: true,
  },
};

/** `flit publish`, `hatch publish`, `maturin publish` / `maturin upload`: a token when one is visible; trusted publishing for maturin in a job that can mint an OIDC token. */
export function classifyUploader(cmd: ShellCommand): CommandVerdict | undefined {
  const program = (cmd.argv[0] ?? '').replace(/^.*[/\\]/, '').replace(/\.exe$/i, '');
  const tool = UPLOADERS[program];
  const args = cmd.argv.slice(1);
  const sub = args.find((a) => !a.startsWith('-'));
  if (!tool || sub === undefined || !tool.subs.includes(sub)) return undefined;
  const variable = tool.env.find((v) => cmd.env[v] !== undefined && cmd.env[v] !== '');
  const token = variable !== undefined || has(args, ...tool.flags);
  const oidc = !token && tool.oidc === true && cmd.idToken === true;
  return {
    action: 'publish',
    classification: 'unknown',
    reason: token
      ? `${program} ${sub} with a password or API token${variable ? ` (${variable})` : ''}`
      : oidc
        ? `${program} ${sub} with trusted publishing (OIDC; maturin >= 0.15.0)`
        : `${program} ${sub}; credentials not visible (~/.pypirc, keyring or a variable set elsewhere)`,
    auth: token ? 'token' : oidc ? 'oidc' : 'none-visible',
    ...credentialIn(cmd.env, ...tool.env),
  };
}

const PYPI_TRUSTED = {
  url: 'https://docs.pypi.org/trusted-publishers/',
  holds: 'PyPI, as of 2026: trusted publishing from GitHub Actions, GitLab CI, Google Cloud, ActiveState',
};

export const PUBLISH_ROUTES: readonly PublishRoute[] = [
  {
    registry: 'PyPI',
    client: 'pypa/gh-action-pypi-publish',
    forms: [
      { uses: 'pypa/gh-action-pypi-publish' },
      { uses: 'pypa/gh-action-pypi-publish', with: { password: '${{ secrets.PYPI_API_TOKEN }}' } },
    ],
    credentials: ['`password:` input: token'],
    oidc: 'no `password:` and `id-token: write`: `oidc`; without either, trusted publishing cannot work (`none-visible`)',
    provenance: 'attestations on by default under OIDC (`attestations: false` turns them off)',
    sources: [
      PYPI_TRUSTED,
      {
        url: 'https://github.com/pypa/gh-action-pypi-publish#trusted-publishing',
        holds: 'gh-action-pypi-publish v1.8.0+: OIDC when no password; v1.11.0+: attestations by default',
      },
    ],
  },
  {
    registry: 'PyPI',
    client: 'twine',
    forms: ['twine upload dist/*', 'python -m twine upload --attestations dist/*'],
    notPublishing: ['twine check dist/*'],
    credentials: ['`TWINE_PASSWORD` (with `TWINE_USERNAME=__token__` for an API token), `-p`/`--password`: token'],
    provenance: '`--attestations` uploads attestations made beforehand',
    sources: [
      {
        url: 'https://twine.readthedocs.io/en/stable/#environment-variables',
        holds: 'twine 6: `TWINE_USERNAME`, `TWINE_PASSWORD`; `--attestations` since 5.1',
      },
    ],
  },
  {
    registry: 'PyPI',
    client: 'uv',
    forms: ['uv publish', 'uv publish --trusted-publishing always'],
    credentials: ['`UV_PUBLISH_TOKEN`, `UV_PUBLISH_PASSWORD`, `--token`/`-t`, `--password`/`-p`: token'],
    oidc: 'no token and `id-token: write` (uv tries trusted publishing on GitHub Actions), or `--trusted-publishing always`: `oidc`',
    sources: [
      {
        url: 'https://docs.astral.sh/uv/guides/package/#publishing-your-package',
        holds: 'uv >= 0.4.16: `uv publish`, trusted publishing on GitHub Actions',
      },
    ],
  },
  {
    registry: 'PyPI',
    client: 'Poetry',
    forms: ['poetry publish', 'poetry publish --build'],
    credentials: ['`POETRY_PYPI_TOKEN_<REPO>`, `POETRY_HTTP_BASIC_<REPO>_*`, `-u`/`-p`: token'],
    sources: [
      {
        url: 'https://python-poetry.org/docs/repositories/#configuring-credentials',
        holds: 'Poetry 2: credentials from `POETRY_PYPI_TOKEN_*` / `POETRY_HTTP_BASIC_*`; no trusted publishing',
      },
    ],
  },
  {
    registry: 'PyPI',
    client: 'PDM',
    forms: ['pdm publish'],
    credentials: ['`PDM_PUBLISH_PASSWORD`, `-P`/`--password`, `-u`: token'],
    oidc: 'no password and `id-token: write`: `oidc`',
    sources: [
      {
        url: 'https://pdm-project.org/latest/usage/publish/',
        holds: 'PDM 2: `pdm publish`, trusted publishing on GitHub Actions',
      },
    ],
  },
  {
    registry: 'PyPI',
    client: 'flit, hatch, maturin',
    forms: ['flit publish', 'hatch publish', 'maturin publish', 'maturin upload dist/*'],
    notPublishing: ['flit build', 'hatch build', 'maturin build --release'],
    credentials: [
      '`FLIT_PASSWORD`; `HATCH_INDEX_AUTH`, `-a`/`--auth`; `MATURIN_PYPI_TOKEN`, `MATURIN_PASSWORD`, `-p`/`--password`: token',
    ],
    oidc: 'maturin only: no token and `id-token: write` (also through PyO3/maturin-action with `command: upload`): `oidc`. flit and hatch: none recognised (not verified that they have none)',
    sources: [
      {
        url: 'https://flit.pypa.io/en/stable/upload.html',
        holds: 'flit 3: `FLIT_USERNAME`/`FLIT_PASSWORD`, or ~/.pypirc',
      },
      { url: 'https://hatch.pypa.io/latest/publish/', holds: 'hatch 1: `HATCH_INDEX_USER`/`HATCH_INDEX_AUTH`' },
      {
        url: 'https://www.maturin.rs/distribution.html',
        holds: 'maturin 1: `maturin publish`/`upload`, `MATURIN_PYPI_TOKEN`',
      },
      {
        url: 'https://github.com/PyO3/maturin/pull/1578',
        holds:
          'maturin >= 0.15.0: trusted publishing; `MATURIN_PYPI_TOKEN` wins, else the OIDC exchange, then .pypirc and passwords (read in source: src/upload.rs); 1.11.0 deprecates `upload`/`publish`',
      },
    ],
  },
  {
    registry: 'anaconda.org',
    client: 'anaconda-client, conda-build',
    forms: [
      'anaconda upload dist/pkg.tar.bz2',
      'anaconda -t $ANACONDA_API_TOKEN upload pkg.conda',
      'anaconda --token=$TOKEN upload --user acme --label main --force pkg.conda',
      'conda build --token $ANACONDA_TOKEN --user acme recipe',
    ],
    notPublishing: ['anaconda login', 'conda build recipe', 'conda build --no-anaconda-upload --token $T recipe'],
    credentials: [
      '`BINSTAR_API_TOKEN`, `ANACONDA_API_TOKEN`, `-t`/`--token`: token (anaconda.org has no trusted publishing)',
    ],
    sources: [
      {
        url: 'https://docs.anaconda.com/anacondaorg/user-guide/packages/',
        holds: 'anaconda-client 1.12: `anaconda upload`, token from `-t`',
      },
      {
        url: 'https://github.com/anaconda/anaconda-client/blob/main/binstar_client/utils/__init__.py',
        holds: 'anaconda-client 1.12: the token is `-t`, else `BINSTAR_API_TOKEN`, else `ANACONDA_API_TOKEN`',
      },
      {
        url: 'https://docs.conda.io/projects/conda-build/en/stable/resources/commands/conda-build.html',
        holds:
          'conda-build 25: `--token`/`--user` pass through to the upload made when `anaconda_upload` is on; `--no-anaconda-upload`',
      },
    ],
  },
  {
    registry: 'prefix.dev, anaconda.org, quetz, Artifactory, S3',
    client: 'rattler-build',
    forms: [
      'rattler-build upload prefix -c my-channel output/noarch/pkg-1.0-0.conda',
      'rattler-build upload anaconda -o acme -c main pkg.conda',
      'rattler-build upload quetz -u https://quetz.example.com -c main pkg.conda',
    ],
    notPublishing: ['rattler-build build --recipe recipe.yaml', 'rattler-build test --package-file pkg.conda'],
    credentials: [
      '`PREFIX_API_KEY`, `ANACONDA_API_KEY`, `QUETZ_API_KEY`, `ARTIFACTORY_PASSWORD`, `--api-key`/`--password`, `RATTLER_AUTH_FILE`: token',
    ],
    oidc: '`upload prefix` with no key and `id-token: write`: `oidc` (prefix.dev trusted publishers); the other servers have none',
    sources: [
      {
        url: 'https://prefix-dev.github.io/rattler-build/latest/authentication_and_upload/',
        holds:
          'rattler-build 0.3x: `upload prefix|anaconda|quetz|artifactory`; prefix.dev by OIDC from GitHub Actions without an API key',
      },
    ],
  },
  {
    registry: 'anaconda.org',
    client: 'conda publish actions',
    forms: [
      {
        uses: 'maxibor/conda-package-publish-action',
        with: { subDir: 'conda', AnacondaToken: '${{ secrets.ANACONDA_TOKEN }}' },
      },
      { uses: 'amauryval/publish_conda_package_action', with: { CondaPassword: '${{ secrets.CONDA_PASSWORD }}' } },
      { uses: 'uibcdf/action-build-and-upload-conda-packages', with: { token: '${{ secrets.ANACONDA_TOKEN }}' } },
    ],
    notPublishing: [{ uses: 'uibcdf/action-build-and-upload-conda-packages', with: { upload: 'false' } }],
    credentials: ['`AnacondaToken:`, `CondaPassword:`, `token:` input: token'],
    sources: [
      {
        url: 'https://github.com/maxibor/conda-package-publish-action#example-workflow',
        holds: 'conda-package-publish-action v1.1: `AnacondaToken` input',
      },
      {
        url: 'https://github.com/amauryval/publish_conda_package_action#example-workflow',
        holds: 'publish_conda_package_action 2: `CondaUsername`/`CondaPassword` inputs',
      },
      {
        url: 'https://github.com/uibcdf/action-build-and-upload-conda-packages#input-parameters',
        holds: 'action-build-and-upload-conda-packages v1: `token` input, `upload` (default true)',
      },
    ],
  },
];

export function twineRule(cmd: ShellCommand): CommandVerdict | undefined {
  const args =
    base(cmd.argv[0] ?? '') === 'twine'
      ? cmd.argv.slice(1)
      : cmd.argv[1] === '-m' && cmd.argv[2] === 'twine'
        ? cmd.argv.slice(3)
        : undefined;
  if (!args || args[0] !== 'upload') return undefined;
  const token = has(args, '-p', '--password') || cmd.env['TWINE_PASSWORD'] !== undefined;
  const provenance = has(args, '--attestations');
  return {
    action: 'publish',
    classification: 'unknown',
    reason: token ? 'twine upload with a password or API token' : 'twine upload; credentials not visible',
    auth: token ? 'token' : 'none-visible',
    ...credentialIn(cmd.env, 'TWINE_PASSWORD'),
    provenance,
  };
}

/** pypa/gh-action-pypi-publish: OIDC when no `password` input and the job can mint a token; attestations on by default for OIDC (v1.11.0+). */
export function publishAction(step: ActionStep): CommandVerdict | undefined {
  const password = step.with['password'];
  const oidc = (password === undefined || password === '') && step.idToken === true;
  const attestationsOff = /^false$/i.test(step.with['attestations'] ?? '');
  return {
    action: 'publish',
    classification: 'unknown',
    reason: password
      ? 'PyPI publish action with a long-lived API token (password input)'
      : oidc
        ? 'PyPI publish action with trusted publishing (OIDC)'
        : 'PyPI publish action without a password and without id-token: write (trusted publishing cannot work)',
    auth: password ? 'token' : oidc ? 'oidc' : 'none-visible',
    ...(password ? { credential: { from: 'input' as const, name: 'password' } } : {}),
    provenance: oidc && !attestationsOff,
  };
}

import { describe, expect, it } from 'vitest';
import type { ActionStep, ShellCommand } from '@inert/core';
import { commands } from './commands.js';

function classify(line: string, env: Record<string, string> = {}, idToken = false) {
  const argv = line.split(' ');
  const cmd: ShellCommand = { argv, env, text: line, file: 'ci.yml', line: 1, column: 1, idToken };
  const prog = argv[0]!;
  for (const rule of commands) {
    if (!rule.programs.includes(prog)) continue;
    const v = rule.classify(cmd);
    if (v) return v;
  }
  return undefined;
}

describe('pip command rules', () => {
  it.each([
    ['pip install -r requirements.txt', 'lax'],
    ['pip install --require-hashes -r requirements.txt', 'strict'],
    ['python -m pip install -r requirements.txt --require-hashes', 'strict'],
    ['pip install requests', 'adhoc'],
    ['pip3 install --upgrade pip', 'adhoc'],
    ['pip install --no-index --find-links ./wheels -r requirements.txt', 'local'],
    ['pip install -e .', 'local'],
    ['pip install .', 'local'],
    ['uv sync', 'lax'],
    ['uv sync --locked', 'strict'],
    ['uv sync --frozen', 'strict'],
    ['uv run --locked pytest', 'strict'],
    ['uv pip install -r requirements.txt', 'lax'],
    ['uv pip install --require-hashes -r requirements.txt', 'strict'],
    ['uv pip install ruff', 'adhoc'],
    // uv ≥ 0.6.15 installs a PEP 751 lock without resolving, hashes verified (commands/pip/install.rs, pylock.rs)
    ['uv pip install -r pylock.toml', 'strict'],
    ['uv pip install --requirement=ci/pylock.lint.toml --system', 'strict'],
    ['uv pip sync pylock.toml', 'strict'],
    // not PEP 751 names; pip itself does not install from a pylock.toml
    ['uv pip install -r pylock.a.b.toml', 'lax'],
    ['uv pip install -r pylock-toml.txt', 'lax'],
    ['pip install -r pylock.toml', 'lax'],
    ['uvx ruff', 'adhoc'],
    ['poetry install --no-root', 'strict'],
    ['poetry lock', 'lax'],
    ['pipenv install --deploy', 'strict'],
    ['pipenv sync', 'strict'],
    ['pipenv install', 'lax'],
    ['pipenv install requests', 'adhoc'],
    ['pdm install --frozen-lockfile', 'lax'],
    ['pdm install --check', 'strict'],
    ['pdm sync', 'strict'],
  ])('%s → %s', (line, classification) => {
    expect(classify(line)?.classification).toBe(classification);
  });

  it('PIP_REQUIRE_HASHES in env makes pip install -r strict', () => {
    expect(classify('pip install -r requirements.txt', { PIP_REQUIRE_HASHES: '1' })?.classification).toBe('strict');
  });

  it('UV_LOCKED makes uv sync strict; an extra index is named in the reason', () => {
    expect(classify('uv sync', { UV_LOCKED: '1' })?.classification).toBe('strict');
    expect(classify('pip install -r r.txt', { PIP_EXTRA_INDEX_URL: 'https://x/simple' })?.reason).toMatch(
      /extra index/,
    );
  });

  it('publish auth: twine with TWINE_PASSWORD is a token, uv publish under id-token is OIDC', () => {
    expect(classify('twine upload dist/*', { TWINE_PASSWORD: '${{ secrets.PYPI }}' })).toMatchObject({
      action: 'publish',
      auth: 'token',
    });
    expect(classify('uv publish --trusted-publishing always')).toMatchObject({ action: 'publish', auth: 'oidc' });
    expect(classify('uv publish', {}, true)).toMatchObject({ auth: 'oidc' });
    expect(classify('uv publish --token abc')).toMatchObject({ auth: 'token' });
  });

  it('pypa/gh-action-pypi-publish: password input is a token; id-token without password is OIDC with attestations', () => {
    const rule = commands.find((r) => r.actions?.includes('pypa/gh-action-pypi-publish'))!;
    const step = (w: Record<string, string>, idToken: boolean): ActionStep => ({
      uses: 'pypa/gh-action-pypi-publish@release/v1',
      with: w,
      env: {},
      file: 'ci.yml',
      line: 1,
      column: 1,
      idToken,
    });
    expect(rule.classifyAction!(step({ password: '${{ secrets.PYPI_TOKEN }}' }, false))).toMatchObject({
      auth: 'token',
      provenance: false,
    });
    expect(rule.classifyAction!(step({}, true))).toMatchObject({ auth: 'oidc', provenance: true });
    expect(rule.classifyAction!(step({ attestations: 'false' }, true))).toMatchObject({
      auth: 'oidc',
      provenance: false,
    });
  });

  it('ignores unrelated commands', () => {
    expect(classify('python setup.py --version')).toBeUndefined();
    expect(classify('pip list')).toBeUndefined();
  });
});

describe('flag-aware classification (#21): offline and local installs, tool runners with their pins, direct URLs, conda', () => {
  it.each([
    // astral-sh/uv: wheels built earlier in the job, installed without any index
    ['pip install --no-index --find-links dist/ anyio', 'local'],
    ['uv pip install --no-index --find-links dist/ anyio', 'local'],
    ['uv pip install --offline anyio', 'local'],
    ['uv sync --offline', 'local'],
    ['uv run --no-project --python 3.12 scripts/check.py', 'other'],
    ['uv run --no-project --with pytest pytest', 'adhoc'],
    ['uvx ruff check', 'adhoc'],
    ['uvx ruff@0.6.9 check', 'strict'],
    ['uvx --from ruff==0.6.9 ruff check', 'strict'],
    ['uvx --from ruff ruff check', 'adhoc'],
    ['uvx ruff@latest check', 'adhoc'],
    ['uv tool install ruff', 'adhoc'],
    ['uv tool install ruff==0.6.9', 'strict'],
    ['pipx run black', 'adhoc'],
    ['pipx run --spec black==24.8.0 black .', 'strict'],
    ['pipx install .', 'local'],
    ['pip install git+https://github.com/org/repo', 'adhoc'],
    ['pip install git+https://github.com/org/repo@0123456789abcdef0123456789abcdef01234567', 'strict'],
    ['pip install git+https://github.com/org/repo@v1.2.0', 'adhoc'],
    ['pip install git+https://github.com/org/repo@abc1234', 'adhoc'],
    ['pip install -e git+https://github.com/org/repo@main#egg=repo', 'adhoc'],
    ['pip install -e git+https://github.com/org/repo@0123456789abcdef0123456789abcdef01234567#egg=repo', 'strict'],
    ['pip install https://files.example.com/x-1.0-py3-none-any.whl', 'adhoc'],
    [
      'pip install https://files.example.com/x-1.0-py3-none-any.whl#sha256=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      'strict',
    ],
    ['pip install git+https://github.com/org/repo@0123456789abcdef0123456789abcdef01234567 requests', 'adhoc'],
    ['pip install ./local', 'local'],
    ['pip install ./dist/x-1.0-py3-none-any.whl', 'local'],
    ['conda install -y numpy', 'adhoc'],
    ['mamba env create -f environment.yml', 'lax'],
    ['micromamba create -n ci --file conda-lock.yml', 'strict'],
    ['conda-lock install conda-lock.yml', 'strict'],
  ])('%s is %s', (line, classification) => {
    const v = classify(line);
    expect(
      v?.classification === 'unknown' && v.action === 'other'
        ? 'other'
        : v?.action === 'other'
          ? 'other'
          : v?.classification,
    ).toBe(classification);
  });

  it('a direct URL is named as such, not as a package name, with why it is or is not pinned', () => {
    expect(classify('pip install git+https://github.com/org/repo')?.reason).toMatch(
      /direct URL.*no ref, so the default branch/,
    );
    expect(classify('pip install git+https://github.com/org/repo@v1.2.0')?.reason).toMatch(
      /ref `v1\.2\.0` is a branch, tag or short hash/,
    );
    expect(classify('pip install git+ssh://git@github.com/org/repo.git#egg=repo')?.reason).toMatch(/no ref/);
    expect(classify('pip install https://files.example.com/x-1.0.tar.gz')?.reason).toMatch(/without a hash fragment/);
    expect(
      classify('pip install git+https://github.com/org/repo@0123456789abcdef0123456789abcdef01234567')?.reason,
    ).toMatch(/pinned to a commit/);
  });

  it('anaconda upload: a token from ANACONDA_API_TOKEN or -t', () => {
    expect(classify('anaconda upload dist/x.tar.bz2', { ANACONDA_API_TOKEN: '${{ secrets.A }}' })).toMatchObject({
      action: 'publish',
      auth: 'token',
    });
    expect(classify('anaconda -t tok upload x')).toMatchObject({ action: 'publish', auth: 'token' });
    expect(classify('anaconda upload x')).toMatchObject({ action: 'publish', auth: 'none-visible' });
  });

  it('maturin upload: MATURIN_PYPI_TOKEN wins; without it, trusted publishing when the job can mint an OIDC token', () => {
    expect(classify('maturin upload dist/*', { MATURIN_PYPI_TOKEN: '${{ secrets.PYPI }}' }, true)).toMatchObject({
      auth: 'token',
      credential: { from: 'env', name: 'MATURIN_PYPI_TOKEN' },
    });
    expect(classify('maturin upload --skip-existing dist/*', {}, true)).toMatchObject({ auth: 'oidc' });
    expect(classify('maturin publish', {}, false)).toMatchObject({ auth: 'none-visible' });
    // flit and hatch: no trusted publishing is recognised.
    expect(classify('hatch publish', {}, true)).toMatchObject({ auth: 'none-visible' });
  });

  it('conda uploaders: BINSTAR_API_TOKEN, conda build --token, rattler-build per server', () => {
    expect(classify('anaconda upload x.conda', { BINSTAR_API_TOKEN: '${{ secrets.B }}' })).toMatchObject({
      auth: 'token',
      credential: { from: 'env', name: 'BINSTAR_API_TOKEN' },
    });
    expect(classify('anaconda --token=abc upload x.conda')).toMatchObject({ auth: 'token' });
    expect(classify('conda build --token $T --user acme recipe')).toMatchObject({ action: 'publish', auth: 'token' });
    expect(classify('conda build --no-anaconda-upload --token $T recipe')).toBeUndefined();
    expect(classify('conda build recipe')).toBeUndefined();
    expect(classify('rattler-build upload prefix -c acme x.conda', {}, true)).toMatchObject({ auth: 'oidc' });
    expect(
      classify('rattler-build upload prefix -c acme x.conda', { PREFIX_API_KEY: '${{ secrets.P }}' }, true),
    ).toMatchObject({
      auth: 'token',
    });
    // anaconda.org has no trusted publishing: id-token: write does not make it OIDC.
    expect(classify('rattler-build upload anaconda -o acme x.conda', {}, true)).toMatchObject({ auth: 'none-visible' });
    expect(classify('rattler-build build --recipe r.yaml')).toBeUndefined();
  });

  it('conda publish actions: the token input, and upload: false is no publish', () => {
    const step = (uses: string, w: Record<string, string>): ActionStep => ({
      uses,
      with: w,
      env: {},
      file: 'ci.yml',
      line: 1,
      column: 1,
    });
    const rule = commands.find((r) => r.actions?.includes('maxibor/conda-package-publish-action'))!;
    expect(
      rule.classifyAction!(step('maxibor/conda-package-publish-action@v1.1', { AnacondaToken: '${{ secrets.A }}' })),
    ).toMatchObject({ auth: 'token', credential: { from: 'input', name: 'AnacondaToken' } });
    expect(
      rule.classifyAction!(step('uibcdf/action-build-and-upload-conda-packages@v1', { upload: 'false' })),
    ).toBeUndefined();
  });
});

/**
 * Which action steps restore a GitHub Actions cache, and whether the step turned it on or the action
 * does by default. The table follows each action's action.yml (linked) and zizmor's cache-poisoning
 * audit (https://github.com/zizmorcore/zizmor/blob/main/crates/zizmor/src/audit/cache_poisoning.rs).
 */
import type { Job, Step } from './model.js';

export type CacheUse = 'explicit' | 'default';

type Inputs = Readonly<Record<string, string>>;

const on = (v: string | undefined) => v === 'true' || v === '${{ true }}';
const off = (v: string | undefined) => v === 'false' || v === '${{ false }}';

/** Lower-cased `owner/repo[/path]` → whether the step restores a cache. */
const CACHE_ACTIONS: Readonly<Record<string, (w: Inputs, major: number | undefined) => CacheUse | undefined>> = {
  // https://github.com/actions/cache/blob/main/action.yml
  'actions/cache': (w) => (on(w['lookup-only']) ? undefined : 'explicit'),
  'actions/cache/restore': (w) => (on(w['lookup-only']) ? undefined : 'explicit'),
  // https://github.com/actions/setup-java/blob/main/action.yml and setup-python's: `cache: <manager>`
  'actions/setup-java': (w) => (w.cache ? 'explicit' : undefined),
  'actions/setup-python': (w) => (w.cache ? 'explicit' : undefined),
  'graalvm/setup-graalvm': (w) => (w.cache ? 'explicit' : undefined),
  // https://github.com/actions/setup-go/blob/main/action.yml: `cache` defaults to true since v4
  'actions/setup-go': (w, major) =>
    off(w.cache) ? undefined : on(w.cache) ? 'explicit' : major === undefined || major >= 4 ? 'default' : undefined,
  // https://github.com/actions/setup-node/blob/main/action.yml: `cache: npm|yarn|pnpm`
  'actions/setup-node': (w) => (w.cache === 'npm' || w.cache === 'yarn' || w.cache === 'pnpm' ? 'explicit' : undefined),
  'actions/setup-dotnet': (w) => (on(w.cache) ? 'explicit' : undefined),
  // https://github.com/astral-sh/setup-uv/blob/main/action.yml: `enable-cache: auto` (the default before v10) caches on GitHub-hosted runners
  'astral-sh/setup-uv': (w, major) =>
    on(w['enable-cache'])
      ? 'explicit'
      : (major === undefined || major < 10) && !off(w['enable-cache'])
        ? 'default'
        : undefined,
  'swatinem/rust-cache': (w) => (on(w['lookup-only']) ? undefined : 'explicit'),
  'ruby/setup-ruby': (w) => (on(w['bundler-cache']) ? 'explicit' : undefined),
  'pyo3/maturin-action': (w) => (on(w.sccache) ? 'explicit' : undefined),
  'mlugg/setup-zig': (w) => (off(w['use-cache']) ? undefined : 'default'),
  'oven-sh/setup-bun': (w) => (on(w['no-cache']) ? undefined : 'default'),
  'determinatesystems/magic-nix-cache-action': (w) => (off(w['use-gha-cache']) ? undefined : 'default'),
  // https://github.com/gradle/actions/blob/main/setup-gradle/action.yml: read-only off the default branch, but it still restores
  'gradle/actions/setup-gradle': (w) => (on(w['cache-disabled']) ? undefined : 'default'),
  'gradle/gradle-build-action': (w) => (on(w['cache-disabled']) ? undefined : 'default'),
  'actions-rust-lang/setup-rust-toolchain': (w) => (off(w.cache) ? undefined : 'default'),
  'mozilla-actions/sccache-action': () => 'default',
  'nix-community/cache-nix-action': () => 'explicit',
  'jdx/mise-action': (w) => (off(w.cache) ? undefined : 'default'),
  'ramsey/composer-install': (w) => (/^(?:yes|true|1)$/.test(w['ignore-cache'] ?? '') ? undefined : 'default'),
  'awalsh128/cache-apt-pkgs-action': () => 'explicit',
};

/** Whether the step restores a cache: set by an input (`cache: npm`), or by the action's default. */
export function cacheUse(step: Step): CacheUse | undefined {
  if (step.uses === undefined || step.localAction !== undefined) return undefined;
  const [name = '', ref = ''] = step.uses.split('@');
  const rule = CACHE_ACTIONS[name.toLowerCase()];
  if (!rule) return undefined;
  const major = /^v(\d+)/.exec(ref)?.[1];
  return rule(step.with, major === undefined ? undefined : Number(major));
}

/** Actions that publish or release what the job built, beyond the ecosystems' publish rules (zizmor's list, trimmed to releases). */
export const RELEASE_ACTIONS = new Set([
  'softprops/action-gh-release',
  'ncipollo/release-action',
  'goreleaser/goreleaser-action',
  'jreleaser/release-action',
  'pypa/gh-action-pypi-publish',
  'rubygems/release-gem',
  'js-devtools/npm-publish',
  'redhat-actions/push-to-registry',
]);

/** The step publishes or releases: a release action, or `docker/build-push-action` with `push: true`. */
export function releasesFrom(step: Step): boolean {
  const name = step.uses?.split('@')[0]?.toLowerCase();
  if (name === undefined) return false;
  return RELEASE_ACTIONS.has(name) || (name === 'docker/build-push-action' && on(step.with.push));
}

/**
 * Whether a job whose run an outsider fires can write the default branch's cache scope. Since 2026-06-26
 * GitHub gives such runs (`pull_request_target`, `issue_comment`, `workflow_run` from a fork …) a
 * read-only cache token; only `cache-mode: write` or `write-only` on the workflow or job (2026-09-10)
 * grants them write again, and a mode that is an expression may be either.
 * https://github.blog/changelog/2026-06-26-read-only-actions-cache-for-untrusted-triggers/ ·
 * https://github.blog/changelog/2026-09-10-control-github-actions-cache-access-with-cache-mode
 */
export function outsiderRunWritesCache(job: Job): boolean {
  const mode = job.cacheMode?.trim();
  return mode === 'write' || mode === 'write-only' || (mode !== undefined && mode.includes('${{'));
}

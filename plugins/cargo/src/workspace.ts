/**
 * Which workspace a crate belongs to, as cargo finds it, for "which Cargo.lock does this crate use"
 * (#20). Read from cargo's source, src/workspace/workspace.rs at commit af373f7 (cargo 0.101.0; the same
 * logic lived in src/cargo/core/workspace.rs before): `find_workspace_root_with_loader` walks the
 * manifest's ancestors and takes the first `[workspace]` root that does not exclude it
 * (`WorkspaceRootConfig::is_excluded`), else a `package.workspace` pointer names the root, else the
 * crate is its own workspace and uses the Cargo.lock beside it.
 *
 * `is_excluded` is a path-prefix test, not a glob: `manifest_path.starts_with(root_dir.join(ex))`,
 * which Rust's `Path::starts_with` compares component by component (`crates/foo` is not a prefix of
 * `crates/foobar`; `crates/*` is a directory literally named `*`). An explicit member wins over an
 * exclude by the same test on the raw `members` strings, so a glob member (`crates/*`) never overrides
 * an exclude while a literal one (`crates/foo`) does.
 */
import { joinInside } from '@inert/core';
import type { CargoModel, Manifest } from './model.js';

/** Path components of `path` joined onto `dir`, as Rust's `Path::join` and `components()` read them; undefined when they leave the tree (absolute, `..`). */
function join(dir: string, path: string): string[] | undefined {
  if (path.startsWith('/') || path.startsWith('\\') || /^[a-z]:/i.test(path)) return undefined;
  const parts = dir === '' ? [] : dir.split('/');
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    // A `..` component stays a component in `Path::join`: it never prefixes a normalised manifest path.
    if (part === '..') return undefined;
    parts.push(part);
  }
  return parts;
}

/** Rust's `Path::starts_with`: `prefix` is a whole-component prefix of `path`. */
function startsWith(path: readonly string[], prefix: readonly string[] | undefined): boolean {
  if (!prefix || prefix.length > path.length) return false;
  return prefix.every((part, i) => path[i] === part);
}

/** `WorkspaceRootConfig::is_excluded` of the root at `root` for the manifest at `manifestPath`. */
export function isExcluded(root: Manifest, manifestPath: string): boolean {
  const ws = root.workspace;
  if (!ws) return false;
  const path = manifestPath.split('/');
  const excluded = ws.exclude.some((ex) => startsWith(path, join(root.dir, ex)));
  const explicitMember = (ws.members ?? []).some((member) => startsWith(path, join(root.dir, member)));
  return !explicitMember && excluded;
}

/** The directory of the workspace root `m` belongs to (its own directory when it is its own workspace). */
export function workspaceRoot(model: CargoModel, m: Manifest): string | undefined {
  if (m.isWorkspace) return m.dir;
  // `package.workspace = "../.."` (read_root_pointer normalises it); one that leaves the tree is unknown.
  if (m.workspacePointer !== undefined) return normalise(m.dir, m.workspacePointer);
  const byDir = new Map(model.manifests.map((x) => [x.dir, x]));
  for (let dir = parentOf(m.dir); dir !== undefined; dir = parentOf(dir)) {
    const candidate = byDir.get(dir);
    if (candidate?.isWorkspace && !isExcluded(candidate, m.path)) return dir;
  }
  return m.dir;
}

/** `dir` joined with `path` and `..` resolved lexically (cargo's `paths::normalize_path`); undefined above the scan root. */
function normalise(dir: string, path: string): string | undefined {
  if (path.startsWith('/') || path.startsWith('\\') || /^[a-z]:/i.test(path)) return undefined;
  return joinInside(dir, path);
}

/** The parent of a scan-relative directory: `a/b` → `a`, `a` → `` (the scan root), `` → undefined. */
export function parentOf(dir: string): string | undefined {
  if (dir === '') return undefined;
  const slash = dir.lastIndexOf('/');
  return slash < 0 ? '' : dir.slice(0, slash);
}

/**
 * GitHub Actions and reusable workflows as inventory packages, so an SBOM lists them and an offline OSV
 * database can match them (OSV's "GitHub Actions" ecosystem, e.g. GHSA-mrrh-fwg8-r2c3 for
 * tj-actions/changed-files). One package per `uses:` target per file, at its first line.
 *
 * purl: `pkg:githubactions/<owner>/<repo>[%2F<path>]@<ref>`, as the purl type definition writes it: owner
 * and repository lower-cased (GitHub treats them case-insensitively), the path inside the repository kept
 * as written, the version the ref (a commit when pinned, else the tag or branch).
 * https://github.com/package-url/purl-spec/blob/main/types/githubactions-definition.json
 */
import { packageUrl, type ActionStep, type InventoryPackage } from '@inert/core';

const COMMIT = /^[0-9a-f]{40}$/i;

export function actionPackages(actions: readonly ActionStep[]): InventoryPackage[] {
  const seen = new Set<string>();
  const out: InventoryPackage[] = [];
  for (const step of actions) {
    const target = parseUses(step.uses);
    if (!target) continue;
    const key = `${step.file}\0${step.uses}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const repoPath = target.path ? `${target.repo.toLowerCase()}/${target.path}` : target.repo.toLowerCase();
    const purl = packageUrl({
      type: 'githubactions',
      namespace: target.owner.toLowerCase(),
      name: repoPath,
      version: target.ref,
    });
    out.push({
      ecosystem: 'ci',
      name: `${target.owner}/${target.repo}${target.path ? `/${target.path}` : ''}`,
      version: target.ref,
      source: { kind: 'git', url: `https://github.com/${target.owner}/${target.repo}` },
      // A full commit id names the action's code immutably (git's object id of the commit); a tag or branch does not.
      integrity: COMMIT.test(target.ref) ? 'git-commit' : null,
      // An action runs as a CI step, not as an install-time hook of a dependency.
      installScripts: false,
      file: step.file,
      line: step.line,
      ...(purl ? { purl } : {}),
    });
  }
  return out;
}

interface UsesTarget {
  owner: string;
  repo: string;
  path: string;
  ref: string;
}

/**
 * `owner/repo[/path]@ref` of a remote action or reusable workflow; undefined for local (`./`) and Docker
 * (`docker://`) actions, a missing ref (GitHub refuses the workflow) and anything an expression computes.
 */
export function parseUses(uses: string): UsesTarget | undefined {
  if (uses.startsWith('./') || uses.startsWith('docker://') || uses.includes('${{')) return undefined;
  const at = uses.lastIndexOf('@');
  if (at <= 0 || at === uses.length - 1) return undefined;
  const ref = uses.slice(at + 1);
  const parts = uses.slice(0, at).split('/');
  const [owner, repo, ...rest] = parts;
  if (!owner || !repo || rest.some((p) => p === '' || p === '.' || p === '..')) return undefined;
  return { owner, repo, path: rest.join('/'), ref };
}

/**
 * The job's own token: `${{ secrets.GITHUB_TOKEN }}`, `${{ github.token }}`, GitLab's `$CI_JOB_TOKEN` and
 * `$CI_REGISTRY_PASSWORD`, minted for the run and revoked when the job ends.
 * https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication
 * https://docs.gitlab.com/ci/jobs/ci_job_token/
 */
const GITHUB_TOKEN = /\$\{\{\s*(?:secrets\.GITHUB_TOKEN|github\.token)\s*\}\}/i;
const GITLAB_TOKEN = /\$\{?(CI_JOB_TOKEN|CI_REGISTRY_PASSWORD)\b/;

/** The job token a value is, when it is one and refers to nothing else: `GITHUB_TOKEN`, `CI_JOB_TOKEN`. */
export function jobToken(value: string): string | undefined {
  const github = GITHUB_TOKEN.test(value);
  const gitlab = GITLAB_TOKEN.exec(value);
  if (!github && !gitlab) return undefined;
  const rest = value
    .replace(new RegExp(GITHUB_TOKEN.source, 'gi'), '')
    .replace(new RegExp(GITLAB_TOKEN.source, 'g'), '');
  if (/secrets\./.test(rest)) return undefined;
  return github ? 'GITHUB_TOKEN' : gitlab![1]!;
}

/** What a job holds that code it runs could take: named secrets, write scopes of its token, an OIDC token. */
import { writes } from './workflow-fields.js';
import type { Job } from './model.js';

/**
 * Events an outsider can fire (a fork's pull request, an issue, a comment) whose jobs run in the base
 * repository's context: its secrets, its token, and the default branch's cache scope.
 */
export const OUTSIDER_TRIGGERS: ReadonlySet<string> = new Set([
  'pull_request_target',
  'issues',
  'issue_comment',
  'pull_request_review',
  'pull_request_review_comment',
  'discussion',
  'discussion_comment',
  'workflow_run',
]);

/** Write scopes whose token lets the code change what others run or receive. */
const WRITE_SCOPES = [
  'contents',
  'packages',
  'actions',
  'pull-requests',
  'issues',
  'deployments',
  'statuses',
  'checks',
  'security-events',
  'pages',
  'attestations',
];

/** Phrases for the message (`the secrets \`NPM_TOKEN\``, `a token that writes \`contents\``); empty when the job shows none. */
export function privileges(job: Job): string[] {
  const out: string[] = [];
  const secrets = new Set<string>();
  const scan = (value: string) => {
    for (const m of value.matchAll(/secrets\.([A-Za-z_][\w-]*)/g)) if (m[1] !== 'GITHUB_TOKEN') secrets.add(m[1]!);
    if (value.includes('toJSON(secrets)')) secrets.add('all secrets (toJSON(secrets))');
  };
  for (const v of Object.values(job.env)) scan(v);
  for (const step of job.steps) {
    for (const v of Object.values(step.env)) scan(v);
    for (const v of Object.values(step.with)) scan(v);
    if (step.run) scan(step.run);
  }
  if (secrets.size > 0)
    out.push(
      `the secrets ${[...secrets]
        .slice(0, 5)
        .map((s) => `\`${s}\``)
        .join(', ')}${secrets.size > 5 ? ` and ${secrets.size - 5} more` : ''}`,
    );
  const p = job.permissions;
  if (p.kind === 'all' && p.level === 'write') out.push('a `write-all` token');
  else {
    const scopes = WRITE_SCOPES.filter((s) => writes(p, s));
    if (scopes.length > 0) out.push(`a token that writes ${scopes.map((s) => `\`${s}\``).join(', ')}`);
  }
  if (job.idToken) out.push('an OIDC token (`id-token: write`)');
  return out;
}

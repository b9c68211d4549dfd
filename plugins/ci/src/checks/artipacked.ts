/**
 * `actions/checkout` leaves the job's token in `.git/config` (unless `persist-credentials: false`),
 * and a later `actions/upload-artifact` of the checkout uploads it: "ArtiPACKED".
 * https://unit42.paloaltonetworks.com/github-repo-artifacts-leak-tokens/
 */
import { defineCheck, type Severity } from '@inert/core';
import type { CiModel, Job, Step } from '../model.js';
import { OUTSIDER_TRIGGERS } from '../privileges.js';

type Known = 'yes' | 'no' | 'unknown';

export const artipacked = defineCheck<CiModel>()({
  id: 'artipacked',
  question: 'publish-credentials',
  title: 'The checkout\u2019s credentials are uploaded in an artifact',
  description:
    '`actions/checkout` writes the token it fetched with into the checkout\u2019s `.git/config` (an `http.extraheader`) so that later `git push`es work, unless the step sets `persist-credentials: false`. A later `actions/upload-artifact` whose `path` is the checkout (`.`, `${{ github.workspace }}`, a parent of the checkout\u2019s `path`) then uploads `.git/config` with it, and an artifact of a public repository can be downloaded by anyone. In August 2024 Palo Alto Networks\u2019 Unit 42 found such artifacts in projects of Google, Microsoft, AWS, Red Hat and others: a `GITHUB_TOKEN` is valid until its job ends, and an attacker who polls for the artifact and uses the token while later jobs still run can push code or publish (a PAT given to checkout as `token:` stays valid for months) (https://unit42.paloaltonetworks.com/github-repo-artifacts-leak-tokens/). GitHub answered in two steps: `actions/upload-artifact` v4.4.0 stopped uploading hidden files and directories (`.git`) unless `include-hidden-files: true` (https://github.com/actions/upload-artifact/releases/tag/v4.4.0), and `actions/checkout` v6 keeps the credential under `$RUNNER_TEMP` instead of `.git/config` (https://docs.zizmor.sh/audits/#artipacked). This check reports the leak only when both versions (or `include-hidden-files: true`) still allow it, which zizmor\u2019s `artipacked` does not distinguish; a checkout that merely keeps its credentials is not reported here.',
  severity: 'medium',
  severityRule: [
    {
      severity: 'high',
      when: 'the credential is a stored token given to checkout as `token:` (a PAT or app token outlives the job), or the workflow runs on a trigger an outsider fires (`pull_request`, `pull_request_target`, `issue_comment` \u2026), whose runs they can time and whose artifacts they can fetch',
    },
    {
      severity: 'medium',
      when: 'the job\u2019s `GITHUB_TOKEN` is uploaded on other triggers: valid until the job ends, and artifacts of a public repository are public',
    },
    {
      severity: 'low',
      when: 'a version of `actions/checkout` or `actions/upload-artifact` cannot be read from the ref (a commit or a branch), so whether the token is on disk and uploaded is not determinable',
    },
  ],
  confidence: 'high',
  messages: {
    uploaded:
      '`{upload}` uploads `{path}`, which holds the checkout of line {checkoutLine} (`{checkout}` without `persist-credentials: false`) and its `.git/config` with {credential}{trigger}',
    unknown:
      '`{upload}` uploads `{path}`, which holds the checkout of line {checkoutLine} (`{checkout}` without `persist-credentials: false`); {why}, so the artifact may hold {credential}',
  },
  remediation:
    'Set `persist-credentials: false` on `actions/checkout` unless a later step pushes with git; upload only the build output (`path: dist/`), never the workspace; use `actions/upload-artifact` v4.4 or later without `include-hidden-files: true` and `actions/checkout` v6 or later. Rotate a PAT that was uploaded.',
  limitations:
    'Only `actions/upload-artifact` steps of the same job after the checkout are read; a checkout at a `path` chosen by an expression, uploads by other actions or scripts, and a `.git` copied elsewhere before the upload are not followed. A checkout or upload pinned by commit is judged "not determinable" even when a comment names its version.',
  reads: ['ci'],
  examples: { bad: ['artipacked--workspace-artifact'], good: ['clean--artifacts-without-credentials'] },
  since: 'next',
  run(model, report) {
    for (const workflow of model.workflows) {
      const outsider = workflow.composite
        ? undefined
        : workflow.triggers.find((t) => OUTSIDER_TRIGGERS.has(t) || t === 'pull_request');
      for (const job of workflow.jobs) {
        for (const { checkout, upload, path } of leaks(job)) {
          const stores = storesInGitConfig(checkout);
          const hidden = uploadsHidden(upload);
          const pat = storedToken(checkout);
          const credential = pat ? `the token \`${pat}\`` : 'the job\u2019s `GITHUB_TOKEN`';
          const unknown = stores === 'unknown' || hidden === 'unknown';
          const severity: Severity = unknown ? 'low' : pat || outsider ? 'high' : 'medium';
          const at = upload.withAt.path ?? upload.usesAt ?? upload.at;
          report({
            messageId: unknown ? 'unknown' : 'uploaded',
            data: {
              upload: upload.uses ?? '',
              path,
              checkout: checkout.uses ?? '',
              checkoutLine: String(checkout.usesAt?.line ?? checkout.at.line),
              credential,
              trigger: outsider ? `; the workflow runs on \`${outsider}\`` : '',
              why:
                stores === 'unknown'
                  ? `the version of \`${checkout.uses ?? ''}\` is not determinable (v6 and later keep the credential out of the checkout)`
                  : `the version of \`${upload.uses ?? ''}\` is not determinable (v4.4 and later skip hidden files such as \`.git\`)`,
            },
            at,
            evidence: `path: ${path}`,
            severity,
            key: `${at.line}:${at.column}`,
          });
        }
      }
    }
  },
});

/** Each upload of the job that holds an earlier checkout which may keep its credentials, with the covering path. */
function leaks(job: Job): { checkout: Step; upload: Step; path: string }[] {
  const out: { checkout: Step; upload: Step; path: string }[] = [];
  const checkouts: Step[] = [];
  for (const step of job.steps) {
    if (step.checkout) {
      if (step.checkout.persistCredentials && storesInGitConfig(step) !== 'no') checkouts.push(step);
      continue;
    }
    if (step.uses?.split('@')[0] !== 'actions/upload-artifact' || uploadsHidden(step) === 'no') continue;
    const paths = (step.with.path ?? '')
      .split('\n')
      .map((p) => p.trim())
      .filter((p) => p !== '' && !p.startsWith('!'));
    for (const checkout of checkouts) {
      const dir = normal(checkout.with.path ?? '');
      if (dir === undefined) continue;
      const covering = paths.find((p) => {
        const n = normal(p);
        return n !== undefined && (n === '' || n === dir || dir.startsWith(`${n}/`) || n === '.git');
      });
      if (covering !== undefined) {
        out.push({ checkout, upload: step, path: covering });
        break;
      }
    }
  }
  return out;
}

/** `./a/b/`, `${{ github.workspace }}/a`, `a/**` → `a/b`, `a`; `*` and `**` → `` (everything); undefined for other expressions. */
function normal(path: string): string | undefined {
  let p = path
    .replace(/^\$\{\{\s*github\.workspace\s*\}\}/, '')
    .replace(/^\$GITHUB_WORKSPACE|^\$\{GITHUB_WORKSPACE\}/, '');
  if (p.includes('${{') || p.includes('$')) return undefined;
  if (p.startsWith('/')) p = p.slice(1);
  const parts = p.split('/').filter((s) => s !== '' && s !== '.');
  while (parts.length > 0 && (parts[parts.length - 1] === '*' || parts[parts.length - 1] === '**')) parts.pop();
  return parts.join('/');
}

/** checkout before v6 writes the credential into `.git/config`; v6 keeps it under `$RUNNER_TEMP`. */
function storesInGitConfig(step: Step): Known {
  const major = majorOf(step.uses);
  return major === undefined ? 'unknown' : major < 6 ? 'yes' : 'no';
}

/** upload-artifact before v4.4.0 uploads hidden files; later ones only with `include-hidden-files: true`. */
function uploadsHidden(step: Step): Known {
  if (step.with['include-hidden-files'] === 'true') return 'yes';
  const ref = step.uses?.split('@')[1] ?? '';
  const m = /^v(\d+)(?:\.(\d+))?/.exec(ref);
  if (!m) return 'unknown';
  const major = Number(m[1]);
  if (major < 4) return 'yes';
  if (major > 4 || m[2] === undefined) return 'no';
  return Number(m[2]) < 4 ? 'yes' : 'no';
}

function majorOf(uses: string | undefined): number | undefined {
  const m = /^v(\d+)/.exec(uses?.split('@')[1] ?? '');
  return m ? Number(m[1]) : undefined;
}

/** A `token:` from a secret other than GITHUB_TOKEN. */
function storedToken(step: Step): string | undefined {
  const token = step.with.token ?? '';
  const m = /secrets\.([A-Za-z_][\w-]*)/.exec(token);
  return m && m[1] !== 'GITHUB_TOKEN' ? `secrets.${m[1]}` : undefined;
}

/**
 * `actions/checkout` leaves the job's token in `.git/config` (unless `persist-credentials: false`),
 * and a later `actions/upload-artifact` of the checkout uploads it: "ArtiPACKED".
 * https://unit42.paloaltonetworks.com/github-repo-artifacts-leak-tokens/
 */
import { defineCheck, type Severity } from '@inert/core';
import type { CiModel, Job, Step } from '../model.js';
import { OUTSIDER_TRIGGERS } from '../privileges.js';
import { artipackedMeta } from './artipacked.meta.js';

type Known = 'yes' | 'no' | 'unknown';

export const artipacked = defineCheck<CiModel>()({
  ...artipackedMeta,
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

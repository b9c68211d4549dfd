/**
 * Expressions that hand the runner the whole `secrets` context: `${{ toJSON(secrets) }}`,
 * `${{ secrets }}`, or a computed index `secrets[matrix.name]`, which GitHub cannot resolve before
 * the job starts, so every secret is sent. A named secret (`secrets.NPM_TOKEN`,
 * `secrets['NPM_TOKEN']`) sends only that one.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#secrets-context
 */
import type { WholeSecrets } from './model.js';

/** `secrets` as a whole identifier, not `inputs.secrets` or `my_secrets`. */
const SECRETS = /(?<![\w.-])secrets(?![\w-])/gi;

/** Every `${{ … }}` of `value` that reads the whole context or indexes it by a computed key. */
export function wholeSecretsIn(value: string): { kind: WholeSecrets['kind']; text: string }[] {
  const out: { kind: WholeSecrets['kind']; text: string }[] = [];
  if (!/secrets/i.test(value)) return out;
  // Expressions do not nest: each character is read once.
  let start = value.indexOf('${{');
  while (start >= 0) {
    const end = value.indexOf('}}', start + 3);
    if (end < 0) break;
    const text = value.slice(start, end + 2);
    const kind = judge(text.slice(3, -2));
    if (kind) out.push({ kind, text });
    start = value.indexOf('${{', end + 2);
  }
  return out;
}

function judge(expression: string): WholeSecrets['kind'] | undefined {
  let found: WholeSecrets['kind'] | undefined;
  // Quotes before the match, counted incrementally so the scan stays linear.
  let quotes = 0;
  let counted = 0;
  for (const m of expression.matchAll(SECRETS)) {
    for (; counted < m.index; counted++) if (expression[counted] === "'") quotes++;
    // Inside a `'…'` literal (GitHub expressions quote with `'`, doubled to escape).
    if (quotes % 2 === 1) continue;
    let k = m.index + m[0].length;
    while (expression[k] === ' ' || expression[k] === '\t') k++;
    const next = expression[k];
    if (next === '.') continue;
    if (next === '[') {
      let q = k + 1;
      while (expression[q] === ' ') q++;
      if (expression[q] === "'" || expression[q] === '"') continue;
      found ??= 'dynamic';
      continue;
    }
    return 'whole';
  }
  return found;
}

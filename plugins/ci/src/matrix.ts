/** Expands `${{ matrix.x }}` in a script with the values the workflow's matrix lists (bounded). */

const MATRIX_REF = /\$\{\{\s*matrix\.([A-Za-z_][\w-]*)\s*\}\}/g;
const MAX_COMBINATIONS = 16;

/** One script per combination of the matrix keys the script uses; unknown keys stay as written. */
export function expandMatrix(script: string, matrix: Record<string, unknown>): string[] {
  const keys = [...new Set([...script.matchAll(MATRIX_REF)].map((m) => m[1]!))].filter((k) => Array.isArray(matrix[k]));
  let scripts = [script];
  for (const key of keys) {
    const values = (matrix[key] as unknown[]).filter((v) => v !== null && typeof v !== 'object').map(String);
    if (values.length === 0) continue;
    const next: string[] = [];
    for (const s of scripts) for (const v of values) next.push(s.replace(new RegExp(`\\$\\{\\{\\s*matrix\\.${key}\\s*\\}\\}`, 'g'), v));
    if (next.length > MAX_COMBINATIONS) break;
    scripts = next;
  }
  return [...new Set(scripts)];
}

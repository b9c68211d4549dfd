// Types for scripts/new-check.mjs (a plain script, imported by test/new-check.test.ts).
export interface NewCheckOptions {
  question?: string;
  severity?: string;
  reads?: string;
}
export function camelCase(id: string): string;
export function titleOf(id: string): string;
export function addToIndex(index: string, id: string): string;
export function addToRules(rules: string, id: string): string;
export function newCheck(root: string, spec: string, options?: NewCheckOptions): Promise<string[]>;

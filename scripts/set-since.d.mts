// Types for scripts/set-since.mjs (a plain script, imported by test/since.test.ts).
export function checkFiles(base?: string): string[];
export function setSince(version: string, files?: string[]): string[];

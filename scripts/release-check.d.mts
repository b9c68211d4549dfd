// Types for scripts/release-check.mjs (a plain script, imported by test/release-check.test.ts).
import type { WorkspacePackage } from './pack.mjs';
export function releaseProblems(
  tag: string | undefined,
  repository: string | undefined,
  packages?: (WorkspacePackage & { manifest: { repository?: string | { url?: string } } })[],
  versionSource?: string,
  action?: string,
): string[];

// Types for scripts/pack.mjs (a plain script, imported by test/pack.test.ts).
export interface WorkspacePackage {
  dir: string;
  manifest: {
    name: string;
    version: string;
    private?: boolean;
    dependencies?: Record<string, string>;
    optionalDependencies?: Record<string, string>;
  };
}
export function publishablePackages(): WorkspacePackage[];
export function tarballName(manifest: { name: string; version: string }): string;
export function packAll(dest: string): string[];

// `prepack` of every publishable package (run by `pnpm pack` / `pnpm publish` in the package's directory):
// builds the package and what it references with the workspace's own TypeScript, and for @inert/cli copies
// the generated check pages (SARIF helpUri points at docs/checks/** inside the published package), the per-tool
// threat-model pages (the Markdown and HTML reports link docs/threat-model/**) and the README.
// Never regenerates the pages: `pnpm run docs` does that, and a test fails when they are stale.
// `--clean` (@inert/cli's postpack) removes the copies again, so the checkout holds one set of pages.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = process.cwd();
const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

if (process.argv.includes('--clean')) {
  rmSync(join(dir, 'docs'), { recursive: true, force: true });
  rmSync(join(dir, 'README.md'), { force: true });
  process.exit(0);
}

execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b'], { cwd: dir, stdio: 'inherit' });

if (manifest.name === '@inert/cli') {
  // The bin is a bundle of the compiled modules (docs/decisions/0022).
  execFileSync(process.execPath, [join(dir, 'scripts/bundle.mjs')], { cwd: dir, stdio: 'inherit' });
  rmSync(join(dir, 'docs'), { recursive: true, force: true });
  cpSync(join(root, 'docs/checks'), join(dir, 'docs/checks'), { recursive: true });
  cpSync(join(root, 'docs/threat-model'), join(dir, 'docs/threat-model'), { recursive: true });
  cpSync(join(root, 'README.md'), join(dir, 'README.md'));
}

// `pnpm run docs`: writes the generated docs (checks, questions, threat model, CLI, own supply chain; see packages/cli/src/docs).
import { mkdir, writeFile, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDocs } from '../packages/cli/dist/docs/generate.js';
import { PLUGINS } from '../packages/cli/dist/plugins.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const docs = await generateDocs(PLUGINS, root);
// Remove pages of checks that no longer exist.
for (const eco of await readdir(join(root, 'docs/checks')).catch(() => [])) {
  if (eco.endsWith('.md')) continue;
  for (const page of await readdir(join(root, 'docs/checks', eco))) {
    if (!docs.has(`docs/checks/${eco}/${page}`)) await rm(join(root, 'docs/checks', eco, page));
  }
}
for (const [path, content] of docs) {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), content);
}
console.log(`wrote ${docs.size} docs files`);

// Copies the four grammar .wasm files from the devDependencies into grammars/ and writes
// SHA256SUMS. Run by hand when a grammar version changes; the output is committed, so installing
// @inert/syntax needs no grammar package (and runs none of their native install hooks).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));
const grammars = [
  ['python', 'tree-sitter-python', 'tree-sitter-python.wasm'],
  ['ruby', 'tree-sitter-ruby', 'tree-sitter-ruby.wasm'],
  ['groovy', 'tree-sitter-groovy', 'tree-sitter-groovy.wasm'],
  ['kotlin', '@tree-sitter-grammars/tree-sitter-kotlin', 'tree-sitter-kotlin.wasm'],
];
const sums = [];
const licenses = ['# Grammar licences', '', 'The `.wasm` files here are copied unmodified from these npm packages (all MIT):', ''];
const versions = {};
for (const [name, pkg, file] of grammars) {
  const dir = join(here, 'node_modules', pkg);
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  copyFileSync(join(dir, file), join(here, 'grammars', `${name}.wasm`));
  const sum = createHash('sha256').update(readFileSync(join(here, 'grammars', `${name}.wasm`))).digest('hex');
  sums.push(`${sum}  ${name}.wasm`);
  versions[name] = `${pkg}@${meta.version}`;
  licenses.push(`- \`${name}.wasm\`: ${pkg}@${meta.version} (${meta.license}), ${meta.repository?.url ?? meta.homepage ?? ''}`);
  if (existsSync(join(dir, 'LICENSE'))) copyFileSync(join(dir, 'LICENSE'), join(here, 'grammars', `LICENSE.${name}`));
}
writeFileSync(join(here, 'grammars', 'SHA256SUMS'), `${sums.join('\n')}\n`);
writeFileSync(join(here, 'grammars', 'LICENSES.md'), `${licenses.join('\n')}\n`);
writeFileSync(join(here, 'grammars', 'versions.json'), `${JSON.stringify(versions, null, 2)}\n`);
console.log(sums.join('\n'));

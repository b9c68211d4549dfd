// `pnpm scan [path] [options]`: the README's first command. Runs the built CLI in this process;
// with no path it scans the bundled example checkout, corpus/demo.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../packages/cli/dist/main.js';

const demo = fileURLToPath(new URL('../corpus/demo', import.meta.url));
const code = await main(
  ['scan', ...process.argv.slice(2)],
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    resolve: (path) => resolve(process.env.INIT_CWD ?? process.cwd(), path),
    isDirectory: async (path) => (await stat(path).catch(() => undefined))?.isDirectory() ?? false,
    readFile: (path) => readFile(path, 'utf8'),
    readBytes: (path) => readFile(path),
    isFile: async (path) => (await stat(path).catch(() => undefined))?.isFile() ?? false,
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
  },
  { defaultPath: demo },
);
process.exitCode = code;

/** `main` on the file system of a directory, with what it prints captured: batch workers and tests. */
import { main, type MainOptions } from './main.js';
import { nodeFileIo } from './node-io.js';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCaptured(argv: readonly string[], cwd: string, options: MainOptions = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    { ...nodeFileIo(cwd), stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    options,
  );
  return { code, stdout, stderr };
}

#!/usr/bin/env node
/** The inert executable: the only module that reads `process`. */
import { main } from './main.js';
import { nodeFileIo } from './node-io.js';

// `inert scan | head`: a reader that closes the pipe early is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  ...nodeFileIo(process.cwd()),
  // https://no-color.org: any non-empty NO_COLOR turns colours off; FORCE_COLOR turns them on for pipes.
  color: process.env.NO_COLOR
    ? false
    : process.env.FORCE_COLOR
      ? process.env.FORCE_COLOR !== '0'
      : process.stdout.isTTY === true,
  ...(process.stderr.isTTY && !process.env.CI ? { progress: (text: string) => void process.stderr.write(text) } : {}),
});
process.exitCode = code;

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

/** Resolves when stdout's buffer has drained, or the stream closed (a closed pipe is EPIPE's to handle above). */
function stdoutDrained(): Promise<void> {
  const out = process.stdout;
  if (!out.writableNeedDrain) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stdoutDrained,
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
// Everything is written (the report, the --output file closed): exit now rather than wait for the
// loop to empty, which kept the process alive for thread-pool requests (a file handle's close) for
// 4–12 ms on an idle machine (docs/decisions/0029). A pipe still holding output exits the usual way,
// once it has been flushed.
if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();

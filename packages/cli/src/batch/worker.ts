/** A batch worker: runs `inert scan <checkout> --format json` in this thread and answers with the report. */
import { parentPort } from 'node:worker_threads';
import { loadOsvDatabase, type OsvDatabase } from '@inert/core';
import { runCaptured } from '../captured.js';
import { PLUGINS } from '../plugins.js';
import type { CheckoutOutcome } from './run.js';

// One OSV database per worker, not per checkout: loading takes about a second for 20,000 advisories.
const osvDatabases = new Map<string, Promise<OsvDatabase>>();
function loadOsvOnce(path: string): Promise<OsvDatabase> {
  let loading = osvDatabases.get(path);
  if (!loading) {
    loading = loadOsvDatabase(path, PLUGINS);
    osvDatabases.set(path, loading);
  }
  return loading;
}

parentPort?.on('message', (message: { argv: string[] }) => {
  void scanOne(message.argv).then((outcome) => parentPort?.postMessage(outcome));
});

async function scanOne(argv: string[]): Promise<CheckoutOutcome> {
  const { code: exitCode, stdout, stderr } = await runCaptured(argv, process.cwd(), { loadOsv: loadOsvOnce });
  if (exitCode === 2)
    return {
      exitCode,
      error: stderr
        .replace(/\nRun "inert --help" for usage\.\n?$/, '')
        .replace(/^inert: /, '')
        .trim(),
    };
  try {
    // The checks' metadata and the ecosystems' profiles are the same on every line: a batch line
    // carries the checkout's own result only (`inert checks --format json` lists the checks once).
    const { rules: _rules, ecosystems: _ecosystems, ...result } = JSON.parse(stdout) as Record<string, unknown>;
    return { exitCode, report: JSON.stringify(result) };
  } catch {
    return { exitCode: 2, error: 'the scan printed no valid JSON report' };
  }
}

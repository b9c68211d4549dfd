/**
 * `inert scan --batch <list|dir>`: many checkouts in one process, in parallel, one NDJSON line each,
 * resumable, and `--shard i/n` to spread a fleet over existing job runners (docs/scaling.md).
 */
import { availableParallelism } from 'node:os';
import { escapeText } from '@inert/core';
import { UsageError, type ParsedArgs } from '../args.js';
import type { Io } from '../io.js';
import { readBatchList, type BatchEntry, type ListIo } from './list.js';
import { ScanPool } from './pool.js';
import { batchExitCode, resumeFrom, runBatch, type ScanCheckout } from './run.js';
import { inShard, parseShard } from './shard.js';

export interface BatchIo extends Io {
  listDirectory: ListIo['listDirectory'];
  appendFile(path: string, text: string): Promise<void>;
  exists(path: string): Promise<boolean>;
}

/** The scan flags every checkout shares, rebuilt from the parsed arguments (paths made absolute). */
export function sharedScanArgs(args: ParsedArgs, io: Io): string[] {
  const out = ['--format', 'json', '--quiet'];
  if (args.failOn) out.push('--fail-on', args.failOn);
  if (args.ecosystems) out.push('--ecosystem', args.ecosystems.join(','));
  if (args.config) out.push('--config', io.resolve(args.config));
  for (const dir of args.includeDirs) out.push('--include-dir', dir);
  if (args.untrusted) out.push('--untrusted');
  if (args.osv) out.push('--osv', io.resolve(args.osv));
  if (args.advisories) out.push('--advisories');
  return out;
}

export async function batchCommand(args: ParsedArgs, io: BatchIo, scanWith?: ScanCheckout): Promise<number> {
  const target = args.positionals[0];
  if (!target || args.positionals.length > 1)
    throw new UsageError('--batch takes one list file (one checkout path per line) or one directory of checkouts');
  if (args.format !== 'text' && args.format !== 'json' && args.format !== 'ndjson')
    throw new UsageError('--batch writes NDJSON (one JSON report per line); --format cannot change that');
  if (args.baseline || args.writeBaseline)
    throw new UsageError('--baseline and --write-baseline are per checkout; they cannot be used with --batch');
  if (args.resume && !args.output)
    throw new UsageError('--resume needs --output: the NDJSON file of the run to continue');
  const shard = args.shard === undefined ? undefined : parseShard(args.shard);
  if (typeof shard === 'string') throw new UsageError(shard);
  const jobs = args.jobs === undefined ? availableParallelism() : Number(args.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)
    throw new UsageError(`--jobs must be a whole number from 1 to 256 (got "${args.jobs}")`);

  let list;
  try {
    list = await readBatchList(target, io);
  } catch (error) {
    throw new UsageError(`cannot read the batch: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (list.entries.length === 0) throw new UsageError(`"${target}" names no checkouts: nothing was scanned`);
  for (const r of list.rejected) io.stderr(`inert: batch: ${escapeText(r.id)}: ${r.reason}\n`);
  const entries = list.entries.filter((e) => inShard(e.id, shard));

  const output = args.output ? io.resolve(args.output) : undefined;
  let done: Set<string> | undefined;
  if (output && args.resume && (await io.exists(output))) {
    const resumed = resumeFrom(await io.readFile(output));
    done = resumed.done;
    await io.writeFile(output, resumed.keep);
  } else if (output) {
    await io.writeFile(output, '');
  }
  // Each line waits for the one before it to leave: on a pipe, for the reader (`drain`), so a slow
  // reader slows the batch rather than the process holding every report in memory.
  const write = output
    ? (line: string) => io.appendFile(output, line)
    : async (line: string) => {
        io.stdout(line);
        await io.stdoutDrained?.();
      };

  const pool = scanWith
    ? undefined
    : new ScanPool({
        size: jobs,
        scanArgs: sharedScanArgs(args, io),
        timeoutMs: (args.timeout ?? 600) * 1000,
        maxHeapMb: 4096,
      });
  // A refused entry (a link among the checkouts) gets an error line, so the run fails closed.
  const scanCheckout: ScanCheckout = async (entry: BatchEntry) =>
    entry.refused ? { exitCode: 2, error: entry.refused } : (scanWith ?? ((e) => pool!.scan(e)))(entry);
  try {
    const summary = await runBatch(entries, scanCheckout, {
      jobs,
      ...(done ? { done } : {}),
      write,
      ...(io.progress && !args.quiet
        ? { onDone: (n: number, total: number) => io.progress!(`batch: ${n} of ${total} checkouts scanned\n`) }
        : {}),
    });
    if (!args.quiet) {
      const shardNote = shard ? ` (shard ${shard.index}/${shard.count} of ${list.entries.length})` : '';
      io.stderr(
        `inert: batch: ${summary.total} checkouts${shardNote}: ${summary.clean} clean, ${summary.withFindings} with findings at or above --fail-on, ${summary.incomplete} incomplete, ${summary.failed} could not be scanned${summary.skipped ? `, ${summary.skipped} already done (--resume)` : ''}\n`,
      );
    }
    return batchExitCode(summary);
  } finally {
    await pool?.close();
  }
}

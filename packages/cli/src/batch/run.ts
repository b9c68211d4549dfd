/**
 * Runs a batch: scans each checkout of a (sharded) list with a bounded number in flight and writes
 * one NDJSON line per checkout, in list order. A checkout that cannot be scanned becomes an error
 * line; the others go on.
 */
import type { BatchEntry } from './list.js';

/** What scanning one checkout gave: the JSON report (compact, one line) or why there is none. */
export interface CheckoutOutcome {
  /** The exit code `inert scan <checkout> --format json` would have had: 0, 1 or 2. */
  exitCode: number;
  /** The JSON report on one line, when the scan ran (exit 0 or 1). */
  report?: string;
  /** Why the checkout could not be scanned (exit 2). */
  error?: string;
}

export type ScanCheckout = (entry: BatchEntry) => Promise<CheckoutOutcome>;

export interface BatchRunOptions {
  /** Scans in flight at once (worker threads in the CLI). */
  jobs: number;
  /** Checkouts finished in an earlier run (resume): skipped. */
  done?: ReadonlySet<string>;
  /** Receives each line (with its newline), in list order. */
  write(line: string): void | Promise<void>;
  /** Called after each checkout, for progress displays. */
  onDone?(finished: number, total: number): void;
}

export interface BatchSummary {
  total: number;
  skipped: number;
  clean: number;
  withFindings: number;
  /** Scanned, but incomplete (exit 3: something could not be read), with no finding at or above --fail-on. */
  incomplete: number;
  failed: number;
}

/** The NDJSON line for one checkout. Built around the report string so it is not parsed again. */
export function batchLine(entry: BatchEntry, outcome: CheckoutOutcome): string {
  const head = `{"inertBatch":1,"checkout":${JSON.stringify(entry.id)},"exitCode":${outcome.exitCode}`;
  if (outcome.report !== undefined && outcome.exitCode !== 2) return `${head},"result":${outcome.report}}\n`;
  return `${head},"error":${JSON.stringify(outcome.error ?? 'the scan produced no report')}}\n`;
}

export async function runBatch(
  entries: readonly BatchEntry[],
  scanCheckout: ScanCheckout,
  options: BatchRunOptions,
): Promise<BatchSummary> {
  const todo = entries.filter((e) => !options.done?.has(e.id));
  const summary: BatchSummary = {
    total: entries.length,
    skipped: entries.length - todo.length,
    clean: 0,
    withFindings: 0,
    incomplete: 0,
    failed: 0,
  };
  const jobs = Math.max(1, Math.floor(options.jobs));
  // Lines leave in list order. A checkout starts only while it is within `window` of the oldest
  // unwritten one, so a slow checkout holds back at most `window` finished reports in memory.
  const window = Math.max(jobs * 4, 8);
  const outcomes = new Map<number, CheckoutOutcome>();
  let next = 0;
  let written = 0;
  let running = 0;
  let finished = 0;

  return await new Promise<BatchSummary>((resolveAll, rejectAll) => {
    const flush = async (): Promise<void> => {
      while (outcomes.has(written)) {
        const outcome = outcomes.get(written)!;
        outcomes.delete(written);
        await options.write(batchLine(todo[written]!, outcome));
        if (outcome.exitCode === 0) summary.clean++;
        else if (outcome.exitCode === 1) summary.withFindings++;
        else if (outcome.exitCode === 3) summary.incomplete++;
        else summary.failed++;
        written++;
      }
    };
    let writing: Promise<void> = Promise.resolve();
    const pump = (): void => {
      if (written === todo.length && running === 0) {
        resolveAll(summary);
        return;
      }
      while (running < jobs && next < todo.length && next - written < window) {
        const index = next++;
        running++;
        scanCheckout(todo[index]!)
          .catch(
            (error: unknown): CheckoutOutcome => ({
              exitCode: 2,
              error: `internal error: ${error instanceof Error ? error.message : String(error)}`,
            }),
          )
          .then((outcome) => {
            running--;
            finished++;
            outcomes.set(index, outcome);
            options.onDone?.(finished, todo.length);
            writing = writing.then(flush);
            return writing;
          })
          .then(pump, rejectAll);
      }
    };
    pump();
  });
}

/** Exit code of the whole batch: 2 when any checkout could not be scanned, else 1 when any has findings, else 3 when any scan is incomplete. */
export function batchExitCode(summary: BatchSummary): number {
  if (summary.failed > 0) return 2;
  if (summary.withFindings > 0) return 1;
  return summary.incomplete > 0 ? 3 : 0;
}

/**
 * Checkouts already written by an earlier run of the same batch (for `--resume`), and the lines to
 * keep: every complete line; a last line cut short by a crash is dropped and that checkout redone.
 */
export function resumeFrom(previous: string): { done: Set<string>; keep: string } {
  const done = new Set<string>();
  let keep = '';
  for (const line of previous.split('\n')) {
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      continue;
    }
    const checkout = (parsed as { checkout?: unknown }).checkout;
    if ((parsed as { inertBatch?: unknown }).inertBatch !== 1 || typeof checkout !== 'string' || done.has(checkout))
      continue;
    done.add(checkout);
    keep += `${line}\n`;
  }
  return { done, keep };
}

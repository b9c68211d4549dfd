/**
 * A bounded pool of worker threads that each scan one checkout at a time. Workers run inert's own
 * worker module (never a scanned file): this and worker.ts are the only CLI modules allowed
 * `node:worker_threads` (test/forbidden-imports.test.ts). A worker that crashes or overruns the
 * per-checkout time is replaced; that checkout gets an error line and the batch goes on.
 */
import { Worker } from 'node:worker_threads';
import type { BatchEntry } from './list.js';
import type { CheckoutOutcome } from './run.js';

export interface PoolOptions {
  size: number;
  /** The `inert scan` arguments after the checkout path (flags shared by every checkout). */
  scanArgs: readonly string[];
  /** Milliseconds one checkout may take before its worker is stopped. */
  timeoutMs: number;
  /** Heap cap per worker, in MB: a pathological checkout fails alone instead of the process. */
  maxHeapMb: number;
}

/** The compiled worker next to this module; under the test runner (sources in src/) the built one in dist/. */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('../../dist/batch/worker.js', import.meta.url)
    : new URL('./worker.js', import.meta.url);
}

interface Task {
  entry: BatchEntry;
  resolve(outcome: CheckoutOutcome): void;
}

interface Slot {
  worker: Worker;
  task?: Task | undefined;
  timer?: NodeJS.Timeout | undefined;
}

export class ScanPool {
  private readonly queue: Task[] = [];
  private readonly slots: Slot[] = [];
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  scan(entry: BatchEntry): Promise<CheckoutOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ entry, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = this.slots.find((s) => !s.task);
      if (!slot) {
        if (this.slots.length >= this.options.size) return;
        slot = this.spawn();
      }
      const task = this.queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(
        () =>
          this.fail(slot, `the scan took longer than ${Math.round(this.options.timeoutMs / 1000)} s and was stopped`),
        this.options.timeoutMs,
      );
      const listing = task.entry.listing ? ['--listing', task.entry.listing] : [];
      slot.worker.postMessage({ argv: ['scan', task.entry.path, ...listing, ...this.options.scanArgs] });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(workerUrl(), {
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb },
      stdout: true,
      stderr: true,
    });
    const slot: Slot = { worker };
    worker.on('message', (outcome: CheckoutOutcome) => this.finish(slot, outcome));
    worker.on('error', (error) => this.fail(slot, `the scan crashed: ${error.message}`));
    worker.on('exit', () => this.fail(slot, 'the scan worker exited'));
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, outcome: CheckoutOutcome): void {
    const task = slot.task;
    if (!task) return;
    clearTimeout(slot.timer);
    slot.task = undefined;
    task.resolve(outcome);
    this.dispatch();
  }

  /** The worker is gone or stuck: answer its task with an error, replace it, go on. */
  private fail(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    clearTimeout(slot.timer);
    void slot.worker.terminate();
    slot.task?.resolve({ exitCode: 2, error: reason });
    slot.task = undefined;
    this.dispatch();
  }
}

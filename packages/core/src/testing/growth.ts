/**
 * How a reader's time grows with its input, for the linear-time tests (#20 class 3): the fastest of a
 * few runs at size n and at `factor`·n, after one warm-up run of each so the JIT compiles first. A
 * test asserts on the ratio with a generous bound, never on absolute milliseconds.
 *
 * Times are CPU time of this process (`process.cpuUsage()`), not wall time, and the fastest run, not
 * the median: on a loaded machine a longer run is descheduled more often, and load, garbage
 * collection and cache misses only ever add time (the same reasons as @inert/testing's expectLinear).
 */
export interface Growth {
  /** Fastest CPU milliseconds at size n. */
  small: number;
  /** Fastest CPU milliseconds at size factor·n. */
  large: number;
}

export async function measureGrowth(
  run: (size: number) => unknown,
  n: number,
  options: { factor?: number; runs?: number } = {},
): Promise<Growth> {
  const factor = options.factor ?? 4;
  const runs = options.runs ?? 5;
  await run(n);
  await run(factor * n);
  const small: number[] = [];
  const large: number[] = [];
  // Interleaved, so a slow phase of the machine hits both sizes alike.
  for (let i = 0; i < runs; i++) {
    small.push(await cpuMsAsync(() => run(n)));
    large.push(await cpuMsAsync(() => run(factor * n)));
  }
  return { small: Math.min(...small), large: Math.min(...large) };
}

/**
 * True when `growth` looks linear for a `factor` (default 4) times larger input: a linear reader
 * takes ~4x, a quadratic one ~16x; 10x leaves room for GC and a busy machine, and 2 ms for the noise of
 * a fastest-of-runs CPU time. The slack was 50 ms, which hid a quadratic whenever the small run took
 * under 8.3 ms (16s < 10s + 50): measured under load 10, 7 of the 10 callers' small runs were
 * 0.09-6.9 ms (the CI audits 1.4, 6.9, 1.5, 3.2; hostile sizes 1.1, 8.6; glob 0.09), the rest 17-83 ms;
 * the largest linear ratio was x9.2 (1.49 → 13.69 ms). With 2 ms a quadratic shows from 0.33 ms.
 */
export function looksLinear(growth: Growth, factor = 4): boolean {
  return growth.large < 2.5 * factor * growth.small + 2;
}

/**
 * CPU milliseconds (user + system) of this process while `run` runs: for ratios and for hang guards in
 * tests. Waiting for a core on a loaded machine does not count, so a bound on it is not a wall-clock
 * bound that load trips.
 */
export function cpuMs(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** `cpuMs` of an async `run`, from its call to its settling: nothing else should run meanwhile. */
export async function cpuMsAsync(run: () => unknown): Promise<number> {
  const started = process.cpuUsage();
  await run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

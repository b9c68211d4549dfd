/**
 * How a reader's time grows with its input, for the linear-time tests (#20 class 3): the median of a
 * few runs at size n and at `factor`·n, after one warm-up run of each so the JIT compiles first. A
 * test asserts on the ratio with a generous bound, never on absolute milliseconds.
 */
export interface Growth {
  /** Median milliseconds at size n. */
  small: number;
  /** Median milliseconds at size factor·n. */
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
  return { small: await median(() => run(n), runs), large: await median(() => run(factor * n), runs) };
}

/**
 * True when `growth` looks linear for a `factor` (default 4) times larger input: a linear reader
 * takes ~4x, a quadratic one ~16x; 10x (plus a few ms of noise) leaves room for GC and a busy machine.
 */
export function looksLinear(growth: Growth, factor = 4): boolean {
  return growth.large < 2.5 * factor * growth.small + 50;
}

async function median(fn: () => unknown, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

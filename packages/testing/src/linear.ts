/**
 * Doubling tests for linear-time code (#20 class 3): `expectLinear(fn, makeInput)` fails when doubling
 * a pathological input more than ~doubles the time `fn` takes on it.
 *
 * A quadratic reader takes 4x on twice the input, a cubic one 8x; a linear one 2x plus noise. The
 * helper never asserts an absolute time (machines differ, CI shares cores): it compares the median of
 * several interleaved runs on `makeInput(n)` and `makeInput(2n)` in the same process, with `n` first
 * grown until one run takes long enough to measure, and re-measures before failing so that one burst
 * of load from another process cannot fail the test.
 */

export interface LinearOptions {
  /** First size tried (default 1 << 12); doubled until one run takes `minMs`. */
  start?: number;
  /** Largest size tried while calibrating (default 1 << 24). */
  maxSize?: number;
  /** Time one run on `makeInput(n)` should take for the ratio to be measurable (default 8 ms). */
  minMs?: number;
  /** Runs per size; their medians are compared (default 7). */
  runs?: number;
  /** Largest accepted ratio time(2n) / time(n) (default 3: linear is 2, quadratic 4). */
  maxRatio?: number;
  /** Measurements before the test fails (default 3): a failure must repeat. */
  attempts?: number;
}

export interface LinearMeasurement {
  /** The size `n` measured against `2n`. */
  size: number;
  /** Median ms on `makeInput(n)` and `makeInput(2n)`. */
  small: number;
  large: number;
  ratio: number;
}

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** Measures the doubling ratio of `fn` on `makeInput` (see `expectLinear`), without asserting. */
export function measureDoubling<T>(fn: (input: T) => unknown, makeInput: (n: number) => T, options: LinearOptions = {}): LinearMeasurement {
  const { start = 1 << 12, maxSize = 1 << 24, minMs = 8, runs = 7 } = options;
  let n = start;
  let input = makeInput(n);
  // Each size is run once untimed first: that compiles the code under test and flattens the input
  // string, which V8 does on the first regex or indexOf over a concatenation.
  const warmTime = (x: T): number => {
    fn(x);
    return time(() => fn(x));
  };
  while (warmTime(input) < minMs && n < maxSize) {
    n *= 2;
    input = makeInput(n);
  }
  const small = input;
  const large = makeInput(2 * n);
  fn(large);
  const a: number[] = [];
  const b: number[] = [];
  // Interleaved, so a slow phase of the machine hits both sizes alike.
  for (let i = 0; i < runs; i++) {
    a.push(time(() => fn(small)));
    b.push(time(() => fn(large)));
  }
  const ms = { small: median(a), large: median(b) };
  return { size: n, ...ms, ratio: ms.large / Math.max(ms.small, 1e-3) };
}

/**
 * Fails unless `fn` is linear on the family of inputs `makeInput(n)`: time on `2n` at most
 * `maxRatio` (default 3) times the time on `n`. `makeInput` should build the input that hurt the
 * code it replaced (a long run of one character, a line of NULs, deep nesting).
 */
export function expectLinear<T>(fn: (input: T) => unknown, makeInput: (n: number) => T, options: LinearOptions = {}): LinearMeasurement {
  const { maxRatio = 3, attempts = 3 } = options;
  const seen: LinearMeasurement[] = [];
  for (let i = 0; i < attempts; i++) {
    const m = measureDoubling(fn, makeInput, options);
    if (m.ratio <= maxRatio) return m;
    seen.push(m);
  }
  const detail = seen.map((m) => `n=${m.size}: ${m.small.toFixed(2)} ms, 2n: ${m.large.toFixed(2)} ms (x${m.ratio.toFixed(2)})`).join('; ');
  throw new Error(`not linear: doubling the input multiplied the time by more than ${maxRatio} in ${attempts} measurements (${detail})`);
}

/** `unit` repeated to exactly `n` characters: a pathological line (`repeatTo('a', n)`, `repeatTo('\0', n)`). */
export function repeatTo(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** The pathological inputs every line reader is doubled on (#20 class 3): a 1 MB line, 1 MB of NULs, and what hurt its old regexes. */
export const MB = 1 << 20;

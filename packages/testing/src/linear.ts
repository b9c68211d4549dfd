/**
 * Doubling tests for linear-time code (#20 class 3): `expectLinear(fn, makeInput)` fails when doubling
 * a pathological input more than ~doubles the time `fn` takes on it.
 *
 * A quadratic reader takes 4x on twice the input, a cubic one 8x; a linear one 2x plus noise. The
 * helper never asserts an absolute time (machines differ, CI shares cores): it compares the fastest
 * CPU time of several interleaved runs on `makeInput(n)`, `makeInput(2n)` and `makeInput(4n)` in the
 * same process, with `n` first grown until one run takes long enough to measure, and re-measures
 * before failing so that one burst of load from another process cannot fail the test.
 */

export interface LinearOptions {
  /** First size tried (default 1 << 12); doubled until one run takes `minMs`. */
  start?: number;
  /** Largest size tried while calibrating (default 1 << 24). */
  maxSize?: number;
  /** Time one run on `makeInput(n)` should take for the ratio to be measurable (default 8 ms). */
  minMs?: number;
  /** Runs per size; their fastest runs are compared (default 5). Times are CPU time, not wall time. */
  runs?: number;
  /** Largest accepted time per doubling, sqrt(time(4n) / time(n)) (default 3: linear is 2, quadratic 4). */
  maxRatio?: number;
  /** Measurements before the test fails (default 3): a failure must repeat. */
  attempts?: number;
}

export interface LinearMeasurement {
  /** The size `n` measured against `2n` and `4n`. */
  size: number;
  /** Fastest CPU ms on `makeInput(n)` and `makeInput(4n)`. */
  small: number;
  large: number;
  /** Time per doubling: the square root of time(4n) / time(n) (linear 2, quadratic 4). */
  ratio: number;
}

/**
 * CPU milliseconds (user + system) of this process while `run` runs. Not wall time: on a loaded
 * machine a long run is descheduled more often than a short one, which inflates the ratio of wall
 * times (measured at x7-x17 for linear readers during a full test run on 2 shared cores).
 */
function time(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/**
 * Measures the doubling ratio of `fn` on `makeInput` (see `expectLinear`), without asserting. It is
 * taken over two doublings (n to 4n): a garbage-collector step that one doubling crosses (measured
 * at x4 for one doubling of a linear reader, then x1.6 for the next) averages out, a quadratic
 * reader's x4 per doubling does not.
 */
export function measureDoubling<T>(
  fn: (input: T) => unknown,
  makeInput: (n: number) => T,
  options: LinearOptions = {},
): LinearMeasurement {
  const { start = 1 << 12, maxSize = 1 << 24, minMs = 8, runs = 5 } = options;
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
  const sizes = [input, makeInput(2 * n), makeInput(4 * n)];
  for (const x of sizes.slice(1)) fn(x);
  const times: number[][] = [[], [], []];
  // Interleaved, so a slow phase of the machine hits every size alike.
  for (let i = 0; i < runs; i++) sizes.forEach((x, k) => times[k]!.push(time(() => fn(x))));
  // The fastest run of each size: load, garbage collection and cache misses only ever add time, so the
  // minimum is the cost of the code itself (medians of allocation-heavy linear readers measured x4 per
  // doubling under load, their minima x2.1).
  const small = Math.min(...times[0]!);
  const large = Math.min(...times[2]!);
  return { size: n, small, large, ratio: Math.sqrt(large / Math.max(small, 1e-3)) };
}

/**
 * Fails unless `fn` is linear on the family of inputs `makeInput(n)`: each doubling of the input
 * multiplies the time by at most `maxRatio` (default 3), measured from `n` to `4n`. `makeInput` should build the input that hurt the
 * code it replaced (a long run of one character, a line of NULs, deep nesting).
 */
export function expectLinear<T>(
  fn: (input: T) => unknown,
  makeInput: (n: number) => T,
  options: LinearOptions = {},
): LinearMeasurement {
  const { maxRatio = 3, attempts = 3 } = options;
  const seen: LinearMeasurement[] = [];
  for (let i = 0; i < attempts; i++) {
    const m = measureDoubling(fn, makeInput, options);
    if (m.ratio <= maxRatio) return m;
    seen.push(m);
  }
  throw notLinear(seen, maxRatio, attempts);
}

/**
 * `expectLinear` for an async reader (one that awaits a WASM parser): the same sizes, runs and ratio,
 * each run timed in CPU time from its call to its settling. Nothing else should run meanwhile (vitest
 * runs one test of a file at a time), or its CPU time is counted too.
 */
export async function expectLinearAsync<T>(
  fn: (input: T) => Promise<unknown>,
  makeInput: (n: number) => T,
  options: LinearOptions = {},
): Promise<LinearMeasurement> {
  const { maxRatio = 3, attempts = 3, start = 1 << 12, maxSize = 1 << 24, minMs = 8, runs = 5 } = options;
  const time = async (x: T): Promise<number> => {
    const started = process.cpuUsage();
    await fn(x);
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  const seen: LinearMeasurement[] = [];
  for (let attempt = 0; attempt < attempts; attempt++) {
    let n = start;
    let input = makeInput(n);
    await fn(input);
    while ((await time(input)) < minMs && n < maxSize) {
      n *= 2;
      input = makeInput(n);
      await fn(input);
    }
    const sizes = [input, makeInput(2 * n), makeInput(4 * n)];
    for (const x of sizes.slice(1)) await fn(x);
    const times: number[][] = [[], [], []];
    for (let i = 0; i < runs; i++) for (let k = 0; k < 3; k++) times[k]!.push(await time(sizes[k]!));
    const small = Math.min(...times[0]!);
    const large = Math.min(...times[2]!);
    const m = { size: n, small, large, ratio: Math.sqrt(large / Math.max(small, 1e-3)) };
    if (m.ratio <= maxRatio) return m;
    seen.push(m);
  }
  throw notLinear(seen, maxRatio, attempts);
}

/** `unit` repeated to exactly `n` characters: a pathological line (`repeatTo('a', n)`, `repeatTo('\0', n)`). */
export function repeatTo(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** The pathological inputs every line reader is doubled on (#20 class 3): a 1 MB line, 1 MB of NULs, and what hurt its old regexes. */
export const MB = 1 << 20;

/** The error of `expectLinear` and `expectLinearAsync`: every measurement, so a failure says how far off it was. */
function notLinear(seen: readonly LinearMeasurement[], maxRatio: number, attempts: number): Error {
  const detail = seen
    .map(
      (m) =>
        `n=${m.size}: ${m.small.toFixed(2)} ms, 4n: ${m.large.toFixed(2)} ms (x${m.ratio.toFixed(2)} per doubling)`,
    )
    .join('; ');
  return new Error(
    `not linear: each doubling of the input multiplied the CPU time by more than ${maxRatio} in ${attempts} measurements (${detail})`,
  );
}

/**
 * Doubling tests for linear-time code (#20 class 3): `expectLinear(fn, makeInput)` fails when doubling
 * a pathological input more than ~doubles the time `fn` takes on it.
 *
 * A quadratic reader takes 4x on twice the input, a cubic one 8x; a linear one 2x plus noise. The
 * helper never asserts an absolute time (machines differ, CI shares cores): it compares the fastest
 * CPU time of several interleaved runs on `makeInput(n)`, `makeInput(2n)` and `makeInput(4n)` in the
 * same process, with `n` first grown until the fastest of a few runs takes long enough to measure.
 *
 * A failed measurement is taken again at twice the size, then four times (`attempts`): the test fails
 * only when every one of them is over the ratio. A super-linear reader only gets worse as its input
 * grows; a linear one can have a step between `n` and `4n` that is not noise and that re-measuring at
 * the same size would meet every time: V8's young generation. A reader whose live objects fit in it
 * pays no copying; one size up they are copied and promoted, a one-off step of up to x16 in one
 * doubling, linear on either side (measured on the yaml package with a double-quoted scalar of NULs:
 * 256 Ki 6 ms, 512 Ki 122 ms, 1 Mi 250 ms, 2 Mi 475 ms of CPU; with --max-semi-space-size=64 the step
 * moves to 2 Mi). Where the step falls depends on the heap the earlier tests of the file left, which
 * is why `parseYaml` failed about one run in three.
 */

import { cpuMs, cpuMsAsync } from '@inert/core/testing';

export interface LinearOptions {
  /** First size tried (default 1 << 12); doubled until the fastest of a few runs takes `minMs`. */
  start?: number;
  /**
   * Largest `n` (default 1 << 24): calibration stops there and a re-measurement never starts past it,
   * so no measured size exceeds 4 × maxSize (keep 4 × maxSize under a budget that cuts the work).
   */
  maxSize?: number;
  /** Time the fastest run on `makeInput(n)` should take for the ratio to be measurable (default 8 ms). */
  minMs?: number;
  /** Runs per size; their fastest runs are compared (default 5). Times are CPU time, not wall time. */
  runs?: number;
  /** Largest accepted time per doubling, sqrt(time(4n) / time(n)) (default 3: linear is 2, quadratic 4). */
  maxRatio?: number;
  /** Measurements before the test fails (default 3), each at twice the size of the one before. */
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

// CPU time, not wall time: on a loaded machine a long run is descheduled more often than a short one,
// which inflates the ratio of wall times (measured at x7-x17 for linear readers during a full test run
// on 2 shared cores).
export { cpuMs, cpuMsAsync };

/**
 * One measurement as a plan: it yields each input to run `fn` on and receives that run's CPU ms, so
 * one plan serves the sync and the async helper. With `size`, it measures there without calibrating.
 */
function* doubling<T>(
  makeInput: (n: number) => T,
  options: LinearOptions,
  size?: number,
): Generator<T, LinearMeasurement, number> {
  const { start = 1 << 12, maxSize = 1 << 24, minMs = 8, runs = 5 } = options;
  let n = size ?? start;
  let input = makeInput(n);
  if (size === undefined) {
    // The fastest of three runs after an untimed one (which compiles the code under test and flattens
    // the input string, as V8 does on the first regex or indexOf over a concatenation): one slow run
    // stopped calibration too early, at sizes where the constant overhead or a heap step still shows.
    for (;;) {
      yield input;
      let fastest = Infinity;
      for (let i = 0; i < 3; i++) fastest = Math.min(fastest, yield input);
      if (fastest >= minMs || n >= maxSize) break;
      n *= 2;
      input = makeInput(n);
    }
  }
  const sizes = [input, makeInput(2 * n), makeInput(4 * n)];
  for (const x of size === undefined ? sizes.slice(1) : sizes) yield x;
  const times: number[][] = [[], [], []];
  // Interleaved, so a slow phase of the machine hits every size alike.
  for (let i = 0; i < runs; i++) for (let k = 0; k < 3; k++) times[k]!.push(yield sizes[k]!);
  // The fastest run of each size: load, garbage collection and cache misses only ever add time, so the
  // minimum is the cost of the code itself (medians of allocation-heavy linear readers measured x4 per
  // doubling under load, their minima x2.1).
  const small = Math.min(...times[0]!);
  const large = Math.min(...times[2]!);
  return { size: n, small, large, ratio: Math.sqrt(large / Math.max(small, 1e-3)) };
}

/** Up to `attempts` measurements, each at twice the size of the last, until one is under the ratio. */
function* linearity<T>(makeInput: (n: number) => T, options: LinearOptions): Generator<T, LinearMeasurement, number> {
  const { maxRatio = 3, attempts = 3, maxSize = 1 << 24 } = options;
  const seen: LinearMeasurement[] = [];
  let size: number | undefined;
  for (let i = 0; i < attempts; i++) {
    const m = yield* doubling(makeInput, options, size);
    if (m.ratio <= maxRatio) return m;
    seen.push(m);
    size = m.size * 2 <= maxSize ? m.size * 2 : m.size;
  }
  throw notLinear(seen, maxRatio);
}

function runSync<T>(fn: (input: T) => unknown, plan: Generator<T, LinearMeasurement, number>): LinearMeasurement {
  let step = plan.next();
  while (!step.done) {
    const x = step.value;
    step = plan.next(cpuMs(() => fn(x)));
  }
  return step.value;
}

/**
 * Measures the doubling ratio of `fn` on `makeInput` once (see `expectLinear`), without asserting. It
 * is taken over two doublings (n to 4n): a garbage-collector step that one doubling crosses (measured
 * at x4 for one doubling of a linear reader, then x1.6 for the next) averages out, a quadratic
 * reader's x4 per doubling does not.
 */
export function measureDoubling<T>(
  fn: (input: T) => unknown,
  makeInput: (n: number) => T,
  options: LinearOptions = {},
): LinearMeasurement {
  return runSync(fn, doubling(makeInput, options));
}

/**
 * Fails unless `fn` is linear on the family of inputs `makeInput(n)`: each doubling of the input
 * multiplies the time by at most `maxRatio` (default 3), measured from `n` to `4n`, at `n`, `2n` and
 * `4n` before failing. `makeInput` should build the input that hurt the code it replaced (a long run
 * of one character, a line of NULs, deep nesting).
 */
export function expectLinear<T>(
  fn: (input: T) => unknown,
  makeInput: (n: number) => T,
  options: LinearOptions = {},
): LinearMeasurement {
  return runSync(fn, linearity(makeInput, options));
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
  const plan = linearity(makeInput, options);
  let step = plan.next();
  while (!step.done) {
    const x = step.value;
    step = plan.next(await cpuMsAsync(() => fn(x)));
  }
  return step.value;
}

/**
 * `fn` followed by a quadratic pass: each of `count(input)` items against every earlier one, the shape
 * of the #20 class 3 bugs (every dependency looked up in every lock entry). A doubling test whose sizes
 * are capped by a budget checks with it that its sizes still catch a quadratic: with `count` chosen so
 * the pass costs about the reader's own time at the measured `n`, two doublings cost (4 + 16) / (1 + 1)
 * = x10, sqrt(10) = 3.2 per doubling, over the bound of 3. Works for sync and async readers.
 */
export function withQuadratic<T, R>(fn: (input: T) => R, count: (input: T) => number): (input: T) => R {
  const pass = (input: T) => {
    const k = count(input);
    let x = 0;
    for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) x = (x + (i ^ j)) | 0;
    quadraticSink = x;
  };
  return (input) => {
    const result = fn(input);
    if (result instanceof Promise) return result.then((value: unknown) => (pass(input), value)) as R;
    pass(input);
    return result;
  };
}
/** Keeps the JIT from dropping the quadratic pass. */
export let quadraticSink = 0;

/** `unit` repeated to exactly `n` characters: a pathological line (`repeatTo('a', n)`, `repeatTo('\0', n)`). */
export function repeatTo(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** The pathological inputs every line reader is doubled on (#20 class 3): a 1 MB line, 1 MB of NULs, and what hurt its old regexes. */
export const MB = 1 << 20;

/** The error of `expectLinear` and `expectLinearAsync`: every measurement, so a failure says how far off it was. */
function notLinear(seen: readonly LinearMeasurement[], maxRatio: number): Error {
  const detail = seen
    .map(
      (m) =>
        `n=${m.size}: ${m.small.toFixed(2)} ms, 4n: ${m.large.toFixed(2)} ms (x${m.ratio.toFixed(2)} per doubling)`,
    )
    .join('; ');
  return new Error(
    `not linear: each doubling of the input multiplied the CPU time by more than ${maxRatio} in ${seen.length} measurements at growing sizes (${detail})`,
  );
}

/**
 * Input checks shared by every statistics function. The error contract of the project says that
 * bad mathematical input throws an Error whose message starts with the function's name, never a
 * silent `NaN`; these helpers keep that message format in one place.
 */

/**
 * Throws unless `xs` has at least `minLength` values, all finite.
 *
 * @param functionName - name of the public function, first word of the message.
 * @param xs - the sample to check.
 * @param minLength - fewest values the function can work with (1 unless told).
 * @param label - what the sample is called in the message, e.g. `x`, `base`.
 * @throws {Error} `"<functionName>: <label> needs at least N values, got M"` or
 *   `"<functionName>: <label>[i] is not a finite number (NaN)"`.
 */
export function assertFiniteSample(
  functionName: string,
  xs: readonly number[],
  minLength = 1,
  label = 'sample',
): void {
  if (!Array.isArray(xs)) {
    throw new Error(`${functionName}: ${label} must be an array of numbers`);
  }
  if (xs.length < minLength) {
    throw new Error(
      `${functionName}: ${label} needs at least ${minLength} value${minLength === 1 ? '' : 's'}, got ${xs.length}`,
    );
  }
  for (let i = 0; i < xs.length; i++) {
    const value = xs[i];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(`${functionName}: ${label}[${i}] is not a finite number (${String(value)})`);
    }
  }
}

/** Throws unless every value of `xs` is strictly positive (needed before taking logarithms). */
export function assertPositiveSample(
  functionName: string,
  xs: readonly number[],
  label = 'sample',
): void {
  for (let i = 0; i < xs.length; i++) {
    const value = xs[i] as number;
    if (!(value > 0)) {
      throw new Error(
        `${functionName}: ${label}[${i}] must be positive to take its logarithm, got ${value}`,
      );
    }
  }
}

/** Throws unless `value` is a finite number, inclusive between `min` and `max`. */
export function assertInRange(
  functionName: string,
  name: string,
  value: number,
  min: number,
  max: number,
  { minExclusive = false, maxExclusive = false } = {},
): void {
  const tooLow = minExclusive ? !(value > min) : !(value >= min);
  const tooHigh = maxExclusive ? !(value < max) : !(value <= max);
  if (typeof value !== 'number' || !Number.isFinite(value) || tooLow || tooHigh) {
    const left = minExclusive ? '(' : '[';
    const right = maxExclusive ? ')' : ']';
    throw new Error(
      `${functionName}: ${name} must be in ${left}${min}, ${max}${right}, got ${String(value)}`,
    );
  }
}

/** Throws unless `value` is an integer of at least `min`. */
export function assertInteger(
  functionName: string,
  name: string,
  value: number,
  min: number,
): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new Error(
      `${functionName}: ${name} must be an integer of at least ${min}, got ${String(value)}`,
    );
  }
}

/** Copy of `xs` sorted ascending; the input is never touched. O(n log n). */
export function sortedCopy(xs: readonly number[]): number[] {
  // A typed array sorts numerically without a comparator and faster than Array#sort.
  return Array.from(Float64Array.from(xs).sort());
}

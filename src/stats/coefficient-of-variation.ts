import { coefficientOfVariation as simpleCv } from 'simple-statistics';
import { assertFiniteSample } from './validate.js';

/**
 * Coefficient of variation: sample standard deviation (n − 1 denominator) divided by the mean,
 * as `sd(x) / mean(x)` in R. Delegates to simple-statistics.
 *
 * Complexity: O(n); the input is not mutated.
 *
 * @param xs - the sample, finite numbers, at least two.
 * @throws {Error} `coefficientOfVariation: ...` with fewer than two values, a non-finite value,
 *   or a mean of zero (the ratio is undefined).
 * @example
 * coefficientOfVariation([1, 2, 3]); // 0.5
 */
export function coefficientOfVariation(xs: readonly number[]): number {
  assertFiniteSample('coefficientOfVariation', xs, 2);
  const result = simpleCv(xs as number[]);
  if (!Number.isFinite(result)) {
    throw new Error('coefficientOfVariation: the mean is zero, so the ratio is undefined');
  }
  return result;
}

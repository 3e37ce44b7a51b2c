import { logAverage } from 'simple-statistics';
import { assertFiniteSample } from './validate.js';

/**
 * Geometric mean: exp(mean(log xᵢ)), the n-th root of the product. Delegates to
 * simple-statistics' `logAverage` (sum of logarithms) rather than its `geometricMean` (running
 * product), because the product of thirty timings of 1e12 ns overflows to Infinity.
 *
 * Complexity: O(n); the input is not mutated.
 *
 * @param xs - the sample, finite numbers, at least one, all strictly positive.
 * @throws {Error} `geometricMean: ...` on an empty sample, a non-finite value or a value ≤ 0.
 * @example
 * geometricMean([1, 4]); // 2
 */
export function geometricMean(xs: readonly number[]): number {
  assertFiniteSample('geometricMean', xs);
  for (let i = 0; i < xs.length; i++) {
    const value = xs[i] as number;
    if (!(value > 0)) {
      throw new Error(`geometricMean: sample[${i}] must be positive, got ${value}`);
    }
  }
  return logAverage(xs as number[]);
}

import { quantileSorted, quantile as simpleQuantile } from 'simple-statistics';
import { assertFiniteSample, assertInRange } from './validate.js';

/**
 * Sample quantile by R's default definition (Hyndman & Fan type 7): with the sorted sample
 * x(1) ≤ … ≤ x(n) and h = (n − 1)·p + 1, the quantile is x(⌊h⌋) + (h − ⌊h⌋)·(x(⌊h⌋+1) − x(⌊h⌋)).
 * Matches R `quantile(x, p)` and NumPy `np.quantile(x, p)` (method "linear"). Delegates to
 * simple-statistics (v7.12+ uses type 7), adding the project's input checks.
 *
 * Complexity: O(n) expected (quickselect on a copy); the input is not mutated.
 *
 * @param xs - the sample, finite numbers, at least one.
 * @param p - the probability in [0, 1].
 * @throws {Error} `quantile: ...` on an empty sample, a non-finite value, or p outside [0, 1].
 * @example
 * quantile([1, 2, 3, 4], 0.25); // 1.75, as R quantile(c(1,2,3,4), 0.25)
 */
export function quantile(xs: readonly number[], p: number): number {
  assertFiniteSample('quantile', xs);
  assertInRange('quantile', 'p', p, 0, 1);
  // simple-statistics copies before selecting; its typings do not say readonly.
  return simpleQuantile(xs as number[], p);
}

/**
 * Type-7 quantile of an already sorted, non-empty, finite sample, without checks: for callers
 * that take several quantiles of one sort. O(1).
 */
export function quantileOfSorted(sorted: readonly number[], p: number): number {
  return quantileSorted(sorted as number[], p);
}

import { quantileOfSorted } from './quantile.js';
import { assertFiniteSample, sortedCopy } from './validate.js';

/**
 * Interquartile range: Q3 − Q1 with type-7 quartiles, as R `IQR(x)` (default type 7). Written
 * with {@link quantileOfSorted} over one sorted copy rather than simple-statistics'
 * `interquartileRange`, which does the same arithmetic but lacks the project's input checks.
 *
 * Complexity: O(n log n); the input is not mutated.
 *
 * @param xs - the sample, finite numbers, at least one.
 * @throws {Error} `interquartileRange: ...` on an empty sample or a non-finite value.
 * @example
 * interquartileRange([1, 2, 3, 4]); // 1.5, as R IQR(1:4)
 */
export function interquartileRange(xs: readonly number[]): number {
  assertFiniteSample('interquartileRange', xs);
  const sorted = sortedCopy(xs);
  return quantileOfSorted(sorted, 0.75) - quantileOfSorted(sorted, 0.25);
}

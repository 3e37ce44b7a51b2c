import { medianOfSorted, sortedPairwiseDifferences } from './pairwise-differences.js';
import { assertFiniteSample } from './validate.js';

/**
 * Hodges–Lehmann estimate of the shift from x to y: the median of all m·n pairwise differences
 * yⱼ − xᵢ. Positive when y tends to be larger. Same value and sign as the "difference in
 * location" estimate of R `wilcox.test(y, x, conf.int = TRUE)` (exact case; in the
 * normal-approximation case R finds the same point by root finding). Written by hand:
 * simple-statistics has no Hodges–Lehmann estimator.
 *
 * Complexity: O(mn log(mn)) time and O(mn) memory; inputs are not mutated.
 *
 * @param x - the reference sample (e.g. baseline timings), finite, at least one value.
 * @param y - the compared sample (e.g. head timings), finite, at least one value.
 * @throws {Error} `hodgesLehmannShift: ...` on an empty sample or a non-finite value.
 * @example
 * hodgesLehmannShift([1, 2, 3], [2, 3, 4]); // 1
 */
export function hodgesLehmannShift(x: readonly number[], y: readonly number[]): number {
  assertFiniteSample('hodgesLehmannShift', x, 1, 'x');
  assertFiniteSample('hodgesLehmannShift', y, 1, 'y');
  return medianOfSorted(sortedPairwiseDifferences(x, y));
}

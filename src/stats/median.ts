import { median as simpleMedian } from 'simple-statistics';
import { assertFiniteSample } from './validate.js';

/**
 * Sample median: the middle value of the sorted sample, or the mean of the two middle values
 * when n is even (R `median`, type-7 quantile at 0.5). Delegates to simple-statistics, which
 * copies before selecting.
 *
 * Complexity: O(n) expected (quickselect on a copy); the input is not mutated.
 *
 * @param xs - the sample, finite numbers, at least one.
 * @throws {Error} `median: ...` on an empty sample or a non-finite value.
 * @example
 * median([3, 1, 4, 1, 5]); // 3
 */
export function median(xs: readonly number[]): number {
  assertFiniteSample('median', xs);
  return simpleMedian(xs as number[]);
}

import { quantileOfSorted } from './quantile.js';
import { assertFiniteSample, sortedCopy } from './validate.js';

/** Result of {@link tukeyOutliers}. */
export interface TukeyOutliers {
  /** Q1 − k·IQR: values strictly below are outliers. */
  lowFence: number;
  /** Q3 + k·IQR: values strictly above are outliers. */
  highFence: number;
  /** Positions in the input of the values outside the fences, ascending. */
  outlierIndices: number[];
}

/**
 * Tukey's fences: a value is an outlier when it lies strictly outside
 * [Q1 − k·IQR, Q3 + k·IQR], with type-7 quartiles (R `quantile` default). k = 1.5 gives the
 * whiskers of R's `boxplot` up to its use of hinges instead of quartiles. Reports positions,
 * never drops values: deciding what to do with them is the caller's business.
 *
 * Complexity: O(n log n); the input is not mutated.
 *
 * @param xs - the sample, finite numbers, at least one.
 * @param k - fence multiplier, ≥ 0 (1.5 unless told; 3 for "far out").
 * @throws {Error} `tukeyOutliers: ...` on an empty sample, a non-finite value or a bad k.
 * @example
 * tukeyOutliers([1, 2, 3, 4, 100]); // { lowFence: -1, highFence: 7, outlierIndices: [4] }
 */
export function tukeyOutliers(xs: readonly number[], k = 1.5): TukeyOutliers {
  assertFiniteSample('tukeyOutliers', xs);
  if (!Number.isFinite(k) || k < 0) {
    throw new Error(`tukeyOutliers: k must be a finite number >= 0, got ${String(k)}`);
  }
  const sorted = sortedCopy(xs);
  const q1 = quantileOfSorted(sorted, 0.25);
  const q3 = quantileOfSorted(sorted, 0.75);
  const spread = q3 - q1;
  const lowFence = q1 - k * spread;
  const highFence = q3 + k * spread;
  const outlierIndices: number[] = [];
  xs.forEach((value, index) => {
    if (value < lowFence || value > highFence) outlierIndices.push(index);
  });
  return { lowFence, highFence, outlierIndices };
}

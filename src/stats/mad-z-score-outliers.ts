import { median as simpleMedian } from 'simple-statistics';
import { assertFiniteSample } from './validate.js';

/** Result of {@link madZScoreOutliers}. */
export interface MadZScoreOutliers {
  /** Positions in the input whose |score| exceeds the threshold, ascending. */
  outlierIndices: number[];
  /** Modified z-score of every value, in input order. */
  scores: number[];
}

/**
 * Modified z-scores of Iglewicz and Hoaglin (1993), "How to Detect and Handle Outliers":
 * Mᵢ = 0.6745 · (xᵢ − median) / MAD, with MAD the unscaled median absolute deviation
 * (0.6745 ≈ 1/1.4826, so this is (xᵢ − median) / R's `mad`). Values with |Mᵢ| > threshold are
 * reported (3.5 is the authors' recommendation); nothing is dropped.
 *
 * When more than half the values are equal the MAD is 0; then, as in IBM SPSS's robust z, the
 * mean absolute deviation around the median times 1.253314 (√(π/2), its normal consistency
 * factor) replaces it: Mᵢ = (xᵢ − median) / (1.253314 · meanAD). When that is 0 too, every value
 * equals the median and every score is 0. Written by hand: simple-statistics has no such test.
 *
 * Complexity: O(n) expected; the input is not mutated.
 *
 * @param xs - the sample, finite numbers, at least one.
 * @param threshold - |score| above which a value is reported, > 0 (3.5 unless told).
 * @throws {Error} `madZScoreOutliers: ...` on an empty sample, a non-finite value or a bad threshold.
 * @example
 * madZScoreOutliers([1, 2, 3, 4, 100]).outlierIndices; // [4] (score 65.4)
 */
export function madZScoreOutliers(xs: readonly number[], threshold = 3.5): MadZScoreOutliers {
  assertFiniteSample('madZScoreOutliers', xs);
  if (!Number.isFinite(threshold) || threshold <= 0) {
    throw new Error(
      `madZScoreOutliers: threshold must be a finite number > 0, got ${String(threshold)}`,
    );
  }
  const center = simpleMedian(xs as number[]);
  const deviations = xs.map((value) => Math.abs(value - center));
  const mad = simpleMedian(deviations);
  let scale: number;
  if (mad > 0) {
    scale = mad / 0.6745;
  } else {
    const meanDeviation = deviations.reduce((sum, d) => sum + d, 0) / deviations.length;
    scale = 1.253314 * meanDeviation;
  }
  const scores = xs.map((value) => (scale > 0 ? (value - center) / scale : 0));
  const outlierIndices: number[] = [];
  scores.forEach((score, index) => {
    if (Math.abs(score) > threshold) outlierIndices.push(index);
  });
  return { outlierIndices, scores };
}

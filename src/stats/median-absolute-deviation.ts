import { medianAbsoluteDeviation as simpleMad } from 'simple-statistics';
import { assertFiniteSample } from './validate.js';

/**
 * R's consistency constant for the MAD, 1/Φ⁻¹(3/4): it makes the MAD estimate the standard
 * deviation of normal data.
 */
export const MAD_NORMAL_CONSISTENCY = 1.4826;

/**
 * Median absolute deviation, scaled like R `mad(x)`: 1.4826 · median(|xᵢ − median(x)|).
 * simple-statistics computes the unscaled median of absolute deviations; this multiplies it by
 * the constant, so that the result is a robust estimate of the standard deviation.
 *
 * Complexity: O(n) expected; the input is not mutated.
 *
 * @param xs - the sample, finite numbers, at least one.
 * @throws {Error} `medianAbsoluteDeviation: ...` on an empty sample or a non-finite value.
 * @example
 * medianAbsoluteDeviation([1, 2, 3, 4, 100]); // 1.4826, as R mad(c(1,2,3,4,100))
 */
export function medianAbsoluteDeviation(xs: readonly number[]): number {
  assertFiniteSample('medianAbsoluteDeviation', xs);
  return MAD_NORMAL_CONSISTENCY * simpleMad(xs as number[]);
}

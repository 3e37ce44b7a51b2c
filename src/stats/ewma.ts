import { assertFiniteSample, assertInRange } from './validate.js';

/**
 * Exponentially weighted moving average: s₀ = x₀, sₜ = α·xₜ + (1 − α)·sₜ₋₁, as pandas
 * `Series.ewm(alpha=α, adjust=False).mean()`. A larger α follows the data faster; the weight of a
 * value halves every ln 2 / −ln(1 − α) steps. Written by hand: simple-statistics has no EWMA.
 *
 * Complexity: O(n); the input is not mutated.
 *
 * @param values - the series, finite numbers (may be empty).
 * @param alpha - smoothing factor in (0, 1].
 * @throws {Error} `ewma: ...` on a non-finite value or α outside (0, 1].
 * @example
 * ewma([10, 20, 20], 0.5); // [10, 15, 17.5]
 */
export function ewma(values: readonly number[], alpha: number): number[] {
  assertFiniteSample('ewma', values, 0, 'values');
  assertInRange('ewma', 'alpha', alpha, 0, 1, { minExclusive: true });
  const result: number[] = [];
  let smoothed = 0;
  values.forEach((value, i) => {
    smoothed = i === 0 ? value : alpha * value + (1 - alpha) * smoothed;
    result.push(smoothed);
  });
  return result;
}

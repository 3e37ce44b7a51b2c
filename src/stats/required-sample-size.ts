import { assertPowerInputs, logScaleSd } from './detectable-change.js';
import { twoSampleTTestPower } from './t-test-power.js';

/** Inputs of {@link requiredSampleSize}. */
export interface RequiredSampleSizeInput {
  /** Relative change to detect, e.g. 0.05 for 5% slower or −0.05 for 5% faster; > −1, ≠ 0. */
  change: number;
  /** Coefficient of variation of one sample (noise), > 0. */
  cv: number;
  /** Two-sided significance level in (0, 1), 0.05 unless told. */
  alpha?: number;
  /** Desired power in (0, 1), 0.8 unless told. */
  power?: number;
}

/** Beyond this many samples per side the answer is useless as a plan. */
const MAX_SAMPLES = 10_000_000;

/**
 * Samples per side needed to detect a relative change with the given power: the smallest
 * integer n ≥ 2 at which the two-sided two-sample t test on the logs has at least that power
 * for a log shift of |ln(1 + change)| (see {@link detectableChange} for the model). Equals
 * `ceiling(power.t.test(delta = abs(log(1 + change)), sd = sqrt(log(1 + cv^2)))$n)` in R.
 *
 * Complexity: O(log n) power evaluations.
 *
 * @throws {Error} `requiredSampleSize: ...` when change is 0, ≤ −1 or not finite, cv ≤ 0, α or
 *   power outside (0, 1), or the answer exceeds 10,000,000.
 * @example
 * requiredSampleSize({ change: 0.05, cv: 0.05 }); // 18
 */
export function requiredSampleSize(input: RequiredSampleSizeInput): number {
  const { change, cv, alpha = 0.05, power = 0.8 } = input;
  if (!Number.isFinite(change) || change <= -1 || change === 0) {
    throw new Error(
      `requiredSampleSize: change must be finite, > -1 and not 0, got ${String(change)}`,
    );
  }
  assertPowerInputs('requiredSampleSize', cv, alpha, power);
  const target = Math.abs(Math.log1p(change));
  const sigma = logScaleSd(cv);
  const enough = (n: number): boolean => twoSampleTTestPower(n, target / sigma, alpha) >= power;
  let high = 2;
  while (!enough(high)) {
    high *= 2;
    if (high > MAX_SAMPLES) {
      throw new Error(
        `requiredSampleSize: more than ${MAX_SAMPLES} samples per side would be needed`,
      );
    }
  }
  let low = Math.max(2, high / 2);
  if (enough(low)) return low;
  // Invariant: enough(high), !enough(low).
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (enough(middle)) high = middle;
    else low = middle;
  }
  return high;
}

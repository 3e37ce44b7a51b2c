import { median } from './median.js';
import { assertFiniteSample } from './validate.js';

/** Huber's k for 95% efficiency under normal noise (the usual default, also robustbase's). */
export const HUBER_K = 1.345;

/**
 * Asymptotic variance of Huber's location estimate with k = 1.345 relative to the mean's, under
 * normal noise: E[ψ²] / E[ψ′]² = 1.0526 (so its standard error is √(1.0526 σ² / n)).
 */
export const HUBER_VARIANCE_FACTOR = 1.0526;

/**
 * Huber's M-estimate of location with a known scale, as R `robustbase::huberM(x, k, s = scale)`:
 * the μ with Σ ψ((xᵢ − μ) / s) = 0, ψ(r) = max(−k, min(k, r)). Samples within k·s of μ count as
 * in a mean; farther ones count as if they were k·s away, so one interference-slowed repetition
 * moves the estimate by at most k·s / n instead of its whole excess / n. Solved by the usual
 * iteration from the median (it converges for any start, ψ being monotone).
 *
 * Complexity: O(n) per iteration, at most 100 iterations; inputs are not mutated.
 *
 * @param xs - sample, at least one finite value.
 * @param scale - noise scale s (> 0), e.g. a standard deviation known from elsewhere.
 * @param k - tuning constant (> 0), default {@link HUBER_K}.
 * @throws {Error} `huberLocation: ...` on an empty or non-finite sample, or a scale or k that is
 *   not positive and finite.
 * @example
 * huberLocation([1, 2, 10, 3, 4], 1); // 3 (the mean is 4)
 */
export function huberLocation(xs: readonly number[], scale: number, k = HUBER_K): number {
  assertFiniteSample('huberLocation', xs, 1, 'xs');
  if (!(scale > 0) || !Number.isFinite(scale)) {
    throw new Error(`huberLocation: scale must be a positive finite number, got ${scale}`);
  }
  if (!(k > 0) || !Number.isFinite(k)) {
    throw new Error(`huberLocation: k must be a positive finite number, got ${k}`);
  }
  let location = median(xs);
  for (let iteration = 0; iteration < 100; iteration += 1) {
    let sum = 0;
    for (const x of xs) sum += Math.max(-k, Math.min(k, (x - location) / scale));
    // robustbase's step: the mean of ψ, scaled back (the fixed point is the same).
    const step = (scale * sum) / xs.length;
    location += step;
    if (Math.abs(step) <= 1e-10 * scale) break;
  }
  return location;
}

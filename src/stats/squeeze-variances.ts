import digamma from '@stdlib/math-base-special-digamma';
import trigamma from '@stdlib/math-base-special-trigamma';
import { trigammaInverse } from './trigamma-inverse.js';

/** Result of {@link squeezeVariances}. */
export interface SqueezedVariances {
  /** Degrees of freedom of the prior, estimated from the data; `Infinity` when they agree fully. */
  priorDf: number;
  /** Prior (typical) variance. */
  priorVariance: number;
  /** Each variance moved towards the prior: (d₀s₀² + dᵢsᵢ²) / (d₀ + dᵢ). */
  posteriorVariances: number[];
}

/**
 * Empirical-Bayes moderation of many sample variances (Smyth 2004, limma's `squeezeVar` with
 * `fitFDist` by moments): each variance sᵢ² on dᵢ degrees of freedom is treated as a draw from a
 * scaled inverse-chi-square prior whose d₀ and s₀² are estimated from all of them, and is
 * replaced by its posterior mean. With a handful of repetitions a single benchmark's noise
 * estimate is itself very noisy; borrowing strength from the suite gives the t statistic
 * d₀ + dᵢ degrees of freedom. When the variances are truly different, d₀ comes out small and
 * each keeps its own.
 *
 * Complexity: O(k) for k variances; inputs are not mutated.
 *
 * @param variances - sample variances, finite and > 0 (constant series carry no noise
 *   information; leave them out).
 * @param df - their degrees of freedom, each finite and > 0 (a number applies to all).
 * @throws {Error} `squeezeVariances: ...` on fewer than 2 variances, a non-positive or
 *   non-finite value, or lengths that differ.
 * @example
 * squeezeVariances([0.01, 0.012, 0.009, 0.011], 18).priorDf; // Infinity: they agree
 */
export function squeezeVariances(
  variances: readonly number[],
  df: number | readonly number[],
): SqueezedVariances {
  const k = variances.length;
  const dfs = typeof df === 'number' ? variances.map(() => df) : df;
  if (k < 2) throw new Error(`squeezeVariances: needs at least 2 variances, got ${k}`);
  if (dfs.length !== k) {
    throw new Error(`squeezeVariances: ${k} variances but ${dfs.length} degrees of freedom`);
  }
  for (let i = 0; i < k; i += 1) {
    const v = variances[i] ?? Number.NaN;
    const d = dfs[i] ?? Number.NaN;
    if (!(v > 0) || !Number.isFinite(v)) {
      throw new Error(
        `squeezeVariances: variances[${i}] must be a positive finite number, got ${v}`,
      );
    }
    if (!(d > 0) || !Number.isFinite(d)) {
      throw new Error(`squeezeVariances: df[${i}] must be a positive finite number, got ${d}`);
    }
  }
  // log s² has mean log s₀² + digamma(d/2) − log(d/2) and variance trigamma(d/2) + trigamma(d₀/2).
  const e = variances.map((v, i) => {
    const half = (dfs[i] ?? 1) / 2;
    return Math.log(v) - digamma(half) + Math.log(half);
  });
  const eMean = e.reduce((a, b) => a + b, 0) / k;
  const eVariance =
    e.reduce((a, b) => a + (b - eMean) ** 2, 0) / (k - 1) -
    dfs.reduce((a, d) => a + trigamma(d / 2), 0) / k;
  // No spread beyond what chance gives: the variances share one value, whose best estimate is
  // their mean (limma since 2017).
  let priorDf = Number.POSITIVE_INFINITY;
  let priorVariance = variances.reduce((a, b) => a + b, 0) / k;
  if (eVariance > 0) {
    priorDf = 2 * trigammaInverse(eVariance);
    priorVariance = Math.exp(eMean + digamma(priorDf / 2) - Math.log(priorDf / 2));
  }
  const posteriorVariances = variances.map((v, i) => {
    const d = dfs[i] ?? 1;
    return Number.isFinite(priorDf)
      ? (priorDf * priorVariance + d * v) / (priorDf + d)
      : priorVariance;
  });
  return { priorDf, priorVariance, posteriorVariances };
}

import { standardNormalCdf } from './distributions.js';
import { assertFiniteSample } from './validate.js';

/** Result of {@link mannKendall}. */
export interface MannKendallResult {
  /** S = Σ_{i<j} sign(yⱼ − yᵢ): positive for an upward trend. */
  statistic: number;
  /** Kendall's τ-b between the series and its time index, in [−1, 1]. */
  tau: number;
  /** Continuity-corrected normal score (S − sign(S)) / √Var(S). */
  z: number;
  /** Two-sided p-value 2·(1 − Φ(|z|)). */
  pValue: number;
}

/**
 * Mann–Kendall test for a monotonic trend in a series taken in time order (Mann 1945; Kendall
 * 1975; tie correction as Hirsch, Slack & Smith 1982, the formula of R's Kendall package):
 * Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18 over tie groups t of equal values. τ-b equals
 * `scipy.stats.kendalltau(range(n), y)`. When every value is equal there is no trend to test:
 * S, τ and z are 0 and the p-value is 1. Written by hand: simple-statistics has no trend test.
 *
 * Complexity: O(n²); the input is not mutated.
 *
 * @param ys - the series in time order, finite, at least two values.
 * @throws {Error} `mannKendall: ...` on fewer than two values or a non-finite value.
 * @example
 * mannKendall([1, 2, 4]); // { statistic: 3, tau: 1, z: 1.0445, pValue: 0.2963 }
 */
export function mannKendall(ys: readonly number[]): MannKendallResult {
  assertFiniteSample('mannKendall', ys, 2, 'ys');
  const n = ys.length;
  let statistic = 0;
  for (let i = 0; i < n - 1; i++) {
    const yi = ys[i] as number;
    for (let j = i + 1; j < n; j++) statistic += Math.sign((ys[j] as number) - yi);
  }
  const counts = new Map<number, number>();
  for (const v of ys) counts.set(v, (counts.get(v) ?? 0) + 1);
  let tieTerm = 0;
  let tiedPairs = 0;
  for (const t of counts.values()) {
    tieTerm += t * (t - 1) * (2 * t + 5);
    tiedPairs += (t * (t - 1)) / 2;
  }
  const variance = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const pairs = (n * (n - 1)) / 2;
  if (!(variance > 0) || pairs === tiedPairs) return { statistic, tau: 0, z: 0, pValue: 1 };
  const tau = statistic / Math.sqrt(pairs * (pairs - tiedPairs));
  const z = statistic === 0 ? 0 : (statistic - Math.sign(statistic)) / Math.sqrt(variance);
  const pValue = Math.min(1, 2 * standardNormalCdf(-Math.abs(z)));
  return { statistic, tau, z, pValue };
}

import { standardNormalCdf, standardNormalQuantile } from './distributions.js';
import { mannKendall } from './mann-kendall.js';
import { midRanks } from './ranks.js';
import { theilSen } from './theil-sen.js';
import { assertFiniteSample } from './validate.js';

/** Options of {@link hamedRaoMannKendall}. */
export interface HamedRaoOptions {
  /**
   * Largest autocorrelation lag taken into account, an integer ≥ 1; n − 1 (all lags, as Hamed &
   * Rao 1998 and modifiedmk's `mmkh`) unless told. 3 gives `mmkh3lag` (Rao, Hamed & Chen 2003).
   * Larger values are cut to n − 1.
   */
  maxLag?: number;
}

/** Result of {@link hamedRaoMannKendall}. */
export interface HamedRaoMannKendallResult {
  /** S = Σ_{i<j} sign(yⱼ − yᵢ) of the original series: positive for an upward trend. */
  statistic: number;
  /** Kendall's τ-b between the series and its time index, as {@link mannKendall}. */
  tau: number;
  /** Var(S) of the plain test, with the tie correction of Hirsch, Slack & Smith (1982). */
  variance: number;
  /** Var*(S) = Var(S) · n/n*s. */
  correctedVariance: number;
  /** n/n*s: above 1 when positive autocorrelation inflates the variance of S. */
  correctionFactor: number;
  /** Lags k whose rank autocorrelation was significant and entered the correction, ascending. */
  significantLags: number[];
  /** Continuity-corrected normal score (S − sign(S)) / √Var*(S). */
  z: number;
  /** Two-sided p-value 2·(1 − Φ(|z|)). */
  pValue: number;
}

/**
 * Mann–Kendall trend test with the variance correction of Hamed & Rao (1998, "A modified
 * Mann-Kendall trend test for autocorrelated data", J. Hydrology 204: 182–196), for series whose
 * samples are serially correlated (soak metrics sampled every few seconds), where the plain test
 * finds "trends" in noise far more often than its level. The series is detrended with the
 * Theil–Sen slope, yᵢ − slope·i for i = 1…n; rᵏ is the lag-k autocorrelation of the mid-ranks of
 * the detrended values (R `acf`: mean-centred, divided by the lag-0 sum); only lags with
 * |rᵏ| > Φ⁻¹(0.975)/√n (≈ 1.96/√n, two-sided 5%, as modifiedmk's `mmkh`) are kept, the others
 * count as 0. Then n/n*s = 1 + 2/(n(n−1)(n−2)) · Σₖ (n−k)(n−k−1)(n−k−2)·rᵏ,
 * Var*(S) = Var(S) · n/n*s, z = (S − sign(S))/√Var*(S) and p = 2·(1 − Φ(|z|)). When every value
 * is equal, S, τ and z are 0, both variances 0, the factor 1 and p 1 (as {@link mannKendall});
 * when the detrended values are all equal (an exact line) no autocorrelation can be estimated
 * and the factor is 1. Written by hand: no JavaScript library has it; the tests compare it with
 * the paper's formulas written independently in R.
 *
 * Complexity: O(n² log n) time and O(n²) memory (the Theil–Sen slopes), O(n · maxLag) for the
 * autocorrelations; the input is not mutated.
 *
 * @param ys - the series in time order at equal spacing, finite, at least three values.
 * @param options - {@link HamedRaoOptions}.
 * @throws {Error} `hamedRaoMannKendall: ...` on fewer than three values, a non-finite value, a
 *   maxLag that is not an integer ≥ 1, or a correction factor that is not positive (strong
 *   negative autocorrelation kept while the positive lags that balance it are cut off by maxLag or
 *   fall under the threshold; were every lag kept, n/n*s would be a quadratic form in a positive
 *   semidefinite Toeplitz matrix, by Pólya's criterion, and could not be negative).
 * @example
 * hamedRaoMannKendall([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
 * // { statistic: 19, tau: 0.1025, variance: 941, correctedVariance: 2361.3,
 * //   correctionFactor: 2.5094, significantLags: [1, 2, 7, 8, 9, 10], z: 0.3704, pValue: 0.7111 }
 */
export function hamedRaoMannKendall(
  ys: readonly number[],
  options: HamedRaoOptions = {},
): HamedRaoMannKendallResult {
  assertFiniteSample('hamedRaoMannKendall', ys, 3, 'ys');
  const n = ys.length;
  const maxLag = Math.min(options.maxLag ?? n - 1, n - 1);
  if (!Number.isInteger(maxLag) || maxLag < 1) {
    throw new Error(
      `hamedRaoMannKendall: maxLag must be an integer ≥ 1, got ${String(options.maxLag)}`,
    );
  }
  const plain = mannKendall(ys);
  const variance = tieCorrectedVariance(ys);
  if (!(variance > 0)) {
    return {
      statistic: plain.statistic,
      tau: plain.tau,
      variance,
      correctedVariance: variance,
      correctionFactor: 1,
      significantLags: [],
      z: 0,
      pValue: 1,
    };
  }

  // Times 1…n as in the paper and modifiedmk; the offset does not change the ranks, but
  // computing yᵢ − slope·i the same way as the R reference keeps exact ties exact.
  const times = Array.from({ length: n }, (_, i) => i + 1);
  const { slope } = theilSen(times, ys);
  const detrended = ys.map((y, i) => y - slope * (times[i] as number));
  const autocorrelations = rankAutocorrelations(midRanks(detrended).ranks, maxLag);

  const threshold = standardNormalQuantile(0.975) / Math.sqrt(n);
  const significantLags: number[] = [];
  let weightedSum = 0;
  autocorrelations.forEach((r, index) => {
    if (Math.abs(r) <= threshold) return;
    const k = index + 1;
    significantLags.push(k);
    weightedSum += (n - k) * (n - k - 1) * (n - k - 2) * r;
  });
  const correctionFactor = 1 + (2 / (n * (n - 1) * (n - 2))) * weightedSum;
  if (!(correctionFactor > 0)) {
    throw new Error(
      `hamedRaoMannKendall: the autocorrelation correction factor n/n*s is ${correctionFactor}, ` +
        'not positive; the series alternates too strongly for the Hamed–Rao correction',
    );
  }
  const correctedVariance = variance * correctionFactor;
  const { statistic } = plain;
  const z = statistic === 0 ? 0 : (statistic - Math.sign(statistic)) / Math.sqrt(correctedVariance);
  const pValue = Math.min(1, 2 * standardNormalCdf(-Math.abs(z)));
  return {
    statistic,
    tau: plain.tau,
    variance,
    correctedVariance,
    correctionFactor,
    significantLags,
    z,
    pValue,
  };
}

/** Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18 over tie groups t, as in {@link mannKendall}. */
function tieCorrectedVariance(ys: readonly number[]): number {
  const n = ys.length;
  const counts = new Map<number, number>();
  for (const v of ys) counts.set(v, (counts.get(v) ?? 0) + 1);
  let tieTerm = 0;
  for (const t of counts.values()) tieTerm += t * (t - 1) * (2 * t + 5);
  return (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
}

/**
 * r₁…r_maxLag of R's `acf`: Σₜ (xₜ − x̄)(xₜ₊ₖ − x̄) / Σₜ (xₜ − x̄)². All zero when the values are
 * all equal, since a constant has no autocorrelation to correct for.
 */
function rankAutocorrelations(ranks: readonly number[], maxLag: number): number[] {
  const n = ranks.length;
  const mean = ranks.reduce((sum, r) => sum + r, 0) / n;
  const centred = ranks.map((r) => r - mean);
  const lagZero = centred.reduce((sum, c) => sum + c * c, 0);
  const result: number[] = [];
  for (let k = 1; k <= maxLag; k++) {
    if (!(lagZero > 0)) {
      result.push(0);
      continue;
    }
    let sum = 0;
    for (let t = 0; t + k < n; t++) sum += (centred[t] as number) * (centred[t + k] as number);
    result.push(sum / lagZero);
  }
  return result;
}

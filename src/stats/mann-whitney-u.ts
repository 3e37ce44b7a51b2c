import { assertAlternative, type Alternative } from './alternative.js';
import { standardNormalCdf, standardNormalSurvival } from './distributions.js';
import { MAX_EXACT_TOTAL, mannWhitneyCdf } from './mann-whitney-distribution.js';
import { midRanks, tieCorrectionSum } from './ranks.js';
import { assertFiniteSample } from './validate.js';

/** Options of {@link mannWhitneyU}. */
export interface MannWhitneyOptions {
  /** Direction of the alternative hypothesis about x relative to y ('two-sided' unless told). */
  alternative?: Alternative;
  /**
   * 'exact': the permutation distribution of U (only without ties); 'asymptotic': the normal
   * approximation; 'auto' (default): exact when both samples have fewer than 50 values and there
   * are no ties, as R's wilcox.test decides.
   */
  method?: 'auto' | 'exact' | 'asymptotic';
  /** Continuity correction of the normal approximation (true unless told, as R and SciPy). */
  continuity?: boolean;
}

/** Result of {@link mannWhitneyU}. */
export interface MannWhitneyResult {
  /** U of x: the number of pairs (xᵢ, yⱼ) with xᵢ > yⱼ, ties counting one half (R's W). */
  statistic: number;
  /** p-value for the chosen alternative. */
  pValue: number;
  /** Which distribution gave the p-value. */
  method: 'exact' | 'asymptotic';
}

/**
 * Mann–Whitney U test (Wilcoxon rank-sum test) of two independent samples, matching R
 * `wilcox.test(x, y, alternative, exact, correct)` and SciPy `mannwhitneyu(x, y, alternative,
 * method, use_continuity)`. U = (sum of mid-ranks of x in the pooled sample) − m(m+1)/2.
 *
 * Exact method (no ties): p from the permutation distribution of U, as R's pwilcox; the
 * two-sided p is twice the smaller tail, capped at 1. Asymptotic method: z = (U − mn/2 − c)/σ with
 * σ² = mn/12 · ((N + 1) − Σ(t³ − t)/(N(N − 1))) (tie correction) and c the continuity correction
 * (±0.5 toward the mean). When every value is tied σ = 0: R returns NaN, here the p-value is 1,
 * since such data carry no evidence of a difference.
 *
 * Complexity: O(N log N) for the ranks; the exact distribution adds O(m · mn) once per pair of
 * sizes (cached) and O(mn) per call. Inputs are not mutated.
 *
 * @param x - first sample (finite numbers, at least one).
 * @param y - second sample (finite numbers, at least one).
 * @throws {Error} `mannWhitneyU: ...` on an empty sample, a non-finite value, a bad option, or
 *   method 'exact' with ties in the data or more than 1000 values in all.
 * @example
 * mannWhitneyU([1, 2, 3], [4, 5, 6]); // { statistic: 0, pValue: 0.1, method: 'exact' }
 */
export function mannWhitneyU(
  x: readonly number[],
  y: readonly number[],
  options: MannWhitneyOptions = {},
): MannWhitneyResult {
  assertFiniteSample('mannWhitneyU', x, 1, 'x');
  assertFiniteSample('mannWhitneyU', y, 1, 'y');
  const { alternative = 'two-sided', method = 'auto', continuity = true } = options;
  assertAlternative('mannWhitneyU', alternative);
  if (method !== 'auto' && method !== 'exact' && method !== 'asymptotic') {
    throw new Error(
      `mannWhitneyU: method must be 'auto', 'exact' or 'asymptotic', got ${String(method)}`,
    );
  }
  const m = x.length;
  const n = y.length;
  const { ranks, tieGroupSizes } = midRanks([...x, ...y]);
  let rankSumX = 0;
  for (let i = 0; i < m; i++) rankSumX += ranks[i] as number;
  const statistic = rankSumX - (m * (m + 1)) / 2;
  const hasTies = tieGroupSizes.length < m + n;

  const useExact = method === 'exact' || (method === 'auto' && m < 50 && n < 50 && !hasTies);
  if (useExact) {
    if (hasTies) {
      throw new Error(
        'mannWhitneyU: the exact method needs data without ties; use method asymptotic',
      );
    }
    if (m + n > MAX_EXACT_TOTAL) {
      throw new Error(
        `mannWhitneyU: the exact method needs m + n <= ${MAX_EXACT_TOTAL}, got ${m + n}`,
      );
    }
    return { statistic, pValue: exactPValue(statistic, m, n, alternative), method: 'exact' };
  }

  const N = m + n;
  const sigma = Math.sqrt(
    ((m * n) / 12) * (N + 1 - tieCorrectionSum(tieGroupSizes) / (N * (N - 1))),
  );
  const centered = statistic - (m * n) / 2;
  if (!(sigma > 0)) return { statistic, pValue: 1, method: 'asymptotic' };
  let correction = 0;
  if (continuity) {
    correction =
      alternative === 'two-sided'
        ? Math.sign(centered) * 0.5
        : alternative === 'greater'
          ? 0.5
          : -0.5;
  }
  const z = (centered - correction) / sigma;
  let pValue: number;
  switch (alternative) {
    case 'less':
      pValue = standardNormalCdf(z);
      break;
    case 'greater':
      pValue = standardNormalSurvival(z);
      break;
    case 'two-sided':
      pValue = Math.min(1, 2 * Math.min(standardNormalCdf(z), standardNormalSurvival(z)));
      break;
  }
  return { statistic, pValue, method: 'asymptotic' };
}

/** p-value of U from its exact null distribution, as R's wilcox.test (exact branch). */
function exactPValue(statistic: number, m: number, n: number, alternative: Alternative): number {
  // P(U ≥ s) = P(U ≤ mn − s) by symmetry.
  const upper = (s: number): number => mannWhitneyCdf(m * n - s, m, n);
  const lower = (s: number): number => mannWhitneyCdf(s, m, n);
  switch (alternative) {
    case 'greater':
      return upper(statistic);
    case 'less':
      return lower(statistic);
    case 'two-sided': {
      const p = statistic > (m * n) / 2 ? upper(statistic) : lower(statistic);
      return Math.min(1, 2 * p);
    }
  }
}

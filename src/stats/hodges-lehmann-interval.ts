import { standardNormalQuantile } from './distributions.js';
import { mannWhitneyCdf, mannWhitneyQuantile } from './mann-whitney-distribution.js';
import { medianOfSorted, sortedPairwiseDifferences } from './pairwise-differences.js';
import { midRanks, tieCorrectionSum } from './ranks.js';
import { assertFiniteSample, assertInRange } from './validate.js';

/** Result of {@link hodgesLehmannInterval}. */
export interface HodgesLehmannInterval {
  /** Hodges–Lehmann shift estimate: median of the pairwise differences yⱼ − xᵢ. */
  estimate: number;
  /** Lower confidence bound of the shift. */
  lower: number;
  /** Upper confidence bound of the shift. */
  upper: number;
  /**
   * Coverage the interval actually has: in the exact case the discrete distribution of U cannot
   * hit `level` exactly, and this is 1 − 2·P(U ≤ k − 1) (≥ level, except when even the widest
   * interval is too short for tiny samples); in the normal-approximation case it is `level`.
   */
  achievedLevel: number;
}

/**
 * Distribution-free confidence interval for the shift from x to y (Moses 1953; Hollander &
 * Wolfe §4.3), as R `wilcox.test(y, x, conf.int = TRUE, conf.level = level)` computes it:
 *
 * - Exact case (both samples under 50 values and no ties): with the sorted differences
 *   d(1) ≤ … ≤ d(mn) and k = qwilcox(α/2, n, m) (at least 1), the interval is
 *   [d(k), d(mn − k + 1)], with achieved level 1 − 2·pwilcox(k − 1, n, m).
 * - Otherwise: each bound is the shift d where the continuity-corrected, tie-corrected normal
 *   statistic of U(y − d, x) crosses ∓z(α/2). R searches it with `uniroot`; here the statistic is
 *   a step function of d that only jumps at the pairwise differences, so the crossing is found
 *   exactly by binary search over the sorted differences (R's value, up to its `tol.root`).
 *
 * The estimate is the median of the differences in both cases (R's normal-approximation
 * estimate is a root of the same step function at z = 0, the same point or, when mn is even, a
 * point between the two middle differences).
 *
 * Written by hand: neither simple-statistics nor a maintained npm package provides it.
 *
 * Complexity: O(mn log(mn)) time and O(mn) memory (the sorted differences), plus
 * O(N log N · log(mn)) for the search of the normal case; the exact table costs O(m · mn) once
 * per pair of sizes. Inputs are not mutated.
 *
 * @param x - the reference sample, finite, at least one value.
 * @param y - the compared sample, finite, at least one value.
 * @param level - confidence level in (0, 1), 0.95 unless told.
 * @throws {Error} `hodgesLehmannInterval: ...` on an empty sample, a non-finite value, a level
 *   outside (0, 1), or (normal case) when every value is tied.
 * @example
 * hodgesLehmannInterval([1.1, 2.3, 3.2, 4.7, 5.05], [3.3, 4.4, 5.5, 6.6, 7.7]);
 * // { estimate: 2.2, lower: -0.65, upper: 5.4, achievedLevel: 0.9683 }, as R
 */
export function hodgesLehmannInterval(
  x: readonly number[],
  y: readonly number[],
  level = 0.95,
): HodgesLehmannInterval {
  assertFiniteSample('hodgesLehmannInterval', x, 1, 'x');
  assertFiniteSample('hodgesLehmannInterval', y, 1, 'y');
  assertInRange('hodgesLehmannInterval', 'level', level, 0, 1, {
    minExclusive: true,
    maxExclusive: true,
  });
  // Follow R's argument order: R's first sample `a` is y, its second `b` is x; differences a − b.
  const a = y;
  const b = x;
  const na = a.length;
  const nb = b.length;
  const differences = sortedPairwiseDifferences(b, a);
  const estimate = medianOfSorted(differences);
  const alpha = 1 - level;
  const hasTies = midRanks([...a, ...b]).tieGroupSizes.length < na + nb;

  if (na < 50 && nb < 50 && !hasTies) {
    let qu = mannWhitneyQuantile(alpha / 2, na, nb);
    if (qu === 0) qu = 1;
    const ql = na * nb - qu;
    const achievedAlpha = 2 * mannWhitneyCdf(qu - 1, na, nb);
    return {
      estimate,
      lower: differences[qu - 1] as number,
      upper: differences[ql] as number,
      achievedLevel: 1 - achievedAlpha,
    };
  }

  const z = standardNormalQuantile(1 - alpha / 2);
  const lower = normalBound(a, b, differences, z);
  const upper = normalBound(a, b, differences, -z);
  return { estimate, lower, upper, achievedLevel: level };
}

/**
 * R's `wdiff(d, zq)`: the corrected normal statistic of the rank sum of a − d against b, minus zq.
 * Non-increasing in d.
 */
function normalStatistic(
  a: readonly number[],
  b: readonly number[],
  d: number,
  zq: number,
): number {
  const na = a.length;
  const nb = b.length;
  const pooled = new Array<number>(na + nb);
  for (let i = 0; i < na; i++) pooled[i] = (a[i] as number) - d;
  for (let j = 0; j < nb; j++) pooled[na + j] = b[j] as number;
  const { ranks, tieGroupSizes } = midRanks(pooled);
  let rankSum = 0;
  for (let i = 0; i < na; i++) rankSum += ranks[i] as number;
  const dz = rankSum - (na * (na + 1)) / 2 - (na * nb) / 2;
  const correction = Math.sign(dz) * 0.5;
  const N = na + nb;
  const sigma = Math.sqrt(
    ((na * nb) / 12) * (N + 1 - tieCorrectionSum(tieGroupSizes) / (N * (N - 1))),
  );
  if (!(sigma > 0)) {
    throw new Error(
      'hodgesLehmannInterval: cannot compute a confidence interval when all observations are tied',
    );
  }
  return (dz - correction) / sigma - zq;
}

/** The shift d where normalStatistic(d, zq) changes sign, as R's `root(zq)`. */
function normalBound(
  a: readonly number[],
  b: readonly number[],
  sorted: Float64Array,
  zq: number,
): number {
  const distinct: number[] = [];
  for (const value of sorted) {
    if (distinct.length === 0 || value !== distinct[distinct.length - 1]) distinct.push(value);
  }
  const first = distinct[0] as number;
  const last = distinct[distinct.length - 1] as number;
  if (normalStatistic(a, b, first, zq) <= 0) return first;
  if (normalStatistic(a, b, last, zq) >= 0) return last;
  // Between consecutive distinct differences the statistic is constant: evaluate it at the
  // midpoint of gap k, and find the first gap where it is ≤ 0 (it is > 0 left of `first`).
  const gapValue = (k: number): number => {
    const left = distinct[k] as number;
    const right = distinct[k + 1] as number;
    return normalStatistic(a, b, left + (right - left) / 2, zq);
  };
  let low = 0;
  let high = distinct.length - 1; // gap index `distinct.length - 1` stands for "right of last".
  while (low < high) {
    const middle = (low + high) >> 1;
    if (gapValue(middle) <= 0) high = middle;
    else low = middle + 1;
  }
  if (low < distinct.length - 1 && gapValue(low) === 0) {
    const left = distinct[low] as number;
    return left + ((distinct[low + 1] as number) - left) / 2;
  }
  return distinct[low] as number;
}

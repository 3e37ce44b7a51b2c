import { median as simpleMedian, quantileSorted } from 'simple-statistics';
import { standardNormalQuantile } from './distributions.js';
import { assertFiniteSample, assertInRange } from './validate.js';

/** Result of {@link theilSen}. */
export interface TheilSenResult {
  /** Median of the pairwise slopes. */
  slope: number;
  /** median(y) − slope · median(x) (SciPy's default "separate" intercept). */
  intercept: number;
  /** Lower confidence bound of the slope. */
  lower: number;
  /** Upper confidence bound of the slope. */
  upper: number;
}

/**
 * Theil–Sen slope with Sen's (1968) confidence interval, matching
 * `scipy.stats.theilslopes(y, x, level)` (method "separate"): the slope is the median of
 * (yⱼ − yᵢ)/(xⱼ − xᵢ) over all pairs with xⱼ > xᵢ; the intercept is median(y) − slope·median(x).
 * The bounds are the slopes of ranks round((N + zσ)/2) and round((N − zσ)/2) + 1 among the N
 * sorted slopes, z = Φ⁻¹((1 − level)/2), σ² = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18 over the tie
 * groups t of x and of y (Sen's eq. 2.6), with NumPy's round-half-to-even. Robust to up to
 * ~29% outliers. Written by hand: simple-statistics has no Theil–Sen estimator.
 *
 * Complexity: O(n² log n) time and O(n²) memory; inputs are not mutated.
 *
 * @param x - abscissae (e.g. time), finite, same length as y, not all equal.
 * @param y - ordinates, finite, at least two.
 * @param level - confidence level in (0, 1), 0.95 unless told.
 * @throws {Error} `theilSen: ...` on fewer than two points, lengths that differ, a non-finite
 *   value, all x equal, or a level outside (0, 1).
 * @example
 * theilSen([0, 1, 2], [1, 2, 4]); // { slope: 1.5, intercept: 0.5, lower: 1, upper: 2 }
 */
export function theilSen(x: readonly number[], y: readonly number[], level = 0.95): TheilSenResult {
  assertFiniteSample('theilSen', x, 2, 'x');
  assertFiniteSample('theilSen', y, 2, 'y');
  if (x.length !== y.length) {
    throw new Error(`theilSen: x and y must have the same length, got ${x.length} and ${y.length}`);
  }
  assertInRange('theilSen', 'level', level, 0, 1, { minExclusive: true, maxExclusive: true });
  const n = y.length;
  const slopes: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const dx = (x[i] as number) - (x[j] as number);
      if (dx > 0) slopes.push(((y[i] as number) - (y[j] as number)) / dx);
    }
  }
  if (slopes.length === 0)
    throw new Error('theilSen: all x values are equal, the slope is undefined');
  const sorted = Array.from(Float64Array.from(slopes).sort());
  const slope = quantileSorted(sorted, 0.5);
  const intercept = simpleMedian(y as number[]) - slope * simpleMedian(x as number[]);

  const z = standardNormalQuantile((1 - Math.max(level, 1 - level)) / 2);
  const tieTerm = (values: readonly number[]): number => {
    const counts = new Map<number, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    let sum = 0;
    for (const t of counts.values()) sum += t * (t - 1) * (2 * t + 5);
    return sum;
  };
  const sigma = Math.sqrt((n * (n - 1) * (2 * n + 5) - tieTerm(x) - tieTerm(y)) / 18);
  const count = sorted.length;
  const upperIndex = Math.min(roundHalfEven((count - z * sigma) / 2), count - 1);
  const lowerIndex = Math.max(roundHalfEven((count + z * sigma) / 2) - 1, 0);
  return {
    slope,
    intercept,
    lower: sorted[lowerIndex] as number,
    upper: sorted[upperIndex] as number,
  };
}

/** NumPy's `np.round`: halves go to the even neighbour (2.5 → 2, 3.5 → 4). */
function roundHalfEven(value: number): number {
  return Math.abs(value % 1) === 0.5 ? 2 * Math.round(value / 2) : Math.round(value);
}

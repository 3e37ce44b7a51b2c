import { mean } from 'simple-statistics';
import { studentTSurvival } from './distributions.js';
import { createRandom } from './random.js';
import { assertFiniteSample, assertInRange, assertInteger } from './validate.js';

/** Options of {@link eDivisive}. */
export interface EDivisiveOptions {
  /** Exponent of the distances |xᵢ − xⱼ|^α, in (0, 2); 1 unless told. */
  alpha?: number;
  /** Fewest points on each side of a change point, ≥ 2; 5 unless told. */
  minSize?: number;
  /** Permutations of the significance test, ≥ 19; 199 unless told. */
  permutations?: number;
  /** A change point is kept while its permutation p-value is below this; 0.05 unless told. */
  significance?: number;
  /** Seed of the permutations (same input and seed, same answer); 1 unless told. */
  seed?: number;
}

/** One change point found by {@link eDivisive}. */
export interface ChangePoint {
  /** Index of the first value after the change. */
  index: number;
  /** Permutation p-value of the split when it was accepted. */
  pValue: number;
  /** Mean of the segment that ends at the change (back to the previous change or the start). */
  meanBefore: number;
  /** Mean of the segment that starts at the change (up to the next change or the end). */
  meanAfter: number;
}

/** Result of {@link eDivisive}. */
export interface EDivisiveResult {
  /** Change points in increasing index order; empty when the series is homogeneous. */
  changePoints: ChangePoint[];
}

/**
 * E-Divisive change-point detection (Matteson & James 2014, "A Nonparametric Approach for
 * Multiple Change Point Analysis of Multivariate Data"), the method of MongoDB's
 * signal-processing library and Apache Otava (formerly Hunter) for performance history.
 *
 * For a segment split at τ into X (m points) and Y (k points) the divergence is
 * Ê = 2/(mk)·Σ|Xᵢ − Yⱼ|^α − C(m,2)⁻¹·Σ_{i<i′}|Xᵢ − Xᵢ′|^α − C(k,2)⁻¹·Σ_{j<j′}|Yⱼ − Yⱼ′|^α and the
 * statistic q̂(τ) = mk/(m + k)·Ê. Bisection: in every current segment find the τ with the largest
 * q̂ (both sides at least `minSize`); take the segment where it is largest; test it by permuting
 * that segment's values `permutations` times (p = (1 + #{q̂* ≥ q̂})/(1 + permutations)); keep
 * the split and repeat while p < significance. Unlike the original, whose right end κ also
 * varies, each split spans its whole segment, as in the signal-processing implementations.
 * With α = 1 it reacts to changes in any moment; α → 2 to the mean alone. Written by hand: no
 * maintained npm package implements it.
 *
 * Complexity: with α = 1, O(L log L) per scan of a segment of length L (running sums and a
 * Fenwick tree over ranks), so O(permutations · n log n) per change point tested; other α need
 * the distance matrix, O(L²) memory and time per scan. The input is not mutated.
 *
 * @param series - values in time order, finite, at least one.
 * @throws {Error} `eDivisive: ...` on an empty series, a non-finite value or a bad option.
 * @example
 * const step = [...Array(50).fill(0).map((_, i) => 100 + (i % 5)), ...Array(50).fill(0).map((_, i) => 115 + (i % 5))];
 * eDivisive(step).changePoints[0].index; // 50
 */
export function eDivisive(
  series: readonly number[],
  options: EDivisiveOptions = {},
): EDivisiveResult {
  assertFiniteSample('eDivisive', series, 1, 'series');
  const { alpha = 1, minSize = 5, permutations = 199, significance = 0.05, seed = 1 } = options;
  assertInRange('eDivisive', 'alpha', alpha, 0, 2, { minExclusive: true, maxExclusive: true });
  assertInteger('eDivisive', 'minSize', minSize, 2);
  assertInteger('eDivisive', 'permutations', permutations, 19);
  assertInRange('eDivisive', 'significance', significance, 0, 1, {
    minExclusive: true,
    maxExclusive: true,
  });
  if (!Number.isSafeInteger(seed))
    throw new Error(`eDivisive: seed must be a safe integer, got ${String(seed)}`);

  const random = createRandom(seed);
  const accepted: { index: number; pValue: number }[] = [];
  const bounds = [0, series.length];

  for (;;) {
    let best:
      { start: number; end: number; index: number; q: number; segment: Segment } | undefined;
    for (let s = 0; s + 1 < bounds.length; s++) {
      const start = bounds[s] as number;
      const end = bounds[s + 1] as number;
      if (end - start < 2 * minSize) continue;
      const segment = prepareSegment(series.slice(start, end), alpha);
      const split = bestSplit(segment, identityOrder(end - start), minSize);
      if (!best || split.q > best.q)
        best = { start, end, index: start + split.index, q: split.q, segment };
    }
    if (!best) break;
    const order = identityOrder(best.end - best.start);
    let atLeast = 0;
    for (let p = 0; p < permutations; p++) {
      shuffle(order, random);
      if (bestSplit(best.segment, order, minSize).q >= best.q) atLeast++;
    }
    const pValue = (1 + atLeast) / (1 + permutations);
    if (!(pValue < significance)) break;
    accepted.push({ index: best.index, pValue });
    bounds.push(best.index);
    bounds.sort((a, b) => a - b);
  }

  const changePoints = accepted
    .sort((a, b) => a.index - b.index)
    .map(({ index, pValue }) => {
      const position = bounds.indexOf(index);
      const before = series.slice(bounds[position - 1] as number, index);
      const after = series.slice(index, bounds[position + 1] as number);
      return { index, pValue, meanBefore: mean(before), meanAfter: mean(after) };
    });
  return { changePoints };
}

/**
 * What a scan needs of a segment, computed once and shared by its permutations (a permutation
 * changes the order of the values, not the values): for α = 1, the rank of each value and the
 * sum of its distances to all others (from sorted prefix sums); otherwise the full distance
 * matrix.
 */
interface Segment {
  alpha: number;
  /** Values minus their mean (distances do not change; sums stay small for 1e12-sized data). */
  values: Float64Array;
  /** 1-based rank of each value in sorted order (ties broken by position). */
  ranks: Int32Array;
  /** Σⱼ d(i, j) for each i. */
  rowTotals: Float64Array;
  /** Σ_{i<j} d(i, j). */
  total: number;
  /** Row-major distance matrix, only when α ≠ 1. */
  matrix?: Float64Array;
}

function prepareSegment(raw: readonly number[], alpha: number): Segment {
  const length = raw.length;
  const center = mean(raw as number[]);
  const values = Float64Array.from(raw, (v) => v - center);
  const sortedPositions = Array.from({ length }, (_, i) => i).sort(
    (a, b) => (values[a] as number) - (values[b] as number) || a - b,
  );
  const ranks = new Int32Array(length);
  sortedPositions.forEach((position, k) => {
    ranks[position] = k + 1;
  });
  const rowTotals = new Float64Array(length);
  let total = 0;
  if (alpha === 1) {
    // Σⱼ |v − xⱼ| = r·v − prefix(r) + (prefix(L) − prefix(r)) − (L − r)·v, r values at or below v.
    const prefix = new Float64Array(length + 1);
    sortedPositions.forEach((position, k) => {
      prefix[k + 1] = (prefix[k] as number) + (values[position] as number);
    });
    const all = prefix[length] as number;
    sortedPositions.forEach((position, k) => {
      const v = values[position] as number;
      const below = prefix[k + 1] as number;
      rowTotals[position] = (k + 1) * v - below + (all - below) - (length - k - 1) * v;
      total += rowTotals[position] as number;
    });
    return { alpha, values, ranks, rowTotals, total: total / 2 };
  }
  const matrix = new Float64Array(length * length);
  for (let i = 0; i < length; i++) {
    for (let j = i + 1; j < length; j++) {
      const d = Math.abs((values[i] as number) - (values[j] as number)) ** alpha;
      matrix[i * length + j] = d;
      matrix[j * length + i] = d;
      rowTotals[i] = (rowTotals[i] as number) + d;
      rowTotals[j] = (rowTotals[j] as number) + d;
      total += d;
    }
  }
  return { alpha, values, ranks, rowTotals, total, matrix };
}

/**
 * Split (relative to the segment) maximising q̂ when the values are taken in `order`. For α = 1
 * the distances of each new left value to the values already on the left come from a Fenwick
 * tree over ranks (counts and sums), so a scan is O(L log L); otherwise O(L²) from the matrix.
 */
function bestSplit(
  segment: Segment,
  order: Int32Array,
  minSize: number,
): { index: number; q: number } {
  const length = order.length;
  const { values, ranks, rowTotals, total, matrix } = segment;
  const treeCount = new Int32Array(length + 1);
  const treeSum = new Float64Array(length + 1);
  let insertedSum = 0;
  let withinLeft = 0;
  let between = 0;
  let bestIndex = minSize;
  let bestQ = -Infinity;
  // Move the value at order[t] from the right part to the left part, t = 0 .. length − minSize − 1.
  for (let t = 0; t < length - minSize; t++) {
    const position = order[t] as number;
    const v = values[position] as number;
    let toLeft = 0;
    if (matrix) {
      for (let i = 0; i < t; i++)
        toLeft += matrix[position * length + (order[i] as number)] as number;
    } else {
      const rank = ranks[position] as number;
      let countBelow = 0;
      let sumBelow = 0;
      for (let r = rank - 1; r > 0; r -= r & -r) {
        countBelow += treeCount[r] as number;
        sumBelow += treeSum[r] as number;
      }
      toLeft = countBelow * v - sumBelow + (insertedSum - sumBelow) - (t - countBelow) * v;
      for (let r = rank; r <= length; r += r & -r) {
        treeCount[r] = (treeCount[r] as number) + 1;
        treeSum[r] = (treeSum[r] as number) + v;
      }
      insertedSum += v;
    }
    const toRight = (rowTotals[position] as number) - toLeft;
    withinLeft += toLeft;
    between += toRight - toLeft;
    const m = t + 1;
    if (m < minSize) continue;
    const k = length - m;
    const withinRight = total - withinLeft - between;
    const divergence =
      (2 * between) / (m * k) -
      withinLeft / ((m * (m - 1)) / 2) -
      withinRight / ((k * (k - 1)) / 2);
    const q = ((m * k) / (m + k)) * divergence;
    if (q > bestQ) {
      bestQ = q;
      bestIndex = m;
    }
  }
  return { index: bestIndex, q: bestQ };
}

function identityOrder(length: number): Int32Array {
  return Int32Array.from({ length }, (_, i) => i);
}

/** Fisher–Yates shuffle in place, driven by the seeded generator. */
function shuffle(order: Int32Array, random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const held = order[i] as number;
    order[i] = order[j] as number;
    order[j] = held;
  }
}

/** Options of {@link eDivisiveOtava}, as Apache Otava names them. */
export interface OtavaOptions {
  /** Length of the overlapping windows the split step searches (Otava's `window_len`), ≥ 2; 50 unless told. */
  window?: number;
  /** A change point is kept while its t-test p-value is below this (Otava's `max_pvalue`); 0.001 unless told. */
  significance?: number;
  /**
   * A change point is kept only when the relative change of the mean, the larger of
   * |after/before − 1| and |before/after − 1|, exceeds this (Otava's `min_magnitude`); 0 unless told.
   */
  minMagnitude?: number;
}

/** Result of {@link eDivisiveOtava}. */
export interface OtavaResult {
  /** Change points kept by the merge step, in increasing index order. */
  changePoints: ChangePoint[];
  /**
   * Weak change points: what the split step found at its relaxed level, with p-values and means
   * against their neighbouring weak change points (Otava's `weak_change_points`). A superset of
   * the kept indexes; a weak one that was not kept is a change not (yet) proven.
   */
  weakChangePoints: ChangePoint[];
}

/**
 * E-Divisive as Apache Otava runs it (Fleming et al. 2023, "Hunter: Using Change Point Detection
 * to Hunt for Performance Regressions", the procedure of otava/analysis.py), so that a history
 * gives the change points Otava's users expect:
 *
 * 1. Split: the series is cut into windows of `window` points that overlap by half (a window
 *    starts at the later of half a window on and the last change point the previous window
 *    found). In each window, E-Divisive splits top-down as in Matteson & James: the candidate of
 *    a segment maximises q̂(τ, κ) over the split τ and the right end κ (both varying, every side
 *    at least one point, α = 1), and the segment with the largest q̂ is split while Student's t
 *    test of the two sides' means gives p ≤ the relaxed level (10 × `significance` below 0.05,
 *    2 × below 0.5). The union over windows are the weak change points.
 * 2. Merge: with p-values and means taken between neighbouring change points, one change point
 *    at a time is dropped: the one with the largest p-value while that is not below
 *    `significance`, else the one with the smallest magnitude while that is not above
 *    `minMagnitude`. After a drop Otava recomputes the change point that followed it and the
 *    next one (not the one before), and so does this function: its expected change points
 *    depend on it. The statistics returned are then taken between the final neighbours.
 *
 * The t test is Otava's: pooled variance, with each side's standard deviation taken with
 * divisor n (numpy's default) as it passes them to SciPy's `ttest_ind_from_stats`; sides of one
 * point have deviation 0; two points in all give p = 1; two constant sides give p = 0 when their
 * means differ and p = 1 when they do not. Deterministic (no permutations). Otava's incremental
 * mode (`new_points`, `old_cp`) is not implemented: the whole series is analysed every time.
 *
 * Complexity: O(window²) time per candidate search and O(window) memory, so O(n · window) for
 * the split step of a series of n points; the merge step is O(n · k) for k weak change points.
 *
 * @param series - values in time order, finite, at least one.
 * @throws {Error} `eDivisiveOtava: ...` on an empty series, a non-finite value or a bad option.
 * @example
 * // Otava's own test series (tests/analysis_test.py): the step at index 10.
 * eDivisiveOtava([1.02, 0.95, 0.99, 1.0, 1.12, 1.0, 1.01, 0.98, 1.01, 0.96, 0.5, 0.51, 0.48, 0.48, 0.55, 0.5, 0.49, 0.51, 0.5, 0.49], { window: 10, significance: 0.0001 })
 *   .changePoints.map((c) => c.index); // [10]
 */
export function eDivisiveOtava(series: readonly number[], options: OtavaOptions = {}): OtavaResult {
  assertFiniteSample('eDivisiveOtava', series, 1, 'series');
  const { window = 50, significance = 0.001, minMagnitude = 0 } = options;
  assertInteger('eDivisiveOtava', 'window', window, 2);
  assertInRange('eDivisiveOtava', 'significance', significance, 0, 1, {
    minExclusive: true,
    maxExclusive: true,
  });
  assertInRange('eDivisiveOtava', 'minMagnitude', minMagnitude, 0, Number.MAX_VALUE);
  const values = Float64Array.from(series);
  const firstPass =
    significance < 0.05 ? significance * 10 : significance < 0.5 ? significance * 2 : significance;
  const weak = splitStep(values, window, firstPass);
  const weakChangePoints = weak.map((index, k) =>
    betweenNeighbours(values, index, weak[k - 1] ?? 0, weak[k + 1] ?? values.length),
  );
  const kept = mergeStep(values, weakChangePoints, significance, minMagnitude);
  return { changePoints: kept, weakChangePoints };
}

/** A change point with its t-test p-value and the means of the sides `[start, index)` and `[index, end)`. */
function betweenNeighbours(
  values: Float64Array,
  index: number,
  start: number,
  end: number,
): ChangePoint {
  const left = sideStats(values, start, index);
  const right = sideStats(values, index, end);
  return {
    index,
    pValue: pooledTTest(left, right),
    meanBefore: left.mean,
    meanAfter: right.mean,
  };
}

interface SideStats {
  n: number;
  mean: number;
  /** Standard deviation with divisor n, 0 for one point. */
  sd: number;
}

function sideStats(values: Float64Array, start: number, end: number): SideStats {
  const n = end - start;
  let sum = 0;
  for (let i = start; i < end; i++) sum += values[i] as number;
  const center = sum / n;
  let squares = 0;
  for (let i = start; i < end; i++) squares += ((values[i] as number) - center) ** 2;
  return { n, mean: center, sd: n >= 2 ? Math.sqrt(squares / n) : 0 };
}

/** Two-sided p-value of Student's pooled t test from summary statistics (see eDivisiveOtava). */
function pooledTTest(left: SideStats, right: SideStats): number {
  const df = left.n + right.n - 2;
  if (df <= 0) return 1;
  const pooled = ((left.n - 1) * left.sd ** 2 + (right.n - 1) * right.sd ** 2) / df;
  const error = Math.sqrt(pooled * (1 / left.n + 1 / right.n));
  const difference = left.mean - right.mean;
  if (error === 0) return difference === 0 ? 1 : 0;
  const t = Math.abs(difference) / error;
  return Math.min(1, 2 * studentTSurvival(t, df));
}

/** Otava's relative change of a change point: the larger of the forward and backward changes. */
function changeMagnitude(point: ChangePoint): number {
  const forward = point.meanBefore === 0 ? 0 : point.meanAfter / point.meanBefore - 1;
  const backward = point.meanAfter === 0 ? 0 : point.meanBefore / point.meanAfter - 1;
  return Math.max(Math.abs(forward), Math.abs(backward));
}

/** Split step: weak change point indexes, sorted (see eDivisiveOtava). */
function splitStep(values: Float64Array, window: number, level: number): number[] {
  const step = Math.floor(window / 2);
  const found = new Set<number>();
  let start = 0;
  while (start < values.length) {
    const end = Math.min(start + window, values.length);
    const local = divideWindow(values.subarray(start, end), level);
    for (const index of local) found.add(start + index);
    const last = local.length > 0 ? start + Math.max(...local) : 0;
    start = Math.max(last, start + step);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * Top-down E-Divisive in one window with the t test as its stopping rule: the change points
 * (window indexes) accepted before the first candidate that fails.
 */
function divideWindow(values: Float64Array, level: number): number[] {
  const accepted: number[] = [];
  const candidates = new Map<string, Candidate>();
  for (;;) {
    const bounds = [0, ...accepted, values.length];
    let best: { candidate: Candidate; start: number; end: number } | undefined;
    for (let s = 0; s + 1 < bounds.length; s++) {
      const start = bounds[s] as number;
      const end = bounds[s + 1] as number;
      if (end - start < 2) continue;
      const key = `${start}:${end}`;
      let candidate = candidates.get(key);
      if (candidate === undefined) {
        candidate = bestSplitAnyEnd(values, start, end);
        candidates.set(key, candidate);
      }
      // Strictly greater: on a tie the earlier segment wins, as Python's max keeps the first.
      if (!best || candidate.q > best.candidate.q) best = { candidate, start, end };
    }
    if (!best) break;
    const { index } = best.candidate;
    const p = pooledTTest(sideStats(values, best.start, index), sideStats(values, index, best.end));
    if (!(p <= level)) break;
    accepted.push(index);
    accepted.sort((a, b) => a - b);
  }
  return accepted;
}

interface Candidate {
  /** Index of the first value after the split (relative to the window). */
  index: number;
  q: number;
}

/**
 * The split τ of `values[start, end)` that maximises q̂(τ, κ) over τ and the right end κ (start <
 * τ < κ ≤ end), with |x − y| as the distance. For each κ the within-sums W(τ, κ) of the right
 * part are updated from the previous κ by one column of distances, so the scan is O(L²) in time
 * and O(L) in memory. Ties go to the smallest τ, then the smallest κ (numpy's argmax over
 * Otava's Q matrix, row-major).
 */
function bestSplitAnyEnd(values: Float64Array, start: number, end: number): Candidate {
  const length = end - start;
  const x = values.subarray(start, end);
  // prefixWithin[t] = Σ_{i<j<t} |xᵢ − xⱼ|: the within-sum of the left part x[0, t).
  const prefixWithin = new Float64Array(length + 1);
  for (let t = 1; t < length; t++) {
    let column = 0;
    const v = x[t] as number;
    for (let i = 0; i < t; i++) column += Math.abs((x[i] as number) - v);
    prefixWithin[t + 1] = (prefixWithin[t] as number) + column;
  }
  // rightWithin[τ] = Σ_{τ≤i<j<κ} |xᵢ − xⱼ| for the current κ.
  const rightWithin = new Float64Array(length);
  let bestQ = -Infinity;
  let bestTau = 1;
  let bestKappa = 2;
  for (let kappa = 2; kappa <= length; kappa++) {
    const added = kappa - 1;
    const v = x[added] as number;
    let suffix = 0;
    for (let tau = added - 1; tau >= 1; tau--) {
      suffix += Math.abs((x[tau] as number) - v);
      rightWithin[tau] = (rightWithin[tau] as number) + suffix;
    }
    rightWithin[added] = 0;
    const all = prefixWithin[kappa] as number;
    for (let tau = 1; tau < kappa; tau++) {
      const n = tau;
      const m = kappa - tau;
      const left = prefixWithin[tau] as number;
      const right = rightWithin[tau] as number;
      const between = all - left - right;
      const q =
        (2 * between) / (n + m) -
        (n > 1 ? (2 * m * left) / ((n + m) * (n - 1)) : 0) -
        (m > 1 ? (2 * n * right) / ((n + m) * (m - 1)) : 0);
      if (q > bestQ || (q === bestQ && (tau < bestTau || (tau === bestTau && kappa < bestKappa)))) {
        bestQ = q;
        bestTau = tau;
        bestKappa = kappa;
      }
    }
  }
  return { index: start + bestTau, q: bestQ };
}

/** Merge step (see eDivisiveOtava): the weak change points that survive, with their final statistics. */
function mergeStep(
  values: Float64Array,
  weak: readonly ChangePoint[],
  significance: number,
  minMagnitude: number,
): ChangePoint[] {
  const points = weak.map((point) => ({ ...point }));
  while (points.length > 0) {
    let weakest = 0;
    for (let k = 1; k < points.length; k++) {
      if ((points[k] as ChangePoint).pValue > (points[weakest] as ChangePoint).pValue) weakest = k;
    }
    if ((points[weakest] as ChangePoint).pValue < significance) {
      weakest = 0;
      for (let k = 1; k < points.length; k++) {
        if (
          changeMagnitude(points[k] as ChangePoint) <
          changeMagnitude(points[weakest] as ChangePoint)
        )
          weakest = k;
      }
      if (changeMagnitude(points[weakest] as ChangePoint) > minMagnitude) break;
    }
    points.splice(weakest, 1);
    // As Otava does: the change point that followed the dropped one and the one after it are
    // recomputed; the one before keeps its statistics, though its right side grew. Otava's
    // expected change points depend on it (recomputing both neighbours instead changes 6 of
    // the 11 TigerBeetle cases of its tests), so it is kept for parity.
    for (const k of [weakest, weakest + 1]) {
      const point = points[k];
      if (point === undefined) continue;
      points[k] = betweenNeighbours(
        values,
        point.index,
        points[k - 1]?.index ?? 0,
        points[k + 1]?.index ?? values.length,
      );
    }
  }
  // The statistics returned are those between the final neighbours, so the means are those of
  // the segments a chart shows (Otava returns its last recompute, stale for some).
  return points.map((point, k) =>
    betweenNeighbours(
      values,
      point.index,
      points[k - 1]?.index ?? 0,
      points[k + 1]?.index ?? values.length,
    ),
  );
}

import { mean } from 'simple-statistics';
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

/**
 * Exact null distribution of the Mann–Whitney U statistic for samples of sizes m and n without
 * ties, as R's `dwilcox`/`pwilcox`/`qwilcox` give it. Written by hand: neither simple-statistics
 * nor a maintained npm package provides it.
 *
 * Algorithm: the number of arrangements with U = u is the coefficient of q^u in the Gaussian
 * binomial coefficient [m+n choose m]_q = Π_{i=1..m} (1 − q^(n+i)) / (1 − q^i). Each factor is
 * one pass over the polynomial (multiply by 1 − q^a: subtract a shifted copy; divide by 1 − q^b:
 * running sum with stride b), so the table costs O(m · mn) operations instead of the O(m·n·mn)
 * of the classic recursion. Every coefficient at index u only depends on coefficients at lower
 * indices, so the lower tail is computed from small integers exactly; upper-tail probabilities
 * are read from the lower tail by the symmetry U ↔ mn − U, which keeps tail p-values exact.
 */

const tables = new Map<string, Float64Array>();

/** Largest m + n accepted: beyond ~1030 the counts C(m+n, m) overflow a double. */
export const MAX_EXACT_TOTAL = 1000;

/** Counts of arrangements for each u = 0..mn (memoised per (m, n); the cache is not observable). */
function countsFor(functionName: string, m: number, n: number): Float64Array {
  if (!Number.isSafeInteger(m) || !Number.isSafeInteger(n) || m < 1 || n < 1) {
    throw new Error(
      `${functionName}: sample sizes must be integers >= 1, got ${String(m)} and ${String(n)}`,
    );
  }
  const [small, large] = m <= n ? [m, n] : [n, m];
  const key = `${small},${large}`;
  const cached = tables.get(key);
  if (cached) return cached;
  if (small + large > MAX_EXACT_TOTAL) {
    throw new Error(
      `${functionName}: the exact distribution needs m + n <= ${MAX_EXACT_TOTAL}, got ${m} + ${n}`,
    );
  }
  const size = small * large + 1;
  const counts = new Float64Array(size);
  counts[0] = 1;
  for (let i = 1; i <= small; i++) {
    const multiplyShift = large + i;
    for (let u = size - 1; u >= multiplyShift; u--) {
      counts[u] = (counts[u] as number) - (counts[u - multiplyShift] as number);
    }
    for (let u = i; u < size; u++) {
      counts[u] = (counts[u] as number) + (counts[u - i] as number);
    }
  }
  // Restore exact symmetry from the lower half, the half computed from small numbers.
  for (let u = 0; u < size / 2; u++) counts[size - 1 - u] = counts[u] as number;
  if (tables.size > 64) tables.clear();
  tables.set(key, counts);
  return counts;
}

function total(m: number, n: number): number {
  // C(m+n, m) as a double, computed as a product to avoid the factorials' overflow.
  let result = 1;
  const k = Math.min(m, n);
  for (let i = 1; i <= k; i++) result = (result * (m + n - k + i)) / i;
  return result;
}

/**
 * P(U ≤ q) under the null hypothesis, R `pwilcox(q, m, n)`. The upper tail P(U ≥ q) is
 * `mannWhitneyCdf(m*n - q, m, n)`. O(m · mn) the first time for given sizes, O(mn) after.
 */
export function mannWhitneyCdf(q: number, m: number, n: number): number {
  const counts = countsFor('mannWhitneyCdf', m, n);
  if (Number.isNaN(q)) throw new Error('mannWhitneyCdf: q is NaN');
  const mn = m * n;
  const u = Math.floor(q + 1e-7);
  if (u < 0) return 0;
  if (u >= mn) return 1;
  const all = total(m, n);
  // Sum the smaller tail exactly, then complement, so tails keep their relative precision.
  if (u <= mn / 2) {
    let sum = 0;
    for (let k = 0; k <= u; k++) sum += counts[k] as number;
    return Math.min(1, sum / all);
  }
  let upper = 0;
  for (let k = u + 1; k <= mn; k++) upper += counts[k] as number;
  return Math.max(0, 1 - upper / all);
}

/**
 * Smallest q with P(U ≤ q) ≥ p, R `qwilcox(p, m, n)` including its 10·ε fuzz against rounding.
 * O(mn).
 */
export function mannWhitneyQuantile(p: number, m: number, n: number): number {
  const counts = countsFor('mannWhitneyQuantile', m, n);
  if (!(p >= 0 && p <= 1)) throw new Error(`mannWhitneyQuantile: p must be in [0, 1], got ${p}`);
  const all = total(m, n);
  const mn = m * n;
  let cumulative = 0;
  if (p <= 0.5) {
    const target = p - 10 * Number.EPSILON;
    for (let q = 0; q <= mn; q++) {
      cumulative += (counts[q] as number) / all;
      if (cumulative >= target) return q;
    }
    return mn;
  }
  const target = 1 - p + 10 * Number.EPSILON;
  for (let q = 0; q <= mn; q++) {
    cumulative += (counts[q] as number) / all;
    if (cumulative > target) return mn - q;
  }
  return 0;
}

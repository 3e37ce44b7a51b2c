/**
 * All m·n differences yⱼ − xᵢ, sorted ascending, in a typed array (numeric sort without a
 * comparator). The basis of the Hodges–Lehmann estimator and the Moses interval. Inputs are
 * assumed finite (callers check) and are not mutated.
 *
 * Complexity: O(mn log(mn)) time, O(mn) memory.
 */
export function sortedPairwiseDifferences(
  x: readonly number[],
  y: readonly number[],
): Float64Array {
  const differences = new Float64Array(x.length * y.length);
  let k = 0;
  for (const yj of y) {
    for (const xi of x) differences[k++] = yj - xi;
  }
  return differences.sort();
}

/** Median of a sorted non-empty typed array (mean of the two middle values when even). O(1). */
export function medianOfSorted(sorted: Float64Array): number {
  const n = sorted.length;
  const middle = Math.floor(n / 2);
  const upper = sorted[middle] as number;
  if (n % 2 === 1) return upper;
  const lower = sorted[middle - 1] as number;
  // lower + half the gap keeps exactness when both are equal and avoids overflow of lower + upper.
  return lower + (upper - lower) / 2;
}

/** Result of {@link midRanks}. */
export interface MidRanks {
  /** 1-based rank of each value in input order; tied values share the mean of their ranks. */
  ranks: number[];
  /** Size of every group of tied values (groups of one included). */
  tieGroupSizes: number[];
}

/**
 * Mid-ranks ("average" ties method, R `rank(x)`), with the sizes of the tie groups that the
 * tie corrections of rank tests need (Σ(t³ − t)). Written by hand: simple-statistics ranks only
 * inside its Spearman correlation and does not expose the tie groups.
 *
 * Complexity: O(n log n); the input is not mutated. Inputs are assumed finite (callers check).
 */
export function midRanks(values: readonly number[]): MidRanks {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (values[a] as number) - (values[b] as number),
  );
  const ranks = new Array<number>(n);
  const tieGroupSizes: number[] = [];
  let start = 0;
  while (start < n) {
    let end = start + 1;
    const value = values[order[start] as number] as number;
    while (end < n && values[order[end] as number] === value) end++;
    // Positions start..end-1 (0-based) hold ranks start+1..end; their mean:
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k] as number] = rank;
    tieGroupSizes.push(end - start);
    start = end;
  }
  return { ranks, tieGroupSizes };
}

/** Σ(t³ − t) over tie groups: the tie term in rank-test variances. */
export function tieCorrectionSum(tieGroupSizes: readonly number[]): number {
  let sum = 0;
  for (const t of tieGroupSizes) sum += t * t * t - t;
  return sum;
}

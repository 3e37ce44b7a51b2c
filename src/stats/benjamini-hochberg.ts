import { assertPValues } from './holm.js';

/**
 * Benjamini–Hochberg step-up adjustment (1995) of p-values for the false discovery rate: with
 * the p-values sorted ascending p(1) ≤ … ≤ p(k), the adjusted value is
 * min(1, min_{j ≥ i} k·p(j)/j), returned in input order. Matches R `p.adjust(p, "BH")` and SciPy
 * `false_discovery_control(p, method="bh")`. Written by hand: simple-statistics has no
 * multiple-comparison adjustment.
 *
 * Complexity: O(k log k); the input is not mutated.
 *
 * @param pValues - p-values in [0, 1], at least one.
 * @throws {Error} `benjaminiHochberg: ...` on an empty list or a value that is not a probability.
 * @example
 * benjaminiHochberg([0.01, 0.04, 0.03]); // [0.03, 0.04, 0.04]
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  assertPValues('benjaminiHochberg', pValues);
  const k = pValues.length;
  const order = pValues
    .map((_, i) => i)
    .sort((i, j) => (pValues[i] as number) - (pValues[j] as number));
  const adjusted = new Array<number>(k);
  let runningMin = 1;
  for (let rank = k; rank >= 1; rank--) {
    const index = order[rank - 1] as number;
    runningMin = Math.min(runningMin, (k * (pValues[index] as number)) / rank);
    adjusted[index] = runningMin;
  }
  return adjusted;
}

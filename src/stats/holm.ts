import { assertFiniteSample } from './validate.js';

/** Throws unless every p-value is in [0, 1]. */
export function assertPValues(functionName: string, pValues: readonly number[]): void {
  assertFiniteSample(functionName, pValues, 1, 'pValues');
  pValues.forEach((p, i) => {
    if (p < 0 || p > 1)
      throw new Error(`${functionName}: pValues[${i}] must be in [0, 1], got ${p}`);
  });
}

/**
 * Holm's step-down adjustment (Holm 1979) of p-values for the family-wise error rate: with the
 * p-values sorted ascending p(1) ≤ … ≤ p(k), the adjusted value is
 * min(1, max_{j ≤ i} (k − j + 1)·p(j)), returned in input order. Matches R
 * `p.adjust(p, "holm")` and statsmodels `multipletests(p, method="holm")`. Written by hand:
 * simple-statistics has no multiple-comparison adjustment.
 *
 * Complexity: O(k log k); the input is not mutated.
 *
 * @param pValues - p-values in [0, 1], at least one.
 * @throws {Error} `holm: ...` on an empty list or a value that is not a probability.
 * @example
 * holm([0.01, 0.04, 0.03]); // [0.03, 0.06, 0.06]
 */
export function holm(pValues: readonly number[]): number[] {
  assertPValues('holm', pValues);
  const k = pValues.length;
  // Stable sort: equal p-values keep input order, as R's order().
  const order = pValues
    .map((_, i) => i)
    .sort((i, j) => (pValues[i] as number) - (pValues[j] as number));
  const adjusted = new Array<number>(k);
  let runningMax = 0;
  order.forEach((index, rank) => {
    runningMax = Math.max(runningMax, (k - rank) * (pValues[index] as number));
    adjusted[index] = Math.min(1, runningMax);
  });
  return adjusted;
}

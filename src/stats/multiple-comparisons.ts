/**
 * Multiple-comparison control by name, for a family of p-values: Holm's step-down correction
 * (family-wise error), Benjamini–Hochberg's (false discovery rate), or none. The bench gate uses
 * it for the samples it tests and for the single values it judges against stored runs alike.
 */
import { benjaminiHochberg } from './benjamini-hochberg.js';
import { holm } from './holm.js';

/** A correction for multiple comparisons. */
export type Correction = 'holm' | 'bh' | 'none';

/** The p-values adjusted by `correction`, in input order (a copy with `none`). */
export function adjustPValues(pValues: readonly number[], correction: Correction): number[] {
  if (pValues.length === 0) return [];
  switch (correction) {
    case 'holm':
      return holm(pValues);
    case 'bh':
      return benjaminiHochberg(pValues);
    case 'none':
      return [...pValues];
    default: {
      const unreachable: never = correction;
      throw new Error(`adjustPValues: unknown correction ${String(unreachable)}`);
    }
  }
}

/**
 * P-values corrected among the selected ones only (`undefined` marks one not selected, whose
 * adjusted value is 1), with the size of that family: a claim made only where an estimate
 * already points that way (beyond a threshold) is corrected among the claims made.
 */
export function adjustSelectedPValues(
  pValues: readonly (number | undefined)[],
  correction: Correction,
): { adjusted: number[]; selected: number } {
  const selected = pValues.flatMap((p) => (p === undefined ? [] : [p]));
  const adjusted = adjustPValues(selected, correction);
  let next = 0;
  return {
    adjusted: pValues.map((p) => (p === undefined ? 1 : (adjusted[next++] ?? 1))),
    selected: selected.length,
  };
}

/**
 * The level a lone p-value must pass among `family`: the first step of Holm's correction, and
 * what Benjamini–Hochberg asks of a single discovery, is level / family; without correction,
 * the level itself.
 */
export function loneLevel(level: number, family: number, correction: Correction): number {
  return correction === 'none' ? level : level / Math.max(family, 1);
}

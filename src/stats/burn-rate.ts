import { assertObjective } from './slo-attainment.js';

/** Inputs of {@link burnRate}. */
export interface BurnRateInput {
  /** Target fraction of good events, in (0, 1), e.g. 0.999. */
  objective: number;
  /** Fraction of bad events over the window looked at, in [0, 1]. */
  errorRatio: number;
}

/**
 * How fast the error budget is being spent: errorRatio / (1 − objective) (Google SRE workbook,
 * "Alerting on SLOs"). 1 spends exactly the budget over the SLO period; 14.4 spends 2% of a
 * 30-day budget in one hour.
 *
 * Complexity: O(1).
 *
 * @throws {Error} `burnRate: ...` for an objective outside (0, 1) or an error ratio outside [0, 1].
 * @example
 * burnRate({ objective: 0.999, errorRatio: 0.0144 }); // 14.4
 */
export function burnRate(input: BurnRateInput): number {
  const { objective, errorRatio } = input;
  assertObjective('burnRate', objective);
  if (!(errorRatio >= 0 && errorRatio <= 1)) {
    throw new Error(`burnRate: errorRatio must be in [0, 1], got ${String(errorRatio)}`);
  }
  return errorRatio / (1 - objective);
}

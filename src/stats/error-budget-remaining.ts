import { assertEventCounts, assertObjective } from './slo-attainment.js';

/** Inputs of {@link errorBudgetRemaining}. */
export interface ErrorBudgetInput {
  /** Target fraction of good events, in (0, 1), e.g. 0.999. */
  objective: number;
  /** Good events in the SLO window. */
  good: number;
  /** All events in the SLO window. */
  total: number;
}

/**
 * Fraction of the error budget left over the SLO window: 1 − (bad/total)/(1 − objective), as in
 * the Google SRE workbook ("Implementing SLOs"). 1 means untouched, 0 exhausted, negative
 * overspent (−0.5: half a budget too much).
 *
 * Complexity: O(1).
 *
 * @throws {Error} `errorBudgetRemaining: ...` for an objective outside (0, 1) or counts that are
 *   not 0 ≤ good ≤ total with total > 0.
 * @example
 * errorBudgetRemaining({ objective: 0.999, good: 999_500, total: 1_000_000 }); // 0.5
 */
export function errorBudgetRemaining(input: ErrorBudgetInput): number {
  const { objective, good, total } = input;
  assertObjective('errorBudgetRemaining', objective);
  assertEventCounts('errorBudgetRemaining', good, total);
  return 1 - (total - good) / total / (1 - objective);
}

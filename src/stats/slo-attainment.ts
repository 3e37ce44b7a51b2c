/**
 * Throws unless good and total are event counts with 0 ≤ good ≤ total and total > 0. Counts may
 * be fractional: Prometheus `increase()` extrapolates.
 */
export function assertEventCounts(functionName: string, good: number, total: number): void {
  if (!Number.isFinite(good) || !Number.isFinite(total) || total <= 0 || good < 0 || good > total) {
    throw new Error(
      `${functionName}: need finite counts with 0 <= good <= total and total > 0, got good ${String(good)}, total ${String(total)}`,
    );
  }
}

/** Throws unless the objective is a fraction strictly between 0 and 1 (e.g. 0.999). */
export function assertObjective(functionName: string, objective: number): void {
  if (!(objective > 0 && objective < 1)) {
    throw new Error(
      `${functionName}: objective must be in (0, 1), e.g. 0.999, got ${String(objective)}`,
    );
  }
}

/**
 * Fraction of good events, good/total: the service level indicator over a window, to compare
 * with the objective (Google SRE book, ch. 4).
 *
 * Complexity: O(1).
 *
 * @throws {Error} `sloAttainment: ...` unless 0 ≤ good ≤ total, total > 0, both finite.
 * @example
 * sloAttainment(999_500, 1_000_000); // 0.9995
 */
export function sloAttainment(good: number, total: number): number {
  assertEventCounts('sloAttainment', good, total);
  return good / total;
}

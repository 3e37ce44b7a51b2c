import { assertFiniteSample } from './validate.js';

/** One observation of a time series. */
export interface TimePoint {
  /** Milliseconds since the epoch (or any consistent unit). */
  timestamp: number;
  /** The observed value. */
  value: number;
}

/**
 * Copy of `points` sorted by timestamp, after checking every timestamp and value is finite and
 * no timestamp repeats. O(n log n); the input is not mutated.
 */
export function sortedTimePoints(
  functionName: string,
  points: readonly TimePoint[],
  label: string,
): TimePoint[] {
  if (!Array.isArray(points))
    throw new Error(`${functionName}: ${label} must be an array of points`);
  assertFiniteSample(
    functionName,
    points.map((p) => p.timestamp),
    0,
    `${label} timestamp`,
  );
  assertFiniteSample(
    functionName,
    points.map((p) => p.value),
    0,
    `${label} value`,
  );
  const sorted = points
    .map((p) => ({ timestamp: p.timestamp, value: p.value }))
    .sort((a, b) => a.timestamp - b.timestamp);
  for (let i = 1; i < sorted.length; i++) {
    if ((sorted[i] as TimePoint).timestamp === (sorted[i - 1] as TimePoint).timestamp) {
      throw new Error(
        `${functionName}: ${label} has two points at timestamp ${(sorted[i] as TimePoint).timestamp}`,
      );
    }
  }
  return sorted;
}

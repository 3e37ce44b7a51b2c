import { mean } from 'simple-statistics';
import { leastSquares } from './least-squares.js';
import { assertFiniteSample } from './validate.js';

const MS_PER_HOUR = 3_600_000;

/**
 * Drift of a metric over a soak run, in percent of its mean level per hour: 100 · (least-squares
 * slope per hour) / mean(values). A memory series that grows from 100 MB by 1 MB an hour gives
 * about 1 (%/h). Relative to the mean rather than the first value, so one noisy start does not
 * set the scale.
 *
 * Complexity: O(n); inputs are not mutated.
 *
 * @param timestampsMs - sample times in milliseconds (e.g. epoch), finite, not all equal.
 * @param values - the metric, finite, same length, at least two, mean not zero.
 * @throws {Error} `slopePercentPerHour: ...` on fewer than two points, lengths that differ, a
 *   non-finite value, all timestamps equal, or a mean of zero.
 * @example
 * slopePercentPerHour([0, 3_600_000, 7_200_000], [99, 100, 101]); // 1
 */
export function slopePercentPerHour(
  timestampsMs: readonly number[],
  values: readonly number[],
): number {
  assertFiniteSample('slopePercentPerHour', timestampsMs, 2, 'timestampsMs');
  assertFiniteSample('slopePercentPerHour', values, 2, 'values');
  if (timestampsMs.length !== values.length) {
    throw new Error(
      `slopePercentPerHour: timestampsMs and values must have the same length, got ${timestampsMs.length} and ${values.length}`,
    );
  }
  if (timestampsMs.every((t) => t === timestampsMs[0])) {
    throw new Error('slopePercentPerHour: all timestamps are equal, the slope is undefined');
  }
  const level = mean(values as number[]);
  if (level === 0)
    throw new Error('slopePercentPerHour: the mean of values is zero, a percentage is undefined');
  return (100 * leastSquares(timestampsMs, values).slope * MS_PER_HOUR) / level;
}

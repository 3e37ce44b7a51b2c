import { sortedTimePoints, type TimePoint } from './time-point.js';

/** Result of {@link alignSeries}. */
export interface AlignedSeries {
  /** Timestamps present in both series, ascending. */
  timestamps: number[];
  /** Values of the left series at those timestamps. */
  left: number[];
  /** Values of the right series at those timestamps. */
  right: number[];
}

/**
 * Pairs two time series on their common timestamps (an inner join; points present in only one
 * series are dropped), so that paired statistics compare like with like. Resample first
 * ({@link resample}) when the two were scraped at different instants. Inputs may be in any order.
 *
 * Complexity: O(n log n + m log m); inputs are not mutated.
 *
 * @throws {Error} `alignSeries: ...` on a non-finite timestamp or value or a repeated timestamp.
 * @example
 * alignSeries([{ timestamp: 1, value: 10 }, { timestamp: 2, value: 20 }], [{ timestamp: 2, value: 5 }]);
 * // { timestamps: [2], left: [20], right: [5] }
 */
export function alignSeries(
  left: readonly TimePoint[],
  right: readonly TimePoint[],
): AlignedSeries {
  const a = sortedTimePoints('alignSeries', left, 'left');
  const b = sortedTimePoints('alignSeries', right, 'right');
  const result: AlignedSeries = { timestamps: [], left: [], right: [] };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const pa = a[i] as TimePoint;
    const pb = b[j] as TimePoint;
    if (pa.timestamp < pb.timestamp) i++;
    else if (pa.timestamp > pb.timestamp) j++;
    else {
      result.timestamps.push(pa.timestamp);
      result.left.push(pa.value);
      result.right.push(pb.value);
      i++;
      j++;
    }
  }
  return result;
}

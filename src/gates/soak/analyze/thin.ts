import { median } from '../../../stats/index.js';
import type { SeriesPoint } from '../types.js';

/**
 * Thins a long series to at most `maxPoints` points: the span is cut into `maxPoints` buckets of
 * equal time, and each bucket that holds points becomes one point at the mean time of its points
 * with their mean (trends) or median (latency: one slow request must not move a bucket) value.
 * Series of at most `maxPoints` points come back unchanged. Unlike stats' `resample`, repeated
 * timestamps are fine (k6 writes one sample per request, many in the same millisecond).
 *
 * Why: Theil–Sen and the Hamed–Rao test are O(n² log n); a night of 1 s samples (28,800 points)
 * would take minutes and gigabytes, 120 bucket means take milliseconds and keep what a trend over
 * hours depends on (bench/soak-power.ts times such a night).
 *
 * Complexity: O(n) for means, O(n log n) for medians; the input is not mutated.
 */
export function thinPoints(
  points: readonly SeriesPoint[],
  maxPoints: number,
  summary: 'mean' | 'median' = 'mean',
): SeriesPoint[] {
  if (points.length <= maxPoints) return points.slice();
  const first = (points[0] as SeriesPoint).t;
  const span = (points[points.length - 1] as SeriesPoint).t - first;
  if (!(span > 0)) return points.slice(0, maxPoints);
  const width = span / maxPoints;
  const result: SeriesPoint[] = [];
  let bucket = -1;
  let times: number[] = [];
  let values: number[] = [];
  const flush = (): void => {
    if (values.length === 0) return;
    const t = times.reduce((sum, x) => sum + x, 0) / times.length;
    const v =
      summary === 'mean' ? values.reduce((sum, x) => sum + x, 0) / values.length : median(values);
    result.push({ t, v });
  };
  for (const point of points) {
    const index = Math.min(maxPoints - 1, Math.floor((point.t - first) / width));
    if (index !== bucket) {
      flush();
      bucket = index;
      times = [];
      values = [];
    }
    times.push(point.t);
    values.push(point.v);
  }
  flush();
  return result;
}

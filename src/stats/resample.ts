import { sortedTimePoints, type TimePoint } from './time-point.js';

/** Options of {@link resample}. */
export interface ResampleOptions {
  /** Bucket width, > 0, in the timestamps' unit (e.g. 60_000 for one minute of milliseconds). */
  step: number;
  /** `mean` of the bucket's values (default) or the `last` value (latest timestamp) in it. */
  method?: 'mean' | 'last';
  /** A bucket boundary; buckets are [origin + k·step, origin + (k+1)·step). 0 unless told. */
  origin?: number;
}

/**
 * Resamples a time series onto a fixed grid: each point falls in the bucket
 * [origin + k·step, origin + (k+1)·step), reported at the bucket's start with the mean or the
 * last value of its points. Buckets without points are left out (no interpolation: a gap stays
 * visible). With origin 0 and epoch-millisecond timestamps, buckets align to wall-clock multiples
 * of the step, as Prometheus range queries do.
 *
 * Complexity: O(n log n); the input is not mutated.
 *
 * @throws {Error} `resample: ...` on a non-finite timestamp or value, a repeated timestamp, a step
 *   that is not > 0, or an unknown method.
 * @example
 * resample([{ timestamp: 0, value: 1 }, { timestamp: 30, value: 3 }, { timestamp: 70, value: 5 }], { step: 60 });
 * // [{ timestamp: 0, value: 2 }, { timestamp: 60, value: 5 }]
 */
export function resample(points: readonly TimePoint[], options: ResampleOptions): TimePoint[] {
  const { step, method = 'mean', origin = 0 } = options;
  if (!(step > 0) || !Number.isFinite(step))
    throw new Error(`resample: step must be a finite number > 0, got ${String(step)}`);
  if (!Number.isFinite(origin))
    throw new Error(`resample: origin must be finite, got ${String(origin)}`);
  if (method !== 'mean' && method !== 'last') {
    throw new Error(`resample: method must be 'mean' or 'last', got ${String(method)}`);
  }
  const sorted = sortedTimePoints('resample', points, 'points');
  const result: TimePoint[] = [];
  let bucket = Number.NaN;
  let sum = 0;
  let count = 0;
  let last = 0;
  const flush = (): void => {
    if (count > 0)
      result.push({
        timestamp: origin + bucket * step,
        value: method === 'mean' ? sum / count : last,
      });
  };
  for (const point of sorted) {
    const k = Math.floor((point.timestamp - origin) / step);
    if (k !== bucket) {
      flush();
      bucket = k;
      sum = 0;
      count = 0;
    }
    sum += point.value;
    count++;
    last = point.value;
  }
  flush();
  return result;
}

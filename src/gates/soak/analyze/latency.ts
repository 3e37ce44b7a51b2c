import { eDivisive, median } from '../../../stats/index.js';
import type { ChangePointResult, LatencyResult, SeriesPoint, SoakSeries } from '../types.js';
import { seriesId } from './series-id.js';
import { thinPoints } from './thin.js';

/**
 * Most points E-Divisive runs on: with α = 1 a test costs O(permutations · n log n), and 400
 * bucket medians keep a series under ~50 ms while still placing a change within a quarter of a
 * percent of the run.
 */
export const MAX_CHANGE_POINT_POINTS = 400;
/** Fewest points in each of the first and last windows. */
const MIN_WINDOW_POINTS = 5;
/** Permutations of E-Divisive's test; 199 gives p-values down to 0.005. */
const PERMUTATIONS = 199;

/**
 * Names that say latency: `latency`, `duration`, `response time` (any separator), a `p9x`
 * percentile (`p95`, `p(99)`, `p99.9`), or a Locust percentile column (`95%`).
 */
const LATENCY_LIKE =
  /latency|duration|response[\s_-]*time|(?:^|[^a-z0-9])p\(?9\d|^\d+(?:\.\d+)?%$/i;

/** True when the series' name says it measures latency. */
export function isLatencySeries(name: string): boolean {
  return LATENCY_LIKE.test(name);
}

/**
 * A latency series over the analysed span: E-Divisive change points (Matteson & James 2014) on
 * bucket medians (at most {@link MAX_CHANGE_POINT_POINTS}; medians so that a few slow requests do
 * not make a change), each side of a change at least a twentieth of the run (≥ 5 points) so that
 * slow wander of autocorrelated percentiles is not cut into many tiny segments; and the median of
 * the first and the last tenth of the span (each at least 5 points), on the raw points.
 *
 * @param points - the series after the warm-up, in time order, at least two points.
 */
export function analyzeLatency(series: SoakSeries, points: readonly SeriesPoint[]): LatencyResult {
  const buckets = thinPoints(points, MAX_CHANGE_POINT_POINTS, 'median');
  const values = buckets.map((p) => p.v);
  const minSize = Math.max(5, Math.floor(values.length / 20));
  const changePoints: ChangePointResult[] = [];
  if (values.length >= 2 * minSize) {
    const found = eDivisive(values, { minSize, permutations: PERMUTATIONS, seed: 1 }).changePoints;
    const bounds = [0, ...found.map((c) => c.index), values.length];
    found.forEach((change, k) => {
      changePoints.push({
        t: (buckets[change.index] as SeriesPoint).t,
        before: median(values.slice(bounds[k] as number, change.index)),
        after: median(values.slice(change.index, bounds[k + 2] as number)),
        pValue: change.pValue,
      });
    });
  }
  const first = (points[0] as SeriesPoint).t;
  const last = (points[points.length - 1] as SeriesPoint).t;
  const tenth = (last - first) / 10;
  const firstWindow = median(windowValues(points, (p) => p.t <= first + tenth));
  const lastWindow = median(windowValues([...points].reverse(), (p) => p.t >= last - tenth));
  return {
    series: seriesId(series),
    ...(series.unit === undefined ? {} : { unit: series.unit }),
    changePoints,
    firstWindow,
    lastWindow,
    changePercent: firstWindow === 0 ? 0 : (100 * (lastWindow - firstWindow)) / firstWindow,
  };
}

/** Values from the front of `points` while `inside` holds, and at least five. */
function windowValues(
  points: readonly SeriesPoint[],
  inside: (point: SeriesPoint) => boolean,
): number[] {
  const values: number[] = [];
  for (const point of points) {
    if (values.length >= MIN_WINDOW_POINTS && !inside(point)) break;
    values.push(point.v);
  }
  return values;
}

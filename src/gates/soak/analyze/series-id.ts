import { compileNamePattern } from '../../../shared/name-pattern.js';
import type { SeriesId, SoakSeries } from '../types.js';

/**
 * A series' full name, `name{key="value",…}` with the labels sorted by key (so the same series
 * read from two files gets the same id), or the bare name when it has no labels. Values are
 * escaped as in Prometheus' exposition format (`\\`, `\"`, `\n`), so an id names one series.
 *
 * @example
 * seriesId({ name: 'http_req_duration', labels: { status: '200', method: 'GET' }, points: [] });
 * // 'http_req_duration{method="GET",status="200"}'
 */
export function seriesId(series: SoakSeries): SeriesId {
  const entries = Object.entries(series.labels ?? {}).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  if (entries.length === 0) return series.name;
  const labels = entries.map(([key, value]) => `${key}="${escapeLabelValue(value)}"`);
  return `${series.name}{${labels.join(',')}}`;
}

function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/**
 * True when `pattern` (a name glob: `*` any run, `?` one character) matches the series' full
 * {@link seriesId} or its bare name: `process_resident_memory_bytes` then also covers
 * `process_resident_memory_bytes{instance="a"}`, as a user writing a metric name expects.
 */
export function patternMatchesSeries(pattern: string, series: SoakSeries): boolean {
  const regex = compileNamePattern(pattern);
  return regex.test(seriesId(series)) || regex.test(series.name);
}

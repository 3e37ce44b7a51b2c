import type { SoakFormat } from '../types.js';

/** File-name endings of the files `locust --csv PREFIX` writes. */
const locustSuffixes: readonly [string, SoakFormat][] = [
  ['_stats_history.csv', 'locust-history'],
  ['_failures.csv', 'locust-failures'],
  ['_stats.csv', 'locust-stats'],
];

/** First header cells of each CSV format. */
const csvHeaders: readonly [string, SoakFormat][] = [
  ['timestamp,series,value', 'csv'],
  ['timestamp,user count,', 'locust-history'],
  ['type,name,request count,', 'locust-stats'],
  ['method,name,error,occurrences', 'locust-failures'],
];

/**
 * A k6 `--out json` line: an object with `"type":"Metric"` or `"type":"Point"`. Older k6 writes
 * `type` first, newer writes `metric` first, so the key order is not relied on.
 */
const k6Line = /^\{.*"type"\s*:\s*"(Metric|Point)".*\}$/;

/**
 * Guesses the format of an input from its file name and the start of its text (a few KB are
 * enough), or `undefined` when neither tells; the caller then asks for `--format`. Locust's file
 * names decide first; otherwise the first line: a k6 NDJSON line, a JSON document with
 * `"metrics"` (k6 summary), `"series"` (plain JSON) or `"resultType": "matrix"` (a saved Prometheus
 * query_range answer), or a known CSV header.
 */
export function detectSoakFormat(fileName: string, firstChunk: string): SoakFormat | undefined {
  const lowerName = fileName.toLowerCase();
  for (const [suffix, format] of locustSuffixes) {
    if (lowerName.endsWith(suffix)) return format;
  }
  const text = firstChunk.startsWith('\uFEFF') ? firstChunk.slice(1) : firstChunk;
  const firstLine = (text.trimStart().split('\n')[0] ?? '').trim();
  if (k6Line.test(firstLine)) return 'k6-ndjson';
  if (text.trimStart().startsWith('{')) {
    // A series may be named "metrics", so a document that opens with "series" is plain JSON; k6
    // summaries open with "root_group", which can be longer than the first chunk.
    if (/^\{\s*"series"\s*:/.test(text.trimStart())) return 'json';
    // A saved Prometheus answer: `{"status":"success","data":{"resultType":"matrix"…`.
    if (/"resultType"\s*:\s*"matrix"/.test(text)) return 'prometheus';
    if (/"(metrics|root_group)"\s*:/.test(text)) return 'k6-summary';
    if (/"series"\s*:/.test(text)) return 'json';
    return undefined;
  }
  const header = firstLine
    .split(',')
    .map((cell) =>
      cell
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .toLowerCase(),
    )
    .join(',');
  for (const [start, format] of csvHeaders) {
    if (header === start || (start.endsWith(',') && header.startsWith(start))) return format;
  }
  return undefined;
}

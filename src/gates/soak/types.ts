/**
 * Domain types of the soak gate's input: what every parser (k6, Locust, plain CSV/JSON) gives, so
 * that the later stages (warm-up detection, trend tests, SLOs, burn rates) read one shape.
 *
 * Streaming parsers are push parsers (a k6 NDJSON file of a night's run is gigabytes):
 * `write(chunk)` any number of times with consecutive pieces of the file's text, split anywhere,
 * then `end()` for the result.
 */

/** The input formats the gate reads. */
export type SoakFormat =
  | 'k6-summary' // k6 --summary-export JSON, or the data object handleSummary() receives
  | 'k6-ndjson' // k6 --out json: one JSON object per line
  | 'locust-stats' // Locust --csv PREFIX_stats.csv
  | 'locust-history' // Locust --csv PREFIX_stats_history.csv
  | 'locust-failures' // Locust --csv PREFIX_failures.csv
  | 'csv' // plain `timestamp,series,value`
  | 'json'; // plain `{"series": {"name": [[t, v], …]}}`

/** One sample: `t` in seconds since the Unix epoch (fractional), `v` a finite number. */
export interface SeriesPoint {
  t: number;
  v: number;
}

/** A named time series, its points sorted by time (ties keep their input order). */
export interface SoakSeries {
  /** The metric's name as the tool names it (`http_req_duration`, `Total Average Response Time`…). */
  name: string;
  /** Unit of `v` where the format says it (`ms`, `requests/s`, `users`…). */
  unit?: string;
  /** What tells this series apart from others of the same name (k6 tags, Locust request name…). */
  labels?: Readonly<Record<string, string>>;
  points: SeriesPoint[];
}

/** The kind of a k6 metric, which decides which aggregate values it has. */
export type K6MetricType = 'trend' | 'rate' | 'counter' | 'gauge';

/** One k6 threshold and whether it held. */
export interface K6Threshold {
  /** The expression as written in the script's options, e.g. `p(95)<500`. */
  expression: string;
  /**
   * True when the threshold held. `--summary-export` stores the opposite (`true` means failed,
   * grafana/k6#1498); the parser has already inverted it.
   */
  passed: boolean;
}

/** One metric of k6's end-of-test summary. */
export interface K6MetricSummary {
  /** The metric name, with a submetric's tag filter where there is one: `http_req_duration{status:200}`. */
  name: string;
  /** Absent in `--summary-export` files, which do not state it. */
  type?: K6MetricType;
  /** `time` for durations in milliseconds, `data` for bytes, `default` otherwise (handleSummary only). */
  contains?: string;
  /** Aggregates by k6's names: `avg`, `min`, `med`, `max`, `p(90)`, `p(95)`, `count`, `rate`, `value`, `passes`, `fails`… */
  values: Readonly<Record<string, number>>;
  thresholds: K6Threshold[];
}

/** One row of Locust's `_stats.csv`: one request name, or the `Aggregated` row. */
export interface LocustStatsRow {
  /** The request's method or type (`GET`, `POST`…); empty for the `Aggregated` row. */
  type: string;
  name: string;
  requestCount: number;
  failureCount: number;
  /** Response times in milliseconds; absent where Locust wrote `N/A` (no requests yet). */
  medianMs?: number;
  averageMs?: number;
  minMs?: number;
  maxMs?: number;
  averageContentSizeBytes?: number;
  requestsPerSecond?: number;
  failuresPerSecond?: number;
  /** Response-time percentiles by Locust's column name (`50%`, `95%`, `99.9%`…), in ms; `N/A` omitted. */
  percentilesMs: Readonly<Record<string, number>>;
}

/** One row of Locust's `_failures.csv`. */
export interface LocustFailure {
  method: string;
  name: string;
  error: string;
  occurrences: number;
}

/** What a tool reported at the end of the run, besides the time series. */
export type SoakSummary =
  | {
      kind: 'k6';
      metrics: K6MetricSummary[];
      /** `state.testRunDurationMs` where the file has it. */
      testRunDurationMs?: number;
    }
  | {
      kind: 'locust';
      /** Per-request rows, without the `Aggregated` row. */
      requests: LocustStatsRow[];
      aggregated?: LocustStatsRow;
      failures: LocustFailure[];
    };

/** The parsed content of one input file. */
export interface SoakRun {
  format: SoakFormat;
  /** Every series with enough points, by name then labels. */
  series: SoakSeries[];
  summary?: SoakSummary;
  /**
   * What the reader should know that did not stop the parse: points or series dropped (too few
   * points, NaN/Inf, a cut-off last line), the clock going backwards, duplicate timestamps.
   */
  notes: string[];
}

/** A streaming parser of one input file. */
export interface SoakParser {
  /** Feeds the next piece of the file's text. */
  write(chunk: string): void;
  /**
   * Finishes the parse.
   *
   * @throws ConfigurationError when the text is not of the parser's format.
   */
  end(): SoakRun;
}

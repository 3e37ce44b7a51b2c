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
  | 'json' // plain `{"series": {"name": [[t, v], …]}}`
  | 'prometheus'; // Prometheus /api/v1/query_range answers (queryPrometheus, or one saved to a file)

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

// ---------------------------------------------------------------------------------------------
// Analysis: what the pure analysis (src/gates/soak/analyze/) makes of the parsed runs, and what
// the verdict, the report and the night-over-night history are built from.

/** A series' full name for display and for matching by glob: `name{label="value",…}`. */
export type SeriesId = string;

/** How a series must not grow, by glob over its {@link SeriesId} (the last matching rule wins). */
export interface GrowthLimit {
  pattern: string;
  /** Largest tolerated growth in percent per hour (e.g. 1 for memory). */
  maxPercentPerHour: number;
}

/** A declared objective, e.g. `latency_p99_ms < 200` or `error_ratio < 0.001`. */
export interface SloObjective {
  /** As the user wrote it, for the report. */
  text: string;
  /** Glob over {@link SeriesId}s the objective applies to. */
  series: string;
  comparison: '<' | '<=' | '>' | '>=';
  value: number;
  /**
   * `ratio`: the series is a bad-event ratio and `value` the error budget (`error_ratio < 0.001`:
   * at most 0.1% bad); `threshold`: each sample is good when it meets the comparison, and
   * `target` of the samples must be good.
   */
  kind: 'ratio' | 'threshold';
  /** Fraction of good samples required (threshold objectives), e.g. 0.99. */
  target?: number;
}

/** Options of the analysis. */
export interface SoakAnalysisOptions {
  /** Seconds to trim at the start; undefined: detect the warm-up. */
  warmupSeconds?: number;
  /** Growth limits; defaults apply to memory-like series when empty. */
  growth: GrowthLimit[];
  slos: SloObjective[];
  /** Significance level of the trend tests, e.g. 0.05. */
  alpha: number;
}

/** The trend of one series over the run after the warm-up. */
export interface TrendResult {
  series: SeriesId;
  unit?: string;
  /** Points analysed (after the warm-up) and the span they cover, in seconds. */
  points: number;
  spanSeconds: number;
  /** Theil–Sen slope in the series' unit per hour, with its two-sided 95% interval. */
  slopePerHour: number;
  slopeIntervalPerHour: [number, number];
  /** The slope as percent of the fitted level at the start of the analysed span, per hour. */
  percentPerHour: number;
  percentIntervalPerHour: [number, number];
  /** Mann–Kendall with the Hamed–Rao correction for autocorrelation. */
  trendPValue: number;
  /** The growth limit that applies, when the series has one. */
  limitPercentPerHour?: number;
  /**
   * `leak`: significant and above its limit (fails); `growing`: significant but under the limit;
   * `flat`: no significant trend; `too-short`: too few points to say.
   */
  classification: 'leak' | 'growing' | 'flat' | 'too-short';
  /** The fitted line at the start and end of the analysed span, for the chart. */
  fit: { t0: number; v0: number; t1: number; v1: number };
}

/** A shift inside the run found by E-Divisive on a latency (or any) series. */
export interface ChangePointResult {
  /** Time (seconds since the epoch) of the first point after the change. */
  t: number;
  /** Medians before and after the change. */
  before: number;
  after: number;
  pValue: number;
}

/** A latency series over the run. */
export interface LatencyResult {
  series: SeriesId;
  unit?: string;
  changePoints: ChangePointResult[];
  /** Medians of the first and the last window (each a tenth of the analysed span, ≥ 5 points). */
  firstWindow: number;
  lastWindow: number;
  /** lastWindow against firstWindow, in percent. */
  changePercent: number;
}

/** One burn-rate rule evaluated over the run. */
export interface BurnAlertResult {
  severity: 'page' | 'ticket';
  longWindow: string;
  shortWindow: string;
  burnRate: number;
  /** False when the run is shorter than the long window (the rule says nothing then). */
  evaluated: boolean;
  /** Times (seconds since the epoch) where both windows burned faster than `burnRate`; first one. */
  firedAt?: number;
}

/** One objective evaluated. */
export interface SloResult {
  objective: SloObjective;
  /** The series it applied to (none: a note says so and the objective fails). */
  series: SeriesId[];
  /** Fraction of good samples (threshold) or 1 − mean bad ratio (ratio objectives). */
  attainment: number;
  /** Error budget left at the end, as a fraction of the budget (negative: overspent). */
  budgetRemaining: number;
  burnAlerts: BurnAlertResult[];
  passed: boolean;
}

/** The analysis of one night's run. */
export interface SoakAnalysis {
  /** The analysed span: first and last timestamp after the warm-up, seconds since the epoch. */
  start: number;
  end: number;
  warmup: { seconds: number; detected: boolean };
  trends: TrendResult[];
  latency: LatencyResult[];
  slos: SloResult[];
  /** Plain-text reasons the run fails, empty when it passes. */
  failures: string[];
  notes: string[];
}

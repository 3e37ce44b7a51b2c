/** Domain types of the bench gate: what parsers produce and the analysis consumes. */

/** Formats the parsers read; `auto` detects from the content. */
export type BenchFormat =
  | 'google-benchmark'
  | 'hyperfine'
  | 'pytest-benchmark'
  | 'go'
  | 'cargo'
  | 'criterion'
  | 'benchmarkjs'
  | 'jmh'
  | 'benchmarkdotnet'
  | 'catch2'
  | 'julia'
  | 'custom-smaller-is-better'
  | 'custom-bigger-is-better';

/** Whether a smaller or a bigger value is an improvement. */
export type Direction = 'smaller-is-better' | 'bigger-is-better';

/** Where a benchmark was read from, for error messages and annotations. */
export interface SourceLocation {
  /** Path of the result file as given by the user. */
  file: string;
  /** 1-based line, where the format makes one known. */
  line?: number;
}

/**
 * One measured quantity of one benchmark, with every sample that was read. A benchmark with
 * several metrics (Go's ns/op, B/op, allocs/op) yields one series per metric; `name` then
 * carries the metric suffix only when the metric is not the primary one (e.g. `BenchmarkFib10 (B/op)`).
 */
export interface BenchmarkSeries {
  /** Unique name within the suite, e.g. `BM_Sort/1024` or `BenchmarkFib10-8`. */
  name: string;
  /**
   * Canonical unit after normalisation: `ns` for time, `B` for memory, `ops/s` for rates of
   * operations, `B/s` for byte rates, or the tool's own unit string for anything else.
   */
  unit: string;
  /** Direction of improvement. */
  direction: Direction;
  /**
   * Every value read, in `unit`. Repetitions when `kind` is `repetitions`; a single summary
   * value when it is `summary`.
   */
  samples: number[];
  /**
   * `repetitions`: each sample is one independent measurement (a repetition or a timed batch).
   * `summary`: the tool gave only an aggregate (a mean, a median); statistics across samples
   * are not available from this file alone.
   */
  kind: 'repetitions' | 'summary';
  /** Where it came from. */
  source: SourceLocation;
  /** Tool-reported spread when only a summary is known (e.g. `± 3%`), as a fraction of the value. */
  reportedRelativeSpread?: number;
  /** Extra tool-specific facts (iterations, threads, user counters), shown in details only. */
  extra?: Record<string, string | number>;
}

/** One parsed result file. */
export interface ParsedBenchFile {
  /** The format that was read (detected or given). */
  format: BenchFormat;
  /** Benchmarks in file order. */
  benchmarks: BenchmarkSeries[];
  /** Things the reader should know (e.g. "aggregate rows ignored in favour of repetitions"). */
  warnings: string[];
}

/**
 * Bench history: one compact JSON line per run of a suite (medians, no samples), appended to a
 * run log (a data branch, or a local file) and read back for trend charts and run-to-run noise
 * estimates. The log itself (JSON Lines, retention, unreadable lines kept, transports) is the
 * shared layer's, src/history/log.ts; what a bench line holds and how bench reads it is here.
 */
import { median, medianAbsoluteDeviation } from '../../stats/index.js';
import {
  appendToLog,
  DEFAULT_RETENTION,
  logEntry,
  logFilePath,
  MAX_LOG_BYTES,
  MAX_LOG_LINE_BYTES,
  parseLog,
  type LogEntry,
  type LogKind,
  type ParsedLog,
  type StampExtra,
} from '../../history/log.js';
import { isRecord } from '../../shared/is-record.js';
import type { BenchmarkSeries, Direction } from './types.js';

/** Schema tag of one history line. */
export const HISTORY_SCHEMA = 'kaizen-gates/bench-history@1';

/** Default number of readable entries a history file keeps (the oldest go first). */
export const DEFAULT_HISTORY_RETENTION = DEFAULT_RETENTION;

/** A history file over this size is refused (see {@link MAX_LOG_BYTES}). */
export const MAX_HISTORY_BYTES = MAX_LOG_BYTES;

/** A history line over this size is refused (see {@link MAX_LOG_LINE_BYTES}). */
export const MAX_HISTORY_LINE_BYTES = MAX_LOG_LINE_BYTES;

/** Characters of a commit sha shown as a trend label, as `git log --oneline` does. */
const SHORT_SHA_LENGTH = 7;

/** One benchmark of one stored run: its median and how noisy it was, not its samples. */
export interface HistoryBenchmark {
  /** Benchmark name, as in {@link BenchmarkSeries.name}. */
  name: string;
  /** Canonical unit of `median`. */
  unit: string;
  /** Direction of improvement. */
  direction: Direction;
  /** Median of the run's samples, in `unit`. */
  median: number;
  /** Number of samples the median was taken from. */
  n: number;
  /** MAD of the log samples (≈ coefficient of variation); absent when n < 2 or a sample ≤ 0. */
  noise?: number;
}

/** What a bench history line holds beside its stamp. */
export interface BenchRunRecord {
  /** The run's benchmarks, in result-file order. */
  benchmarks: HistoryBenchmark[];
}

/** One run of one suite, one line of the history file: the shared stamp, then `benchmarks`. */
export type HistoryEntry = LogEntry<BenchRunRecord>;

/** Optional facts of a run stored with its entry. */
export type HistoryEntryExtra = StampExtra;

/** A history file read back. */
export type ParsedHistory = ParsedLog<HistoryEntry>;

/** The bench gate's run log, for the shared log and its transports. */
export const BENCH_HISTORY: LogKind<BenchRunRecord> = {
  gate: 'bench',
  schema: HISTORY_SCHEMA,
  noun: 'bench history',
  parseRecord(data) {
    const { benchmarks } = data;
    if (!Array.isArray(benchmarks)) return undefined;
    const parsed: HistoryBenchmark[] = [];
    for (const value of benchmarks) {
      const benchmark = parseBenchmark(value);
      if (benchmark === undefined) return undefined;
      parsed.push(benchmark);
    }
    return { benchmarks: parsed };
  },
};

/**
 * Builds the history entry of a run: per benchmark the median of its samples and, with two or
 * more positive samples, the MAD of their logs (the noise measure the bench analysis uses).
 *
 * @throws {Error} `median: ...` when a series has no samples or a non-finite one.
 * @example historyEntry('default', sha, new Date().toISOString(), parsed.benchmarks, { runId: '42' })
 */
export function historyEntry(
  suite: string,
  sha: string,
  createdAt: string,
  series: readonly BenchmarkSeries[],
  extra: HistoryEntryExtra = {},
): HistoryEntry {
  const benchmarks = series.map((s): HistoryBenchmark => {
    const noise =
      s.samples.length >= 2 && s.samples.every((v) => v > 0)
        ? medianAbsoluteDeviation(s.samples.map(Math.log))
        : undefined;
    return {
      name: s.name,
      unit: s.unit,
      direction: s.direction,
      median: median(s.samples),
      n: s.samples.length,
      ...(noise === undefined ? {} : { noise }),
    };
  });
  return logEntry(BENCH_HISTORY, { suite, sha, createdAt }, { benchmarks }, extra);
}

/**
 * Reads a history file. Blank lines are skipped; every other line that is not a valid entry is
 * returned in `unreadable` (never dropped silently), so the caller can warn and a rewrite can
 * keep it.
 *
 * @param what - names the file in error messages, e.g. `kaizen-data:bench/default.jsonl`.
 * @throws {ConfigurationError} when the file is over 20 MB or a line over 1 MB.
 */
export function parseHistory(text: string, what: string): ParsedHistory {
  return parseLog(BENCH_HISTORY, text, what);
}

/**
 * The history file with `entry` appended: existing lines stay in order (unreadable ones too),
 * then the oldest readable entries beyond `retention` are dropped. Appending a run already
 * present (same `sha` and `runId`, or same `sha` and both without `runId`) returns `text`
 * unchanged, so a re-run adds nothing. Output lines end with `\n`; blank lines are not kept.
 *
 * @param retention - readable entries kept, a positive integer (default 500).
 * @param what - names the file in error messages.
 * @throws {ConfigurationError} on a hostile file (see {@link parseHistory}).
 * @throws {Error} `appendHistory: ...` when `retention` is not a positive integer.
 * @example appendHistory(current ?? '', entry, 500)
 */
export function appendHistory(
  text: string,
  entry: HistoryEntry,
  retention = DEFAULT_HISTORY_RETENTION,
  what = 'bench history',
): string {
  if (!Number.isInteger(retention) || retention < 1) {
    throw new Error(`appendHistory: retention must be a positive integer, got ${retention}`);
  }
  return appendToLog(BENCH_HISTORY, text, entry, retention, what);
}

/**
 * The trend of one benchmark for a chart: the last `limit` entries that have it, oldest first
 * (file order, which is the order runs were stored), labelled by short sha. Only entries in the
 * unit of the newest one count, so a benchmark whose unit changed does not mix scales.
 */
export function trendFor(
  entries: readonly HistoryEntry[],
  name: string,
  limit = 20,
): { labels: string[]; values: number[] } {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new Error(`trendFor: limit must be a positive integer, got ${limit}`);
  }
  const recent = pointsOf(entries, name).slice(-limit);
  return {
    labels: recent.map((p) => p.sha.slice(0, SHORT_SHA_LENGTH)),
    values: recent.map((p) => p.median),
  };
}

/**
 * Run-to-run noise of a benchmark from its stored medians: the MAD of their logs, a robust
 * relative spread (≈ coefficient of variation) that the bench gate uses to judge benchmarks that
 * give one value per run. Only the last `window` runs count, so that slow drift over months does
 * not pass for noise; runs in another unit than the newest are ignored.
 *
 * @param minimumRuns - fewer positive medians than this give undefined (default 5).
 * @param window - most recent runs considered (default 30).
 * @example noiseFromHistory(parseHistory(text, file).entries, 'BM_Sort') // e.g. 0.021
 */
export function noiseFromHistory(
  entries: readonly HistoryEntry[],
  name: string,
  minimumRuns = 5,
  window = 30,
): number | undefined {
  if (!Number.isInteger(window) || window < 1) {
    throw new Error(`noiseFromHistory: window must be a positive integer, got ${window}`);
  }
  const medians = pointsOf(entries, name)
    .slice(-window)
    .map((p) => p.median)
    .filter((m) => m > 0);
  if (medians.length < Math.max(2, minimumRuns)) return undefined;
  return medianAbsoluteDeviation(medians.map(Math.log));
}

/** Default number of the most recent stored runs that single values are judged against. */
export const DEFAULT_HISTORY_WINDOW = 30;

/**
 * The stored runs of the merge base's ancestry, oldest first: the entries up to the newest one
 * stored for an ancestor (runs stored after the merge base, on a default branch that moved on,
 * are not the pull request's past), and within the span the ancestry covers, only entries of its
 * commits (a side branch stored with `save-baseline: always`). Entries older than the oldest
 * known ancestor are kept: the ancestry is short (10 commits in the action, the cache's key
 * limit) and the runs before it were stored by pushes to the default branch. Entries of
 * `exclude` (the commit under test, stored by an earlier attempt of this run) are dropped.
 * Without an ancestry, or when none of its commits has a stored run, every entry counts.
 * This is the cut by stored order alone, for runs without an ancestry check (pushes) and when
 * the check cannot tell; a pull request's window is cut exactly by `entriesOfAncestry`
 * (src/history/ancestry.ts), which asks about each stored commit.
 *
 * @param ancestors - the merge base and its first-parent ancestors, nearest first.
 * @example historyOfAncestry(entries, ['c3', 'c2', 'c1'], 'c9')
 */
export function historyOfAncestry(
  entries: readonly HistoryEntry[],
  ancestors: readonly string[] | undefined,
  exclude?: string,
): HistoryEntry[] {
  const candidates = entries.filter((entry) => entry.sha !== exclude);
  const known = new Set(ancestors ?? []);
  let newest = -1;
  let oldest = -1;
  candidates.forEach((entry, i) => {
    if (!known.has(entry.sha)) return;
    newest = i;
    if (oldest < 0) oldest = i;
  });
  if (newest < 0) return candidates;
  return candidates.filter((entry, i) => i <= newest && (i < oldest || known.has(entry.sha)));
}

/**
 * The last `window` stored runs as one value per run and benchmark, for single values: per
 * series name, the run's median where the run has that benchmark in the series' unit, else
 * `undefined`. Every array has the same length (the runs, oldest first).
 *
 * @throws {Error} `storedRunValues: ...` when `window` is not a positive integer.
 * @example storedRunValues(entries, [{ name: 'BM_Sort', unit: 'ns' }], 30).get('BM_Sort')
 */
export function storedRunValues(
  entries: readonly HistoryEntry[],
  series: readonly { name: string; unit: string }[],
  window = DEFAULT_HISTORY_WINDOW,
): Map<string, (number | undefined)[]> {
  if (!Number.isInteger(window) || window < 1) {
    throw new Error(`storedRunValues: window must be a positive integer, got ${window}`);
  }
  const recent = entries.slice(-window);
  return new Map(
    series.map(({ name, unit }) => [
      name,
      recent.map((entry) => {
        const found = entry.benchmarks.find((b) => b.name === name && b.unit === unit);
        return found?.median;
      }),
    ]),
  );
}

/** Path of a suite's history file on the data branch: `bench/<suite>.jsonl`, any suite name made safe. */
export function historyFilePath(suite: string): string {
  return logFilePath(BENCH_HISTORY, suite);
}

function pointsOf(
  entries: readonly HistoryEntry[],
  name: string,
): { sha: string; median: number }[] {
  const found = entries.flatMap((entry) => {
    const benchmark = entry.benchmarks.find((b) => b.name === name);
    return benchmark === undefined ? [] : [{ sha: entry.sha, benchmark }];
  });
  const unit = found.at(-1)?.benchmark.unit;
  return found
    .filter((f) => f.benchmark.unit === unit)
    .map((f) => ({ sha: f.sha, median: f.benchmark.median }));
}

function parseBenchmark(value: unknown): HistoryBenchmark | undefined {
  if (!isRecord(value)) return undefined;
  const { name, unit, direction, median: middle, n, noise } = value;
  if (
    typeof name !== 'string' ||
    typeof unit !== 'string' ||
    (direction !== 'smaller-is-better' && direction !== 'bigger-is-better') ||
    typeof middle !== 'number' ||
    !Number.isFinite(middle) ||
    typeof n !== 'number' ||
    !Number.isInteger(n) ||
    n < 1 ||
    (noise !== undefined && (typeof noise !== 'number' || !Number.isFinite(noise) || noise < 0))
  ) {
    return undefined;
  }
  return {
    name,
    unit,
    direction,
    median: middle,
    n,
    ...(typeof noise === 'number' ? { noise } : {}),
  };
}

/**
 * Bench history: one compact JSON line per run of a suite (medians, no samples), appended to a
 * file on a data branch and read back for trend charts and run-to-run noise estimates. Pure:
 * text in, text out; the transport is src/github/history-branch.ts.
 *
 * The file is JSON Lines so that an append is a one-line diff and one damaged line never makes
 * the rest unreadable. Lines this version cannot read are kept verbatim on every rewrite: a
 * newer writer's format, or a hand edit, is never destroyed by an older one.
 */
import { median, medianAbsoluteDeviation } from '../../stats/index.js';
import { ConfigurationError } from '../../shared/errors.js';
import type { BenchmarkSeries, Direction } from './types.js';
import { isRecord } from '../../shared/is-record.js';

/** Schema tag of one history line. */
export const HISTORY_SCHEMA = 'kaizen-gates/bench-history@1';

/** Default number of readable entries a history file keeps (the oldest go first). */
export const DEFAULT_HISTORY_RETENTION = 500;

/**
 * A file over this size is refused: with the default retention a suite of 200 benchmarks is
 * about 10 MB, so a larger file was not written by us and parsing it would only waste memory.
 */
export const MAX_HISTORY_BYTES = 20 * 1024 * 1024;

/** A line over this size is refused for the same reason (one run of one suite is a few kB). */
export const MAX_HISTORY_LINE_BYTES = 1024 * 1024;

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

/** One run of one suite, one line of the history file. */
export interface HistoryEntry {
  schema: typeof HISTORY_SCHEMA;
  /** Suite the run belongs to. */
  suite: string;
  /** Commit measured. */
  sha: string;
  /** Branch or tag of the run (`refs/heads/main`), when known. */
  ref?: string;
  /** ISO time of the run. */
  createdAt: string;
  /**
   * Workflow run id (`GITHUB_RUN_ID`, without the attempt): with `sha` it identifies the run, so
   * a re-run of the same workflow run does not add a second line.
   */
  runId?: string;
  /** The run's benchmarks, in result-file order. */
  benchmarks: HistoryBenchmark[];
}

/** Optional facts of a run stored with its entry. */
export interface HistoryEntryExtra {
  ref?: string;
  runId?: string;
}

/** A history file read back. */
export interface ParsedHistory {
  /** Readable entries, in file order (oldest first). */
  entries: HistoryEntry[];
  /** Lines that are not valid entries, verbatim, with their 1-based line number. */
  unreadable: { line: number; text: string }[];
}

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
  return {
    schema: HISTORY_SCHEMA,
    suite,
    sha,
    ...(extra.ref === undefined ? {} : { ref: extra.ref }),
    createdAt,
    ...(extra.runId === undefined ? {} : { runId: extra.runId }),
    benchmarks: series.map((s) => {
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
    }),
  };
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
  const parsed: ParsedHistory = { entries: [], unreadable: [] };
  for (const line of readLines(text, what)) {
    if (line.entry === undefined) parsed.unreadable.push({ line: line.number, text: line.text });
    else parsed.entries.push(line.entry);
  }
  return parsed;
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
  const lines = readLines(text, what);
  if (lines.some((line) => line.entry !== undefined && sameRun(line.entry, entry))) return text;
  lines.push({ number: lines.length + 1, text: JSON.stringify(entry), entry });
  let excess = lines.filter((line) => line.entry !== undefined).length - retention;
  const kept = lines.filter((line) => {
    if (excess > 0 && line.entry !== undefined) {
      excess -= 1;
      return false;
    }
    return true;
  });
  return kept.map((line) => `${line.text}\n`).join('');
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

/** Path of a suite's history file on the data branch: `bench/<suite>.jsonl`, any suite name made safe. */
export function historyFilePath(suite: string): string {
  // encodeURIComponent is injective and leaves no `/`, so every suite gets its own file at the
  // same depth whatever its name.
  return `bench/${encodeURIComponent(suite)}.jsonl`;
}

interface HistoryLine {
  number: number;
  text: string;
  entry: HistoryEntry | undefined;
}

function readLines(text: string, what: string): HistoryLine[] {
  const size = utf8Length(text, MAX_HISTORY_BYTES);
  if (size > MAX_HISTORY_BYTES) {
    throw new ConfigurationError(
      `The bench history ${what} is over ${MAX_HISTORY_BYTES / 1024 / 1024} MB; it was not written by kaizen-gates. Remove or shorten it.`,
    );
  }
  const lines: HistoryLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    if (utf8Length(raw, MAX_HISTORY_LINE_BYTES) > MAX_HISTORY_LINE_BYTES) {
      throw new ConfigurationError(
        `The bench history ${what} has a line over 1 MB (line ${index + 1}); it was not written by kaizen-gates.`,
      );
    }
    lines.push({ number: index + 1, text: raw, entry: parseEntry(raw) });
  });
  return lines;
}

/**
 * UTF-8 size of `text`, exact up to `limit` (beyond, any value over it). A string is never
 * encoded when its length alone decides: each UTF-16 unit is 1 to 3 bytes.
 */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return text.length;
  if (text.length * 3 <= limit) return text.length;
  return new TextEncoder().encode(text).length;
}

function sameRun(a: HistoryEntry, b: HistoryEntry): boolean {
  return a.sha === b.sha && a.runId === b.runId;
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

function parseEntry(line: string): HistoryEntry | undefined {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || data['schema'] !== HISTORY_SCHEMA) return undefined;
  const { suite, sha, ref, createdAt, runId, benchmarks } = data;
  if (
    typeof suite !== 'string' ||
    typeof sha !== 'string' ||
    sha === '' ||
    typeof createdAt !== 'string' ||
    (ref !== undefined && typeof ref !== 'string') ||
    (runId !== undefined && typeof runId !== 'string') ||
    !Array.isArray(benchmarks)
  ) {
    return undefined;
  }
  const parsed: HistoryBenchmark[] = [];
  for (const value of benchmarks) {
    const benchmark = parseBenchmark(value);
    if (benchmark === undefined) return undefined;
    parsed.push(benchmark);
  }
  return {
    schema: HISTORY_SCHEMA,
    suite,
    sha,
    ...(ref === undefined ? {} : { ref }),
    createdAt,
    ...(runId === undefined ? {} : { runId }),
    benchmarks: parsed,
  };
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

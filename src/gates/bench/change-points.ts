/**
 * Change points in a suite's stored history: one series per benchmark (the medians of its stored
 * runs, in the order they were stored), searched with E-Divisive as Apache Otava runs it
 * (windows, a t test, a merge by p-value and magnitude; see {@link eDivisiveOtava}), so that a
 * nightly job finds the commit range where a benchmark stepped up or down. Pure: entries in,
 * change points out; the verdict is history-verdict.ts's.
 */
import { eDivisiveOtava, type ChangePoint } from '../../stats/index.js';
import { ConfigurationError } from '../../shared/errors.js';
import type { HistoryEntry } from './history.js';
import type { Direction } from './types.js';

/** Otava's options, as the CLI and the action take them. */
export interface ChangePointOptions {
  /** Points of the overlapping windows the split step searches (Otava's `window_len`). */
  window: number;
  /** Largest p-value a change point keeps (Otava's `max_pvalue`). */
  significance: number;
  /** Smallest relative change of the mean a change point keeps (Otava's `min_magnitude`). */
  minMagnitude: number;
}

/**
 * Defaults: Otava's window (50) and p-value (0.001); a minimum magnitude of 5% where Otava has 0,
 * because without it a quiet benchmark reports every significant 1% shift (its tests call 5%
 * the old defaults). On 100 simulated nightly suites of 5 benchmarks (100 runs, 5% log-normal
 * noise), 2 unchanged suites failed and a +30% step five runs old failed 99 times
 * (test/bench/history-verdict.test.ts).
 */
export const defaultChangePointOptions: Readonly<ChangePointOptions> = {
  window: 50,
  significance: 0.001,
  minMagnitude: 0.05,
};

/** Fewest stored runs a benchmark needs before it is searched (a change needs a run on each side and a third for a variance). */
export const MIN_POINTS = 3;

/** One stored run of one benchmark. */
export interface SeriesPoint {
  /** Position of the run's entry in the history (0 = oldest). */
  entry: number;
  /** Commit measured. */
  sha: string;
  /** ISO time the run was stored. */
  createdAt: string;
  /** The run's median, in the series' unit. */
  value: number;
}

/** One benchmark's stored medians, oldest first. */
export interface BenchmarkHistorySeries {
  name: string;
  /** Unit of the newest run; runs stored in another unit are left out. */
  unit: string;
  /** Direction of the newest run. */
  direction: Direction;
  points: SeriesPoint[];
}

/** A change point of one benchmark, placed between two stored runs. */
export interface DetectedChangePoint {
  /** Index in the benchmark's series of the first run after the change. */
  index: number;
  /** The last run before the change. */
  before: SeriesPoint;
  /** The first run after the change. */
  after: SeriesPoint;
  /** Mean of the segment before (back to the previous change point or the start). */
  meanBefore: number;
  /** Mean of the segment after (up to the next change point or the end). */
  meanAfter: number;
  /** Relative change of the mean, meanAfter / meanBefore − 1 (0 when meanBefore is 0). */
  change: number;
  /** Otava's magnitude: the larger of |after/before − 1| and |before/after − 1|. */
  magnitude: number;
  /** Whether the change is for the worse in the benchmark's direction. */
  regression: boolean;
  /** Two-sided p-value of the t test of the two segments. */
  pValue: number;
}

/** What the search found in one benchmark's series. */
export interface BenchmarkChangePoints {
  series: BenchmarkHistorySeries;
  /** Change points kept by the merge step, oldest first. */
  changePoints: DetectedChangePoint[];
}

/**
 * One series per benchmark from history entries, in the order benchmarks first appear. Entries of
 * another suite than `suite` (when given) are left out; so are runs in another unit than the
 * benchmark's newest (a unit change would mix scales) and non-finite medians.
 *
 * @example benchmarkSeries(parseHistory(text, file).entries)[0].points.map((p) => p.value)
 */
export function benchmarkSeries(
  entries: readonly HistoryEntry[],
  suite?: string,
): BenchmarkHistorySeries[] {
  const byName = new Map<
    string,
    { unit: string; direction: Direction; points: (SeriesPoint & { unit: string })[] }
  >();
  entries.forEach((entry, position) => {
    if (suite !== undefined && entry.suite !== suite) return;
    for (const benchmark of entry.benchmarks) {
      if (!Number.isFinite(benchmark.median)) continue;
      let found = byName.get(benchmark.name);
      if (found === undefined) {
        found = { unit: benchmark.unit, direction: benchmark.direction, points: [] };
        byName.set(benchmark.name, found);
      }
      found.unit = benchmark.unit;
      found.direction = benchmark.direction;
      found.points.push({
        entry: position,
        sha: entry.sha,
        createdAt: entry.createdAt,
        value: benchmark.median,
        unit: benchmark.unit,
      });
    }
  });
  return [...byName].map(([name, { unit, direction, points }]) => ({
    name,
    unit,
    direction,
    points: points
      .filter((p) => p.unit === unit)
      .map(({ entry, sha, createdAt, value }) => ({ entry, sha, createdAt, value })),
  }));
}

/**
 * The change points of every benchmark of a history.
 *
 * @throws {Error} `eDivisiveOtava: ...` when an option is out of range (validate them first).
 * @example findChangePoints(benchmarkSeries(entries), defaultChangePointOptions)
 */
export function findChangePoints(
  series: readonly BenchmarkHistorySeries[],
  options: ChangePointOptions = defaultChangePointOptions,
): BenchmarkChangePoints[] {
  return series.map((one) => {
    if (one.points.length < MIN_POINTS) return { series: one, changePoints: [] };
    const found = eDivisiveOtava(
      one.points.map((p) => p.value),
      options,
    );
    return { series: one, changePoints: found.changePoints.map((c) => placed(one, c)) };
  });
}

function placed(series: BenchmarkHistorySeries, c: ChangePoint): DetectedChangePoint {
  const change = c.meanBefore === 0 ? 0 : c.meanAfter / c.meanBefore - 1;
  const backward = c.meanAfter === 0 ? 0 : c.meanBefore / c.meanAfter - 1;
  const worse = series.direction === 'smaller-is-better' ? change > 0 : change < 0;
  return {
    index: c.index,
    before: series.points[c.index - 1] as SeriesPoint,
    after: series.points[c.index] as SeriesPoint,
    meanBefore: c.meanBefore,
    meanAfter: c.meanAfter,
    change,
    magnitude: Math.max(Math.abs(change), Math.abs(backward)),
    regression: worse,
    pValue: c.pValue,
  };
}

/**
 * Which runs are recent: the newest `count` runs, the runs stored at or after a time, or the
 * runs from the first one of a commit on.
 */
export type Since =
  | { kind: 'runs'; count: number }
  | { kind: 'date'; time: number; text: string }
  | { kind: 'commit'; sha: string };

/**
 * Default: the newest 10 runs. A step is usually proven a few runs after it happened (the t test
 * needs points on both sides), so a nightly job fails from the night its regression is proven
 * until it is 10 runs old, instead of never (`the newest run` alone) or for ever (all history).
 */
export const DEFAULT_SINCE: Since = { kind: 'runs', count: 10 };

/** Characters of a commit sha shown, as `git log --oneline` does. */
const SHORT_SHA = 7;

/**
 * Reads a `since` value: a number of runs (1–4 digits), a commit (7–40 hex digits, a prefix of a
 * stored sha) or an ISO 8601 date or time (`2026-11-30`, `2026-11-30T12:00:00Z`).
 *
 * @param label - names the input in the message, e.g. `--since`.
 * @throws {ConfigurationError} naming the input and echoing the value.
 * @example parseSince('10', '--since') // { kind: 'runs', count: 10 }
 */
export function parseSince(text: string, label: string): Since {
  const value = text.trim();
  if (/^\d{1,4}$/.test(value)) {
    const count = Number(value);
    if (count < 1)
      throw new ConfigurationError(`${label} is '${value}'; a number of runs is at least 1.`);
    return { kind: 'runs', count };
  }
  if (/^[0-9a-f]{7,40}$/i.test(value)) return { kind: 'commit', sha: value.toLowerCase() };
  if (/^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) {
    const time = Date.parse(value);
    if (Number.isFinite(time)) return { kind: 'date', time, text: value };
  }
  throw new ConfigurationError(
    `${label} is '${value}'; expected a number of recent runs (10), a commit sha (7 to 40 hex digits) or a date (2026-11-30).`,
  );
}

/** How a `since` reads in a sentence: `the newest 10 runs`, `the runs since 2026-11-30`. */
export function describeSince(since: Since): string {
  switch (since.kind) {
    case 'runs':
      return since.count === 1 ? 'the newest run' : `the newest ${since.count} runs`;
    case 'date':
      return `the runs since ${since.text}`;
    case 'commit':
      return `the runs since commit ${since.sha.slice(0, SHORT_SHA)}`;
    default: {
      const unreachable: never = since;
      throw new Error(`describeSince: unknown since ${String(unreachable)}`);
    }
  }
}

/**
 * Position of the first entry within `since` (entries.length when none is).
 *
 * @param what - names the history in the message.
 * @throws {ConfigurationError} when a commit is not in the history (naming the input as the
 *   action does; the CLI respells it as `--since`).
 */
export function sinceStart(entries: readonly HistoryEntry[], since: Since, what: string): number {
  switch (since.kind) {
    case 'runs':
      return Math.max(0, entries.length - since.count);
    case 'date': {
      const found = entries.findIndex((e) => Date.parse(e.createdAt) >= since.time);
      return found === -1 ? entries.length : found;
    }
    case 'commit': {
      const found = entries.findIndex((e) => e.sha.toLowerCase().startsWith(since.sha));
      if (found === -1) {
        throw new ConfigurationError(
          `Input 'since': no run of commit ${since.sha} is stored in ${what}; name a stored commit, a date or a number of runs.`,
        );
      }
      return found;
    }
    default: {
      const unreachable: never = since;
      throw new Error(`sinceStart: unknown since ${String(unreachable)}`);
    }
  }
}

/**
 * The verdict of a scheduled look at a suite's stored history (`kaizen-gates bench history`, the
 * bench action's `mode: history`): every change point with its commit range, magnitude and
 * p-value, a chart of every benchmark that has one, and a status from the change points that
 * lie in the recent runs (`since`). Pure; user text (benchmark names, commits) goes into table
 * cells and chart labels, which the report layer escapes.
 */
import { displayUnit, formatPercent } from '../../report/format.js';
import { countOf } from '../../report/labels.js';
import type { Cell, Chart, Metric, Note, Status, Table, Verdict } from '../../verdict/types.js';
import {
  benchmarkSeries,
  describeSince,
  findChangePoints,
  MIN_POINTS,
  sinceStart,
  type Since,
  type BenchmarkChangePoints,
  type ChangePointOptions,
  type DetectedChangePoint,
  type SeriesPoint,
} from './change-points.js';
import type { HistoryEntry } from './history.js';
import { formatValue } from './verdict.js';

/** Most stored runs a chart shows (Mermaid draws every x label; more would overlap). */
const MAX_CHART_POINTS = 100;

/** Characters of a commit sha shown, as `git log --oneline` does. */
const SHORT_SHA = 7;

/** What the history verdict is built from besides the entries. */
export interface BenchHistoryOptions {
  key: string;
  /** Only entries of this suite count; all entries when absent. */
  suite?: string;
  changePoints: ChangePointOptions;
  since: Since;
  /** Names the history in notes and messages, e.g. `kaizen-data:bench/default.jsonl`. */
  source: string;
  /** Lines of the history that are not entries (reported in a note). */
  unreadableLines?: number;
}

/**
 * What a change point is for the status: a regression in the recent runs that fails (`new`) or
 * only warns (`possible`: not below the suite-wide level), an older regression, an improvement.
 */
type Kind = 'new regression' | 'possible regression' | 'regression' | 'improvement';

interface Row {
  benchmark: BenchmarkChangePoints;
  point: DetectedChangePoint;
  kind: Kind;
}

const kindOrder: Record<Kind, number> = {
  'new regression': 0,
  'possible regression': 1,
  regression: 2,
  improvement: 3,
};

/**
 * The verdict of a suite's history. Fails when a regression change point (its magnitude above
 * the minimum, as every kept one is) begins within `since` and its p-value is below
 * `significance` divided by the number of benchmarks searched (Bonferroni); warns when such a
 * regression is only below `significance`; passes otherwise, listing older change points and
 * improvements.
 *
 * @throws {ConfigurationError} when `since` names a commit the history does not hold.
 */
export function benchHistoryVerdict(
  allEntries: readonly HistoryEntry[],
  options: BenchHistoryOptions,
): Verdict {
  const entries =
    options.suite === undefined ? allEntries : allEntries.filter((e) => e.suite === options.suite);
  const first = sinceStart(entries, options.since, options.source);
  const found = findChangePoints(benchmarkSeries(entries), options.changePoints);
  const recent = (p: DetectedChangePoint): boolean => p.after.entry >= first;

  const rows: Row[] = [];
  // Bonferroni across the benchmarks searched: each is its own test, and a suite of 50 would
  // otherwise fail on some benchmark's noise most nights.
  const searched = found.filter((b) => b.series.points.length >= MIN_POINTS).length;
  const failLevel = options.changePoints.significance / Math.max(1, searched);
  for (const benchmark of found) {
    for (const point of benchmark.changePoints) {
      const kind: Kind = !point.regression
        ? 'improvement'
        : !recent(point)
          ? 'regression'
          : point.pValue < failLevel
            ? 'new regression'
            : 'possible regression';
      rows.push({ benchmark, point, kind });
    }
  }
  rows.sort(
    (a, b) =>
      kindOrder[a.kind] - kindOrder[b.kind] ||
      b.point.after.entry - a.point.after.entry ||
      b.point.magnitude - a.point.magnitude,
  );

  const count = (kind: Kind): number => rows.filter((r) => r.kind === kind).length;
  const newRegressions = count('new regression');
  const possible = count('possible regression');
  const status: Status = newRegressions > 0 ? 'fail' : possible > 0 ? 'warn' : 'pass';
  const window = describeSince(options.since);
  const benchmarks = countOf(found.length, 'benchmark');
  const context = `${countOf(rows.length, 'change point')} in the history of ${benchmarks}`;
  const headline =
    entries.length === 0
      ? 'No stored runs to look for change points in'
      : status === 'fail'
        ? `${countOf(newRegressions, 'regression')} in ${window} (${context})`
        : status === 'warn'
          ? `${countOf(possible, 'possible regression')} in ${window}, not significant across the suite (${context})`
          : `No regression in ${window} (${context})`;

  const worst = rows
    .filter((r) => r.kind === 'new regression')
    .reduce<Row | undefined>(
      (a, r) => (a && a.point.magnitude >= r.point.magnitude ? a : r),
      undefined,
    );
  const metrics: Metric[] = [
    { key: 'benchmarks', label: 'Benchmarks', value: found.length, output: true },
    { key: 'runs', label: 'Stored runs', value: entries.length },
    { key: 'change-points', label: 'Change points', value: rows.length },
    { key: 'regressions', label: `Regressions in ${window}`, value: newRegressions, output: true },
    {
      key: 'improvements',
      label: 'Improvements',
      value: rows.filter((r) => r.kind === 'improvement').length,
      output: true,
    },
    {
      key: 'worst-change',
      label: 'Worst new change',
      value: worst ? formatPercent(worst.point.change, { signed: true, digits: 1 }) : '–',
      output: true,
    },
    {
      key: 'worst-benchmark',
      label: 'Worst benchmark',
      value: worst?.benchmark.series.name ?? '–',
      output: true,
    },
  ];

  const tables: Table[] =
    rows.length === 0
      ? []
      : [
          {
            id: 'change-points',
            title: 'Change points',
            columns: [
              { header: 'Benchmark' },
              { header: 'Commits (last before … first after)' },
              { header: 'Stored' },
              { header: 'Before (mean)', align: 'right' },
              { header: 'After (mean)', align: 'right' },
              { header: 'Change', align: 'right' },
              { header: 'p', align: 'right' },
              { header: 'Direction' },
            ],
            rows: rows.map(tableRow),
          },
        ];

  const charted = found.filter((b) => rows.some((r) => r.benchmark === b));
  return {
    schemaVersion: 1,
    gate: 'bench',
    key: options.key,
    status,
    headline,
    metrics,
    tables,
    findings: [],
    notes: notesFor(entries.length, found, options, window, failLevel),
    charts: charted.map(chartOf),
    data: {
      mode: 'history',
      options: { ...options.changePoints },
      since: options.since,
      firstRecentRun: first,
      runs: entries.length,
      changePoints: rows.map(({ benchmark, point, kind }) => ({
        benchmark: benchmark.series.name,
        unit: benchmark.series.unit,
        direction: benchmark.series.direction,
        kind,
        index: point.index,
        before: point.before,
        after: point.after,
        meanBefore: point.meanBefore,
        meanAfter: point.meanAfter,
        change: point.change,
        magnitude: point.magnitude,
        pValue: point.pValue,
      })),
    },
  };
}

function tableRow({ benchmark, point, kind }: Row): Cell[] {
  const { unit } = benchmark.series;
  const range = `${point.before.sha.slice(0, SHORT_SHA)}…${point.after.sha.slice(0, SHORT_SHA)}`;
  return [
    { text: benchmark.series.name, code: true },
    { text: range, code: true },
    point.after.createdAt.slice(0, 10),
    formatValue(point.meanBefore, unit),
    formatValue(point.meanAfter, unit),
    formatPercent(point.change, { signed: true, digits: 1 }),
    formatP(point.pValue),
    kind,
  ];
}

function formatP(p: number): string {
  if (p < 0.0001) return '<0.0001';
  return String(Number(p.toPrecision(2)));
}

function notesFor(
  runs: number,
  found: readonly BenchmarkChangePoints[],
  options: BenchHistoryOptions,
  window: string,
  failLevel: number,
): Note[] {
  const { window: length, significance, minMagnitude } = options.changePoints;
  const notes: Note[] = [
    {
      level: 'info',
      text: `Change points of ${options.source} by E-Divisive as Apache Otava runs it: windows of ${length} runs, p below ${significance}, a change of the mean above ${formatPercent(minMagnitude, { digits: 1 })}. A regression that begins in ${window} fails when its p-value is also below ${Number(failLevel.toPrecision(2))} (${significance} divided by the benchmarks searched, so that a large suite does not fail on noise), and warns otherwise.`,
    },
  ];
  if (runs === 0) {
    notes.push({
      level: 'info',
      text: `${options.source} holds no run${options.suite === undefined ? '' : ` of suite ${options.suite}`} yet: store runs on pushes to the default branch (\`history: true\`, or \`--history-file\` with \`--save-baseline always\`).`,
    });
  }
  const short = found.filter((b) => b.series.points.length < MIN_POINTS).length;
  if (short > 0) {
    notes.push({
      level: 'info',
      text: `${countOf(short, 'benchmark')} with fewer than 3 stored runs cannot have a change point yet.`,
    });
  }
  if (options.unreadableLines !== undefined && options.unreadableLines > 0) {
    notes.push({
      level: 'warning',
      text: `${countOf(options.unreadableLines, 'line')} of ${options.source} could not be read as bench history entries and were left out.`,
    });
  }
  return notes;
}

/** The stored medians of a benchmark with the mean of each segment between its change points. */
function chartOf(benchmark: BenchmarkChangePoints): Chart {
  const { series, changePoints } = benchmark;
  const bounds = [0, ...changePoints.map((c) => c.index), series.points.length];
  const levels = new Float64Array(series.points.length);
  for (let s = 0; s + 1 < bounds.length; s++) {
    const start = bounds[s] as number;
    const end = bounds[s + 1] as number;
    let sum = 0;
    for (let i = start; i < end; i++) sum += (series.points[i] as SeriesPoint).value;
    levels.fill(sum / (end - start), start, end);
  }
  // A long history is thinned evenly rather than cut, so that every step stays in the picture.
  const total = series.points.length;
  const picked =
    total <= MAX_CHART_POINTS
      ? series.points.map((_, i) => i)
      : Array.from({ length: MAX_CHART_POINTS }, (_, i) =>
          Math.round((i * (total - 1)) / (MAX_CHART_POINTS - 1)),
        );
  const shown = picked.map((i) => series.points[i] as SeriesPoint);
  const scale = displayUnit(shown.at(-1)?.value ?? 0, series.unit);
  const older =
    total > MAX_CHART_POINTS ? ` (${picked.length} of ${total} runs, evenly spaced)` : '';
  return {
    title: `${series.name}: stored medians and segment means${older}`,
    xLabels: shown.map((p) => p.sha.slice(0, SHORT_SHA)),
    yLabel: scale.unit,
    series: [
      {
        name: 'median of the run',
        kind: 'line',
        values: shown.map((p) => p.value / scale.divisor),
      },
      {
        name: 'mean between change points',
        kind: 'line',
        values: picked.map((i) => (levels[i] as number) / scale.divisor),
      },
    ],
  };
}

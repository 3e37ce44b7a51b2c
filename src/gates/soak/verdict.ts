/**
 * Turns a night's soak analysis and the night-over-night comparison into the shared verdict:
 * the headline first (what leaks, by how much, against which limit; whether the SLOs held),
 * then tables, charts and notes. Pure; the renderers escape every piece of user text.
 */
import { median } from '../../stats/index.js';
import { formatBytes, formatNumber, formatPercent } from '../../report/format.js';
import { countOf } from '../../report/labels.js';
import type {
  Cell,
  Chart,
  Metric,
  Note,
  Section,
  Status,
  Table,
  Verdict,
} from '../../verdict/types.js';
import { seriesId } from './analyze/index.js';
import type { NightlyAnalysis, NightlyMetric, NightlyShift } from './nightly.js';
import type {
  BurnAlertResult,
  LatencyResult,
  SeriesPoint,
  SloResult,
  SoakAnalysis,
  SoakSeries,
  TrendResult,
} from './types.js';

/** What the verdict needs besides the analyses. */
export interface SoakVerdictOptions {
  /** The verdict's key (one sticky comment per key). */
  key: string;
  /** The soak job's name, as in the history and the tracking issue. */
  job: string;
  /** The parsed series, for the charts over time. */
  series: readonly SoakSeries[];
  /** What the parsers noted about the input, each prefixed with its file. */
  inputNotes: readonly string[];
  /** What was read, e.g. `k6.ndjson (k6-ndjson)`. */
  sources: readonly string[];
}

/** Points of a chart over time: Mermaid's x axis is categorical, so the run is cut into bins. */
const CHART_BINS = 16;
/** Charts of memory-like series (those with a growth limit), the leaking ones first. */
const MAX_GROWTH_CHARTS = 2;
/** Latency series drawn in one chart (xychart has no legend; more lines cannot be told apart). */
const MAX_LATENCY_LINES = 4;
/** Nightly metrics charted. */
const MAX_NIGHTLY_CHARTS = 2;
/** Shifts inside the run listed per latency series, the largest (the rest are counted). */
const MAX_CHANGE_POINTS_SHOWN = 3;
/** Characters of a commit sha shown, as `git log --oneline` does. */
const SHORT_SHA = 7;

/**
 * Builds the soak verdict. `fail` when the analysis found a reason to fail (a leak or drift
 * beyond its limit, an objective missed); `warn` when a nightly figure recently shifted the bad
 * way, or when nothing could be judged (every series too short, no objective); `pass` otherwise.
 *
 * @example buildSoakVerdict(analysis, analyzeNights(nights), { key: 'default', job: 'nightly', series, inputNotes: [], sources: [] }).headline
 *   // 'memory_rss leaks +3.1%/h (limit 1%/h); SLO latency_p99_ms < 200 met'
 */
export function buildSoakVerdict(
  analysis: SoakAnalysis,
  nightly: NightlyAnalysis,
  options: SoakVerdictOptions,
): Verdict {
  const leaks = analysis.trends
    .filter((t) => t.classification === 'leak')
    .sort((a, b) => b.percentPerHour - a.percentPerHour);
  const missed = analysis.slos.filter((s) => !s.passed);
  const newsworthy = nightly.shifts.filter((s) => s.recent && s.worse);
  // Nothing judged is no pass: too short a run, or a warm-up that ate it, must be seen.
  const nothingJudged =
    analysis.slos.length === 0 && analysis.trends.every((t) => t.classification === 'too-short');
  const status: Status =
    analysis.failures.length > 0
      ? 'fail'
      : newsworthy.length > 0 || nothingJudged
        ? 'warn'
        : 'pass';

  return {
    schemaVersion: 1,
    gate: 'soak',
    key: options.key,
    status,
    headline: headlineOf(analysis, leaks, missed, newsworthy),
    metrics: metricsOf(analysis, leaks, missed, nightly),
    tables: [
      ...trendTable(analysis.trends),
      ...latencyTable(analysis),
      ...sloTable(analysis.slos, runStart(analysis)),
      ...nightlyTable(nightly),
    ],
    findings: [],
    notes: notesOf(analysis, nightly, options),
    charts: [
      ...growthCharts(analysis, options.series),
      ...latencyCharts(analysis, options.series),
      ...nightlyCharts(nightly),
    ],
    sections: failureSections(analysis.failures),
    data: {
      job: options.job,
      analysis,
      nightlyShifts: nightly.shifts.map((s) => ({
        metric: s.metric.key,
        fromSha: s.fromSha,
        toSha: s.toSha,
        createdAt: s.createdAt,
        before: s.before,
        after: s.after,
        pValue: s.pValue,
        worse: s.worse,
      })),
    },
  };
}

// ----------------------------------------------------------------------------------- headline

function headlineOf(
  analysis: SoakAnalysis,
  leaks: readonly TrendResult[],
  missed: readonly SloResult[],
  shifts: readonly NightlyShift[],
): string {
  const parts: string[] = [];
  const [worst] = leaks;
  if (worst !== undefined) {
    const limit =
      worst.limitPercentPerHour === undefined
        ? ''
        : ` (limit ${rate(worst.limitPercentPerHour, false)})`;
    parts.push(`${worst.series} leaks ${rate(worst.percentPerHour)}${limit}`);
    if (leaks.length > 1) parts.push(`${leaks.length - 1} more series over their limit`);
  } else {
    const judged = analysis.trends.filter((t) => t.classification !== 'too-short');
    const limited = judged.filter((t) => t.limitPercentPerHour !== undefined);
    if (judged.length === 0) {
      parts.push('too few points after the warm-up to judge any growth');
    } else if (limited.length > 0) {
      const top = [...limited].sort((a, b) => b.percentPerHour - a.percentPerHour)[0];
      parts.push(
        limited.length === 1 && top
          ? `${top.series} does not leak (${rate(top.percentPerHour)}, limit ${rate(top.limitPercentPerHour ?? 0, false)})`
          : `no leak in ${limited.length} series`,
      );
    } else {
      parts.push(`no leak or drift in ${judged.length} series`);
    }
  }
  if (missed.length > 0) {
    const [first] = missed;
    if (first !== undefined) {
      parts.push(
        `SLO ${first.objective.text} missed (${formatPercent(first.attainment, { digits: 2 })} attained)`,
      );
    }
    if (missed.length > 1) parts.push(`${countOf(missed.length - 1, 'more SLO')} missed`);
  } else if (analysis.slos.length === 1 && analysis.slos[0] !== undefined) {
    parts.push(`SLO ${analysis.slos[0].objective.text} met`);
  } else if (analysis.slos.length > 1) {
    parts.push(`${analysis.slos.length} SLOs met`);
  }
  const covered = leaks.length + missed.length;
  if (covered === 0 && analysis.failures[0] !== undefined) parts.push(analysis.failures[0]);
  const [shift] = shifts;
  if (shift !== undefined) {
    parts.push(
      `nightly: ${metricLabel(shift.metric)} shifted ${shiftChange(shift)} at ${shortSha(shift.toSha)}`,
    );
  }
  return parts.join('; ');
}

// ------------------------------------------------------------------------------------ metrics

function metricsOf(
  analysis: SoakAnalysis,
  leaks: readonly TrendResult[],
  missed: readonly SloResult[],
  nightly: NightlyAnalysis,
): Metric[] {
  const limited = analysis.trends.filter(
    (t) => t.limitPercentPerHour !== undefined && t.classification !== 'too-short',
  );
  const pool =
    limited.length > 0 ? limited : analysis.trends.filter((t) => t.classification !== 'too-short');
  const worst = [...pool].sort((a, b) => b.percentPerHour - a.percentPerHour)[0];
  return [
    { key: 'leaks', label: 'Leaks', value: leaks.length, output: true },
    {
      key: 'worst-growth',
      label: 'Fastest growth',
      value: worst && Number.isFinite(worst.percentPerHour) ? rate(worst.percentPerHour) : '–',
      output: true,
    },
    { key: 'slos-missed', label: 'SLOs missed', value: missed.length, output: true },
    { key: 'span', label: 'Analysed span', value: formatSpan(analysis.end - analysis.start) },
    {
      key: 'warmup',
      label: analysis.warmup.detected ? 'Warm-up (detected)' : 'Warm-up (configured)',
      value: formatSpan(analysis.warmup.seconds),
    },
    { key: 'nights', label: 'Nights compared', value: nightly.nights, output: true },
  ];
}

// ------------------------------------------------------------------------------------- tables

const CLASSIFICATION_ORDER: Record<TrendResult['classification'], number> = {
  leak: 0,
  growing: 1,
  flat: 2,
  'too-short': 3,
};

function classificationLabel(trend: TrendResult): string {
  switch (trend.classification) {
    case 'leak':
      return '❌ leak';
    case 'growing':
      return '⚠️ growing';
    case 'flat':
      return '✅ flat';
    case 'too-short':
      return 'too few points';
    default: {
      const unreachable: never = trend.classification;
      throw new Error(`unknown classification ${String(unreachable)}`);
    }
  }
}

function trendTable(trends: readonly TrendResult[]): Table[] {
  if (trends.length === 0) return [];
  const sorted = [...trends].sort(
    (a, b) =>
      CLASSIFICATION_ORDER[a.classification] - CLASSIFICATION_ORDER[b.classification] ||
      Math.abs(finite(b.percentPerHour)) - Math.abs(finite(a.percentPerHour)) ||
      a.series.localeCompare(b.series),
  );
  return [
    {
      id: 'trends',
      title:
        'Growth after the warm-up (Theil–Sen slope, Mann–Kendall with the Hamed–Rao correction)',
      columns: [
        { header: 'Series' },
        { header: 'Trend' },
        { header: 'Growth (95% interval)', align: 'right' },
        { header: 'Limit', align: 'right' },
        { header: 'Slope', align: 'right' },
        { header: 'p', align: 'right' },
      ],
      rows: sorted.map((t): Cell[] => [
        { text: t.series, code: true },
        classificationLabel(t),
        t.classification === 'too-short'
          ? `– (${t.points} points)`
          : `${rate(t.percentPerHour)} (${signed(t.percentIntervalPerHour[0])} to ${signed(t.percentIntervalPerHour[1])})`,
        t.limitPercentPerHour === undefined ? 'none' : rate(t.limitPercentPerHour, false),
        t.classification === 'too-short'
          ? '–'
          : `${value(t.slopePerHour, t.unit ?? unitFromName(t.series), true)}/h`,
        t.classification === 'too-short' ? '–' : pValue(t.trendPValue),
      ]),
      // Flat series are context; the comment keeps the leaks when it must shorten.
      dropPriority: 1,
    },
  ];
}

function latencyTable(analysis: SoakAnalysis): Table[] {
  if (analysis.latency.length === 0) return [];
  return [
    {
      id: 'latency',
      title:
        'Latency: last tenth of the run against the first, and shifts inside the run (E-Divisive)',
      columns: [
        { header: 'Series' },
        { header: 'First window', align: 'right' },
        { header: 'Last window', align: 'right' },
        { header: 'Change', align: 'right' },
        { header: 'Shifts inside the run' },
      ],
      rows: [...analysis.latency]
        .sort((a, b) => finite(b.changePercent) - finite(a.changePercent))
        .map((l): Cell[] => [
          { text: l.series, code: true },
          value(l.firstWindow, l.unit ?? unitFromName(l.series)),
          value(l.lastWindow, l.unit ?? unitFromName(l.series)),
          Number.isFinite(l.changePercent)
            ? formatPercent(l.changePercent / 100, { signed: true })
            : '–',
          changePoints(l, runStart(analysis)),
        ]),
      dropPriority: 2,
    },
  ];
}

function changePoints(latency: LatencyResult, start: number): string {
  if (latency.changePoints.length === 0) return 'none';
  // The largest shifts, in time order.
  const shown = [...latency.changePoints]
    .sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before))
    .slice(0, MAX_CHANGE_POINTS_SHOWN)
    .sort((a, b) => a.t - b.t);
  const more = latency.changePoints.length - shown.length;
  const unit = latency.unit ?? unitFromName(latency.series);
  return shown
    .map(
      (c) =>
        `at ${offset(c.t - start)}: ${value(c.before, unit)} → ${value(c.after, unit)} (p ${pValue(c.pValue)})`,
    )
    .concat(more > 0 ? [`${more} more`] : [])
    .join('; ');
}

function sloTable(slos: readonly SloResult[], start: number): Table[] {
  if (slos.length === 0) return [];
  return [
    {
      id: 'slos',
      title:
        'Objectives: attainment, error budget and multi-window burn-rate alerts (SRE workbook)',
      columns: [
        { header: 'Objective' },
        { header: 'Result' },
        { header: 'Attainment', align: 'right' },
        { header: 'Budget left', align: 'right' },
        { header: 'Burn-rate alerts' },
      ],
      rows: [...slos]
        .sort((a, b) => Number(a.passed) - Number(b.passed))
        .map((s): Cell[] => [
          { text: s.objective.text, code: true },
          s.passed ? '✅ met' : s.series.length === 0 ? '❌ no matching series' : '❌ missed',
          formatPercent(finite(s.attainment), { digits: 2 }),
          Number.isFinite(s.budgetRemaining) ? formatPercent(s.budgetRemaining) : '–',
          burnAlerts(s.burnAlerts, start),
        ]),
    },
  ];
}

function burnAlerts(alerts: readonly BurnAlertResult[], start: number): string {
  if (alerts.length === 0) return '–';
  const evaluated = alerts.filter((a) => a.evaluated);
  const skipped = alerts.filter((a) => !a.evaluated);
  const parts = evaluated.map((a) => {
    const rule = `${a.severity} ${formatNumber(a.burnRate)}× over ${a.longWindow}/${a.shortWindow}`;
    return a.firedAt === undefined
      ? `${rule}: quiet`
      : `${rule}: fired at ${offset(a.firedAt - start)}`;
  });
  const [shortest] = skipped;
  if (shortest !== undefined) {
    parts.push(
      evaluated.length === 0
        ? `none: the run is shorter than ${shortest.longWindow}`
        : `${skipped.length} more ${skipped.length === 1 ? 'needs' : 'need'} a run of ${shortest.longWindow}`,
    );
  }
  return parts.join('; ');
}

function nightlyTable(nightly: NightlyAnalysis): Table[] {
  if (nightly.shifts.length === 0) return [];
  return [
    {
      id: 'nightly-shifts',
      title: 'Night over night: where a figure shifted (E-Divisive over the stored nights)',
      columns: [
        { header: 'Figure' },
        { header: 'Night' },
        { header: 'Commits' },
        { header: 'Before → after', align: 'right' },
        { header: 'p', align: 'right' },
      ],
      rows: nightly.shifts.map((s): Cell[] => [
        `${s.worse ? '⚠️ ' : ''}${metricLabel(s.metric)}`,
        s.createdAt.slice(0, 10),
        { text: `${shortSha(s.fromSha)}..${shortSha(s.toSha)}`, code: true },
        `${metricValue(s.metric, s.before)} → ${metricValue(s.metric, s.after)}`,
        pValue(s.pValue),
      ]),
    },
  ];
}

// -------------------------------------------------------------------------------------- notes

function notesOf(
  analysis: SoakAnalysis,
  nightly: NightlyAnalysis,
  options: SoakVerdictOptions,
): Note[] {
  const notes: Note[] = [];
  const { seconds, detected } = analysis.warmup;
  const span = `${formatSpan(analysis.end - analysis.start)}, ${isoTime(analysis.start)} to ${isoTime(analysis.end)}`;
  // The analysis says how the warm-up was found; the sentence here only adds the span.
  const explained = analysis.notes.some((n) => /^warm-?up/i.test(n));
  notes.push({
    level: 'info',
    text: explained
      ? `Analysed after the warm-up: ${span}.`
      : seconds > 0
        ? `The first ${formatSpan(seconds)} were left out as warm-up (${detected ? 'detected' : 'configured'}); analysed: ${span}.`
        : `No warm-up was left out (${detected ? 'none detected' : 'as configured'}); analysed: ${span}.`,
  });
  const seen = new Set<string>();
  // How the warm-up was found comes first, then what the input lost, then the rest.
  for (const text of analysis.notes.filter((n) => /^warm-?up/i.test(n))) {
    seen.add(text);
    notes.unshift({ level: 'info', text });
  }
  for (const text of options.inputNotes) {
    seen.add(text);
    notes.push({ level: 'warning', text });
  }
  for (const text of analysis.notes) {
    if (seen.has(text) || options.inputNotes.some((n) => n.endsWith(`: ${text}`))) continue;
    seen.add(text);
    notes.push({ level: 'info', text });
  }
  if (nightly.nights < 6) {
    notes.push({
      level: 'info',
      text: `Night-over-night shifts are looked for from 6 nights of job '${options.job}' on; there ${nightly.nights === 1 ? 'is 1' : `are ${nightly.nights}`} so far, tonight included.`,
    });
  }
  if (options.sources.length > 0) {
    notes.push({ level: 'info', text: `Read: ${options.sources.join(', ')}.` });
  }
  return notes;
}

function failureSections(failures: readonly string[]): Section[] {
  if (failures.length < 2) return [];
  return [
    {
      id: 'failures',
      title: 'Why the run fails',
      blocks: [{ kind: 'list', items: failures.map((f) => [f]) }],
    },
  ];
}

// ------------------------------------------------------------------------------------- charts

/** The analysed span cut into bins; the median of each series' points per bin, `undefined` when empty. */
function binned(
  points: readonly SeriesPoint[],
  start: number,
  end: number,
): (number | undefined)[] {
  const width = (end - start) / CHART_BINS;
  const bins: number[][] = Array.from({ length: CHART_BINS }, () => []);
  for (const p of points) {
    if (p.t < start || p.t > end) continue;
    const index = Math.min(CHART_BINS - 1, Math.floor((p.t - start) / width));
    bins[index]?.push(p.v);
  }
  return bins.map((values) => (values.length === 0 ? undefined : median(values)));
}

/** Bin centres as offsets from the start of the run (warm-up included). */
function binLabels(start: number, end: number, runStarted: number): string[] {
  const width = (end - start) / CHART_BINS;
  return Array.from({ length: CHART_BINS }, (_, i) =>
    offset(start - runStarted + width * (i + 0.5)),
  );
}

/** When the run started: the analysed span's start less the warm-up left out. */
function runStart(analysis: SoakAnalysis): number {
  return analysis.start - analysis.warmup.seconds;
}

function findSeries(series: readonly SoakSeries[], id: string): SoakSeries | undefined {
  return series.find((s) => seriesId(s) === id);
}

/** Values in a readable unit for a chart: bytes as MiB. */
function chartScale(unit: string | undefined, id: string): { factor: number; label: string } {
  if (isBytes(unit, id)) return { factor: 1 / (1024 * 1024), label: 'MiB' };
  return { factor: 1, label: unit ?? unitFromName(id) ?? 'value' };
}

function growthCharts(analysis: SoakAnalysis, series: readonly SoakSeries[]): Chart[] {
  const { start, end } = analysis;
  if (!(end > start)) return [];
  const candidates = analysis.trends
    .filter((t) => t.limitPercentPerHour !== undefined && t.classification !== 'too-short')
    .sort(
      (a, b) =>
        CLASSIFICATION_ORDER[a.classification] - CLASSIFICATION_ORDER[b.classification] ||
        finite(b.percentPerHour) - finite(a.percentPerHour),
    )
    .slice(0, MAX_GROWTH_CHARTS);
  const charts: Chart[] = [];
  for (const trend of candidates) {
    const found = findSeries(series, trend.series);
    if (found === undefined) continue;
    const measured = binned(found.points, start, end);
    const labels = binLabels(start, end, runStart(analysis));
    const width = (end - start) / CHART_BINS;
    const { fit } = trend;
    const fitted = labels.map((_, i) => {
      const t = start + width * (i + 0.5);
      return fit.t1 === fit.t0
        ? fit.v0
        : fit.v0 + ((fit.v1 - fit.v0) * (t - fit.t0)) / (fit.t1 - fit.t0);
    });
    const kept = measured.flatMap((v, i) => (v === undefined ? [] : [i]));
    if (kept.length < 2) continue;
    const scale = chartScale(trend.unit, trend.series);
    charts.push({
      title: `${trend.series}: ${rate(trend.percentPerHour)}`,
      xLabels: kept.map((i) => labels[i] ?? ''),
      yLabel: scale.label,
      series: [
        {
          name: `measured, median per bin (${colourName(0)})`,
          kind: 'line',
          values: kept.map((i) => (measured[i] ?? 0) * scale.factor),
        },
        {
          name: `Theil–Sen fit (${colourName(1)})`,
          kind: 'line',
          values: kept.map((i) => (fitted[i] ?? 0) * scale.factor),
        },
      ],
    });
  }
  return charts;
}

function latencyCharts(analysis: SoakAnalysis, series: readonly SoakSeries[]): Chart[] {
  const { start, end } = analysis;
  if (!(end > start) || analysis.latency.length === 0) return [];
  const unitOf = (l: LatencyResult): string | undefined => l.unit ?? unitFromName(l.series);
  const first = analysis.latency[0];
  const unit = first === undefined ? undefined : unitOf(first);
  const lines = analysis.latency
    .filter((l) => unitOf(l) === unit)
    .slice(0, MAX_LATENCY_LINES)
    .flatMap((l) => {
      const found = findSeries(series, l.series);
      return found ? [{ name: l.series, values: binned(found.points, start, end) }] : [];
    });
  if (lines.length === 0) return [];
  const labels = binLabels(start, end, runStart(analysis));
  const kept = labels.flatMap((_, i) => (lines.every((l) => l.values[i] !== undefined) ? [i] : []));
  if (kept.length < 2) return [];
  return [
    {
      title: 'Latency over the run',
      xLabels: kept.map((i) => labels[i] ?? ''),
      yLabel: unit ?? 'latency',
      series: lines.map((l, index) => ({
        name: `${l.name} (${colourName(index)})`,
        kind: 'line' as const,
        values: kept.map((i) => l.values[i] ?? 0),
      })),
    },
  ];
}

function nightlyCharts(nightly: NightlyAnalysis): Chart[] {
  if (nightly.nights < 2) return [];
  const shifted = [...new Set(nightly.shifts.map((s) => s.metric))];
  const growth = nightly.metrics.filter((m) => m.kind === 'growth');
  const chosen = (shifted.length > 0 ? shifted : growth)
    .filter((m) => m.points.length >= 2)
    .slice(0, MAX_NIGHTLY_CHARTS);
  return chosen.map((metric) => {
    const scale =
      metric.kind === 'level'
        ? chartScale(metric.unit, metric.subject)
        : { factor: 1, label: metric.unit ?? '' };
    return {
      title: `Night over night: ${metricLabel(metric)}`,
      xLabels: nightLabels(metric.points.map((p) => nightly.stamps[p.night])),
      yLabel: metric.kind === 'slo' ? 'attainment %' : scale.label,
      series: [
        {
          name: metricLabel(metric),
          kind: 'line',
          values: metric.points.map((p) =>
            metric.kind === 'slo' ? p.value * 100 : p.value * scale.factor,
          ),
        },
      ],
    };
  });
}

/**
 * The colour a chart's line number `index` is drawn in: the names of src/report/mermaid.ts's
 * CHART_PALETTE, in its order. xychart has no legend, so the legend under the chart names them.
 */
function colourName(index: number): string {
  return ['blue', 'red', 'green', 'yellow', 'purple'][index] ?? `line ${index + 1}`;
}

/**
 * Nights as `MM-DD` (their commits are in the table; a sha per label would overlap), a second
 * night of one day as `MM-DD #2`, so that no two categories of the axis are the same.
 */
function nightLabels(stamps: readonly ({ createdAt: string } | undefined)[]): string[] {
  const seen = new Map<string, number>();
  return stamps.map((stamp) => {
    const day = stamp?.createdAt.slice(5, 10) ?? '?';
    const count = (seen.get(day) ?? 0) + 1;
    seen.set(day, count);
    return count === 1 ? day : `${day} #${count}`;
  });
}

// --------------------------------------------------------------------------------- formatting

function finite(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

/** A signed number of percent without unit, for the ends of an interval: `+2.3`. */
function signed(percent: number): string {
  if (!Number.isFinite(percent)) return '–';
  const text = formatNumber(Math.abs(percent), { digits: 2 });
  return `${text === '0' ? '' : percent < 0 ? '-' : '+'}${text}`;
}

/** A growth in percent per hour, signed unless `signed` is false: `+3.1%/h`. */
function rate(percentPerHour: number, signed = true): string {
  if (!Number.isFinite(percentPerHour)) return '–';
  const text = formatNumber(Math.abs(percentPerHour), { digits: 2 });
  const sign = !signed || text === '0' ? '' : percentPerHour < 0 ? '-' : '+';
  return `${sign}${text}%/h`;
}

/**
 * The unit a series' name states by Prometheus' naming convention (`_bytes`, `_seconds`) or the
 * common `_ms` suffix, for series whose format carries no unit (plain CSV, Prometheus).
 */
function unitFromName(id: string): string | undefined {
  const name = id.replace(/\{.*$/, '');
  if (/_bytes$|_bytes_total$/.test(name)) return 'bytes';
  if (/_(ms|milliseconds)$/.test(name)) return 'ms';
  if (/_seconds$/.test(name)) return 's';
  return undefined;
}

function isBytes(unit: string | undefined, id: string): boolean {
  return /^(b|bytes?)$/i.test(unit ?? unitFromName(id) ?? '');
}

/** A value with its unit: bytes with binary prefixes, others as plain numbers. */
function value(v: number, unit: string | undefined, signed = false): string {
  if (!Number.isFinite(v)) return '–';
  const sign = signed && v > 0 ? '+' : '';
  if (unit !== undefined && isBytes(unit, '')) return `${sign}${formatBytes(v)}`;
  return `${sign}${formatNumber(v)}${unit === undefined ? '' : ` ${unit}`}`;
}

function pValue(p: number): string {
  if (!Number.isFinite(p)) return '–';
  return p < 0.001 ? '< 0.001' : formatNumber(p, { digits: 2 });
}

function shortSha(sha: string): string {
  return sha.slice(0, SHORT_SHA);
}

function metricLabel(metric: NightlyMetric): string {
  switch (metric.kind) {
    case 'growth':
      return `growth of ${metric.subject}`;
    case 'level':
      return `end level of ${metric.subject}`;
    case 'latency':
      return `last-window ${metric.subject}`;
    case 'slo':
      return `attainment of ${metric.subject}`;
    default: {
      const unreachable: never = metric.kind;
      throw new Error(`unknown nightly metric ${String(unreachable)}`);
    }
  }
}

function metricValue(metric: NightlyMetric, v: number): string {
  switch (metric.kind) {
    case 'growth':
      return rate(v);
    case 'slo':
      return formatPercent(v, { digits: 2 });
    case 'level':
    case 'latency':
      return value(v, metric.unit ?? unitFromName(metric.subject));
    default: {
      const unreachable: never = metric.kind;
      throw new Error(`unknown nightly metric ${String(unreachable)}`);
    }
  }
}

/** The shift as a relative change, or as a difference where the level before is zero. */
function shiftChange(shift: NightlyShift): string {
  if (shift.metric.kind === 'growth') {
    const delta = shift.after - shift.before;
    return `${rate(delta)}`;
  }
  if (shift.before === 0) return metricValue(shift.metric, shift.after);
  return formatPercent((shift.after - shift.before) / Math.abs(shift.before), { signed: true });
}

/** Seconds as `6m 30s`, `1h 5m` or `45s`. */
export function formatSpan(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return '0s';
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return m > 0 ? `${h}h ${m}m` : `${h}h`;
  if (m > 0) return s > 0 ? `${m}m ${s}s` : `${m}m`;
  return `${s}s`;
}

/** An offset into the run as `23m` or `1h05m`. */
function offset(seconds: number): string {
  const total = Math.max(0, Math.round(seconds / 60));
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : `${m}m`;
}

function isoTime(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

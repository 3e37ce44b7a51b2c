import { ConfigurationError } from '../../../shared/errors.js';
import type {
  GrowthLimit,
  LatencyResult,
  SeriesPoint,
  SloResult,
  SoakAnalysis,
  SoakAnalysisOptions,
  SoakRun,
  SoakSeries,
  TrendResult,
} from '../types.js';
import { analyzeLatency, isLatencySeries } from './latency.js';
import { patternMatchesSeries, seriesId } from './series-id.js';
import { evaluateSlo } from './slo.js';
import { thinPoints } from './thin.js';
import { analyzeTrend, growthLimitFor } from './trend.js';
import { detectWarmup } from './warmup.js';

/**
 * Most points warm-up detection runs on (bucket means beyond): MSER's scan is O(n), and 2,000
 * points keep batches of 5 short (a tenth of a percent of the run) so the cut stays precise.
 */
export const MAX_WARMUP_POINTS = 2000;

/**
 * Analyses one night's soak run (one or more parsed files covering the same window):
 *
 * 1. Warm-up: `options.warmupSeconds` when given; otherwise the longest warm-up that
 *    {@link detectWarmup} (MSER-5 around a line) finds among the series with a growth limit
 *    (memory-like ones by default), or among all series when none has a limit; never more than
 *    half the run. It is counted from the run's first sample and cut from every series.
 * 2. Trends: every series, see {@link analyzeTrend}; a `leak` (significant and above its limit)
 *    fails the run.
 * 3. Latency: series whose name says latency, see {@link analyzeLatency}; reported, never failing
 *    by itself (a growth limit on them, by glob, makes their drift fail).
 * 4. SLOs: each objective over the series it matches, see {@link evaluateSlo}; a missed one fails.
 *
 * @throws ConfigurationError for options a user got wrong: alpha outside (0, 1), a negative or
 *   non-finite warm-up or growth limit, or a configured warm-up that leaves no sample.
 */
export function analyzeSoak(runs: readonly SoakRun[], options: SoakAnalysisOptions): SoakAnalysis {
  validateOptions(options);
  const all = runs.flatMap((run) => run.series).filter((s) => s.points.length > 0);
  const notes: string[] = [];
  const failures: string[] = [];
  if (all.length === 0) {
    notes.push('no time series in the input: nothing to analyse over time');
  }
  const runStart = Math.min(...all.map((s) => (s.points[0] as SeriesPoint).t));
  const runEnd = Math.max(...all.map((s) => (s.points[s.points.length - 1] as SeriesPoint).t));
  const runSpan = all.length > 0 ? runEnd - runStart : 0;

  const warmup = chooseWarmup(all, options, runStart, runSpan, notes);
  const cutoff = runStart + warmup.seconds;
  const kept = all.map((series) => ({
    series,
    points: series.points.filter((p) => p.t >= cutoff),
  }));

  const trends: TrendResult[] = [];
  const latency: LatencyResult[] = [];
  for (const { series, points } of kept) {
    const id = seriesId(series);
    if (points.length < 2) {
      notes.push(
        `${id}: ${points.length} point${points.length === 1 ? '' : 's'} after the warm-up, no trend`,
      );
      continue;
    }
    const limit = growthLimitFor(series, options.growth);
    const outcome = analyzeTrend(series, points, {
      alpha: options.alpha,
      ...(limit === undefined ? {} : { limitPercentPerHour: limit }),
    });
    if (!outcome) {
      notes.push(`${id}: every point after the warm-up has the same time, no trend`);
      continue;
    }
    notes.push(...outcome.notes);
    trends.push(outcome.trend);
    if (outcome.trend.classification === 'leak') failures.push(leakFailure(outcome.trend));
    if (outcome.trend.classification === 'too-short' && limit !== undefined) {
      notes.push(
        `${id}: only ${points.length} points after the warm-up, too few to judge its growth`,
      );
    }
    if (isLatencySeries(series.name)) latency.push(analyzeLatency(series, points));
  }

  const slos: SloResult[] = options.slos.map((objective) => {
    const outcome = evaluateSlo(
      objective,
      kept.filter(
        ({ series, points }) => points.length > 0 && patternMatchesSeries(objective.series, series),
      ),
    );
    failures.push(...outcome.failures);
    notes.push(...outcome.notes);
    return outcome.result;
  });

  const analysed = kept.flatMap(({ points }) =>
    points.length > 0
      ? [(points[0] as SeriesPoint).t, (points[points.length - 1] as SeriesPoint).t]
      : [],
  );
  return {
    start: analysed.length > 0 ? Math.min(...analysed) : 0,
    end: analysed.length > 0 ? Math.max(...analysed) : 0,
    warmup,
    trends,
    latency,
    slos,
    failures,
    notes,
  };
}

function validateOptions(options: SoakAnalysisOptions): void {
  if (!(options.alpha > 0 && options.alpha < 1)) {
    throw new ConfigurationError(
      `soak: the significance level alpha must be between 0 and 1 (e.g. 0.05), got ${String(options.alpha)}`,
    );
  }
  const { warmupSeconds } = options;
  if (warmupSeconds !== undefined && !(Number.isFinite(warmupSeconds) && warmupSeconds >= 0)) {
    throw new ConfigurationError(
      `soak: the warm-up must be a number of seconds ≥ 0 (e.g. 300), got ${String(warmupSeconds)}`,
    );
  }
  options.growth.forEach((rule: GrowthLimit) => {
    if (!(Number.isFinite(rule.maxPercentPerHour) && rule.maxPercentPerHour >= 0)) {
      throw new ConfigurationError(
        `soak: the growth limit of '${rule.pattern}' must be a percentage per hour ≥ 0 (e.g. '${rule.pattern}=1'), got ${String(rule.maxPercentPerHour)}`,
      );
    }
  });
}

/** The configured warm-up, or the detected one (see {@link analyzeSoak}), with a note. */
function chooseWarmup(
  all: readonly SoakSeries[],
  options: SoakAnalysisOptions,
  runStart: number,
  runSpan: number,
  notes: string[],
): SoakAnalysis['warmup'] {
  if (options.warmupSeconds !== undefined) {
    if (all.length > 0 && options.warmupSeconds >= runSpan) {
      throw new ConfigurationError(
        `soak: the warm-up of ${options.warmupSeconds} s is not shorter than the run (${runSpan} s), nothing would be left to analyse`,
      );
    }
    if (options.warmupSeconds > 0) {
      notes.push(
        `warm-up: the first ${formatDuration(options.warmupSeconds)} trimmed (configured)`,
      );
    }
    return { seconds: options.warmupSeconds, detected: false };
  }
  const limited = all.filter((s) => growthLimitFor(s, options.growth) !== undefined);
  const candidates = limited.length > 0 ? limited : all;
  let seconds = 0;
  let decidedBy: string | undefined;
  for (const series of candidates) {
    const points = thinPoints(series.points, MAX_WARMUP_POINTS, 'mean');
    const own = detectWarmup(points);
    const fromRunStart = (points[0] as SeriesPoint).t - runStart + own;
    if (own > 0 && fromRunStart > seconds) {
      seconds = fromRunStart;
      decidedBy = seriesId(series);
    }
  }
  seconds = Math.min(seconds, runSpan / 2);
  if (decidedBy !== undefined) {
    notes.push(
      `warm-up: the first ${formatDuration(seconds)} trimmed (detected on ${decidedBy} by the MSER-5 rule)`,
    );
  }
  return { seconds, detected: true };
}

/** `memory_rss grows 3.1%/h (95% CI 2.6–3.5), limit 1%/h`. */
function leakFailure(trend: TrendResult): string {
  const [lower, upper] = trend.percentIntervalPerHour;
  return (
    `${trend.series} grows ${formatRate(trend.percentPerHour)}%/h ` +
    `(95% CI ${formatRate(lower)}–${formatRate(upper)}), limit ${formatRate(trend.limitPercentPerHour ?? 0)}%/h`
  );
}

/** Two significant digits below 10, whole numbers above: 0.42, 3.1, 12. */
function formatRate(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 10) return value.toFixed(0);
  if (magnitude >= 1) return value.toFixed(1);
  return String(Number(value.toPrecision(2)));
}

/** `8 min 20 s`, `45 s`, `1 h 5 min`. */
function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const parts = [
    h > 0 ? `${h} h` : '',
    m > 0 ? `${m} min` : '',
    s > 0 || whole === 0 ? `${s} s` : '',
  ];
  return parts.filter((p) => p !== '').join(' ');
}

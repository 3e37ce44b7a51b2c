import {
  hamedRaoMannKendall,
  mannKendall,
  median,
  standardNormalCdf,
  standardNormalQuantile,
  theilSen,
} from '../../../stats/index.js';
import type { GrowthLimit, SeriesPoint, SoakSeries, TrendResult } from '../types.js';
import { patternMatchesSeries, seriesId } from './series-id.js';
import { thinPoints } from './thin.js';

/**
 * Most points a trend is computed on; longer series are thinned to bucket means first. Theil–Sen
 * and the Hamed–Rao test are O(n² log n), and a trend over hours is set by minutes, not seconds:
 * 120 bucket means (30 s for a one-hour run at 10 s, 4 min for a night) keep what the slope
 * depends on, average away most of a GC sawtooth and of the short-range autocorrelation the test
 * must otherwise correct for, and cost ~7,000 slope pairs instead of ~400 million for a night of
 * 1 s samples (bench/soak-power.ts prints the time of one such night).
 */
export const MAX_TREND_POINTS = 120;
/** Fewer points than this after the warm-up: `too-short` (no autocorrelation can be estimated). */
export const MIN_TREND_POINTS = 12;
/** Default growth limit of memory-like series, in percent per hour (the 1%/h). */
export const DEFAULT_MEMORY_LIMIT_PERCENT_PER_HOUR = 1;

/** Names of memory-like series: *mem*, *heap*, *rss*, *resident*, *alloc*, any case. */
const MEMORY_LIKE = /mem|heap|rss|resident|alloc/i;

/** True when the series' name says it measures memory (and so gets the default limit). */
export function isMemoryLike(name: string): boolean {
  return MEMORY_LIKE.test(name);
}

/**
 * The growth limit of a series in percent per hour, undefined when it has none: the last rule
 * of `rules` whose glob matches the series' id or bare name; failing that, 1%/h for memory-like
 * series. User rules are applied after the default, so `*latency*` limits latency without
 * lifting the memory default, and `*mem*` overrides it.
 */
export function growthLimitFor(
  series: SoakSeries,
  rules: readonly GrowthLimit[],
): number | undefined {
  let limit = isMemoryLike(series.name) ? DEFAULT_MEMORY_LIMIT_PERCENT_PER_HOUR : undefined;
  for (const rule of rules) {
    if (patternMatchesSeries(rule.pattern, series)) limit = rule.maxPercentPerHour;
  }
  return limit;
}

/** Options of {@link analyzeTrend}. */
export interface TrendOptions {
  /** Significance level of the trend test. */
  alpha: number;
  /** Growth limit in percent per hour; none: the trend is reported and never fails. */
  limitPercentPerHour?: number;
}

/** What {@link analyzeTrend} returns besides the result: notes for the reader. */
export interface TrendOutcome {
  trend: TrendResult;
  notes: string[];
}

const SECONDS_PER_HOUR = 3600;

/**
 * The trend of one series over the points given (the caller has cut the warm-up).
 *
 * - Slope: Theil–Sen over time in hours, robust to the GC sawtooth's drops and to spikes.
 * - Test: Mann–Kendall with the Hamed–Rao variance correction (all lags, significant ones only)
 *   on at most {@link MAX_TREND_POINTS} bucket means, its factor clamped to ≥ 1: samples every
 *   few seconds are strongly autocorrelated, and the plain test then finds "trends" in noise
 *   far more often than its level (the OLS t-test column of bench/soak-power.ts: 10–43%).
 * - Interval: Sen's interval with the Mann–Kendall variance inflated by the same Hamed–Rao factor
 *   n/n*s (at least 1): Sen's rank bounds come from Var(S), which autocorrelation inflates
 *   exactly as it does for the test, so the plain interval would be far too narrow. Done by
 *   asking {@link theilSen} for the level whose z equals z₀.₉₇₅·√(n/n*s).
 * - Percent: the slope as percent of the fitted level at the start of the span (not the mean,
 *   so a leak reads as "grows x% of where it started per hour").
 * - Classification (see bench/soak-power.ts for the measurements that decided it): `leak` when
 *   p < alpha AND the lower end of that corrected 95% interval, in %/h, is above the limit: the
 *   growth is shown to exceed the limit, not merely estimated above it (a one-sided 2.5% test of
 *   "growth ≤ limit"). The point estimate alone failed 1.5–4% of flat runs with φ = 0.9, σ = 0.25%
 *   (the Hamed–Rao correction under-corrects such strong autocorrelation), the lower end ≤ 1%
 *   while still failing ≥ 95% of 3%/h leaks where an hour of data can tell them apart.
 */
export function analyzeTrend(
  series: SoakSeries,
  points: readonly SeriesPoint[],
  options: TrendOptions,
): TrendOutcome | undefined {
  const notes: string[] = [];
  const id = seriesId(series);
  // Thinned silently: every run longer than twenty minutes at 10 s is, and `points` below
  // still counts what was analysed.
  const used = thinPoints(points, MAX_TREND_POINTS, 'mean');
  if (used.length < 2) return undefined;
  if (!((used[used.length - 1] as SeriesPoint).t > (used[0] as SeriesPoint).t)) return undefined;
  // The span and the fit's ends are those of the points given, not of the bucket means.
  const t0 = (points[0] as SeriesPoint).t;
  const t1 = (points[points.length - 1] as SeriesPoint).t;
  const hours = used.map((p) => (p.t - t0) / SECONDS_PER_HOUR);
  const values = used.map((p) => p.v);

  let correctionFactor = 1;
  let pValue = 1;
  if (used.length >= 3) {
    let statistic: number;
    let variance: number;
    try {
      const test = hamedRaoMannKendall(values);
      // The correction may widen the plain test's variance, never narrow it: a GC sawtooth
      // gives negative rank autocorrelation at half its period, which would otherwise make the
      // test more eager than the plain Mann–Kendall test on independent data.
      correctionFactor = Math.max(1, test.correctionFactor);
      statistic = test.statistic;
      variance = test.variance;
    } catch {
      // The correction factor came out ≤ 0: negative autocorrelation dominates (a sawtooth near
      // twice the sampling period). Clamped to 1 as above, that is the plain test.
      const plain = mannKendall(values);
      statistic = plain.statistic;
      variance =
        plain.statistic === 0 || plain.z === 0
          ? 0
          : ((plain.statistic - Math.sign(plain.statistic)) / plain.z) ** 2;
      notes.push(
        `${id}: the samples alternate too strongly for the autocorrelation correction; the plain Mann–Kendall test was used`,
      );
    }
    const z =
      statistic === 0 || !(variance > 0)
        ? 0
        : (statistic - Math.sign(statistic)) / Math.sqrt(variance * correctionFactor);
    pValue = Math.min(1, 2 * standardNormalCdf(-Math.abs(z)));
  }
  const z = standardNormalQuantile(0.975) * Math.sqrt(correctionFactor);
  const level = Math.min(1 - 1e-12, 2 * standardNormalCdf(z) - 1);
  const fit = theilSen(hours, values, level);
  const slopeAtStart = fit.intercept;
  const spanHours = (t1 - t0) / SECONDS_PER_HOUR;
  const reference = slopeAtStart > 0 ? slopeAtStart : Math.abs(median(values));
  if (!(slopeAtStart > 0)) {
    notes.push(
      reference > 0
        ? `${id}: the fitted start level is not positive; percentages are of the median |level|`
        : `${id}: the level is zero; no growth in percent`,
    );
  }
  const percent = (x: number): number => (reference > 0 ? (100 * x) / reference : 0);
  const limit = options.limitPercentPerHour;
  const tooShort = used.length < MIN_TREND_POINTS;
  const significant = pValue < options.alpha;
  const percentPerHour = percent(fit.slope);
  // A significant fall is `flat` too: the gate judges growth, the slope's sign shows the rest.
  const classification: TrendResult['classification'] = tooShort
    ? 'too-short'
    : !significant || !(fit.slope > 0)
      ? 'flat'
      : limit !== undefined && percent(fit.lower) > limit
        ? 'leak'
        : 'growing';
  const trend: TrendResult = {
    series: id,
    ...(series.unit === undefined ? {} : { unit: series.unit }),
    points: points.length,
    spanSeconds: t1 - t0,
    slopePerHour: fit.slope,
    slopeIntervalPerHour: [fit.lower, fit.upper],
    percentPerHour,
    percentIntervalPerHour: [percent(fit.lower), percent(fit.upper)],
    trendPValue: pValue,
    ...(limit === undefined ? {} : { limitPercentPerHour: limit }),
    classification,
    fit: { t0, v0: slopeAtStart, t1, v1: slopeAtStart + fit.slope * spanHours },
  };
  return { trend, notes };
}

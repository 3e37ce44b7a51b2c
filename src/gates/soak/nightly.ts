/**
 * Night over night: each stored night's figures (history.ts) as one series per metric, and
 * E-Divisive over each series to find the night where a metric shifted, with the commits between
 * that night and the one before it: the range to bisect. Pure.
 */
import { eDivisive } from '../../stats/index.js';
import type { SoakNightEntry } from './history.js';

/** What a nightly metric measures, and which way is worse. */
export type NightlyMetricKind = 'growth' | 'level' | 'latency' | 'slo';

/** One figure tracked across nights. */
export interface NightlyMetric {
  /** Stable key, e.g. `growth:memory_rss`. */
  key: string;
  kind: NightlyMetricKind;
  /** The series id or the objective's text. */
  subject: string;
  /** Unit of the values (`%/h` for growth, the series' unit for levels and latency). */
  unit?: string;
  /** Night index (into the nights given) and value of each night that has the metric. */
  points: { night: number; value: number }[];
}

/** A shift of one metric between two nights. */
export interface NightlyShift {
  metric: NightlyMetric;
  /** Index (into the nights given) of the first night after the shift. */
  night: number;
  /** The first night after the shift and the night before it (its commit range: `from..to`). */
  fromSha: string;
  toSha: string;
  /** When the first night after the shift ran (ISO time). */
  createdAt: string;
  /** Means of the segments before and after the shift. */
  before: number;
  after: number;
  pValue: number;
  /** True when the metric moved the bad way (more growth, higher level or latency, lower attainment). */
  worse: boolean;
  /** True when the shift lies within the last {@link RECENT_NIGHTS} nights. */
  recent: boolean;
}

/** The night-over-night analysis. */
export interface NightlyAnalysis {
  /** Nights analysed (the stored ones within the window, then tonight). */
  nights: number;
  /** Commit and time of each night analysed, oldest first (tonight last). */
  stamps: { sha: string; createdAt: string }[];
  metrics: NightlyMetric[];
  /** Shifts found, newest first. */
  shifts: NightlyShift[];
}

/** Options of {@link analyzeNights}. */
export interface NightlyOptions {
  /** Fewest nights on each side of a shift (default 3): a shift shows three nights after it. */
  minNights?: number;
  /** Significance of each split's permutation test (default 0.01: many metrics are tested). */
  significance?: number;
  /** Permutations per test (default 999, so p can go below 0.01). */
  permutations?: number;
  /** Only the most recent nights are analysed (default 60): older history is past news. */
  window?: number;
}

/** A shift this many nights back or fewer is news: it can warn the run. */
export const RECENT_NIGHTS = 7;

/**
 * Finds shifts night over night. `nights` are oldest first, tonight last (when it has been
 * analysed). A metric needs at least twice `minNights` nights to be tested.
 *
 * @example analyzeNights([...stored, tonight]).shifts[0] // { metric: { key: 'level:memory_rss' … }, fromSha, toSha, before: 510, after: 580 … }
 */
export function analyzeNights(
  nights: readonly SoakNightEntry[],
  options: NightlyOptions = {},
): NightlyAnalysis {
  const { minNights = 3, significance = 0.01, permutations = 999, window = 60 } = options;
  const recent = nights.slice(-window);
  const metrics = collectMetrics(recent);
  const shifts: NightlyShift[] = [];
  for (const metric of metrics) {
    if (metric.points.length < 2 * minNights) continue;
    const values = metric.points.map((p) => p.value);
    const { changePoints } = eDivisive(values, {
      minSize: minNights,
      significance,
      permutations,
    });
    for (const change of changePoints) {
      const after = metric.points[change.index];
      const before = metric.points[change.index - 1];
      if (after === undefined || before === undefined) continue;
      const night = recent[after.night];
      const previous = recent[before.night];
      if (night === undefined || previous === undefined) continue;
      const rose = change.meanAfter > change.meanBefore;
      shifts.push({
        metric,
        night: after.night,
        fromSha: previous.sha,
        toSha: night.sha,
        createdAt: night.createdAt,
        before: change.meanBefore,
        after: change.meanAfter,
        pValue: change.pValue,
        worse: metric.kind === 'slo' ? !rose : rose,
        recent: after.night >= recent.length - RECENT_NIGHTS,
      });
    }
  }
  shifts.sort((a, b) => b.night - a.night || a.metric.key.localeCompare(b.metric.key));
  return {
    nights: recent.length,
    stamps: recent.map((night) => ({ sha: night.sha, createdAt: night.createdAt })),
    metrics,
    shifts,
  };
}

/** Every metric any night has, in the order they first appear. */
function collectMetrics(nights: readonly SoakNightEntry[]): NightlyMetric[] {
  const byKey = new Map<string, NightlyMetric>();
  const add = (
    kind: NightlyMetricKind,
    subject: string,
    unit: string | undefined,
    night: number,
    value: number,
  ): void => {
    const key = `${kind}:${subject}`;
    let metric = byKey.get(key);
    if (metric === undefined) {
      metric = { key, kind, subject, ...(unit === undefined ? {} : { unit }), points: [] };
      byKey.set(key, metric);
    }
    metric.points.push({ night, value });
  };
  for (const [index, night] of nights.entries()) {
    for (const trend of night.trends) {
      add('growth', trend.series, '%/h', index, trend.percentPerHour);
      add('level', trend.series, trend.unit, index, trend.level);
    }
    for (const latency of night.latency) {
      add('latency', latency.series, latency.unit, index, latency.lastWindow);
    }
    for (const slo of night.slos) add('slo', slo.objective, undefined, index, slo.attainment);
  }
  return [...byKey.values()];
}

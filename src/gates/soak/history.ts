/**
 * Soak history: one compact JSON line per night of a soak job (slopes, levels, last-window
 * latencies, SLO attainments; no samples), appended to a run log (the data branch in the action,
 * a local file in the CLI) and read back for the night-over-night analysis (nightly.ts). The log
 * itself (JSON Lines, retention, unreadable lines kept, transports) is src/history's.
 */
import { logEntry, type LogEntry, type LogKind, type StampExtra } from '../../history/log.js';
import { isRecord } from '../../shared/is-record.js';
import type { SoakAnalysis } from './types.js';

/** Schema tag of one soak history line; bump the version when the fields change. */
export const SOAK_HISTORY_SCHEMA = 'kaizen-gates/soak-night@1';

/** One series' trend of a night. */
export interface NightTrend {
  /** The series' id (`name{label="value"}`). */
  series: string;
  unit?: string;
  /** Theil–Sen slope in percent of the starting level per hour. */
  percentPerHour: number;
  /** The fitted level at the end of the analysed span, in `unit`. */
  level: number;
}

/** One latency series of a night. */
export interface NightLatency {
  series: string;
  unit?: string;
  /** Median of the run's last window. */
  lastWindow: number;
}

/** One objective of a night. */
export interface NightSlo {
  /** The objective as written (`latency_p99_ms < 200`). */
  objective: string;
  /** Fraction of good samples, in [0, 1]. */
  attainment: number;
  passed: boolean;
}

/** What a soak history line holds beside its stamp. */
export interface SoakNight {
  /** Whether the night's run passed the gate. */
  passed: boolean;
  /** Seconds analysed after the warm-up. */
  spanSeconds: number;
  trends: NightTrend[];
  latency: NightLatency[];
  slos: NightSlo[];
}

/** One night of one soak job, one line of its log. */
export type SoakNightEntry = LogEntry<SoakNight>;

/** The soak gate's run log, for the shared log and its transports: `soak/<job>.jsonl`. */
export const SOAK_HISTORY: LogKind<SoakNight> = {
  gate: 'soak',
  schema: SOAK_HISTORY_SCHEMA,
  noun: 'soak history',
  parseRecord(data) {
    const { passed, spanSeconds, trends, latency, slos } = data;
    if (typeof passed !== 'boolean' || !isFiniteNumber(spanSeconds)) return undefined;
    const parsedTrends = parseList(trends, parseTrend);
    const parsedLatency = parseList(latency, parseLatency);
    const parsedSlos = parseList(slos, parseSlo);
    if (!parsedTrends || !parsedLatency || !parsedSlos) return undefined;
    return {
      passed,
      spanSeconds,
      trends: parsedTrends,
      latency: parsedLatency,
      slos: parsedSlos,
    };
  },
};

/**
 * The history record of a night's analysis: what the night-over-night comparison needs and no
 * more (a line stays well under a kilobyte per series). Non-finite figures, which JSON cannot
 * hold, are left out rather than written as `null`.
 *
 * @example nightRecord(analysis).trends[0] // { series: 'memory_rss', percentPerHour: 3.1, level: 612 }
 */
export function nightRecord(analysis: SoakAnalysis): SoakNight {
  return {
    passed: analysis.failures.length === 0,
    spanSeconds: analysis.end - analysis.start,
    trends: analysis.trends
      .filter((t) => t.classification !== 'too-short')
      .filter((t) => Number.isFinite(t.percentPerHour) && Number.isFinite(t.fit.v1))
      .map((t) => ({
        series: t.series,
        ...(t.unit === undefined ? {} : { unit: t.unit }),
        percentPerHour: t.percentPerHour,
        level: t.fit.v1,
      })),
    latency: analysis.latency
      .filter((l) => Number.isFinite(l.lastWindow))
      .map((l) => ({
        series: l.series,
        ...(l.unit === undefined ? {} : { unit: l.unit }),
        lastWindow: l.lastWindow,
      })),
    slos: analysis.slos
      .filter((s) => Number.isFinite(s.attainment))
      .map((s) => ({ objective: s.objective.text, attainment: s.attainment, passed: s.passed })),
  };
}

/**
 * The history line of a night: the stamp (job, commit, time, workflow run) and its record.
 *
 * @example soakNightEntry('nightly-api', sha, new Date().toISOString(), analysis, { runId: '42' })
 */
export function soakNightEntry(
  job: string,
  sha: string,
  createdAt: string,
  analysis: SoakAnalysis,
  extra: StampExtra = {},
): SoakNightEntry {
  return logEntry(SOAK_HISTORY, { suite: job, sha, createdAt }, nightRecord(analysis), extra);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function parseList<T>(value: unknown, parse: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const parsed: T[] = [];
  for (const item of value) {
    const one = parse(item);
    if (one === undefined) return undefined;
    parsed.push(one);
  }
  return parsed;
}

function optionalUnit(value: Record<string, unknown>): { unit?: string } | undefined {
  if (value.unit === undefined) return {};
  return typeof value.unit === 'string' ? { unit: value.unit } : undefined;
}

function parseTrend(value: unknown): NightTrend | undefined {
  if (!isRecord(value)) return undefined;
  const { series, percentPerHour, level } = value;
  const unit = optionalUnit(value);
  if (typeof series !== 'string' || !isFiniteNumber(percentPerHour) || !isFiniteNumber(level))
    return undefined;
  if (unit === undefined) return undefined;
  return { series, ...unit, percentPerHour, level };
}

function parseLatency(value: unknown): NightLatency | undefined {
  if (!isRecord(value)) return undefined;
  const { series, lastWindow } = value;
  const unit = optionalUnit(value);
  if (typeof series !== 'string' || !isFiniteNumber(lastWindow) || unit === undefined)
    return undefined;
  return { series, ...unit, lastWindow };
}

function parseSlo(value: unknown): NightSlo | undefined {
  if (!isRecord(value)) return undefined;
  const { objective, attainment, passed } = value;
  if (typeof objective !== 'string' || !isFiniteNumber(attainment) || typeof passed !== 'boolean')
    return undefined;
  return { objective, attainment, passed };
}

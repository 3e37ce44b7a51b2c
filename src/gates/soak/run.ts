/**
 * The soak gate's one code path, shared by the action and the CLI: read the run (files streamed
 * into the parsers, or Prometheus' query_range), analyse it, compare it with the nights before,
 * store tonight, return the verdict. All I/O comes in through {@link SoakIo}.
 */
import type { HistoryIo } from '../../history/history-io.js';
import { ConfigurationError } from '../../shared/errors.js';
import type { InputSource } from '../../shared/inputs.js';
import type { Logger } from '../../shared/logger.js';
import type { Verdict } from '../../verdict/types.js';
import { analyzeSoak } from './analyze/index.js';
import { soakNightEntry, type SoakNightEntry } from './history.js';
import { parseDurationSeconds, readSoakInputs, type SoakInputs } from './inputs.js';
import { analyzeNights } from './nightly.js';
import { parseTimeArgument, type PrometheusRun, type queryPrometheus } from './prometheus/index.js';
import { readSoakRun } from './read-runs.js';
import type { SoakRun } from './types.js';
import { buildSoakVerdict } from './verdict.js';

/** The I/O the soak gate needs; the action and the CLI each provide one. */
export interface SoakIo {
  logger: Logger;
  /** Paths matching the globs, sorted; throws ConfigurationError when a glob matches nothing. */
  resolveFiles(patterns: readonly string[], inputName: string): Promise<string[]>;
  /** The file's text in chunks (never the whole file at once). */
  openFile(path: string): AsyncIterable<string>;
  /** Prometheus' query_range, when the `prometheus` input is used. */
  queryPrometheus?: typeof queryPrometheus;
  /** Hides a secret from logs (the action's `core.setSecret`). */
  mask?(secret: string): void;
  /** The job's nightly history (data branch or local file), when enabled. */
  history?: HistoryIo<SoakNightEntry>;
  /** Whether tonight is appended to the history (not on pull requests, which only read it). */
  appendHistory: boolean;
  /** The commit under test, for the history and the nightly commit ranges. */
  sha?: string;
  /** Identifies this run in the history (a re-run adds no second night). */
  runId?: string;
  now(): Date;
}

/** Runs the gate from raw inputs. Throws ConfigurationError on unusable input. */
export async function runSoakGate(source: InputSource, io: SoakIo): Promise<Verdict> {
  return runSoak(readSoakInputs(source), io);
}

/** Runs the soak gate. Throws ConfigurationError on unusable input. */
export async function runSoak(inputs: SoakInputs, io: SoakIo): Promise<Verdict> {
  const files = await readFiles(inputs, io);
  const runs: SoakRun[] = files.map((f) => f.run);
  const fromPrometheus = inputs.prometheus ? await readPrometheus(inputs, io) : undefined;
  if (fromPrometheus) runs.push(fromPrometheus);
  const seriesCount = runs.reduce((total, run) => total + run.series.length, 0);
  if (seriesCount === 0) {
    throw new ConfigurationError(
      'The input has no time series to analyse: k6 summaries and Locust _stats.csv/_failures.csv hold end-of-run figures only; give k6 --out json NDJSON, a Locust _stats_history.csv, a timestamp,series,value CSV or JSON, or Prometheus queries.',
    );
  }

  // The analysis reads the series only; a Prometheus run has no file format of SoakFormat's,
  // so each run is handed over as the series it holds.
  const analysis = analyzeSoak(runs, {
    ...(inputs.warmupSeconds === undefined ? {} : { warmupSeconds: inputs.warmupSeconds }),
    growth: inputs.growth,
    slos: inputs.slos,
    alpha: inputs.alpha,
  });

  const stored = io.history ? await readHistory(io.history, inputs.job, io.logger) : [];
  const tonight = soakNightEntry(
    inputs.job,
    io.sha ?? 'unknown',
    io.now().toISOString(),
    analysis,
    io.runId === undefined ? {} : { runId: io.runId },
  );
  const nightly = analyzeNights([...stored, tonight]);

  const verdict = buildSoakVerdict(analysis, nightly, {
    key: inputs.common.key,
    job: inputs.job,
    series: runs.flatMap((run) => run.series),
    inputNotes: [
      ...files.flatMap(({ path, run }) => [
        ...run.notes.map((note) => (note.startsWith(path) ? note : `${path}: ${note}`)),
        ...summaryNotes(run).map((note) => `${path}: ${note}`),
      ]),
      ...(fromPrometheus?.notes ?? []).map((note) => `Prometheus: ${note}`),
    ],
    sources: [
      ...files.map((f) => `${f.path} (${f.run.format})`),
      ...(inputs.prometheus ? [`Prometheus ${inputs.prometheus.url}`] : []),
    ],
  });

  if (io.history && io.appendHistory) {
    if (io.sha === undefined) {
      io.logger.warning(
        'The commit under test is not known; tonight is not stored in the history.',
      );
    } else {
      await appendNight(io.history, tonight, verdict, io.logger);
    }
  }
  return verdict;
}

async function readFiles(
  inputs: SoakInputs,
  io: SoakIo,
): Promise<{ path: string; run: SoakRun }[]> {
  if (inputs.input.length === 0) return [];
  const paths = await io.resolveFiles(inputs.input, 'input');
  const files = [];
  for (const path of paths) {
    const run = await readSoakRun(path, inputs.format, io.openFile(path));
    io.logger.info(
      `${path}: ${run.series.length} series (${run.format}), ${run.series.reduce((n, s) => n + s.points.length, 0)} points`,
    );
    files.push({ path, run });
  }
  return files;
}

/**
 * What an end-of-test summary says that the series do not: k6 thresholds that failed (the
 * export's inverted booleans are already turned round by the parser) and Locust's failures.
 */
export function summaryNotes(run: SoakRun): string[] {
  const summary = run.summary;
  if (summary === undefined) return [];
  switch (summary.kind) {
    case 'k6':
      return summary.metrics.flatMap((metric) =>
        metric.thresholds
          .filter((threshold) => !threshold.passed)
          .map((threshold) => `k6 threshold ${threshold.expression} on ${metric.name} failed`),
      );
    case 'locust': {
      const total = summary.failures.reduce((n, f) => n + f.occurrences, 0);
      const [top] = [...summary.failures].sort((a, b) => b.occurrences - a.occurrences);
      return top === undefined
        ? []
        : [
            `Locust recorded ${total} failures; the most frequent: ${top.method} ${top.name}: ${top.error} (${top.occurrences})`,
          ];
    }
    default: {
      const unreachable: never = summary;
      throw new Error(`unknown summary ${String(unreachable)}`);
    }
  }
}

/** A run as the analysis takes it (`format` is not read there; plain JSON carries series only). */
async function readPrometheus(inputs: SoakInputs, io: SoakIo): Promise<PrometheusRun> {
  const prometheus = inputs.prometheus;
  if (!prometheus) throw new Error('readPrometheus: no prometheus input');
  if (!io.queryPrometheus) {
    throw new ConfigurationError("Input 'prometheus' is not available here.");
  }
  for (const value of Object.values(prometheus.headers)) if (value !== '') io.mask?.(value);
  const now = io.now().getTime() / 1000;
  const from = timeInput('from', prometheus.from, now);
  const to = timeInput('to', prometheus.to, now);
  if (!(from < to)) {
    throw new ConfigurationError(
      `Inputs 'from' and 'to': '${prometheus.from}' is not before '${prometheus.to}'.`,
    );
  }
  const run = await io.queryPrometheus({
    url: prometheus.url,
    queries: prometheus.queries,
    from,
    to,
    ...(prometheus.step === undefined
      ? {}
      : { step: parseDurationSeconds(prometheus.step, "Input 'step'") }),
    headers: prometheus.headers,
  });
  io.logger.info(`Prometheus ${prometheus.url}: ${run.series.length} series`);
  return run;
}

/** A `from`/`to` input as seconds since the epoch, its message naming the input. */
function timeInput(name: string, text: string, now: number): number {
  try {
    return parseTimeArgument(text, now);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      throw new ConfigurationError(`Input '${name}': ${error.message}.`);
    }
    throw error;
  }
}

/** Stored nights of this job; an unreadable history is a warning, never a failed gate. */
async function readHistory(
  history: HistoryIo<SoakNightEntry>,
  job: string,
  logger: Logger,
): Promise<SoakNightEntry[]> {
  try {
    const entries = (await history.read()).filter((entry) => entry.suite === job);
    logger.info(`${history.label}: ${entries.length} stored nights`);
    return entries;
  } catch (error) {
    logger.warning(`Could not read the history (${history.label}): ${(error as Error).message}`);
    return [];
  }
}

async function appendNight(
  history: HistoryIo<SoakNightEntry>,
  tonight: SoakNightEntry,
  verdict: Verdict,
  logger: Logger,
): Promise<void> {
  try {
    await history.append(tonight);
    verdict.notes.push({
      level: 'info',
      text: `Stored tonight's figures in the history (${history.label}).`,
    });
  } catch (error) {
    // The history is a side record: a conflict storm or a missing permission must not fail the run.
    logger.warning(
      `Could not append to the history (${history.label}): ${(error as Error).message}`,
    );
  }
}

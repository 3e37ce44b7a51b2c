/**
 * The bench gate's stored-history mode, push by push, for the replays (bench/replay.ts) and the
 * test that holds the real histories to their targets (test/bench/real-history.test.ts): each
 * push's single values judged against the runs stored before it, as run.ts does with a history
 * and no baseline files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeBench, type BenchAnalysis } from '../src/gates/bench/analyze.js';
import { historyEntry, storedRunValues, type HistoryEntry } from '../src/gates/bench/history.js';
import { defaultAnalysisOptions, type BenchAnalysisOptions } from '../src/gates/bench/options.js';
import { parseBenchFile } from '../src/gates/bench/parse/index.js';
import type { BenchmarkSeries } from '../src/gates/bench/types.js';
import { median } from '../src/stats/index.js';

/** A single value, named and measured like `like` (a real series) or in ns, smaller better. */
export function seriesOf(
  name: string,
  value: number,
  like?: Pick<BenchmarkSeries, 'unit' | 'direction'>,
): BenchmarkSeries {
  return {
    name,
    unit: like?.unit ?? 'ns',
    direction: like?.direction ?? 'smaller-is-better',
    samples: [value],
    kind: 'summary',
    source: { file: 'replay' },
  };
}

/**
 * The gate on push `at` of a list of runs (each a suite of single values): the runs before it
 * are the history (its last `window`), and their medians the baseline.
 */
export function gateOnRuns(
  runs: readonly (readonly BenchmarkSeries[])[],
  at: number,
  options: BenchAnalysisOptions,
  window: number,
): BenchAnalysis {
  const entries: HistoryEntry[] = runs
    .slice(0, at)
    .map((run, r) => historyEntry('replay', `sha${r}`, '2026-01-01T00:00:00Z', run));
  const head = runs[at] ?? [];
  const stored = storedRunValues(entries, head, window);
  const base = head.flatMap((series) => {
    const known = (stored.get(series.name) ?? []).filter((v): v is number => v !== undefined);
    return known.length === 0 ? [] : [seriesOf(series.name, median(known), series)];
  });
  return analyzeBench(base, head, options, {
    storedRuns: { values: stored, source: 'history' },
  });
}

/** What a push ends in, with the given analysis (single values warn or fail, by its options). */
export function outcomes(analysis: BenchAnalysis): {
  failMode: 'fail' | 'warn' | 'pass';
  warnMode: 'warn' | 'pass';
  /** The defaults warn only because the whole suite moved (the runner-shift headline). */
  shiftOnly: boolean;
} {
  const regressed = analysis.comparisons.some((c) => c.verdict === 'regressed');
  const inconclusive = analysis.comparisons.some((c) => c.verdict === 'inconclusive');
  const shift = analysis.offset?.suspectedRunnerShift === true;
  // A proven regression is `regressed` with `fail` and `inconclusive` with `warn` (single-value.ts).
  return {
    failMode: regressed ? 'fail' : inconclusive || shift ? 'warn' : 'pass',
    warnMode: regressed || inconclusive || shift ? 'warn' : 'pass',
    shiftOnly: shift && !regressed && !inconclusive,
  };
}

/** A real history's replay: shares of pushes, from the push with `from` stored runs. */
export interface RealHistoryReplay {
  /** Single values per run (benchmark and metric). */
  values: number;
  pushes: number;
  /** Pushes the defaults (`single-value: warn`) warn on, and fail. */
  defaultWarn: number;
  defaultFail: number;
  /** Pushes that fail with `single-value: fail`. */
  singleValueFail: number;
  /** github-action-benchmark's rule: a value worse than the previous one by 110% and 200%. */
  rule110: number;
  rule200: number;
  /** The judgements that warned, by benchmark name, with the defaults (what to look at). */
  warnedBenchmarks: Map<string, number>;
}

/** The runs of a real history: one result file each, oldest first by name (a README skipped). */
function readRuns(dir: string): BenchmarkSeries[][] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isFile() && !name.startsWith('README'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return parseBenchFile({ path, text: readFileSync(path, 'utf8') }).benchmarks.map((series) =>
        seriesOf(series.name, median(series.samples), series),
      );
    });
}

/**
 * Replays one real history: `dir` holds one result file per run of an unchanged code base
 * (oldest first by file name; a README is skipped). Each benchmark's value of a run is the
 * median of its samples, as the history stores it.
 */
export function replayRealHistory(
  dir: string,
  settings: { from: number; window: number },
): RealHistoryReplay {
  const runs = readRuns(dir);
  const failing: BenchAnalysisOptions = { ...defaultAnalysisOptions, singleValue: 'fail' };
  const replay: RealHistoryReplay = {
    values: runs[0]?.length ?? 0,
    pushes: 0,
    defaultWarn: 0,
    defaultFail: 0,
    singleValueFail: 0,
    rule110: 0,
    rule200: 0,
    warnedBenchmarks: new Map(),
  };
  for (let at = settings.from; at < runs.length; at += 1) {
    replay.pushes += 1;
    const byDefault = gateOnRuns(runs, at, defaultAnalysisOptions, settings.window);
    const defaults = outcomes(byDefault);
    if (defaults.warnMode === 'warn') replay.defaultWarn += 1;
    if (defaults.failMode === 'fail') replay.defaultFail += 1;
    for (const c of byDefault.comparisons) {
      if (c.verdict !== 'inconclusive' && c.verdict !== 'regressed') continue;
      replay.warnedBenchmarks.set(c.name, (replay.warnedBenchmarks.get(c.name) ?? 0) + 1);
    }
    const failMode = outcomes(gateOnRuns(runs, at, failing, settings.window)).failMode;
    if (failMode === 'fail') replay.singleValueFail += 1;
    const previous = new Map((runs[at - 1] ?? []).map((s) => [`${s.name}\u0000${s.unit}`, s]));
    const worseBy = (runs[at] ?? []).flatMap((s) => {
      const now = s.samples[0];
      const then = previous.get(`${s.name}\u0000${s.unit}`)?.samples[0];
      if (now === undefined || then === undefined || !(now > 0 && then > 0)) return [];
      return [s.direction === 'smaller-is-better' ? now / then : then / now];
    });
    if (worseBy.some((r) => r > 1.1)) replay.rule110 += 1;
    if (worseBy.some((r) => r > 2)) replay.rule200 += 1;
  }
  return replay;
}

/**
 * A true change planted in a real history: at every push from `from` on, each benchmark in turn
 * gets its value multiplied by `factor` in its worse direction (the rest of the push as
 * measured); the share of those pushes on which the gate flags it (warns by default), and fails
 * it with `single-value: fail`. At most `perPush` benchmarks a push (spread evenly), to bound
 * the work on large suites.
 */
export function plantedStepPower(
  dir: string,
  settings: { from: number; window: number; factor: number; perPush?: number },
): { trials: number; warned: number; failed: number; medianNoise: number } {
  const runs = readRuns(dir);
  const failing: BenchAnalysisOptions = { ...defaultAnalysisOptions, singleValue: 'fail' };
  let trials = 0;
  let warned = 0;
  let failed = 0;
  const noises: number[] = [];
  for (let at = settings.from; at < runs.length; at += 1) {
    const head = runs[at] ?? [];
    const count = Math.min(settings.perPush ?? head.length, head.length);
    for (let k = 0; k < count; k += 1) {
      const index = Math.floor((k * head.length) / count);
      const target = head[index];
      if (target === undefined) continue;
      const value = target.samples[0] as number;
      const worse =
        target.direction === 'smaller-is-better'
          ? value * settings.factor
          : value / settings.factor;
      const planted = runs.map((run, r) =>
        r === at ? run.map((s, i) => (i === index ? seriesOf(s.name, worse, s) : s)) : run,
      );
      const flag = (options: BenchAnalysisOptions): string | undefined =>
        gateOnRuns(planted, at, options, settings.window).comparisons.find(
          (c) => c.name === target.name && c.unit === target.unit,
        )?.verdict;
      const byDefault = gateOnRuns(planted, at, defaultAnalysisOptions, settings.window);
      const judged = byDefault.comparisons.find(
        (c) => c.name === target.name && c.unit === target.unit,
      );
      if (judged?.historyNoise !== undefined) noises.push(judged.historyNoise);
      trials += 1;
      if (judged?.verdict === 'inconclusive' || judged?.verdict === 'regressed') warned += 1;
      if (flag(failing) === 'regressed') failed += 1;
    }
  }
  return { trials, warned, failed, medianNoise: noises.length > 0 ? median(noises) : Number.NaN };
}

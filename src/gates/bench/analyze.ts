/**
 * The bench decision: per benchmark, the change head/base with its confidence interval and a
 * p-value controlled across the suite, and a verdict. Pure: data in, data out.
 *
 * Every comparison works on log values, where a slowdown factor is a shift. Samples a shared
 * runner made far too slow are left out first (interference never makes code faster); the
 * estimate is then the difference of mean logs (a ratio of geometric means) and the test a
 * moderated t test: each benchmark's noise estimate is moved towards the suite's typical noise
 * by empirical Bayes (limma's squeezeVar, Smyth 2004). With 5 or 10 repetitions a single
 * benchmark's own noise estimate is itself noisy, and a suite of 50 has one whose estimate came
 * out far too small; borrowing strength across the suite fixes both the false alarms that causes
 * and the power lost to a t distribution with few degrees of freedom. When benchmarks really
 * differ in noise, the prior is weak and each keeps its own, and a benchmark whose noise the
 * prior cannot explain (3 of 5 repetitions slowed) is not pooled at all.
 *
 * A benchmark regressed when two claims pass: "it changed" (one-sided moderated t against no
 * change, corrected across the suite) and "the change is beyond the threshold" (the same t
 * against the threshold, corrected among the benchmarks whose estimate lies beyond it; with one
 * such benchmark, the interval's lower end clears the threshold). No p-value goes below the
 * exact permutation floor unless the benchmark's noise is pooled with the suite's.
 *
 * Chosen by simulation (`npm run bench:power`, suites of 50, one benchmark truly changed; rows
 * with 5 repetitions per side, 1,000 suites each, same-job; "before": the floor always applied):
 *
 *   scenario      cv  | false-fail  | fails at +5% | fails at +30%
 *                      | before after| before after | before after
 *   standard      2%  |  0.0   0.0  |  0.0   0.0   |   0.0  100.0
 *   standard      5%  |  0.0   0.0  |  0.0   0.0   |   0.0   99.9
 *   slow state    5%  |  0.0   0.1  |  0.0   0.6   |   0.0   97.8
 *   5% outliers   5%  |  0.0   0.0  |  0.0   0.0   |   0.0   98.5
 *
 * Rejected on the way: the floor kept below 30 pooled degrees of freedom (+30% found in 90% of
 * suites at 2% noise: the prior's degrees of freedom are themselves noisy), and the threshold
 * claim uncorrected (2.5% false failures at 10% noise with the slower CPU state).
 */
import {
  adjustPValues,
  adjustSelectedPValues,
  hodgesLehmannShift,
  loneLevel,
  HUBER_VARIANCE_FACTOR,
  huberLocation,
  MAD_NORMAL_CONSISTENCY,
  median,
  medianAbsoluteDeviation,
  squeezeVariances,
  type SqueezedVariances,
  standardNormalQuantile,
  studentTCumulative,
  studentTQuantile,
  studentTSurvival,
} from '../../stats/index.js';
import { fSurvivalPaulson } from '../../stats/f-survival.js';
import { mean } from 'simple-statistics';
import { compileNamePattern, lookupByPattern } from '../../shared/name-pattern.js';
import type { BenchAnalysisOptions, Correction } from './options.js';
import {
  judgeSingleValues,
  MIN_STORED_RUNS,
  type SingleValueJudgement,
  type SingleValueOffset,
  type SingleValueReference,
} from './single-value.js';
import type { BenchmarkSeries, Direction } from './types.js';
import { runnerSpeedExponent, type RunnerExponent } from './parse/units.js';

/** Outcome for one benchmark. */
export type BenchmarkVerdict = 'regressed' | 'improved' | 'unchanged' | 'inconclusive';

/** What one side of a comparison looked like. */
export interface SideSummary {
  /** Number of samples. */
  n: number;
  /** Median sample, in the series' unit. */
  median: number;
  /** Robust noise: MAD of the log samples (≈ coefficient of variation); absent for n < 2. */
  noise?: number;
  /** Slow outlier samples left out of the test and the interval (see withoutSlowOutliers). */
  excluded: number;
}

/** The comparison of one benchmark. */
export interface BenchmarkComparison {
  name: string;
  unit: string;
  direction: Direction;
  base: SideSummary;
  head: SideSummary;
  /** Estimated head/base ratio, corrected for a runner offset when one was applied. */
  ratio: number;
  /** Confidence interval of the ratio; absent when the data cannot give one. */
  ratioLower?: number;
  ratioUpper?: number;
  /**
   * One-sided moderated-t p-value in the direction of the estimate (worse or better), before
   * and after multiple-comparison control within that direction's family.
   */
  pValue?: number;
  adjustedPValue?: number;
  /** Threshold applied to this benchmark (fraction). */
  threshold: number;
  verdict: BenchmarkVerdict;
  /** `samples`: repetitions on both sides; `single-value`: a summary on at least one side. */
  method: 'samples' | 'single-value';
  /**
   * Smallest true regression (fraction) this comparison fails with 80% power, by the rule that
   * decides its verdict; absent when its noise is nil or no change could pass the correction.
   */
  detectableChange?: number;
  /**
   * Single values judged against stored runs: their run-to-run noise (log-scale standard
   * deviation, ≈ CV), how many stored runs, and the largest change (fraction, worse direction)
   * that noise explains at the suite's corrected level (a change within it is `unchanged`).
   */
  historyNoise?: number;
  historyRuns?: number;
  noiseBound?: number;
  /**
   * For an inconclusive regression: repetitions on each side at which a true change of the
   * estimated size fails with 80% power (absent beyond 1,000: too noisy to gate on).
   */
  repetitionsNeeded?: number;
  /** Why the verdict is what it is, one short sentence. */
  reason: string;
}

/** The suite-wide runner offset estimated for a baseline from another runner. */
export interface RunnerOffset {
  /** Estimated head/base factor shared by the unchanged benchmarks. */
  ratio: number;
  /** Whether comparisons were corrected by it. */
  applied: boolean;
  /** Benchmarks the estimate used. */
  benchmarks: number;
  /**
   * True when almost every benchmark moved by about the same factor, beyond the threshold: more
   * likely a slower or faster runner than a code change.
   */
  suspectedRunnerShift: boolean;
  /**
   * With stored runs: how far their runners moved from run to run (log-scale standard deviation
   * of their offsets), against which a new move is judged.
   */
  runnerNoise?: number;
}

/**
 * What a suite can detect at its typical benchmark (median repetitions on each side, median noise
 * and pooling), by the same rule that decides the verdicts: a note built from it cannot
 * contradict a verdict built by that rule.
 */
export interface SuiteSensitivity {
  /** Typical repetitions tested on each side (they may differ). */
  baseRepetitions: number;
  headRepetitions: number;
  /** Typical log-scale noise the tests used (≈ coefficient of variation). */
  noise: number;
  /** Benchmarks with repetitions: the family the correction runs over. */
  benchmarks: number;
  correction: Correction;
  /** Level a lone regression's p-value must pass (α / benchmarks under Holm or BH). */
  level: number;
  /**
   * Smallest true regression (fraction) that fails with 80% power; Infinity when the p-value
   * floor keeps a lone benchmark from ever passing the correction.
   */
  detectableChange: number;
  /** The change the suite should detect reliably: twice the threshold (fraction). */
  target: number;
  /**
   * Smallest p-value an exact permutation test of the typical repetitions can give, when the
   * typical benchmark's noise is not pooled with the suite's (so the t distribution's tail is not
   * trusted beyond it).
   */
  pValueFloor?: number;
  /** Repetitions on each side at which `target` is detected, when the current ones do not. */
  repetitionsNeeded?: number;
}

/** The whole analysis. */
export interface BenchAnalysis {
  comparisons: BenchmarkComparison[];
  /** Benchmarks only in head. */
  added: string[];
  /** Benchmarks only in base. */
  removed: string[];
  /** Benchmarks left out by the ignore patterns. */
  ignored: string[];
  /**
   * Metrics with a value of zero (or below) that differ between the sides, e.g. 0 → 48 B/op:
   * a ratio cannot measure such a change, so they are listed with their medians, not judged.
   * Metrics that are zero on both sides are compared as unchanged.
   */
  withoutRatio?: { name: string; unit: string; baseMedian: number; headMedian: number }[];
  /** Present when the baseline came from another runner. */
  offset?: RunnerOffset;
  /**
   * How strongly the benchmarks' noise estimates were pooled: the prior degrees of freedom of
   * the empirical-Bayes moderation (0: none, each benchmark kept its own; Infinity: the suite's
   * noise levels agree, so each benchmark used the suite's).
   */
  noisePooling?: {
    priorDf: number;
    benchmarks: number;
    /** Benchmarks whose noise the suite's could not explain: each kept its own. */
    outlying: number;
  };
  /** What the suite can detect: the one source of every note about power and repetitions. */
  sensitivity?: SuiteSensitivity;
  /** Present when single values were judged against stored runs (see single-value.ts). */
  singleValues?: SingleValueSummary;
  /** The options the analysis ran with. */
  options: BenchAnalysisOptions;
}

/** How the suite's single values were judged against stored runs. */
export interface SingleValueSummary {
  /** Where the stored runs came from, e.g. `history` or `baseline files`. */
  source: string;
  /** Benchmarks judged against stored runs (the family of their corrections). */
  benchmarks: number;
  /** Stored runs available (the window). */
  runs: number;
  /** The calibrated reference distribution of a standardized head deviation. */
  reference: SingleValueReference;
  /** The suite-wide runner offset of the head against the stored runs (3 or more benchmarks). */
  offset?: SingleValueOffset;
  /**
   * Typical (median) smallest regression proven with 80% power, and typical noise bound,
   * across the judged benchmarks (fractions).
   */
  detectableChange: number;
  noiseBound: number;
}

interface Pair {
  name: string;
  unit: string;
  direction: Direction;
  /** How the metric moves with the machine's slowness: what a runner offset does to it. */
  exponent: RunnerExponent;
  base: BenchmarkSeries;
  head: BenchmarkSeries;
  logBase: number[];
  logHead: number[];
}

/**
 * Stored runs of the suite (the history of the merge base's ancestry, or several baseline files),
 * against which benchmarks that give one value per run are judged.
 */
export interface StoredRuns {
  /**
   * Per benchmark name, its value in each stored run, oldest first, in the unit of the head's
   * series; `undefined` where a run lacks it. Every array has one length: index j is one run.
   */
  values: ReadonlyMap<string, readonly (number | undefined)[]>;
  /** Where they came from, for the report: e.g. `history` or `baseline files`. */
  source: string;
}

/** What the analysis may know beyond the two suites. */
export interface AnalysisContext {
  /** Stored runs: single values are judged against their distribution (single-value.ts). */
  storedRuns?: StoredRuns;
}

/** Minimum benchmarks with repetitions needed to estimate a runner offset. */
const MIN_BENCHMARKS_FOR_OFFSET = 3;

/**
 * Modified z-score above which a slow sample is left out of the test (stricter than Iglewicz and
 * Hoaglin's 3.5: only interference that far out is certain).
 */
export const SLOW_OUTLIER_SCORE = 4;

/** Advice beyond this many repetitions is not useful: the benchmark is too noisy to gate on. */
const MAX_REPETITIONS_ADVICE = 1000;

/** Power at which detection limits are quoted. */
const QUOTED_POWER = 0.8;

/**
 * Compares head against base.
 * @param base the baseline suite (merged result files)
 * @param head the suite under test
 * @param options validated analysis options
 */
export function analyzeBench(
  base: readonly BenchmarkSeries[],
  head: readonly BenchmarkSeries[],
  options: BenchAnalysisOptions,
  context: AnalysisContext = {},
): BenchAnalysis {
  const ignorePatterns = options.ignore.map(compileNamePattern);
  const isIgnored = (name: string): boolean => ignorePatterns.some((p) => p.test(name));
  const ignored = [...new Set([...base, ...head].map((b) => b.name).filter(isIgnored))].sort();

  const baseByName = new Map(base.filter((b) => !isIgnored(b.name)).map((b) => [b.name, b]));
  const pairs: Pair[] = [];
  const zeroComparisons: BenchmarkComparison[] = [];
  const withoutRatio: NonNullable<BenchAnalysis['withoutRatio']> = [];
  const added: string[] = [];
  const matched = new Set<string>();
  for (const series of head) {
    if (isIgnored(series.name)) continue;
    const baseSeries = baseByName.get(series.name);
    if (!baseSeries || baseSeries.unit !== series.unit) {
      added.push(series.name);
      continue;
    }
    matched.add(series.name);
    const direction = lookupByPattern(options.directions, series.name, series.direction);
    if (![...baseSeries.samples, ...series.samples].every((v) => v > 0)) {
      // Go's `0 allocs/op`, a counter at zero: the log scale the tests work on has no zero.
      const sameMedians = median(baseSeries.samples) === median(series.samples);
      if (sameMedians)
        zeroComparisons.push(unchangedAtZero(baseSeries, series, direction, options));
      else
        withoutRatio.push({
          name: series.name,
          unit: series.unit,
          baseMedian: median(baseSeries.samples),
          headMedian: median(series.samples),
        });
      continue;
    }
    pairs.push({
      name: series.name,
      unit: series.unit,
      direction,
      exponent: runnerSpeedExponent(series.unit, direction),
      base: baseSeries,
      head: series,
      logBase: baseSeries.samples.map(Math.log),
      logHead: series.samples.map(Math.log),
    });
  }
  const removed = [...baseByName.keys()].filter((name) => !matched.has(name));

  const sampled = pairs.filter(hasRepetitions);
  const offset =
    options.baselineFrom === 'other-runner' ? estimateOffset(sampled, options) : undefined;
  const offsetLog = offset?.applied ? Math.log(offset.ratio) : 0;
  const offsetSe = offset?.applied ? offsetStandardError(sampled) : 0;

  // Two passes: a first, rough noise scale per benchmark (its own robust spread, pooled across
  // the suite) decides which samples are far too slow; the second pass pools the noise of what
  // is left. A benchmark's own spread from 5 or 10 samples is too unstable to call a sample an
  // outlier: leaving out clean samples on one side biases that side and makes false alarms.
  const rough = moderateNoise(sampled.map((pair) => prepareSampled(pair, residualScale(pair))));
  const prepared = sampled.map((pair, i) =>
    prepareSampled(pair, Math.sqrt(rough.variances[i] ?? 0)),
  );
  const moderation = moderateNoise(prepared);
  const tested = prepared.map((p, i) =>
    testPair(
      p,
      moderation.variances[i] ?? 0,
      moderation.extraDfs[i] ?? 0,
      p.pair.exponent * offsetLog,
      p.pair.exponent === 0 ? 0 : offsetSe,
      options,
    ),
  );
  // The decision is one-sided: "is head worse?" is its own family, corrected across the suite,
  // and so is "is head better?". Each claim's error rate stays at alpha, and a one-sided test
  // does not spend half its power on the direction the gate does not fail on.
  const adjustedWorse = adjustPValues(
    tested.map((t) => worseOneSided(t)),
    options.correction,
  );
  const adjustedBetter = adjustPValues(
    tested.map((t) => betterOneSided(t)),
    options.correction,
  );
  // "Beyond the threshold" is a claim of its own, tested against the threshold and corrected
  // among the benchmarks whose estimate lies beyond it (see beyondThreshold).
  const worseBeyond = beyondThreshold(tested, 'worse', options);
  const betterBeyond = beyondThreshold(tested, 'better', options);
  const family = tested.length;
  const comparisons: BenchmarkComparison[] = tested.map((t, i) =>
    decideSampled(
      t,
      {
        worse: adjustedWorse[i] ?? 1,
        better: adjustedBetter[i] ?? 1,
        worseBeyond: worseBeyond.adjusted[i] ?? 1,
        betterBeyond: betterBeyond.adjusted[i] ?? 1,
      },
      {
        benchmarks: family,
        worseBeyond: worseBeyond.selected,
        betterBeyond: betterBeyond.selected,
      },
      options,
    ),
  );
  const singles = pairs.filter((pair) => !hasRepetitions(pair));
  const stored = judgeAgainstStoredRuns(singles, context.storedRuns, options);
  for (const pair of singles) {
    comparisons.push(
      stored.comparisons.get(pair.name) ??
        decideSingleValue(
          pair,
          pair.exponent * offsetLog,
          options,
          context.storedRuns !== undefined,
        ),
    );
  }
  // With no repetitions at all, the runner offset is the single values' (against the stored runs).
  const suiteOffset: RunnerOffset | undefined =
    offset ??
    (stored.summary?.offset
      ? {
          ratio: stored.summary.offset.ratio,
          applied: true,
          benchmarks: stored.summary.offset.benchmarks,
          suspectedRunnerShift: stored.summary.offset.suspectedRunnerShift,
          ...(stored.summary.offset.runnerNoise === undefined
            ? {}
            : { runnerNoise: stored.summary.offset.runnerNoise }),
        }
      : undefined);

  comparisons.push(...zeroComparisons);
  return {
    comparisons,
    added,
    removed,
    ignored,
    ...(withoutRatio.length > 0 ? { withoutRatio } : {}),
    ...(suiteOffset ? { offset: suiteOffset } : {}),
    ...(moderation.benchmarks > 0
      ? {
          noisePooling: {
            priorDf: moderation.extraDf,
            benchmarks: moderation.benchmarks,
            outlying: moderation.outlying,
          },
        }
      : {}),
    ...suiteSensitivity(tested, offsetSe, options),
    ...(stored.summary ? { singleValues: stored.summary } : {}),
    options,
  };
}

/**
 * Single values with enough stored runs (single-value.ts MIN_STORED_RUNS), judged against their
 * distribution; the others are left to decideSingleValue.
 */
function judgeAgainstStoredRuns(
  singles: readonly Pair[],
  storedRuns: StoredRuns | undefined,
  options: BenchAnalysisOptions,
): { comparisons: Map<string, BenchmarkComparison>; summary?: SingleValueSummary } {
  const comparisons = new Map<string, BenchmarkComparison>();
  if (!storedRuns || singles.length === 0) return { comparisons };
  const runCount = [...storedRuns.values.values()][0]?.length ?? 0;
  const byName = new Map(singles.map((pair) => [pair.name, pair]));
  const series = singles.flatMap((pair) => {
    const runs = storedRuns.values.get(pair.name);
    const head = median(pair.head.samples);
    if (!runs || runs.length !== runCount || !(head > 0)) return [];
    const spread = headSpread(pair.head);
    return [
      {
        name: pair.name,
        direction: pair.direction,
        threshold: lookupByPattern(options.thresholds, pair.name, options.threshold),
        head,
        ...(spread === undefined ? {} : { headSpread: spread }),
        runs,
        runnerExponent: pair.exponent,
      },
    ];
  });
  const suite = judgeSingleValues(series, options);
  if (suite.judgements.length === 0) return { comparisons };
  for (const j of suite.judgements) {
    const pair = byName.get(j.name);
    if (pair) comparisons.set(j.name, storedComparison(pair, j, options));
  }
  return {
    comparisons,
    summary: {
      source: storedRuns.source,
      benchmarks: suite.judgements.length,
      runs: runCount,
      reference: suite.reference,
      ...(suite.offset ? { offset: suite.offset } : {}),
      detectableChange: medianOfLimits(suite.judgements.map((j) => j.detectableChange)),
      noiseBound: medianOfLimits(suite.judgements.map((j) => j.noiseBound)),
    },
  };
}

/**
 * The within-run spread of a head value, as one standard deviation: the tool's reported spread
 * for a summary, or the standard error of the median of repetitions (1.2533 · MAD / √n).
 */
function headSpread(series: BenchmarkSeries): number | undefined {
  if (series.kind === 'summary') return series.reportedRelativeSpread;
  const logs = series.samples.filter((v) => v > 0).map(Math.log);
  if (logs.length < 2) return undefined;
  return (1.2533 * medianAbsoluteDeviation(logs)) / Math.sqrt(logs.length);
}

/**
 * The median of detection limits, where Infinity (nothing can be detected: noise with tails as
 * heavy as a Cauchy's, measured on a loaded machine) is a value like any other, not an error.
 */
function medianOfLimits(limits: readonly number[]): number {
  const sorted = [...limits].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function storedComparison(
  pair: Pair,
  j: SingleValueJudgement,
  options: BenchAnalysisOptions,
): BenchmarkComparison {
  return {
    name: pair.name,
    unit: pair.unit,
    direction: pair.direction,
    base: { n: j.runs, median: j.center, noise: j.noise, excluded: 0 },
    head: summarize(pair.head, pair.logHead),
    ratio: j.ratio,
    ratioLower: j.ratioLower,
    ratioUpper: j.ratioUpper,
    pValue: j.pValue,
    adjustedPValue: j.adjustedPValue,
    threshold: lookupByPattern(options.thresholds, pair.name, options.threshold),
    verdict: j.verdict,
    method: 'single-value',
    ...(Number.isFinite(j.detectableChange) ? { detectableChange: j.detectableChange } : {}),
    historyNoise: j.noise,
    historyRuns: j.runs,
    noiseBound: j.noiseBound,
    reason: j.reason,
  };
}

/** A metric with the same median on both sides, zero among its values: unchanged, ratio 1. */
function unchangedAtZero(
  base: BenchmarkSeries,
  head: BenchmarkSeries,
  direction: Direction,
  options: BenchAnalysisOptions,
): BenchmarkComparison {
  const side = (series: BenchmarkSeries): SideSummary => ({
    n: series.samples.length,
    median: median(series.samples),
    excluded: 0,
  });
  return {
    name: head.name,
    unit: head.unit,
    direction,
    base: side(base),
    head: side(head),
    ratio: 1,
    threshold: lookupByPattern(options.thresholds, head.name, options.threshold),
    verdict: 'unchanged',
    method: base.samples.length >= 2 && head.samples.length >= 2 ? 'samples' : 'single-value',
    reason: 'the same median on both sides, a value of zero among them',
  };
}

function hasRepetitions(pair: Pair): boolean {
  return (
    pair.base.kind === 'repetitions' &&
    pair.head.kind === 'repetitions' &&
    pair.base.samples.length >= 2 &&
    pair.head.samples.length >= 2
  );
}

/** Robust log-scale noise of one side: MAD of the logs, ≈ the coefficient of variation. */
function logNoise(logs: readonly number[]): number | undefined {
  return logs.length >= 2 ? medianAbsoluteDeviation(logs) : undefined;
}

function summarize(series: BenchmarkSeries, logs: readonly number[], excluded = 0): SideSummary {
  const noise = logNoise(logs);
  return {
    n: series.samples.length,
    median: median(series.samples),
    ...(noise === undefined ? {} : { noise }),
    excluded,
  };
}

/**
 * The suite-wide offset, as the log slowness of the head's machine against the base's: the
 * median of the per-benchmark log shifts, each in the sense its metric moves with the machine
 * (a rate against it). A median ignores the minority of benchmarks that a pull request really
 * changed, so only runner speed remains. Metrics the machine's speed does not move (memory,
 * allocation counts) take no part: a third of a Go `-benchmem` suite, they would hold the
 * median at 0 through a runner change.
 */
function estimateOffset(
  sampled: readonly Pair[],
  options: BenchAnalysisOptions,
): RunnerOffset | undefined {
  const moving = sampled.filter((p) => p.exponent !== 0);
  if (moving.length < MIN_BENCHMARKS_FOR_OFFSET) {
    return moving.length === 0
      ? undefined
      : { ratio: 1, applied: false, benchmarks: moving.length, suspectedRunnerShift: false };
  }
  const shifts = moving.map((p) => p.exponent * hodgesLehmannShift(p.logBase, p.logHead));
  const offsetLog = median(shifts);
  const limit = Math.log1p(options.threshold);
  const near = shifts.filter((s) => Math.abs(s - offsetLog) < limit / 2).length;
  return {
    ratio: Math.exp(offsetLog),
    applied: true,
    benchmarks: moving.length,
    // A suite-wide move that alone would cross the threshold, shared by nearly every benchmark.
    suspectedRunnerShift: Math.abs(offsetLog) > limit && near >= 0.8 * shifts.length,
  };
}

/**
 * Standard error of the offset (a median of k shifts): 1.2533 · spread / √k, the large-sample
 * efficiency of the median under normal noise. It widens every corrected interval.
 */
function offsetStandardError(sampled: readonly Pair[]): number {
  const shifts = sampled
    .filter((p) => p.exponent !== 0)
    .map((p) => p.exponent * (median(p.logHead) - median(p.logBase)));
  return (1.2533 * medianAbsoluteDeviation(shifts)) / Math.sqrt(shifts.length);
}

interface TestedPair {
  pair: Pair;
  /** What the test's power depends on (see detectableLogChange). */
  design: TestDesign;
  /** Log shift head − base after the offset correction, with its interval. */
  shift: number;
  lower: number;
  upper: number;
  /** One-sided p-values: head larger than base, and head smaller. */
  pHeadLarger: number;
  pHeadSmaller: number;
  /** Slow outlier samples left out on each side. */
  excludedBase: number;
  excludedHead: number;
}

/** The one-sided p-value of "head is worse". */
function worseOneSided(t: TestedPair): number {
  return t.pair.direction === 'smaller-is-better' ? t.pHeadLarger : t.pHeadSmaller;
}

/** The one-sided p-value of "head is better". */
function betterOneSided(t: TestedPair): number {
  return t.pair.direction === 'smaller-is-better' ? t.pHeadSmaller : t.pHeadLarger;
}

/** A benchmark with repetitions, slow outliers left out, and its own noise on the log scale. */
interface PreparedPair {
  pair: Pair;
  logBase: readonly number[];
  logHead: readonly number[];
  /** Location of log head − location of log base, before any offset correction. */
  difference: number;
  /** Variance of the location estimate relative to a mean's (Huber's is 1.0526). */
  varianceFactor: number;
  /** Pooled within-side variance of the logs and its degrees of freedom. */
  variance: number;
  df: number;
}

function prepareSampled(pair: Pair, scale: number): PreparedPair {
  const logBase = withoutSlowOutliers(pair.logBase, pair.direction, scale);
  const logHead = withoutSlowOutliers(pair.logHead, pair.direction, scale);
  const meanBase = mean(logBase);
  const meanHead = mean(logHead);
  const squares =
    logBase.reduce((a, v) => a + (v - meanBase) ** 2, 0) +
    logHead.reduce((a, v) => a + (v - meanHead) ** 2, 0);
  const df = logBase.length + logHead.length - 2;
  const robust = scale > 0;
  return {
    pair,
    logBase,
    logHead,
    // Huber's location: a moderately slow repetition that stayed in moves it by at most
    // k·scale/n. Without a scale (constant samples) the means are exact.
    difference: robust
      ? huberLocation(logHead, scale) - huberLocation(logBase, scale)
      : meanHead - meanBase,
    varianceFactor: robust ? HUBER_VARIANCE_FACTOR : 1,
    // Below this, the logs are equal up to floating-point noise (a deterministic counter).
    variance: squares / df > 1e-24 ? squares / df : 0,
    df,
  };
}

/** Fewest noisy benchmarks from which a suite-wide noise prior is estimated. */
const MIN_BENCHMARKS_FOR_POOLING = 3;

/**
 * Upper-tail level below which a benchmark's variance is too large for the suite's prior to
 * explain (see moderateNoise). At 0.001 a suite of 50 benchmarks with equal noise loses the
 * pooling of one benchmark in twenty suites; a benchmark with 3 of 5 repetitions slowed by
 * interference (too many to leave out) is flagged nearly always.
 */
const OUTLYING_VARIANCE_LEVEL = 0.001;

/** Rounds of estimating the prior and flagging outlying variances (they settle in 2 or 3). */
const MAX_ROBUST_ROUNDS = 5;

/** The moderated noise of every prepared benchmark. */
interface ModeratedNoise {
  /** Variance each benchmark is tested with. */
  variances: number[];
  /** Degrees of freedom the prior adds to each benchmark's own (0 when it kept its own). */
  extraDfs: number[];
  /** Prior degrees of freedom of the suite (0: no pooling). */
  extraDf: number;
  /** Benchmarks the prior was estimated from. */
  benchmarks: number;
  /** Benchmarks whose variance the prior could not explain: they kept their own. */
  outlying: number;
}

/**
 * Each benchmark's variance moderated by the suite's (see the module comment), and the degrees
 * of freedom that adds to its t statistic. Benchmarks whose samples are all equal carry no noise
 * information and are left out of the prior.
 *
 * Robust to a benchmark whose variance the prior cannot explain (limma's `robust = TRUE` idea,
 * Phipson et al. 2016, in a simpler form): a variance beyond the prior's upper 0.1% (an F test of
 * sᵢ²/s₀² on dᵢ and d₀ degrees of freedom) is not moved towards the suite's, since moving it
 * would hide exactly the samples that make its comparison doubtful (3 of 5 repetitions slowed by
 * interference); the prior is then estimated again without it.
 */
function moderateNoise(prepared: readonly PreparedPair[]): ModeratedNoise {
  const own: ModeratedNoise = {
    variances: prepared.map((p) => p.variance),
    extraDfs: prepared.map(() => 0),
    extraDf: 0,
    benchmarks: 0,
    outlying: 0,
  };
  const candidates = prepared.filter((p) => p.variance > 0);
  let noisy = candidates;
  let outlying = new Set<PreparedPair>();
  let prior: SqueezedVariances | undefined;
  // An outlying variance also inflates the prior's spread (so d₀ comes out small and flags too
  // little): estimate, flag, and estimate again from the rest until the flags settle.
  for (let round = 0; round < MAX_ROBUST_ROUNDS; round += 1) {
    if (noisy.length < MIN_BENCHMARKS_FOR_POOLING) return own;
    const estimate = squeezeVariances(
      noisy.map((p) => p.variance),
      noisy.map((p) => p.df),
    );
    prior = estimate;
    const flagged = new Set(
      candidates.filter(
        (p) =>
          fSurvivalPaulson(p.variance / estimate.priorVariance, p.df, estimate.priorDf) <
          OUTLYING_VARIANCE_LEVEL,
      ),
    );
    const settled = flagged.size === outlying.size && [...flagged].every((p) => outlying.has(p));
    outlying = flagged;
    if (settled) break;
    noisy = candidates.filter((p) => !flagged.has(p));
  }
  if (!prior || noisy.length < MIN_BENCHMARKS_FOR_POOLING) return own;
  if (noisy.length !== prior.posteriorVariances.length) {
    prior = squeezeVariances(
      noisy.map((p) => p.variance),
      noisy.map((p) => p.df),
    );
  }
  // limma caps the total at the pooled degrees of freedom of the whole suite: a prior estimated
  // from k benchmarks cannot know more than all of them together.
  const totalDf = noisy.reduce((a, p) => a + p.df, 0);
  const extraDf = Math.min(prior.priorDf, totalDf);
  const byPair = new Map(noisy.map((p, i) => [p, prior.posteriorVariances[i] ?? p.variance]));
  return {
    variances: prepared.map((p) => byPair.get(p) ?? p.variance),
    extraDfs: prepared.map((p) => (byPair.has(p) ? extraDf : 0)),
    extraDf,
    benchmarks: noisy.length,
    outlying: outlying.size,
  };
}

function testPair(
  prepared: PreparedPair,
  variance: number,
  extraDf: number,
  offsetLog: number,
  offsetSe: number,
  options: BenchAnalysisOptions,
): TestedPair {
  const { pair, logBase, logHead } = prepared;
  const excluded = {
    excludedBase: pair.logBase.length - logBase.length,
    excludedHead: pair.logHead.length - logHead.length,
  };
  const shift = prepared.difference - offsetLog;
  const design: TestDesign = {
    base: logBase.length,
    head: logHead.length,
    sd: Math.sqrt(variance),
    varianceFactor: prepared.varianceFactor,
    extraDf,
    offsetSe,
  };
  const se = standardError(design);
  if (!(se > 0)) {
    // Every sample equal on each side (a deterministic counter such as allocs/op): the change,
    // if any, is exact.
    return {
      pair,
      design,
      shift,
      lower: shift,
      upper: shift,
      pHeadLarger: shift > 0 ? 0 : 1,
      pHeadSmaller: shift < 0 ? 0 : 1,
      ...excluded,
    };
  }
  const df = degreesOfFreedom(design);
  const halfWidth = studentTQuantile(1 - (1 - options.confidence) / 2, df) * se;
  const t = shift / se;
  const floor = pValueFloor(design) ?? 0;
  return {
    pair,
    design,
    shift,
    lower: shift - halfWidth,
    upper: shift + halfWidth,
    pHeadLarger: Math.max(studentTSurvival(t, df), floor),
    pHeadSmaller: Math.max(studentTCumulative(t, df), floor),
    ...excluded,
  };
}

/**
 * Everything the power of one benchmark's test depends on: the one source of the detection
 * limit, the repetitions advice and the p-value floor, so that no note can contradict a verdict.
 */
interface TestDesign {
  /** Repetitions tested on each side (after slow outliers were left out). */
  base: number;
  head: number;
  /** Log-scale noise (≈ coefficient of variation) the test uses: moderated when pooled. */
  sd: number;
  /** Variance of the location estimate relative to a mean's. */
  varianceFactor: number;
  /** Degrees of freedom the suite's prior adds to the benchmark's own (0: its own noise only). */
  extraDf: number;
  /** Standard error of the runner offset that was corrected for (0 when none). */
  offsetSe: number;
}

function standardError(d: TestDesign): number {
  return Math.sqrt(d.varianceFactor * d.sd ** 2 * (1 / d.base + 1 / d.head) + d.offsetSe ** 2);
}

function degreesOfFreedom(d: TestDesign): number {
  return Math.min(d.base + d.head - 2 + d.extraDf, MAX_DEGREES_OF_FREEDOM);
}

/**
 * The smallest one-sided p-value the test may give: 1 / C(m + n, m), what an exact permutation
 * test of m and n samples can give, for a benchmark whose noise rests on its own samples alone
 * (a suite too small or too varied to pool, or a variance the suite's prior cannot explain); none
 * for one whose noise the suite's prior backs. A t test would claim p = 10⁻⁵ from 5 repetitions
 * per side by trusting the normal tail of its own 10 samples; on shared runners that tail is where
 * interference lives. Pooled, the noise model is checked by every other benchmark of the suite,
 * and the claim that fails a run is tested against the threshold, not against no change.
 *
 * Chosen by simulation (bench/power.ts, n = 5, 200 suites of 50 per row, true +30% in one):
 *
 *   floor applies when              | power at +30%, cv 2% / 5%+slow state / 2%+slow state
 *   total df (own + prior) < 30     |  90% / 62% /   0%
 *   prior df < own df               | 100% / 95% /   0%
 *   not pooled at all (chosen)      | 100% / 98% / 100%
 *
 * with no false failure in any of these rows (the slower CPU state makes the suite's noise
 * levels differ, so the prior is weak, about 2.8 degrees of freedom, yet still the suite's).
 */
function pValueFloor(d: TestDesign): number | undefined {
  if (d.extraDf > 0) return undefined;
  return 1 / binomial(d.base + d.head, Math.min(d.base, d.head));
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i += 1) result = (result * (n - k + i)) / i;
  return result;
}

/** Sizes of the families a benchmark's claims are corrected in. */
interface Families {
  /** Benchmarks with repetitions: the family of "changed" claims. */
  benchmarks: number;
  /** Benchmarks whose estimate lies beyond the threshold, worse and better. */
  worseBeyond: number;
  betterBeyond: number;
}

/**
 * Level of the "beyond the threshold" claim: one end of the reported interval (5% for the
 * default 90% interval), so that a lone benchmark beyond the threshold regresses exactly when its
 * interval's lower end clears the threshold.
 */
function thresholdLevel(options: BenchAnalysisOptions): number {
  return (1 - options.confidence) / 2;
}

/**
 * The one-sided moderated t test of "the change is beyond the threshold" (H0: change ≤ threshold
 * in that direction), corrected among the benchmarks whose estimate lies beyond the threshold.
 *
 * Why among those only: a benchmark whose estimate is within the threshold cannot make the claim,
 * and a null hypothesis of an interval (change ≤ 10%) gives p-values far above uniform for the
 * many benchmarks that did not change at all. Correcting across the whole suite would spend
 * power on them; not correcting makes a suite of 50 at 5 repetitions fail on chance (measured:
 * 2.5% of suites at 10% noise with the slower-CPU-state scenario, against the 1% target). The
 * selection "estimate beyond the threshold" is the conditioning of Ellis, Pecanka and Goeman
 * (2020, "Gaining power in multiple testing of interval hypotheses via conditionalization",
 * Biostatistics 21(2)) at λ = 0.5, without their factor 1/λ: conditionally on selection, a
 * benchmark exactly at the threshold has a p-value uniform on (0, 0.5), so the claim's error rate
 * is at most twice the level for such benchmarks, and far below it for unchanged ones.
 * With one benchmark beyond the threshold this is the reported interval's lower end, as before.
 */
function beyondThreshold(
  tested: readonly TestedPair[],
  direction: 'worse' | 'better',
  options: BenchAnalysisOptions,
): { adjusted: number[]; selected: number } {
  const pValues: (number | undefined)[] = tested.map((t) => {
    const limit = Math.log1p(lookupByPattern(options.thresholds, t.pair.name, options.threshold));
    const worseShift = worse(t.pair.direction, t.shift);
    const estimate = direction === 'worse' ? worseShift : -worseShift;
    if (!(estimate > limit)) return undefined;
    const se = standardError(t.design);
    if (!(se > 0)) return 0;
    const p = studentTSurvival((estimate - limit) / se, degreesOfFreedom(t.design));
    return Math.max(p, pValueFloor(t.design) ?? 0);
  });
  return adjustSelectedPValues(pValues, options.correction);
}

/**
 * The smallest true log change (worse) that a benchmark's test flags as regressed with 80%
 * power, by the rule that decides the verdict: the estimate must pass the corrected test against
 * no change (t(1 − α/k)·se) and the corrected test against the threshold among the `beyond`
 * benchmarks (limit + t(1 − γ/b)·se, γ one end of the interval); 80% power adds t(0.8)·se.
 * Normal theory with the test's own degrees of freedom (bench/power.ts prints it beside the
 * measured power). Infinity when the p-value floor alone keeps the benchmark from passing.
 */
function detectableLogChange(
  design: TestDesign,
  limit: number,
  families: { benchmarks: number; beyond: number },
  options: BenchAnalysisOptions,
): number {
  const level = loneLevel(options.alpha, families.benchmarks, options.correction);
  const beyondLevel = loneLevel(thresholdLevel(options), families.beyond, options.correction);
  const floor = pValueFloor(design);
  if (floor !== undefined && floor >= Math.min(level, beyondLevel)) return Number.POSITIVE_INFINITY;
  const se = standardError(design);
  if (!(se > 0)) return limit;
  const df = degreesOfFreedom(design);
  const critical = Math.max(
    studentTQuantile(1 - level, df) * se,
    limit + studentTQuantile(1 - beyondLevel, df) * se,
  );
  return critical + studentTQuantile(QUOTED_POWER, df) * se;
}

/**
 * Repetitions on each side at which a true log change of `target` fails with 80% power, by the
 * same rule as detectableLogChange (so advice and verdict agree), with the noise as measured;
 * undefined beyond MAX_REPETITIONS_ADVICE. The prior's degrees of freedom stay as they are.
 */
function repetitionsFor(
  design: TestDesign,
  target: number,
  limit: number,
  families: { benchmarks: number; beyond: number },
  options: BenchAnalysisOptions,
): number | undefined {
  const at = (n: number): number =>
    detectableLogChange({ ...design, base: n, head: n }, limit, families, options);
  if (!(at(MAX_REPETITIONS_ADVICE) <= target)) return undefined;
  // The detection limit shrinks as n grows: bisect for the first n that reaches the target.
  let low = 1;
  let high = MAX_REPETITIONS_ADVICE;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (at(middle) <= target) high = middle;
    else low = middle;
  }
  return high;
}

/**
 * What the suite can detect, from its typical benchmark (median repetitions on each side, noise
 * and pooling): the one source of the report's detection-limit note. The benchmarks beyond the
 * threshold beside a lone regression are those an unchanged benchmark's noise puts there.
 */
function suiteSensitivity(
  tested: readonly TestedPair[],
  offsetSe: number,
  options: BenchAnalysisOptions,
): Pick<BenchAnalysis, 'sensitivity'> {
  const noisy = tested.filter((t) => t.design.sd > 0);
  if (noisy.length === 0) return {};
  const benchmarks = tested.length;
  const design: TestDesign = {
    base: Math.round(median(noisy.map((t) => t.design.base))),
    head: Math.round(median(noisy.map((t) => t.design.head))),
    sd: median(noisy.map((t) => t.design.sd)),
    varianceFactor: median(noisy.map((t) => t.design.varianceFactor)),
    extraDf: median(noisy.map((t) => t.design.extraDf)),
    offsetSe,
  };
  const limit = Math.log1p(options.threshold);
  const chance = studentTSurvival(limit / standardError(design), degreesOfFreedom(design));
  const families = {
    benchmarks,
    beyond: 1 + Math.round((benchmarks - 1) * chance),
  };
  const detectable = detectableLogChange(design, limit, families, options);
  const target = Math.log1p(SENSITIVITY_TARGET * options.threshold);
  const floor = pValueFloor(design);
  const needed =
    detectable > target ? repetitionsFor(design, target, limit, families, options) : undefined;
  return {
    sensitivity: {
      baseRepetitions: design.base,
      headRepetitions: design.head,
      noise: design.sd,
      benchmarks,
      correction: options.correction,
      level: loneLevel(options.alpha, benchmarks, options.correction),
      detectableChange: Math.expm1(detectable),
      target: SENSITIVITY_TARGET * options.threshold,
      ...(floor === undefined ? {} : { pValueFloor: floor }),
      ...(needed === undefined ? {} : { repetitionsNeeded: needed }),
    },
  };
}

/**
 * A suite detects "reliably" when a regression of twice its threshold fails with 80% power: the
 * acceptance targets (bench/power.ts) ask 95% for +20% at a 10% threshold with 10 repetitions.
 */
const SENSITIVITY_TARGET = 2;

/** Beyond this a t distribution is a normal one; it keeps `Infinity` out of the quantile. */
const MAX_DEGREES_OF_FREEDOM = 1e6;

/**
 * The log samples without the slow outliers (modified z-score above 3.5): on a shared runner a
 * sample is made slow by interference (another process, a page fault storm), never fast, so a
 * far-too-slow sample says nothing about the code. Excluded only while most samples remain.
 */
function withoutSlowOutliers(
  logs: readonly number[],
  direction: Direction,
  scale: number,
): readonly number[] {
  if (logs.length < 4 || !(scale > 0)) return logs;
  const center = median(logs);
  // Slow is high for times, low for throughputs.
  const sign = direction === 'smaller-is-better' ? 1 : -1;
  const kept = logs.filter((v) => (sign * (v - center)) / scale <= SLOW_OUTLIER_SCORE);
  return kept.length >= Math.ceil(logs.length / 2) ? kept : logs;
}

/**
 * Normal-consistent MAD of both sides' residuals from their own medians: one noise scale per
 * benchmark, from twice the samples a side has, so a clean sample is rarely mistaken for an
 * outlier because one side's spread came out small.
 */
function residualScale(pair: Pair): number {
  const residuals = [pair.logBase, pair.logHead].flatMap((side) => {
    const center = median(side);
    return side.map((v) => v - center);
  });
  return MAD_NORMAL_CONSISTENCY * median(residuals.map(Math.abs));
}

/** Two-sided normal quantile for a confidence level, e.g. 1.96 for 0.95. */
function normalQuantileForLevel(level: number): number {
  return standardNormalQuantile(1 - (1 - level) / 2);
}

/** Orients a log shift so that positive means worse. */
function worse(direction: Direction, logShift: number): number {
  return direction === 'smaller-is-better' ? logShift : -logShift;
}

/** A benchmark's corrected p-values: against no change, and against the threshold. */
interface AdjustedPValues {
  worse: number;
  better: number;
  /** 1 unless the estimate lies beyond the threshold in that direction. */
  worseBeyond: number;
  betterBeyond: number;
}

function decideSampled(
  tested: TestedPair,
  adjusted: AdjustedPValues,
  families: Families,
  options: BenchAnalysisOptions,
): BenchmarkComparison {
  const adjustedWorse = adjusted.worse;
  const adjustedBetter = adjusted.better;
  const family = families.benchmarks;
  const { pair } = tested;
  const threshold = lookupByPattern(options.thresholds, pair.name, options.threshold);
  const limit = Math.log1p(threshold);
  const estimate = worse(pair.direction, tested.shift);
  const [lowWorse, highWorse] = [tested.lower, tested.upper]
    .map((v) => worse(pair.direction, v))
    .sort((a, b) => a - b) as [number, number];
  const significant = adjustedWorse < options.alpha;
  const significantlyBetter = adjustedBetter < options.alpha;
  const level = thresholdLevel(options);
  const beyond = adjusted.worseBeyond < level;
  const beyondBetter = adjusted.betterBeyond < level;
  // Reported: the one-sided test in the direction of the estimate.
  const towardsWorse = estimate >= 0;
  const pValue = towardsWorse ? worseOneSided(tested) : betterOneSided(tested);
  const adjustedPValue = towardsWorse ? adjustedWorse : adjustedBetter;
  const base = summarize(pair.base, pair.logBase, tested.excludedBase);
  const head = summarize(pair.head, pair.logHead, tested.excludedHead);
  const corrected =
    options.correction === 'none'
      ? ''
      : ` after ${options.correction === 'holm' ? "Holm's" : 'the Benjamini–Hochberg'} correction across ${family} benchmarks`;

  let verdict: BenchmarkVerdict;
  let reason: string;
  let repetitionsNeeded: number | undefined;
  if (significant && beyond) {
    verdict = 'regressed';
    reason = 'the whole interval lies beyond the threshold and the change is significant';
  } else if (significantlyBetter && beyondBetter) {
    verdict = 'improved';
    reason = 'the whole interval lies beyond the threshold in the better direction';
  } else if (estimate > limit) {
    verdict = 'inconclusive';
    reason =
      lowWorse <= limit
        ? significant
          ? 'the change is real but its interval reaches below the threshold'
          : 'the estimate is beyond the threshold but not significant at this noise'
        : !significant
          ? `the interval lies beyond the threshold, but the change is not significant${corrected}`
          : `the interval lies beyond the threshold, but not by enough for ${families.worseBeyond} benchmarks beyond it at once`;
    repetitionsNeeded = repetitionsFor(
      tested.design,
      estimate,
      limit,
      { benchmarks: family, beyond: families.worseBeyond },
      options,
    );
  } else if (highWorse < -limit) {
    // An interval wholly beyond the threshold is never called unchanged: with many benchmarks
    // the corrected test can ask for more than the interval shows.
    verdict = 'inconclusive';
    reason = `faster beyond the threshold by its interval, but not significant${corrected}`;
  } else {
    verdict = 'unchanged';
    reason =
      significant || significantlyBetter
        ? 'a real change, within the threshold'
        : 'no change beyond the noise';
  }
  const detectable = Math.expm1(
    detectableLogChange(
      tested.design,
      limit,
      { benchmarks: family, beyond: Math.max(families.worseBeyond, 1) },
      options,
    ),
  );
  return {
    name: pair.name,
    unit: pair.unit,
    direction: pair.direction,
    base,
    head,
    ratio: Math.exp(tested.shift),
    ratioLower: Math.exp(tested.lower),
    ratioUpper: Math.exp(tested.upper),
    pValue,
    adjustedPValue,
    threshold,
    verdict,
    method: 'samples',
    ...(tested.design.sd > 0 && Number.isFinite(detectable)
      ? { detectableChange: detectable }
      : {}),
    ...(repetitionsNeeded === undefined ? {} : { repetitionsNeeded }),
    reason,
  };
}

/**
 * A benchmark with one value on a side and too few stored runs to measure its run-to-run noise
 * (fewer than single-value.ts MIN_STORED_RUNS): the ratio of the values, and an interval only
 * when the tool reported its spread on both sides. Such data cannot support a verdict on shared
 * runners, so by default a change beyond the threshold is inconclusive (warn), never regressed;
 * `single-value: fail` lets it fail beyond the threshold and the reported spread, which is a
 * within-run spread and understates the run-to-run noise (the reason says so). When stored runs
 * exist but too few of them have this benchmark (a history just started), it warns at most
 * whatever `single-value` says: the stored runs are the baseline, and a handful of them cannot
 * prove anything.
 */
function decideSingleValue(
  pair: Pair,
  offsetLog: number,
  options: BenchAnalysisOptions,
  fewStoredRuns: boolean,
): BenchmarkComparison {
  const threshold = lookupByPattern(options.thresholds, pair.name, options.threshold);
  const limit = Math.log1p(threshold);
  const shift = median(pair.logHead) - median(pair.logBase) - offsetLog;
  const estimate = worse(pair.direction, shift);
  const spreads = [pair.base.reportedRelativeSpread, pair.head.reportedRelativeSpread];
  const known = spreads.every((s) => s !== undefined);
  const z = normalQuantileForLevel(options.confidence);
  // A reported ± spread is treated as one standard deviation of the value: the usual meaning
  // for libtest's "+/-" and benchmark.js's "±" (the latter is a relative margin of error, so this
  // is conservative).
  const halfWidth = known ? z * Math.hypot(spreads[0] ?? 0, spreads[1] ?? 0) : undefined;
  const noStoredRuns = `fewer than ${MIN_STORED_RUNS} stored runs to measure its run-to-run noise`;
  let verdict: BenchmarkVerdict = 'unchanged';
  let reason = 'a single value within the threshold';
  if (estimate > limit) {
    const beyondSpread = halfWidth === undefined || estimate - halfWidth > limit;
    if (options.singleValue === 'fail' && beyondSpread && !fewStoredRuns) {
      verdict = 'regressed';
      reason =
        halfWidth === undefined
          ? `a single value beyond the threshold, with no reported spread and ${noStoredRuns} (single-value: fail)`
          : `a single value beyond the threshold and its reported within-run spread, with ${noStoredRuns} (single-value: fail)`;
    } else {
      verdict = 'inconclusive';
      reason = !beyondSpread
        ? 'a single value beyond the threshold, but within its reported spread'
        : `a single value beyond the threshold, with ${noStoredRuns}: it cannot tell a change from runner noise${fewStoredRuns && options.singleValue === 'fail' ? ', so it does not fail' : ''}`;
    }
  } else if (-estimate > limit && halfWidth !== undefined && -estimate - halfWidth > limit) {
    verdict = 'improved';
    reason = 'a single value, better beyond the threshold and its reported within-run spread';
  } else if (-estimate > limit) {
    reason = 'a single value better beyond the threshold, not shown beyond its noise';
  }
  return {
    name: pair.name,
    unit: pair.unit,
    direction: pair.direction,
    base: summarize(pair.base, pair.logBase),
    head: summarize(pair.head, pair.logHead),
    ratio: Math.exp(shift),
    ...(halfWidth === undefined
      ? {}
      : { ratioLower: Math.exp(shift - halfWidth), ratioUpper: Math.exp(shift + halfWidth) }),
    threshold,
    verdict,
    method: 'single-value',
    reason,
  };
}

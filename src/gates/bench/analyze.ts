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
 * differ in noise, the prior is weak and each keeps its own.
 */
import {
  benjaminiHochberg,
  detectableChange,
  hodgesLehmannShift,
  holm,
  HUBER_VARIANCE_FACTOR,
  huberLocation,
  MAD_NORMAL_CONSISTENCY,
  median,
  medianAbsoluteDeviation,
  squeezeVariances,
  standardNormalQuantile,
  studentTCumulative,
  studentTQuantile,
  studentTSurvival,
} from '../../stats/index.js';
import { mean } from 'simple-statistics';
import { compileNamePattern, lookupByPattern } from '../../shared/name-pattern.js';
import type { BenchAnalysisOptions } from './options.js';
import type { BenchmarkSeries, Direction } from './types.js';

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
  /** Smallest change this comparison could reliably detect at its n and noise. */
  detectableChange?: number;
  /** Single values: the run-to-run noise from the stored history that judged them. */
  historyNoise?: number;
  /** For inconclusive results: repetitions per side that would settle the question. */
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
  /** Present when the baseline came from another runner. */
  offset?: RunnerOffset;
  /**
   * How strongly the benchmarks' noise estimates were pooled: the prior degrees of freedom of
   * the empirical-Bayes moderation (0: none, each benchmark kept its own; Infinity: the suite's
   * noise levels agree, so each benchmark used the suite's).
   */
  noisePooling?: { priorDf: number; benchmarks: number };
  /**
   * Present when the repetitions are too few for any benchmark to pass the multiple-comparison
   * control (see permutationFloor): the smallest repetitions per side that can.
   */
  minimumRepetitions?: { current: number; needed: number };
  /**
   * The smallest change the suite reliably detects (80% power) at its typical repetitions and
   * noise (medians over the benchmarks with repetitions).
   */
  detectionLimit?: { n: number; noise: number; change: number };
  /** The options the analysis ran with. */
  options: BenchAnalysisOptions;
}

interface Pair {
  name: string;
  unit: string;
  direction: Direction;
  base: BenchmarkSeries;
  head: BenchmarkSeries;
  logBase: number[];
  logHead: number[];
}

/** What the analysis may know beyond the two suites. */
export interface AnalysisContext {
  /**
   * Run-to-run noise (≈ CV) per benchmark name, from the stored history: it lets benchmarks that
   * give one value per run be judged against their real noise.
   */
  historyNoise?: ReadonlyMap<string, number>;
}

/** Minimum benchmarks with repetitions needed to estimate a runner offset. */
const MIN_BENCHMARKS_FOR_OFFSET = 3;

/** Modified z-score above which a slow sample is left out of the test (Iglewicz and Hoaglin's 3.5). */
const SLOW_OUTLIER_SCORE = 4;

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
    pairs.push({
      name: series.name,
      unit: series.unit,
      direction: lookupByPattern(options.directions, series.name, series.direction),
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
    testPair(p, moderation.variances[i] ?? 0, moderation.extraDf, offsetLog, offsetSe, options),
  );
  // The decision is one-sided: "is head worse?" is its own family, corrected across the suite,
  // and so is "is head better?". Each claim's error rate stays at alpha, and a one-sided test
  // does not spend half its power on the direction the gate does not fail on.
  const adjustedWorse = adjustPValues(
    tested.map((t) => worseOneSided(t)),
    options,
  );
  const adjustedBetter = adjustPValues(
    tested.map((t) => betterOneSided(t)),
    options,
  );
  const comparisons: BenchmarkComparison[] = tested.map((t, i) =>
    decideSampled(t, adjustedWorse[i] ?? 1, adjustedBetter[i] ?? 1, options),
  );
  for (const pair of pairs) {
    if (!hasRepetitions(pair)) {
      comparisons.push(
        decideSingleValue(pair, offsetLog, options, context.historyNoise?.get(pair.name)),
      );
    }
  }

  return {
    comparisons,
    added,
    removed,
    ignored,
    ...(offset ? { offset } : {}),
    ...(moderation.benchmarks > 0
      ? { noisePooling: { priorDf: moderation.extraDf, benchmarks: moderation.benchmarks } }
      : {}),
    ...minimumRepetitionsNote(sampled, options),
    ...suiteDetectionLimit(comparisons, options),
    options,
  };
}

function suiteDetectionLimit(
  comparisons: readonly BenchmarkComparison[],
  options: BenchAnalysisOptions,
): Pick<BenchAnalysis, 'detectionLimit'> {
  const sampled = comparisons.filter((c) => c.method === 'samples');
  if (sampled.length === 0) return {};
  const n = Math.round(median(sampled.map((c) => Math.min(c.base.n, c.head.n))));
  const noise = median(
    sampled.map((c) => Math.sqrt(((c.base.noise ?? 0) ** 2 + (c.head.noise ?? 0) ** 2) / 2)),
  );
  if (!(noise > 0) || n < 2) return {};
  const change = detectableChange({
    n,
    cv: noise,
    alpha: 1 - options.confidence,
    power: QUOTED_POWER,
  });
  return { detectionLimit: { n, noise, change } };
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
 * The suite-wide offset: the median of the per-benchmark log shifts. A median ignores the
 * minority of benchmarks that a pull request really changed, so only runner speed remains.
 */
function estimateOffset(
  sampled: readonly Pair[],
  options: BenchAnalysisOptions,
): RunnerOffset | undefined {
  if (sampled.length < MIN_BENCHMARKS_FOR_OFFSET) {
    return sampled.length === 0
      ? undefined
      : { ratio: 1, applied: false, benchmarks: sampled.length, suspectedRunnerShift: false };
  }
  const shifts = sampled.map((p) => hodgesLehmannShift(p.logBase, p.logHead));
  const offsetLog = median(shifts);
  const limit = Math.log1p(options.threshold);
  const near = shifts.filter((s) => Math.abs(s - offsetLog) < limit / 2).length;
  return {
    ratio: Math.exp(offsetLog),
    applied: true,
    benchmarks: sampled.length,
    // A suite-wide move that alone would cross the threshold, shared by nearly every benchmark.
    suspectedRunnerShift: Math.abs(offsetLog) > limit && near >= 0.8 * shifts.length,
  };
}

/**
 * Standard error of the offset (a median of k shifts): 1.2533 · spread / √k, the large-sample
 * efficiency of the median under normal noise. It widens every corrected interval.
 */
function offsetStandardError(sampled: readonly Pair[]): number {
  const shifts = sampled.map((p) => median(p.logHead) - median(p.logBase));
  return (1.2533 * medianAbsoluteDeviation(shifts)) / Math.sqrt(shifts.length);
}

interface TestedPair {
  pair: Pair;
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
 * Each benchmark's variance moderated by the suite's (see the module comment), and the degrees
 * of freedom that adds to its t statistic. Benchmarks whose samples are all equal carry no noise
 * information and are left out of the prior.
 */
function moderateNoise(prepared: readonly PreparedPair[]): {
  variances: number[];
  extraDf: number;
  benchmarks: number;
} {
  const noisy = prepared.filter((p) => p.variance > 0);
  const own = { variances: prepared.map((p) => p.variance), extraDf: 0, benchmarks: 0 };
  if (noisy.length < MIN_BENCHMARKS_FOR_POOLING) return own;
  const squeezed = squeezeVariances(
    noisy.map((p) => p.variance),
    noisy.map((p) => p.df),
  );
  // limma caps the total at the pooled degrees of freedom of the whole suite: a prior estimated
  // from k benchmarks cannot know more than all of them together.
  const totalDf = noisy.reduce((a, p) => a + p.df, 0);
  const extraDf = Math.min(squeezed.priorDf, totalDf);
  const byPair = new Map(noisy.map((p, i) => [p, squeezed.posteriorVariances[i] ?? p.variance]));
  return {
    variances: prepared.map((p) => byPair.get(p) ?? 0),
    extraDf,
    benchmarks: noisy.length,
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
  // The offset is itself an estimate: its uncertainty adds to the comparison's.
  const se = Math.sqrt(
    prepared.varianceFactor * variance * (1 / logBase.length + 1 / logHead.length) + offsetSe ** 2,
  );
  if (!(se > 0)) {
    // Every sample equal on each side (a deterministic counter such as allocs/op): the change,
    // if any, is exact.
    return {
      pair,
      shift,
      lower: shift,
      upper: shift,
      pHeadLarger: shift > 0 ? 0 : 1,
      pHeadSmaller: shift < 0 ? 0 : 1,
      ...excluded,
    };
  }
  const df = Math.min(prepared.df + extraDf, MAX_DEGREES_OF_FREEDOM);
  const halfWidth = studentTQuantile(1 - (1 - options.confidence) / 2, df) * se;
  const t = shift / se;
  const floor = permutationFloor(logBase.length, logHead.length);
  return {
    pair,
    shift,
    lower: shift - halfWidth,
    upper: shift + halfWidth,
    pHeadLarger: Math.max(studentTSurvival(t, df), floor),
    pHeadSmaller: Math.max(studentTCumulative(t, df), floor),
    ...excluded,
  };
}

/**
 * The smallest one-sided p-value an exact permutation test can give with m and n samples:
 * 1 / C(m + n, m). A t test would claim p = 10⁻⁵ from 5 repetitions per side by trusting the
 * normal tail of the noise far beyond what 10 samples can show; on shared runners that tail is
 * where interference lives. No p-value goes below what the data alone could support.
 */
function permutationFloor(m: number, n: number): number {
  return 1 / binomial(m + n, Math.min(m, n));
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i += 1) result = (result * (n - k + i)) / i;
  return result;
}

/**
 * When even the permutation floor cannot pass the multiple-comparison control, no benchmark can
 * be significant, and the user should hear so instead of seeing a gate that never fires.
 */
function minimumRepetitionsNote(
  sampled: readonly Pair[],
  options: BenchAnalysisOptions,
): Pick<BenchAnalysis, 'minimumRepetitions'> {
  if (sampled.length === 0 || options.correction === 'none') return {};
  // A loop, not Math.min(...array): a suite of 300,000 benchmarks overflows the call stack.
  const n = sampled.reduce(
    (least, p) => Math.min(least, p.base.samples.length, p.head.samples.length),
    Infinity,
  );
  const needed = options.alpha / sampled.length;
  if (permutationFloor(n, n) < needed) return {};
  let k = n;
  while (permutationFloor(k, k) >= needed && k < 1000) k += 1;
  return { minimumRepetitions: { current: n, needed: k } };
}

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

function adjustPValues(pValues: readonly number[], options: BenchAnalysisOptions): number[] {
  if (pValues.length === 0) return [];
  switch (options.correction) {
    case 'holm':
      return holm(pValues);
    case 'bh':
      return benjaminiHochberg(pValues);
    case 'none':
      return [...pValues];
    default: {
      const unreachable: never = options.correction;
      throw new Error(`unknown correction ${String(unreachable)}`);
    }
  }
}

/** Orients a log shift so that positive means worse. */
function worse(direction: Direction, logShift: number): number {
  return direction === 'smaller-is-better' ? logShift : -logShift;
}

function decideSampled(
  tested: TestedPair,
  adjustedWorse: number,
  adjustedBetter: number,
  options: BenchAnalysisOptions,
): BenchmarkComparison {
  const { pair } = tested;
  const threshold = lookupByPattern(options.thresholds, pair.name, options.threshold);
  const limit = Math.log1p(threshold);
  const estimate = worse(pair.direction, tested.shift);
  const [lowWorse, highWorse] = [tested.lower, tested.upper]
    .map((v) => worse(pair.direction, v))
    .sort((a, b) => a - b) as [number, number];
  const significant = adjustedWorse < options.alpha;
  const significantlyBetter = adjustedBetter < options.alpha;
  // Reported: the one-sided test in the direction of the estimate.
  const towardsWorse = estimate >= 0;
  const pValue = towardsWorse ? worseOneSided(tested) : betterOneSided(tested);
  const adjustedPValue = towardsWorse ? adjustedWorse : adjustedBetter;
  const base = summarize(pair.base, pair.logBase, tested.excludedBase);
  const head = summarize(pair.head, pair.logHead, tested.excludedHead);
  const noise = Math.sqrt(((base.noise ?? 0) ** 2 + (head.noise ?? 0) ** 2) / 2);
  const n = Math.min(base.n, head.n);

  let verdict: BenchmarkVerdict;
  let reason: string;
  let repetitionsNeeded: number | undefined;
  if (significant && lowWorse > limit) {
    verdict = 'regressed';
    reason = 'the whole interval lies beyond the threshold and the change is significant';
  } else if (significantlyBetter && highWorse < -limit) {
    verdict = 'improved';
    reason = 'the whole interval lies beyond the threshold in the better direction';
  } else if (estimate > limit) {
    verdict = 'inconclusive';
    reason = significant
      ? 'the change is real but its interval straddles the threshold'
      : 'the estimate is beyond the threshold but not significant at this noise';
    repetitionsNeeded = repetitionsToSettle(n, estimate, lowWorse, limit);
  } else {
    verdict = 'unchanged';
    reason =
      significant || significantlyBetter
        ? 'a real change, within the threshold'
        : 'no change beyond the noise';
  }
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
    ...(noise > 0
      ? {
          detectableChange: detectableChange({
            n,
            cv: noise,
            alpha: 1 - options.confidence,
            power: QUOTED_POWER,
          }),
        }
      : {}),
    ...(repetitionsNeeded === undefined ? {} : { repetitionsNeeded }),
    reason,
  };
}

/**
 * Repetitions per side for the interval to clear the threshold, if the estimate stays where it
 * is: an interval's half-width shrinks as 1/√n, so the observed half-width is scaled until the
 * lower bound passes the threshold. Scaling what the user sees keeps the advice consistent with
 * the reported interval (a noise estimate from 5 samples would not be).
 */
function repetitionsToSettle(
  n: number,
  estimate: number,
  lower: number,
  limit: number,
): number | undefined {
  const halfWidth = estimate - lower;
  const room = estimate - limit;
  if (!(halfWidth > 0 && room > 0)) return undefined;
  return Math.min(MAX_REPETITIONS_ADVICE, Math.ceil(n * (halfWidth / room) ** 2));
}

/**
 * A benchmark with one value on a side: the ratio of the values, and an interval only when the
 * tool reported its spread. Such data cannot support a verdict on shared runners, so by default
 * a change beyond the threshold is inconclusive (warn), never regressed.
 */
function decideSingleValue(
  pair: Pair,
  offsetLog: number,
  options: BenchAnalysisOptions,
  historyNoise: number | undefined,
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
  // Without a reported spread, the run-to-run noise of the stored history stands in: the
  // difference of two single values carries it twice.
  const halfWidth = known
    ? z * Math.hypot(spreads[0] ?? 0, spreads[1] ?? 0)
    : historyNoise !== undefined
      ? z * Math.SQRT2 * historyNoise
      : undefined;
  let verdict: BenchmarkVerdict = 'unchanged';
  let reason = 'no change beyond the threshold';
  if (estimate > limit) {
    const beyondNoise = halfWidth === undefined || estimate - halfWidth > limit;
    verdict = options.singleValue === 'fail' && beyondNoise ? 'regressed' : 'inconclusive';
    reason =
      verdict === 'regressed'
        ? 'single values, beyond the threshold and the reported noise (single-value: fail)'
        : 'single values cannot tell a change from runner noise; add repetitions';
  } else if (-estimate > limit && halfWidth !== undefined && -estimate - halfWidth > limit) {
    verdict = 'improved';
    reason = 'single values, beyond the threshold and the reported noise';
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
    ...(historyNoise !== undefined && !known ? { historyNoise } : {}),
    reason,
  };
}

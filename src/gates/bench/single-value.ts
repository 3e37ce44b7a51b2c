/**
 * Judges benchmarks that give one value per run (a summary: criterion's mean, benchmark.js's
 * ops/s, or the median of a run) against the stored runs of the same benchmark: the history of
 * the merge base's ancestry, or several baseline files, one run each. Pure: data in, data out.
 *
 * One value cannot show its own noise; the stored runs can. The run-to-run noise of a benchmark on
 * shared runners is several times the within-run spread a tool reports (criterion's ±,
 * benchmark.js's margin of error), so the reported spread is only a lower bound here. Per
 * benchmark, on log values:
 *
 * 1. A suite-wide offset per run: the runner of a run moves every benchmark alike (a faster or
 *    slower machine, a runner image change). Each stored run and the head are corrected by the
 *    weighted median of their benchmarks' deviations from the benchmarks' centres (weights
 *    1/noise², capped so that no benchmark carries it alone), when 3 or more take part. A runner
 *    change therefore does not flood the suite with alarms, and the history's spread is that of
 *    the benchmark itself, not of the runners'. Only metrics that move with the machine's speed
 *    take part, each in its own sense (`runnerExponent`: a time moves with it, a rate against
 *    it); memory and allocation counts are left as measured: Go's B/op and allocs/op, a third of
 *    a `-benchmem` suite, would otherwise hold the offset at 0 through a runner change, or be
 *    "corrected" by it into changes they never had.
 * 2. Location and scale of the stored runs: their centre (below) and standard deviation (see
 *    spreadOf). The head's deviation is standardized by the predictive scale sd·√(1 + 1/m), the
 *    noise never taken below the within-run spread reported for the head.
 * 3. The distribution of that standardized deviation under "no change" is not assumed normal:
 *    its tails are heavy on some runners (a run twice as slow now and then), and a scale from 10
 *    runs is itself uncertain. Both are measured on the suite's own history: every stored run of
 *    every benchmark is standardized against the other runs of its benchmark (leave one out).
 *    Under normal noise such a residual, from the mean and standard deviation of k others, is
 *    exactly Student t with k − 1 degrees of freedom: the textbook prediction interval. A
 *    likelihood-ratio test of their shape and a test of the largest of them (src/stats/
 *    student-t-tail-test.ts) ask whether the residuals are heavier than that; if not, the head is judged by the textbook t with m − 1 degrees of
 *    freedom from the mean of its m stored runs, the most any method gets from m normal runs.
 *    If they are, the centre is the median (a stored run twice as slow does not move it) and a
 *    Student t, location 0, scale and degrees of freedom free, is fitted to the median-based
 *    residuals by maximum likelihood (src/stats/student-t-scale-fit.ts). Fitting under normal
 *    noise too cost 10 points of power to find a +30% step at 10 runs (59% against 68.5%, with
 *    false warnings at 3.7% against 4.3% of pushes; bench/replay.ts): a fit from a few hundred
 *    residuals scatters (ν from 5 to 17 between suites), and a low ν widens every interval.
 *    With fewer than 100 residuals neither is trusted, and a t with 3 degrees of freedom (the
 *    heavy tails real histories show) stands in, centred on the median.
 * 4. One-sided tests in each direction, each a family across the suite's single values: "changed"
 *    (H0: no change, corrected across all of them by the suite's `correction`) and "beyond the
 *    threshold" (H0: change ≤ threshold, corrected among those whose estimate lies beyond it, at
 *    one end of the confidence level, as the samples path does; see analyze.ts `beyondThreshold`).
 *
 * Outcomes: "beyond the noise" is the "changed" claim at α; "proven" is both claims at a fifth
 * of their levels (PROOF_FACTOR). A proven regression is `regressed` with `single-value: fail`
 * and `inconclusive` (a warning) by default; a change beyond the threshold and the noise but not
 * proven is `inconclusive`; anything else is `unchanged`. Improvements are the mirror image,
 * except that an unproven improvement is `unchanged` (it never warns).
 *
 * Why proof asks five times the evidence: for a noisy benchmark (30% run to run) the threshold
 * is a small part of the noise, so "beyond the threshold" adds little to "changed", and a suite
 * of single values would fail up to α = 5% of unchanged pushes even with a perfectly calibrated
 * reference (measured: 4.5% with t(3) noise). A failed build on a single number should be rarer
 * than a warning: at α/5 it is at most 1% of unchanged pushes when the model holds.
 */
import {
  adjustPValues,
  adjustSelectedPValues,
  loneLevel,
  median,
  studentTQuantile,
  studentTScaleFit,
  studentTSurvival,
  studentTTailTest,
} from '../../stats/index.js';
import type { Correction } from './options.js';
import type { RunnerExponent } from './parse/units.js';
import type { Direction } from './types.js';

/** One benchmark to judge: its head value and its stored values. */
export interface SingleValueSeries {
  name: string;
  direction: Direction;
  /** Relative change that counts as a regression, e.g. 0.1. */
  threshold: number;
  /** The head value (> 0), in the unit of the stored values. */
  head: number;
  /**
   * Within-run relative spread of the head value, as one standard deviation (criterion's ±, or
   * the standard error of a median of repetitions): a lower bound on the run-to-run noise.
   */
  headSpread?: number;
  /**
   * Stored values, one per stored run, oldest first: every series of one suite has the same
   * length, index j being the same run; `undefined` where that run lacks the benchmark.
   */
  runs: readonly (number | undefined)[];
  /**
   * How the value moves with the slowness of the machine (units.ts `runnerSpeedExponent`): 1 for
   * a time (the default), −1 for a rate, 0 for what the machine's speed does not move (memory,
   * allocation counts), which neither informs nor receives the runner offset.
   */
  runnerExponent?: RunnerExponent;
}

/** What the judgement needs from the analysis options. */
export interface SingleValueOptions {
  /** Level of the "changed" claim across the suite's single values, e.g. 0.05. */
  alpha: number;
  /** Two-sided interval level; the "beyond the threshold" claim is tested at (1 − level) / 2. */
  confidence: number;
  correction: Correction;
  /** `fail` lets a proven regression fail; `warn` keeps it a warning. */
  singleValue: 'warn' | 'fail';
}

/** Outcome of one benchmark, as in analyze.ts. */
export type SingleValueVerdict = 'regressed' | 'improved' | 'unchanged' | 'inconclusive';

/** The judgement of one benchmark. */
export interface SingleValueJudgement {
  name: string;
  verdict: SingleValueVerdict;
  /** Head / expected value (the stored runs' centre, corrected for the runner offset). */
  ratio: number;
  /**
   * Predictive interval of the ratio at the confidence level, family-wise across the suite's
   * single values (Bonferroni, unless `correction: none`): where an unchanged head falls.
   */
  ratioLower: number;
  ratioUpper: number;
  /** One-sided p-value of "changed" in the direction of the estimate, and after correction. */
  pValue: number;
  adjustedPValue: number;
  /** Run-to-run noise of the stored runs (log-scale standard deviation, ≈ CV). */
  noise: number;
  /** Stored runs the location and noise came from. */
  runs: number;
  /**
   * The stored runs' centre, in the series' unit, on the runner scale of the stored runs (each
   * run corrected for its runner offset); `ratio` also removes the head's runner offset.
   */
  center: number;
  /**
   * Smallest true regression (fraction) proven with 80% power by the rule that decides the
   * verdict, at this benchmark's noise and the suite's families; Infinity when none can be.
   */
  detectableChange: number;
  /**
   * Largest change (fraction, worse direction) the history's noise explains at the suite's
   * corrected level: a change within it is `unchanged`, whatever the threshold.
   */
  noiseBound: number;
  /** Why the verdict is what it is, one short sentence consistent with it. */
  reason: string;
}

/** The suite-wide runner offset of the head against its stored runs. */
export interface SingleValueOffset {
  /** Head / history factor shared by the benchmarks (what the ratios were corrected by). */
  ratio: number;
  /** Head / most recent stored run factor: the part of the offset that is new in this run. */
  newRatio: number;
  /** Benchmarks the estimate used. */
  benchmarks: number;
  /**
   * Almost every benchmark moved alike beyond the threshold since the last stored run, further
   * than the stored runs' own runners ever moved (on machines whose speed swings by 40% from run
   * to run, such a move is the usual, and already corrected for).
   */
  suspectedRunnerShift: boolean;
  /**
   * How far the stored runs' runners moved from run to run (log-scale standard deviation of
   * their offsets), when 3 or more runs have one.
   */
  runnerNoise?: number;
}

/** The calibrated distribution of a standardized head deviation under "no change". */
export interface SingleValueReference {
  /**
   * `normal`: the stored runs are no heavier-tailed than normal noise, each benchmark is judged
   * by the textbook t with (its stored runs − 1) degrees of freedom from their mean; `fitted`: a
   * t fitted to the residuals, centred on the median; `fallback`: too few residuals, t(3).
   */
  model: 'normal' | 'fitted' | 'fallback';
  /**
   * Student t degrees of freedom and scale (under `normal`, those of a benchmark present in
   * every stored run).
   */
  df: number;
  scale: number;
  /** Leave-one-out residuals it was chosen from (0: the fallback t with 3 degrees of freedom). */
  residuals: number;
  /**
   * P-value of the residuals' tails being no heavier than normal theory, their shape and their
   * largest value together (absent in fallback).
   */
  tailPValue?: number;
}

/** The judgement of a suite's single values. */
export interface SingleValueSuite {
  judgements: SingleValueJudgement[];
  /** Present when 3 or more benchmarks were judged (the offset needs them). */
  offset?: SingleValueOffset;
  reference: SingleValueReference;
}

/** Fewest stored runs (with the benchmark) that a judgement rests on. */
export const MIN_STORED_RUNS = 5;

/** Fewest benchmarks from which a suite-wide runner offset is estimated. */
const MIN_BENCHMARKS_FOR_OFFSET = 3;

/** Fewest leave-one-out residuals from which the reference distribution is fitted. */
const MIN_RESIDUALS_FOR_FIT = 100;

/** Level below which the residuals count as heavier-tailed than normal theory. */
const TAIL_TEST_LEVEL = 0.05;

/**
 * Degrees of freedom of the reference without enough residuals to fit it: heavy tails, as a
 * t with 3 degrees of freedom (its 99.9% point is 10.2 against the normal's 3.1).
 */
const FALLBACK_DF = 3;

/**
 * Smallest noise a benchmark is judged with (log scale, 0.01%): a deterministic counter whose
 * stored values are all equal would otherwise divide by zero; any change of it is then exact.
 */
const MIN_NOISE = 1e-4;

/** Share of each claim's level at which a regression counts as proven (see the module comment). */
const PROOF_FACTOR = 0.2;

/** Power at which detection limits are quoted, as in analyze.ts. */
const QUOTED_POWER = 0.8;

/** Location and scale of one benchmark's stored logs. */
interface Spread {
  location: number;
  sd: number;
  /** Values used. */
  kept: number;
}

/**
 * Judges every series against its stored runs. Series with fewer than {@link MIN_STORED_RUNS}
 * positive stored values are not judged (the caller decides what to do with them); they are
 * absent from `judgements`.
 *
 * @throws {Error} `judgeSingleValues: ...` when a head value is not positive and finite or the
 *   series do not share one run count.
 */
export function judgeSingleValues(
  series: readonly SingleValueSeries[],
  options: SingleValueOptions,
): SingleValueSuite {
  const runCount = series[0]?.runs.length ?? 0;
  for (const s of series) {
    if (!(s.head > 0) || !Number.isFinite(s.head)) {
      throw new Error(`judgeSingleValues: head value of ${s.name} must be positive, got ${s.head}`);
    }
    if (s.runs.length !== runCount) {
      throw new Error(
        `judgeSingleValues: every series needs the same ${runCount} runs, ${s.name} has ${s.runs.length}`,
      );
    }
  }
  const eligible = series.filter(
    (s) =>
      s.runs.filter((v) => v !== undefined && v > 0 && Number.isFinite(v)).length >=
      MIN_STORED_RUNS,
  );
  const logRuns = eligible.map((s) =>
    s.runs.map((v) => (v !== undefined && v > 0 && Number.isFinite(v) ? Math.log(v) : undefined)),
  );
  const exponents = eligible.map((s) => s.runnerExponent ?? 1);
  const useOffset = exponents.filter((e) => e !== 0).length >= MIN_BENCHMARKS_FOR_OFFSET;

  // 1. Per-run offsets, from each benchmark's rough centre and noise.
  const rough = logRuns.map((logs) => spreadOf(present(logs)));
  const roughWeights = offsetWeights(rough, exponents);
  const runOffsets = Array.from({ length: runCount }, (_, j) =>
    useOffset
      ? offsetOf(
          logRuns.map((logs) => logs[j]),
          rough,
          roughWeights,
          exponents,
        )
      : 0,
  );
  const corrected = logRuns.map((logs, i) =>
    present(
      logs.map((v, j) =>
        v === undefined ? undefined : v - (exponents[i] ?? 1) * (runOffsets[j] ?? 0),
      ),
    ),
  );

  // The reference distribution, from leave-one-out residuals of the whole suite; it decides the
  // centre of each benchmark's stored runs.
  const reference = chooseReference(corrected);
  const centre = reference.model === 'normal' ? 'mean' : 'median';
  const spreads = corrected.map((logs) => spreadOf(logs, centre));

  // 2. The head's offset against the corrected centres, and its standard error.
  const headLogs = eligible.map((s) => Math.log(s.head));
  const weights = offsetWeights(spreads, exponents);
  const headOffset = useOffset ? offsetOf(headLogs, spreads, weights, exponents) : 0;
  const suiteOffsetSe = useOffset ? offsetStandardError(spreads, weights) : 0;

  // 3. Tests.
  const tested = eligible.map((s, i) => {
    const spread = spreads[i] as Spread;
    const noise = Math.max(spread.sd, s.headSpread ?? 0, MIN_NOISE);
    const exponent = exponents[i] ?? 1;
    const offsetSe = exponent === 0 ? 0 : suiteOffsetSe;
    const se = Math.sqrt(noise ** 2 * (1 + 1 / spread.kept) + offsetSe ** 2);
    const shift = (headLogs[i] as number) - exponent * headOffset - spread.location;
    const estimate = s.direction === 'smaller-is-better' ? shift : -shift;
    const df = reference.model === 'normal' ? spread.kept - 1 : reference.df;
    const law = { df, scale: reference.model === 'normal' ? 1 : reference.scale };
    return { series: s, spread, noise, se, shift, estimate, limit: Math.log1p(s.threshold), law };
  });
  type Law = (typeof tested)[number]['law'];
  const survival = (z: number, law: Law): number => studentTSurvival(z / law.scale, law.df);
  const quantile = (p: number, law: Law): number => law.scale * studentTQuantile(p, law.df);
  const adjust = (p: readonly number[]): number[] => adjustPValues(p, options.correction);
  const changedWorse = adjust(tested.map((t) => survival(t.estimate / t.se, t.law)));
  const changedBetter = adjust(tested.map((t) => survival(-t.estimate / t.se, t.law)));
  const level = (1 - options.confidence) / 2;
  const beyondWorse = adjustSelectedPValues(
    tested.map((t) =>
      t.estimate > t.limit ? survival((t.estimate - t.limit) / t.se, t.law) : undefined,
    ),
    options.correction,
  );
  const beyondBetter = adjustSelectedPValues(
    tested.map((t) =>
      -t.estimate > t.limit ? survival((-t.estimate - t.limit) / t.se, t.law) : undefined,
    ),
    options.correction,
  );
  const family = tested.length;
  const proofAlpha = PROOF_FACTOR * options.alpha;
  const proofLevel = PROOF_FACTOR * level;
  const judgements = tested.map((t, i): SingleValueJudgement => {
    const worse = (changedWorse[i] ?? 1) < options.alpha;
    const provenWorse =
      (changedWorse[i] ?? 1) < proofAlpha && (beyondWorse.adjusted[i] ?? 1) < proofLevel;
    const provenBetter =
      (changedBetter[i] ?? 1) < proofAlpha && (beyondBetter.adjusted[i] ?? 1) < proofLevel;
    const towardsWorse = t.estimate >= 0;
    // The interval is the suite's, like the verdict: family-wise at the confidence level
    // (Bonferroni), so that a change whose interval excludes 0 is one the verdict can call
    // changed, and "−76% (−90% … −42%), unchanged" (an interval per benchmark among 300) never
    // shows.
    const z = quantile(1 - loneLevel(level, family, options.correction), t.law);
    const noiseBound =
      quantile(1 - loneLevel(options.alpha, family, options.correction), t.law) * t.se;
    // The smallest regression proven with 80% power: the estimate must pass both claims at the
    // proof levels, as a lone benchmark of its families.
    const detectable =
      Math.max(
        quantile(1 - loneLevel(proofAlpha, family, options.correction), t.law) * t.se,
        t.limit +
          quantile(
            1 - loneLevel(proofLevel, Math.max(beyondWorse.selected, 1), options.correction),
            t.law,
          ) *
            t.se,
      ) +
      quantile(QUOTED_POWER, t.law) * t.se;
    const { verdict, reason } = decide(t, {
      provenWorse,
      provenBetter,
      beyondNoise: worse,
      family,
      options,
      runs: t.spread.kept,
    });
    return {
      name: t.series.name,
      verdict,
      ratio: Math.exp(t.shift),
      ratioLower: Math.exp(t.shift - z * t.se),
      ratioUpper: Math.exp(t.shift + z * t.se),
      pValue: survival((towardsWorse ? t.estimate : -t.estimate) / t.se, t.law),
      adjustedPValue: (towardsWorse ? changedWorse[i] : changedBetter[i]) ?? 1,
      noise: t.noise,
      runs: t.spread.kept,
      center: Math.exp(t.spread.location),
      detectableChange: Math.expm1(detectable),
      noiseBound: Math.expm1(noiseBound),
      reason,
    };
  });

  // Every stored run's offset on the head's scale (against the same corrected centres).
  const storedOffsets = useOffset
    ? Array.from({ length: runCount }, (_, j) => {
        const logs = logRuns.map((run) => run[j]);
        const taking = logs.filter((v, i) => v !== undefined && exponents[i] !== 0).length;
        return taking >= MIN_BENCHMARKS_FOR_OFFSET
          ? [offsetOf(logs, spreads, weights, exponents)]
          : [];
      }).flat()
    : [];
  // The most recent run with an offset: what is new in the head's.
  const lastRun = storedOffsets.at(-1) ?? 0;
  const offset = useOffset
    ? runnerOffset(
        headLogs,
        spreads,
        exponents,
        { head: headOffset, lastRun, se: suiteOffsetSe, stored: storedOffsets },
        tested,
      )
    : undefined;
  return { judgements, ...(offset ? { offset } : {}), reference };
}

interface Decision {
  verdict: SingleValueVerdict;
  reason: string;
}

function decide(
  t: { estimate: number; limit: number; noise: number },
  facts: {
    provenWorse: boolean;
    provenBetter: boolean;
    beyondNoise: boolean;
    family: number;
    options: SingleValueOptions;
    runs: number;
  },
): Decision {
  const { options } = facts;
  const change = percent(Math.expm1(t.estimate));
  const noise = `${percent(t.noise)} run-to-run noise of ${facts.runs} stored runs`;
  const corrected =
    options.correction === 'none' || facts.family < 2
      ? ''
      : ` (${options.correction === 'holm' ? "Holm's" : 'Benjamini–Hochberg'} correction across ${facts.family} single values)`;
  if (t.estimate > t.limit) {
    if (facts.provenWorse) {
      return options.singleValue === 'fail'
        ? {
            verdict: 'regressed',
            reason: `worse by ${change}, proven beyond the threshold against the ${noise}${corrected}`,
          }
        : {
            verdict: 'inconclusive',
            reason: `worse by ${change}, proven beyond the threshold against the ${noise}${corrected}; single values warn only (single-value: warn)`,
          };
    }
    if (facts.beyondNoise) {
      return {
        verdict: 'inconclusive',
        reason: `worse by ${change}, more than the ${noise} explains${corrected}, but not proven beyond the threshold`,
      };
    }
    return {
      verdict: 'unchanged',
      reason: `worse by ${change}, not more than the ${noise} explains${corrected}`,
    };
  }
  if (-t.estimate > t.limit) {
    return facts.provenBetter
      ? {
          verdict: 'improved',
          reason: `better by ${percent(-Math.expm1(t.estimate))}, proven beyond the threshold against the ${noise}${corrected}`,
        }
      : {
          verdict: 'unchanged',
          reason: `better by ${percent(-Math.expm1(t.estimate))}, not proven beyond the threshold against the ${noise}${corrected}`,
        };
  }
  return {
    verdict: 'unchanged',
    reason: `within the threshold of the ${facts.runs} stored runs' centre`,
  };
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

function present(values: readonly (number | undefined)[]): number[] {
  return values.filter((v): v is number => v !== undefined);
}

/**
 * Location and scale of one benchmark's stored logs: their mean (normal noise) or median (a
 * stored run twice as slow does not move it), and their standard deviation. The standard
 * deviation is not made robust on purpose: a far-off stored run inflates it, which makes that
 * benchmark's judgement cautious, never alarming; trimming by the MAD of 10 runs (itself noisy)
 * set aside ordinary runs and lost a third of the power in the replay (bench/replay.ts) for no
 * fewer false alarms, since the fitted reference (chooseReference) accounts for heavy tails.
 */
function spreadOf(logs: readonly number[], centre: 'mean' | 'median' = 'median'): Spread {
  const mean = logs.reduce((a, v) => a + v, 0) / logs.length;
  const squares = logs.reduce((a, v) => a + (v - mean) ** 2, 0);
  return {
    location: centre === 'mean' ? mean : median(logs),
    sd: logs.length > 1 ? Math.sqrt(squares / (logs.length - 1)) : 0,
    kept: logs.length,
  };
}

/**
 * Weights of the benchmarks in a runner offset: 1/noise² (a quiet benchmark tells the runner's
 * speed best), but no benchmark quieter than the third quietest nor than the lower quartile of
 * those taking part, so that at least three share the top weight and no single benchmark (say,
 * a quiet one that truly regressed) can carry the weighted median by itself. 0 for a metric the
 * machine's speed does not move.
 */
function offsetWeights(spreads: readonly Spread[], exponents: readonly RunnerExponent[]): number[] {
  const sds = spreads.map((s) => Math.max(s.sd, MIN_NOISE));
  const sorted = sds.filter((_, i) => exponents[i] !== 0).sort((a, b) => a - b);
  const floor = Math.max(
    sorted[Math.min(2, sorted.length - 1)] ?? MIN_NOISE,
    sorted[Math.floor((sorted.length - 1) / 4)] ?? MIN_NOISE,
  );
  return sds.map((sd, i) => (exponents[i] === 0 ? 0 : 1 / Math.max(sd, floor) ** 2));
}

/**
 * The runner offset of one run, as the log slowness of its machine: the weighted median of its
 * benchmarks' deviations from their centres, each in the sense its exponent gives (weights from
 * offsetWeights). 0 with fewer than 3 benchmarks taking part present in the run.
 */
function offsetOf(
  logs: readonly (number | undefined)[],
  spreads: readonly Spread[],
  weights: readonly number[],
  exponents: readonly RunnerExponent[],
): number {
  const points: { deviation: number; weight: number }[] = [];
  logs.forEach((v, i) => {
    const spread = spreads[i];
    const exponent = exponents[i] ?? 1;
    if (v === undefined || spread === undefined || exponent === 0) return;
    points.push({ deviation: exponent * (v - spread.location), weight: weights[i] ?? 0 });
  });
  if (points.length < MIN_BENCHMARKS_FOR_OFFSET) return 0;
  points.sort((a, b) => a.deviation - b.deviation);
  const half = points.reduce((a, p) => a + p.weight, 0) / 2;
  let cumulative = 0;
  for (const p of points) {
    cumulative += p.weight;
    if (cumulative >= half) return p.deviation;
  }
  return points.at(-1)?.deviation ?? 0;
}

/**
 * Standard error of the weighted median offset: √(π/2 · Σ wᵢ² noiseᵢ²) / Σ wᵢ, the large-sample
 * variance of a weighted median under normal noise (π/2 · noise² / k for equal weights).
 */
function offsetStandardError(spreads: readonly Spread[], weights: readonly number[]): number {
  let total = 0;
  let spread = 0;
  spreads.forEach((s, i) => {
    const w = weights[i] ?? 0;
    total += w;
    spread += w * w * Math.max(s.sd, MIN_NOISE) ** 2;
  });
  return Math.sqrt((Math.PI / 2) * spread) / total;
}

function runnerOffset(
  headLogs: readonly number[],
  spreads: readonly Spread[],
  exponents: readonly RunnerExponent[],
  offsets: { head: number; lastRun: number; se: number; stored: readonly number[] },
  tested: readonly { limit: number; se: number }[],
): SingleValueOffset {
  const taking = headLogs.flatMap((v, i) => {
    const exponent = exponents[i] ?? 1;
    if (exponent === 0) return [];
    return [{ deviation: exponent * (v - (spreads[i]?.location ?? v)), t: tested[i] }];
  });
  const limit = median(taking.map(({ t }) => t?.limit ?? 0));
  // "Moved alike": within two of its own predictive standard errors of the shared offset.
  const near = taking.filter(
    ({ deviation, t }) => Math.abs(deviation - offsets.head) <= 2 * (t?.se ?? 0),
  ).length;
  const fresh = offsets.head - offsets.lastRun;
  // Both offsets are estimates (a small suite of noisy benchmarks gives loose ones): the move
  // must clear the threshold by its one-sided 95% margin, √2 standard errors of one offset.
  const margin = 1.645 * Math.SQRT2 * offsets.se;
  const runners = runnerSpread(offsets.stored);
  // Where the stored runs' runners would put a new run, 95% two-sided (the textbook prediction
  // interval from their offsets); without three of them, anywhere outside the threshold.
  const usual =
    runners === undefined
      ? false
      : Math.abs(offsets.head - runners.mean) <=
        studentTQuantile(0.975, runners.count - 1) * runners.sd * Math.sqrt(1 + 1 / runners.count);
  return {
    ratio: Math.exp(offsets.head),
    newRatio: Math.exp(fresh),
    benchmarks: taking.length,
    // A move since the last stored run beyond the threshold, shared by nearly every benchmark
    // and unlike the stored runs' own runners: a runner change, not code (the samples path's
    // rule, analyze.ts, with the history's runner noise beside it).
    suspectedRunnerShift: Math.abs(fresh) - margin > limit && near >= 0.8 * taking.length && !usual,
    ...(runners === undefined ? {} : { runnerNoise: runners.sd }),
  };
}

/** Mean and standard deviation of the stored runs' offsets, from 3 or more. */
function runnerSpread(
  offsets: readonly number[],
): { mean: number; sd: number; count: number } | undefined {
  if (offsets.length < 3) return undefined;
  const mean = offsets.reduce((a, v) => a + v, 0) / offsets.length;
  const squares = offsets.reduce((a, v) => a + (v - mean) ** 2, 0);
  return { mean, sd: Math.sqrt(squares / (offsets.length - 1)), count: offsets.length };
}

/**
 * The distribution standardized head deviations follow under "no change", chosen from the
 * leave-one-out residuals of every benchmark's stored runs (see the module comment): normal
 * theory unless the residuals are heavier-tailed, else a t fitted to the median-based ones.
 */
function chooseReference(corrected: readonly number[][]): SingleValueReference {
  const byMean = leaveOneOutResiduals(corrected, 'mean');
  if (byMean.residuals.length < MIN_RESIDUALS_FOR_FIT) {
    return { model: 'fallback', df: FALLBACK_DF, scale: 1, residuals: 0 };
  }
  const tails = studentTTailTest(byMean.residuals, byMean.degreesOfFreedom);
  // The bulk's shape and the far tail, each at half the level (Bonferroni).
  const tailPValue = Math.min(1, 2 * Math.min(tails.pValue, tails.extremePValue));
  if (tailPValue >= TAIL_TEST_LEVEL) {
    const runs = Math.max(...corrected.map((logs) => logs.length));
    return {
      model: 'normal',
      df: runs - 1,
      scale: 1,
      residuals: byMean.residuals.length,
      tailPValue,
    };
  }
  const byMedian = leaveOneOutResiduals(corrected, 'median').residuals;
  const fit = studentTScaleFit(byMedian);
  return {
    model: 'fitted',
    df: fit.df,
    scale: fit.scale,
    residuals: byMedian.length,
    tailPValue,
  };
}

/**
 * Each stored run against the other runs of its benchmark: (value − centre) / (sd·√(1 + 1/k)),
 * with the normal-theory degrees of freedom k − 1 of each.
 */
function leaveOneOutResiduals(
  corrected: readonly number[][],
  centre: 'mean' | 'median',
): { residuals: number[]; degreesOfFreedom: number[] } {
  const residuals: number[] = [];
  const degreesOfFreedom: number[] = [];
  for (const logs of corrected) {
    for (let j = 0; j < logs.length; j += 1) {
      const others = logs.filter((_, i) => i !== j);
      const spread = spreadOf(others, centre);
      if (!(spread.sd > 0) || spread.kept < 2) continue;
      const se = spread.sd * Math.sqrt(1 + 1 / spread.kept);
      residuals.push(((logs[j] as number) - spread.location) / se);
      degreesOfFreedom.push(spread.kept - 1);
    }
  }
  return { residuals, degreesOfFreedom };
}

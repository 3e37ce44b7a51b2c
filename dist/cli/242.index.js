export const id = 242;
export const ids = [242];
export const modules = {

/***/ 10762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ SLOW_OUTLIER_SCORE),
  H: () => (/* binding */ analyzeBench)
});

// EXTERNAL MODULE: ./src/stats/index.ts + 40 modules
var stats = __webpack_require__(13329);
// EXTERNAL MODULE: ./src/stats/distributions.ts
var distributions = __webpack_require__(99808);
;// CONCATENATED MODULE: ./src/stats/f-survival.ts

/**
 * Upper tail P(F > f) of the F distribution with d1 and d2 degrees of freedom, by Paulson's
 * normal approximation (Abramowitz and Stegun 26.6.15, Wilson–Hilferty cube roots):
 * z = ((1 − 2/(9d₂))·f^⅓ − (1 − 2/(9d₁))) / √(2/(9d₂)·f^⅔ + 2/(9d₁)), P ≈ 1 − Φ(z); d2 may be
 * Infinity (then F·d1 is a χ²(d1) variable).
 *
 * Accuracy against R `pf(f, d1, d2, lower.tail = FALSE)` (test/stats/f-survival.test.ts): within
 * 0.012 absolute everywhere for d1 ≥ 3; for d2 ≥ 10 the tail between 1% and 0.01% is within a
 * factor 1.75, for d2 ≥ 30 within 40%. For d2 < 10 it overstates small tails (0.0057 for an
 * exact 0.0001 at d2 = 2). Enough for a flag at a small level where a strong prior (d2 large)
 * is what makes the flag matter; not a p-value to report. Written by hand: the project ships no
 * incomplete beta function.
 *
 * Complexity: O(1).
 *
 * @param f - the F statistic (≤ 0 gives 1).
 * @param d1 - numerator degrees of freedom, finite and > 0.
 * @param d2 - denominator degrees of freedom, > 0, possibly Infinity.
 * @throws {Error} `fSurvivalPaulson: ...` when f is NaN or a degree of freedom is not > 0 (d1
 *   also finite).
 * @example
 * fSurvivalPaulson(2.51, 8, Infinity); // ≈ 0.0101 (exact: 0.0100)
 */
function fSurvivalPaulson(f, d1, d2) {
    if (Number.isNaN(f))
        throw new Error('fSurvivalPaulson: f must be a number, got NaN');
    if (!(d1 > 0) || !Number.isFinite(d1)) {
        throw new Error(`fSurvivalPaulson: d1 must be a positive finite number, got ${d1}`);
    }
    if (!(d2 > 0))
        throw new Error(`fSurvivalPaulson: d2 must be > 0, got ${d2}`);
    if (!(f > 0))
        return 1;
    const a = 2 / (9 * d1);
    const b = Number.isFinite(d2) ? 2 / (9 * d2) : 0;
    const cube = Math.cbrt(f);
    const z = ((1 - b) * cube - (1 - a)) / Math.sqrt(b * cube * cube + a);
    return (0,distributions/* standardNormalSurvival */.x4)(z);
}

// EXTERNAL MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(15521);
// EXTERNAL MODULE: ./src/shared/name-pattern.ts
var name_pattern = __webpack_require__(14041);
// EXTERNAL MODULE: ./src/gates/bench/single-value.ts
var single_value = __webpack_require__(40837);
// EXTERNAL MODULE: ./src/gates/bench/parse/units.ts
var units = __webpack_require__(90154);
;// CONCATENATED MODULE: ./src/gates/bench/analyze.ts
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






/** Minimum benchmarks with repetitions needed to estimate a runner offset. */
const MIN_BENCHMARKS_FOR_OFFSET = 3;
/**
 * Modified z-score above which a slow sample is left out of the test (stricter than Iglewicz and
 * Hoaglin's 3.5: only interference that far out is certain).
 */
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
function analyzeBench(base, head, options, context = {}) {
    const ignorePatterns = options.ignore.map(name_pattern/* compileNamePattern */.t);
    const isIgnored = (name) => ignorePatterns.some((p) => p.test(name));
    const ignored = [...new Set([...base, ...head].map((b) => b.name).filter(isIgnored))].sort();
    const baseByName = new Map(base.filter((b) => !isIgnored(b.name)).map((b) => [b.name, b]));
    const pairs = [];
    const zeroComparisons = [];
    const withoutRatio = [];
    const added = [];
    const matched = new Set();
    for (const series of head) {
        if (isIgnored(series.name))
            continue;
        const baseSeries = baseByName.get(series.name);
        if (!baseSeries || baseSeries.unit !== series.unit) {
            added.push(series.name);
            continue;
        }
        matched.add(series.name);
        const direction = (0,name_pattern/* lookupByPattern */.Y)(options.directions, series.name, series.direction);
        if (![...baseSeries.samples, ...series.samples].every((v) => v > 0)) {
            // Go's `0 allocs/op`, a counter at zero: the log scale the tests work on has no zero.
            const sameMedians = (0,stats/* median */.JZ)(baseSeries.samples) === (0,stats/* median */.JZ)(series.samples);
            if (sameMedians)
                zeroComparisons.push(unchangedAtZero(baseSeries, series, direction, options));
            else
                withoutRatio.push({
                    name: series.name,
                    unit: series.unit,
                    baseMedian: (0,stats/* median */.JZ)(baseSeries.samples),
                    headMedian: (0,stats/* median */.JZ)(series.samples),
                });
            continue;
        }
        pairs.push({
            name: series.name,
            unit: series.unit,
            direction,
            exponent: (0,units/* runnerSpeedExponent */.DD)(series.unit, direction),
            base: baseSeries,
            head: series,
            logBase: baseSeries.samples.map(Math.log),
            logHead: series.samples.map(Math.log),
        });
    }
    const removed = [...baseByName.keys()].filter((name) => !matched.has(name));
    const sampled = pairs.filter(hasRepetitions);
    const offset = options.baselineFrom === 'other-runner' ? estimateOffset(sampled, options) : undefined;
    const offsetLog = offset?.applied ? Math.log(offset.ratio) : 0;
    const offsetSe = offset?.applied ? offsetStandardError(sampled) : 0;
    // Two passes: a first, rough noise scale per benchmark (its own robust spread, pooled across
    // the suite) decides which samples are far too slow; the second pass pools the noise of what
    // is left. A benchmark's own spread from 5 or 10 samples is too unstable to call a sample an
    // outlier: leaving out clean samples on one side biases that side and makes false alarms.
    const rough = moderateNoise(sampled.map((pair) => prepareSampled(pair, residualScale(pair))));
    const prepared = sampled.map((pair, i) => prepareSampled(pair, Math.sqrt(rough.variances[i] ?? 0)));
    const moderation = moderateNoise(prepared);
    const tested = prepared.map((p, i) => testPair(p, moderation.variances[i] ?? 0, moderation.extraDfs[i] ?? 0, p.pair.exponent * offsetLog, p.pair.exponent === 0 ? 0 : offsetSe, options));
    // The decision is one-sided: "is head worse?" is its own family, corrected across the suite,
    // and so is "is head better?". Each claim's error rate stays at alpha, and a one-sided test
    // does not spend half its power on the direction the gate does not fail on.
    const adjustedWorse = (0,stats/* adjustPValues */.uA)(tested.map((t) => worseOneSided(t)), options.correction);
    const adjustedBetter = (0,stats/* adjustPValues */.uA)(tested.map((t) => betterOneSided(t)), options.correction);
    // "Beyond the threshold" is a claim of its own, tested against the threshold and corrected
    // among the benchmarks whose estimate lies beyond it (see beyondThreshold).
    const worseBeyond = beyondThreshold(tested, 'worse', options);
    const betterBeyond = beyondThreshold(tested, 'better', options);
    const family = tested.length;
    const comparisons = tested.map((t, i) => decideSampled(t, {
        worse: adjustedWorse[i] ?? 1,
        better: adjustedBetter[i] ?? 1,
        worseBeyond: worseBeyond.adjusted[i] ?? 1,
        betterBeyond: betterBeyond.adjusted[i] ?? 1,
    }, {
        benchmarks: family,
        worseBeyond: worseBeyond.selected,
        betterBeyond: betterBeyond.selected,
    }, options));
    const singles = pairs.filter((pair) => !hasRepetitions(pair));
    const stored = judgeAgainstStoredRuns(singles, context.storedRuns, options);
    for (const pair of singles) {
        comparisons.push(stored.comparisons.get(pair.name) ??
            decideSingleValue(pair, pair.exponent * offsetLog, options, context.storedRuns !== undefined));
    }
    // With no repetitions at all, the runner offset is the single values' (against the stored runs).
    const suiteOffset = offset ??
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
function judgeAgainstStoredRuns(singles, storedRuns, options) {
    const comparisons = new Map();
    if (!storedRuns || singles.length === 0)
        return { comparisons };
    const runCount = [...storedRuns.values.values()][0]?.length ?? 0;
    const byName = new Map(singles.map((pair) => [pair.name, pair]));
    const series = singles.flatMap((pair) => {
        const runs = storedRuns.values.get(pair.name);
        const head = (0,stats/* median */.JZ)(pair.head.samples);
        if (!runs || runs.length !== runCount || !(head > 0))
            return [];
        const spread = headSpread(pair.head);
        return [
            {
                name: pair.name,
                direction: pair.direction,
                threshold: (0,name_pattern/* lookupByPattern */.Y)(options.thresholds, pair.name, options.threshold),
                head,
                ...(spread === undefined ? {} : { headSpread: spread }),
                runs,
                runnerExponent: pair.exponent,
            },
        ];
    });
    const suite = (0,single_value/* judgeSingleValues */.m)(series, options);
    if (suite.judgements.length === 0)
        return { comparisons };
    for (const j of suite.judgements) {
        const pair = byName.get(j.name);
        if (pair)
            comparisons.set(j.name, storedComparison(pair, j, options));
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
function headSpread(series) {
    if (series.kind === 'summary')
        return series.reportedRelativeSpread;
    const logs = series.samples.filter((v) => v > 0).map(Math.log);
    if (logs.length < 2)
        return undefined;
    return (1.2533 * (0,stats/* medianAbsoluteDeviation */.hK)(logs)) / Math.sqrt(logs.length);
}
/**
 * The median of detection limits, where Infinity (nothing can be detected: noise with tails as
 * heavy as a Cauchy's, measured on a loaded machine) is a value like any other, not an error.
 */
function medianOfLimits(limits) {
    const sorted = [...limits].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1
        ? sorted[middle]
        : (sorted[middle - 1] + sorted[middle]) / 2;
}
function storedComparison(pair, j, options) {
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
        threshold: (0,name_pattern/* lookupByPattern */.Y)(options.thresholds, pair.name, options.threshold),
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
function unchangedAtZero(base, head, direction, options) {
    const side = (series) => ({
        n: series.samples.length,
        median: (0,stats/* median */.JZ)(series.samples),
        excluded: 0,
    });
    return {
        name: head.name,
        unit: head.unit,
        direction,
        base: side(base),
        head: side(head),
        ratio: 1,
        threshold: (0,name_pattern/* lookupByPattern */.Y)(options.thresholds, head.name, options.threshold),
        verdict: 'unchanged',
        method: base.samples.length >= 2 && head.samples.length >= 2 ? 'samples' : 'single-value',
        reason: 'the same median on both sides, a value of zero among them',
    };
}
function hasRepetitions(pair) {
    return (pair.base.kind === 'repetitions' &&
        pair.head.kind === 'repetitions' &&
        pair.base.samples.length >= 2 &&
        pair.head.samples.length >= 2);
}
/** Robust log-scale noise of one side: MAD of the logs, ≈ the coefficient of variation. */
function logNoise(logs) {
    return logs.length >= 2 ? (0,stats/* medianAbsoluteDeviation */.hK)(logs) : undefined;
}
function summarize(series, logs, excluded = 0) {
    const noise = logNoise(logs);
    return {
        n: series.samples.length,
        median: (0,stats/* median */.JZ)(series.samples),
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
function estimateOffset(sampled, options) {
    const moving = sampled.filter((p) => p.exponent !== 0);
    if (moving.length < MIN_BENCHMARKS_FOR_OFFSET) {
        return moving.length === 0
            ? undefined
            : { ratio: 1, applied: false, benchmarks: moving.length, suspectedRunnerShift: false };
    }
    const shifts = moving.map((p) => p.exponent * (0,stats/* hodgesLehmannShift */.Ss)(p.logBase, p.logHead));
    const offsetLog = (0,stats/* median */.JZ)(shifts);
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
function offsetStandardError(sampled) {
    const shifts = sampled
        .filter((p) => p.exponent !== 0)
        .map((p) => p.exponent * ((0,stats/* median */.JZ)(p.logHead) - (0,stats/* median */.JZ)(p.logBase)));
    return (1.2533 * (0,stats/* medianAbsoluteDeviation */.hK)(shifts)) / Math.sqrt(shifts.length);
}
/** The one-sided p-value of "head is worse". */
function worseOneSided(t) {
    return t.pair.direction === 'smaller-is-better' ? t.pHeadLarger : t.pHeadSmaller;
}
/** The one-sided p-value of "head is better". */
function betterOneSided(t) {
    return t.pair.direction === 'smaller-is-better' ? t.pHeadSmaller : t.pHeadLarger;
}
function prepareSampled(pair, scale) {
    const logBase = withoutSlowOutliers(pair.logBase, pair.direction, scale);
    const logHead = withoutSlowOutliers(pair.logHead, pair.direction, scale);
    const meanBase = (0,simple_statistics/* mean */.RE)(logBase);
    const meanHead = (0,simple_statistics/* mean */.RE)(logHead);
    const squares = logBase.reduce((a, v) => a + (v - meanBase) ** 2, 0) +
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
            ? (0,stats/* huberLocation */.SK)(logHead, scale) - (0,stats/* huberLocation */.SK)(logBase, scale)
            : meanHead - meanBase,
        varianceFactor: robust ? stats/* HUBER_VARIANCE_FACTOR */.PS : 1,
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
function moderateNoise(prepared) {
    const own = {
        variances: prepared.map((p) => p.variance),
        extraDfs: prepared.map(() => 0),
        extraDf: 0,
        benchmarks: 0,
        outlying: 0,
    };
    const candidates = prepared.filter((p) => p.variance > 0);
    let noisy = candidates;
    let outlying = new Set();
    let prior;
    // An outlying variance also inflates the prior's spread (so d₀ comes out small and flags too
    // little): estimate, flag, and estimate again from the rest until the flags settle.
    for (let round = 0; round < MAX_ROBUST_ROUNDS; round += 1) {
        if (noisy.length < MIN_BENCHMARKS_FOR_POOLING)
            return own;
        const estimate = (0,stats/* squeezeVariances */.nb)(noisy.map((p) => p.variance), noisy.map((p) => p.df));
        prior = estimate;
        const flagged = new Set(candidates.filter((p) => fSurvivalPaulson(p.variance / estimate.priorVariance, p.df, estimate.priorDf) <
            OUTLYING_VARIANCE_LEVEL));
        const settled = flagged.size === outlying.size && [...flagged].every((p) => outlying.has(p));
        outlying = flagged;
        if (settled)
            break;
        noisy = candidates.filter((p) => !flagged.has(p));
    }
    if (!prior || noisy.length < MIN_BENCHMARKS_FOR_POOLING)
        return own;
    if (noisy.length !== prior.posteriorVariances.length) {
        prior = (0,stats/* squeezeVariances */.nb)(noisy.map((p) => p.variance), noisy.map((p) => p.df));
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
function testPair(prepared, variance, extraDf, offsetLog, offsetSe, options) {
    const { pair, logBase, logHead } = prepared;
    const excluded = {
        excludedBase: pair.logBase.length - logBase.length,
        excludedHead: pair.logHead.length - logHead.length,
    };
    const shift = prepared.difference - offsetLog;
    const design = {
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
    const halfWidth = (0,stats/* studentTQuantile */.$J)(1 - (1 - options.confidence) / 2, df) * se;
    const t = shift / se;
    const floor = pValueFloor(design) ?? 0;
    return {
        pair,
        design,
        shift,
        lower: shift - halfWidth,
        upper: shift + halfWidth,
        pHeadLarger: Math.max((0,stats/* studentTSurvival */.qX)(t, df), floor),
        pHeadSmaller: Math.max((0,stats/* studentTCumulative */.lh)(t, df), floor),
        ...excluded,
    };
}
function standardError(d) {
    return Math.sqrt(d.varianceFactor * d.sd ** 2 * (1 / d.base + 1 / d.head) + d.offsetSe ** 2);
}
function degreesOfFreedom(d) {
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
function pValueFloor(d) {
    if (d.extraDf > 0)
        return undefined;
    return 1 / binomial(d.base + d.head, Math.min(d.base, d.head));
}
function binomial(n, k) {
    let result = 1;
    for (let i = 1; i <= k; i += 1)
        result = (result * (n - k + i)) / i;
    return result;
}
/**
 * Level of the "beyond the threshold" claim: one end of the reported interval (5% for the
 * default 90% interval), so that a lone benchmark beyond the threshold regresses exactly when its
 * interval's lower end clears the threshold.
 */
function thresholdLevel(options) {
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
function beyondThreshold(tested, direction, options) {
    const pValues = tested.map((t) => {
        const limit = Math.log1p((0,name_pattern/* lookupByPattern */.Y)(options.thresholds, t.pair.name, options.threshold));
        const worseShift = worse(t.pair.direction, t.shift);
        const estimate = direction === 'worse' ? worseShift : -worseShift;
        if (!(estimate > limit))
            return undefined;
        const se = standardError(t.design);
        if (!(se > 0))
            return 0;
        const p = (0,stats/* studentTSurvival */.qX)((estimate - limit) / se, degreesOfFreedom(t.design));
        return Math.max(p, pValueFloor(t.design) ?? 0);
    });
    return (0,stats/* adjustSelectedPValues */.vY)(pValues, options.correction);
}
/**
 * The smallest true log change (worse) that a benchmark's test flags as regressed with 80%
 * power, by the rule that decides the verdict: the estimate must pass the corrected test against
 * no change (t(1 − α/k)·se) and the corrected test against the threshold among the `beyond`
 * benchmarks (limit + t(1 − γ/b)·se, γ one end of the interval); 80% power adds t(0.8)·se.
 * Normal theory with the test's own degrees of freedom (bench/power.ts prints it beside the
 * measured power). Infinity when the p-value floor alone keeps the benchmark from passing.
 */
function detectableLogChange(design, limit, families, options) {
    const level = (0,stats/* loneLevel */.Bu)(options.alpha, families.benchmarks, options.correction);
    const beyondLevel = (0,stats/* loneLevel */.Bu)(thresholdLevel(options), families.beyond, options.correction);
    const floor = pValueFloor(design);
    if (floor !== undefined && floor >= Math.min(level, beyondLevel))
        return Number.POSITIVE_INFINITY;
    const se = standardError(design);
    if (!(se > 0))
        return limit;
    const df = degreesOfFreedom(design);
    const critical = Math.max((0,stats/* studentTQuantile */.$J)(1 - level, df) * se, limit + (0,stats/* studentTQuantile */.$J)(1 - beyondLevel, df) * se);
    return critical + (0,stats/* studentTQuantile */.$J)(QUOTED_POWER, df) * se;
}
/**
 * Repetitions on each side at which a true log change of `target` fails with 80% power, by the
 * same rule as detectableLogChange (so advice and verdict agree), with the noise as measured;
 * undefined beyond MAX_REPETITIONS_ADVICE. The prior's degrees of freedom stay as they are.
 */
function repetitionsFor(design, target, limit, families, options) {
    const at = (n) => detectableLogChange({ ...design, base: n, head: n }, limit, families, options);
    if (!(at(MAX_REPETITIONS_ADVICE) <= target))
        return undefined;
    // The detection limit shrinks as n grows: bisect for the first n that reaches the target.
    let low = 1;
    let high = MAX_REPETITIONS_ADVICE;
    while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (at(middle) <= target)
            high = middle;
        else
            low = middle;
    }
    return high;
}
/**
 * What the suite can detect, from its typical benchmark (median repetitions on each side, noise
 * and pooling): the one source of the report's detection-limit note. The benchmarks beyond the
 * threshold beside a lone regression are those an unchanged benchmark's noise puts there.
 */
function suiteSensitivity(tested, offsetSe, options) {
    const noisy = tested.filter((t) => t.design.sd > 0);
    if (noisy.length === 0)
        return {};
    const benchmarks = tested.length;
    const design = {
        base: Math.round((0,stats/* median */.JZ)(noisy.map((t) => t.design.base))),
        head: Math.round((0,stats/* median */.JZ)(noisy.map((t) => t.design.head))),
        sd: (0,stats/* median */.JZ)(noisy.map((t) => t.design.sd)),
        varianceFactor: (0,stats/* median */.JZ)(noisy.map((t) => t.design.varianceFactor)),
        extraDf: (0,stats/* median */.JZ)(noisy.map((t) => t.design.extraDf)),
        offsetSe,
    };
    const limit = Math.log1p(options.threshold);
    const chance = (0,stats/* studentTSurvival */.qX)(limit / standardError(design), degreesOfFreedom(design));
    const families = {
        benchmarks,
        beyond: 1 + Math.round((benchmarks - 1) * chance),
    };
    const detectable = detectableLogChange(design, limit, families, options);
    const target = Math.log1p(SENSITIVITY_TARGET * options.threshold);
    const floor = pValueFloor(design);
    const needed = detectable > target ? repetitionsFor(design, target, limit, families, options) : undefined;
    return {
        sensitivity: {
            baseRepetitions: design.base,
            headRepetitions: design.head,
            noise: design.sd,
            benchmarks,
            correction: options.correction,
            level: (0,stats/* loneLevel */.Bu)(options.alpha, benchmarks, options.correction),
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
function withoutSlowOutliers(logs, direction, scale) {
    if (logs.length < 4 || !(scale > 0))
        return logs;
    const center = (0,stats/* median */.JZ)(logs);
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
function residualScale(pair) {
    const residuals = [pair.logBase, pair.logHead].flatMap((side) => {
        const center = (0,stats/* median */.JZ)(side);
        return side.map((v) => v - center);
    });
    return stats/* MAD_NORMAL_CONSISTENCY */.o4 * (0,stats/* median */.JZ)(residuals.map(Math.abs));
}
/** Two-sided normal quantile for a confidence level, e.g. 1.96 for 0.95. */
function normalQuantileForLevel(level) {
    return (0,stats/* standardNormalQuantile */.k4)(1 - (1 - level) / 2);
}
/** Orients a log shift so that positive means worse. */
function worse(direction, logShift) {
    return direction === 'smaller-is-better' ? logShift : -logShift;
}
function decideSampled(tested, adjusted, families, options) {
    const adjustedWorse = adjusted.worse;
    const adjustedBetter = adjusted.better;
    const family = families.benchmarks;
    const { pair } = tested;
    const threshold = (0,name_pattern/* lookupByPattern */.Y)(options.thresholds, pair.name, options.threshold);
    const limit = Math.log1p(threshold);
    const estimate = worse(pair.direction, tested.shift);
    const [lowWorse, highWorse] = [tested.lower, tested.upper]
        .map((v) => worse(pair.direction, v))
        .sort((a, b) => a - b);
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
    const corrected = options.correction === 'none'
        ? ''
        : ` after ${options.correction === 'holm' ? "Holm's" : 'the Benjamini–Hochberg'} correction across ${family} benchmarks`;
    let verdict;
    let reason;
    let repetitionsNeeded;
    if (significant && beyond) {
        verdict = 'regressed';
        reason = 'the whole interval lies beyond the threshold and the change is significant';
    }
    else if (significantlyBetter && beyondBetter) {
        verdict = 'improved';
        reason = 'the whole interval lies beyond the threshold in the better direction';
    }
    else if (estimate > limit) {
        verdict = 'inconclusive';
        reason =
            lowWorse <= limit
                ? significant
                    ? 'the change is real but its interval reaches below the threshold'
                    : 'the estimate is beyond the threshold but not significant at this noise'
                : !significant
                    ? `the interval lies beyond the threshold, but the change is not significant${corrected}`
                    : `the interval lies beyond the threshold, but not by enough for ${families.worseBeyond} benchmarks beyond it at once`;
        repetitionsNeeded = repetitionsFor(tested.design, estimate, limit, { benchmarks: family, beyond: families.worseBeyond }, options);
    }
    else if (highWorse < -limit) {
        // An interval wholly beyond the threshold is never called unchanged: with many benchmarks
        // the corrected test can ask for more than the interval shows.
        verdict = 'inconclusive';
        reason = `faster beyond the threshold by its interval, but not significant${corrected}`;
    }
    else {
        verdict = 'unchanged';
        reason =
            significant || significantlyBetter
                ? 'a real change, within the threshold'
                : 'no change beyond the noise';
    }
    const detectable = Math.expm1(detectableLogChange(tested.design, limit, { benchmarks: family, beyond: Math.max(families.worseBeyond, 1) }, options));
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
function decideSingleValue(pair, offsetLog, options, fewStoredRuns) {
    const threshold = (0,name_pattern/* lookupByPattern */.Y)(options.thresholds, pair.name, options.threshold);
    const limit = Math.log1p(threshold);
    const shift = (0,stats/* median */.JZ)(pair.logHead) - (0,stats/* median */.JZ)(pair.logBase) - offsetLog;
    const estimate = worse(pair.direction, shift);
    const spreads = [pair.base.reportedRelativeSpread, pair.head.reportedRelativeSpread];
    const known = spreads.every((s) => s !== undefined);
    const z = normalQuantileForLevel(options.confidence);
    // A reported ± spread is treated as one standard deviation of the value: the usual meaning
    // for libtest's "+/-" and benchmark.js's "±" (the latter is a relative margin of error, so this
    // is conservative).
    const halfWidth = known ? z * Math.hypot(spreads[0] ?? 0, spreads[1] ?? 0) : undefined;
    const noStoredRuns = `fewer than ${single_value/* MIN_STORED_RUNS */.i} stored runs to measure its run-to-run noise`;
    let verdict = 'unchanged';
    let reason = 'a single value within the threshold';
    if (estimate > limit) {
        const beyondSpread = halfWidth === undefined || estimate - halfWidth > limit;
        if (options.singleValue === 'fail' && beyondSpread && !fewStoredRuns) {
            verdict = 'regressed';
            reason =
                halfWidth === undefined
                    ? `a single value beyond the threshold, with no reported spread and ${noStoredRuns} (single-value: fail)`
                    : `a single value beyond the threshold and its reported within-run spread, with ${noStoredRuns} (single-value: fail)`;
        }
        else {
            verdict = 'inconclusive';
            reason = !beyondSpread
                ? 'a single value beyond the threshold, but within its reported spread'
                : `a single value beyond the threshold, with ${noStoredRuns}: it cannot tell a change from runner noise${fewStoredRuns && options.singleValue === 'fail' ? ', so it does not fail' : ''}`;
        }
    }
    else if (-estimate > limit && halfWidth !== undefined && -estimate - halfWidth > limit) {
        verdict = 'improved';
        reason = 'a single value, better beyond the threshold and its reported within-run spread';
    }
    else if (-estimate > limit) {
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


/***/ }),

/***/ 90154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ runnerSpeedExponent),
/* harmony export */   KN: () => (/* binding */ isTimeUnit),
/* harmony export */   oU: () => (/* binding */ convertUnit),
/* harmony export */   pW: () => (/* binding */ directionOfOtherUnit)
/* harmony export */ });
/** Nanoseconds per unit of time, for every spelling the supported tools write. */
const NANOSECONDS_PER = {
    ps: 1e-3,
    ns: 1,
    nanosecond: 1,
    nanoseconds: 1,
    us: 1e3,
    µs: 1e3, // U+00B5 micro sign
    μs: 1e3, // U+03BC Greek mu, which some tools print instead
    microsecond: 1e3,
    microseconds: 1e3,
    ms: 1e6,
    millisecond: 1e6,
    milliseconds: 1e6,
    s: 1e9,
    sec: 1e9,
    second: 1e9,
    seconds: 1e9,
    min: 60e9,
};
/**
 * Bytes per unit of memory. K/M/G are decimal (Go's `MB/s` is 10^6 bytes per second, see
 * testing.BenchmarkResult.mbPerSec); the IEC KiB/MiB/GiB are binary.
 */
const BYTES_PER = {
    B: 1,
    byte: 1,
    bytes: 1,
    kB: 1e3,
    KB: 1e3,
    MB: 1e6,
    GB: 1e9,
    KiB: 1024,
    MiB: 1024 ** 2,
    GiB: 1024 ** 3,
};
/** Operations: the numerator of a throughput unit such as `ops/s`. */
const OPERATION_WORDS = new Set(['op', 'ops', 'operation', 'operations']);
/**
 * Maps a unit as a tool writes it to the canonical unit, the factor to get there and the direction
 * it implies. Time per operation (`ns/op`, `us/op`, `ns/iter`) is a time; bytes per operation
 * (`B/op`) a memory; operations per time (`ops/s`, `ops/ms`, `ops/sec`) an operation rate; bytes per
 * time (`MB/s`) a byte rate. Anything else (`allocs/op`, `cycles/iter`, `req/s`, `Percent`) is kept
 * as written, with factor 1 and no implied direction.
 */
function convertUnit(toolUnit) {
    const unit = toolUnit.trim();
    const [numerator = '', denominator, ...rest] = unit.split('/');
    if (rest.length === 0) {
        const perOperation = denominator === undefined || denominator === 'op' || denominator === 'iter';
        const timeFactor = NANOSECONDS_PER[numerator];
        if (perOperation && timeFactor !== undefined) {
            return { unit: 'ns', factor: timeFactor, kind: 'time', direction: 'smaller-is-better' };
        }
        const byteFactor = BYTES_PER[numerator];
        if (perOperation && byteFactor !== undefined) {
            return { unit: 'B', factor: byteFactor, kind: 'memory', direction: 'smaller-is-better' };
        }
        const perTime = denominator === undefined ? undefined : NANOSECONDS_PER[denominator];
        if (perTime !== undefined && OPERATION_WORDS.has(numerator)) {
            return {
                unit: 'ops/s',
                factor: 1e9 / perTime,
                kind: 'operation-rate',
                direction: 'bigger-is-better',
            };
        }
        if (perTime !== undefined && byteFactor !== undefined) {
            return {
                unit: 'B/s',
                factor: (byteFactor * 1e9) / perTime,
                kind: 'byte-rate',
                direction: 'bigger-is-better',
            };
        }
    }
    return { unit, factor: 1, kind: 'other', direction: undefined };
}
/**
 * How a metric of `unit` (as a tool writes it, or canonical) moves with the slowness of the
 * machine that measured it, as the power of the slowness: a time per operation with it (1), a
 * rate against it (−1), memory and allocation counts (Go's B/op and allocs/op) not at all (0).
 * A unit the gate cannot classify moves like a time if smaller is better (a cost), like a rate
 * if bigger is; only counts of allocations are known to be machine-independent among them.
 * @example runnerSpeedExponent('ns', 'smaller-is-better') // 1
 * @example runnerSpeedExponent('allocs/op', 'smaller-is-better') // 0
 */
function runnerSpeedExponent(unit, direction) {
    switch (convertUnit(unit).kind) {
        case 'time':
            return 1;
        case 'operation-rate':
        case 'byte-rate':
            return -1;
        case 'memory':
            return 0;
        case 'other':
            if (/^allocs?\b/i.test(unit.trim()))
                return 0;
            return direction === 'smaller-is-better' ? 1 : -1;
    }
}
/** True when the unit is a time (or time per operation) that converts to `ns`. */
function isTimeUnit(toolUnit) {
    return convertUnit(toolUnit).kind === 'time';
}
/**
 * Direction for a unit the gate cannot classify, following benchstat's convention: a rate (a unit
 * ending in `/s`) is bigger-is-better, anything else (a count or cost per operation) smaller-is-better.
 */
function directionOfOtherUnit(unit) {
    return /\/(s|sec|second)$/.test(unit) ? 'bigger-is-better' : 'smaller-is-better';
}


/***/ }),

/***/ 40837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ MIN_STORED_RUNS),
/* harmony export */   m: () => (/* binding */ judgeSingleValues)
/* harmony export */ });
/* harmony import */ var _stats_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13329);
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

/** Fewest stored runs (with the benchmark) that a judgement rests on. */
const MIN_STORED_RUNS = 5;
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
/**
 * Judges every series against its stored runs. Series with fewer than {@link MIN_STORED_RUNS}
 * positive stored values are not judged (the caller decides what to do with them); they are
 * absent from `judgements`.
 *
 * @throws {Error} `judgeSingleValues: ...` when a head value is not positive and finite or the
 *   series do not share one run count.
 */
function judgeSingleValues(series, options) {
    const runCount = series[0]?.runs.length ?? 0;
    for (const s of series) {
        if (!(s.head > 0) || !Number.isFinite(s.head)) {
            throw new Error(`judgeSingleValues: head value of ${s.name} must be positive, got ${s.head}`);
        }
        if (s.runs.length !== runCount) {
            throw new Error(`judgeSingleValues: every series needs the same ${runCount} runs, ${s.name} has ${s.runs.length}`);
        }
    }
    const eligible = series.filter((s) => s.runs.filter((v) => v !== undefined && v > 0 && Number.isFinite(v)).length >=
        MIN_STORED_RUNS);
    const logRuns = eligible.map((s) => s.runs.map((v) => (v !== undefined && v > 0 && Number.isFinite(v) ? Math.log(v) : undefined)));
    const exponents = eligible.map((s) => s.runnerExponent ?? 1);
    const useOffset = exponents.filter((e) => e !== 0).length >= MIN_BENCHMARKS_FOR_OFFSET;
    // 1. Per-run offsets, from each benchmark's rough centre and noise.
    const rough = logRuns.map((logs) => spreadOf(present(logs)));
    const roughWeights = offsetWeights(rough, exponents);
    const runOffsets = Array.from({ length: runCount }, (_, j) => useOffset
        ? offsetOf(logRuns.map((logs) => logs[j]), rough, roughWeights, exponents)
        : 0);
    const corrected = logRuns.map((logs, i) => present(logs.map((v, j) => v === undefined ? undefined : v - (exponents[i] ?? 1) * (runOffsets[j] ?? 0))));
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
        const spread = spreads[i];
        const noise = Math.max(spread.sd, s.headSpread ?? 0, MIN_NOISE);
        const exponent = exponents[i] ?? 1;
        const offsetSe = exponent === 0 ? 0 : suiteOffsetSe;
        const se = Math.sqrt(noise ** 2 * (1 + 1 / spread.kept) + offsetSe ** 2);
        const shift = headLogs[i] - exponent * headOffset - spread.location;
        const estimate = s.direction === 'smaller-is-better' ? shift : -shift;
        const df = reference.model === 'normal' ? spread.kept - 1 : reference.df;
        const law = { df, scale: reference.model === 'normal' ? 1 : reference.scale };
        return { series: s, spread, noise, se, shift, estimate, limit: Math.log1p(s.threshold), law };
    });
    const survival = (z, law) => (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .studentTSurvival */ .qX)(z / law.scale, law.df);
    const quantile = (p, law) => law.scale * (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .studentTQuantile */ .$J)(p, law.df);
    const adjust = (p) => (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .adjustPValues */ .uA)(p, options.correction);
    const changedWorse = adjust(tested.map((t) => survival(t.estimate / t.se, t.law)));
    const changedBetter = adjust(tested.map((t) => survival(-t.estimate / t.se, t.law)));
    const level = (1 - options.confidence) / 2;
    const beyondWorse = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .adjustSelectedPValues */ .vY)(tested.map((t) => t.estimate > t.limit ? survival((t.estimate - t.limit) / t.se, t.law) : undefined), options.correction);
    const beyondBetter = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .adjustSelectedPValues */ .vY)(tested.map((t) => -t.estimate > t.limit ? survival((-t.estimate - t.limit) / t.se, t.law) : undefined), options.correction);
    const family = tested.length;
    const proofAlpha = PROOF_FACTOR * options.alpha;
    const proofLevel = PROOF_FACTOR * level;
    const judgements = tested.map((t, i) => {
        const worse = (changedWorse[i] ?? 1) < options.alpha;
        const provenWorse = (changedWorse[i] ?? 1) < proofAlpha && (beyondWorse.adjusted[i] ?? 1) < proofLevel;
        const provenBetter = (changedBetter[i] ?? 1) < proofAlpha && (beyondBetter.adjusted[i] ?? 1) < proofLevel;
        const towardsWorse = t.estimate >= 0;
        // The interval is the suite's, like the verdict: family-wise at the confidence level
        // (Bonferroni), so that a change whose interval excludes 0 is one the verdict can call
        // changed, and "−76% (−90% … −42%), unchanged" (an interval per benchmark among 300) never
        // shows.
        const z = quantile(1 - (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loneLevel */ .Bu)(level, family, options.correction), t.law);
        const noiseBound = quantile(1 - (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loneLevel */ .Bu)(options.alpha, family, options.correction), t.law) * t.se;
        // The smallest regression proven with 80% power: the estimate must pass both claims at the
        // proof levels, as a lone benchmark of its families.
        const detectable = Math.max(quantile(1 - (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loneLevel */ .Bu)(proofAlpha, family, options.correction), t.law) * t.se, t.limit +
            quantile(1 - (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loneLevel */ .Bu)(proofLevel, Math.max(beyondWorse.selected, 1), options.correction), t.law) *
                t.se) +
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
        ? runnerOffset(headLogs, spreads, exponents, { head: headOffset, lastRun, se: suiteOffsetSe, stored: storedOffsets }, tested)
        : undefined;
    return { judgements, ...(offset ? { offset } : {}), reference };
}
function decide(t, facts) {
    const { options } = facts;
    const change = percent(Math.expm1(t.estimate));
    const noise = `${percent(t.noise)} run-to-run noise of ${facts.runs} stored runs`;
    const corrected = options.correction === 'none' || facts.family < 2
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
function percent(fraction) {
    return `${(fraction * 100).toFixed(1)}%`;
}
function present(values) {
    return values.filter((v) => v !== undefined);
}
/**
 * Location and scale of one benchmark's stored logs: their mean (normal noise) or median (a
 * stored run twice as slow does not move it), and their standard deviation. The standard
 * deviation is not made robust on purpose: a far-off stored run inflates it, which makes that
 * benchmark's judgement cautious, never alarming; trimming by the MAD of 10 runs (itself noisy)
 * set aside ordinary runs and lost a third of the power in the replay (bench/replay.ts) for no
 * fewer false alarms, since the fitted reference (chooseReference) accounts for heavy tails.
 */
function spreadOf(logs, centre = 'median') {
    const mean = logs.reduce((a, v) => a + v, 0) / logs.length;
    const squares = logs.reduce((a, v) => a + (v - mean) ** 2, 0);
    return {
        location: centre === 'mean' ? mean : (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(logs),
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
function offsetWeights(spreads, exponents) {
    const sds = spreads.map((s) => Math.max(s.sd, MIN_NOISE));
    const sorted = sds.filter((_, i) => exponents[i] !== 0).sort((a, b) => a - b);
    const floor = Math.max(sorted[Math.min(2, sorted.length - 1)] ?? MIN_NOISE, sorted[Math.floor((sorted.length - 1) / 4)] ?? MIN_NOISE);
    return sds.map((sd, i) => (exponents[i] === 0 ? 0 : 1 / Math.max(sd, floor) ** 2));
}
/**
 * The runner offset of one run, as the log slowness of its machine: the weighted median of its
 * benchmarks' deviations from their centres, each in the sense its exponent gives (weights from
 * offsetWeights). 0 with fewer than 3 benchmarks taking part present in the run.
 */
function offsetOf(logs, spreads, weights, exponents) {
    const points = [];
    logs.forEach((v, i) => {
        const spread = spreads[i];
        const exponent = exponents[i] ?? 1;
        if (v === undefined || spread === undefined || exponent === 0)
            return;
        points.push({ deviation: exponent * (v - spread.location), weight: weights[i] ?? 0 });
    });
    if (points.length < MIN_BENCHMARKS_FOR_OFFSET)
        return 0;
    points.sort((a, b) => a.deviation - b.deviation);
    const half = points.reduce((a, p) => a + p.weight, 0) / 2;
    let cumulative = 0;
    for (const p of points) {
        cumulative += p.weight;
        if (cumulative >= half)
            return p.deviation;
    }
    return points.at(-1)?.deviation ?? 0;
}
/**
 * Standard error of the weighted median offset: √(π/2 · Σ wᵢ² noiseᵢ²) / Σ wᵢ, the large-sample
 * variance of a weighted median under normal noise (π/2 · noise² / k for equal weights).
 */
function offsetStandardError(spreads, weights) {
    let total = 0;
    let spread = 0;
    spreads.forEach((s, i) => {
        const w = weights[i] ?? 0;
        total += w;
        spread += w * w * Math.max(s.sd, MIN_NOISE) ** 2;
    });
    return Math.sqrt((Math.PI / 2) * spread) / total;
}
function runnerOffset(headLogs, spreads, exponents, offsets, tested) {
    const taking = headLogs.flatMap((v, i) => {
        const exponent = exponents[i] ?? 1;
        if (exponent === 0)
            return [];
        return [{ deviation: exponent * (v - (spreads[i]?.location ?? v)), t: tested[i] }];
    });
    const limit = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(taking.map(({ t }) => t?.limit ?? 0));
    // "Moved alike": within two of its own predictive standard errors of the shared offset.
    const near = taking.filter(({ deviation, t }) => Math.abs(deviation - offsets.head) <= 2 * (t?.se ?? 0)).length;
    const fresh = offsets.head - offsets.lastRun;
    // Both offsets are estimates (a small suite of noisy benchmarks gives loose ones): the move
    // must clear the threshold by its one-sided 95% margin, √2 standard errors of one offset.
    const margin = 1.645 * Math.SQRT2 * offsets.se;
    const runners = runnerSpread(offsets.stored);
    // Where the stored runs' runners would put a new run, 95% two-sided (the textbook prediction
    // interval from their offsets); without three of them, anywhere outside the threshold.
    const usual = runners === undefined
        ? false
        : Math.abs(offsets.head - runners.mean) <=
            (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .studentTQuantile */ .$J)(0.975, runners.count - 1) * runners.sd * Math.sqrt(1 + 1 / runners.count);
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
function runnerSpread(offsets) {
    if (offsets.length < 3)
        return undefined;
    const mean = offsets.reduce((a, v) => a + v, 0) / offsets.length;
    const squares = offsets.reduce((a, v) => a + (v - mean) ** 2, 0);
    return { mean, sd: Math.sqrt(squares / (offsets.length - 1)), count: offsets.length };
}
/**
 * The distribution standardized head deviations follow under "no change", chosen from the
 * leave-one-out residuals of every benchmark's stored runs (see the module comment): normal
 * theory unless the residuals are heavier-tailed, else a t fitted to the median-based ones.
 */
function chooseReference(corrected) {
    const byMean = leaveOneOutResiduals(corrected, 'mean');
    if (byMean.residuals.length < MIN_RESIDUALS_FOR_FIT) {
        return { model: 'fallback', df: FALLBACK_DF, scale: 1, residuals: 0 };
    }
    const tails = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .studentTTailTest */ .iV)(byMean.residuals, byMean.degreesOfFreedom);
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
    const fit = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .studentTScaleFit */ .$t)(byMedian);
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
function leaveOneOutResiduals(corrected, centre) {
    const residuals = [];
    const degreesOfFreedom = [];
    for (const logs of corrected) {
        for (let j = 0; j < logs.length; j += 1) {
            const others = logs.filter((_, i) => i !== j);
            const spread = spreadOf(others, centre);
            if (!(spread.sd > 0) || spread.kept < 2)
                continue;
            const se = spread.sd * Math.sqrt(1 + 1 / spread.kept);
            residuals.push((logs[j] - spread.location) / se);
            degreesOfFreedom.push(spread.kept - 1);
        }
    }
    return { residuals, degreesOfFreedom };
}


/***/ }),

/***/ 66242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sv: () => (/* binding */ buildBenchVerdict),
  Fl: () => (/* binding */ formatValue)
});

// UNUSED EXPORTS: benchmarkKeys, formatChange

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/stats/index.ts + 40 modules
var stats = __webpack_require__(13329);
// EXTERNAL MODULE: ./src/gates/bench/analyze.ts + 1 modules
var analyze = __webpack_require__(10762);
// EXTERNAL MODULE: ./src/report/labels.ts
var labels = __webpack_require__(47923);
;// CONCATENATED MODULE: ./src/report/short-names.ts
/**
 * Names shortened the way benchstat shows Go sub-benchmarks: what every row shares is said once,
 * above the table, and each row shows only what tells it apart. A table of
 * `BenchmarkDecode/format=protobuf/message=NestedRepeatedFields/size=4096-16` and its siblings is
 * wider than a PR comment (840 px) and cut to one look-alike `BenchmarkDecode/forma…` in a
 * terminal; `format=protobuf/message=NestedRepeatedFields/size=4096` under the pattern
 * `BenchmarkDecode/…-16` fits and reads.
 *
 * Names are cut only between whole segments: after a `/` or `::`, at a `.` between a name and a
 * name (`org.example.Bench.run`, never inside `0.010`, nor in a command such as
 * `python3 codec.py --size 64`), and before Go's `-N` GOMAXPROCS suffix.
 * A number or a `key=value` pair is therefore never split, and since only text that every name
 * shares is dropped, two different names can never come out alike.
 */
/**
 * Fewer shared characters than this are left in the names: dropping `-4` or `/usr/bin/` saves
 * less than it costs the reader to put the pattern back.
 */
const MIN_SHARED_LENGTH = 10;
/** The marker in {@link ShortNames.pattern} where a short name goes. */
const SHORT_NAME_MARKER = '…';
/** A letter, digit or underscore: what a `.` must follow to separate names. */
const WORD = /[\p{L}\p{N}_]/u;
/** A letter or underscore: what a `.` must precede to separate names (never a digit). */
const NAME_START = /[\p{L}_]/u;
/**
 * A name with a space is a command (hyperfine's), whose dots are file names (`codec.py`) rather
 * than a class path's separators.
 */
const WHITESPACE = /\s/;
/** Go's GOMAXPROCS suffix, `-16` in `BenchmarkDecode/size=64-16`. */
const PROCS_SUFFIX = /^-\d+$/;
/** Whether a shared prefix may end just before `at` in `core`: right after a separator. */
function isPrefixCut(core, at) {
    if (at <= 0 || at >= core.length)
        return false;
    const before = core[at - 1];
    if (before === '/')
        return true;
    if (before === ':' && core[at - 2] === ':')
        return true;
    return (before === '.' &&
        WORD.test(core[at - 2] ?? '') &&
        NAME_START.test(core[at] ?? '') && // a.b, not 0.5
        !WHITESPACE.test(core));
}
/** Whether a shared suffix may start at `at` in `core`: on a separator. */
function isSuffixCut(core, at) {
    if (at <= 0 || at >= core.length)
        return false;
    const char = core[at];
    if (char === '/')
        return true;
    if (char === ':' && core[at + 1] === ':')
        return true;
    if (char === '-')
        return PROCS_SUFFIX.test(core.slice(at));
    return (char === '.' &&
        WORD.test(core[at - 1] ?? '') &&
        NAME_START.test(core[at + 1] ?? '') &&
        !WHITESPACE.test(core));
}
/** Positions in `core` where a shared prefix may end, longest first. */
function prefixCuts(core) {
    const cuts = [];
    for (let at = core.length - 1; at > 0; at -= 1)
        if (isPrefixCut(core, at))
            cuts.push(at);
    return cuts;
}
/** Positions in `core` where a shared suffix may start, longest suffix first. */
function suffixCuts(core) {
    const cuts = [];
    for (let at = 1; at < core.length; at += 1)
        if (isSuffixCut(core, at))
            cuts.push(at);
    return cuts;
}
/**
 * Shortens `names` by the longest prefix and then the longest suffix that every name shares,
 * both ending at a separator (see the module's comment), each name keeping at least one
 * character of its own, when together they are at least {@link MIN_SHARED_LENGTH} characters. Nothing is shortened when fewer than two different names remain once
 * tails are set aside (one benchmark's metrics share everything but the metric). The mapping is
 * one-to-one: distinct names give distinct short names (checked; on a clash nothing is
 * shortened), and `prefix + short + suffix` (before the tail) is the name again. Time is the
 * total length of the names times the separators in the first one.
 *
 * @example shortenNames(['Decode/a=1/n=8-16', 'Decode/a=2/n=8-16'])
 * // pattern 'Decode/…/n=8-16'; of('Decode/a=2/n=8-16') === 'a=2'
 */
function shortenNames(names, options = {}) {
    const unchanged = { pattern: '', prefix: '', suffix: '', of: (name) => name };
    const unique = [...new Set(names)];
    const split = unique.map((name) => {
        const at = Math.min(name.length, Math.max(0, options.tailStart?.(name) ?? name.length));
        return { name, core: name.slice(0, at), tail: name.slice(at) };
    });
    const first = split[0];
    if (first === undefined || new Set(split.map((part) => part.core)).size < 2)
        return unchanged;
    const prefixLength = prefixCuts(first.core).find((at) => {
        const prefix = first.core.slice(0, at);
        return split.every(({ core }) => core.startsWith(prefix) && isPrefixCut(core, at));
    }) ?? 0;
    const suffixLength = suffixCuts(first.core)
        .map((at) => first.core.length - at)
        .find((length) => {
        const suffix = first.core.slice(first.core.length - length);
        return split.every(({ core }) => core.length - length > prefixLength &&
            core.endsWith(suffix) &&
            isSuffixCut(core, core.length - length));
    }) ?? 0;
    if (prefixLength + suffixLength < MIN_SHARED_LENGTH)
        return unchanged;
    const short = new Map(split.map(({ name, core, tail }) => [
        name,
        core.slice(prefixLength, core.length - suffixLength) + tail,
    ]));
    // Only shared text was dropped, so this cannot clash; the check keeps it so if the cuts change.
    if (new Set(short.values()).size !== short.size)
        return unchanged;
    const prefix = first.core.slice(0, prefixLength);
    const suffix = first.core.slice(first.core.length - suffixLength);
    return {
        pattern: prefix + SHORT_NAME_MARKER + suffix,
        prefix,
        suffix,
        of: (name) => short.get(name) ?? name,
    };
}

// EXTERNAL MODULE: ./src/gates/bench/single-value.ts
var single_value = __webpack_require__(40837);
;// CONCATENATED MODULE: ./src/gates/bench/verdict.ts
/**
 * Turns a bench analysis into the shared verdict: headline, figures, tables and notes. Pure; the
 * shared reporters render the verdict to Markdown, check runs and the console.
 */






const verdictLabel = {
    regressed: 'regressed',
    improved: 'improved',
    unchanged: 'unchanged',
    inconclusive: 'inconclusive',
};
/** Sort key for the main table: regressions first, then inconclusive, then improvements. */
const verdictOrder = {
    regressed: 0,
    inconclusive: 1,
    improved: 2,
    unchanged: 3,
};
/** Formats a value in a series' canonical unit. */
function formatValue(value, unit) {
    switch (unit) {
        case 'ns':
            return (0,format/* formatDuration */.a3)(value);
        case 'B':
            return (0,format/* formatBytes */.z3)(value);
        case 'B/s':
            return `${(0,format/* formatBytes */.z3)(value)}/s`;
        default:
            return `${compactNumber(value)} ${unit}`;
    }
}
/** 79288168 → "79.3M": rates and counts read best with three significant digits. */
function compactNumber(value) {
    const magnitude = Math.abs(value);
    for (const [scale, suffix] of [
        [1e12, 'T'],
        [1e9, 'G'],
        [1e6, 'M'],
        [1e3, 'k'],
    ]) {
        if (magnitude >= scale)
            return `${(0,format/* formatNumber */.ZV)(value / scale)}${suffix}`;
    }
    return (0,format/* formatNumber */.ZV)(value);
}
/** No-break space: the `…` of an interval never starts a line of its own. */
const NO_BREAK_SPACE = '\u00A0';
/**
 * "+12.3% (+8.1% … +16.0%)": the change head/base with its interval. A narrow column (a PR
 * comment) wraps it between whole numbers only: after the change, and after the `…`.
 */
function formatChange(c) {
    const change = (0,format/* formatPercent */.l9)(c.ratio - 1, { signed: true, digits: 1 });
    if (c.ratioLower === undefined || c.ratioUpper === undefined)
        return change;
    const bound = (ratio) => 
    // A bound past any number a reader can use (noise as heavy-tailed as a Cauchy's, from a
    // loaded machine) reads as unbounded.
    Number.isFinite(ratio) && ratio < UNBOUNDED_RATIO
        ? (0,format/* formatPercent */.l9)(ratio - 1, { signed: true, digits: 1 })
        : '+∞';
    return `${change} (${bound(c.ratioLower)}${NO_BREAK_SPACE}… ${bound(c.ratioUpper)})`;
}
/** Ratio from which an interval's bound reads as unbounded (+10,000,000%). */
const UNBOUNDED_RATIO = 1e5;
function formatP(p) {
    if (p === undefined)
        return '–';
    return p < 0.001 ? '<0.001' : p.toFixed(3);
}
/**
 * One comparison as a table row. The verdict and the change come first, where a reader always
 * sees them: a table wider than the PR comment (840 px) scrolls, and what scrolls out of view is
 * the last columns, so the name (shortened by `names`, and the one cell that can be long) comes
 * last.
 */
function row(c, names) {
    return [
        `${verdictLabel[c.verdict]}${c.method === 'single-value' ? ' (single value)' : ''}`,
        formatChange(c),
        formatP(c.adjustedPValue),
        formatValue(c.base.median, c.unit),
        formatValue(c.head.median, c.unit),
        { text: names.of(c.name), code: true },
    ];
}
function columnsFor(confidence) {
    return [
        { header: 'Verdict' },
        { header: `Change (${Math.round(confidence * 100)}% CI)`, align: 'right' },
        { header: 'p (adj.)', align: 'right' },
        { header: 'Base (median)', align: 'right' },
        { header: 'Head (median)', align: 'right' },
        { header: 'Benchmark' },
    ];
}
/**
 * The comparisons' names without what all of them share (benchstat's way), a metric suffix
 * (` (B/op)`) kept on every name: one shortening for every table, so a benchmark reads the same
 * in each.
 */
function shortNamesOf(comparisons) {
    const names = comparisons.map((c) => c.name);
    const keys = benchmarkKeys(names);
    return shortenNames(names, { tailStart: (name) => (keys.get(name) ?? name).length });
}
/** A table's title, with the pattern of its shortened names: `… of BenchmarkDecode/…-16`. */
function titleWith(title, names) {
    return names.pattern === '' ? title : `${title} of ${names.pattern}`;
}
/** How much worse a comparison is, on a log scale (positive: worse). */
function severity(c) {
    const shift = Math.log(c.ratio);
    return c.direction === 'smaller-is-better' ? shift : -shift;
}
/**
 * The benchmark a compared series belongs to: parsers name a benchmark's further metrics
 * `Name (B/op)` beside its primary `Name` (Go's -benchmem, Google Benchmark's counters), so a
 * trailing parenthesised metric joins the benchmark `Name` when `Name` is compared too or when
 * another series shares it. A name that merely ends in parentheses stays its own benchmark.
 */
function benchmarkKeys(names) {
    const stemOf = (name) => /^(.*\S) \([^()]+\)$/.exec(name)?.[1];
    const present = new Set(names);
    const stemCounts = new Map();
    for (const name of names) {
        const stem = stemOf(name);
        if (stem !== undefined)
            stemCounts.set(stem, (stemCounts.get(stem) ?? 0) + 1);
    }
    return new Map(names.map((name) => {
        const stem = stemOf(name);
        const joins = stem !== undefined && (present.has(stem) || (stemCounts.get(stem) ?? 0) >= 2);
        return [name, joins ? stem : name];
    }));
}
function countVerdicts(comparisons) {
    const keys = benchmarkKeys(comparisons.map((c) => c.name));
    const byBenchmark = new Map();
    for (const c of comparisons) {
        const key = keys.get(c.name) ?? c.name;
        const verdicts = byBenchmark.get(key) ?? new Set();
        verdicts.add(c.verdict);
        byBenchmark.set(key, verdicts);
    }
    const worstOf = (verdicts) => ['regressed', 'inconclusive', 'improved'].find((v) => verdicts.has(v)) ??
        'unchanged';
    const worst = [...byBenchmark.values()].map(worstOf);
    const tally = (v) => ({
        benchmarks: worst.filter((w) => w === v).length,
        metrics: comparisons.filter((c) => c.verdict === v).length,
    });
    return {
        benchmarks: byBenchmark.size,
        metrics: comparisons.length,
        regressed: tally('regressed'),
        inconclusive: tally('inconclusive'),
        improved: tally('improved'),
    };
}
/** "2 of 9 benchmarks" and, when benchmarks carry several metrics, " (3 of 18 metrics)". */
function countPhrase(part, counts) {
    const several = counts.metrics !== counts.benchmarks;
    return {
        benchmarks: `${part.benchmarks} of ${plural(counts.benchmarks, 'benchmark')}`,
        metrics: several ? ` (${part.metrics} of ${plural(counts.metrics, 'metric')})` : '',
    };
}
/** The corrections and tables run over compared series: metrics, when benchmarks have several. */
function seriesNoun(counts) {
    return counts.metrics === counts.benchmarks ? 'benchmark' : 'metric';
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/**
 * "a regression of 40% is proven 80% of the time", or, where the stored runs are too noisy for
 * any regression to be proven reliably (an infinite or absurd limit, such as tails as heavy as a
 * Cauchy's on a loaded machine), that said outright.
 */
function provenReliably(detectable, verb) {
    return Number.isFinite(detectable) && detectable <= MAX_QUOTED_LIMIT
        ? `a regression of ${(0,format/* formatPercent */.l9)(detectable, { digits: 0 })} ${verb} proven 80% of the time`
        : `at this noise no regression ${verb} proven reliably (80% of the time), however large`;
}
/** Largest detection limit quoted as a number (+10,000%); beyond it, none is reliable. */
const MAX_QUOTED_LIMIT = 100;
/**
 * What the suite's single values could show, from the analysis that judged them (one source):
 * those judged against stored runs (their count, the noise the runs show, the change they prove
 * 80% of the time, and what they may do under `single-value`), then those with too few stored
 * runs, which warn at most unless `single-value: fail` and no stored runs at all.
 */
function singleValueNotes(analysis, noun, threshold) {
    const singles = analysis.comparisons.filter((c) => c.method === 'single-value');
    if (singles.length === 0)
        return [];
    const notes = [];
    const mayFail = analysis.options.singleValue === 'fail';
    const judged = singles.filter((c) => c.historyRuns !== undefined);
    const summary = analysis.singleValues;
    if (summary !== undefined && judged.length > 0) {
        const noises = judged.flatMap((c) => (c.historyNoise === undefined ? [] : [c.historyNoise]));
        const noise = noises.length === 0
            ? ''
            : `, run-to-run noise ${(0,format/* formatPercent */.l9)((0,stats/* median */.JZ)(noises), { digits: 1 })} (median)`;
        notes.push({
            level: 'info',
            text: `${plural(judged.length, noun)} with a single value ${judged.length === 1 ? 'was' : 'were'} judged against up to ${plural(summary.runs, 'stored run')} (${summary.source})${noise}: a change beyond the noise warns; ${mayFail
                ? `one proven beyond ${threshold} after the suite's correction fails (single-value: fail), and ${provenReliably(summary.detectableChange, 'is')}.`
                : `none fails (set \`single-value: fail\` to let a regression proven beyond ${threshold} fail; ${provenReliably(summary.detectableChange, 'would be')}).`}`,
        });
    }
    const unjudged = singles.filter((c) => c.historyRuns === undefined);
    if (unjudged.length > 0) {
        notes.push({
            level: 'warning',
            text: `${plural(unjudged.length, noun)} ${unjudged.length === 1 ? 'has' : 'have'} a single value on one side and too few stored runs to measure ${unjudged.length === 1 ? 'its' : 'their'} run-to-run noise: one number cannot tell a ${threshold} change from runner noise, so ${mayFail
                ? 'a change beyond the threshold warns; it fails (single-value: fail) only with no stored runs at all and beyond the spread the tool reported, which is a within-run spread and understates runner noise'
                : `a change beyond the threshold warns at most`}. Run repetitions (e.g. \`--benchmark_repetitions=10\`, \`go test -count 10\`, hyperfine's \`--runs\`), or keep a history (\`history\`) of ${single_value/* MIN_STORED_RUNS */.i} runs or more, to get a real verdict.`,
        });
    }
    return notes;
}
/** Builds the bench verdict. */
function buildBenchVerdict(analysis, options) {
    const { comparisons, options: analysisOptions } = analysis;
    const counts = countVerdicts(comparisons);
    const regressed = counts.regressed.benchmarks;
    const improved = counts.improved.benchmarks;
    const inconclusive = counts.inconclusive.benchmarks;
    const threshold = (0,format/* formatPercent */.l9)(analysisOptions.threshold, { digits: 0 });
    const total = comparisons.length;
    // What one compared series is called: a benchmark, or one metric of a benchmark.
    const noun = seriesNoun(counts);
    const shift = analysis.offset?.suspectedRunnerShift === true;
    const notes = [];
    const columns = columnsFor(analysisOptions.confidence);
    if (options.baseline.kind === 'none') {
        return noBaselineVerdict(options, analysis);
    }
    let status = 'pass';
    let headline;
    if (total === 0) {
        status = 'warn';
        headline = 'No benchmark is present in both the baseline and the current results';
    }
    else if (regressed > 0) {
        status = 'fail';
        const phrase = countPhrase(counts.regressed, counts);
        headline = `${phrase.benchmarks} regressed beyond ${threshold}${phrase.metrics}`;
    }
    else if (inconclusive > 0 || shift) {
        status = 'warn';
        headline = shift
            ? `Suspected runner shift: almost every benchmark moved by ${(0,format/* formatPercent */.l9)((analysis.offset?.ratio ?? 1) - 1, { signed: true, digits: 1 })}`
            : (() => {
                const phrase = countPhrase(counts.inconclusive, counts);
                return `${phrase.benchmarks} inconclusive at ${threshold}${phrase.metrics}; none regressed`;
            })();
    }
    else {
        const metrics = counts.metrics === counts.benchmarks ? '' : ` (${plural(counts.metrics, 'metric')})`;
        headline = `No regression beyond ${threshold} in ${plural(counts.benchmarks, 'benchmark')}${metrics}`;
    }
    if (improved > 0 && status !== 'fail')
        headline += ` (${improved} improved)`;
    notes.push({ level: 'info', text: `Baseline: ${options.baseline.label}.` });
    if (analysis.offset) {
        const o = analysis.offset;
        notes.push(o.applied
            ? {
                level: o.suspectedRunnerShift ? 'warning' : 'info',
                text: `The baseline comes from another runner: a suite-wide offset of ${(0,format/* formatPercent */.l9)(o.ratio - 1, { signed: true, digits: 1 })} (estimated from ${plural(o.benchmarks, noun)}) was corrected for.${o.runnerNoise === undefined
                    ? ''
                    : ` The stored runs' own runners varied by ${(0,format/* formatPercent */.l9)(Math.expm1(o.runnerNoise), { digits: 1 })} from run to run (one standard deviation).`}${o.suspectedRunnerShift
                    ? ' Almost every benchmark moved by this factor, which points at the runner, not the code. Run base and head in the same job (same-job A/B) to tell them apart.'
                    : ''}`,
            }
            : {
                level: 'info',
                text: `The baseline comes from another runner, but ${plural(o.benchmarks, noun)} are too few to estimate the runner offset; none was corrected for.`,
            });
    }
    notes.push(...sensitivityNotes(analysis, noun));
    if (analysis.noisePooling && analysis.noisePooling.priorDf > 0) {
        const { priorDf, benchmarks, outlying } = analysis.noisePooling;
        notes.push({
            level: 'info',
            text: `Noise estimates were pooled across ${plural(benchmarks, noun)} (empirical Bayes, ${Number.isFinite(priorDf)
                ? `worth ${Math.round(priorDf)} extra degrees of freedom`
                : 'their noise levels agree'}): with few repetitions each benchmark's own estimate is too uncertain to judge it alone.${outlying > 0
                ? ` ${plural(outlying, noun)} with far more noise than the suite's kept ${outlying === 1 ? 'its' : 'their'} own.`
                : ''}`,
        });
    }
    const excluded = comparisons.reduce((sum, c) => sum + c.base.excluded + c.head.excluded, 0);
    if (excluded > 0) {
        notes.push({
            level: 'info',
            text: `${plural(excluded, 'far-too-slow sample')} (interference on the runner, modified z-score above ${analyze/* SLOW_OUTLIER_SCORE */.Y}) ${excluded === 1 ? 'was' : 'were'} left out of the tests; the verdict JSON counts them per benchmark.`,
        });
    }
    notes.push(...singleValueNotes(analysis, noun, threshold));
    for (const c of comparisons) {
        if (c.verdict === 'inconclusive' && c.repetitionsNeeded !== undefined) {
            notes.push({
                level: 'info',
                text: `${c.name}: inconclusive with ${repetitionsPhrase(c.base.n, c.head.n)}; about ${c.repetitionsNeeded} on each side would settle a change of this size (80% of the time).`,
            });
        }
    }
    if (analysis.added.length > 0) {
        notes.push({ level: 'info', text: `New benchmarks (no baseline): ${analysis.added.length}.` });
    }
    if (analysis.removed.length > 0) {
        notes.push({
            level: 'info',
            text: `Benchmarks missing from the current results: ${analysis.removed.length}.`,
        });
    }
    const withoutRatio = analysis.withoutRatio ?? [];
    if (withoutRatio.length > 0) {
        notes.push({
            level: 'warning',
            text: `${(0,labels/* countOf */.pq)(withoutRatio.length, 'metric')} changed to or from zero (e.g. 0 allocs/op): a ratio cannot measure that, so ${withoutRatio.length === 1 ? 'it is' : 'they are'} listed with ${withoutRatio.length === 1 ? 'its' : 'their'} medians and not judged.`,
        });
    }
    const sorted = [...comparisons].sort((a, b) => verdictOrder[a.verdict] - verdictOrder[b.verdict] ||
        Math.abs(severity(b)) - Math.abs(severity(a)) ||
        a.name.localeCompare(b.name));
    const changes = sorted.filter((c) => c.verdict !== 'unchanged');
    const names = shortNamesOf(comparisons);
    const tables = [];
    if (changes.length > 0) {
        tables.push({
            id: 'changes',
            title: titleWith('Regressions and improvements', names),
            columns,
            rows: changes.map((c) => row(c, names)),
        });
    }
    // Everything else, collapsed: the changes are already in the table above.
    const unchanged = sorted.filter((c) => c.verdict === 'unchanged');
    if (unchanged.length > 0) {
        tables.push({
            id: 'unchanged',
            title: titleWith(plural(unchanged.length, `unchanged ${noun}`), names),
            columns,
            rows: unchanged.map((c) => row(c, names)),
            collapsed: true,
            dropPriority: 1,
        });
    }
    if (withoutRatio.length > 0) {
        tables.push({
            id: 'without-ratio',
            title: 'Changed to or from zero, not judged',
            columns: [
                { header: 'Base (median)', align: 'right' },
                { header: 'Head (median)', align: 'right' },
                { header: 'Benchmark' },
            ],
            rows: withoutRatio.map((m) => [
                formatValue(m.baseMedian, m.unit),
                formatValue(m.headMedian, m.unit),
                { text: m.name, code: true },
            ]),
        });
    }
    if (analysis.added.length + analysis.removed.length > 0) {
        tables.push({
            id: 'added-removed',
            title: 'Benchmarks present on one side only',
            columns: [{ header: 'Benchmark' }, { header: 'Where' }],
            rows: [
                ...analysis.added.map((n) => [{ text: n, code: true }, 'new in head']),
                ...analysis.removed.map((n) => [{ text: n, code: true }, 'missing from head']),
            ],
            collapsed: true,
            dropPriority: 2,
        });
    }
    const worst = comparisons.reduce((w, c) => (w === undefined || severity(c) > severity(w) ? c : w), undefined);
    const worstChange = worst ? Math.expm1(severity(worst)) : 0;
    const metrics = [
        { key: 'benchmarks', label: 'Benchmarks compared', value: counts.benchmarks, output: true },
        ...(counts.metrics === counts.benchmarks
            ? []
            : [{ key: 'metrics', label: 'Metrics compared', value: counts.metrics }]),
        { key: 'regressions', label: 'Regressed', value: regressed, output: true },
        { key: 'improvements', label: 'Improved', value: improved, output: true },
        { key: 'inconclusive', label: 'Inconclusive', value: inconclusive, output: true },
        {
            key: 'worst-change',
            label: 'Worst change',
            value: worst ? (0,format/* formatPercent */.l9)(worstChange, { signed: true, digits: 1 }) : '–',
            output: true,
        },
        { key: 'worst-benchmark', label: 'Worst benchmark', value: worst?.name ?? '–', output: true },
    ];
    return {
        schemaVersion: 1,
        gate: 'bench',
        key: options.key,
        status,
        headline,
        metrics,
        tables,
        findings: [],
        notes,
        charts: trendCharts(comparisons, options),
        data: {
            threshold: analysisOptions.threshold,
            baselineFrom: analysisOptions.baselineFrom,
            worstChange,
            offset: analysis.offset ?? null,
            comparisons: comparisons.map((c) => ({ ...c })),
            added: analysis.added,
            removed: analysis.removed,
            ignored: analysis.ignored,
            ...(withoutRatio.length > 0 ? { withoutRatio } : {}),
        },
    };
}
/** "5 repetitions per side", or "4 base and 20 head repetitions" when the sides differ. */
function repetitionsPhrase(base, head) {
    return base === head
        ? `${plural(base, 'repetition')} per side`
        : `${base} base and ${plural(head, 'head repetition')}`;
}
function correctionPhrase(correction, family, noun) {
    switch (correction) {
        case 'holm':
            return `Holm's correction across ${plural(family, noun)}`;
        case 'bh':
            return `the Benjamini–Hochberg correction across ${plural(family, noun)}`;
        case 'none':
            return 'no multiple-comparison correction';
        default: {
            const unreachable = correction;
            throw new Error(`unknown correction ${String(unreachable)}`);
        }
    }
}
/**
 * What the suite can detect, said once, from the analysis' sensitivity: the rule that decided the
 * verdicts computed it, so the note cannot contradict them.
 */
function sensitivityNotes(analysis, noun) {
    const s = analysis.sensitivity;
    if (!s)
        return [];
    const sides = repetitionsPhrase(s.baseRepetitions, s.headRepetitions);
    const correction = correctionPhrase(s.correction, s.benchmarks, noun);
    const threshold = (0,format/* formatPercent */.l9)(analysis.options.threshold, { digits: 0 });
    const target = (0,format/* formatPercent */.l9)(s.target, { signed: true, digits: 0 });
    const advice = s.repetitionsNeeded === undefined
        ? 'more than 1,000 repetitions on each side would be needed: this suite is too noisy to gate on at this threshold.'
        : `about ${s.repetitionsNeeded} repetitions on each side would bring it to ${target}.`;
    if (!Number.isFinite(s.detectableChange)) {
        const floor = s.pValueFloor === undefined ? '' : ` (1/${Math.round(1 / s.pValueFloor)})`;
        return [
            {
                level: 'warning',
                text: `With ${sides}, a regression of a single ${noun} cannot pass ${correction}: its noise is not pooled with the suite's, so its p-value cannot go below what a permutation test of its repetitions can give${floor}, and it would have to be below ${formatPValueLevel(s.level)}. For a ${target} regression to fail, ${advice}`,
            },
        ];
    }
    const blind = s.detectableChange > s.target;
    return [
        {
            level: blind ? 'warning' : 'info',
            text: `With ${sides} at a typical noise of ${(0,format/* formatPercent */.l9)(s.noise, { digits: 1 })}, a regression fails this gate reliably (80% of the time) from ${(0,format/* formatPercent */.l9)(s.detectableChange, { signed: true, digits: 1 })} on (threshold ${threshold}, ${correction}).${blind ? ` That is more than twice the threshold: ${advice}` : ''}`,
        },
    ];
}
function formatPValueLevel(level) {
    return level >= 0.001 ? String(Number(level.toPrecision(2))) : level.toExponential(1);
}
/** A missing baseline is a pass with directions, never a failure. */
function noBaselineVerdict(options, analysis) {
    return {
        schemaVersion: 1,
        gate: 'bench',
        key: options.key,
        status: 'pass',
        headline: `No baseline yet: ${(0,labels/* countOf */.pq)(analysis.added.length, 'benchmark')} recorded, nothing to compare`,
        metrics: [{ key: 'benchmarks', label: 'Benchmarks compared', value: 0, output: true }],
        tables: [],
        findings: [],
        notes: [
            { level: 'info', text: options.baseline.label },
            {
                level: 'info',
                text: 'To compare pull requests, either run the benchmarks on the merge base in the same job and pass them as `baseline` (same-job A/B, the most reliable), or run this gate on pushes to the default branch so it stores a baseline for later pull requests.',
            },
        ],
        charts: [],
        data: { comparisons: [], added: analysis.added, removed: [], ignored: analysis.ignored },
    };
}
const MAX_TREND_CHARTS = 5;
function trendCharts(comparisons, options) {
    if (!options.history)
        return [];
    const charts = [];
    for (const c of comparisons) {
        if (c.verdict !== 'regressed' || charts.length >= MAX_TREND_CHARTS)
            continue;
        const trend = options.history.get(c.name);
        if (!trend || trend.values.length < 2)
            continue;
        // Drawn in the unit the table shows this PR's median in (µs, MiB…), not the canonical one.
        const shown = (0,format/* displayUnit */.H2)(c.head.median, c.unit);
        charts.push({
            title: `${c.name}: median over recent runs`,
            xLabels: [...trend.labels, 'this PR'],
            yLabel: shown.unit,
            series: [
                {
                    name: c.name,
                    kind: 'line',
                    values: [...trend.values, c.head.median].map((value) => value / shown.divisor),
                },
            ],
        });
    }
    return charts;
}


/***/ }),

/***/ 14041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ lookupByPattern),
/* harmony export */   t: () => (/* binding */ compileNamePattern)
/* harmony export */ });
/**
 * Glob patterns over names (benchmarks, soak series). Written by hand because such names are not
 * paths: `BM_Sort*` must match `BM_Sort/1024`, while path globbers stop `*` at a slash.
 * `*` matches any run of characters, `?` one character; everything else is literal.
 */
function compileNamePattern(pattern) {
    let source = '';
    for (const char of pattern) {
        if (char === '*')
            source += '.*';
        else if (char === '?')
            source += '.';
        else
            source += char.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
    }
    return new RegExp(`^${source}$`, 'u');
}
/**
 * The value of the last rule whose pattern matches `name` (later rules refine earlier ones, as
 * in .gitignore), or `fallback`.
 */
function lookupByPattern(rules, name, fallback) {
    let found = fallback;
    for (const rule of rules) {
        if (compileNamePattern(rule.pattern).test(name))
            found = rule.value;
    }
    return found;
}


/***/ })

};

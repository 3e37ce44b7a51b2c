export const id = 329;
export const ids = [329];
export const modules = {

/***/ 99808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ studentTQuantile),
/* harmony export */   S5: () => (/* binding */ standardNormalCdf),
/* harmony export */   k4: () => (/* binding */ standardNormalQuantile),
/* harmony export */   lh: () => (/* binding */ studentTCumulative),
/* harmony export */   qX: () => (/* binding */ studentTSurvival),
/* harmony export */   x4: () => (/* binding */ standardNormalSurvival)
/* harmony export */ });
/* harmony import */ var _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72484);
/* harmony import */ var _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _stdlib_stats_base_dists_normal_quantile__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86060);
/* harmony import */ var _stdlib_stats_base_dists_normal_quantile__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_stdlib_stats_base_dists_normal_quantile__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _stdlib_stats_base_dists_t_cdf__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86021);
/* harmony import */ var _stdlib_stats_base_dists_t_cdf__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_stdlib_stats_base_dists_t_cdf__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _stdlib_stats_base_dists_t_quantile__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74455);
/* harmony import */ var _stdlib_stats_base_dists_t_quantile__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_stdlib_stats_base_dists_t_quantile__WEBPACK_IMPORTED_MODULE_3__);




/*
 * Continuous distribution functions the tests need and simple-statistics lacks at full
 * precision (its `cumulativeStdNormalProbability` reads a 4-digit table and it has no Student t).
 * They come from the stdlib-js packages, which port the Cephes / Boost algorithms and are
 * accurate to about 1e-15 relative, far into the tails; the unit tests check them against R.
 */
/** Φ(z), the standard normal CDF. Accurate in the lower tail down to ~1e-300. */
function standardNormalCdf(z) {
    return _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0___default()(z, 0, 1);
}
/** 1 − Φ(z), computed as Φ(−z) so that the upper tail keeps its precision. */
function standardNormalSurvival(z) {
    return _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0___default()(-z, 0, 1);
}
/**
 * Φ⁻¹(p), the standard normal quantile, for p in (0, 1), to about 1e-15 relative as R `qnorm`.
 *
 * stdlib-js computes it as √2·erfinv(2p − 1), and 2p − 1 loses the digits of a small p (6 of
 * them at p = 1e-10, all of them below 1e-17). So the lower half is solved on its own: start
 * from stdlib's value (or, deep in the tail, the asymptotic x ≈ −√(2 ln(1/p) − ln(2π·2 ln(1/p))))
 * and polish with Halley steps on Φ(x) − p, whose Φ is accurate in the tail. The upper half
 * uses the symmetry Φ⁻¹(p) = −Φ⁻¹(1 − p).
 */
function standardNormalQuantile(p) {
    if (!(p > 0 && p < 1)) {
        if (p === 0)
            return -Infinity;
        if (p === 1)
            return Infinity;
        return Number.NaN;
    }
    if (p > 0.5)
        return -standardNormalQuantile(1 - p);
    let x;
    if (p > 1e-8) {
        x = _stdlib_stats_base_dists_normal_quantile__WEBPACK_IMPORTED_MODULE_1___default()(p, 0, 1);
    }
    else {
        const t = 2 * Math.log(1 / p);
        x = -Math.sqrt(t - Math.log(2 * Math.PI * t));
    }
    for (let step = 0; step < 4; step++) {
        const density = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
        const residual = (_stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0___default()(x, 0, 1) - p) / density;
        if (!Number.isFinite(residual))
            break;
        x -= residual / (1 + (x * residual) / 2);
        if (Math.abs(residual) < 1e-16 * Math.abs(x))
            break;
    }
    return x;
}
/** P(T ≤ t) for Student's t with `degreesOfFreedom` (> 0, not necessarily an integer). */
function studentTCumulative(t, degreesOfFreedom) {
    return _stdlib_stats_base_dists_t_cdf__WEBPACK_IMPORTED_MODULE_2___default()(t, degreesOfFreedom);
}
/** P(T > t), computed as P(T ≤ −t) so that the upper tail keeps its precision. */
function studentTSurvival(t, degreesOfFreedom) {
    return _stdlib_stats_base_dists_t_cdf__WEBPACK_IMPORTED_MODULE_2___default()(-t, degreesOfFreedom);
}
/** Quantile of Student's t with `degreesOfFreedom` at probability p in (0, 1). */
function studentTQuantile(p, degreesOfFreedom) {
    return _stdlib_stats_base_dists_t_quantile__WEBPACK_IMPORTED_MODULE_3___default()(p, degreesOfFreedom);
}


/***/ }),

/***/ 13329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PS: () => (/* reexport */ HUBER_VARIANCE_FACTOR),
  o4: () => (/* reexport */ MAD_NORMAL_CONSISTENCY),
  SY: () => (/* reexport */ SRE_WORKBOOK_BURN_RULES),
  uA: () => (/* reexport */ adjustPValues),
  vY: () => (/* reexport */ adjustSelectedPValues),
  $c: () => (/* reexport */ eDivisive),
  m3: () => (/* reexport */ eDivisiveOtava),
  YH: () => (/* reexport */ errorBudgetRemaining),
  hu: () => (/* reexport */ hamedRaoMannKendall),
  Ss: () => (/* reexport */ hodgesLehmannShift),
  SK: () => (/* reexport */ huberLocation),
  Bu: () => (/* reexport */ loneLevel),
  Y7: () => (/* reexport */ mannKendall),
  JZ: () => (/* reexport */ median),
  hK: () => (/* reexport */ medianAbsoluteDeviation),
  jm: () => (/* reexport */ multiWindowBurnAlert),
  nb: () => (/* reexport */ squeezeVariances),
  S5: () => (/* reexport */ distributions/* standardNormalCdf */.S5),
  k4: () => (/* reexport */ distributions/* standardNormalQuantile */.k4),
  lh: () => (/* reexport */ distributions/* studentTCumulative */.lh),
  $J: () => (/* reexport */ distributions/* studentTQuantile */.$J),
  $t: () => (/* reexport */ studentTScaleFit),
  qX: () => (/* reexport */ distributions/* studentTSurvival */.qX),
  iV: () => (/* reexport */ studentTTailTest),
  fR: () => (/* reexport */ theilSen)
});

// UNUSED EXPORTS: HUBER_K, alignSeries, benjaminiHochberg, burnRate, coefficientOfVariation, createRandom, detectableChange, ewma, geometricMean, hodgesLehmannInterval, holm, interquartileRange, leastSquares, logWelchTTest, madZScoreOutliers, mannWhitneyCdf, mannWhitneyQuantile, mannWhitneyU, normalSample, quantile, ratioInterval, requiredSampleSize, resample, rollingWindow, sloAttainment, slopePercentPerHour, standardNormalSurvival, studentTLogDensity, trigammaInverse, tukeyOutliers, welchTTest

// EXTERNAL MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(15521);
;// CONCATENATED MODULE: ./src/stats/validate.ts
/**
 * Input checks shared by every statistics function. The error contract of the project says that
 * bad mathematical input throws an Error whose message starts with the function's name, never a
 * silent `NaN`; these helpers keep that message format in one place.
 */
/**
 * Throws unless `xs` has at least `minLength` values, all finite.
 *
 * @param functionName - name of the public function, first word of the message.
 * @param xs - the sample to check.
 * @param minLength - fewest values the function can work with (1 unless told).
 * @param label - what the sample is called in the message, e.g. `x`, `base`.
 * @throws {Error} `"<functionName>: <label> needs at least N values, got M"` or
 *   `"<functionName>: <label>[i] is not a finite number (NaN)"`.
 */
function validate_assertFiniteSample(functionName, xs, minLength = 1, label = 'sample') {
    if (!Array.isArray(xs)) {
        throw new Error(`${functionName}: ${label} must be an array of numbers`);
    }
    if (xs.length < minLength) {
        throw new Error(`${functionName}: ${label} needs at least ${minLength} value${minLength === 1 ? '' : 's'}, got ${xs.length}`);
    }
    for (let i = 0; i < xs.length; i++) {
        const value = xs[i];
        if (typeof value !== 'number' || !Number.isFinite(value)) {
            throw new Error(`${functionName}: ${label}[${i}] is not a finite number (${String(value)})`);
        }
    }
}
/** Throws unless every value of `xs` is strictly positive (needed before taking logarithms). */
function validate_assertPositiveSample(functionName, xs, label = 'sample') {
    for (let i = 0; i < xs.length; i++) {
        const value = xs[i];
        if (!(value > 0)) {
            throw new Error(`${functionName}: ${label}[${i}] must be positive to take its logarithm, got ${value}`);
        }
    }
}
/** Throws unless `value` is a finite number, inclusive between `min` and `max`. */
function validate_assertInRange(functionName, name, value, min, max, { minExclusive = false, maxExclusive = false } = {}) {
    const tooLow = minExclusive ? !(value > min) : !(value >= min);
    const tooHigh = maxExclusive ? !(value < max) : !(value <= max);
    if (typeof value !== 'number' || !Number.isFinite(value) || tooLow || tooHigh) {
        const left = minExclusive ? '(' : '[';
        const right = maxExclusive ? ')' : ']';
        throw new Error(`${functionName}: ${name} must be in ${left}${min}, ${max}${right}, got ${String(value)}`);
    }
}
/** Throws unless `value` is an integer of at least `min`. */
function validate_assertInteger(functionName, name, value, min) {
    if (!Number.isSafeInteger(value) || value < min) {
        throw new Error(`${functionName}: ${name} must be an integer of at least ${min}, got ${String(value)}`);
    }
}
/** Copy of `xs` sorted ascending; the input is never touched. O(n log n). */
function validate_sortedCopy(xs) {
    // A typed array sorts numerically without a comparator and faster than Array#sort.
    return Array.from(Float64Array.from(xs).sort());
}

;// CONCATENATED MODULE: ./src/stats/median.ts


/**
 * Sample median: the middle value of the sorted sample, or the mean of the two middle values
 * when n is even (R `median`, type-7 quantile at 0.5). Delegates to simple-statistics, which
 * copies before selecting.
 *
 * Complexity: O(n) expected (quickselect on a copy); the input is not mutated.
 *
 * @param xs - the sample, finite numbers, at least one.
 * @throws {Error} `median: ...` on an empty sample or a non-finite value.
 * @example
 * median([3, 1, 4, 1, 5]); // 3
 */
function median(xs) {
    validate_assertFiniteSample('median', xs);
    return (0,simple_statistics/* median */.JZ)(xs);
}

;// CONCATENATED MODULE: ./src/stats/quantile.ts


/**
 * Sample quantile by R's default definition (Hyndman & Fan type 7): with the sorted sample
 * x(1) ≤ … ≤ x(n) and h = (n − 1)·p + 1, the quantile is x(⌊h⌋) + (h − ⌊h⌋)·(x(⌊h⌋+1) − x(⌊h⌋)).
 * Matches R `quantile(x, p)` and NumPy `np.quantile(x, p)` (method "linear"). Delegates to
 * simple-statistics (v7.12+ uses type 7), adding the project's input checks.
 *
 * Complexity: O(n) expected (quickselect on a copy); the input is not mutated.
 *
 * @param xs - the sample, finite numbers, at least one.
 * @param p - the probability in [0, 1].
 * @throws {Error} `quantile: ...` on an empty sample, a non-finite value, or p outside [0, 1].
 * @example
 * quantile([1, 2, 3, 4], 0.25); // 1.75, as R quantile(c(1,2,3,4), 0.25)
 */
function quantile(xs, p) {
    assertFiniteSample('quantile', xs);
    assertInRange('quantile', 'p', p, 0, 1);
    // simple-statistics copies before selecting; its typings do not say readonly.
    return simpleQuantile(xs, p);
}
/**
 * Type-7 quantile of an already sorted, non-empty, finite sample, without checks: for callers
 * that take several quantiles of one sort. O(1).
 */
function quantile_quantileOfSorted(sorted, p) {
    return quantileSorted(sorted, p);
}

;// CONCATENATED MODULE: ./src/stats/interquartile-range.ts


/**
 * Interquartile range: Q3 − Q1 with type-7 quartiles, as R `IQR(x)` (default type 7). Written
 * with {@link quantileOfSorted} over one sorted copy rather than simple-statistics'
 * `interquartileRange`, which does the same arithmetic but lacks the project's input checks.
 *
 * Complexity: O(n log n); the input is not mutated.
 *
 * @param xs - the sample, finite numbers, at least one.
 * @throws {Error} `interquartileRange: ...` on an empty sample or a non-finite value.
 * @example
 * interquartileRange([1, 2, 3, 4]); // 1.5, as R IQR(1:4)
 */
function interquartileRange(xs) {
    assertFiniteSample('interquartileRange', xs);
    const sorted = sortedCopy(xs);
    return quantileOfSorted(sorted, 0.75) - quantileOfSorted(sorted, 0.25);
}

;// CONCATENATED MODULE: ./src/stats/median-absolute-deviation.ts


/**
 * R's consistency constant for the MAD, 1/Φ⁻¹(3/4): it makes the MAD estimate the standard
 * deviation of normal data.
 */
const MAD_NORMAL_CONSISTENCY = 1.4826;
/**
 * Median absolute deviation, scaled like R `mad(x)`: 1.4826 · median(|xᵢ − median(x)|).
 * simple-statistics computes the unscaled median of absolute deviations; this multiplies it by
 * the constant, so that the result is a robust estimate of the standard deviation.
 *
 * Complexity: O(n) expected; the input is not mutated.
 *
 * @param xs - the sample, finite numbers, at least one.
 * @throws {Error} `medianAbsoluteDeviation: ...` on an empty sample or a non-finite value.
 * @example
 * medianAbsoluteDeviation([1, 2, 3, 4, 100]); // 1.4826, as R mad(c(1,2,3,4,100))
 */
function medianAbsoluteDeviation(xs) {
    validate_assertFiniteSample('medianAbsoluteDeviation', xs);
    return MAD_NORMAL_CONSISTENCY * (0,simple_statistics/* medianAbsoluteDeviation */.hK)(xs);
}

;// CONCATENATED MODULE: ./src/stats/coefficient-of-variation.ts


/**
 * Coefficient of variation: sample standard deviation (n − 1 denominator) divided by the mean,
 * as `sd(x) / mean(x)` in R. Delegates to simple-statistics.
 *
 * Complexity: O(n); the input is not mutated.
 *
 * @param xs - the sample, finite numbers, at least two.
 * @throws {Error} `coefficientOfVariation: ...` with fewer than two values, a non-finite value,
 *   or a mean of zero (the ratio is undefined).
 * @example
 * coefficientOfVariation([1, 2, 3]); // 0.5
 */
function coefficientOfVariation(xs) {
    assertFiniteSample('coefficientOfVariation', xs, 2);
    const result = simpleCv(xs);
    if (!Number.isFinite(result)) {
        throw new Error('coefficientOfVariation: the mean is zero, so the ratio is undefined');
    }
    return result;
}

;// CONCATENATED MODULE: ./src/stats/geometric-mean.ts


/**
 * Geometric mean: exp(mean(log xᵢ)), the n-th root of the product. Delegates to
 * simple-statistics' `logAverage` (sum of logarithms) rather than its `geometricMean` (running
 * product), because the product of thirty timings of 1e12 ns overflows to Infinity.
 *
 * Complexity: O(n); the input is not mutated.
 *
 * @param xs - the sample, finite numbers, at least one, all strictly positive.
 * @throws {Error} `geometricMean: ...` on an empty sample, a non-finite value or a value ≤ 0.
 * @example
 * geometricMean([1, 4]); // 2
 */
function geometricMean(xs) {
    assertFiniteSample('geometricMean', xs);
    for (let i = 0; i < xs.length; i++) {
        const value = xs[i];
        if (!(value > 0)) {
            throw new Error(`geometricMean: sample[${i}] must be positive, got ${value}`);
        }
    }
    return logAverage(xs);
}

;// CONCATENATED MODULE: ./src/stats/tukey-outliers.ts


/**
 * Tukey's fences: a value is an outlier when it lies strictly outside
 * [Q1 − k·IQR, Q3 + k·IQR], with type-7 quartiles (R `quantile` default). k = 1.5 gives the
 * whiskers of R's `boxplot` up to its use of hinges instead of quartiles. Reports positions,
 * never drops values: deciding what to do with them is the caller's business.
 *
 * Complexity: O(n log n); the input is not mutated.
 *
 * @param xs - the sample, finite numbers, at least one.
 * @param k - fence multiplier, ≥ 0 (1.5 unless told; 3 for "far out").
 * @throws {Error} `tukeyOutliers: ...` on an empty sample, a non-finite value or a bad k.
 * @example
 * tukeyOutliers([1, 2, 3, 4, 100]); // { lowFence: -1, highFence: 7, outlierIndices: [4] }
 */
function tukeyOutliers(xs, k = 1.5) {
    assertFiniteSample('tukeyOutliers', xs);
    if (!Number.isFinite(k) || k < 0) {
        throw new Error(`tukeyOutliers: k must be a finite number >= 0, got ${String(k)}`);
    }
    const sorted = sortedCopy(xs);
    const q1 = quantileOfSorted(sorted, 0.25);
    const q3 = quantileOfSorted(sorted, 0.75);
    const spread = q3 - q1;
    const lowFence = q1 - k * spread;
    const highFence = q3 + k * spread;
    const outlierIndices = [];
    xs.forEach((value, index) => {
        if (value < lowFence || value > highFence)
            outlierIndices.push(index);
    });
    return { lowFence, highFence, outlierIndices };
}

;// CONCATENATED MODULE: ./src/stats/mad-z-score-outliers.ts


/**
 * Modified z-scores of Iglewicz and Hoaglin (1993), "How to Detect and Handle Outliers":
 * Mᵢ = 0.6745 · (xᵢ − median) / MAD, with MAD the unscaled median absolute deviation
 * (0.6745 ≈ 1/1.4826, so this is (xᵢ − median) / R's `mad`). Values with |Mᵢ| > threshold are
 * reported (3.5 is the authors' recommendation); nothing is dropped.
 *
 * When more than half the values are equal the MAD is 0; then, as in IBM SPSS's robust z, the
 * mean absolute deviation around the median times 1.253314 (√(π/2), its normal consistency
 * factor) replaces it: Mᵢ = (xᵢ − median) / (1.253314 · meanAD). When that is 0 too, every value
 * equals the median and every score is 0. Written by hand: simple-statistics has no such test.
 *
 * Complexity: O(n) expected; the input is not mutated.
 *
 * @param xs - the sample, finite numbers, at least one.
 * @param threshold - |score| above which a value is reported, > 0 (3.5 unless told).
 * @throws {Error} `madZScoreOutliers: ...` on an empty sample, a non-finite value or a bad threshold.
 * @example
 * madZScoreOutliers([1, 2, 3, 4, 100]).outlierIndices; // [4] (score 65.4)
 */
function madZScoreOutliers(xs, threshold = 3.5) {
    assertFiniteSample('madZScoreOutliers', xs);
    if (!Number.isFinite(threshold) || threshold <= 0) {
        throw new Error(`madZScoreOutliers: threshold must be a finite number > 0, got ${String(threshold)}`);
    }
    const center = simpleMedian(xs);
    const deviations = xs.map((value) => Math.abs(value - center));
    const mad = simpleMedian(deviations);
    let scale;
    if (mad > 0) {
        scale = mad / 0.6745;
    }
    else {
        const meanDeviation = deviations.reduce((sum, d) => sum + d, 0) / deviations.length;
        scale = 1.253314 * meanDeviation;
    }
    const scores = xs.map((value) => (scale > 0 ? (value - center) / scale : 0));
    const outlierIndices = [];
    scores.forEach((score, index) => {
        if (Math.abs(score) > threshold)
            outlierIndices.push(index);
    });
    return { outlierIndices, scores };
}

// EXTERNAL MODULE: ./src/stats/distributions.ts
var distributions = __webpack_require__(99808);
;// CONCATENATED MODULE: ./src/stats/mann-whitney-distribution.ts
/**
 * Exact null distribution of the Mann–Whitney U statistic for samples of sizes m and n without
 * ties, as R's `dwilcox`/`pwilcox`/`qwilcox` give it. Written by hand: neither simple-statistics
 * nor a maintained npm package provides it.
 *
 * Algorithm: the number of arrangements with U = u is the coefficient of q^u in the Gaussian
 * binomial coefficient [m+n choose m]_q = Π_{i=1..m} (1 − q^(n+i)) / (1 − q^i). Each factor is
 * one pass over the polynomial (multiply by 1 − q^a: subtract a shifted copy; divide by 1 − q^b:
 * running sum with stride b), so the table costs O(m · mn) operations instead of the O(m·n·mn)
 * of the classic recursion. Every coefficient at index u only depends on coefficients at lower
 * indices, so the lower tail is computed from small integers exactly; upper-tail probabilities
 * are read from the lower tail by the symmetry U ↔ mn − U, which keeps tail p-values exact.
 */
const tables = new Map();
/** Largest m + n accepted: beyond ~1030 the counts C(m+n, m) overflow a double. */
const mann_whitney_distribution_MAX_EXACT_TOTAL = 1000;
/** Counts of arrangements for each u = 0..mn (memoised per (m, n); the cache is not observable). */
function countsFor(functionName, m, n) {
    if (!Number.isSafeInteger(m) || !Number.isSafeInteger(n) || m < 1 || n < 1) {
        throw new Error(`${functionName}: sample sizes must be integers >= 1, got ${String(m)} and ${String(n)}`);
    }
    const [small, large] = m <= n ? [m, n] : [n, m];
    const key = `${small},${large}`;
    const cached = tables.get(key);
    if (cached)
        return cached;
    if (small + large > mann_whitney_distribution_MAX_EXACT_TOTAL) {
        throw new Error(`${functionName}: the exact distribution needs m + n <= ${mann_whitney_distribution_MAX_EXACT_TOTAL}, got ${m} + ${n}`);
    }
    const size = small * large + 1;
    const counts = new Float64Array(size);
    counts[0] = 1;
    for (let i = 1; i <= small; i++) {
        const multiplyShift = large + i;
        for (let u = size - 1; u >= multiplyShift; u--) {
            counts[u] = counts[u] - counts[u - multiplyShift];
        }
        for (let u = i; u < size; u++) {
            counts[u] = counts[u] + counts[u - i];
        }
    }
    // Restore exact symmetry from the lower half, the half computed from small numbers.
    for (let u = 0; u < size / 2; u++)
        counts[size - 1 - u] = counts[u];
    if (tables.size > 64)
        tables.clear();
    tables.set(key, counts);
    return counts;
}
function total(m, n) {
    // C(m+n, m) as a double, computed as a product to avoid the factorials' overflow.
    let result = 1;
    const k = Math.min(m, n);
    for (let i = 1; i <= k; i++)
        result = (result * (m + n - k + i)) / i;
    return result;
}
/**
 * P(U ≤ q) under the null hypothesis, R `pwilcox(q, m, n)`. The upper tail P(U ≥ q) is
 * `mannWhitneyCdf(m*n - q, m, n)`. O(m · mn) the first time for given sizes, O(mn) after.
 */
function mann_whitney_distribution_mannWhitneyCdf(q, m, n) {
    const counts = countsFor('mannWhitneyCdf', m, n);
    if (Number.isNaN(q))
        throw new Error('mannWhitneyCdf: q is NaN');
    const mn = m * n;
    const u = Math.floor(q + 1e-7);
    if (u < 0)
        return 0;
    if (u >= mn)
        return 1;
    const all = total(m, n);
    // Sum the smaller tail exactly, then complement, so tails keep their relative precision.
    if (u <= mn / 2) {
        let sum = 0;
        for (let k = 0; k <= u; k++)
            sum += counts[k];
        return Math.min(1, sum / all);
    }
    let upper = 0;
    for (let k = u + 1; k <= mn; k++)
        upper += counts[k];
    return Math.max(0, 1 - upper / all);
}
/**
 * Smallest q with P(U ≤ q) ≥ p, R `qwilcox(p, m, n)` including its 10·ε fuzz against rounding.
 * O(mn).
 */
function mann_whitney_distribution_mannWhitneyQuantile(p, m, n) {
    const counts = countsFor('mannWhitneyQuantile', m, n);
    if (!(p >= 0 && p <= 1))
        throw new Error(`mannWhitneyQuantile: p must be in [0, 1], got ${p}`);
    const all = total(m, n);
    const mn = m * n;
    let cumulative = 0;
    if (p <= 0.5) {
        const target = p - 10 * Number.EPSILON;
        for (let q = 0; q <= mn; q++) {
            cumulative += counts[q] / all;
            if (cumulative >= target)
                return q;
        }
        return mn;
    }
    const target = 1 - p + 10 * Number.EPSILON;
    for (let q = 0; q <= mn; q++) {
        cumulative += counts[q] / all;
        if (cumulative > target)
            return mn - q;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/stats/mann-whitney-u.ts





/**
 * Mann–Whitney U test (Wilcoxon rank-sum test) of two independent samples, matching R
 * `wilcox.test(x, y, alternative, exact, correct)` and SciPy `mannwhitneyu(x, y, alternative,
 * method, use_continuity)`. U = (sum of mid-ranks of x in the pooled sample) − m(m+1)/2.
 *
 * Exact method (no ties): p from the permutation distribution of U, as R's pwilcox; the
 * two-sided p is twice the smaller tail, capped at 1. Asymptotic method: z = (U − mn/2 − c)/σ with
 * σ² = mn/12 · ((N + 1) − Σ(t³ − t)/(N(N − 1))) (tie correction) and c the continuity correction
 * (±0.5 toward the mean). When every value is tied σ = 0: R returns NaN, here the p-value is 1,
 * since such data carry no evidence of a difference.
 *
 * Complexity: O(N log N) for the ranks; the exact distribution adds O(m · mn) once per pair of
 * sizes (cached) and O(mn) per call. Inputs are not mutated.
 *
 * @param x - first sample (finite numbers, at least one).
 * @param y - second sample (finite numbers, at least one).
 * @throws {Error} `mannWhitneyU: ...` on an empty sample, a non-finite value, a bad option, or
 *   method 'exact' with ties in the data or more than 1000 values in all.
 * @example
 * mannWhitneyU([1, 2, 3], [4, 5, 6]); // { statistic: 0, pValue: 0.1, method: 'exact' }
 */
function mannWhitneyU(x, y, options = {}) {
    assertFiniteSample('mannWhitneyU', x, 1, 'x');
    assertFiniteSample('mannWhitneyU', y, 1, 'y');
    const { alternative = 'two-sided', method = 'auto', continuity = true } = options;
    assertAlternative('mannWhitneyU', alternative);
    if (method !== 'auto' && method !== 'exact' && method !== 'asymptotic') {
        throw new Error(`mannWhitneyU: method must be 'auto', 'exact' or 'asymptotic', got ${String(method)}`);
    }
    const m = x.length;
    const n = y.length;
    const { ranks, tieGroupSizes } = midRanks([...x, ...y]);
    let rankSumX = 0;
    for (let i = 0; i < m; i++)
        rankSumX += ranks[i];
    const statistic = rankSumX - (m * (m + 1)) / 2;
    const hasTies = tieGroupSizes.length < m + n;
    const useExact = method === 'exact' || (method === 'auto' && m < 50 && n < 50 && !hasTies);
    if (useExact) {
        if (hasTies) {
            throw new Error('mannWhitneyU: the exact method needs data without ties; use method asymptotic');
        }
        if (m + n > MAX_EXACT_TOTAL) {
            throw new Error(`mannWhitneyU: the exact method needs m + n <= ${MAX_EXACT_TOTAL}, got ${m + n}`);
        }
        return { statistic, pValue: exactPValue(statistic, m, n, alternative), method: 'exact' };
    }
    const N = m + n;
    const sigma = Math.sqrt(((m * n) / 12) * (N + 1 - tieCorrectionSum(tieGroupSizes) / (N * (N - 1))));
    const centered = statistic - (m * n) / 2;
    if (!(sigma > 0))
        return { statistic, pValue: 1, method: 'asymptotic' };
    let correction = 0;
    if (continuity) {
        correction =
            alternative === 'two-sided'
                ? Math.sign(centered) * 0.5
                : alternative === 'greater'
                    ? 0.5
                    : -0.5;
    }
    const z = (centered - correction) / sigma;
    let pValue;
    switch (alternative) {
        case 'less':
            pValue = standardNormalCdf(z);
            break;
        case 'greater':
            pValue = standardNormalSurvival(z);
            break;
        case 'two-sided':
            pValue = Math.min(1, 2 * Math.min(standardNormalCdf(z), standardNormalSurvival(z)));
            break;
    }
    return { statistic, pValue, method: 'asymptotic' };
}
/** p-value of U from its exact null distribution, as R's wilcox.test (exact branch). */
function exactPValue(statistic, m, n, alternative) {
    // P(U ≥ s) = P(U ≤ mn − s) by symmetry.
    const upper = (s) => mannWhitneyCdf(m * n - s, m, n);
    const lower = (s) => mannWhitneyCdf(s, m, n);
    switch (alternative) {
        case 'greater':
            return upper(statistic);
        case 'less':
            return lower(statistic);
        case 'two-sided': {
            const p = statistic > (m * n) / 2 ? upper(statistic) : lower(statistic);
            return Math.min(1, 2 * p);
        }
    }
}

;// CONCATENATED MODULE: ./src/stats/huber-location.ts


/** Huber's k for 95% efficiency under normal noise (the usual default, also robustbase's). */
const HUBER_K = 1.345;
/**
 * Asymptotic variance of Huber's location estimate with k = 1.345 relative to the mean's, under
 * normal noise: E[ψ²] / E[ψ′]² = 1.0526 (so its standard error is √(1.0526 σ² / n)).
 */
const HUBER_VARIANCE_FACTOR = 1.0526;
/**
 * Huber's M-estimate of location with a known scale, as R `robustbase::huberM(x, k, s = scale)`:
 * the μ with Σ ψ((xᵢ − μ) / s) = 0, ψ(r) = max(−k, min(k, r)). Samples within k·s of μ count as
 * in a mean; farther ones count as if they were k·s away, so one interference-slowed repetition
 * moves the estimate by at most k·s / n instead of its whole excess / n. Solved by the usual
 * iteration from the median (it converges for any start, ψ being monotone).
 *
 * Complexity: O(n) per iteration, at most 100 iterations; inputs are not mutated.
 *
 * @param xs - sample, at least one finite value.
 * @param scale - noise scale s (> 0), e.g. a standard deviation known from elsewhere.
 * @param k - tuning constant (> 0), default {@link HUBER_K}.
 * @throws {Error} `huberLocation: ...` on an empty or non-finite sample, or a scale or k that is
 *   not positive and finite.
 * @example
 * huberLocation([1, 2, 10, 3, 4], 1); // 3 (the mean is 4)
 */
function huberLocation(xs, scale, k = HUBER_K) {
    validate_assertFiniteSample('huberLocation', xs, 1, 'xs');
    if (!(scale > 0) || !Number.isFinite(scale)) {
        throw new Error(`huberLocation: scale must be a positive finite number, got ${scale}`);
    }
    if (!(k > 0) || !Number.isFinite(k)) {
        throw new Error(`huberLocation: k must be a positive finite number, got ${k}`);
    }
    let location = median(xs);
    for (let iteration = 0; iteration < 100; iteration += 1) {
        let sum = 0;
        for (const x of xs)
            sum += Math.max(-k, Math.min(k, (x - location) / scale));
        // robustbase's step: the mean of ψ, scaled back (the fixed point is the same).
        const step = (scale * sum) / xs.length;
        location += step;
        if (Math.abs(step) <= 1e-10 * scale)
            break;
    }
    return location;
}

// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-digamma/lib/index.js
var lib = __webpack_require__(75632);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-trigamma/lib/index.js
var math_base_special_trigamma_lib = __webpack_require__(90222);
var math_base_special_trigamma_lib_default = /*#__PURE__*/__webpack_require__.n(math_base_special_trigamma_lib);
;// CONCATENATED MODULE: ./src/stats/trigamma-inverse.ts

/**
 * The x > 0 with trigamma(x) = y, as limma's `trigammaInverse` (Smyth 2004): the step from the
 * spread of log-variances to the prior degrees of freedom in {@link squeezeVariances}.
 *
 * Solved by bisection on log x: trigamma is strictly decreasing on (0, ∞), so bisection always
 * converges; limma's Newton iteration needs the tetragamma function, which no maintained npm
 * package provides, and 200 halvings of a bracket are cheap next to the data they serve.
 *
 * @param y - target value, > 0.
 * @throws {Error} `trigammaInverse: ...` unless y is a positive finite number.
 * @example
 * trigammaInverse(trigamma(2.5)); // 2.5
 */
function trigammaInverse(y) {
    if (!(y > 0) || !Number.isFinite(y)) {
        throw new Error(`trigammaInverse: y must be a positive finite number, got ${y}`);
    }
    // Asymptotics (trigamma(x) ≈ 1/x² near 0, ≈ 1/x + 1/(2x²) for large x) bound the root.
    let low = Math.log(Math.min(1 / Math.sqrt(y), 1 / y) / 4);
    let high = Math.log(Math.max(1 / Math.sqrt(y), 1 / y) * 4 + 1);
    for (let i = 0; i < 200 && high - low > 1e-14; i += 1) {
        const middle = (low + high) / 2;
        if (math_base_special_trigamma_lib_default()(Math.exp(middle)) > y)
            low = middle;
        else
            high = middle;
    }
    return Math.exp((low + high) / 2);
}

;// CONCATENATED MODULE: ./src/stats/squeeze-variances.ts



/**
 * Empirical-Bayes moderation of many sample variances (Smyth 2004, limma's `squeezeVar` with
 * `fitFDist` by moments): each variance sᵢ² on dᵢ degrees of freedom is treated as a draw from a
 * scaled inverse-chi-square prior whose d₀ and s₀² are estimated from all of them, and is
 * replaced by its posterior mean. With a handful of repetitions a single benchmark's noise
 * estimate is itself very noisy; borrowing strength from the suite gives the t statistic
 * d₀ + dᵢ degrees of freedom. When the variances are truly different, d₀ comes out small and
 * each keeps its own.
 *
 * Complexity: O(k) for k variances; inputs are not mutated.
 *
 * @param variances - sample variances, finite and > 0 (constant series carry no noise
 *   information; leave them out).
 * @param df - their degrees of freedom, each finite and > 0 (a number applies to all).
 * @throws {Error} `squeezeVariances: ...` on fewer than 2 variances, a non-positive or
 *   non-finite value, or lengths that differ.
 * @example
 * squeezeVariances([0.01, 0.012, 0.009, 0.011], 18).priorDf; // Infinity: they agree
 */
function squeezeVariances(variances, df) {
    const k = variances.length;
    const dfs = typeof df === 'number' ? variances.map(() => df) : df;
    if (k < 2)
        throw new Error(`squeezeVariances: needs at least 2 variances, got ${k}`);
    if (dfs.length !== k) {
        throw new Error(`squeezeVariances: ${k} variances but ${dfs.length} degrees of freedom`);
    }
    for (let i = 0; i < k; i += 1) {
        const v = variances[i] ?? Number.NaN;
        const d = dfs[i] ?? Number.NaN;
        if (!(v > 0) || !Number.isFinite(v)) {
            throw new Error(`squeezeVariances: variances[${i}] must be a positive finite number, got ${v}`);
        }
        if (!(d > 0) || !Number.isFinite(d)) {
            throw new Error(`squeezeVariances: df[${i}] must be a positive finite number, got ${d}`);
        }
    }
    // log s² has mean log s₀² + digamma(d/2) − log(d/2) and variance trigamma(d/2) + trigamma(d₀/2).
    const e = variances.map((v, i) => {
        const half = (dfs[i] ?? 1) / 2;
        return Math.log(v) - lib_default()(half) + Math.log(half);
    });
    const eMean = e.reduce((a, b) => a + b, 0) / k;
    const eVariance = e.reduce((a, b) => a + (b - eMean) ** 2, 0) / (k - 1) -
        dfs.reduce((a, d) => a + math_base_special_trigamma_lib_default()(d / 2), 0) / k;
    // No spread beyond what chance gives: the variances share one value, whose best estimate is
    // their mean (limma since 2017).
    let priorDf = Number.POSITIVE_INFINITY;
    let priorVariance = variances.reduce((a, b) => a + b, 0) / k;
    if (eVariance > 0) {
        priorDf = 2 * trigammaInverse(eVariance);
        priorVariance = Math.exp(eMean + lib_default()(priorDf / 2) - Math.log(priorDf / 2));
    }
    const posteriorVariances = variances.map((v, i) => {
        const d = dfs[i] ?? 1;
        return Number.isFinite(priorDf)
            ? (priorDf * priorVariance + d * v) / (priorDf + d)
            : priorVariance;
    });
    return { priorDf, priorVariance, posteriorVariances };
}

;// CONCATENATED MODULE: ./src/stats/student-t-scale-fit.ts


/** Degrees of freedom searched: below 0.5 the fit means "no tail at all"; above 1000, normal. */
const MIN_DF = 0.5;
const MAX_DF = 1000;
/**
 * Maximum-likelihood fit of a Student t with location 0 (x = σ·T, T ~ t(ν)), both ν and σ
 * free: what SciPy's `scipy.stats.t.fit(x, floc=0)` computes. For a fixed ν the scale solves the
 * likelihood equation σ² = Σ wᵢ xᵢ² / n with wᵢ = (ν + 1) / (ν + xᵢ²/σ²) (Lange, Little and
 * Taylor 1989, "Robust statistical modeling using the t distribution", JASA 84(408)), by Newton's
 * method with their EM step as the fallback; ν is found by a golden-section search of that
 * profile likelihood over log ν in [0.5, 1000].
 *
 * It calibrates how heavy the tails of standardized residuals are: with ν near 3 a value 10
 * scales out happens every few hundred draws, with ν = 1000 essentially never.
 *
 * Complexity: O(n) per Newton step; about 45 profile evaluations, each warm-started from the last.
 *
 * @param xs - sample, at least 3 finite values, not all zero; inputs are not mutated.
 * @throws {Error} `studentTScaleFit: ...` on fewer than 3 values, a non-finite value, or an
 *   all-zero sample.
 * @example
 * studentTScaleFit([-1.2, 0.4, 0.1, 2.5, -0.3, 0.8, -0.6, 9]); // { df ≈ 1.1, scale ≈ 0.7, ... }
 */
function studentTScaleFit(xs) {
    validate_assertFiniteSample('studentTScaleFit', xs, 3, 'xs');
    const squares = xs.map((x) => x * x);
    if (squares.every((s) => s === 0)) {
        throw new Error('studentTScaleFit: xs are all zero; no scale can be fitted');
    }
    // Neighbouring ν of the search have nearly the same scale: each EM starts from the last one.
    let start = squares.reduce((a, s) => a + s, 0) / squares.length;
    const profile = (logDf) => {
        const fit = fitAt(squares, Math.exp(logDf), start);
        start = fit.scale ** 2;
        return fit;
    };
    // Golden-section search for the maximum of the profile log-likelihood over log ν.
    const ratio = (Math.sqrt(5) - 1) / 2;
    let low = Math.log(MIN_DF);
    let high = Math.log(MAX_DF);
    let a = high - ratio * (high - low);
    let b = low + ratio * (high - low);
    let fa = profile(a);
    let fb = profile(b);
    while (high - low > 1e-8) {
        if (fa.logLikelihood >= fb.logLikelihood) {
            high = b;
            b = a;
            fb = fa;
            a = high - ratio * (high - low);
            fa = profile(a);
        }
        else {
            low = a;
            a = b;
            fa = fb;
            b = low + ratio * (high - low);
            fb = profile(b);
        }
    }
    return fa.logLikelihood >= fb.logLikelihood ? fa : fb;
}
/** The scale that maximizes the likelihood at ν, by EM, and the likelihood there. */
function fitAt(squares, df, start) {
    const n = squares.length;
    let variance = start;
    for (let step = 0; step < 1000; step += 1) {
        // The likelihood equation g(v) = v − Σ wᵢ xᵢ² / n = 0, solved by Newton's method (quadratic
        // from the warm start); where a Newton step would leave (0, ∞) the EM step is taken instead.
        let sum = 0;
        let slope = 0;
        for (const s of squares) {
            const denominator = df + s / variance;
            sum += ((df + 1) * s) / denominator;
            slope += ((df + 1) * s * s) / (variance * variance * denominator * denominator);
        }
        const em = sum / n;
        const g = variance - em;
        const newton = variance - g / (1 - slope / n);
        const next = newton > 0 && Number.isFinite(newton) ? newton : em;
        const done = Math.abs(next - variance) <= 1e-13 * variance;
        variance = next;
        if (done)
            break;
    }
    const constant = (0,simple_statistics/* gammaln */.SW)((df + 1) / 2) - (0,simple_statistics/* gammaln */.SW)(df / 2) - 0.5 * Math.log(df * Math.PI);
    let logLikelihood = n * (constant - 0.5 * Math.log(variance));
    for (const s of squares)
        logLikelihood -= ((df + 1) / 2) * Math.log1p(s / (df * variance));
    return { df, scale: Math.sqrt(variance), logLikelihood };
}

;// CONCATENATED MODULE: ./src/stats/student-t-tail-test.ts




/** log f(x) of Student's t with `degreesOfFreedom` (> 0), at scale 1. */
function studentTLogDensity(x, degreesOfFreedom) {
    const df = degreesOfFreedom;
    return ((0,simple_statistics/* gammaln */.SW)((df + 1) / 2) -
        (0,simple_statistics/* gammaln */.SW)(df / 2) -
        0.5 * Math.log(df * Math.PI) -
        ((df + 1) / 2) * Math.log1p((x * x) / df));
}
/**
 * Do standardized residuals follow normal theory? Under normal noise a prediction residual
 * (a value minus the mean of k others, over their standard deviation · √(1 + 1/k)) is exactly
 * Student t with k − 1 degrees of freedom at scale 1. Two tests, for two ways to differ:
 * - the shape of the bulk: the alternative is one Student t with ν and σ free, fitted by maximum
 *   likelihood ({@link studentTScaleFit}); the likelihood ratio of the two is χ² with 2 degrees
 *   of freedom when normal theory holds (Wilks);
 * - the far tail: the largest |residual| against the chance of one that far among them all. A
 *   history that is normal but for a run 10 times too slow (a loaded machine) fits a t with
 *   ν ≈ 16 nearly as well as normal theory, yet a test at α/k lives in exactly that tail.
 * A small p-value of either says the tails are heavier, or the scale other, than normal theory.
 *
 * The residuals of one benchmark share their data, so they are not independent; the test treats
 * them as if they were, and bench/replay.ts measures what that costs (it chooses the normal model
 * a little more rarely than its level says).
 *
 * @param residuals - standardized residuals, at least 3, finite, not all zero.
 * @param degreesOfFreedom - each residual's normal-theory degrees of freedom (> 0), same length.
 * @throws {Error} `studentTTailTest: ...` on mismatched lengths or a degree of freedom ≤ 0.
 * @example studentTTailTest(residuals, residuals.map(() => 8)).pValue // ≈ uniform under normal noise
 */
function studentTTailTest(residuals, degreesOfFreedom) {
    validate_assertFiniteSample('studentTTailTest', residuals, 3, 'residuals');
    if (degreesOfFreedom.length !== residuals.length) {
        throw new Error(`studentTTailTest: ${residuals.length} residuals but ${degreesOfFreedom.length} degrees of freedom`);
    }
    let normalTheoryLogLikelihood = 0;
    residuals.forEach((r, i) => {
        const df = degreesOfFreedom[i];
        if (!(df > 0))
            throw new Error(`studentTTailTest: degrees of freedom must be > 0, got ${df}`);
        normalTheoryLogLikelihood += studentTLogDensity(r, df);
    });
    const fit = studentTScaleFit(residuals);
    // The fitted family holds the normal-theory model when every νᵢ is equal, so the ratio is ≥ 0
    // up to the fit's tolerance; with unequal νᵢ it can dip below, which is no evidence at all.
    const likelihoodRatio = Math.max(0, 2 * (fit.logLikelihood - normalTheoryLogLikelihood));
    const largest = Math.max(...residuals.map(Math.abs));
    let extremePValue = 0;
    for (const df of degreesOfFreedom)
        extremePValue += 2 * (0,distributions/* studentTSurvival */.qX)(largest, df);
    return {
        fit,
        normalTheoryLogLikelihood,
        likelihoodRatio,
        pValue: Math.exp(-likelihoodRatio / 2),
        largest,
        extremePValue: Math.min(1, extremePValue),
    };
}

;// CONCATENATED MODULE: ./src/stats/welch-t-test.ts




/**
 * Welch's unequal-variance t test, matching R `t.test(x, y, var.equal = FALSE)` and SciPy
 * `ttest_ind(x, y, equal_var=False)`. Means and variances come from simple-statistics; the
 * Student t CDF from stdlib-js. Degrees of freedom:
 * ν = (s²ₓ/m + s²ᵧ/n)² / ((s²ₓ/m)²/(m − 1) + (s²ᵧ/n)²/(n − 1)).
 *
 * Complexity: O(m + n); inputs are not mutated.
 *
 * @param x - first sample, at least two finite values.
 * @param y - second sample, at least two finite values.
 * @throws {Error} `welchTTest: ...` with fewer than two values per side, a non-finite value, a
 *   bad alternative, or data that are essentially constant (the standard error is below
 *   10·ε·max(|mean|), R's own test), where t is undefined.
 * @example
 * welchTTest([1, 2, 3, 4], [2, 4, 6, 8]); // statistic −1.7321, degreesOfFreedom 4.4118, pValue 0.1516
 */
function welchTTest(x, y, options = {}) {
    return welchCore('welchTTest', x, y, options);
}
/**
 * Welch's t test on the natural logarithms of both samples: a test of the ratio of geometric
 * means, suited to timings whose noise is multiplicative (log-normal). Same as R
 * `t.test(log(x), log(y))`.
 *
 * Complexity: O(m + n); inputs are not mutated.
 *
 * @throws {Error} `logWelchTTest: ...` as {@link welchTTest}, and on a value ≤ 0.
 * @example
 * logWelchTTest([1, 2, 4], [2, 4, 8]).statistic; // −1.2247 (t of log(x) − log(y))
 */
function logWelchTTest(x, y, options = {}) {
    assertFiniteSample('logWelchTTest', x, 2, 'x');
    assertFiniteSample('logWelchTTest', y, 2, 'y');
    assertPositiveSample('logWelchTTest', x, 'x');
    assertPositiveSample('logWelchTTest', y, 'y');
    return welchCore('logWelchTTest', x.map(Math.log), y.map(Math.log), options);
}
function welchCore(functionName, x, y, options) {
    assertFiniteSample(functionName, x, 2, 'x');
    assertFiniteSample(functionName, y, 2, 'y');
    const { alternative = 'two-sided' } = options;
    assertAlternative(functionName, alternative);
    const m = x.length;
    const n = y.length;
    const meanX = mean(x);
    const meanY = mean(y);
    const termX = sampleVariance(x) / m;
    const termY = sampleVariance(y) / n;
    const standardError = Math.sqrt(termX + termY);
    if (standardError < 10 * Number.EPSILON * Math.max(Math.abs(meanX), Math.abs(meanY)) ||
        standardError === 0) {
        throw new Error(`${functionName}: data are essentially constant, the t statistic is undefined`);
    }
    const statistic = (meanX - meanY) / standardError;
    const degreesOfFreedom = (termX + termY) ** 2 / (termX ** 2 / (m - 1) + termY ** 2 / (n - 1));
    let pValue;
    switch (alternative) {
        case 'less':
            pValue = studentTCumulative(statistic, degreesOfFreedom);
            break;
        case 'greater':
            pValue = studentTSurvival(statistic, degreesOfFreedom);
            break;
        case 'two-sided':
            pValue = Math.min(1, 2 * studentTCumulative(-Math.abs(statistic), degreesOfFreedom));
            break;
    }
    return { statistic, degreesOfFreedom, pValue };
}

;// CONCATENATED MODULE: ./src/stats/pairwise-differences.ts
/**
 * All m·n differences yⱼ − xᵢ, sorted ascending, in a typed array (numeric sort without a
 * comparator). The basis of the Hodges–Lehmann estimator and the Moses interval. Inputs are
 * assumed finite (callers check) and are not mutated.
 *
 * Complexity: O(mn log(mn)) time, O(mn) memory.
 */
function pairwise_differences_sortedPairwiseDifferences(x, y) {
    const differences = new Float64Array(x.length * y.length);
    let k = 0;
    for (const yj of y) {
        for (const xi of x)
            differences[k++] = yj - xi;
    }
    return differences.sort();
}
/** Median of a sorted non-empty typed array (mean of the two middle values when even). O(1). */
function pairwise_differences_medianOfSorted(sorted) {
    const n = sorted.length;
    const middle = Math.floor(n / 2);
    const upper = sorted[middle];
    if (n % 2 === 1)
        return upper;
    const lower = sorted[middle - 1];
    // lower + half the gap keeps exactness when both are equal and avoids overflow of lower + upper.
    return lower + (upper - lower) / 2;
}

;// CONCATENATED MODULE: ./src/stats/hodges-lehmann-shift.ts


/**
 * Hodges–Lehmann estimate of the shift from x to y: the median of all m·n pairwise differences
 * yⱼ − xᵢ. Positive when y tends to be larger. Same value and sign as the "difference in
 * location" estimate of R `wilcox.test(y, x, conf.int = TRUE)` (exact case; in the
 * normal-approximation case R finds the same point by root finding). Written by hand:
 * simple-statistics has no Hodges–Lehmann estimator.
 *
 * Complexity: O(mn log(mn)) time and O(mn) memory; inputs are not mutated.
 *
 * @param x - the reference sample (e.g. baseline timings), finite, at least one value.
 * @param y - the compared sample (e.g. head timings), finite, at least one value.
 * @throws {Error} `hodgesLehmannShift: ...` on an empty sample or a non-finite value.
 * @example
 * hodgesLehmannShift([1, 2, 3], [2, 3, 4]); // 1
 */
function hodgesLehmannShift(x, y) {
    validate_assertFiniteSample('hodgesLehmannShift', x, 1, 'x');
    validate_assertFiniteSample('hodgesLehmannShift', y, 1, 'y');
    return pairwise_differences_medianOfSorted(pairwise_differences_sortedPairwiseDifferences(x, y));
}

;// CONCATENATED MODULE: ./src/stats/hodges-lehmann-interval.ts





/**
 * Distribution-free confidence interval for the shift from x to y (Moses 1953; Hollander &
 * Wolfe §4.3), as R `wilcox.test(y, x, conf.int = TRUE, conf.level = level)` computes it:
 *
 * - Exact case (both samples under 50 values and no ties): with the sorted differences
 *   d(1) ≤ … ≤ d(mn) and k = qwilcox(α/2, n, m) (at least 1), the interval is
 *   [d(k), d(mn − k + 1)], with achieved level 1 − 2·pwilcox(k − 1, n, m).
 * - Otherwise: each bound is the shift d where the continuity-corrected, tie-corrected normal
 *   statistic of U(y − d, x) crosses ∓z(α/2). R searches it with `uniroot`; here the statistic is
 *   a step function of d that only jumps at the pairwise differences, so the crossing is found
 *   exactly by binary search over the sorted differences (R's value, up to its `tol.root`).
 *
 * The estimate is the median of the differences in both cases (R's normal-approximation
 * estimate is a root of the same step function at z = 0, the same point or, when mn is even, a
 * point between the two middle differences).
 *
 * Written by hand: neither simple-statistics nor a maintained npm package provides it.
 *
 * Complexity: O(mn log(mn)) time and O(mn) memory (the sorted differences), plus
 * O(N log N · log(mn)) for the search of the normal case; the exact table costs O(m · mn) once
 * per pair of sizes. Inputs are not mutated.
 *
 * @param x - the reference sample, finite, at least one value.
 * @param y - the compared sample, finite, at least one value.
 * @param level - confidence level in (0, 1), 0.95 unless told.
 * @throws {Error} `hodgesLehmannInterval: ...` on an empty sample, a non-finite value, a level
 *   outside (0, 1), or (normal case) when every value is tied.
 * @example
 * hodgesLehmannInterval([1.1, 2.3, 3.2, 4.7, 5.05], [3.3, 4.4, 5.5, 6.6, 7.7]);
 * // { estimate: 2.2, lower: -0.65, upper: 5.4, achievedLevel: 0.9683 }, as R
 */
function hodges_lehmann_interval_hodgesLehmannInterval(x, y, level = 0.95) {
    assertFiniteSample('hodgesLehmannInterval', x, 1, 'x');
    assertFiniteSample('hodgesLehmannInterval', y, 1, 'y');
    assertInRange('hodgesLehmannInterval', 'level', level, 0, 1, {
        minExclusive: true,
        maxExclusive: true,
    });
    // Follow R's argument order: R's first sample `a` is y, its second `b` is x; differences a − b.
    const a = y;
    const b = x;
    const na = a.length;
    const nb = b.length;
    const differences = sortedPairwiseDifferences(b, a);
    const estimate = medianOfSorted(differences);
    const alpha = 1 - level;
    const hasTies = midRanks([...a, ...b]).tieGroupSizes.length < na + nb;
    if (na < 50 && nb < 50 && !hasTies) {
        let qu = mannWhitneyQuantile(alpha / 2, na, nb);
        if (qu === 0)
            qu = 1;
        const ql = na * nb - qu;
        const achievedAlpha = 2 * mannWhitneyCdf(qu - 1, na, nb);
        return {
            estimate,
            lower: differences[qu - 1],
            upper: differences[ql],
            achievedLevel: 1 - achievedAlpha,
        };
    }
    const z = standardNormalQuantile(1 - alpha / 2);
    const lower = normalBound(a, b, differences, z);
    const upper = normalBound(a, b, differences, -z);
    return { estimate, lower, upper, achievedLevel: level };
}
/**
 * R's `wdiff(d, zq)`: the corrected normal statistic of the rank sum of a − d against b, minus zq.
 * Non-increasing in d.
 */
function normalStatistic(a, b, d, zq) {
    const na = a.length;
    const nb = b.length;
    const pooled = new Array(na + nb);
    for (let i = 0; i < na; i++)
        pooled[i] = a[i] - d;
    for (let j = 0; j < nb; j++)
        pooled[na + j] = b[j];
    const { ranks, tieGroupSizes } = midRanks(pooled);
    let rankSum = 0;
    for (let i = 0; i < na; i++)
        rankSum += ranks[i];
    const dz = rankSum - (na * (na + 1)) / 2 - (na * nb) / 2;
    const correction = Math.sign(dz) * 0.5;
    const N = na + nb;
    const sigma = Math.sqrt(((na * nb) / 12) * (N + 1 - tieCorrectionSum(tieGroupSizes) / (N * (N - 1))));
    if (!(sigma > 0)) {
        throw new Error('hodgesLehmannInterval: cannot compute a confidence interval when all observations are tied');
    }
    return (dz - correction) / sigma - zq;
}
/** The shift d where normalStatistic(d, zq) changes sign, as R's `root(zq)`. */
function normalBound(a, b, sorted, zq) {
    const distinct = [];
    for (const value of sorted) {
        if (distinct.length === 0 || value !== distinct[distinct.length - 1])
            distinct.push(value);
    }
    const first = distinct[0];
    const last = distinct[distinct.length - 1];
    if (normalStatistic(a, b, first, zq) <= 0)
        return first;
    if (normalStatistic(a, b, last, zq) >= 0)
        return last;
    // Between consecutive distinct differences the statistic is constant: evaluate it at the
    // midpoint of gap k, and find the first gap where it is ≤ 0 (it is > 0 left of `first`).
    const gapValue = (k) => {
        const left = distinct[k];
        const right = distinct[k + 1];
        return normalStatistic(a, b, left + (right - left) / 2, zq);
    };
    let low = 0;
    let high = distinct.length - 1; // gap index `distinct.length - 1` stands for "right of last".
    while (low < high) {
        const middle = (low + high) >> 1;
        if (gapValue(middle) <= 0)
            high = middle;
        else
            low = middle + 1;
    }
    if (low < distinct.length - 1 && gapValue(low) === 0) {
        const left = distinct[low];
        return left + (distinct[low + 1] - left) / 2;
    }
    return distinct[low];
}

;// CONCATENATED MODULE: ./src/stats/ratio-interval.ts




/**
 * Confidence interval for the ratio head/base of two samples of positive values (timings,
 * sizes), the quantity a benchmark gate reports ("head is 1.12× base, 95% CI 1.05–1.19×").
 *
 * - 'hodges-lehmann-log' (default): the Hodges–Lehmann shift and its distribution-free Moses
 *   interval (see {@link hodgesLehmannInterval}) on the natural logarithms, exponentiated. Under
 *   multiplicative noise (the two samples differ by a factor) this estimates the ratio of
 *   medians and the interval has its stated coverage for any continuous noise distribution,
 *   outliers included; it is deterministic and needs no seed.
 * - 'bootstrap': the percentile bootstrap of median(head)/median(base), resampling each side
 *   with replacement `resamples` times from a seeded generator (same input and seed, same
 *   output); the bounds are type-7 quantiles of the resampled log-ratios. Its coverage is only
 *   asymptotically right (the seeded simulation test measures 95–96% at n = 10 and 30 under
 *   log-normal noise with outliers), it costs about 2,000 times more, and its answer depends on
 *   the seed: an alternative for cross-checks, not the default.
 *
 * Complexity: 'hodges-lehmann-log' O(mn log(mn)); 'bootstrap' O(B·(m + n)) with B resamples.
 * Inputs are not mutated.
 *
 * @param base - reference sample, finite values > 0, at least one (two for 'bootstrap').
 * @param head - compared sample, finite values > 0, at least one (two for 'bootstrap').
 * @throws {Error} `ratioInterval: ...` on empty samples, a non-finite or non-positive value, or
 *   a bad option.
 * @example
 * ratioInterval([10, 11, 12, 13, 14], [12, 13, 14, 15, 16]).ratio; // 1.1667 (interval 0.93–1.45)
 */
function ratioInterval(base, head, options = {}) {
    const { level = 0.95, method = 'hodges-lehmann-log', resamples = 2000, seed = 0x5eed } = options;
    assertFiniteSample('ratioInterval', base, 1, 'base');
    assertFiniteSample('ratioInterval', head, 1, 'head');
    assertPositiveSample('ratioInterval', base, 'base');
    assertPositiveSample('ratioInterval', head, 'head');
    assertInRange('ratioInterval', 'level', level, 0, 1, { minExclusive: true, maxExclusive: true });
    const logBase = base.map(Math.log);
    const logHead = head.map(Math.log);
    switch (method) {
        case 'hodges-lehmann-log': {
            const interval = hodgesLehmannInterval(logBase, logHead, level);
            return {
                ratio: Math.exp(interval.estimate),
                lower: Math.exp(interval.lower),
                upper: Math.exp(interval.upper),
                method,
                achievedLevel: interval.achievedLevel,
            };
        }
        case 'bootstrap': {
            assertFiniteSample('ratioInterval', base, 2, 'base');
            assertFiniteSample('ratioInterval', head, 2, 'head');
            assertInteger('ratioInterval', 'resamples', resamples, 100);
            if (!Number.isSafeInteger(seed)) {
                throw new Error(`ratioInterval: seed must be a safe integer, got ${String(seed)}`);
            }
            return bootstrapRatio(logBase, logHead, level, resamples, seed);
        }
        default:
            throw new Error(`ratioInterval: method must be 'hodges-lehmann-log' or 'bootstrap', got ${String(method)}`);
    }
}
function bootstrapRatio(logBase, logHead, level, resamples, seed) {
    const random = createRandom(seed);
    // The median commutes with the (monotone) logarithm, so log-ratios of medians are differences
    // of medians of logs.
    const baseBuffer = new Float64Array(logBase.length);
    const headBuffer = new Float64Array(logHead.length);
    const resample = (source, buffer) => {
        for (let i = 0; i < buffer.length; i++)
            buffer[i] = source[Math.floor(random() * source.length)];
        return sortedMedian(buffer.sort());
    };
    const logRatios = new Float64Array(resamples);
    for (let r = 0; r < resamples; r++) {
        logRatios[r] = resample(logHead, headBuffer) - resample(logBase, baseBuffer);
    }
    const sortedRatios = Array.from(logRatios.sort());
    const alpha = 1 - level;
    const pointLog = sortedMedian(Float64Array.from(logHead).sort()) -
        sortedMedian(Float64Array.from(logBase).sort());
    return {
        ratio: Math.exp(pointLog),
        lower: Math.exp(quantileSorted(sortedRatios, alpha / 2)),
        upper: Math.exp(quantileSorted(sortedRatios, 1 - alpha / 2)),
        method: 'bootstrap',
        achievedLevel: level,
    };
}
function sortedMedian(sorted) {
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1
        ? sorted[middle]
        : (sorted[middle - 1] + sorted[middle]) / 2;
}

;// CONCATENATED MODULE: ./src/stats/holm.ts

/** Throws unless every p-value is in [0, 1]. */
function assertPValues(functionName, pValues) {
    validate_assertFiniteSample(functionName, pValues, 1, 'pValues');
    pValues.forEach((p, i) => {
        if (p < 0 || p > 1)
            throw new Error(`${functionName}: pValues[${i}] must be in [0, 1], got ${p}`);
    });
}
/**
 * Holm's step-down adjustment (Holm 1979) of p-values for the family-wise error rate: with the
 * p-values sorted ascending p(1) ≤ … ≤ p(k), the adjusted value is
 * min(1, max_{j ≤ i} (k − j + 1)·p(j)), returned in input order. Matches R
 * `p.adjust(p, "holm")` and statsmodels `multipletests(p, method="holm")`. Written by hand:
 * simple-statistics has no multiple-comparison adjustment.
 *
 * Complexity: O(k log k); the input is not mutated.
 *
 * @param pValues - p-values in [0, 1], at least one.
 * @throws {Error} `holm: ...` on an empty list or a value that is not a probability.
 * @example
 * holm([0.01, 0.04, 0.03]); // [0.03, 0.06, 0.06]
 */
function holm(pValues) {
    assertPValues('holm', pValues);
    const k = pValues.length;
    // Stable sort: equal p-values keep input order, as R's order().
    const order = pValues
        .map((_, i) => i)
        .sort((i, j) => pValues[i] - pValues[j]);
    const adjusted = new Array(k);
    let runningMax = 0;
    order.forEach((index, rank) => {
        runningMax = Math.max(runningMax, (k - rank) * pValues[index]);
        adjusted[index] = Math.min(1, runningMax);
    });
    return adjusted;
}

;// CONCATENATED MODULE: ./src/stats/benjamini-hochberg.ts

/**
 * Benjamini–Hochberg step-up adjustment (1995) of p-values for the false discovery rate: with
 * the p-values sorted ascending p(1) ≤ … ≤ p(k), the adjusted value is
 * min(1, min_{j ≥ i} k·p(j)/j), returned in input order. Matches R `p.adjust(p, "BH")` and SciPy
 * `false_discovery_control(p, method="bh")`. Written by hand: simple-statistics has no
 * multiple-comparison adjustment.
 *
 * Complexity: O(k log k); the input is not mutated.
 *
 * @param pValues - p-values in [0, 1], at least one.
 * @throws {Error} `benjaminiHochberg: ...` on an empty list or a value that is not a probability.
 * @example
 * benjaminiHochberg([0.01, 0.04, 0.03]); // [0.03, 0.04, 0.04]
 */
function benjaminiHochberg(pValues) {
    assertPValues('benjaminiHochberg', pValues);
    const k = pValues.length;
    const order = pValues
        .map((_, i) => i)
        .sort((i, j) => pValues[i] - pValues[j]);
    const adjusted = new Array(k);
    let runningMin = 1;
    for (let rank = k; rank >= 1; rank--) {
        const index = order[rank - 1];
        runningMin = Math.min(runningMin, (k * pValues[index]) / rank);
        adjusted[index] = runningMin;
    }
    return adjusted;
}

;// CONCATENATED MODULE: ./src/stats/multiple-comparisons.ts
/**
 * Multiple-comparison control by name, for a family of p-values: Holm's step-down correction
 * (family-wise error), Benjamini–Hochberg's (false discovery rate), or none. The bench gate uses
 * it for the samples it tests and for the single values it judges against stored runs alike.
 */


/** The p-values adjusted by `correction`, in input order (a copy with `none`). */
function adjustPValues(pValues, correction) {
    if (pValues.length === 0)
        return [];
    switch (correction) {
        case 'holm':
            return holm(pValues);
        case 'bh':
            return benjaminiHochberg(pValues);
        case 'none':
            return [...pValues];
        default: {
            const unreachable = correction;
            throw new Error(`adjustPValues: unknown correction ${String(unreachable)}`);
        }
    }
}
/**
 * P-values corrected among the selected ones only (`undefined` marks one not selected, whose
 * adjusted value is 1), with the size of that family: a claim made only where an estimate
 * already points that way (beyond a threshold) is corrected among the claims made.
 */
function adjustSelectedPValues(pValues, correction) {
    const selected = pValues.flatMap((p) => (p === undefined ? [] : [p]));
    const adjusted = adjustPValues(selected, correction);
    let next = 0;
    return {
        adjusted: pValues.map((p) => (p === undefined ? 1 : (adjusted[next++] ?? 1))),
        selected: selected.length,
    };
}
/**
 * The level a lone p-value must pass among `family`: the first step of Holm's correction, and
 * what Benjamini–Hochberg asks of a single discovery, is level / family; without correction,
 * the level itself.
 */
function loneLevel(level, family, correction) {
    return correction === 'none' ? level : level / Math.max(family, 1);
}

;// CONCATENATED MODULE: ./src/stats/t-test-power.ts


/*
 * Power of the two-sided, two-sample Student t test, as R `power.t.test(strict = FALSE)`
 * computes it: P(T′ > t(1 − α/2, ν)) with T′ noncentral t, ν = 2n − 2 degrees of freedom and
 * noncentrality λ = δ/σ · √(n/2). Written by hand: no maintained npm package ships the
 * noncentral t distribution.
 *
 * Method: T′ = (Z + λ)/S with S = √(V/ν), V ~ χ²(ν), so
 * P(T′ > c) = E[Φ(λ − c·S)] = ∫ Φ(λ − c·s) f_S(s) ds, f_S(s) = 2νs · f_χ²(νs²; ν).
 * The integrand is smooth (ν ≥ 2), so composite Simpson's rule on [0, s_max] with 400 panels
 * (s_max past the χ² quantile at about 1 − 1e-15) is accurate to about 1e-8 relative, which the
 * tests check against R.
 */
const PANELS = 400;
const quadratures = new Map();
/** Simpson nodes and weights × density of S = √(χ²_ν/ν), memoised per ν (not observable). */
function quadratureFor(nu) {
    const cached = quadratures.get(nu);
    if (cached)
        return cached;
    const xMax = nu + 12 * Math.sqrt(2 * nu) + 40;
    const sMax = Math.sqrt(xMax / nu);
    const h = sMax / PANELS;
    const nodes = new Float64Array(PANELS + 1);
    const weights = new Float64Array(PANELS + 1);
    const logNormaliser = (nu / 2) * Math.log(2) + gammaln(nu / 2);
    for (let i = 0; i <= PANELS; i++) {
        const s = i * h;
        const x = nu * s * s;
        const simpson = i === 0 || i === PANELS ? 1 : i % 2 === 1 ? 4 : 2;
        const density = s === 0 ? 0 : 2 * nu * s * Math.exp((nu / 2 - 1) * Math.log(x) - x / 2 - logNormaliser);
        nodes[i] = s;
        weights[i] = ((simpson * h) / 3) * density;
    }
    if (quadratures.size > 256)
        quadratures.clear();
    const result = { nodes, weights };
    quadratures.set(nu, result);
    return result;
}
/** P(T′ > critical) for noncentral t with ν degrees of freedom and noncentrality λ. */
function noncentralTSurvival(critical, nu, lambda) {
    const { nodes, weights } = quadratureFor(nu);
    let sum = 0;
    for (let i = 0; i < nodes.length; i++) {
        sum += weights[i] * standardNormalCdf(lambda - critical * nodes[i]);
    }
    return Math.min(1, Math.max(0, sum));
}
/**
 * Power of the two-sided two-sample t test with n per side at level α for a standardised
 * effect δ/σ, as R `power.t.test(n, delta, sd, sig.level)$power`.
 */
function t_test_power_twoSampleTTestPower(n, standardizedEffect, alpha) {
    const nu = 2 * n - 2;
    const critical = studentTQuantile(1 - alpha / 2, nu);
    return noncentralTSurvival(critical, nu, standardizedEffect * Math.sqrt(n / 2));
}
/**
 * Smallest standardised effect δ/σ that the two-sided two-sample t test with n per side detects
 * with the given power at level α, as R `power.t.test(n, sd = 1, sig.level, power)$delta`.
 * Solved by bisection on the (increasing) power, to 1e-12 relative.
 */
function t_test_power_twoSampleTTestDetectableEffect(n, alpha, power) {
    // The effect depends on n, α and power only (not on the noise), and a gate asks for the same
    // few combinations again and again: each solve costs ~50 power integrations, so remember them.
    const key = `${n}|${alpha}|${power}`;
    const known = detectableEffects.get(key);
    if (known !== undefined)
        return known;
    const effect = solveDetectableEffect(n, alpha, power);
    if (detectableEffects.size >= MAX_REMEMBERED_EFFECTS)
        detectableEffects.clear();
    detectableEffects.set(key, effect);
    return effect;
}
/** Solved effects by `n|alpha|power`; bounded so a long-lived process cannot grow it forever. */
const detectableEffects = new Map();
const MAX_REMEMBERED_EFFECTS = 1024;
function solveDetectableEffect(n, alpha, power) {
    const nu = 2 * n - 2;
    // The usual t-quantile approximation brackets the answer from below for small ν.
    const guess = (studentTQuantile(1 - alpha / 2, nu) + studentTQuantile(power, nu)) * Math.sqrt(2 / n);
    let low = guess / 2;
    let high = guess * 2;
    while (t_test_power_twoSampleTTestPower(n, high, alpha) < power)
        high *= 2;
    while (t_test_power_twoSampleTTestPower(n, low, alpha) > power)
        low /= 2;
    while (high - low > 1e-12 * high) {
        const middle = (low + high) / 2;
        if (t_test_power_twoSampleTTestPower(n, middle, alpha) < power)
            low = middle;
        else
            high = middle;
    }
    return (low + high) / 2;
}

;// CONCATENATED MODULE: ./src/stats/detectable-change.ts

/**
 * Standard deviation on the log scale of a log-normal variable with coefficient of variation
 * cv: σ = √(ln(1 + cv²)).
 */
function detectable_change_logScaleSd(cv) {
    return Math.sqrt(Math.log1p(cv * cv));
}
/** Throws unless the shared power inputs are valid. */
function detectable_change_assertPowerInputs(functionName, cv, alpha, power) {
    if (!Number.isFinite(cv) || cv <= 0)
        throw new Error(`${functionName}: cv must be a finite number > 0, got ${cv}`);
    if (!(alpha > 0 && alpha < 1))
        throw new Error(`${functionName}: alpha must be in (0, 1), got ${alpha}`);
    if (!(power > 0 && power < 1))
        throw new Error(`${functionName}: power must be in (0, 1), got ${power}`);
}
/**
 * Smallest relative change of a benchmark (0.1 = 10% slower or faster, on the ratio of
 * geometric means) that n samples per side detect, for noise with coefficient of variation cv.
 *
 * Model: timings are log-normal with the same cv on both sides, so ln(time) has standard
 * deviation σ = √(ln(1 + cv²)); a change by factor r shifts ln(time) by ln r; the comparison is a
 * two-sided two-sample t test on the logs at level α. The detectable log shift δ is solved from
 * the noncentral t power exactly as R `power.t.test(n = n, sd = σ, sig.level = α, power)$delta`
 * (see t-test-power.ts); the result is e^δ − 1, the relative increase. (A decrease of the same
 * log size, 1 − e^−δ, is detected with the same power.) The gates' Mann–Whitney test has asymptotic relative efficiency 3/π ≈ 0.955
 * against the t test under normal noise (it needs about 5% more samples for the same power) and
 * more than 1 under heavy-tailed noise, so the t-based figure is a fair planning value for both.
 * Written by hand: simple-statistics has no power analysis.
 *
 * Complexity: O(1): about 50 power evaluations of 400 quadrature points.
 *
 * @throws {Error} `detectableChange: ...` when n is not an integer ≥ 2, cv ≤ 0, or α or power is
 *   outside (0, 1).
 * @example
 * detectableChange({ n: 10, cv: 0.05 }); // ≈ 0.068 (a 6.8% change), as R power.t.test
 */
function detectableChange(input) {
    const { n, cv, alpha = 0.05, power = 0.8 } = input;
    if (!Number.isSafeInteger(n) || n < 2) {
        throw new Error(`detectableChange: n must be an integer >= 2, got ${String(n)}`);
    }
    detectable_change_assertPowerInputs('detectableChange', cv, alpha, power);
    return Math.expm1(twoSampleTTestDetectableEffect(n, alpha, power) * detectable_change_logScaleSd(cv));
}

;// CONCATENATED MODULE: ./src/stats/required-sample-size.ts


/** Beyond this many samples per side the answer is useless as a plan. */
const MAX_SAMPLES = 10_000_000;
/**
 * Samples per side needed to detect a relative change with the given power: the smallest
 * integer n ≥ 2 at which the two-sided two-sample t test on the logs has at least that power
 * for a log shift of |ln(1 + change)| (see {@link detectableChange} for the model). Equals
 * `ceiling(power.t.test(delta = abs(log(1 + change)), sd = sqrt(log(1 + cv^2)))$n)` in R.
 *
 * Complexity: O(log n) power evaluations.
 *
 * @throws {Error} `requiredSampleSize: ...` when change is 0, ≤ −1 or not finite, cv ≤ 0, α or
 *   power outside (0, 1), or the answer exceeds 10,000,000.
 * @example
 * requiredSampleSize({ change: 0.05, cv: 0.05 }); // 18
 */
function requiredSampleSize(input) {
    const { change, cv, alpha = 0.05, power = 0.8 } = input;
    if (!Number.isFinite(change) || change <= -1 || change === 0) {
        throw new Error(`requiredSampleSize: change must be finite, > -1 and not 0, got ${String(change)}`);
    }
    assertPowerInputs('requiredSampleSize', cv, alpha, power);
    const target = Math.abs(Math.log1p(change));
    const sigma = logScaleSd(cv);
    const enough = (n) => twoSampleTTestPower(n, target / sigma, alpha) >= power;
    let high = 2;
    while (!enough(high)) {
        high *= 2;
        if (high > MAX_SAMPLES) {
            throw new Error(`requiredSampleSize: more than ${MAX_SAMPLES} samples per side would be needed`);
        }
    }
    let low = Math.max(2, high / 2);
    if (enough(low))
        return low;
    // Invariant: enough(high), !enough(low).
    while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (enough(middle))
            high = middle;
        else
            low = middle;
    }
    return high;
}

;// CONCATENATED MODULE: ./src/stats/theil-sen.ts



/**
 * Theil–Sen slope with Sen's (1968) confidence interval, matching
 * `scipy.stats.theilslopes(y, x, level)` (method "separate"): the slope is the median of
 * (yⱼ − yᵢ)/(xⱼ − xᵢ) over all pairs with xⱼ > xᵢ; the intercept is median(y) − slope·median(x).
 * The bounds are the slopes of ranks round((N + zσ)/2) and round((N − zσ)/2) + 1 among the N
 * sorted slopes, z = Φ⁻¹((1 − level)/2), σ² = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18 over the tie
 * groups t of x and of y (Sen's eq. 2.6), with NumPy's round-half-to-even. Robust to up to
 * ~29% outliers. Written by hand: simple-statistics has no Theil–Sen estimator.
 *
 * Complexity: O(n² log n) time and O(n²) memory; inputs are not mutated.
 *
 * @param x - abscissae (e.g. time), finite, same length as y, not all equal.
 * @param y - ordinates, finite, at least two.
 * @param level - confidence level in (0, 1), 0.95 unless told.
 * @throws {Error} `theilSen: ...` on fewer than two points, lengths that differ, a non-finite
 *   value, all x equal, or a level outside (0, 1).
 * @example
 * theilSen([0, 1, 2], [1, 2, 4]); // { slope: 1.5, intercept: 0.5, lower: 1, upper: 2 }
 */
function theilSen(x, y, level = 0.95) {
    validate_assertFiniteSample('theilSen', x, 2, 'x');
    validate_assertFiniteSample('theilSen', y, 2, 'y');
    if (x.length !== y.length) {
        throw new Error(`theilSen: x and y must have the same length, got ${x.length} and ${y.length}`);
    }
    validate_assertInRange('theilSen', 'level', level, 0, 1, { minExclusive: true, maxExclusive: true });
    const n = y.length;
    const slopes = [];
    for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
            const dx = x[i] - x[j];
            if (dx > 0)
                slopes.push((y[i] - y[j]) / dx);
        }
    }
    if (slopes.length === 0)
        throw new Error('theilSen: all x values are equal, the slope is undefined');
    const sorted = Array.from(Float64Array.from(slopes).sort());
    const slope = (0,simple_statistics/* quantileSorted */.Z4)(sorted, 0.5);
    const intercept = (0,simple_statistics/* median */.JZ)(y) - slope * (0,simple_statistics/* median */.JZ)(x);
    const z = (0,distributions/* standardNormalQuantile */.k4)((1 - Math.max(level, 1 - level)) / 2);
    const tieTerm = (values) => {
        const counts = new Map();
        for (const v of values)
            counts.set(v, (counts.get(v) ?? 0) + 1);
        let sum = 0;
        for (const t of counts.values())
            sum += t * (t - 1) * (2 * t + 5);
        return sum;
    };
    const sigma = Math.sqrt((n * (n - 1) * (2 * n + 5) - tieTerm(x) - tieTerm(y)) / 18);
    const count = sorted.length;
    const upperIndex = Math.min(roundHalfEven((count - z * sigma) / 2), count - 1);
    const lowerIndex = Math.max(roundHalfEven((count + z * sigma) / 2) - 1, 0);
    return {
        slope,
        intercept,
        lower: sorted[lowerIndex],
        upper: sorted[upperIndex],
    };
}
/** NumPy's `np.round`: halves go to the even neighbour (2.5 → 2, 3.5 → 4). */
function roundHalfEven(value) {
    return Math.abs(value % 1) === 0.5 ? 2 * Math.round(value / 2) : Math.round(value);
}

;// CONCATENATED MODULE: ./src/stats/mann-kendall.ts


/**
 * Mann–Kendall test for a monotonic trend in a series taken in time order (Mann 1945; Kendall
 * 1975; tie correction as Hirsch, Slack & Smith 1982, the formula of R's Kendall package):
 * Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18 over tie groups t of equal values. τ-b equals
 * `scipy.stats.kendalltau(range(n), y)`. When every value is equal there is no trend to test:
 * S, τ and z are 0 and the p-value is 1. Written by hand: simple-statistics has no trend test.
 *
 * Complexity: O(n²); the input is not mutated.
 *
 * @param ys - the series in time order, finite, at least two values.
 * @throws {Error} `mannKendall: ...` on fewer than two values or a non-finite value.
 * @example
 * mannKendall([1, 2, 4]); // { statistic: 3, tau: 1, z: 1.0445, pValue: 0.2963 }
 */
function mannKendall(ys) {
    validate_assertFiniteSample('mannKendall', ys, 2, 'ys');
    const n = ys.length;
    let statistic = 0;
    for (let i = 0; i < n - 1; i++) {
        const yi = ys[i];
        for (let j = i + 1; j < n; j++)
            statistic += Math.sign(ys[j] - yi);
    }
    const counts = new Map();
    for (const v of ys)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    let tieTerm = 0;
    let tiedPairs = 0;
    for (const t of counts.values()) {
        tieTerm += t * (t - 1) * (2 * t + 5);
        tiedPairs += (t * (t - 1)) / 2;
    }
    const variance = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
    const pairs = (n * (n - 1)) / 2;
    if (!(variance > 0) || pairs === tiedPairs)
        return { statistic, tau: 0, z: 0, pValue: 1 };
    const tau = statistic / Math.sqrt(pairs * (pairs - tiedPairs));
    const z = statistic === 0 ? 0 : (statistic - Math.sign(statistic)) / Math.sqrt(variance);
    const pValue = Math.min(1, 2 * (0,distributions/* standardNormalCdf */.S5)(-Math.abs(z)));
    return { statistic, tau, z, pValue };
}

;// CONCATENATED MODULE: ./src/stats/ranks.ts
/**
 * Mid-ranks ("average" ties method, R `rank(x)`), with the sizes of the tie groups that the
 * tie corrections of rank tests need (Σ(t³ − t)). Written by hand: simple-statistics ranks only
 * inside its Spearman correlation and does not expose the tie groups.
 *
 * Complexity: O(n log n); the input is not mutated. Inputs are assumed finite (callers check).
 */
function ranks_midRanks(values) {
    const n = values.length;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b]);
    const ranks = new Array(n);
    const tieGroupSizes = [];
    let start = 0;
    while (start < n) {
        let end = start + 1;
        const value = values[order[start]];
        while (end < n && values[order[end]] === value)
            end++;
        // Positions start..end-1 (0-based) hold ranks start+1..end; their mean:
        const rank = (start + 1 + end) / 2;
        for (let k = start; k < end; k++)
            ranks[order[k]] = rank;
        tieGroupSizes.push(end - start);
        start = end;
    }
    return { ranks, tieGroupSizes };
}
/** Σ(t³ − t) over tie groups: the tie term in rank-test variances. */
function ranks_tieCorrectionSum(tieGroupSizes) {
    let sum = 0;
    for (const t of tieGroupSizes)
        sum += t * t * t - t;
    return sum;
}

;// CONCATENATED MODULE: ./src/stats/hamed-rao-mann-kendall.ts





/**
 * Mann–Kendall trend test with the variance correction of Hamed & Rao (1998, "A modified
 * Mann-Kendall trend test for autocorrelated data", J. Hydrology 204: 182–196), for series whose
 * samples are serially correlated (soak metrics sampled every few seconds), where the plain test
 * finds "trends" in noise far more often than its level. The series is detrended with the
 * Theil–Sen slope, yᵢ − slope·i for i = 1…n; rᵏ is the lag-k autocorrelation of the mid-ranks of
 * the detrended values (R `acf`: mean-centred, divided by the lag-0 sum); only lags with
 * |rᵏ| > Φ⁻¹(0.975)/√n (≈ 1.96/√n, two-sided 5%, as modifiedmk's `mmkh`) are kept, the others
 * count as 0. Then n/n*s = 1 + 2/(n(n−1)(n−2)) · Σₖ (n−k)(n−k−1)(n−k−2)·rᵏ,
 * Var*(S) = Var(S) · n/n*s, z = (S − sign(S))/√Var*(S) and p = 2·(1 − Φ(|z|)). When every value
 * is equal, S, τ and z are 0, both variances 0, the factor 1 and p 1 (as {@link mannKendall});
 * when the detrended values are all equal (an exact line) no autocorrelation can be estimated
 * and the factor is 1. Written by hand: no JavaScript library has it; the tests compare it with
 * the paper's formulas written independently in R.
 *
 * Complexity: O(n² log n) time and O(n²) memory (the Theil–Sen slopes), O(n · maxLag) for the
 * autocorrelations; the input is not mutated.
 *
 * @param ys - the series in time order at equal spacing, finite, at least three values.
 * @param options - {@link HamedRaoOptions}.
 * @throws {Error} `hamedRaoMannKendall: ...` on fewer than three values, a non-finite value, a
 *   maxLag that is not an integer ≥ 1, or a correction factor that is not positive (strong
 *   negative autocorrelation kept while the positive lags that balance it are cut off by maxLag or
 *   fall under the threshold; were every lag kept, n/n*s would be a quadratic form in a positive
 *   semidefinite Toeplitz matrix, by Pólya's criterion, and could not be negative).
 * @example
 * hamedRaoMannKendall([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
 * // { statistic: 19, tau: 0.1025, variance: 941, correctedVariance: 2361.3,
 * //   correctionFactor: 2.5094, significantLags: [1, 2, 7, 8, 9, 10], z: 0.3704, pValue: 0.7111 }
 */
function hamedRaoMannKendall(ys, options = {}) {
    validate_assertFiniteSample('hamedRaoMannKendall', ys, 3, 'ys');
    const n = ys.length;
    const maxLag = Math.min(options.maxLag ?? n - 1, n - 1);
    if (!Number.isInteger(maxLag) || maxLag < 1) {
        throw new Error(`hamedRaoMannKendall: maxLag must be an integer ≥ 1, got ${String(options.maxLag)}`);
    }
    const plain = mannKendall(ys);
    const variance = tieCorrectedVariance(ys);
    if (!(variance > 0)) {
        return {
            statistic: plain.statistic,
            tau: plain.tau,
            variance,
            correctedVariance: variance,
            correctionFactor: 1,
            significantLags: [],
            z: 0,
            pValue: 1,
        };
    }
    // Times 1…n as in the paper and modifiedmk; the offset does not change the ranks, but
    // computing yᵢ − slope·i the same way as the R reference keeps exact ties exact.
    const times = Array.from({ length: n }, (_, i) => i + 1);
    const { slope } = theilSen(times, ys);
    const detrended = ys.map((y, i) => y - slope * times[i]);
    const autocorrelations = rankAutocorrelations(ranks_midRanks(detrended).ranks, maxLag);
    const threshold = (0,distributions/* standardNormalQuantile */.k4)(0.975) / Math.sqrt(n);
    const significantLags = [];
    let weightedSum = 0;
    autocorrelations.forEach((r, index) => {
        if (Math.abs(r) <= threshold)
            return;
        const k = index + 1;
        significantLags.push(k);
        weightedSum += (n - k) * (n - k - 1) * (n - k - 2) * r;
    });
    const correctionFactor = 1 + (2 / (n * (n - 1) * (n - 2))) * weightedSum;
    if (!(correctionFactor > 0)) {
        throw new Error(`hamedRaoMannKendall: the autocorrelation correction factor n/n*s is ${correctionFactor}, ` +
            'not positive; the series alternates too strongly for the Hamed–Rao correction');
    }
    const correctedVariance = variance * correctionFactor;
    const { statistic } = plain;
    const z = statistic === 0 ? 0 : (statistic - Math.sign(statistic)) / Math.sqrt(correctedVariance);
    const pValue = Math.min(1, 2 * (0,distributions/* standardNormalCdf */.S5)(-Math.abs(z)));
    return {
        statistic,
        tau: plain.tau,
        variance,
        correctedVariance,
        correctionFactor,
        significantLags,
        z,
        pValue,
    };
}
/** Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18 over tie groups t, as in {@link mannKendall}. */
function tieCorrectedVariance(ys) {
    const n = ys.length;
    const counts = new Map();
    for (const v of ys)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    let tieTerm = 0;
    for (const t of counts.values())
        tieTerm += t * (t - 1) * (2 * t + 5);
    return (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
}
/**
 * r₁…r_maxLag of R's `acf`: Σₜ (xₜ − x̄)(xₜ₊ₖ − x̄) / Σₜ (xₜ − x̄)². All zero when the values are
 * all equal, since a constant has no autocorrelation to correct for.
 */
function rankAutocorrelations(ranks, maxLag) {
    const n = ranks.length;
    const mean = ranks.reduce((sum, r) => sum + r, 0) / n;
    const centred = ranks.map((r) => r - mean);
    const lagZero = centred.reduce((sum, c) => sum + c * c, 0);
    const result = [];
    for (let k = 1; k <= maxLag; k++) {
        if (!(lagZero > 0)) {
            result.push(0);
            continue;
        }
        let sum = 0;
        for (let t = 0; t + k < n; t++)
            sum += centred[t] * centred[t + k];
        result.push(sum / lagZero);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/stats/least-squares.ts


/**
 * Ordinary least-squares line y = intercept + slope·x, as R `lm(y ~ x)` and
 * `scipy.stats.linregress`. Delegates to simple-statistics' `linearRegression`, which centres
 * on the means before accumulating, so epoch-millisecond abscissae (~1.7e12) keep their
 * precision.
 *
 * Complexity: O(n); inputs are not mutated.
 *
 * @param x - abscissae, finite, not all equal.
 * @param y - ordinates, finite, same length, at least two.
 * @throws {Error} `leastSquares: ...` on fewer than two points, lengths that differ, a non-finite
 *   value, or all x equal (the slope is undefined).
 * @example
 * leastSquares([0, 1, 2], [1, 3, 5]); // { slope: 2, intercept: 1 }
 */
function least_squares_leastSquares(x, y) {
    assertFiniteSample('leastSquares', x, 2, 'x');
    assertFiniteSample('leastSquares', y, 2, 'y');
    if (x.length !== y.length) {
        throw new Error(`leastSquares: x and y must have the same length, got ${x.length} and ${y.length}`);
    }
    if (x.every((value) => value === x[0])) {
        throw new Error('leastSquares: all x values are equal, the slope is undefined');
    }
    const { m, b } = linearRegression(x.map((xi, i) => [xi, y[i]]));
    return { slope: m, intercept: b };
}

;// CONCATENATED MODULE: ./src/stats/slope-percent-per-hour.ts



const MS_PER_HOUR = 3_600_000;
/**
 * Drift of a metric over a soak run, in percent of its mean level per hour: 100 · (least-squares
 * slope per hour) / mean(values). A memory series that grows from 100 MB by 1 MB an hour gives
 * about 1 (%/h). Relative to the mean rather than the first value, so one noisy start does not
 * set the scale.
 *
 * Complexity: O(n); inputs are not mutated.
 *
 * @param timestampsMs - sample times in milliseconds (e.g. epoch), finite, not all equal.
 * @param values - the metric, finite, same length, at least two, mean not zero.
 * @throws {Error} `slopePercentPerHour: ...` on fewer than two points, lengths that differ, a
 *   non-finite value, all timestamps equal, or a mean of zero.
 * @example
 * slopePercentPerHour([0, 3_600_000, 7_200_000], [99, 100, 101]); // 1
 */
function slopePercentPerHour(timestampsMs, values) {
    assertFiniteSample('slopePercentPerHour', timestampsMs, 2, 'timestampsMs');
    assertFiniteSample('slopePercentPerHour', values, 2, 'values');
    if (timestampsMs.length !== values.length) {
        throw new Error(`slopePercentPerHour: timestampsMs and values must have the same length, got ${timestampsMs.length} and ${values.length}`);
    }
    if (timestampsMs.every((t) => t === timestampsMs[0])) {
        throw new Error('slopePercentPerHour: all timestamps are equal, the slope is undefined');
    }
    const level = mean(values);
    if (level === 0)
        throw new Error('slopePercentPerHour: the mean of values is zero, a percentage is undefined');
    return (100 * leastSquares(timestampsMs, values).slope * MS_PER_HOUR) / level;
}

// EXTERNAL MODULE: ./node_modules/pure-rand/lib/esm/distribution/uniformFloat64.js
var uniformFloat64 = __webpack_require__(18460);
// EXTERNAL MODULE: ./node_modules/pure-rand/lib/esm/generator/mersenne.js
var mersenne = __webpack_require__(69566);
;// CONCATENATED MODULE: ./src/stats/random.ts


/**
 * A deterministic source of uniform numbers in [0, 1): the same seed gives the same sequence on
 * every machine and Node version, which makes bootstraps, permutation tests and simulations
 * reproducible. Wraps pure-rand's Mersenne Twister (MT19937, whose seeding spreads even small seeds over its whole state, unlike xoroshiro128+'s first draws) and its 53-bit `uniformFloat64`
 * (multiples of 2^-53), so nothing here is hand-written.
 *
 * Complexity: O(1) per draw.
 *
 * @param seed - any safe integer; pure-rand uses its low 32 bits.
 * @returns a function returning the next uniform number in [0, 1) at each call.
 * @throws {Error} `createRandom: seed must be ...` when `seed` is not a safe integer.
 * @example
 * const random = createRandom(42);
 * random(); // same value on every run, in [0, 1)
 */
function random_createRandom(seed) {
    if (!Number.isSafeInteger(seed)) {
        throw new Error(`createRandom: seed must be a safe integer, got ${String(seed)}`);
    }
    // pure-rand v8 generators advance in place: one generator per closure.
    const generator = (0,mersenne/* mersenne */.q)(seed | 0);
    return () => (0,uniformFloat64/* uniformFloat64 */.d)(generator);
}
/**
 * One draw from the normal distribution N(mean, sd²) by the Box–Muller transform, using two
 * uniform draws of `random`. Written by hand: simple-statistics has no seeded normal sampler.
 *
 * Complexity: O(1).
 *
 * @param random - a uniform [0, 1) source, e.g. from {@link createRandom}.
 * @param mean - location (0 unless told).
 * @param sd - standard deviation (1 unless told).
 * @throws {Error} `normalSample: ...` when `sd` is negative or not finite.
 * @example
 * normalSample(createRandom(1)); // a standard normal value, the same for seed 1 every time
 */
function normalSample(random, mean = 0, sd = 1) {
    if (!Number.isFinite(mean) || !Number.isFinite(sd) || sd < 0) {
        throw new Error(`normalSample: mean must be finite and sd finite and >= 0, got ${mean}, ${sd}`);
    }
    // 1 - u is in (0, 1], so the logarithm is finite.
    const u1 = 1 - random();
    const u2 = random();
    return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

;// CONCATENATED MODULE: ./src/stats/e-divisive.ts




/**
 * E-Divisive change-point detection (Matteson & James 2014, "A Nonparametric Approach for
 * Multiple Change Point Analysis of Multivariate Data"), the method of MongoDB's
 * signal-processing library and Apache Otava (formerly Hunter) for performance history.
 *
 * For a segment split at τ into X (m points) and Y (k points) the divergence is
 * Ê = 2/(mk)·Σ|Xᵢ − Yⱼ|^α − C(m,2)⁻¹·Σ_{i<i′}|Xᵢ − Xᵢ′|^α − C(k,2)⁻¹·Σ_{j<j′}|Yⱼ − Yⱼ′|^α and the
 * statistic q̂(τ) = mk/(m + k)·Ê. Bisection: in every current segment find the τ with the largest
 * q̂ (both sides at least `minSize`); take the segment where it is largest; test it by permuting
 * that segment's values `permutations` times (p = (1 + #{q̂* ≥ q̂})/(1 + permutations)); keep
 * the split and repeat while p < significance. Unlike the original, whose right end κ also
 * varies, each split spans its whole segment, as in the signal-processing implementations.
 * With α = 1 it reacts to changes in any moment; α → 2 to the mean alone. Written by hand: no
 * maintained npm package implements it.
 *
 * Complexity: with α = 1, O(L log L) per scan of a segment of length L (running sums and a
 * Fenwick tree over ranks), so O(permutations · n log n) per change point tested; other α need
 * the distance matrix, O(L²) memory and time per scan. The input is not mutated.
 *
 * @param series - values in time order, finite, at least one.
 * @throws {Error} `eDivisive: ...` on an empty series, a non-finite value or a bad option.
 * @example
 * const step = [...Array(50).fill(0).map((_, i) => 100 + (i % 5)), ...Array(50).fill(0).map((_, i) => 115 + (i % 5))];
 * eDivisive(step).changePoints[0].index; // 50
 */
function eDivisive(series, options = {}) {
    validate_assertFiniteSample('eDivisive', series, 1, 'series');
    const { alpha = 1, minSize = 5, permutations = 199, significance = 0.05, seed = 1 } = options;
    validate_assertInRange('eDivisive', 'alpha', alpha, 0, 2, { minExclusive: true, maxExclusive: true });
    validate_assertInteger('eDivisive', 'minSize', minSize, 2);
    validate_assertInteger('eDivisive', 'permutations', permutations, 19);
    validate_assertInRange('eDivisive', 'significance', significance, 0, 1, {
        minExclusive: true,
        maxExclusive: true,
    });
    if (!Number.isSafeInteger(seed))
        throw new Error(`eDivisive: seed must be a safe integer, got ${String(seed)}`);
    const random = random_createRandom(seed);
    const accepted = [];
    const bounds = [0, series.length];
    for (;;) {
        let best;
        for (let s = 0; s + 1 < bounds.length; s++) {
            const start = bounds[s];
            const end = bounds[s + 1];
            if (end - start < 2 * minSize)
                continue;
            const segment = prepareSegment(series.slice(start, end), alpha);
            const split = bestSplit(segment, identityOrder(end - start), minSize);
            if (!best || split.q > best.q)
                best = { start, end, index: start + split.index, q: split.q, segment };
        }
        if (!best)
            break;
        const order = identityOrder(best.end - best.start);
        let atLeast = 0;
        for (let p = 0; p < permutations; p++) {
            shuffle(order, random);
            if (bestSplit(best.segment, order, minSize).q >= best.q)
                atLeast++;
        }
        const pValue = (1 + atLeast) / (1 + permutations);
        if (!(pValue < significance))
            break;
        accepted.push({ index: best.index, pValue });
        bounds.push(best.index);
        bounds.sort((a, b) => a - b);
    }
    const changePoints = accepted
        .sort((a, b) => a.index - b.index)
        .map(({ index, pValue }) => {
        const position = bounds.indexOf(index);
        const before = series.slice(bounds[position - 1], index);
        const after = series.slice(index, bounds[position + 1]);
        return { index, pValue, meanBefore: (0,simple_statistics/* mean */.RE)(before), meanAfter: (0,simple_statistics/* mean */.RE)(after) };
    });
    return { changePoints };
}
function prepareSegment(raw, alpha) {
    const length = raw.length;
    const center = (0,simple_statistics/* mean */.RE)(raw);
    const values = Float64Array.from(raw, (v) => v - center);
    const sortedPositions = Array.from({ length }, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
    const ranks = new Int32Array(length);
    sortedPositions.forEach((position, k) => {
        ranks[position] = k + 1;
    });
    const rowTotals = new Float64Array(length);
    let total = 0;
    if (alpha === 1) {
        // Σⱼ |v − xⱼ| = r·v − prefix(r) + (prefix(L) − prefix(r)) − (L − r)·v, r values at or below v.
        const prefix = new Float64Array(length + 1);
        sortedPositions.forEach((position, k) => {
            prefix[k + 1] = prefix[k] + values[position];
        });
        const all = prefix[length];
        sortedPositions.forEach((position, k) => {
            const v = values[position];
            const below = prefix[k + 1];
            rowTotals[position] = (k + 1) * v - below + (all - below) - (length - k - 1) * v;
            total += rowTotals[position];
        });
        return { alpha, values, ranks, rowTotals, total: total / 2 };
    }
    const matrix = new Float64Array(length * length);
    for (let i = 0; i < length; i++) {
        for (let j = i + 1; j < length; j++) {
            const d = Math.abs(values[i] - values[j]) ** alpha;
            matrix[i * length + j] = d;
            matrix[j * length + i] = d;
            rowTotals[i] = rowTotals[i] + d;
            rowTotals[j] = rowTotals[j] + d;
            total += d;
        }
    }
    return { alpha, values, ranks, rowTotals, total, matrix };
}
/**
 * Split (relative to the segment) maximising q̂ when the values are taken in `order`. For α = 1
 * the distances of each new left value to the values already on the left come from a Fenwick
 * tree over ranks (counts and sums), so a scan is O(L log L); otherwise O(L²) from the matrix.
 */
function bestSplit(segment, order, minSize) {
    const length = order.length;
    const { values, ranks, rowTotals, total, matrix } = segment;
    const treeCount = new Int32Array(length + 1);
    const treeSum = new Float64Array(length + 1);
    let insertedSum = 0;
    let withinLeft = 0;
    let between = 0;
    let bestIndex = minSize;
    let bestQ = -Infinity;
    // Move the value at order[t] from the right part to the left part, t = 0 .. length − minSize − 1.
    for (let t = 0; t < length - minSize; t++) {
        const position = order[t];
        const v = values[position];
        let toLeft = 0;
        if (matrix) {
            for (let i = 0; i < t; i++)
                toLeft += matrix[position * length + order[i]];
        }
        else {
            const rank = ranks[position];
            let countBelow = 0;
            let sumBelow = 0;
            for (let r = rank - 1; r > 0; r -= r & -r) {
                countBelow += treeCount[r];
                sumBelow += treeSum[r];
            }
            toLeft = countBelow * v - sumBelow + (insertedSum - sumBelow) - (t - countBelow) * v;
            for (let r = rank; r <= length; r += r & -r) {
                treeCount[r] = treeCount[r] + 1;
                treeSum[r] = treeSum[r] + v;
            }
            insertedSum += v;
        }
        const toRight = rowTotals[position] - toLeft;
        withinLeft += toLeft;
        between += toRight - toLeft;
        const m = t + 1;
        if (m < minSize)
            continue;
        const k = length - m;
        const withinRight = total - withinLeft - between;
        const divergence = (2 * between) / (m * k) -
            withinLeft / ((m * (m - 1)) / 2) -
            withinRight / ((k * (k - 1)) / 2);
        const q = ((m * k) / (m + k)) * divergence;
        if (q > bestQ) {
            bestQ = q;
            bestIndex = m;
        }
    }
    return { index: bestIndex, q: bestQ };
}
function identityOrder(length) {
    return Int32Array.from({ length }, (_, i) => i);
}
/** Fisher–Yates shuffle in place, driven by the seeded generator. */
function shuffle(order, random) {
    for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const held = order[i];
        order[i] = order[j];
        order[j] = held;
    }
}
/**
 * E-Divisive as Apache Otava runs it (Fleming et al. 2023, "Hunter: Using Change Point Detection
 * to Hunt for Performance Regressions", the procedure of otava/analysis.py), so that a history
 * gives the change points Otava's users expect:
 *
 * 1. Split: the series is cut into windows of `window` points that overlap by half (a window
 *    starts at the later of half a window on and the last change point the previous window
 *    found). In each window, E-Divisive splits top-down as in Matteson & James: the candidate of
 *    a segment maximises q̂(τ, κ) over the split τ and the right end κ (both varying, every side
 *    at least one point, α = 1), and the segment with the largest q̂ is split while Student's t
 *    test of the two sides' means gives p ≤ the relaxed level (10 × `significance` below 0.05,
 *    2 × below 0.5). The union over windows are the weak change points.
 * 2. Merge: with p-values and means taken between neighbouring change points, one change point
 *    at a time is dropped: the one with the largest p-value while that is not below
 *    `significance`, else the one with the smallest magnitude while that is not above
 *    `minMagnitude`. After a drop Otava recomputes the change point that followed it and the
 *    next one (not the one before), and so does this function: its expected change points
 *    depend on it. The statistics returned are then taken between the final neighbours.
 *
 * The t test is Otava's: pooled variance, with each side's standard deviation taken with
 * divisor n (numpy's default) as it passes them to SciPy's `ttest_ind_from_stats`; sides of one
 * point have deviation 0; two points in all give p = 1; two constant sides give p = 0 when their
 * means differ and p = 1 when they do not. Deterministic (no permutations). Otava's incremental
 * mode (`new_points`, `old_cp`) is not implemented: the whole series is analysed every time.
 *
 * Complexity: O(window²) time per candidate search and O(window) memory, so O(n · window) for
 * the split step of a series of n points; the merge step is O(n · k) for k weak change points.
 *
 * @param series - values in time order, finite, at least one.
 * @throws {Error} `eDivisiveOtava: ...` on an empty series, a non-finite value or a bad option.
 * @example
 * // Otava's own test series (tests/analysis_test.py): the step at index 10.
 * eDivisiveOtava([1.02, 0.95, 0.99, 1.0, 1.12, 1.0, 1.01, 0.98, 1.01, 0.96, 0.5, 0.51, 0.48, 0.48, 0.55, 0.5, 0.49, 0.51, 0.5, 0.49], { window: 10, significance: 0.0001 })
 *   .changePoints.map((c) => c.index); // [10]
 */
function eDivisiveOtava(series, options = {}) {
    validate_assertFiniteSample('eDivisiveOtava', series, 1, 'series');
    const { window = 50, significance = 0.001, minMagnitude = 0 } = options;
    validate_assertInteger('eDivisiveOtava', 'window', window, 2);
    validate_assertInRange('eDivisiveOtava', 'significance', significance, 0, 1, {
        minExclusive: true,
        maxExclusive: true,
    });
    validate_assertInRange('eDivisiveOtava', 'minMagnitude', minMagnitude, 0, Number.MAX_VALUE);
    const values = Float64Array.from(series);
    const firstPass = significance < 0.05 ? significance * 10 : significance < 0.5 ? significance * 2 : significance;
    const weak = splitStep(values, window, firstPass);
    const weakChangePoints = weak.map((index, k) => betweenNeighbours(values, index, weak[k - 1] ?? 0, weak[k + 1] ?? values.length));
    const kept = mergeStep(values, weakChangePoints, significance, minMagnitude);
    return { changePoints: kept, weakChangePoints };
}
/** A change point with its t-test p-value and the means of the sides `[start, index)` and `[index, end)`. */
function betweenNeighbours(values, index, start, end) {
    const left = sideStats(values, start, index);
    const right = sideStats(values, index, end);
    return {
        index,
        pValue: pooledTTest(left, right),
        meanBefore: left.mean,
        meanAfter: right.mean,
    };
}
function sideStats(values, start, end) {
    const n = end - start;
    let sum = 0;
    for (let i = start; i < end; i++)
        sum += values[i];
    const center = sum / n;
    let squares = 0;
    for (let i = start; i < end; i++)
        squares += (values[i] - center) ** 2;
    return { n, mean: center, sd: n >= 2 ? Math.sqrt(squares / n) : 0 };
}
/** Two-sided p-value of Student's pooled t test from summary statistics (see eDivisiveOtava). */
function pooledTTest(left, right) {
    const df = left.n + right.n - 2;
    if (df <= 0)
        return 1;
    const pooled = ((left.n - 1) * left.sd ** 2 + (right.n - 1) * right.sd ** 2) / df;
    const error = Math.sqrt(pooled * (1 / left.n + 1 / right.n));
    const difference = left.mean - right.mean;
    if (error === 0)
        return difference === 0 ? 1 : 0;
    const t = Math.abs(difference) / error;
    return Math.min(1, 2 * (0,distributions/* studentTSurvival */.qX)(t, df));
}
/** Otava's relative change of a change point: the larger of the forward and backward changes. */
function changeMagnitude(point) {
    const forward = point.meanBefore === 0 ? 0 : point.meanAfter / point.meanBefore - 1;
    const backward = point.meanAfter === 0 ? 0 : point.meanBefore / point.meanAfter - 1;
    return Math.max(Math.abs(forward), Math.abs(backward));
}
/** Split step: weak change point indexes, sorted (see eDivisiveOtava). */
function splitStep(values, window, level) {
    const step = Math.floor(window / 2);
    const found = new Set();
    let start = 0;
    while (start < values.length) {
        const end = Math.min(start + window, values.length);
        const local = divideWindow(values.subarray(start, end), level);
        for (const index of local)
            found.add(start + index);
        const last = local.length > 0 ? start + Math.max(...local) : 0;
        start = Math.max(last, start + step);
    }
    return [...found].sort((a, b) => a - b);
}
/**
 * Top-down E-Divisive in one window with the t test as its stopping rule: the change points
 * (window indexes) accepted before the first candidate that fails.
 */
function divideWindow(values, level) {
    const accepted = [];
    const candidates = new Map();
    for (;;) {
        const bounds = [0, ...accepted, values.length];
        let best;
        for (let s = 0; s + 1 < bounds.length; s++) {
            const start = bounds[s];
            const end = bounds[s + 1];
            if (end - start < 2)
                continue;
            const key = `${start}:${end}`;
            let candidate = candidates.get(key);
            if (candidate === undefined) {
                candidate = bestSplitAnyEnd(values, start, end);
                candidates.set(key, candidate);
            }
            // Strictly greater: on a tie the earlier segment wins, as Python's max keeps the first.
            if (!best || candidate.q > best.candidate.q)
                best = { candidate, start, end };
        }
        if (!best)
            break;
        const { index } = best.candidate;
        const p = pooledTTest(sideStats(values, best.start, index), sideStats(values, index, best.end));
        if (!(p <= level))
            break;
        accepted.push(index);
        accepted.sort((a, b) => a - b);
    }
    return accepted;
}
/**
 * The split τ of `values[start, end)` that maximises q̂(τ, κ) over τ and the right end κ (start <
 * τ < κ ≤ end), with |x − y| as the distance. For each κ the within-sums W(τ, κ) of the right
 * part are updated from the previous κ by one column of distances, so the scan is O(L²) in time
 * and O(L) in memory. Ties go to the smallest τ, then the smallest κ (numpy's argmax over
 * Otava's Q matrix, row-major).
 */
function bestSplitAnyEnd(values, start, end) {
    const length = end - start;
    const x = values.subarray(start, end);
    // prefixWithin[t] = Σ_{i<j<t} |xᵢ − xⱼ|: the within-sum of the left part x[0, t).
    const prefixWithin = new Float64Array(length + 1);
    for (let t = 1; t < length; t++) {
        let column = 0;
        const v = x[t];
        for (let i = 0; i < t; i++)
            column += Math.abs(x[i] - v);
        prefixWithin[t + 1] = prefixWithin[t] + column;
    }
    // rightWithin[τ] = Σ_{τ≤i<j<κ} |xᵢ − xⱼ| for the current κ.
    const rightWithin = new Float64Array(length);
    let bestQ = -Infinity;
    let bestTau = 1;
    let bestKappa = 2;
    for (let kappa = 2; kappa <= length; kappa++) {
        const added = kappa - 1;
        const v = x[added];
        let suffix = 0;
        for (let tau = added - 1; tau >= 1; tau--) {
            suffix += Math.abs(x[tau] - v);
            rightWithin[tau] = rightWithin[tau] + suffix;
        }
        rightWithin[added] = 0;
        const all = prefixWithin[kappa];
        for (let tau = 1; tau < kappa; tau++) {
            const n = tau;
            const m = kappa - tau;
            const left = prefixWithin[tau];
            const right = rightWithin[tau];
            const between = all - left - right;
            const q = (2 * between) / (n + m) -
                (n > 1 ? (2 * m * left) / ((n + m) * (n - 1)) : 0) -
                (m > 1 ? (2 * n * right) / ((n + m) * (m - 1)) : 0);
            if (q > bestQ || (q === bestQ && (tau < bestTau || (tau === bestTau && kappa < bestKappa)))) {
                bestQ = q;
                bestTau = tau;
                bestKappa = kappa;
            }
        }
    }
    return { index: start + bestTau, q: bestQ };
}
/** Merge step (see eDivisiveOtava): the weak change points that survive, with their final statistics. */
function mergeStep(values, weak, significance, minMagnitude) {
    const points = weak.map((point) => ({ ...point }));
    while (points.length > 0) {
        let weakest = 0;
        for (let k = 1; k < points.length; k++) {
            if (points[k].pValue > points[weakest].pValue)
                weakest = k;
        }
        if (points[weakest].pValue < significance) {
            weakest = 0;
            for (let k = 1; k < points.length; k++) {
                if (changeMagnitude(points[k]) <
                    changeMagnitude(points[weakest]))
                    weakest = k;
            }
            if (changeMagnitude(points[weakest]) > minMagnitude)
                break;
        }
        points.splice(weakest, 1);
        // As Otava does: the change point that followed the dropped one and the one after it are
        // recomputed; the one before keeps its statistics, though its right side grew. Otava's
        // expected change points depend on it (recomputing both neighbours instead changes 6 of
        // the 11 TigerBeetle cases of its tests), so it is kept for parity.
        for (const k of [weakest, weakest + 1]) {
            const point = points[k];
            if (point === undefined)
                continue;
            points[k] = betweenNeighbours(values, point.index, points[k - 1]?.index ?? 0, points[k + 1]?.index ?? values.length);
        }
    }
    // The statistics returned are those between the final neighbours, so the means are those of
    // the segments a chart shows (Otava returns its last recompute, stale for some).
    return points.map((point, k) => betweenNeighbours(values, point.index, points[k - 1]?.index ?? 0, points[k + 1]?.index ?? values.length));
}

;// CONCATENATED MODULE: ./src/stats/slo-attainment.ts
/**
 * Throws unless good and total are event counts with 0 ≤ good ≤ total and total > 0. Counts may
 * be fractional: Prometheus `increase()` extrapolates.
 */
function assertEventCounts(functionName, good, total) {
    if (!Number.isFinite(good) || !Number.isFinite(total) || total <= 0 || good < 0 || good > total) {
        throw new Error(`${functionName}: need finite counts with 0 <= good <= total and total > 0, got good ${String(good)}, total ${String(total)}`);
    }
}
/** Throws unless the objective is a fraction strictly between 0 and 1 (e.g. 0.999). */
function assertObjective(functionName, objective) {
    if (!(objective > 0 && objective < 1)) {
        throw new Error(`${functionName}: objective must be in (0, 1), e.g. 0.999, got ${String(objective)}`);
    }
}
/**
 * Fraction of good events, good/total: the service level indicator over a window, to compare
 * with the objective (Google SRE book, ch. 4).
 *
 * Complexity: O(1).
 *
 * @throws {Error} `sloAttainment: ...` unless 0 ≤ good ≤ total, total > 0, both finite.
 * @example
 * sloAttainment(999_500, 1_000_000); // 0.9995
 */
function sloAttainment(good, total) {
    assertEventCounts('sloAttainment', good, total);
    return good / total;
}

;// CONCATENATED MODULE: ./src/stats/error-budget-remaining.ts

/**
 * Fraction of the error budget left over the SLO window: 1 − (bad/total)/(1 − objective), as in
 * the Google SRE workbook ("Implementing SLOs"). 1 means untouched, 0 exhausted, negative
 * overspent (−0.5: half a budget too much).
 *
 * Complexity: O(1).
 *
 * @throws {Error} `errorBudgetRemaining: ...` for an objective outside (0, 1) or counts that are
 *   not 0 ≤ good ≤ total with total > 0.
 * @example
 * errorBudgetRemaining({ objective: 0.999, good: 999_500, total: 1_000_000 }); // 0.5
 */
function errorBudgetRemaining(input) {
    const { objective, good, total } = input;
    assertObjective('errorBudgetRemaining', objective);
    assertEventCounts('errorBudgetRemaining', good, total);
    return 1 - (total - good) / total / (1 - objective);
}

;// CONCATENATED MODULE: ./src/stats/burn-rate.ts

/**
 * How fast the error budget is being spent: errorRatio / (1 − objective) (Google SRE workbook,
 * "Alerting on SLOs"). 1 spends exactly the budget over the SLO period; 14.4 spends 2% of a
 * 30-day budget in one hour.
 *
 * Complexity: O(1).
 *
 * @throws {Error} `burnRate: ...` for an objective outside (0, 1) or an error ratio outside [0, 1].
 * @example
 * burnRate({ objective: 0.999, errorRatio: 0.0144 }); // 14.4
 */
function burnRate(input) {
    const { objective, errorRatio } = input;
    assertObjective('burnRate', objective);
    if (!(errorRatio >= 0 && errorRatio <= 1)) {
        throw new Error(`burnRate: errorRatio must be in [0, 1], got ${String(errorRatio)}`);
    }
    return errorRatio / (1 - objective);
}

;// CONCATENATED MODULE: ./src/stats/multi-window-burn-alert.ts


/**
 * The recommended rules of the Google SRE workbook ("Alerting on SLOs", multiwindow,
 * multi-burn-rate alerts) for a 30-day SLO: page at 14.4× over 1h and 5m (2% of the budget in an
 * hour) or 6× over 6h and 30m (5% in six hours); ticket at 1× over 3d and 6h (10% in three days).
 */
const SRE_WORKBOOK_BURN_RULES = Object.freeze([
    { severity: 'page', longWindow: '1h', shortWindow: '5m', burnRate: 14.4 },
    { severity: 'page', longWindow: '6h', shortWindow: '30m', burnRate: 6 },
    { severity: 'ticket', longWindow: '3d', shortWindow: '6h', burnRate: 1 },
]);
/**
 * Multiwindow, multi-burn-rate alerting of the Google SRE workbook: a rule fires when the burn
 * rate over its long window AND over its short window both exceed its threshold (strictly, as
 * the workbook's `>` in PromQL). The long window keeps precision (a short spike does not page),
 * the short one resets the alert soon after the burning stops.
 *
 * Complexity: O(number of rules).
 *
 * @throws {Error} `multiWindowBurnAlert: ...` for an objective outside (0, 1), a rule whose
 *   window has no error ratio, an error ratio outside [0, 1], or a threshold that is not > 0.
 * @example
 * multiWindowBurnAlert({
 *   objective: 0.999,
 *   errorRatios: { '5m': 0.03, '1h': 0.02, '30m': 0.01, '6h': 0.004, '3d': 0.0008 },
 * }).severity; // 'page' (1h and 5m burn at 20× and 30×, above 14.4×)
 */
function multiWindowBurnAlert(input) {
    const { objective, errorRatios, rules = SRE_WORKBOOK_BURN_RULES } = input;
    assertObjective('multiWindowBurnAlert', objective);
    const rateOf = (window) => {
        const errorRatio = Object.hasOwn(errorRatios, window) ? errorRatios[window] : undefined;
        if (errorRatio === undefined) {
            throw new Error(`multiWindowBurnAlert: no error ratio for window ${window}`);
        }
        if (!(errorRatio >= 0 && errorRatio <= 1)) {
            throw new Error(`multiWindowBurnAlert: error ratio for window ${window} must be in [0, 1], got ${errorRatio}`);
        }
        return burnRate({ objective, errorRatio });
    };
    const results = rules.map((rule) => {
        if (!(rule.burnRate > 0) || !Number.isFinite(rule.burnRate)) {
            throw new Error(`multiWindowBurnAlert: burn rate threshold must be > 0, got ${String(rule.burnRate)}`);
        }
        const longBurnRate = rateOf(rule.longWindow);
        const shortBurnRate = rateOf(rule.shortWindow);
        return {
            rule,
            longBurnRate,
            shortBurnRate,
            firing: longBurnRate > rule.burnRate && shortBurnRate > rule.burnRate,
        };
    });
    const firing = results.filter((r) => r.firing);
    const severity = firing.some((r) => r.rule.severity === 'page')
        ? 'page'
        : firing.length > 0
            ? 'ticket'
            : 'none';
    return { firing: firing.length > 0, severity, rules: results };
}

;// CONCATENATED MODULE: ./src/stats/rolling-window.ts


/**
 * Applies `reducer` to every window of `size` consecutive values: result[i] summarises
 * values[i .. i + size − 1], so there are n − size + 1 results (none when n < size). The reducer
 * gets a fresh copy of each window and may sort it. The default reducer is the mean (a simple
 * moving average, via simple-statistics).
 *
 * Complexity: O(n · size) plus the reducer's cost; the input is not mutated.
 *
 * @param values - the series, finite numbers.
 * @param size - window length, an integer ≥ 1.
 * @param reducer - summary of one window, e.g. `median`; mean unless told.
 * @throws {Error} `rollingWindow: ...` on a non-finite value or a size that is not an integer ≥ 1.
 * @example
 * rollingWindow([1, 2, 3, 4], 2); // [1.5, 2.5, 3.5]
 */
function rollingWindow(values, size, reducer = (window) => mean(window)) {
    assertFiniteSample('rollingWindow', values, 0, 'values');
    assertInteger('rollingWindow', 'size', size, 1);
    const result = [];
    for (let start = 0; start + size <= values.length; start++) {
        result.push(reducer(values.slice(start, start + size)));
    }
    return result;
}

;// CONCATENATED MODULE: ./src/stats/index.ts
/**
 * The statistics core shared by every gate: pure functions on `readonly number[]`, each in its
 * own file with its definition, convention, complexity and errors documented there.
 */










































/***/ })

};

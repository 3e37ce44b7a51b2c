export const id = 192;
export const ids = [192];
export const modules = {

/***/ 96000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rr: () => (/* reexport */ analyzeSoak),
  z6: () => (/* reexport */ parseSloObjective),
  hG: () => (/* reexport */ seriesId)
});

// UNUSED EXPORTS: DEFAULT_MEMORY_LIMIT_PERCENT_PER_HOUR, DEFAULT_SLO_TARGET, MAX_CHANGE_POINT_POINTS, MAX_TREND_POINTS, MAX_WARMUP_POINTS, MIN_TREND_POINTS, analyzeLatency, analyzeTrend, detectWarmup, evaluateSlo, growthLimitFor, isLatencySeries, isMemoryLike, patternMatchesSeries, thinPoints, windowSeconds

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/stats/index.ts + 40 modules
var stats = __webpack_require__(13329);
// EXTERNAL MODULE: ./src/shared/name-pattern.ts
var name_pattern = __webpack_require__(14041);
;// CONCATENATED MODULE: ./src/gates/soak/analyze/series-id.ts

/**
 * A series' full name, `name{key="value",…}` with the labels sorted by key (so the same series
 * read from two files gets the same id), or the bare name when it has no labels. Values are
 * escaped as in Prometheus' exposition format (`\\`, `\"`, `\n`), so an id names one series.
 *
 * @example
 * seriesId({ name: 'http_req_duration', labels: { status: '200', method: 'GET' }, points: [] });
 * // 'http_req_duration{method="GET",status="200"}'
 */
function seriesId(series) {
    const entries = Object.entries(series.labels ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    if (entries.length === 0)
        return series.name;
    const labels = entries.map(([key, value]) => `${key}="${escapeLabelValue(value)}"`);
    return `${series.name}{${labels.join(',')}}`;
}
function escapeLabelValue(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
/**
 * True when `pattern` (a name glob: `*` any run, `?` one character) matches the series' full
 * {@link seriesId} or its bare name: `process_resident_memory_bytes` then also covers
 * `process_resident_memory_bytes{instance="a"}`, as a user writing a metric name expects.
 */
function patternMatchesSeries(pattern, series) {
    const regex = (0,name_pattern/* compileNamePattern */.t)(pattern);
    return regex.test(seriesId(series)) || regex.test(series.name);
}

;// CONCATENATED MODULE: ./src/gates/soak/analyze/thin.ts

/**
 * Thins a long series to at most `maxPoints` points: the span is cut into `maxPoints` buckets of
 * equal time, and each bucket that holds points becomes one point at the mean time of its points
 * with their mean (trends) or median (latency: one slow request must not move a bucket) value.
 * Series of at most `maxPoints` points come back unchanged. Unlike stats' `resample`, repeated
 * timestamps are fine (k6 writes one sample per request, many in the same millisecond).
 *
 * Why: Theil–Sen and the Hamed–Rao test are O(n² log n); a night of 1 s samples (28,800 points)
 * would take minutes and gigabytes, 120 bucket means take milliseconds and keep what a trend over
 * hours depends on (bench/soak-power.ts times such a night).
 *
 * Complexity: O(n) for means, O(n log n) for medians; the input is not mutated.
 */
function thinPoints(points, maxPoints, summary = 'mean') {
    if (points.length <= maxPoints)
        return points.slice();
    const first = points[0].t;
    const span = points[points.length - 1].t - first;
    if (!(span > 0))
        return points.slice(0, maxPoints);
    const width = span / maxPoints;
    const result = [];
    let bucket = -1;
    let times = [];
    let values = [];
    const flush = () => {
        if (values.length === 0)
            return;
        const t = times.reduce((sum, x) => sum + x, 0) / times.length;
        const v = summary === 'mean' ? values.reduce((sum, x) => sum + x, 0) / values.length : (0,stats/* median */.JZ)(values);
        result.push({ t, v });
    };
    for (const point of points) {
        const index = Math.min(maxPoints - 1, Math.floor((point.t - first) / width));
        if (index !== bucket) {
            flush();
            bucket = index;
            times = [];
            values = [];
        }
        times.push(point.t);
        values.push(point.v);
    }
    flush();
    return result;
}

;// CONCATENATED MODULE: ./src/gates/soak/analyze/latency.ts



/**
 * Most points E-Divisive runs on: with α = 1 a test costs O(permutations · n log n), and 400
 * bucket medians keep a series under ~50 ms while still placing a change within a quarter of a
 * percent of the run.
 */
const MAX_CHANGE_POINT_POINTS = 400;
/** Fewest points in each of the first and last windows. */
const MIN_WINDOW_POINTS = 5;
/** Permutations of E-Divisive's test; 199 gives p-values down to 0.005. */
const PERMUTATIONS = 199;
/**
 * Names that say latency: `latency`, `duration`, `response time` (any separator), a `p9x`
 * percentile (`p95`, `p(99)`, `p99.9`), or a Locust percentile column (`95%`).
 */
const LATENCY_LIKE = /latency|duration|response[\s_-]*time|(?:^|[^a-z0-9])p\(?9\d|^\d+(?:\.\d+)?%$/i;
/** True when the series' name says it measures latency. */
function isLatencySeries(name) {
    return LATENCY_LIKE.test(name);
}
/**
 * A latency series over the analysed span: E-Divisive change points (Matteson & James 2014) on
 * bucket medians (at most {@link MAX_CHANGE_POINT_POINTS}; medians so that a few slow requests do
 * not make a change), each side of a change at least a twentieth of the run (≥ 5 points) so that
 * slow wander of autocorrelated percentiles is not cut into many tiny segments; and the median of
 * the first and the last tenth of the span (each at least 5 points), on the raw points.
 *
 * @param points - the series after the warm-up, in time order, at least two points.
 */
function analyzeLatency(series, points) {
    const buckets = thinPoints(points, MAX_CHANGE_POINT_POINTS, 'median');
    const values = buckets.map((p) => p.v);
    const minSize = Math.max(5, Math.floor(values.length / 20));
    const changePoints = [];
    if (values.length >= 2 * minSize) {
        const found = (0,stats/* eDivisive */.$c)(values, { minSize, permutations: PERMUTATIONS, seed: 1 }).changePoints;
        const bounds = [0, ...found.map((c) => c.index), values.length];
        found.forEach((change, k) => {
            changePoints.push({
                t: buckets[change.index].t,
                before: (0,stats/* median */.JZ)(values.slice(bounds[k], change.index)),
                after: (0,stats/* median */.JZ)(values.slice(change.index, bounds[k + 2])),
                pValue: change.pValue,
            });
        });
    }
    const first = points[0].t;
    const last = points[points.length - 1].t;
    const tenth = (last - first) / 10;
    const firstWindow = (0,stats/* median */.JZ)(windowValues(points, (p) => p.t <= first + tenth));
    const lastWindow = (0,stats/* median */.JZ)(windowValues([...points].reverse(), (p) => p.t >= last - tenth));
    return {
        series: seriesId(series),
        ...(series.unit === undefined ? {} : { unit: series.unit }),
        changePoints,
        firstWindow,
        lastWindow,
        changePercent: firstWindow === 0 ? 0 : (100 * (lastWindow - firstWindow)) / firstWindow,
    };
}
/** Values from the front of `points` while `inside` holds, and at least five. */
function windowValues(points, inside) {
    const values = [];
    for (const point of points) {
        if (values.length >= MIN_WINDOW_POINTS && !inside(point))
            break;
        values.push(point.v);
    }
    return values;
}

;// CONCATENATED MODULE: ./src/gates/soak/analyze/slo.ts



/** Target of a threshold objective written without `@ TARGET%`. */
const DEFAULT_SLO_TARGET = 0.99;
const EXAMPLES = "e.g. 'latency_p99_ms < 200', 'latency_p99_ms < 200 @ 99.5%' or 'error_ratio < 0.001'";
/**
 * Parses an objective written `NAME OP VALUE` with an optional `@ TARGET%`:
 *
 * - NAME is a glob over series (`*` any run, `?` one character), matched against a series' full
 *   id (`name{label="value"}`) or its bare name; OP is `<`, `<=`, `>` or `>=`; VALUE a number;
 *   TARGET a percentage in (0, 100).
 * - `ratio` kind: NAME (without its `{…}` labels) ends with `ratio` or `_rate`, OP is `<` or
 *   `<=`, there is no `@ TARGET%`, and 0 < VALUE < 1. The series is then read as a bad-event
 *   ratio (errors / requests) and VALUE as the error budget: `error_ratio < 0.001` allows 0.1%
 *   of bad events over the run (objective 99.9%).
 * - `threshold` kind otherwise: each sample is good when `sample OP VALUE`, and TARGET of the
 *   samples (99% unless told) must be good: `latency_p99_ms < 200 @ 99.5%`.
 * - A ratio name with `> VALUE`/`>= VALUE` or a VALUE outside (0, 1), and no target, is refused
 *   as ambiguous (a success rate? a percentage?): write the bad ratio with `<`, or add a target
 *   for a per-sample threshold (`success_rate > 0.99 @ 99%`).
 *
 * @throws ConfigurationError naming the text, the rule it breaks and an example.
 * @example
 * parseSloObjective('error_ratio < 0.001');
 * // { text: 'error_ratio < 0.001', series: 'error_ratio', comparison: '<', value: 0.001, kind: 'ratio' }
 */
function parseSloObjective(text) {
    const match = /^\s*([^<>]*?)\s*(<=|>=|<|>)\s*([^@]*?)\s*(?:@\s*(.*?)\s*)?$/.exec(text);
    const bad = (why) => new errors/* ConfigurationError */.j(`slo: cannot read the objective '${text}': ${why}; write NAME OP VALUE [@ TARGET%], ${EXAMPLES}`);
    if (!match)
        throw bad('no comparison (<, <=, > or >=) found');
    const [, name = '', comparisonText = '', valueText = '', targetText] = match;
    if (name === '')
        throw bad('the series name is missing');
    const comparison = comparisonText;
    const value = valueText === '' ? Number.NaN : Number(valueText);
    if (!Number.isFinite(value))
        throw bad(`the value '${valueText}' is not a number`);
    let target;
    if (targetText !== undefined) {
        const percent = /^(.*?)\s*%$/.exec(targetText);
        const number = percent && percent[1] !== '' ? Number(percent[1]) : Number.NaN;
        if (!(number > 0 && number < 100)) {
            throw bad(`the target '${targetText}' is not a percentage between 0 and 100 (like 99.9%)`);
        }
        target = number / 100;
    }
    const trimmed = text.trim();
    const baseName = name.replace(/\{.*\}$/, '').toLowerCase();
    const ratioName = baseName.endsWith('ratio') || baseName.endsWith('_rate');
    if (ratioName && target === undefined) {
        if ((comparison === '<' || comparison === '<=') && value > 0 && value < 1) {
            return { text: trimmed, series: name, comparison, value, kind: 'ratio' };
        }
        throw bad(`'${name}' is read as a bad-event ratio, which takes an upper bound between 0 and 1 ` +
            `('${name} < 0.001' allows 0.1% bad events); for a per-sample threshold add a target ` +
            `('${name} ${comparison} ${valueText} @ 99%')`);
    }
    return {
        text: trimmed,
        series: name,
        comparison,
        value,
        kind: 'threshold',
        target: target ?? DEFAULT_SLO_TARGET,
    };
}
/**
 * Evaluates one objective over every series it matches, their samples pooled in time order
 * (each sample one event: a bad sample of one route counts as much as one of another).
 *
 * - Attainment: the fraction of good samples (threshold), or 1 − the mean bad ratio (ratio).
 * - Budget remaining: 1 − (1 − attainment)/(1 − objective), objective = the target
 *   (threshold) or 1 − VALUE (ratio), via stats' errorBudgetRemaining.
 * - Burn alerts: the SRE workbook's rules (14.4× over 1h and 5m, 6× over 6h and 30m, 1× over 3d
 *   and 6h), evaluated at each sample once a whole long window lies inside the span, on the
 *   windows ending there; a rule whose long window is longer than the span is `evaluated: false`.
 * - Passed: the attainment meets the objective (ratio: the mean ratio meets `OP VALUE`) and no
 *   page-severity rule fired (a page-worthy burn during the night fails the run even when the
 *   whole run's budget holds).
 *
 * No matching series: attainment and budget 0, not passed, a note and a failure say so. A ratio
 * series with values outside [0, 1] is not a ratio: not passed, a failure says so.
 */
function evaluateSlo(objective, inputs) {
    const series = inputs.map((input) => seriesId(input.series));
    const empty = (why) => ({
        result: { objective, series, attainment: 0, budgetRemaining: 0, burnAlerts: [], passed: false },
        failures: [`${objective.text}: ${why}`],
        notes: [`${objective.text}: ${why}`],
    });
    const samples = inputs
        .flatMap((input) => input.points)
        .slice()
        .sort((a, b) => a.t - b.t);
    if (samples.length === 0)
        return empty(`no series matches '${objective.series}'`);
    if (objective.kind === 'ratio' && samples.some((p) => p.v < 0 || p.v > 1)) {
        return empty(`'${objective.series}' has values outside [0, 1], so it is not a bad-event ratio`);
    }
    const badness = samples.map((p) => objective.kind === 'ratio' ? p.v : meets(p.v, objective) ? 0 : 1);
    const meanBad = badness.reduce((sum, b) => sum + b, 0) / badness.length;
    const attainment = 1 - meanBad;
    const target = objective.kind === 'ratio' ? 1 - objective.value : (objective.target ?? DEFAULT_SLO_TARGET);
    const budgetRemaining = (0,stats/* errorBudgetRemaining */.YH)({ objective: target, good: attainment, total: 1 });
    const burnAlerts = burnAlertsOver(samples, badness, target);
    const met = objective.kind === 'ratio' ? meets(meanBad, objective) : attainment >= target;
    const paged = burnAlerts.filter((a) => a.severity === 'page' && a.firedAt !== undefined);
    const failures = [];
    if (!met) {
        failures.push(objective.kind === 'ratio'
            ? `${objective.text}: mean ratio ${formatNumber(meanBad)}, ${budgetText(budgetRemaining)}`
            : `${objective.text}: ${formatPercent(attainment)} of samples good (target ${formatPercent(target)}), ${budgetText(budgetRemaining)}`);
    }
    for (const alert of paged) {
        failures.push(`${objective.text}: burn rate above ${alert.burnRate}× over ${alert.longWindow} and ${alert.shortWindow} (page) from ${new Date(alert.firedAt * 1000).toISOString()}`);
    }
    return {
        result: {
            objective,
            series,
            attainment,
            budgetRemaining,
            burnAlerts,
            passed: failures.length === 0,
        },
        failures,
        notes: [],
    };
}
function meets(sample, objective) {
    switch (objective.comparison) {
        case '<':
            return sample < objective.value;
        case '<=':
            return sample <= objective.value;
        case '>':
            return sample > objective.value;
        case '>=':
            return sample >= objective.value;
        default: {
            const unreachable = objective.comparison;
            throw new Error(`unknown comparison ${String(unreachable)}`);
        }
    }
}
/** Seconds of a window written like the SRE workbook's: `5m`, `1h`, `3d`. */
function windowSeconds(window) {
    const match = /^(\d+(?:\.\d+)?)([smhd])$/.exec(window);
    if (!match)
        throw new Error(`windowSeconds: cannot read the window '${window}'`);
    const unit = { s: 1, m: 60, h: 3600, d: 86_400 }[match[2]];
    return Number(match[1]) * unit;
}
/**
 * Each workbook rule over the samples: at every sample time t with a whole long window behind it
 * (t − first ≥ long window), the mean badness over (t − W, t] for both windows goes to stats'
 * multiWindowBurnAlert; the first t where it fires is `firedAt`. O(n · rules) with prefix sums.
 */
function burnAlertsOver(samples, badness, objective) {
    const first = samples[0].t;
    const span = samples[samples.length - 1].t - first;
    const prefix = new Float64Array(badness.length + 1);
    badness.forEach((b, i) => {
        prefix[i + 1] = prefix[i] + b;
    });
    return stats/* SRE_WORKBOOK_BURN_RULES */.SY.map((rule) => {
        const base = {
            severity: rule.severity,
            longWindow: rule.longWindow,
            shortWindow: rule.shortWindow,
            burnRate: rule.burnRate,
        };
        const long = windowSeconds(rule.longWindow);
        const short = windowSeconds(rule.shortWindow);
        if (long > span)
            return { ...base, evaluated: false };
        let longStart = 0;
        let shortStart = 0;
        for (let i = 0; i < samples.length; i++) {
            const t = samples[i].t;
            while (samples[longStart].t <= t - long)
                longStart++;
            while (samples[shortStart].t <= t - short)
                shortStart++;
            if (t - first < long)
                continue;
            // Clamped: prefix-sum differences of ratios can fall a rounding error outside [0, 1].
            const mean = (start) => Math.min(1, Math.max(0, (prefix[i + 1] - prefix[start]) / (i + 1 - start)));
            const alert = (0,stats/* multiWindowBurnAlert */.jm)({
                objective,
                errorRatios: { [rule.longWindow]: mean(longStart), [rule.shortWindow]: mean(shortStart) },
                rules: [rule],
            });
            if (alert.firing)
                return { ...base, evaluated: true, firedAt: t };
        }
        return { ...base, evaluated: true };
    });
}
function budgetText(remaining) {
    return remaining < 0
        ? `error budget overspent by ${formatPercent(-remaining)}`
        : `${formatPercent(remaining)} of the error budget left`;
}
function formatPercent(fraction) {
    return `${Number((100 * fraction).toPrecision(4))}%`;
}
function formatNumber(value) {
    return String(Number(value.toPrecision(3)));
}

;// CONCATENATED MODULE: ./src/gates/soak/analyze/trend.ts



/**
 * Most points a trend is computed on; longer series are thinned to bucket means first. Theil–Sen
 * and the Hamed–Rao test are O(n² log n), and a trend over hours is set by minutes, not seconds:
 * 120 bucket means (30 s for a one-hour run at 10 s, 4 min for a night) keep what the slope
 * depends on, average away most of a GC sawtooth and of the short-range autocorrelation the test
 * must otherwise correct for, and cost ~7,000 slope pairs instead of ~400 million for a night of
 * 1 s samples (bench/soak-power.ts prints the time of one such night).
 */
const MAX_TREND_POINTS = 120;
/** Fewer points than this after the warm-up: `too-short` (no autocorrelation can be estimated). */
const MIN_TREND_POINTS = 12;
/** Default growth limit of memory-like series, in percent per hour (the issue's 1%/h). */
const DEFAULT_MEMORY_LIMIT_PERCENT_PER_HOUR = 1;
/** Names of memory-like series: *mem*, *heap*, *rss*, *resident*, *alloc*, any case. */
const MEMORY_LIKE = /mem|heap|rss|resident|alloc/i;
/** True when the series' name says it measures memory (and so gets the default limit). */
function isMemoryLike(name) {
    return MEMORY_LIKE.test(name);
}
/**
 * The growth limit of a series in percent per hour, undefined when it has none: the last rule
 * of `rules` whose glob matches the series' id or bare name; failing that, 1%/h for memory-like
 * series. User rules are applied after the default, so `*latency*` limits latency without
 * lifting the memory default, and `*mem*` overrides it.
 */
function growthLimitFor(series, rules) {
    let limit = isMemoryLike(series.name) ? DEFAULT_MEMORY_LIMIT_PERCENT_PER_HOUR : undefined;
    for (const rule of rules) {
        if (patternMatchesSeries(rule.pattern, series))
            limit = rule.maxPercentPerHour;
    }
    return limit;
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
function analyzeTrend(series, points, options) {
    const notes = [];
    const id = seriesId(series);
    // Thinned silently: every run longer than twenty minutes at 10 s is, and `points` below
    // still counts what was analysed.
    const used = thinPoints(points, MAX_TREND_POINTS, 'mean');
    if (used.length < 2)
        return undefined;
    if (!(used[used.length - 1].t > used[0].t))
        return undefined;
    // The span and the fit's ends are those of the points given, not of the bucket means.
    const t0 = points[0].t;
    const t1 = points[points.length - 1].t;
    const hours = used.map((p) => (p.t - t0) / SECONDS_PER_HOUR);
    const values = used.map((p) => p.v);
    let correctionFactor = 1;
    let pValue = 1;
    if (used.length >= 3) {
        let statistic;
        let variance;
        try {
            const test = (0,stats/* hamedRaoMannKendall */.hu)(values);
            // The correction may widen the plain test's variance, never narrow it: a GC sawtooth
            // gives negative rank autocorrelation at half its period, which would otherwise make the
            // test more eager than the plain Mann–Kendall test on independent data.
            correctionFactor = Math.max(1, test.correctionFactor);
            statistic = test.statistic;
            variance = test.variance;
        }
        catch {
            // The correction factor came out ≤ 0: negative autocorrelation dominates (a sawtooth near
            // twice the sampling period). Clamped to 1 as above, that is the plain test.
            const plain = (0,stats/* mannKendall */.Y7)(values);
            statistic = plain.statistic;
            variance =
                plain.statistic === 0 || plain.z === 0
                    ? 0
                    : ((plain.statistic - Math.sign(plain.statistic)) / plain.z) ** 2;
            notes.push(`${id}: the samples alternate too strongly for the autocorrelation correction; the plain Mann–Kendall test was used`);
        }
        const z = statistic === 0 || !(variance > 0)
            ? 0
            : (statistic - Math.sign(statistic)) / Math.sqrt(variance * correctionFactor);
        pValue = Math.min(1, 2 * (0,stats/* standardNormalCdf */.S5)(-Math.abs(z)));
    }
    const z = (0,stats/* standardNormalQuantile */.k4)(0.975) * Math.sqrt(correctionFactor);
    const level = Math.min(1 - 1e-12, 2 * (0,stats/* standardNormalCdf */.S5)(z) - 1);
    const fit = (0,stats/* theilSen */.fR)(hours, values, level);
    const slopeAtStart = fit.intercept;
    const spanHours = (t1 - t0) / SECONDS_PER_HOUR;
    const reference = slopeAtStart > 0 ? slopeAtStart : Math.abs((0,stats/* median */.JZ)(values));
    if (!(slopeAtStart > 0)) {
        notes.push(reference > 0
            ? `${id}: the fitted start level is not positive; percentages are of the median |level|`
            : `${id}: the level is zero; no growth in percent`);
    }
    const percent = (x) => (reference > 0 ? (100 * x) / reference : 0);
    const limit = options.limitPercentPerHour;
    const tooShort = used.length < MIN_TREND_POINTS;
    const significant = pValue < options.alpha;
    const percentPerHour = percent(fit.slope);
    // A significant fall is `flat` too: the gate judges growth, the slope's sign shows the rest.
    const classification = tooShort
        ? 'too-short'
        : !significant || !(fit.slope > 0)
            ? 'flat'
            : limit !== undefined && percent(fit.lower) > limit
                ? 'leak'
                : 'growing';
    const trend = {
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

;// CONCATENATED MODULE: ./src/gates/soak/analyze/warmup.ts

/** Batch size of MSER-5 (White, Cobb & Spratt 2000): batch means tame point-to-point noise. */
const BATCH = 5;
/** Fewest batches on which a truncation point is looked for (below, nothing is trimmed). */
const MIN_BATCHES = 8;
/**
 * Length of the warm-up at the start of a series, in seconds from its first point: the MSER-5
 * truncation rule of simulation output analysis (White 1997, "An effective truncation heuristic
 * for bias reduction in simulation output", Simulation 69(6); White, Cobb & Spratt 2000), applied
 * to the series with its steady drift removed.
 *
 * Why this rule: a service's memory ramps up for minutes after start, and the user rarely knows
 * for how long. MSER picks the truncation d that minimises Σ(Zⱼ − Z̄)²/k² over the k batch means
 * left (the squared standard error of their mean): keeping the transient inflates the
 * deviations, cutting too much leaves fewer batches, so the minimum balances bias against
 * precision without a tuning constant. Batch means of 5 points absorb a GC sawtooth and AR(1)
 * noise; the search stops at half the series (MSER's known failure is to truncate near the end,
 * where a few batches happen to agree), so the rule never trims more than half the run.
 *
 * Why detrended: around the mean, a steady leak looks like a transient everywhere (a line has
 * less spread over a shorter span) and MSER would trim half of every leaking run. The drift is
 * therefore estimated first where the run is surely steady, as the Theil–Sen slope of the second
 * half's batch means (the rule never trims into it), and removed from every batch before MSER
 * runs. A fit of the line over the kept part would not do: it bends to absorb the ramp's tail,
 * so MSER stops too early and the tail reads as growth.
 *
 * Complexity: O(n) for the batches and the scan, O(m² log m) for the slope over the m/2 batch
 * means of the second half; the input is not mutated.
 *
 * @param points - the series in time order (as parsers give it).
 * @returns seconds from the first point to the first point kept; 0 when nothing is trimmed or
 *   the series has fewer than 40 points.
 * @example
 * // memory ramping for ten minutes, then flat with noise, sampled every 10 s for an hour
 * detectWarmup(points); // ≈ 600
 */
function detectWarmup(points) {
    const batches = Math.floor(points.length / BATCH);
    if (batches < MIN_BATCHES)
        return 0;
    const first = points[0].t;
    // Batch means, times in hours from the first point (exact enough for epoch seconds).
    const times = [];
    const values = [];
    for (let b = 0; b < batches; b++) {
        let t = 0;
        let v = 0;
        for (let i = b * BATCH; i < (b + 1) * BATCH; i++) {
            const point = points[i];
            t += point.t - first;
            v += point.v;
        }
        times.push(t / BATCH / 3600);
        values.push(v / BATCH);
    }
    const lastTruncation = Math.floor(batches / 2);
    const secondHalf = times.slice(lastTruncation);
    const drift = secondHalf.every((t) => t === secondHalf[0])
        ? 0
        : (0,stats/* theilSen */.fR)(secondHalf, values.slice(lastTruncation)).slope;
    // Detrended and centred on the last batch, so the sums stay small for byte counts.
    const anchor = values[batches - 1] - drift * times[batches - 1];
    const residuals = values.map((v, b) => v - drift * times[b] - anchor);
    // Suffix sums from the end: the criterion for every d in one pass.
    let sum = 0;
    let squares = 0;
    let best = 0;
    let bestCriterion = Infinity;
    for (let d = batches - 1; d >= 0; d--) {
        const r = residuals[d];
        sum += r;
        squares += r * r;
        if (d > lastTruncation)
            continue;
        const k = batches - d;
        const criterion = Math.max(0, squares - (sum * sum) / k) / (k * k);
        // `<=` while d falls: among equal criteria the smallest truncation wins (a constant series
        // keeps everything).
        if (criterion <= bestCriterion) {
            bestCriterion = criterion;
            best = d;
        }
    }
    if (best === 0)
        return 0;
    // Half the points is half the time on a regular grid; the cap keeps it so on an irregular one.
    const halfSpan = (points[points.length - 1].t - first) / 2;
    return Math.min(points[best * BATCH].t - first, halfSpan);
}

;// CONCATENATED MODULE: ./src/gates/soak/analyze/analyze-soak.ts







/**
 * Most points warm-up detection runs on (bucket means beyond): MSER's scan is O(n), and 2,000
 * points keep batches of 5 short (a tenth of a percent of the run) so the cut stays precise.
 */
const MAX_WARMUP_POINTS = 2000;
/**
 * Analyses one night's soak run (one or more parsed files covering the same window):
 *
 * 1. Warm-up: `options.warmupSeconds` when given; otherwise the longest warm-up that
 *    {@link detectWarmup} (MSER-5 around a line) finds among the series with a growth limit
 *    (memory-like ones by default), or among all series when none has a limit; never more than
 *    half the run. It is counted from the run's first sample and cut from every series.
 * 2. Trends: every series, see {@link analyzeTrend}; a `leak` (significant and above its limit)
 *    fails the run.
 * 3. Latency: series whose name says latency, see {@link analyzeLatency}; reported, never failing
 *    by itself (a growth limit on them, by glob, makes their drift fail).
 * 4. SLOs: each objective over the series it matches, see {@link evaluateSlo}; a missed one fails.
 *
 * @throws ConfigurationError for options a user got wrong: alpha outside (0, 1), a negative or
 *   non-finite warm-up or growth limit, or a configured warm-up that leaves no sample.
 */
function analyzeSoak(runs, options) {
    validateOptions(options);
    const all = runs.flatMap((run) => run.series).filter((s) => s.points.length > 0);
    const notes = [];
    const failures = [];
    if (all.length === 0) {
        notes.push('no time series in the input: nothing to analyse over time');
    }
    const runStart = Math.min(...all.map((s) => s.points[0].t));
    const runEnd = Math.max(...all.map((s) => s.points[s.points.length - 1].t));
    const runSpan = all.length > 0 ? runEnd - runStart : 0;
    const warmup = chooseWarmup(all, options, runStart, runSpan, notes);
    const cutoff = runStart + warmup.seconds;
    const kept = all.map((series) => ({
        series,
        points: series.points.filter((p) => p.t >= cutoff),
    }));
    const trends = [];
    const latency = [];
    for (const { series, points } of kept) {
        const id = seriesId(series);
        if (points.length < 2) {
            notes.push(`${id}: ${points.length} point${points.length === 1 ? '' : 's'} after the warm-up, no trend`);
            continue;
        }
        const limit = growthLimitFor(series, options.growth);
        const outcome = analyzeTrend(series, points, {
            alpha: options.alpha,
            ...(limit === undefined ? {} : { limitPercentPerHour: limit }),
        });
        if (!outcome) {
            notes.push(`${id}: every point after the warm-up has the same time, no trend`);
            continue;
        }
        notes.push(...outcome.notes);
        trends.push(outcome.trend);
        if (outcome.trend.classification === 'leak')
            failures.push(leakFailure(outcome.trend));
        if (outcome.trend.classification === 'too-short' && limit !== undefined) {
            notes.push(`${id}: only ${points.length} points after the warm-up, too few to judge its growth`);
        }
        if (isLatencySeries(series.name))
            latency.push(analyzeLatency(series, points));
    }
    const slos = options.slos.map((objective) => {
        const outcome = evaluateSlo(objective, kept.filter(({ series, points }) => points.length > 0 && patternMatchesSeries(objective.series, series)));
        failures.push(...outcome.failures);
        notes.push(...outcome.notes);
        return outcome.result;
    });
    const analysed = kept.flatMap(({ points }) => points.length > 0
        ? [points[0].t, points[points.length - 1].t]
        : []);
    return {
        start: analysed.length > 0 ? Math.min(...analysed) : 0,
        end: analysed.length > 0 ? Math.max(...analysed) : 0,
        warmup,
        trends,
        latency,
        slos,
        failures,
        notes,
    };
}
function validateOptions(options) {
    if (!(options.alpha > 0 && options.alpha < 1)) {
        throw new errors/* ConfigurationError */.j(`soak: the significance level alpha must be between 0 and 1 (e.g. 0.05), got ${String(options.alpha)}`);
    }
    const { warmupSeconds } = options;
    if (warmupSeconds !== undefined && !(Number.isFinite(warmupSeconds) && warmupSeconds >= 0)) {
        throw new errors/* ConfigurationError */.j(`soak: the warm-up must be a number of seconds ≥ 0 (e.g. 300), got ${String(warmupSeconds)}`);
    }
    options.growth.forEach((rule) => {
        if (!(Number.isFinite(rule.maxPercentPerHour) && rule.maxPercentPerHour >= 0)) {
            throw new errors/* ConfigurationError */.j(`soak: the growth limit of '${rule.pattern}' must be a percentage per hour ≥ 0 (e.g. '${rule.pattern}=1'), got ${String(rule.maxPercentPerHour)}`);
        }
    });
}
/** The configured warm-up, or the detected one (see {@link analyzeSoak}), with a note. */
function chooseWarmup(all, options, runStart, runSpan, notes) {
    if (options.warmupSeconds !== undefined) {
        if (all.length > 0 && options.warmupSeconds >= runSpan) {
            throw new errors/* ConfigurationError */.j(`soak: the warm-up of ${options.warmupSeconds} s is not shorter than the run (${runSpan} s), nothing would be left to analyse`);
        }
        if (options.warmupSeconds > 0) {
            notes.push(`warm-up: the first ${formatDuration(options.warmupSeconds)} trimmed (configured)`);
        }
        return { seconds: options.warmupSeconds, detected: false };
    }
    const limited = all.filter((s) => growthLimitFor(s, options.growth) !== undefined);
    const candidates = limited.length > 0 ? limited : all;
    let seconds = 0;
    let decidedBy;
    for (const series of candidates) {
        const points = thinPoints(series.points, MAX_WARMUP_POINTS, 'mean');
        const own = detectWarmup(points);
        const fromRunStart = points[0].t - runStart + own;
        if (own > 0 && fromRunStart > seconds) {
            seconds = fromRunStart;
            decidedBy = seriesId(series);
        }
    }
    seconds = Math.min(seconds, runSpan / 2);
    if (decidedBy !== undefined) {
        notes.push(`warm-up: the first ${formatDuration(seconds)} trimmed (detected on ${decidedBy} by the MSER-5 rule)`);
    }
    return { seconds, detected: true };
}
/** `memory_rss grows 3.1%/h (95% CI 2.6–3.5), limit 1%/h`. */
function leakFailure(trend) {
    const [lower, upper] = trend.percentIntervalPerHour;
    return (`${trend.series} grows ${formatRate(trend.percentPerHour)}%/h ` +
        `(95% CI ${formatRate(lower)}–${formatRate(upper)}), limit ${formatRate(trend.limitPercentPerHour ?? 0)}%/h`);
}
/** Two significant digits below 10, whole numbers above: 0.42, 3.1, 12. */
function formatRate(value) {
    const magnitude = Math.abs(value);
    if (magnitude >= 10)
        return value.toFixed(0);
    if (magnitude >= 1)
        return value.toFixed(1);
    return String(Number(value.toPrecision(2)));
}
/** `8 min 20 s`, `45 s`, `1 h 5 min`. */
function formatDuration(seconds) {
    const whole = Math.round(seconds);
    const h = Math.floor(whole / 3600);
    const m = Math.floor((whole % 3600) / 60);
    const s = whole % 60;
    const parts = [
        h > 0 ? `${h} h` : '',
        m > 0 ? `${m} min` : '',
        s > 0 || whole === 0 ? `${s} s` : '',
    ];
    return parts.filter((p) => p !== '').join(' ');
}

;// CONCATENATED MODULE: ./src/gates/soak/analyze/index.ts
/**
 * The soak gate's analysis: pure functions from parsed runs (../types.ts) to a
 * {@link SoakAnalysis}. Nothing here does I/O.
 */









/***/ }),

/***/ 22192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SOAK_INPUT_FORMATS: () => (/* binding */ SOAK_INPUT_FORMATS),
  parseDurationSeconds: () => (/* binding */ parseDurationSeconds),
  parseGrowthLimit: () => (/* binding */ parseGrowthLimit),
  parseHeaders: () => (/* binding */ parseHeaders),
  parseQueries: () => (/* binding */ parseQueries),
  readSoakInputs: () => (/* binding */ readSoakInputs)
});

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/inputs.ts
var inputs = __webpack_require__(93876);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
;// CONCATENATED MODULE: ./src/github/tracking-issue.ts
/**
 * The tracking issue of a scheduled job. A nightly run has no pull request to comment on, so a
 * failing night opens an issue, each further failing night comments on it (one issue per
 * episode, not one per night), and the first passing night writes a recovery comment and closes
 * it. The next failure opens a new issue that names the one it follows.
 *
 * The issue is found again by its label AND a hidden marker on the first line of its body,
 * `<!-- kaizen-gates:tracking:KEY -->`, among open issues (every page of them).
 *
 * Whose issues count: anyone's, unlike the sticky PR comment (comment-author.ts). A label can
 * only be put on an issue by someone with triage or write access (GitHub silently drops the
 * labels of an issue opened by anyone else), so label plus marker already means a trusted hand;
 * and adopting a forged issue can do no harm worth guarding against: the night's report still
 * lands on it, and the verdict never depends on it. Restricting to the token's login would
 * instead orphan the open issue, and open a duplicate, whenever the workflow changes its token
 * (`GITHUB_TOKEN` to a GitHub App or a PAT).
 *
 * Concurrency: two runs of one job failing at the same time may both see no open issue and both
 * open one. After creating, the issue list is read again; the oldest open issue is kept and a
 * run whose own issue is newer closes it as a duplicate and comments its report on the kept one
 * instead. This holds as long as GitHub's issue list shows each run the other's issue by the
 * time it re-reads (it normally does); when both re-reads miss each other, the next night finds
 * two open issues, comments on the oldest and closes the rest as duplicates. A workflow
 * `concurrency:` group per job avoids the race altogether.
 *
 * Like publishing, this is a courtesy on top of the verdict: without a token it is skipped, a
 * missing permission (403 without `issues: write`) or disabled issues (410) become one warning,
 * and nothing here throws for an API error, so the job's exit code stays the verdict's.
 */




/** The label tracking issues carry when the caller names none. */
const DEFAULT_TRACKING_LABEL = 'kaizen-gates';
/**
 * GitHub rejects issue and comment bodies over 65,536 characters with a 422. The report is cut
 * below that so the issue still opens (the job summary keeps the whole report).
 */
const MAX_BODY_CHARACTERS = 65_536;
const TRUNCATION_NOTE = '_(Cut at GitHub’s 65,536-character limit; the job summary has the full report.)_';
/** GitHub's limit on issue titles. */
const MAX_TITLE_CHARACTERS = 256;
/** GitHub's limit on label names. */
const MAX_LABEL_CHARACTERS = 50;
const MAX_KEY_CHARACTERS = 100;
const ISSUES_PER_PAGE = 100;
const LABEL_COLOR = 'b60205';
const LABEL_DESCRIPTION = 'Tracking issue of a failing scheduled job (kaizen-gates)';
const PERMISSION = 'issues: write';
const STILL_AVAILABLE = 'The report is still in the job summary and this log.';
/**
 * The hidden first line of a tracking issue's body for `key`, e.g.
 * `<!-- kaizen-gates:tracking:soak/nightly -->`. Every character of the key outside
 * `[A-Za-z0-9._/-]` is percent-encoded (UTF-8), so `-->`, `<!--` and line breaks cannot appear,
 * and two different keys never share a marker.
 *
 * @throws ConfigurationError when the key is empty, longer than 100 characters or holds a line break.
 */
function trackingIssueMarker(key) {
    assertTrackingKey(key);
    return `<!-- kaizen-gates:tracking:${encodeKey(key)} -->`;
}
/**
 * Opens, comments on or closes the tracking issue of `key` after tonight's run (see the module
 * comment for the lifecycle, whose issues count, and the limits under concurrency).
 *
 * @throws ConfigurationError for a bad key or label or an empty title (checked before any
 *   request); never for API errors, which come back as `skipped`/`failed` results after one
 *   warning.
 */
async function syncTrackingIssue(request) {
    const marker = trackingIssueMarker(request.key);
    const label = request.label ?? DEFAULT_TRACKING_LABEL;
    assertLabel(label);
    const title = fitTitle(request.title);
    const { client, logger } = request;
    if (client === undefined) {
        const detail = 'no GitHub token: no tracking issue';
        logger.info(`${detail}. ${STILL_AVAILABLE}`);
        return { action: 'skipped', reason: 'no-token', detail };
    }
    const run = { client, request, marker, label, title, done: [], current: undefined };
    try {
        const open = await listTrackingIssues(run, 'open');
        if (!request.failing)
            return await recover(run, open);
        const [kept, ...duplicates] = open;
        if (kept === undefined)
            return await openIssue(run);
        return await reportOn(run, kept, duplicates);
    }
    catch (error) {
        return degrade(run, error);
    }
}
/** Passing night: a recovery comment on every open tracking issue, then close it as completed. */
async function recover(run, open) {
    const { request } = run;
    const [first] = open;
    if (first === undefined) {
        const detail = `the job passed and no tracking issue is open for ${request.key}`;
        request.logger.info(`${detail}: nothing to do.`);
        return { action: 'nothing', detail };
    }
    const recovery = withRunLink('**Recovered**: the job passed again', request.runUrl, '.');
    for (const issue of open) {
        run.current = issue.number;
        await comment(run, issue, `${recovery} Closing this issue.\n\n${request.body}`);
        await tracking_issue_close(run, issue, 'completed');
    }
    const others = open.length > 1 ? ` (and ${open.length - 1} duplicate(s))` : '';
    const detail = `closed tracking issue #${first.number}${others}: the job passed again`;
    request.logger.info(`Tracking issue ${first.url}: the job passed again; closed.`);
    return { action: 'closed', issueNumber: first.number, url: first.url, detail };
}
/** Failing night with an open issue: tonight's report as a comment; duplicates closed. */
async function reportOn(run, kept, duplicates) {
    const { request } = run;
    run.current = kept.number;
    await comment(run, kept, `${withRunLink('**Still failing**', request.runUrl, '.')}\n\n${request.body}`);
    await closeDuplicates(run, kept, duplicates);
    request.logger.info(`Tracking issue ${kept.url}: still failing; added tonight's report.`);
    return {
        action: 'commented',
        issueNumber: kept.number,
        url: kept.url,
        detail: `commented on tracking issue #${kept.number}: still failing`,
    };
}
/** First failing night: label, issue, then the re-check for a concurrent run's issue. */
async function openIssue(run) {
    const { client, request, label } = run;
    const previous = await latestClosedIssue(run);
    await ensureLabel(run);
    const follows = previous === undefined ? '' : `_Follows #${previous.number}._\n\n`;
    const footer = `\n\n---\n${withRunLink(`_Opened by kaizen-gates for ${inlineCode(request.key)}`, request.runUrl, '')}; each further failing night adds a comment, and the first passing night closes it._`;
    const body = fitBody(`${run.marker}\n${follows}`, request.body, footer);
    const { data: created } = await client.rest.issues.create({
        owner: request.owner,
        repo: request.repo,
        title: run.title,
        body,
        labels: [label],
    });
    run.current = created.number;
    run.done.push(`opened #${created.number}`);
    const ours = { number: created.number, url: created.html_url };
    const carriesLabel = created.labels.some((item) => (typeof item === 'string' ? item : item.name)?.toLowerCase() === label.toLowerCase());
    if (!carriesLabel) {
        request.logger.warning(`Tracking issue ${ours.url} was opened without the label ${JSON.stringify(label)} (GitHub drops labels the token may not set), so later runs will not find it.`);
    }
    const open = await listTrackingIssues(run, 'open');
    const oldest = [...open, ours].sort((a, b) => a.number - b.number)[0] ?? ours;
    if (oldest.number !== ours.number) {
        // A concurrent run opened one first: ours becomes a duplicate, its report a comment there.
        await closeDuplicates(run, oldest, [ours]);
        return reportOn(run, oldest, []);
    }
    request.logger.info(`Opened tracking issue ${ours.url}.`);
    return {
        action: 'opened',
        issueNumber: ours.number,
        url: ours.url,
        ...(previous === undefined ? {} : { follows: previous.number }),
        detail: `opened tracking issue #${ours.number}${previous === undefined ? '' : ` (follows #${previous.number})`}`,
    };
}
/** Closes `duplicates` of `kept` as not planned, each with a "Duplicate of" comment. */
async function closeDuplicates(run, kept, duplicates) {
    for (const duplicate of duplicates) {
        run.current = duplicate.number;
        // "Duplicate of #n" is also what GitHub recognises to mark the issue as a duplicate.
        await comment(run, duplicate, `Duplicate of #${kept.number}: two runs opened a tracking issue for the same job; the reports continue there.`);
        await tracking_issue_close(run, duplicate, 'not_planned');
        run.request.logger.info(`Closed ${duplicate.url} as a duplicate of #${kept.number}.`);
    }
    run.current = kept.number;
}
async function comment(run, issue, text) {
    const { client, request } = run;
    await client.rest.issues.createComment({
        owner: request.owner,
        repo: request.repo,
        issue_number: issue.number,
        body: fitBody('', text, ''),
    });
    run.done.push(`commented on #${issue.number}`);
}
async function tracking_issue_close(run, issue, reason) {
    const { client, request } = run;
    await client.rest.issues.update({
        owner: request.owner,
        repo: request.repo,
        issue_number: issue.number,
        state: 'closed',
        state_reason: reason,
    });
    run.done.push(`closed #${issue.number}`);
}
/** Our tracking issues in `state`, oldest first, read from every page. */
async function listTrackingIssues(run, state) {
    const { client, request } = run;
    const issues = await client.paginate(client.rest.issues.listForRepo, {
        owner: request.owner,
        repo: request.repo,
        labels: run.label,
        state,
        sort: 'created',
        direction: 'asc',
        per_page: ISSUES_PER_PAGE,
    });
    return issues
        .filter((issue) => isTrackingIssue(issue, run.marker))
        .map((issue) => ({ number: issue.number, url: issue.html_url }))
        .sort((a, b) => a.number - b.number);
}
/**
 * The most recently created closed tracking issue, from the first page only (100 issues): it is
 * only named in the new issue's body, and reading the whole closed history every failing night
 * would grow without bound.
 */
async function latestClosedIssue(run) {
    const { client, request } = run;
    const { data } = await client.rest.issues.listForRepo({
        owner: request.owner,
        repo: request.repo,
        labels: run.label,
        state: 'closed',
        sort: 'created',
        direction: 'desc',
        per_page: ISSUES_PER_PAGE,
    });
    const found = data.find((issue) => isTrackingIssue(issue, run.marker));
    return found === undefined ? undefined : { number: found.number, url: found.html_url };
}
/**
 * Creates the label, so it gets a colour and a description; 422 means it exists already. Any
 * other refusal is left to the issue create, which fails the same way or (as GitHub creates
 * missing labels named by an issue) still carries the label.
 */
async function ensureLabel(run) {
    const { client, request } = run;
    try {
        await client.rest.issues.createLabel({
            owner: request.owner,
            repo: request.repo,
            name: run.label,
            color: LABEL_COLOR,
            description: LABEL_DESCRIPTION,
        });
        request.logger.info(`Created the label ${JSON.stringify(run.label)}.`);
    }
    catch (error) {
        const failure = readRequestFailure(error);
        if (failure.status !== 422) {
            request.logger.debug(`Could not create the label ${JSON.stringify(run.label)} (${describeRequestFailure(failure)}); opening the issue anyway.`);
        }
    }
}
/** True for an issue (not a pull request) whose body's first line is `marker`. */
function isTrackingIssue(issue, marker) {
    if (issue.pull_request !== undefined && issue.pull_request !== null)
        return false;
    const firstLine = (issue.body ?? '').replace(/\r\n/g, '\n').split('\n')[0] ?? '';
    return firstLine.trim() === marker;
}
/** Turns an API failure into one warning and a result; never rethrows. */
function degrade(run, error) {
    const { request } = run;
    const failure = readRequestFailure(error);
    const answer = describeRequestFailure(failure);
    const progress = run.done.length === 0 ? '' : ` after it ${run.done.join(', ')}`;
    const at = run.current === undefined ? {} : { issueNumber: run.current };
    if (failure.status === 410) {
        const detail = `issues are disabled in ${request.owner}/${request.repo} (${answer}): no tracking issue`;
        request.logger.warning(`${detail}. Turn Issues on in the repository settings, or the tracking issue off. ${STILL_AVAILABLE}`);
        return { action: 'skipped', reason: 'issues-disabled', detail, ...at };
    }
    if (isPermissionFailure(failure)) {
        const privateRepo = failure.status === 404
            ? ' (a 404 on a private repository means the token cannot see it)'
            : '';
        const detail = `could not update the tracking issue${progress}: the token lacks \`${PERMISSION}\` (${answer}${privateRepo})`;
        request.logger.warning(`${detail}. Add \`${PERMISSION}\` to the job's \`permissions:\`. ${STILL_AVAILABLE}`);
        return { action: 'failed', reason: 'no-permission', detail, ...at };
    }
    const detail = `could not update the tracking issue${progress}: ${answer}`;
    request.logger.warning(`${detail}. ${STILL_AVAILABLE}`);
    return { action: 'failed', reason: 'api-error', detail, ...at };
}
/** `text` followed by a link to the run when there is a usable one, then `end`. */
function withRunLink(text, runUrl, end) {
    // Only a plain http(s) address becomes a link: nothing in it can end the link or the line.
    if (runUrl === undefined || !/^https?:\/\/[^\s<>()[\]`]+$/.test(runUrl))
        return `${text}${end}`;
    return `${text} in [this run](${runUrl})${end}`;
}
/** The title as GitHub takes it: one line, at most 256 characters. */
function fitTitle(title) {
    const line = sanitizeText(title).trim();
    if (line === '')
        throw new ConfigurationError('tracking issue title must not be empty');
    return truncateText(line, MAX_TITLE_CHARACTERS);
}
/**
 * `head + content + tail` within GitHub's body limit. When it does not fit, `content` is cut on
 * a line break, a code fence or `<details>` left open by the cut is closed, and a note says so.
 */
function fitBody(head, content, tail) {
    const text = content.replace(/\r\n/g, '\n');
    if (head.length + text.length + tail.length <= MAX_BODY_CHARACTERS)
        return `${head}${text}${tail}`;
    // Room for the closers that may be needed (a fence of up to 16 backticks, `</details>` each).
    const reserve = head.length + tail.length + TRUNCATION_NOTE.length + 64;
    let cut = text.slice(0, Math.max(0, MAX_BODY_CHARACTERS - reserve));
    const lastBreak = cut.lastIndexOf('\n');
    cut = lastBreak > 0 ? cut.slice(0, lastBreak) : cut.replace(/[\uD800-\uDBFF]$/, '');
    const closers = [];
    const fence = openFence(cut);
    if (fence !== undefined)
        closers.push(fence);
    let openDetails = countMatches(cut, /<details\b/gi) - countMatches(cut, /<\/details>/gi);
    // Details nested deeper than a few levels are left as GitHub renders them.
    for (; openDetails > 0 && closers.length < 4; openDetails--)
        closers.push('</details>');
    const closing = closers.map((line) => `\n${line}`).join('');
    return `${head}${cut}${closing}\n\n${TRUNCATION_NOTE}${tail}`;
}
/** The fence that closes a fenced code block left open at the end of `text`, if any. */
function openFence(text) {
    let open;
    for (const line of text.split('\n')) {
        const match = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (match?.[1] === undefined)
            continue;
        const run = match[1];
        if (open === undefined)
            open = { char: run.charAt(0), length: run.length };
        else if (run.charAt(0) === open.char && run.length >= open.length && line.trim() === run)
            open = undefined;
    }
    return open === undefined ? undefined : open.char.repeat(Math.min(open.length, 16));
}
function countMatches(text, pattern) {
    return text.match(pattern)?.length ?? 0;
}
function assertTrackingKey(key) {
    if (key.length === 0 || key.length > MAX_KEY_CHARACTERS || /[\r\n]/.test(key)) {
        throw new ConfigurationError(`tracking issue key must be 1 to ${MAX_KEY_CHARACTERS} characters on one line, got ${JSON.stringify(key.slice(0, 120))}`);
    }
}
function assertLabel(label) {
    if (label.trim() === '' ||
        label.length > MAX_LABEL_CHARACTERS ||
        label.includes(',') ||
        /[\r\n]/.test(label)) {
        throw new ConfigurationError(`tracking issue label must be 1 to ${MAX_LABEL_CHARACTERS} characters without commas or line breaks, got ${JSON.stringify(label.slice(0, 80))}`);
    }
}
/** Percent-encodes every UTF-8 byte of `key` outside `[A-Za-z0-9._/-]`. */
function encodeKey(key) {
    let encoded = '';
    for (const char of key) {
        if (/^[A-Za-z0-9._/-]$/.test(char)) {
            encoded += char;
            continue;
        }
        for (const byte of new TextEncoder().encode(char))
            encoded += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return encoded;
}

// EXTERNAL MODULE: ./src/gates/soak/analyze/index.ts + 7 modules
var analyze = __webpack_require__(96000);
;// CONCATENATED MODULE: ./src/gates/soak/inputs.ts
/**
 * Reads and validates the soak gate's inputs once, for the action and the CLI alike (the CLI's
 * flags have the inputs' names). Pure: no file is opened and no clock is read here.
 */




/** The `format` input's values; `k6` is the end-of-test summary, `locust` any of its CSV files. */
const SOAK_INPUT_FORMATS = ['auto', 'k6', 'k6-ndjson', 'locust', 'csv', 'json'];
/** Longest accepted growth limit, in percent per hour: beyond it the limit is surely a typo. */
const MAX_GROWTH_LIMIT = 1000;
/** Seconds per unit of a duration (`90s`, `5m`, `1h`; Prometheus' units up to days). */
const SECONDS = {
    ms: 0.001,
    s: 1,
    m: 60,
    min: 60,
    h: 3600,
    d: 86_400,
};
/**
 * A duration such as `90s`, `5m`, `1h30m` or `300` (seconds), in seconds.
 *
 * @throws ConfigurationError naming `what` when the text is not a duration.
 * @example parseDurationSeconds('1h30m', "Input 'warmup'") // 5400
 */
function parseDurationSeconds(text, what) {
    const trimmed = text.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Number(trimmed);
    const parts = /^(?:\d+(?:\.\d+)?(?:ms|min|s|m|h|d))+$/.test(trimmed)
        ? [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|min|s|m|h|d)/g)]
        : [];
    if (parts.length === 0) {
        throw new errors/* ConfigurationError */.j(`${what} is '${text}'; expected a duration such as 90s, 5m or 1h30m.`);
    }
    return parts.reduce((total, [, amount, unit]) => total + Number(amount) * (SECONDS[unit ?? ''] ?? 0), 0);
}
/**
 * A growth limit in percent per hour: `1%/h`, `1 %/h`, `1%` or `1`.
 *
 * @example parseGrowthLimit('2.5%/h', "Input 'growth'") // 2.5
 */
function parseGrowthLimit(text, what) {
    const match = /^([0-9]+(?:\.[0-9]+)?)\s*(?:%\s*(?:\/\s*h(?:our)?)?)?$/i.exec(text.trim());
    const value = match ? Number(match[1]) : Number.NaN;
    if (!(value >= 0 && value <= MAX_GROWTH_LIMIT)) {
        throw new errors/* ConfigurationError */.j(`${what} is '${text}'; expected a growth per hour such as 1%/h (0 to ${MAX_GROWTH_LIMIT}).`);
    }
    return value;
}
/** `NAME=PROMQL` lines of the `query` input (the first `=` splits: PromQL has `=` in matchers). */
function parseQueries(source) {
    const queries = lines(source('query')).map((line) => {
        const at = line.indexOf('=');
        const name = at > 0 ? line.slice(0, at).trim() : '';
        const promql = at > 0 ? line.slice(at + 1).trim() : '';
        if (!/^[A-Za-z_:][A-Za-z0-9_:.-]*$/.test(name) || promql === '') {
            throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'query')} has the line '${line}'; expected NAME=PROMQL, e.g. memory_rss=process_resident_memory_bytes{job="api"}.`);
        }
        return { name, promql };
    });
    const seen = new Set();
    for (const { name } of queries) {
        if (seen.has(name))
            throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'query')} names '${name}' twice.`);
        seen.add(name);
    }
    return queries;
}
/** `Name: value` lines of the `prometheus-header` input. */
function parseHeaders(source) {
    const headers = {};
    for (const line of lines(source('prometheus-header'))) {
        const at = line.indexOf(':');
        const name = at > 0 ? line.slice(0, at).trim() : '';
        // The value is a secret: the message names the header, never the line.
        if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) {
            throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'prometheus-header')} has a line that is not 'Name: value' (e.g. 'Authorization: Bearer …').`);
        }
        headers[name] = line.slice(at + 1).trim();
    }
    return headers;
}
/** Reads the soak inputs; throws ConfigurationError naming the bad input. */
function readSoakInputs(source) {
    const common = (0,inputs/* readCommonInputs */.di)(source);
    const input = (0,inputs/* listInput */.dt)(source, 'input');
    const url = (0,inputs/* optionalInput */.$m)(source, 'prometheus');
    const queries = parseQueries(source);
    if (url === undefined && queries.length > 0) {
        throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'query')} needs ${(0,inputs/* inputMention */.Jf)(source, 'prometheus')}, the server's URL.`);
    }
    if (url !== undefined && queries.length === 0) {
        throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'prometheus')} needs at least one ${(0,inputs/* inputMention */.Jf)(source, 'query')} line NAME=PROMQL.`);
    }
    if (url === undefined && input.length === 0) {
        throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'input')} is required: result files of the soak run (k6, Locust, CSV or JSON), or a ${(0,inputs/* inputMention */.Jf)(source, 'prometheus')} URL with ${(0,inputs/* inputMention */.Jf)(source, 'query')} lines.`);
    }
    const headers = parseHeaders(source);
    if (url === undefined && Object.keys(headers).length > 0) {
        throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'prometheus-header')} needs ${(0,inputs/* inputMention */.Jf)(source, 'prometheus')}, the server's URL.`);
    }
    const step = (0,inputs/* optionalInput */.$m)(source, 'step');
    const warmup = (0,inputs/* optionalInput */.$m)(source, 'warmup') ?? 'auto';
    const job = (0,inputs/* optionalInput */.$m)(source, 'job') ?? common.key;
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(job)) {
        throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'job')} is '${job}'; use 1 to 64 letters, digits, '.', '_' or '-'.`);
    }
    const historyFile = (0,inputs/* optionalInput */.$m)(source, 'history-file');
    const trackingLabel = (0,inputs/* optionalInput */.$m)(source, 'tracking-label') ?? DEFAULT_TRACKING_LABEL;
    if (trackingLabel.length > 50 || trackingLabel.includes(',')) {
        throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'tracking-label')} is '${trackingLabel}'; a label has at most 50 characters and no comma.`);
    }
    return {
        common,
        input,
        format: (0,inputs/* choiceInput */.ij)(source, 'format', SOAK_INPUT_FORMATS, 'auto'),
        ...(url === undefined
            ? {}
            : {
                prometheus: {
                    url: prometheusUrl(url, source),
                    queries,
                    from: (0,inputs/* optionalInput */.$m)(source, 'from') ?? 'now-1h',
                    to: (0,inputs/* optionalInput */.$m)(source, 'to') ?? 'now',
                    ...(step === undefined ? {} : { step }),
                    headers,
                },
            }),
        slos: lines(source('slo')).map((line) => sloOf(line, (0,inputs/* inputLabel */.NB)(source, 'slo'))),
        growth: (0,inputs/* mappingInput */.VZ)(source, 'growth', parseGrowthLimit).map(({ pattern, value }) => ({
            pattern,
            maxPercentPerHour: value,
        })),
        ...(warmup.toLowerCase() === 'auto'
            ? {}
            : { warmupSeconds: parseDurationSeconds(warmup, (0,inputs/* inputLabel */.NB)(source, 'warmup')) }),
        alpha: (0,inputs/* numberInput */.QR)(source, 'alpha', 0.05, { min: 0.0001, max: 0.5 }),
        job,
        ...(historyFile === undefined ? {} : { historyFile }),
        history: (0,inputs/* booleanInput */.tE)(source, 'history', false),
        historyBranch: (0,inputs/* optionalInput */.$m)(source, 'history-branch') ?? 'kaizen-data',
        historyRetention: (0,inputs/* numberInput */.QR)(source, 'history-retention', 500, {
            min: 1,
            max: 10_000,
            integer: true,
        }),
        trackingIssue: (0,inputs/* booleanInput */.tE)(source, 'tracking-issue', true),
        trackingLabel,
    };
}
function lines(text) {
    return text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
function sloOf(line, label) {
    try {
        return (0,analyze/* parseSloObjective */.z6)(line);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j) {
            throw new errors/* ConfigurationError */.j(`${label}: ${error.message}`);
        }
        throw error;
    }
}
function prometheusUrl(text, source) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'prometheus')} is '${text}'; expected the server's URL, e.g. http://prometheus:9090.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'prometheus')} is '${text}'; expected an http:// or https:// URL.`);
    }
    if (url.username !== '' || url.password !== '') {
        // Credentials in a URL end up in logs; the header input is masked.
        throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'prometheus')} holds credentials; pass them with ${(0,inputs/* inputMention */.Jf)(source, 'prometheus-header')} (e.g. 'Authorization: Basic …'), which is masked.`);
    }
    return text;
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

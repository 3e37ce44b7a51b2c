export const id = 447;
export const ids = [447,181];
export const modules = {

/***/ 71641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ MIN_POINTS),
/* harmony export */   D1: () => (/* binding */ benchmarkSeries),
/* harmony export */   IU: () => (/* binding */ describeSince),
/* harmony export */   UU: () => (/* binding */ sinceStart),
/* harmony export */   ZX: () => (/* binding */ DEFAULT_SINCE),
/* harmony export */   _J: () => (/* binding */ defaultChangePointOptions),
/* harmony export */   ho: () => (/* binding */ findChangePoints),
/* harmony export */   m1: () => (/* binding */ parseSince)
/* harmony export */ });
/* harmony import */ var _stats_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13329);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/**
 * Change points in a suite's stored history: one series per benchmark (the medians of its stored
 * runs, in the order they were stored), searched with E-Divisive as Apache Otava runs it
 * (windows, a t test, a merge by p-value and magnitude; see {@link eDivisiveOtava}), so that a
 * nightly job finds the commit range where a benchmark stepped up or down. Pure: entries in,
 * change points out; the verdict is history-verdict.ts's.
 */


/**
 * Defaults: Otava's window (50) and p-value (0.001); a minimum magnitude of 5% where Otava has 0,
 * because without it a quiet benchmark reports every significant 1% shift (its tests call 5%
 * the old defaults). On 100 simulated nightly suites of 5 benchmarks (100 runs, 5% log-normal
 * noise), 2 unchanged suites failed and a +30% step five runs old failed 99 times
 * (test/bench/history-verdict.test.ts).
 */
const defaultChangePointOptions = {
    window: 50,
    significance: 0.001,
    minMagnitude: 0.05,
};
/** Fewest stored runs a benchmark needs before it is searched (a change needs a run on each side and a third for a variance). */
const MIN_POINTS = 3;
/**
 * One series per benchmark from history entries, in the order benchmarks first appear. Entries of
 * another suite than `suite` (when given) are left out; so are runs in another unit than the
 * benchmark's newest (a unit change would mix scales) and non-finite medians.
 *
 * @example benchmarkSeries(parseHistory(text, file).entries)[0].points.map((p) => p.value)
 */
function benchmarkSeries(entries, suite) {
    const byName = new Map();
    entries.forEach((entry, position) => {
        if (suite !== undefined && entry.suite !== suite)
            return;
        for (const benchmark of entry.benchmarks) {
            if (!Number.isFinite(benchmark.median))
                continue;
            let found = byName.get(benchmark.name);
            if (found === undefined) {
                found = { unit: benchmark.unit, direction: benchmark.direction, points: [] };
                byName.set(benchmark.name, found);
            }
            found.unit = benchmark.unit;
            found.direction = benchmark.direction;
            found.points.push({
                entry: position,
                sha: entry.sha,
                createdAt: entry.createdAt,
                value: benchmark.median,
                unit: benchmark.unit,
            });
        }
    });
    return [...byName].map(([name, { unit, direction, points }]) => ({
        name,
        unit,
        direction,
        points: points
            .filter((p) => p.unit === unit)
            .map(({ entry, sha, createdAt, value }) => ({ entry, sha, createdAt, value })),
    }));
}
/**
 * The change points of every benchmark of a history.
 *
 * @throws {Error} `eDivisiveOtava: ...` when an option is out of range (validate them first).
 * @example findChangePoints(benchmarkSeries(entries), defaultChangePointOptions)
 */
function findChangePoints(series, options = defaultChangePointOptions) {
    return series.map((one) => {
        if (one.points.length < MIN_POINTS)
            return { series: one, changePoints: [] };
        const found = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .eDivisiveOtava */ .m3)(one.points.map((p) => p.value), options);
        return { series: one, changePoints: found.changePoints.map((c) => placed(one, c)) };
    });
}
function placed(series, c) {
    const change = c.meanBefore === 0 ? 0 : c.meanAfter / c.meanBefore - 1;
    const backward = c.meanAfter === 0 ? 0 : c.meanBefore / c.meanAfter - 1;
    const worse = series.direction === 'smaller-is-better' ? change > 0 : change < 0;
    return {
        index: c.index,
        before: series.points[c.index - 1],
        after: series.points[c.index],
        meanBefore: c.meanBefore,
        meanAfter: c.meanAfter,
        change,
        magnitude: Math.max(Math.abs(change), Math.abs(backward)),
        regression: worse,
        pValue: c.pValue,
    };
}
/**
 * Default: the newest 10 runs. A step is usually proven a few runs after it happened (the t test
 * needs points on both sides), so a nightly job fails from the night its regression is proven
 * until it is 10 runs old, instead of never (`the newest run` alone) or for ever (all history).
 */
const DEFAULT_SINCE = { kind: 'runs', count: 10 };
/** Characters of a commit sha shown, as `git log --oneline` does. */
const SHORT_SHA = 7;
/**
 * Reads a `since` value: a number of runs (1–4 digits), a commit (7–40 hex digits, a prefix of a
 * stored sha) or an ISO 8601 date or time (`2026-11-30`, `2026-11-30T12:00:00Z`).
 *
 * @param label - names the input in the message, e.g. `--since`.
 * @throws {ConfigurationError} naming the input and echoing the value.
 * @example parseSince('10', '--since') // { kind: 'runs', count: 10 }
 */
function parseSince(text, label) {
    const value = text.trim();
    if (/^\d{1,4}$/.test(value)) {
        const count = Number(value);
        if (count < 1)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${label} is '${value}'; a number of runs is at least 1.`);
        return { kind: 'runs', count };
    }
    if (/^[0-9a-f]{7,40}$/i.test(value))
        return { kind: 'commit', sha: value.toLowerCase() };
    if (/^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) {
        const time = Date.parse(value);
        if (Number.isFinite(time))
            return { kind: 'date', time, text: value };
    }
    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${label} is '${value}'; expected a number of recent runs (10), a commit sha (7 to 40 hex digits) or a date (2026-11-30).`);
}
/** How a `since` reads in a sentence: `the newest 10 runs`, `the runs since 2026-11-30`. */
function describeSince(since) {
    switch (since.kind) {
        case 'runs':
            return since.count === 1 ? 'the newest run' : `the newest ${since.count} runs`;
        case 'date':
            return `the runs since ${since.text}`;
        case 'commit':
            return `the runs since commit ${since.sha.slice(0, SHORT_SHA)}`;
        default: {
            const unreachable = since;
            throw new Error(`describeSince: unknown since ${String(unreachable)}`);
        }
    }
}
/**
 * Position of the first entry within `since` (entries.length when none is).
 *
 * @param what - names the history in the message.
 * @throws {ConfigurationError} when a commit is not in the history (naming the input as the
 *   action does; the CLI respells it as `--since`).
 */
function sinceStart(entries, since, what) {
    switch (since.kind) {
        case 'runs':
            return Math.max(0, entries.length - since.count);
        case 'date': {
            const found = entries.findIndex((e) => Date.parse(e.createdAt) >= since.time);
            return found === -1 ? entries.length : found;
        }
        case 'commit': {
            const found = entries.findIndex((e) => e.sha.toLowerCase().startsWith(since.sha));
            if (found === -1) {
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`Input 'since': no run of commit ${since.sha} is stored in ${what}; name a stored commit, a date or a number of runs.`);
            }
            return found;
        }
        default: {
            const unreachable = since;
            throw new Error(`sinceStart: unknown since ${String(unreachable)}`);
        }
    }
}


/***/ }),

/***/ 19181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BENCH_HISTORY: () => (/* binding */ BENCH_HISTORY),
/* harmony export */   DEFAULT_HISTORY_RETENTION: () => (/* binding */ DEFAULT_HISTORY_RETENTION),
/* harmony export */   DEFAULT_HISTORY_WINDOW: () => (/* binding */ DEFAULT_HISTORY_WINDOW),
/* harmony export */   HISTORY_SCHEMA: () => (/* binding */ HISTORY_SCHEMA),
/* harmony export */   MAX_HISTORY_BYTES: () => (/* binding */ MAX_HISTORY_BYTES),
/* harmony export */   MAX_HISTORY_LINE_BYTES: () => (/* binding */ MAX_HISTORY_LINE_BYTES),
/* harmony export */   appendHistory: () => (/* binding */ appendHistory),
/* harmony export */   historyEntry: () => (/* binding */ historyEntry),
/* harmony export */   historyFilePath: () => (/* binding */ historyFilePath),
/* harmony export */   historyOfAncestry: () => (/* binding */ historyOfAncestry),
/* harmony export */   noiseFromHistory: () => (/* binding */ noiseFromHistory),
/* harmony export */   parseHistory: () => (/* binding */ parseHistory),
/* harmony export */   storedRunValues: () => (/* binding */ storedRunValues),
/* harmony export */   trendFor: () => (/* binding */ trendFor)
/* harmony export */ });
/* harmony import */ var _stats_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13329);
/* harmony import */ var _history_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56494);
/* harmony import */ var _shared_is_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60791);
/**
 * Bench history: one compact JSON line per run of a suite (medians, no samples), appended to a
 * run log (a data branch, or a local file) and read back for trend charts and run-to-run noise
 * estimates. The log itself (JSON Lines, retention, unreadable lines kept, transports) is the
 * shared layer's, src/history/log.ts; what a bench line holds and how bench reads it is here.
 */



/** Schema tag of one history line. */
const HISTORY_SCHEMA = 'kaizen-gates/bench-history@1';
/** Default number of readable entries a history file keeps (the oldest go first). */
const DEFAULT_HISTORY_RETENTION = _history_log_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETENTION */ .xh;
/** A history file over this size is refused (see {@link MAX_LOG_BYTES}). */
const MAX_HISTORY_BYTES = _history_log_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LOG_BYTES */ .w5;
/** A history line over this size is refused (see {@link MAX_LOG_LINE_BYTES}). */
const MAX_HISTORY_LINE_BYTES = _history_log_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LOG_LINE_BYTES */ .t5;
/** Characters of a commit sha shown as a trend label, as `git log --oneline` does. */
const SHORT_SHA_LENGTH = 7;
/** The bench gate's run log, for the shared log and its transports. */
const BENCH_HISTORY = {
    gate: 'bench',
    schema: HISTORY_SCHEMA,
    noun: 'bench history',
    parseRecord(data) {
        const { benchmarks } = data;
        if (!Array.isArray(benchmarks))
            return undefined;
        const parsed = [];
        for (const value of benchmarks) {
            const benchmark = parseBenchmark(value);
            if (benchmark === undefined)
                return undefined;
            parsed.push(benchmark);
        }
        return { benchmarks: parsed };
    },
};
/**
 * Builds the history entry of a run: per benchmark the median of its samples and, with two or
 * more positive samples, the MAD of their logs (the noise measure the bench analysis uses).
 *
 * @throws {Error} `median: ...` when a series has no samples or a non-finite one.
 * @example historyEntry('default', sha, new Date().toISOString(), parsed.benchmarks, { runId: '42' })
 */
function historyEntry(suite, sha, createdAt, series, extra = {}) {
    const benchmarks = series.map((s) => {
        const noise = s.samples.length >= 2 && s.samples.every((v) => v > 0)
            ? (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .medianAbsoluteDeviation */ .hK)(s.samples.map(Math.log))
            : undefined;
        return {
            name: s.name,
            unit: s.unit,
            direction: s.direction,
            median: (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(s.samples),
            n: s.samples.length,
            ...(noise === undefined ? {} : { noise }),
        };
    });
    return (0,_history_log_js__WEBPACK_IMPORTED_MODULE_1__/* .logEntry */ .JN)(BENCH_HISTORY, { suite, sha, createdAt }, { benchmarks }, extra);
}
/**
 * Reads a history file. Blank lines are skipped; every other line that is not a valid entry is
 * returned in `unreadable` (never dropped silently), so the caller can warn and a rewrite can
 * keep it.
 *
 * @param what - names the file in error messages, e.g. `kaizen-data:bench/default.jsonl`.
 * @throws {ConfigurationError} when the file is over 20 MB or a line over 1 MB.
 */
function parseHistory(text, what) {
    return (0,_history_log_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLog */ .g_)(BENCH_HISTORY, text, what);
}
/**
 * The history file with `entry` appended: existing lines stay in order (unreadable ones too),
 * then the oldest readable entries beyond `retention` are dropped. Appending a run already
 * present (same `sha` and `runId`, or same `sha` and both without `runId`) returns `text`
 * unchanged, so a re-run adds nothing. Output lines end with `\n`; blank lines are not kept.
 *
 * @param retention - readable entries kept, a positive integer (default 500).
 * @param what - names the file in error messages.
 * @throws {ConfigurationError} on a hostile file (see {@link parseHistory}).
 * @throws {Error} `appendHistory: ...` when `retention` is not a positive integer.
 * @example appendHistory(current ?? '', entry, 500)
 */
function appendHistory(text, entry, retention = DEFAULT_HISTORY_RETENTION, what = 'bench history') {
    if (!Number.isInteger(retention) || retention < 1) {
        throw new Error(`appendHistory: retention must be a positive integer, got ${retention}`);
    }
    return (0,_history_log_js__WEBPACK_IMPORTED_MODULE_1__/* .appendToLog */ .gO)(BENCH_HISTORY, text, entry, retention, what);
}
/**
 * The trend of one benchmark for a chart: the last `limit` entries that have it, oldest first
 * (file order, which is the order runs were stored), labelled by short sha. Only entries in the
 * unit of the newest one count, so a benchmark whose unit changed does not mix scales.
 */
function trendFor(entries, name, limit = 20) {
    if (!Number.isInteger(limit) || limit < 1) {
        throw new Error(`trendFor: limit must be a positive integer, got ${limit}`);
    }
    const recent = pointsOf(entries, name).slice(-limit);
    return {
        labels: recent.map((p) => p.sha.slice(0, SHORT_SHA_LENGTH)),
        values: recent.map((p) => p.median),
    };
}
/**
 * Run-to-run noise of a benchmark from its stored medians: the MAD of their logs, a robust
 * relative spread (≈ coefficient of variation) that the bench gate uses to judge benchmarks that
 * give one value per run. Only the last `window` runs count, so that slow drift over months does
 * not pass for noise; runs in another unit than the newest are ignored.
 *
 * @param minimumRuns - fewer positive medians than this give undefined (default 5).
 * @param window - most recent runs considered (default 30).
 * @example noiseFromHistory(parseHistory(text, file).entries, 'BM_Sort') // e.g. 0.021
 */
function noiseFromHistory(entries, name, minimumRuns = 5, window = 30) {
    if (!Number.isInteger(window) || window < 1) {
        throw new Error(`noiseFromHistory: window must be a positive integer, got ${window}`);
    }
    const medians = pointsOf(entries, name)
        .slice(-window)
        .map((p) => p.median)
        .filter((m) => m > 0);
    if (medians.length < Math.max(2, minimumRuns))
        return undefined;
    return (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .medianAbsoluteDeviation */ .hK)(medians.map(Math.log));
}
/** Default number of the most recent stored runs that single values are judged against. */
const DEFAULT_HISTORY_WINDOW = 30;
/**
 * The stored runs of the merge base's ancestry, oldest first: the entries up to the newest one
 * stored for an ancestor (runs stored after the merge base, on a default branch that moved on,
 * are not the pull request's past), and within the span the ancestry covers, only entries of its
 * commits (a side branch stored with `save-baseline: always`). Entries older than the oldest
 * known ancestor are kept: the ancestry is short (10 commits in the action, the cache's key
 * limit) and the runs before it were stored by pushes to the default branch. Entries of
 * `exclude` (the commit under test, stored by an earlier attempt of this run) are dropped.
 * Without an ancestry, or when none of its commits has a stored run, every entry counts.
 * This is the cut by stored order alone, for runs without an ancestry check (pushes) and when
 * the check cannot tell; a pull request's window is cut exactly by `entriesOfAncestry`
 * (src/history/ancestry.ts), which asks about each stored commit.
 *
 * @param ancestors - the merge base and its first-parent ancestors, nearest first.
 * @example historyOfAncestry(entries, ['c3', 'c2', 'c1'], 'c9')
 */
function historyOfAncestry(entries, ancestors, exclude) {
    const candidates = entries.filter((entry) => entry.sha !== exclude);
    const known = new Set(ancestors ?? []);
    let newest = -1;
    let oldest = -1;
    candidates.forEach((entry, i) => {
        if (!known.has(entry.sha))
            return;
        newest = i;
        if (oldest < 0)
            oldest = i;
    });
    if (newest < 0)
        return candidates;
    return candidates.filter((entry, i) => i <= newest && (i < oldest || known.has(entry.sha)));
}
/**
 * The last `window` stored runs as one value per run and benchmark, for single values: per
 * series name, the run's median where the run has that benchmark in the series' unit, else
 * `undefined`. Every array has the same length (the runs, oldest first).
 *
 * @throws {Error} `storedRunValues: ...` when `window` is not a positive integer.
 * @example storedRunValues(entries, [{ name: 'BM_Sort', unit: 'ns' }], 30).get('BM_Sort')
 */
function storedRunValues(entries, series, window = DEFAULT_HISTORY_WINDOW) {
    if (!Number.isInteger(window) || window < 1) {
        throw new Error(`storedRunValues: window must be a positive integer, got ${window}`);
    }
    const recent = entries.slice(-window);
    return new Map(series.map(({ name, unit }) => [
        name,
        recent.map((entry) => {
            const found = entry.benchmarks.find((b) => b.name === name && b.unit === unit);
            return found?.median;
        }),
    ]));
}
/** Path of a suite's history file on the data branch: `bench/<suite>.jsonl`, any suite name made safe. */
function historyFilePath(suite) {
    return (0,_history_log_js__WEBPACK_IMPORTED_MODULE_1__/* .logFilePath */ .wh)(BENCH_HISTORY, suite);
}
function pointsOf(entries, name) {
    const found = entries.flatMap((entry) => {
        const benchmark = entry.benchmarks.find((b) => b.name === name);
        return benchmark === undefined ? [] : [{ sha: entry.sha, benchmark }];
    });
    const unit = found.at(-1)?.benchmark.unit;
    return found
        .filter((f) => f.benchmark.unit === unit)
        .map((f) => ({ sha: f.sha, median: f.benchmark.median }));
}
function parseBenchmark(value) {
    if (!(0,_shared_is_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(value))
        return undefined;
    const { name, unit, direction, median: middle, n, noise } = value;
    if (typeof name !== 'string' ||
        typeof unit !== 'string' ||
        (direction !== 'smaller-is-better' && direction !== 'bigger-is-better') ||
        typeof middle !== 'number' ||
        !Number.isFinite(middle) ||
        typeof n !== 'number' ||
        !Number.isInteger(n) ||
        n < 1 ||
        (noise !== undefined && (typeof noise !== 'number' || !Number.isFinite(noise) || noise < 0))) {
        return undefined;
    }
    return {
        name,
        unit,
        direction,
        median: middle,
        n,
        ...(typeof noise === 'number' ? { noise } : {}),
    };
}


/***/ }),

/***/ 69447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  benchFormats: () => (/* binding */ benchFormats),
  readBenchHistoryInputs: () => (/* binding */ readBenchHistoryInputs),
  readBenchInputs: () => (/* binding */ readBenchInputs),
  readBenchMode: () => (/* binding */ readBenchMode)
});

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/inputs.ts
var inputs = __webpack_require__(93876);
;// CONCATENATED MODULE: ./src/gates/bench/options.ts
/**
 * Defaults: a 10% threshold at a 5% family-wise level, 90% intervals (each end a one-sided 95%
 * bound), stored baseline.
 */
const defaultAnalysisOptions = {
    threshold: 0.1,
    thresholds: [],
    ignore: [],
    directions: [],
    alpha: 0.05,
    correction: 'holm',
    confidence: 0.9,
    baselineFrom: 'other-runner',
    singleValue: 'warn',
};

// EXTERNAL MODULE: ./src/gates/bench/history.ts
var bench_history = __webpack_require__(19181);
// EXTERNAL MODULE: ./src/gates/bench/change-points.ts
var change_points = __webpack_require__(71641);
;// CONCATENATED MODULE: ./src/gates/bench/inputs.ts
/** Reads and validates the bench gate's inputs once, for the action and the CLI alike. */





/** Formats a user may name. */
const benchFormats = [
    'auto',
    'google-benchmark',
    'hyperfine',
    'pytest-benchmark',
    'go',
    'cargo',
    'criterion',
    'benchmarkjs',
    'jmh',
    'benchmarkdotnet',
    'catch2',
    'julia',
    'custom-smaller-is-better',
    'custom-bigger-is-better',
];
const directions = ['smaller-is-better', 'bigger-is-better'];
function parseDirection(raw, what) {
    const found = directions.find((d) => d === raw.toLowerCase());
    if (!found) {
        throw new errors/* ConfigurationError */.j(`${what} is '${raw}'; expected smaller-is-better or bigger-is-better.`);
    }
    return found;
}
/** A branch name git accepts (a conservative subset: no spaces, `..`, `~^:?*[\`, leading `-`). */
function branchInput(source, name, fallback) {
    const value = (0,inputs/* optionalInput */.$m)(source, name) ?? fallback;
    if (!/^[A-Za-z0-9._/][A-Za-z0-9._/-]{0,99}$/.test(value) ||
        value.includes('..') ||
        value.endsWith('/')) {
        throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, name)} is '${value}'; expected a branch name such as kaizen-data.`);
    }
    return value;
}
/** Reads the bench inputs; throws ConfigurationError naming the bad input. */
function readBenchInputs(source) {
    const current = (0,inputs/* listInput */.dt)(source, 'current');
    if (current.length === 0) {
        throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'current')} is required: the benchmark result files of this run (paths or globs).`);
    }
    const suite = (0,inputs/* optionalInput */.$m)(source, 'suite') ?? 'default';
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(suite)) {
        throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'suite')} is '${suite}'; use 1 to 64 letters, digits, '.', '_' or '-'.`);
    }
    const threshold = (0,inputs/* optionalInput */.$m)(source, 'threshold');
    const baselineDir = (0,inputs/* optionalInput */.$m)(source, 'baseline-dir');
    const historyFile = (0,inputs/* optionalInput */.$m)(source, 'history-file');
    return {
        common: (0,inputs/* readCommonInputs */.di)(source),
        current,
        baseline: (0,inputs/* listInput */.dt)(source, 'baseline'),
        format: (0,inputs/* choiceInput */.ij)(source, 'format', benchFormats, 'auto'),
        baselineFrom: (0,inputs/* choiceInput */.ij)(source, 'baseline-from', ['auto', 'same-job', 'other-runner'], 'auto'),
        suite,
        saveBaseline: (0,inputs/* choiceInput */.ij)(source, 'save-baseline', ['auto', 'always', 'never'], 'auto'),
        ...(baselineDir === undefined ? {} : { baselineDir }),
        baselineSearchDepth: (0,inputs/* numberInput */.QR)(source, 'baseline-search-depth', 50, {
            min: 1,
            max: 500,
            integer: true,
        }),
        history: (0,inputs/* booleanInput */.tE)(source, 'history', false),
        historyBranch: branchInput(source, 'history-branch', 'kaizen-data'),
        historyRetention: (0,inputs/* numberInput */.QR)(source, 'history-retention', 500, {
            min: 1,
            max: 100_000,
            integer: true,
        }),
        historyWindow: (0,inputs/* numberInput */.QR)(source, 'history-window', bench_history.DEFAULT_HISTORY_WINDOW, {
            min: 5,
            max: 500,
            integer: true,
        }),
        ...(historyFile === undefined ? {} : { historyFile }),
        analysis: {
            threshold: threshold === undefined
                ? defaultAnalysisOptions.threshold
                : (0,inputs/* parsePercent */.lo)(threshold, (0,inputs/* inputLabel */.NB)(source, 'threshold')),
            thresholds: (0,inputs/* mappingInput */.VZ)(source, 'thresholds', inputs/* parsePercent */.lo),
            ignore: (0,inputs/* listInput */.dt)(source, 'ignore'),
            directions: (0,inputs/* mappingInput */.VZ)(source, 'directions', parseDirection),
            alpha: (0,inputs/* numberInput */.QR)(source, 'alpha', defaultAnalysisOptions.alpha, { min: 1e-6, max: 0.5 }),
            correction: (0,inputs/* choiceInput */.ij)(source, 'correction', ['holm', 'bh', 'none'], 'holm'),
            confidence: Number((0,inputs/* choiceInput */.ij)(source, 'confidence', ['0.8', '0.9', '0.95', '0.98'], '0.9')),
            singleValue: (0,inputs/* choiceInput */.ij)(source, 'single-value', ['warn', 'fail'], 'warn'),
        },
    };
}
/** Reads `mode` alone: it decides which of the two sets of inputs to read. */
function readBenchMode(source) {
    return (0,inputs/* choiceInput */.ij)(source, 'mode', ['compare', 'history'], 'compare');
}
/** Reads the inputs of history mode; throws ConfigurationError naming the bad input. */
function readBenchHistoryInputs(source) {
    const suite = (0,inputs/* optionalInput */.$m)(source, 'suite') ?? 'default';
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(suite)) {
        throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'suite')} is '${suite}'; use 1 to 64 letters, digits, '.', '_' or '-'.`);
    }
    const magnitude = (0,inputs/* optionalInput */.$m)(source, 'min-magnitude');
    const since = (0,inputs/* optionalInput */.$m)(source, 'since');
    return {
        common: (0,inputs/* readCommonInputs */.di)(source),
        suite,
        historyBranch: branchInput(source, 'history-branch', 'kaizen-data'),
        changePoints: {
            // Each window is searched in O(window²); 1,000 keeps a 5,000-run history under a second.
            window: (0,inputs/* numberInput */.QR)(source, 'window', change_points/* defaultChangePointOptions */._J.window, {
                min: 2,
                max: 1000,
                integer: true,
            }),
            significance: (0,inputs/* numberInput */.QR)(source, 'significance', change_points/* defaultChangePointOptions */._J.significance, {
                min: 1e-300,
                max: 0.5,
            }),
            minMagnitude: magnitude === undefined
                ? change_points/* defaultChangePointOptions */._J.minMagnitude
                : /^0+(\.0*)?%?$/.test(magnitude)
                    ? 0
                    : (0,inputs/* parsePercent */.lo)(magnitude, (0,inputs/* inputLabel */.NB)(source, 'min-magnitude')),
        },
        since: since === undefined ? change_points/* DEFAULT_SINCE */.ZX : (0,change_points/* parseSince */.m1)(since, (0,inputs/* inputLabel */.NB)(source, 'since')),
    };
}


/***/ }),

/***/ 56494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ logEntry),
/* harmony export */   gO: () => (/* binding */ appendToLog),
/* harmony export */   g_: () => (/* binding */ parseLog),
/* harmony export */   t5: () => (/* binding */ MAX_LOG_LINE_BYTES),
/* harmony export */   w5: () => (/* binding */ MAX_LOG_BYTES),
/* harmony export */   wh: () => (/* binding */ logFilePath),
/* harmony export */   xh: () => (/* binding */ DEFAULT_RETENTION)
/* harmony export */ });
/* unused harmony export nearestLogEntry */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _shared_is_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60791);
/**
 * A run log: one compact JSON line per run of a suite, appended to a file (on a data branch or
 * on disk) and read back for trends, noise estimates or night-over-night comparisons. Pure: text
 * in, text out; the transports are data-branch.ts and history-file.ts.
 *
 * The file is JSON Lines so that an append is a one-line diff and one damaged line never makes
 * the rest unreadable. Lines this version cannot read are kept verbatim on every rewrite: a
 * newer writer's format, or a hand edit, is never destroyed by an older one.
 *
 * Every line is a {@link RunStamp} (which run of which suite at which commit) spread together
 * with the gate's own fields, so a gate's line is a flat object and its schema tag says whose.
 */


/** Default number of readable entries a log keeps (the oldest go first). */
const DEFAULT_RETENTION = 500;
/**
 * A file over this size is refused: with the default retention a bench suite of 200 benchmarks
 * is about 10 MB, so a larger file was not written by us and parsing it would only waste memory.
 */
const MAX_LOG_BYTES = 20 * 1024 * 1024;
/** A line over this size is refused for the same reason (one run of one suite is a few kB). */
const MAX_LOG_LINE_BYTES = 1024 * 1024;
/**
 * Builds a log entry: the stamp's fields first (optional ones only when given), then the
 * record's, so that every writer produces the same bytes for the same run.
 *
 * @example logEntry(kind, { suite: 'nightly', sha, createdAt }, { peakMb: 512 }, { runId: '42' })
 */
function logEntry(kind, stamp, record, extra = {}) {
    return {
        schema: kind.schema,
        suite: stamp.suite,
        sha: stamp.sha,
        ...(extra.ref === undefined ? {} : { ref: extra.ref }),
        createdAt: stamp.createdAt,
        ...(extra.runId === undefined ? {} : { runId: extra.runId }),
        ...record,
    };
}
/**
 * Reads a log. Blank lines are skipped; every other line that is not a valid entry of `kind` is
 * returned in `unreadable` (never dropped silently), so the caller can warn and a rewrite can
 * keep it.
 *
 * @param what - names the file in error messages, e.g. `kaizen-data:bench/default.jsonl`.
 * @throws {ConfigurationError} when the file is over 20 MB or a line over 1 MB.
 */
function parseLog(kind, text, what) {
    const parsed = { entries: [], unreadable: [] };
    for (const line of readLines(kind, text, what)) {
        if (line.entry === undefined)
            parsed.unreadable.push({ line: line.number, text: line.text });
        else
            parsed.entries.push(line.entry);
    }
    return parsed;
}
/**
 * The log with `entry` appended: existing lines stay in order (unreadable ones too), then the
 * oldest readable entries beyond `retention` are dropped. Appending a run already present (same
 * `sha` and `runId`, or same `sha` and both without `runId`) returns `text` unchanged, so a
 * re-run adds nothing. Output lines end with `\n`; blank lines are not kept.
 *
 * @param retention - readable entries kept, a positive integer (default 500).
 * @param what - names the file in error messages.
 * @throws {ConfigurationError} on a hostile file (see {@link parseLog}).
 * @throws {Error} `appendToLog: ...` when `retention` is not a positive integer.
 * @example appendToLog(kind, current ?? '', entry, 500, 'history.jsonl')
 */
function appendToLog(kind, text, entry, retention = DEFAULT_RETENTION, what = kind.noun) {
    if (!Number.isInteger(retention) || retention < 1) {
        throw new Error(`appendToLog: retention must be a positive integer, got ${retention}`);
    }
    const lines = readLines(kind, text, what);
    if (lines.some((line) => line.entry !== undefined && sameRun(line.entry, entry)))
        return text;
    lines.push({ number: lines.length + 1, text: JSON.stringify(entry), entry });
    let excess = lines.filter((line) => line.entry !== undefined).length - retention;
    const kept = lines.filter((line) => {
        if (excess > 0 && line.entry !== undefined) {
            excess -= 1;
            return false;
        }
        return true;
    });
    return kept.map((line) => `${line.text}\n`).join('');
}
/**
 * Path of a suite's log on the data branch: `<gate>/<suite>.jsonl`, any suite name made safe.
 *
 * @example logFilePath(kind, 'api/v2') // 'bench/api%2Fv2.jsonl' for the bench kind
 */
function logFilePath(kind, suite) {
    // encodeURIComponent is injective and leaves no `/`, so every suite gets its own file at the
    // same depth whatever its name.
    return `${kind.gate}/${encodeURIComponent(suite)}.jsonl`;
}
/**
 * The logged run of the nearest of `ancestors` (the merge base first, then its first-parent
 * ancestors): what a pull request compares against when the log is its baseline. Of several
 * runs of that commit the last stored wins (a re-run after a flaky night replaces it).
 *
 * @returns undefined when no ancestor was logged; `distance` 0 is the merge base itself.
 */
function nearestLogEntry(entries, ancestors) {
    const latest = new Map();
    for (const entry of entries)
        latest.set(entry.sha, entry);
    for (const [distance, sha] of ancestors.entries()) {
        const entry = latest.get(sha);
        if (entry !== undefined)
            return { entry, distance };
    }
    return undefined;
}
function readLines(kind, text, what) {
    const size = utf8Length(text, MAX_LOG_BYTES);
    if (size > MAX_LOG_BYTES) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`The ${kind.noun} ${what} is over ${MAX_LOG_BYTES / 1024 / 1024} MB; it was not written by kaizen-gates. Remove or shorten it.`);
    }
    const lines = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        if (raw.trim() === '')
            return;
        if (utf8Length(raw, MAX_LOG_LINE_BYTES) > MAX_LOG_LINE_BYTES) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`The ${kind.noun} ${what} has a line over 1 MB (line ${index + 1}); it was not written by kaizen-gates.`);
        }
        lines.push({ number: index + 1, text: raw, entry: parseLine(kind, raw) });
    });
    return lines;
}
/**
 * UTF-8 size of `text`, exact up to `limit` (beyond, any value over it). A string is never
 * encoded when its length alone decides: each UTF-16 unit is 1 to 3 bytes.
 */
function utf8Length(text, limit) {
    if (text.length > limit)
        return text.length;
    if (text.length * 3 <= limit)
        return text.length;
    return new TextEncoder().encode(text).length;
}
function sameRun(a, b) {
    return a.sha === b.sha && a.runId === b.runId;
}
function parseLine(kind, line) {
    let data;
    try {
        data = JSON.parse(line);
    }
    catch {
        return undefined;
    }
    if (!(0,_shared_is_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(data) || data['schema'] !== kind.schema)
        return undefined;
    const { suite, sha, ref, createdAt, runId } = data;
    if (typeof suite !== 'string' ||
        typeof sha !== 'string' ||
        sha === '' ||
        typeof createdAt !== 'string' ||
        (ref !== undefined && typeof ref !== 'string') ||
        (runId !== undefined && typeof runId !== 'string')) {
        return undefined;
    }
    const record = kind.parseRecord(data);
    if (record === undefined)
        return undefined;
    return logEntry(kind, { suite, sha, createdAt }, record, {
        ...(ref === undefined ? {} : { ref }),
        ...(runId === undefined ? {} : { runId }),
    });
}


/***/ }),

/***/ 60791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ isRecord)
/* harmony export */ });
/** A plain object (not an array, not null): the first check on parsed JSON, which is `unknown`. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};

export const id = 700;
export const ids = [700,181,500,666];
export const modules = {

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

/***/ 89700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  baselineRuns: () => (/* binding */ baselineRuns),
  runBench: () => (/* binding */ runBench)
});

// EXTERNAL MODULE: ./src/shared/errors.ts
var shared_errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/gates/bench/analyze.ts + 1 modules
var analyze = __webpack_require__(10762);
// EXTERNAL MODULE: ./src/history/ancestry.ts + 1 modules
var ancestry = __webpack_require__(89666);
// EXTERNAL MODULE: ./src/shared/is-record.ts
var is_record = __webpack_require__(60791);
// EXTERNAL MODULE: ./src/history/snapshot.ts
var snapshot = __webpack_require__(40886);
;// CONCATENATED MODULE: ./src/gates/bench/baseline-store.ts
/**
 * The bench gate's snapshot: a default-branch commit's results with every sample, kept so that a
 * later pull request can compare against its merge base. Where it is stored and how the nearest
 * ancestor is found is the shared layer's (src/history/snapshot.ts); what a baseline holds and
 * how it is validated is here.
 */



/** Schema tag of a stored baseline file. */
const BASELINE_SCHEMA = 'kaizen-gates/bench-baseline@1';
/** The bench gate's snapshots, for the shared stores. */
const BASELINE_KIND = {
    gate: 'bench',
    schema: BASELINE_SCHEMA,
    noun: 'baseline',
    fields: 'benchmarks',
    parseRecord(data, what) {
        const { benchmarks } = data;
        if (!Array.isArray(benchmarks))
            return undefined;
        return { benchmarks: benchmarks.map((b, i) => parseSeries(b, `${what}, benchmark ${i + 1}`)) };
    },
};
/**
 * Finds the nearest stored baseline among `ancestors` (the merge base first, then its
 * first-parent ancestors); see {@link findNearestSnapshot}.
 *
 * @throws {ConfigurationError} when the nearest stored baseline is damaged.
 */
async function findBaseline(store, suite, ancestors) {
    const found = await (0,snapshot/* findNearestSnapshot */.e2)(BASELINE_KIND, store, suite, ancestors);
    return found && { baseline: found.snapshot, distance: found.distance };
}
/** Serialises a baseline (one line of JSON, in the key order it was built with). */
function serializeBaseline(baseline) {
    return (0,snapshot/* serializeSnapshot */.DP)(baseline);
}
/** Validates a stored baseline read back from storage; throws ConfigurationError if damaged. */
function parseStoredBaseline(text, what) {
    return parseSnapshot(BASELINE_KIND, text, what);
}
function parseSeries(value, what) {
    if (!(0,is_record/* isRecord */.u)(value))
        throw new shared_errors/* ConfigurationError */.j(`The ${what} is not an object.`);
    const { name, unit, direction, samples, kind, source } = value;
    if (typeof name !== 'string' ||
        typeof unit !== 'string' ||
        (direction !== 'smaller-is-better' && direction !== 'bigger-is-better') ||
        (kind !== 'repetitions' && kind !== 'summary') ||
        !Array.isArray(samples)) {
        throw new shared_errors/* ConfigurationError */.j(`The ${what} is malformed (name, unit, direction, kind or samples).`);
    }
    const values = samples.filter((s) => typeof s === 'number' && Number.isFinite(s) && s > 0);
    if (values.length === 0 || values.length !== samples.length) {
        throw new shared_errors/* ConfigurationError */.j(`The ${what} has samples that are not positive finite numbers.`);
    }
    const file = (0,is_record/* isRecord */.u)(source) && typeof source.file === 'string' ? source.file : 'stored baseline';
    const spread = value.reportedRelativeSpread;
    return {
        name,
        unit,
        direction,
        kind,
        samples: values,
        source: { file },
        ...(typeof spread === 'number' && Number.isFinite(spread)
            ? { reportedRelativeSpread: spread }
            : {}),
    };
}

// EXTERNAL MODULE: ./src/gates/bench/history.ts
var bench_history = __webpack_require__(19181);
// EXTERNAL MODULE: ./src/shared/parse-json-text.ts
var parse_json_text = __webpack_require__(65129);
;// CONCATENATED MODULE: ./src/gates/bench/parse/bench-source.ts

/** Wraps an input so that its JSON is parsed lazily and only once. */
function benchSource(input) {
    let parsed;
    return {
        path: input.path,
        text: input.text,
        json() {
            parsed ??= { value: (0,parse_json_text/* parseJsonText */.l)(input.text, input.path, 'the benchmark') };
            return parsed.value;
        },
    };
}
/** True when the text, after leading whitespace (and a byte-order mark), opens a JSON object or array. */
function bench_source_looksLikeJson(text) {
    const first = /^[\s\uFEFF]*(\S)/.exec(text)?.[1];
    return first === '{' || first === '[';
}
/** True when the text, after leading whitespace, opens an XML document or element. */
function looksLikeXml(text) {
    return /^[\s\uFEFF]*</.test(text);
}

;// CONCATENATED MODULE: ./src/gates/bench/parse/series.ts

/** `file:line` or `file`, the prefix of every message about a benchmark. */
function where(source) {
    return source.line === undefined ? source.file : `${source.file}:${source.line}`;
}
/**
 * Checks the samples of one series and returns it: at least one sample, every sample a finite
 * number, times and rates above zero (a zero time means the clock could not resolve the work, a
 * result no comparison can use), memory not negative. Other units (counts, custom units) may be
 * zero or negative.
 *
 * @throws ConfigurationError naming the file, line and benchmark.
 */
function checkedSeries(series) {
    const prefix = `${where(series.source)}: benchmark "${series.name}"`;
    if (series.samples.length === 0) {
        throw new shared_errors/* ConfigurationError */.j(`${prefix} has no samples`);
    }
    for (const sample of series.samples) {
        if (!Number.isFinite(sample)) {
            throw new shared_errors/* ConfigurationError */.j(`${prefix} has a value that is not a finite number (${sample} ${series.unit})`);
        }
        const mustBePositive = series.unit === 'ns' || series.unit === 'ops/s' || series.unit === 'B/s';
        if (mustBePositive && sample <= 0) {
            const what = series.unit === 'ns' ? 'time' : 'rate';
            throw new shared_errors/* ConfigurationError */.j(`${prefix} has a ${sample === 0 ? 'zero' : 'negative'} ${what} (${sample} ${series.unit}); a benchmark must measure a positive ${what}`);
        }
        if (series.unit === 'B' && sample < 0) {
            throw new shared_errors/* ConfigurationError */.j(`${prefix} has a negative memory size (${sample} B)`);
        }
    }
    return series;
}
/**
 * Builds the parsed file after checking that every benchmark name is unique within it and that
 * there is at least one benchmark.
 *
 * @throws ConfigurationError when two series share a name or none was found.
 */
function parsedFile(path, format, benchmarks, warnings) {
    if (benchmarks.length === 0) {
        const why = warnings.length > 0 ? ` (${warnings.join('; ')})` : '';
        throw new shared_errors/* ConfigurationError */.j(`${path}: no benchmarks found in this ${format} file${why}`);
    }
    const seen = new Map();
    for (const series of benchmarks) {
        const earlier = seen.get(series.name);
        if (earlier) {
            throw new shared_errors/* ConfigurationError */.j(`${where(series.source)}: benchmark name "${series.name}" appears twice in the file (first at ${where(earlier.source)}); names must be unique`);
        }
        seen.set(series.name, series);
    }
    return { format, benchmarks, warnings };
}
/** Seconds to nanoseconds, for tools that write times in seconds (hyperfine, pytest-benchmark). */
const NS_PER_SECOND = 1e9;
/** A time series (smaller is better) from values in seconds, converted to nanoseconds. */
function secondsSeries(path, name, seconds, kind, extra, reportedRelativeSpread) {
    return checkedSeries({
        name,
        unit: 'ns',
        direction: 'smaller-is-better',
        samples: seconds.map((value) => value * NS_PER_SECOND),
        kind,
        source: { file: path },
        ...(reportedRelativeSpread === undefined ? {} : { reportedRelativeSpread }),
        extra,
    });
}
/** A time series from per-run times in seconds: every run is a repetition. */
function secondsRepetitions(path, name, seconds, extra) {
    return secondsSeries(path, name, seconds, 'repetitions', extra);
}
/** A time summary from a mean and an optional standard deviation in seconds. */
function secondsSummary(path, name, meanSeconds, stddevSeconds, extra) {
    const spread = stddevSeconds !== undefined && meanSeconds > 0 ? stddevSeconds / meanSeconds : undefined;
    return secondsSeries(path, name, [meanSeconds], 'summary', extra, spread);
}

;// CONCATENATED MODULE: ./src/gates/bench/parse/unknown-value.ts
/**
 * Small readers for parsed JSON/XML, which stays `unknown` until checked: each returns the value
 * when it has the expected type and `undefined` otherwise, so parsers never cast.
 */


/** `record[key]` when it is a string. */
function stringField(record, key) {
    const value = record[key];
    return typeof value === 'string' ? value : undefined;
}
/** `record[key]` when it is a number (finite or not: validation of values happens later). */
function numberField(record, key) {
    const value = record[key];
    return typeof value === 'number' ? value : undefined;
}
/** `record[key]` when it is an array. */
function arrayField(record, key) {
    const value = record[key];
    return Array.isArray(value) ? value : undefined;
}
/** `record[key]` when it is a plain object. */
function recordField(record, key) {
    const value = record[key];
    return (0,is_record/* isRecord */.u)(value) ? value : undefined;
}
/** The array when every element is a number, else `undefined`. */
function numberArray(value) {
    if (!Array.isArray(value))
        return undefined;
    const numbers = [];
    for (const element of value) {
        if (typeof element !== 'number')
            return undefined;
        numbers.push(element);
    }
    return numbers;
}
/** Parses a number as tools print it, with thousands separators (`1,234.5`); `undefined` if it is not one. */
function parsePrintedNumber(text) {
    const cleaned = text.replace(/,/g, '').trim();
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^[-+]?(NaN|Inf|Infinity)$/.test(cleaned))
        return undefined;
    if (/NaN/.test(cleaned))
        return Number.NaN;
    if (/Inf/.test(cleaned))
        return cleaned.startsWith('-') ? -Infinity : Infinity;
    return Number(cleaned);
}

;// CONCATENATED MODULE: ./src/gates/bench/parse/benchmarkdotnet.ts



/** True when the JSON value has the shape of BenchmarkDotNet's JSON exporters. */
function isBenchmarkDotNetJson(value) {
    return ((0,is_record/* isRecord */.u)(value) &&
        Array.isArray(value['Benchmarks']) &&
        ('HostEnvironmentInfo' in value || 'Title' in value));
}
/**
 * Reads BenchmarkDotNet JSON (any of the JSON exporters; the full one has `Measurements`). The name
 * is `FullName` (`Namespace.Type.Method`), with `(Parameters)` appended when they are not already
 * part of it, and ` [Job]` when the same benchmark ran in several jobs. Samples, in ns per
 * operation, come from the first source that has them:
 * 1. `Measurements` with `IterationMode: Workload` and `IterationStage: Result` (the actual
 *    iterations with the overhead subtracted: what BenchmarkDotNet's own statistics describe);
 * 2. `Workload`/`Actual` measurements (overhead included), `Nanoseconds / Operations`;
 * 3. `Statistics.OriginalValues` (the brief exporter's per-iteration values);
 * 4. `Statistics.Mean` as a summary, with StandardDeviation/Mean as the spread.
 * With the memory diagnoser, `Memory.BytesAllocatedPerOperation` becomes a smaller-is-better
 * `<name> (allocated)` series in bytes.
 */
function parseBenchmarkDotNet(source) {
    const root = source.json();
    const entries = (0,is_record/* isRecord */.u)(root) ? arrayField(root, 'Benchmarks') : undefined;
    if (!entries) {
        throw new shared_errors/* ConfigurationError */.j(`${source.path}: not BenchmarkDotNet JSON (expected an object with a "Benchmarks" array)`);
    }
    const described = entries.map((entry, index) => {
        if (!(0,is_record/* isRecord */.u)(entry))
            throw new shared_errors/* ConfigurationError */.j(`${source.path}: Benchmarks[${index}] is not an object`);
        const fullName = stringField(entry, 'FullName') ?? stringField(entry, 'DisplayInfo');
        if (fullName === undefined)
            throw new shared_errors/* ConfigurationError */.j(`${source.path}: Benchmarks[${index}] has no "FullName"`);
        const parameters = stringField(entry, 'Parameters') ?? '';
        const base = parameters !== '' && !fullName.includes(parameters) ? `${fullName}(${parameters})` : fullName;
        const job = /:\s*([^:]+)$/.exec(stringField(entry, 'DisplayInfo') ?? '')?.[1]?.trim() ?? '';
        return { entry, base, job };
    });
    const counts = new Map();
    for (const { base } of described)
        counts.set(base, (counts.get(base) ?? 0) + 1);
    const warnings = [];
    const benchmarks = [];
    for (const { entry, base, job } of described) {
        const name = (counts.get(base) ?? 0) > 1 && job !== '' ? `${base} [${job}]` : base;
        const extra = {};
        if (job !== '')
            extra['job'] = job;
        const statistics = recordField(entry, 'Statistics');
        const samples = measuredSamples(entry, 'Result') ??
            measuredSamples(entry, 'Actual') ??
            numberArray(statistics?.['OriginalValues']);
        if (samples && samples.length > 0) {
            benchmarks.push(checkedSeries({
                name,
                unit: 'ns',
                direction: 'smaller-is-better',
                samples,
                kind: 'repetitions',
                source: { file: source.path },
                extra,
            }));
        }
        else {
            const meanNs = statistics ? numberField(statistics, 'Mean') : undefined;
            if (meanNs === undefined) {
                warnings.push(`${name}: no measurements and no Statistics (the benchmark probably failed); skipped`);
                continue;
            }
            const deviation = statistics ? numberField(statistics, 'StandardDeviation') : undefined;
            benchmarks.push(checkedSeries({
                name,
                unit: 'ns',
                direction: 'smaller-is-better',
                samples: [meanNs],
                kind: 'summary',
                source: { file: source.path },
                ...(deviation !== undefined && meanNs > 0
                    ? { reportedRelativeSpread: deviation / meanNs }
                    : {}),
                extra,
            }));
        }
        const allocated = numberField(recordField(entry, 'Memory') ?? {}, 'BytesAllocatedPerOperation');
        if (allocated !== undefined) {
            benchmarks.push(checkedSeries({
                name: `${name} (allocated)`,
                unit: 'B',
                direction: 'smaller-is-better',
                samples: [allocated],
                kind: 'summary',
                source: { file: source.path },
            }));
        }
    }
    return parsedFile(source.path, 'benchmarkdotnet', benchmarks, warnings);
}
/** ns per operation of the Workload measurements of one stage, or `undefined` when there are none. */
function measuredSamples(entry, stage) {
    const samples = [];
    for (const measurement of arrayField(entry, 'Measurements') ?? []) {
        if (!(0,is_record/* isRecord */.u)(measurement))
            continue;
        if (stringField(measurement, 'IterationMode') !== 'Workload' ||
            stringField(measurement, 'IterationStage') !== stage)
            continue;
        const nanoseconds = numberField(measurement, 'Nanoseconds');
        const operations = numberField(measurement, 'Operations');
        if (nanoseconds === undefined || operations === undefined || operations <= 0)
            continue;
        samples.push(nanoseconds / operations);
    }
    return samples.length > 0 ? samples : undefined;
}

;// CONCATENATED MODULE: ./src/gates/bench/parse/benchmarkjs.ts



/**
 * A line of benchmark.js's `String(bench)`: `fib(10) x 1,431,759 ops/sec ±0.74% (93 runs sampled)`.
 * The name may itself contain ` x `, so the match anchors on the numbers at the end.
 */
const RESULT_LINE = /^(.+) x ([-\d,.]+|NaN) ops\/sec [±+-]+\s*([\d.]+)% \((\d+) runs? sampled\)\s*$/;
/** True when the text holds at least one benchmark.js result line. */
function isBenchmarkJsText(text) {
    return /^.+ x [\d,.]+ ops\/sec [±+-]+\s*[\d.]+% \(\d+ runs? sampled\)/m.test(text);
}
/**
 * Reads benchmark.js text output: one bigger-is-better summary in ops/s per line, with its `±`
 * relative margin of error as the reported spread and the number of runs sampled in `extra`.
 * Other lines (headers, "Fastest is …") are ignored.
 */
function parseBenchmarkJs(source) {
    const benchmarks = [];
    source.text.split(/\r?\n/).forEach((text, index) => {
        const match = RESULT_LINE.exec(text);
        if (!match?.[1] || !match[2] || !match[3] || !match[4])
            return;
        const line = index + 1;
        const value = parsePrintedNumber(match[2]);
        if (value === undefined) {
            throw new shared_errors/* ConfigurationError */.j(`${source.path}:${line}: benchmark "${match[1]}" has "${match[2]}" where a number was expected`);
        }
        benchmarks.push(checkedSeries({
            name: match[1].trim(),
            unit: 'ops/s',
            direction: 'bigger-is-better',
            samples: [value],
            kind: 'summary',
            source: { file: source.path, line },
            reportedRelativeSpread: Number(match[3]) / 100,
            extra: { 'runs sampled': Number(match[4]) },
        }));
    });
    if (benchmarks.length === 0) {
        throw new shared_errors/* ConfigurationError */.j(`${source.path}: no benchmark.js lines found (expected lines like "name x 1,234 ops/sec ±1.23% (90 runs sampled)")`);
    }
    return parsedFile(source.path, 'benchmarkjs', benchmarks, []);
}

// EXTERNAL MODULE: ./src/gates/bench/parse/units.ts
var parse_units = __webpack_require__(90154);
;// CONCATENATED MODULE: ./src/gates/bench/parse/cargo-bench.ts




/**
 * A result line of libtest's `cargo bench` (and of criterion's `--output-format bencher`):
 * `test bench_fib_20 ... bench:      18,149 ns/iter (+/- 755)`. The unit may be a custom one
 * (`cycles/iter`, `MS/s`) when a harness such as criterion with a custom measurement writes it.
 */
const cargo_bench_RESULT_LINE = /^test (.+?)\s+\.\.\. bench:\s+([-\d,.]+|NaN)\s+(\S+)(?:\s+\(\+\/-\s*([\d,.]+)\))?/;
/** True when the text holds at least one libtest bench result line. */
function isCargoBenchText(text) {
    return /^test .+? \.\.\. bench:\s+[\d,.]+ \S+/m.test(text);
}
/**
 * Reads libtest bench output, which prints one summary per benchmark: the median time per
 * iteration and, after `+/-`, the spread libtest reports (the range of its winsorised samples),
 * read here as a fraction of the value. `ns/iter` becomes `ns`; other units are kept as printed,
 * bigger-is-better only when they end in `/s`.
 */
function parseCargoBench(source) {
    const benchmarks = [];
    source.text.split(/\r?\n/).forEach((text, index) => {
        const match = cargo_bench_RESULT_LINE.exec(text);
        if (!match?.[1] || !match[2] || !match[3])
            return;
        const line = index + 1;
        const name = match[1];
        const value = parsePrintedNumber(match[2]);
        if (value === undefined) {
            throw new shared_errors/* ConfigurationError */.j(`${source.path}:${line}: benchmark "${name}" has "${match[2]}" where a number was expected`);
        }
        const conversion = (0,parse_units/* convertUnit */.oU)(match[3]);
        const deviation = match[4] === undefined ? undefined : parsePrintedNumber(match[4]);
        benchmarks.push(checkedSeries({
            name,
            unit: conversion.unit,
            direction: conversion.direction ?? (0,parse_units/* directionOfOtherUnit */.pW)(conversion.unit),
            samples: [value * conversion.factor],
            kind: 'summary',
            source: { file: source.path, line },
            ...(deviation !== undefined && value > 0
                ? { reportedRelativeSpread: deviation / value }
                : {}),
        }));
    });
    if (benchmarks.length === 0) {
        throw new shared_errors/* ConfigurationError */.j(`${source.path}: no cargo bench lines found (expected lines like "test name ... bench: 1,234 ns/iter (+/- 56)")`);
    }
    return parsedFile(source.path, 'cargo', benchmarks, []);
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 26 modules
var XMLParser = __webpack_require__(69658);
;// CONCATENATED MODULE: ./src/gates/bench/parse/catch2.ts






/** The console reporter's header above benchmark results. */
const CONSOLE_HEADER = /^benchmark name\s+samples\s+iterations\s+(estimated|est run time)/m;
/** First console line of a result: name, samples, iterations, estimated duration. */
const CONSOLE_FIRST_LINE = /^(\S.*?)\s+(\d+)\s+(\d+)\s+([\d.]+(?:e[-+]?\d+)?)\s*(ns|us|µs|ms|s)\s*$/;
/** A `value unit` pair of the console reporter, e.g. `41.731 us`. */
const DURATION = /([\d.]+(?:e[-+]?\d+)?)\s*(ns|us|µs|ms|s)\b/g;
/** True when the text is Catch2 XML (`-r xml`) or console output holding benchmark results. */
function isCatch2Output(text) {
    if (looksLikeXml(text))
        return /<(Catch|Catch2TestRun)\b/.test(text) && /<BenchmarkResults\b/.test(text);
    return CONSOLE_HEADER.test(text);
}
/**
 * Reads Catch2 benchmark results, v2 or v3, from the XML reporter (`-r xml`, parsed with
 * fast-xml-parser) or from the default console reporter. Catch2 reports no raw samples in either,
 * only the bootstrapped mean and standard deviation, so each benchmark is a one-sample summary of
 * its mean in ns with stddev/mean as the spread; samples, iterations and the mean's confidence
 * bounds go to `extra`. Names are the `BENCHMARK("name")` strings. A benchmark that threw
 * (`<failed message="…"/>` in the XML) is left out with a warning.
 */
function parseCatch2(source) {
    if (looksLikeXml(source.text))
        return parseCatch2Xml(source);
    if (!CONSOLE_HEADER.test(source.text)) {
        throw new shared_errors/* ConfigurationError */.j(`${source.path}: not Catch2 benchmark output (expected the XML of "-r xml" or the console table headed "benchmark name  samples  iterations")`);
    }
    return parseCatch2Console(source);
}
function parseCatch2Xml(source) {
    const validation = fxp/* XMLValidator */.iI.validate(source.text);
    if (validation !== true) {
        const { line, col, msg } = validation.err;
        throw new shared_errors/* ConfigurationError */.j(`${source.path}: invalid XML at line ${line}, column ${col}: ${msg}`);
    }
    const parser = new XMLParser/* default */.A({
        ignoreAttributes: false,
        attributeNamePrefix: '',
        parseAttributeValue: false,
        isArray: (tagName) => tagName === 'BenchmarkResults',
    });
    const document = parser.parse(source.text);
    const results = [];
    collectBenchmarkResults(document, results);
    const warnings = [];
    const benchmarks = [];
    for (const result of results) {
        const name = stringField(result, 'name');
        if (name === undefined) {
            throw new shared_errors/* ConfigurationError */.j(`${source.path}: a <BenchmarkResults> element has no name attribute`);
        }
        const failed = result['failed'];
        if (failed !== undefined) {
            const message = (0,is_record/* isRecord */.u)(failed) ? stringField(failed, 'message') : undefined;
            warnings.push(`${name}: the benchmark failed ("${message ?? 'no message'}"); skipped`);
            continue;
        }
        const mean = attributeNumber(source.path, name, result, 'mean', 'value');
        const deviation = attributeNumber(source.path, name, result, 'standardDeviation', 'value');
        const extra = {};
        for (const key of ['samples', 'iterations']) {
            const value = parsePrintedNumber(stringField(result, key) ?? '');
            if (value !== undefined)
                extra[key] = value;
        }
        const meanElement = result['mean'];
        if ((0,is_record/* isRecord */.u)(meanElement)) {
            for (const bound of ['lowerBound', 'upperBound']) {
                const value = parsePrintedNumber(stringField(meanElement, bound) ?? '');
                if (value !== undefined)
                    extra[`mean ${bound} (ns)`] = value;
            }
        }
        benchmarks.push(checkedSeries({
            name,
            unit: 'ns',
            direction: 'smaller-is-better',
            samples: [mean],
            kind: 'summary',
            source: { file: source.path },
            ...(mean > 0 ? { reportedRelativeSpread: deviation / mean } : {}),
            extra,
        }));
    }
    return parsedFile(source.path, 'catch2', benchmarks, warnings);
}
/** Every `<BenchmarkResults>` element, at any depth (test cases, sections, groups). */
function collectBenchmarkResults(node, into) {
    if (Array.isArray(node)) {
        for (const child of node)
            collectBenchmarkResults(child, into);
        return;
    }
    if (!(0,is_record/* isRecord */.u)(node))
        return;
    for (const [key, child] of Object.entries(node)) {
        if (key === 'BenchmarkResults' && Array.isArray(child)) {
            for (const result of child)
                if ((0,is_record/* isRecord */.u)(result))
                    into.push(result);
        }
        else {
            collectBenchmarkResults(child, into);
        }
    }
}
/** A numeric attribute of a child element, e.g. `<mean value="105.7"/>`; Catch2 writes them in ns. */
function attributeNumber(path, name, result, element, attribute) {
    const child = result[element];
    const value = (0,is_record/* isRecord */.u)(child)
        ? parsePrintedNumber(stringField(child, attribute) ?? '')
        : undefined;
    if (value === undefined) {
        throw new shared_errors/* ConfigurationError */.j(`${path}: benchmark "${name}" has no numeric <${element} ${attribute}="…">`);
    }
    return value;
}
/**
 * The console table: per benchmark, a line with name, samples, iterations and estimated time,
 * then a line with mean (and its low/high bounds), then one with the standard deviation.
 */
function parseCatch2Console(source) {
    const lines = source.text.split(/\r?\n/);
    const benchmarks = [];
    for (let index = 0; index < lines.length; index++) {
        const first = CONSOLE_FIRST_LINE.exec(lines[index] ?? '');
        if (!first?.[1] || !first[2] || !first[3])
            continue;
        const line = index + 1;
        const name = first[1].trim();
        const meanLine = durations(lines[index + 1] ?? '');
        const deviationLine = durations(lines[index + 2] ?? '');
        const mean = meanLine[0];
        const deviation = deviationLine[0];
        if (mean === undefined || deviation === undefined) {
            throw new shared_errors/* ConfigurationError */.j(`${source.path}:${line}: benchmark "${name}" is not followed by its mean and standard deviation lines`);
        }
        benchmarks.push(checkedSeries({
            name,
            unit: 'ns',
            direction: 'smaller-is-better',
            samples: [mean],
            kind: 'summary',
            source: { file: source.path, line },
            ...(mean > 0 ? { reportedRelativeSpread: deviation / mean } : {}),
            extra: { samples: Number(first[2]), iterations: Number(first[3]) },
        }));
        index += 2;
    }
    return parsedFile(source.path, 'catch2', benchmarks, []);
}
/** The `value unit` pairs of a console line, in ns. */
function durations(text) {
    return [...text.matchAll(DURATION)].map((match) => Number(match[1]) * (0,parse_units/* convertUnit */.oU)(match[2] ?? 'ns').factor);
}

;// CONCATENATED MODULE: ./src/gates/bench/parse/criterion.ts





/** Sub-folders of a criterion benchmark folder that hold a run's files. */
const RUN_FOLDERS = new Set(['new', 'base', 'change']);
/**
 * The estimate line of criterion's console output: `fib/10   time:   [207.16 ns 221.18 ns 238.71 ns]`
 * (lower bound, point estimate, upper bound). A long name stands alone on the line before.
 */
const CONSOLE_TIME_LINE = /^(.*?)\s*time:\s+\[([\d.,]+)\s*(\S+)\s+([\d.,]+)\s*(\S+)\s+([\d.,]+)\s*(\S+)\]/;
/** True when the text is criterion's console output (lines with `time:   [low estimate high]`). */
function isCriterionConsoleText(text) {
    return /^.*time:\s+\[[\d.,]+\s*\S+\s+[\d.,]+\s*\S+\s+[\d.,]+\s*\S+\]/m.test(text);
}
/** True when the JSON value is criterion's `sample.json` (`iters` and `times` arrays). */
function isCriterionSampleJson(value) {
    return (0,is_record/* isRecord */.u)(value) && Array.isArray(value['iters']) && Array.isArray(value['times']);
}
/** True when the JSON value is criterion's `estimates.json` (`mean.point_estimate`). */
function isCriterionEstimatesJson(value) {
    const mean = (0,is_record/* isRecord */.u)(value) ? recordField(value, 'mean') : undefined;
    return mean !== undefined && typeof mean['point_estimate'] === 'number';
}
/** True when the JSON value is criterion's `benchmark.json` (ids only, no measurements). */
function isCriterionBenchmarkJson(value) {
    return (0,is_record/* isRecord */.u)(value) && typeof value['full_id'] === 'string' && 'directory_name' in value;
}
/** True when the path points into a criterion output tree (`…/criterion/…/new/sample.json`). */
function isCriterionPath(path) {
    return /(^|[\\/])criterion[\\/].*[\\/](sample|estimates)\.json$/.test(path);
}
/**
 * Reads one criterion.rs result file from `target/criterion/<group>/<function>/new/`:
 * - `sample.json`: criterion measured `times[i]` ns for `iters[i]` iterations, so each sample is
 *   `times[i] / iters[i]` ns per iteration (the same in linear and flat sampling modes);
 * - `estimates.json`: a one-sample summary of the mean's point estimate, with std_dev / mean as the
 *   spread (for folders where sample.json is missing).
 * The benchmark's name comes from the path: the folders between `criterion/` and `new/` joined with
 * `/` (`fib/20`). Those are criterion's directory names, which equal the benchmark id except that
 * characters unsafe in file names are replaced by `_`; the `full_id` in the neighbouring
 * `benchmark.json` is not read because this parser sees one file only.
 *
 * Criterion's console output is read too: each `time: [low estimate high]` line is a one-sample
 * summary of the point estimate, with half the width of its confidence interval, relative to the
 * estimate, as the reported spread (criterion prints no standard deviation).
 */
function parseCriterion(source) {
    if (!bench_source_looksLikeJson(source.text))
        return parseCriterionConsole(source);
    const value = source.json();
    const name = criterionName(source.path);
    const location = { file: source.path };
    if (isCriterionSampleJson(value) && (0,is_record/* isRecord */.u)(value)) {
        const iters = numberArray(value['iters']);
        const times = numberArray(value['times']);
        if (!iters || !times || iters.length !== times.length) {
            throw new shared_errors/* ConfigurationError */.j(`${source.path}: criterion sample.json needs numeric "iters" and "times" arrays of the same length`);
        }
        const samples = times.map((time, i) => time / (iters[i] ?? Number.NaN));
        const series = {
            name,
            unit: 'ns',
            direction: 'smaller-is-better',
            samples,
            kind: 'repetitions',
            source: location,
        };
        const mode = value['sampling_mode'];
        if (typeof mode === 'string')
            series.extra = { sampling_mode: mode };
        return parsedFile(source.path, 'criterion', [checkedSeries(series)], []);
    }
    if (isCriterionEstimatesJson(value) && (0,is_record/* isRecord */.u)(value)) {
        const mean = numberField(recordField(value, 'mean') ?? {}, 'point_estimate') ?? Number.NaN;
        const deviation = numberField(recordField(value, 'std_dev') ?? {}, 'point_estimate');
        const median = numberField(recordField(value, 'median') ?? {}, 'point_estimate');
        return parsedFile(source.path, 'criterion', [
            checkedSeries({
                name,
                unit: 'ns',
                direction: 'smaller-is-better',
                samples: [mean],
                kind: 'summary',
                source: location,
                ...(deviation !== undefined && mean > 0
                    ? { reportedRelativeSpread: deviation / mean }
                    : {}),
                ...(median === undefined ? {} : { extra: { median_ns: median } }),
            }),
        ], []);
    }
    if (isCriterionBenchmarkJson(value)) {
        throw new shared_errors/* ConfigurationError */.j(`${source.path}: criterion's benchmark.json holds no measurements; pass the sample.json (or estimates.json) of the same folder`);
    }
    throw new shared_errors/* ConfigurationError */.j(`${source.path}: not a criterion sample.json or estimates.json (expected "iters" and "times" arrays, or "mean.point_estimate")`);
}
/** The benchmark name encoded in a criterion output path. */
function criterionName(path) {
    const parts = path.split(/[\\/]/).filter((part) => part !== '' && part !== '.');
    parts.pop(); // the file name
    if (parts.length > 0 && RUN_FOLDERS.has(parts[parts.length - 1] ?? ''))
        parts.pop();
    const root = parts.lastIndexOf('criterion');
    const folders = root >= 0 ? parts.slice(root + 1) : parts.slice(-2);
    return folders.length > 0 ? folders.join('/') : path;
}
/** Criterion's console output: one summary per `time:` line. */
function parseCriterionConsole(source) {
    const lines = source.text.split(/\r?\n/);
    const benchmarks = [];
    lines.forEach((text, index) => {
        const match = CONSOLE_TIME_LINE.exec(text);
        if (!match)
            return;
        let name = (match[1] ?? '').trim();
        let line = index + 1;
        if (name === '') {
            const previous = index - 1;
            name = (lines[previous] ?? '').trim();
            line = previous + 1;
        }
        const [low, estimate, high] = [2, 4, 6].map((group) => {
            const value = parsePrintedNumber(match[group] ?? '');
            const conversion = (0,parse_units/* convertUnit */.oU)(match[group + 1] ?? '');
            if (value === undefined || conversion.kind !== 'time') {
                throw new shared_errors/* ConfigurationError */.j(`${source.path}:${index + 1}: benchmark "${name}" has an unreadable time "${match[group] ?? ''} ${match[group + 1] ?? ''}"`);
            }
            return value * conversion.factor;
        });
        if (low === undefined || estimate === undefined || high === undefined)
            return;
        benchmarks.push(checkedSeries({
            name,
            unit: 'ns',
            direction: 'smaller-is-better',
            samples: [estimate],
            kind: 'summary',
            source: { file: source.path, line },
            ...(estimate > 0 ? { reportedRelativeSpread: (high - low) / 2 / estimate } : {}),
            extra: { 'lower bound (ns)': low, 'upper bound (ns)': high },
        }));
    });
    if (benchmarks.length === 0) {
        throw new shared_errors/* ConfigurationError */.j(`${source.path}: no criterion results found (expected sample.json, estimates.json or console lines "name  time: [low estimate high]")`);
    }
    return parsedFile(source.path, 'criterion', benchmarks, []);
}

;// CONCATENATED MODULE: ./src/gates/bench/parse/custom-json.ts




/** True when the JSON value is an array of `{name, unit, value}` objects. */
function isCustomJson(value) {
    return (Array.isArray(value) &&
        value.length > 0 &&
        value.every((item) => (0,is_record/* isRecord */.u)(item) &&
            typeof item['name'] === 'string' &&
            typeof item['unit'] === 'string' &&
            'value' in item));
}
/**
 * True when every entry's unit is a time: only then may `auto` assume smaller-is-better. For any
 * other unit (`req/s`, `Megabytes`, `Percent`) the direction cannot be known from the file, and the
 * user must choose `custom-smaller-is-better` or `custom-bigger-is-better`.
 */
function isTimeOnlyCustomJson(value) {
    return (isCustomJson(value) &&
        value.every((item) => (0,is_record/* isRecord */.u)(item) && (0,parse_units/* isTimeUnit */.KN)(stringField(item, 'unit') ?? '')));
}
/**
 * Reads github-action-benchmark's custom JSON, `[{name, unit, value, range?, extra?}]`. The
 * direction is the chosen format's, for every entry. Time units become ns and memory units with a
 * standard symbol bytes; other units are kept as written. `range` is the tool's spread: `"5%"` is
 * read as 0.05, a plain number or `"± 3"` as an absolute spread divided by the value. A string
 * `extra` is kept as `extra.info`.
 */
function parseCustomJson(source, format) {
    const root = source.json();
    if (!Array.isArray(root)) {
        throw new shared_errors/* ConfigurationError */.j(`${source.path}: not ${format} JSON (expected an array of {"name", "unit", "value"} objects)`);
    }
    const direction = format === 'custom-bigger-is-better' ? 'bigger-is-better' : 'smaller-is-better';
    const benchmarks = root.map((item, index) => {
        const name = (0,is_record/* isRecord */.u)(item) ? stringField(item, 'name') : undefined;
        const unit = (0,is_record/* isRecord */.u)(item) ? stringField(item, 'unit') : undefined;
        if (!(0,is_record/* isRecord */.u)(item) || name === undefined || unit === undefined) {
            throw new shared_errors/* ConfigurationError */.j(`${source.path}: entry [${index}] needs a string "name" and a string "unit"`);
        }
        const value = numberField(item, 'value') ?? parsePrintedNumber(stringField(item, 'value') ?? '');
        if (value === undefined) {
            throw new shared_errors/* ConfigurationError */.j(`${source.path}: benchmark "${name}" has a "value" that is not a number (${JSON.stringify(item['value'])})`);
        }
        const conversion = (0,parse_units/* convertUnit */.oU)(unit);
        const canonical = conversion.kind === 'time' || conversion.kind === 'memory' ? conversion : { unit, factor: 1 };
        const spread = relativeRange(item['range'], value);
        const info = item['extra'];
        return checkedSeries({
            name,
            unit: canonical.unit,
            direction,
            samples: [value * canonical.factor],
            kind: 'summary',
            source: { file: source.path },
            ...(spread === undefined ? {} : { reportedRelativeSpread: spread }),
            ...(typeof info === 'string' ? { extra: { info } } : {}),
        });
    });
    return parsedFile(source.path, format, benchmarks, []);
}
/** `range` as a fraction of `value`: `"5%"` → 0.05, `"± 3"` or `3` → 3 / value. */
function relativeRange(range, value) {
    if (typeof range === 'number')
        return value > 0 ? Math.abs(range) / value : undefined;
    if (typeof range !== 'string')
        return undefined;
    const match = /^\s*(?:±|\+\/-|\+-)?\s*([\d.,]+)\s*(%?)\s*$/.exec(range);
    const amount = match?.[1] === undefined ? undefined : parsePrintedNumber(match[1]);
    if (amount === undefined)
        return undefined;
    if (match?.[2] === '%')
        return amount / 100;
    return value > 0 ? amount / value : undefined;
}

;// CONCATENATED MODULE: ./src/gates/bench/parse/go-bench.ts




/**
 * A result line of `go test -bench`: name, iteration count, then value/unit pairs
 * (`BenchmarkFib10-8  5000000  325 ns/op  0 B/op  0 allocs/op  12.5 widgets/op`). Go replaces
 * spaces in sub-benchmark names with `_`, so a name never holds whitespace.
 */
const go_bench_RESULT_LINE = /^(Benchmark\S*)\s+(\d+)\s+(.+?)\s*$/;
/** Header lines that describe the machine and package of the lines below them. */
const HEADER_LINE = /^(goos|goarch|pkg|cpu):\s*(.*?)\s*$/;
/** True when the text holds at least one `go test -bench` result line. */
function isGoBenchText(text) {
    return /^Benchmark\S*\s+\d+\s+(?:[-+\d.eE,]+|NaN)\s+\S+/m.test(text);
}
/**
 * Reads the text output of `go test -bench` (also with `-count N`, `-benchmem`, several packages,
 * sub-benchmarks and `b.ReportMetric`). Each line of the same benchmark (same package, same
 * name with its `-GOMAXPROCS` suffix) is one repetition. The primary series is `ns/op` under the
 * benchmark's own name; every other metric is a series named `<name> (<unit as printed>)`: `B/op`
 * in bytes, `MB/s` in B/s (Go's MB is 10^6 bytes), and `allocs/op` and custom units kept as
 * printed, bigger-is-better only when they end in `/s` (benchstat's convention).
 *
 * Names across packages: output of several packages (`go test ./...`) can hold the same benchmark
 * name in two packages. Those names, and only those, are qualified as `<pkg>.<name>`; names that
 * occur in one package stay short, so a single-package file and a multi-package file name the same
 * benchmark the same way. A warning lists every qualified name.
 */
function parseGoBench(source) {
    const warnings = [];
    const headers = {};
    const byKey = new Map();
    const lines = source.text.split(/\r?\n/);
    lines.forEach((text, index) => {
        const lineNumber = index + 1;
        const header = HEADER_LINE.exec(text);
        if (header?.[1] !== undefined && header[2] !== undefined) {
            headers[header[1]] = header[2];
            return;
        }
        const match = go_bench_RESULT_LINE.exec(text);
        if (!match?.[1] || !match[2] || !match[3])
            return;
        const [name, iterationText, rest] = [match[1], match[2], match[3]];
        const fields = rest.split(/\s+/);
        if (fields.length % 2 !== 0) {
            throw new shared_errors/* ConfigurationError */.j(`${source.path}:${lineNumber}: cannot read benchmark line "${text.trim()}": expected value/unit pairs after the iteration count`);
        }
        const pkg = headers['pkg'] ?? '';
        const key = `${pkg}\u0000${name}`;
        const benchmark = byKey.get(key) ?? {
            name,
            pkg,
            line: lineNumber,
            iterations: [],
            metrics: new Map(),
            headers: { ...headers },
        };
        byKey.set(key, benchmark);
        benchmark.iterations.push(Number(iterationText));
        for (let i = 0; i < fields.length; i += 2) {
            const valueText = fields[i] ?? '';
            const unit = fields[i + 1] ?? '';
            const value = parsePrintedNumber(valueText);
            if (value === undefined) {
                throw new shared_errors/* ConfigurationError */.j(`${source.path}:${lineNumber}: benchmark "${name}" has "${valueText}" where a number was expected (before "${unit}")`);
            }
            const metric = benchmark.metrics.get(unit) ?? { samples: [] };
            metric.samples.push(value);
            benchmark.metrics.set(unit, metric);
        }
    });
    const packagesByName = new Map();
    for (const benchmark of byKey.values()) {
        const packages = packagesByName.get(benchmark.name) ?? new Set();
        packages.add(benchmark.pkg);
        packagesByName.set(benchmark.name, packages);
    }
    const qualified = [];
    const benchmarks = [];
    for (const benchmark of byKey.values()) {
        const ambiguous = (packagesByName.get(benchmark.name)?.size ?? 0) > 1;
        const name = ambiguous && benchmark.pkg !== '' ? `${benchmark.pkg}.${benchmark.name}` : benchmark.name;
        if (ambiguous)
            qualified.push(name);
        benchmarks.push(...seriesOf(source.path, name, benchmark));
    }
    if (qualified.length > 0) {
        warnings.push(`benchmark names found in several packages were qualified with their package: ${qualified.join(', ')}`);
    }
    if (benchmarks.length === 0) {
        throw new shared_errors/* ConfigurationError */.j(`${source.path}: no go benchmark lines found (expected lines like "BenchmarkName-8  1000  123 ns/op" from go test -bench)`);
    }
    return parsedFile(source.path, 'go', benchmarks, warnings);
}
/** One series per metric of a benchmark; `ns/op` first, under the bare name. */
function seriesOf(path, name, benchmark) {
    const extra = { ...benchmark.headers };
    const firstIterations = benchmark.iterations[0];
    if (firstIterations !== undefined)
        extra['iterations'] = firstIterations;
    const series = [];
    const units = [...benchmark.metrics.keys()].sort((a, b) => Number(b === 'ns/op') - Number(a === 'ns/op'));
    for (const unit of units) {
        const metric = benchmark.metrics.get(unit);
        if (!metric)
            continue;
        const conversion = (0,parse_units/* convertUnit */.oU)(unit);
        const primary = unit === 'ns/op';
        series.push(checkedSeries({
            name: primary ? name : `${name} (${unit})`,
            unit: conversion.unit,
            direction: conversion.direction ?? (0,parse_units/* directionOfOtherUnit */.pW)(conversion.unit),
            samples: metric.samples.map((value) => value * conversion.factor),
            kind: 'repetitions',
            source: { file: path, line: benchmark.line },
            ...(primary ? { extra } : {}),
        }));
    }
    return series;
}

// EXTERNAL MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(15521);
;// CONCATENATED MODULE: ./src/gates/bench/parse/google-benchmark.ts





/** Row fields of Google Benchmark's JSON reporter that are not user counters. */
const RESERVED_FIELDS = new Set([
    'name',
    'run_name',
    'run_type',
    'repetitions',
    'repetition_index',
    'threads',
    'iterations',
    'real_time',
    'cpu_time',
    'time_unit',
    'family_index',
    'per_family_instance_index',
    'aggregate_name',
    'aggregate_unit',
    'error_occurred',
    'error_message',
    'skipped',
    'skip_message',
    'label',
    'big_o',
    'rms',
    'complexity_n',
]);
/** User counters that Google Benchmark itself sets as rates (SetBytesProcessed, SetItemsProcessed). */
const RATE_COUNTERS = {
    bytes_per_second: 'B/s',
    items_per_second: 'items/s',
};
/** True when the JSON value has the shape of Google Benchmark's `--benchmark_format=json` output. */
function isGoogleBenchmarkJson(value) {
    if (!(0,is_record/* isRecord */.u)(value))
        return false;
    const rows = arrayField(value, 'benchmarks');
    const first = rows?.[0];
    return ((0,is_record/* isRecord */.u)(value['context']) &&
        (0,is_record/* isRecord */.u)(first) &&
        ('real_time' in first || 'run_type' in first || 'error_occurred' in first));
}
/**
 * Reads Google Benchmark JSON. Rows are grouped by `run_name`; `iteration` rows are the samples
 * (one per repetition), and `aggregate` rows (`_mean`, `_median`, `_stddev`, `_cv`, custom ones,
 * BigO/RMS) are never benchmarks of their own. When a benchmark has only aggregates
 * (`--benchmark_report_aggregates_only`), its `mean` (else `median`) becomes a one-sample summary,
 * with the `cv` aggregate (else stddev/mean) as the reported spread. `real_time` is the primary
 * metric (the wall clock, what users feel); `cpu_time`, iterations, threads and plain user counters
 * go to `extra` as means over the repetitions; `bytes_per_second` and `items_per_second` become
 * their own bigger-is-better series named `<name> (bytes_per_second)`. Rows with `error_occurred`
 * (SkipWithError) are left out with a warning.
 */
function parseGoogleBenchmark(source) {
    const root = source.json();
    const rows = (0,is_record/* isRecord */.u)(root) ? arrayField(root, 'benchmarks') : undefined;
    if (!rows || !(0,is_record/* isRecord */.u)(root) || !(0,is_record/* isRecord */.u)(root['context'])) {
        throw new shared_errors/* ConfigurationError */.j(`${source.path}: not Google Benchmark JSON (expected an object with "context" and a "benchmarks" array, as written by --benchmark_format=json)`);
    }
    const warnings = [];
    const iterations = new Map();
    const aggregates = new Map();
    const errors = new Map();
    rows.forEach((record, index) => {
        if (!(0,is_record/* isRecord */.u)(record)) {
            throw new shared_errors/* ConfigurationError */.j(`${source.path}: benchmarks[${index}] is not an object`);
        }
        const name = stringField(record, 'run_name') ?? stringField(record, 'name');
        if (name === undefined) {
            throw new shared_errors/* ConfigurationError */.j(`${source.path}: benchmarks[${index}] has no "name"`);
        }
        if (record['error_occurred'] === true) {
            errors.set(name, stringField(record, 'error_message') ?? 'no message');
            return;
        }
        const target = stringField(record, 'run_type') === 'aggregate' ? aggregates : iterations;
        const group = target.get(name) ?? [];
        group.push({ record, index });
        target.set(name, group);
    });
    for (const [name, message] of errors) {
        warnings.push(`${name}: the benchmark reported an error ("${message}"); its error rows were left out`);
    }
    const names = [...new Set([...iterations.keys(), ...aggregates.keys()])];
    const benchmarks = [];
    for (const name of names) {
        const iterationRows = iterations.get(name);
        if (iterationRows) {
            // Aggregate rows (mean, median, stddev, cv) summarise these repetitions: not benchmarks.
            benchmarks.push(...seriesFromRows(source.path, name, iterationRows, 'repetitions', undefined));
            continue;
        }
        const aggregateRows = aggregates.get(name) ?? [];
        const byAggregate = (aggregate) => aggregateRows.find((row) => stringField(row.record, 'aggregate_name') === aggregate);
        const central = byAggregate('mean') ?? byAggregate('median');
        if (!central) {
            warnings.push(`${name}: only aggregates other than mean and median were found; skipped`);
            continue;
        }
        const spread = relativeSpread(central, byAggregate('cv'), byAggregate('stddev'));
        warnings.push(`${name}: only aggregate rows were found (--benchmark_report_aggregates_only?); its ${stringField(central.record, 'aggregate_name')} is used as a summary`);
        benchmarks.push(...seriesFromRows(source.path, name, [central], 'summary', spread));
    }
    return parsedFile(source.path, 'google-benchmark', benchmarks, warnings);
}
/** The primary series (real time) and one series per rate counter, from the rows of one benchmark. */
function seriesFromRows(path, name, rows, kind, spread) {
    const realTimes = [];
    const cpuTimes = [];
    const counters = new Map();
    for (const { record, index } of rows) {
        const timeUnit = stringField(record, 'time_unit') ?? 'ns';
        const conversion = (0,parse_units/* convertUnit */.oU)(timeUnit);
        if (conversion.kind !== 'time') {
            throw new shared_errors/* ConfigurationError */.j(`${path}: benchmark "${name}" (benchmarks[${index}]) has an unknown time_unit "${timeUnit}"`);
        }
        const realTime = numberField(record, 'real_time');
        if (realTime === undefined) {
            throw new shared_errors/* ConfigurationError */.j(`${path}: benchmark "${name}" (benchmarks[${index}]) has no numeric "real_time"`);
        }
        realTimes.push(realTime * conversion.factor);
        const cpuTime = numberField(record, 'cpu_time');
        if (cpuTime !== undefined)
            cpuTimes.push(cpuTime * conversion.factor);
        for (const [key, value] of Object.entries(record)) {
            if (RESERVED_FIELDS.has(key) || typeof value !== 'number')
                continue;
            const values = counters.get(key) ?? [];
            values.push(value);
            counters.set(key, values);
        }
    }
    const first = rows[0]?.record ?? {};
    const extra = {};
    if (cpuTimes.length > 0)
        extra['cpu_time_ns'] = (0,simple_statistics/* mean */.RE)(cpuTimes);
    const iterationCount = numberField(first, 'iterations');
    if (iterationCount !== undefined && kind === 'repetitions')
        extra['iterations'] = iterationCount;
    const threads = numberField(first, 'threads');
    if (threads !== undefined)
        extra['threads'] = threads;
    const label = stringField(first, 'label');
    if (label !== undefined)
        extra['label'] = label;
    const rateSeries = [];
    for (const [counter, values] of counters) {
        const rateUnit = RATE_COUNTERS[counter];
        if (rateUnit === undefined) {
            extra[counter] = (0,simple_statistics/* mean */.RE)(values);
            continue;
        }
        rateSeries.push(checkedSeries({
            name: `${name} (${counter})`,
            unit: rateUnit,
            direction: 'bigger-is-better',
            samples: values,
            kind,
            source: { file: path },
            ...(spread === undefined ? {} : { reportedRelativeSpread: spread }),
        }));
    }
    const primary = checkedSeries({
        name,
        unit: 'ns',
        direction: 'smaller-is-better',
        samples: realTimes,
        kind,
        source: { file: path },
        ...(spread === undefined ? {} : { reportedRelativeSpread: spread }),
        extra,
    });
    return [primary, ...rateSeries];
}
/** Relative spread of a summary: the `cv` aggregate when present, else stddev / central value. */
function relativeSpread(central, cv, stddev) {
    const cvValue = cv ? numberField(cv.record, 'real_time') : undefined;
    if (cvValue !== undefined && Number.isFinite(cvValue))
        return cvValue;
    const deviation = stddev ? numberField(stddev.record, 'real_time') : undefined;
    const centre = numberField(central.record, 'real_time');
    if (deviation === undefined || centre === undefined || centre <= 0)
        return undefined;
    return deviation / centre;
}

;// CONCATENATED MODULE: ./src/gates/bench/parse/hyperfine.ts



/** True when the JSON value has the shape of hyperfine's `--export-json` output. */
function isHyperfineJson(value) {
    if (!(0,is_record/* isRecord */.u)(value))
        return false;
    const first = arrayField(value, 'results')?.[0];
    return ((0,is_record/* isRecord */.u)(first) && typeof first['command'] === 'string' && ('times' in first || 'mean' in first));
}
/**
 * Reads hyperfine's `--export-json` output. Each result is one benchmark named by its `command`
 * (which holds the `--command-name` when one was given); every run in `times` (seconds) is a sample
 * in ns. Without `times` (hyperfine before 1.2) the `mean` is a summary with stddev/mean as its
 * spread. Non-zero `exit_codes` (runs kept with `--ignore-failure`) are reported as warnings, since
 * a failing command's time says little about the work it was meant to do. Parameters of
 * `--parameter-scan`/`--parameter-list` go to `extra`.
 */
function parseHyperfine(source) {
    const root = source.json();
    const results = (0,is_record/* isRecord */.u)(root) ? arrayField(root, 'results') : undefined;
    if (!results) {
        throw new shared_errors/* ConfigurationError */.j(`${source.path}: not hyperfine JSON (expected an object with a "results" array, as written by --export-json)`);
    }
    const warnings = [];
    const benchmarks = results.map((result, index) => {
        if (!(0,is_record/* isRecord */.u)(result))
            throw new shared_errors/* ConfigurationError */.j(`${source.path}: results[${index}] is not an object`);
        const name = stringField(result, 'command');
        if (name === undefined)
            throw new shared_errors/* ConfigurationError */.j(`${source.path}: results[${index}] has no "command"`);
        const extra = {};
        for (const key of ['user', 'system']) {
            const seconds = numberField(result, key);
            if (seconds !== undefined)
                extra[`${key}_ns`] = seconds * NS_PER_SECOND;
        }
        for (const [parameter, value] of Object.entries(recordField(result, 'parameters') ?? {})) {
            if (typeof value === 'string' || typeof value === 'number')
                extra[`parameter ${parameter}`] = value;
        }
        const exitCodes = numberArray(result['exit_codes']) ?? [];
        const failures = exitCodes.filter((code) => code !== 0).length;
        if (failures > 0) {
            warnings.push(`${name}: ${failures} of ${exitCodes.length} runs exited with a non-zero code (${[...new Set(exitCodes.filter((c) => c !== 0))].join(', ')})`);
        }
        const times = numberArray(result['times']);
        if (times) {
            return secondsRepetitions(source.path, name, times, extra);
        }
        const meanSeconds = numberField(result, 'mean');
        if (meanSeconds === undefined) {
            throw new shared_errors/* ConfigurationError */.j(`${source.path}: result "${name}" has neither a "times" array nor a numeric "mean"`);
        }
        return secondsSummary(source.path, name, meanSeconds, numberField(result, 'stddev'), extra);
    });
    return parsedFile(source.path, 'hyperfine', benchmarks, warnings);
}

;// CONCATENATED MODULE: ./src/gates/bench/parse/jmh.ts




/** The secondary metric that becomes a series of its own: bytes allocated per operation. */
const ALLOCATION_PER_OPERATION = /gc\.alloc\.rate\.norm$/;
/** True when the JSON value has the shape of JMH's `-rf json` output. */
function isJmhJson(value) {
    const first = Array.isArray(value) ? value[0] : undefined;
    return ((0,is_record/* isRecord */.u)(first) && typeof first['benchmark'] === 'string' && (0,is_record/* isRecord */.u)(first['primaryMetric']));
}
/**
 * Reads JMH JSON (`-rf json`). The name is the benchmark's method path, followed by its `@Param`
 * values as `[a=1, b=2]`, and by `:<mode>` when the file holds the same benchmark in several modes.
 * Samples are `primaryMetric.rawData` (every iteration of every fork); in `sample` mode, where JMH
 * writes histograms instead, each iteration's histogram mean is one sample. The unit decides the
 * direction: `ops/s`, `ops/ms` (throughput, `thrpt`) are bigger-is-better and become `ops/s`;
 * `ns/op`, `us/op`, `ms/op`, `s/op` (`avgt`, `sample`, `ss`) are smaller-is-better and become `ns`.
 * Secondary metrics: `gc.alloc.rate.norm` (bytes per operation, the allocation figure that does
 * not depend on speed) becomes a smaller-is-better `<name> (gc.alloc.rate.norm)` series in bytes;
 * the others (`gc.alloc.rate`, `gc.count`, `gc.time`, profiler output) have no single sensible
 * direction and go to `extra` as score and unit.
 */
function parseJmh(source) {
    const root = source.json();
    if (!Array.isArray(root)) {
        throw new shared_errors/* ConfigurationError */.j(`${source.path}: not JMH JSON (expected an array of results, as written by -rf json)`);
    }
    const entries = root.map((entry, index) => {
        if (!(0,is_record/* isRecord */.u)(entry))
            throw new shared_errors/* ConfigurationError */.j(`${source.path}: result [${index}] is not an object`);
        const benchmark = stringField(entry, 'benchmark');
        const primary = recordField(entry, 'primaryMetric');
        if (benchmark === undefined || primary === undefined) {
            throw new shared_errors/* ConfigurationError */.j(`${source.path}: result [${index}] needs "benchmark" and "primaryMetric"`);
        }
        const params = Object.entries(recordField(entry, 'params') ?? {})
            .map(([key, value]) => `${key}=${String(value)}`)
            .join(', ');
        const base = params === '' ? benchmark : `${benchmark}[${params}]`;
        return { entry, base, mode: stringField(entry, 'mode') ?? 'unknown', primary };
    });
    const modesByBase = new Map();
    for (const { base, mode } of entries)
        modesByBase.set(base, (modesByBase.get(base) ?? new Set()).add(mode));
    const benchmarks = [];
    for (const { entry, base, mode, primary } of entries) {
        const name = (modesByBase.get(base)?.size ?? 0) > 1 ? `${base}:${mode}` : base;
        const extra = { mode };
        for (const key of ['threads', 'forks', 'measurementIterations']) {
            const value = numberField(entry, key);
            if (value !== undefined)
                extra[key] = value;
        }
        const secondaries = recordField(entry, 'secondaryMetrics') ?? {};
        const separate = [];
        for (const [metricName, metric] of Object.entries(secondaries)) {
            if (!(0,is_record/* isRecord */.u)(metric))
                continue;
            if (ALLOCATION_PER_OPERATION.test(metricName)) {
                separate.push(metricSeries(source.path, `${name} (${metricName.replace(/^\W+/, '')})`, metric));
                continue;
            }
            const score = numberField(metric, 'score');
            if (score !== undefined)
                extra[metricName] = `${score} ${stringField(metric, 'scoreUnit') ?? ''}`.trim();
        }
        benchmarks.push(metricSeries(source.path, name, primary, extra), ...separate);
    }
    return parsedFile(source.path, 'jmh', benchmarks, []);
}
/** A series from one JMH metric object (`score`, `scoreError`, `scoreUnit`, `rawData` or `rawDataHistogram`). */
function metricSeries(path, name, metric, extra) {
    const toolUnit = stringField(metric, 'scoreUnit');
    if (toolUnit === undefined)
        throw new shared_errors/* ConfigurationError */.j(`${path}: benchmark "${name}" has no "scoreUnit"`);
    const conversion = (0,parse_units/* convertUnit */.oU)(toolUnit);
    const raw = rawSamples(path, name, metric);
    const score = numberField(metric, 'score');
    const scoreError = numberField(metric, 'scoreError');
    const samples = raw ?? (score === undefined ? [] : [score]);
    return checkedSeries({
        name,
        unit: conversion.unit,
        direction: conversion.direction ?? (0,parse_units/* directionOfOtherUnit */.pW)(conversion.unit),
        samples: samples.map((value) => value * conversion.factor),
        kind: raw ? 'repetitions' : 'summary',
        source: { file: path },
        ...(!raw &&
            score !== undefined &&
            scoreError !== undefined &&
            Number.isFinite(scoreError) &&
            score > 0
            ? { reportedRelativeSpread: scoreError / score }
            : {}),
        ...(extra ? { extra } : {}),
    });
}
/**
 * Every iteration's value: `rawData` is forks × iterations of numbers; `rawDataHistogram` is forks ×
 * iterations × [value, count] pairs, reduced to the count-weighted mean of each iteration.
 */
function rawSamples(path, name, metric) {
    const samples = [];
    const rawData = metric['rawData'];
    if (Array.isArray(rawData)) {
        for (const fork of rawData) {
            if (!Array.isArray(fork))
                throw new shared_errors/* ConfigurationError */.j(`${path}: benchmark "${name}" has a rawData entry that is not an array`);
            for (const value of fork) {
                // JMH writes "NaN" as a string when an iteration produced no result.
                const number = typeof value === 'string' ? Number(value) : value;
                if (typeof number !== 'number')
                    throw new shared_errors/* ConfigurationError */.j(`${path}: benchmark "${name}" has a rawData value that is not a number (${JSON.stringify(value)})`);
                samples.push(number);
            }
        }
        return samples.length > 0 ? samples : undefined;
    }
    const histogram = metric['rawDataHistogram'];
    if (!Array.isArray(histogram))
        return undefined;
    for (const fork of histogram) {
        if (!Array.isArray(fork))
            continue;
        for (const iteration of fork) {
            if (!Array.isArray(iteration))
                continue;
            let weighted = 0;
            let count = 0;
            for (const bucket of iteration) {
                if (!Array.isArray(bucket) ||
                    typeof bucket[0] !== 'number' ||
                    typeof bucket[1] !== 'number') {
                    throw new shared_errors/* ConfigurationError */.j(`${path}: benchmark "${name}" has a rawDataHistogram bucket that is not [value, count]`);
                }
                weighted += bucket[0] * bucket[1];
                count += bucket[1];
            }
            if (count > 0)
                samples.push(weighted / count);
        }
    }
    return samples.length > 0 ? samples : undefined;
}

;// CONCATENATED MODULE: ./src/gates/bench/parse/julia.ts



/** True when the JSON value has the shape of BenchmarkTools.save output: `[{Julia, BenchmarkTools}, [...]]`. */
function isJuliaJson(value) {
    return (Array.isArray(value) &&
        (0,is_record/* isRecord */.u)(value[0]) &&
        'BenchmarkTools' in value[0] &&
        Array.isArray(value[1]));
}
/**
 * Reads Julia BenchmarkTools JSON (`BenchmarkTools.save`). Groups nest as
 * `["BenchmarkGroup", {data: {key: child}}]`; a benchmark's name is its keys joined with `/`
 * (`fib/20`). A `Trial` leaf has every sample in `times` (ns) and becomes repetitions; a
 * `TrialEstimate` leaf (a saved `median(trial)` or `minimum(trial)`) is a one-sample summary.
 * `memory` (bytes) and `allocs` are per-evaluation constants and become summaries
 * `<name> (memory)` in B and `<name> (allocs)`.
 */
function parseJulia(source) {
    const root = source.json();
    if (!isJuliaJson(root) || !Array.isArray(root)) {
        throw new shared_errors/* ConfigurationError */.j(`${source.path}: not Julia BenchmarkTools JSON (expected [{"Julia", "BenchmarkTools"}, [...]] as written by BenchmarkTools.save)`);
    }
    const benchmarks = [];
    const contents = root[1];
    if (Array.isArray(contents)) {
        for (const item of contents)
            walk(source.path, item, [], benchmarks);
    }
    return parsedFile(source.path, 'julia', benchmarks, []);
}
function walk(path, node, keys, into) {
    if (!Array.isArray(node) || typeof node[0] !== 'string' || !(0,is_record/* isRecord */.u)(node[1])) {
        throw new shared_errors/* ConfigurationError */.j(`${path}: "${keys.join('/') || '(root)'}" is not a [type, value] pair of BenchmarkTools JSON`);
    }
    const [type, value] = [node[0], node[1]];
    if (type === 'BenchmarkGroup') {
        for (const [key, child] of Object.entries(recordField(value, 'data') ?? {}))
            walk(path, child, [...keys, key], into);
        return;
    }
    if (type !== 'Trial' && type !== 'TrialEstimate')
        return;
    const name = keys.join('/');
    const source = { file: path };
    const times = type === 'Trial' ? numberArray(value['times']) : undefined;
    const time = numberField(value, 'time');
    const samples = times ?? (time === undefined ? undefined : [time]);
    if (samples === undefined)
        throw new shared_errors/* ConfigurationError */.j(`${path}: benchmark "${name}" (${type}) has no numeric "times"/"time"`);
    const extra = { type };
    const params = value['params'];
    const evals = Array.isArray(params) && (0,is_record/* isRecord */.u)(params[1]) ? numberField(params[1], 'evals') : undefined;
    if (evals !== undefined)
        extra['evals'] = evals;
    into.push(checkedSeries({
        name,
        unit: 'ns',
        direction: 'smaller-is-better',
        samples,
        kind: times ? 'repetitions' : 'summary',
        source,
        extra,
    }));
    const memory = numberField(value, 'memory');
    if (memory !== undefined) {
        into.push(checkedSeries({
            name: `${name} (memory)`,
            unit: 'B',
            direction: 'smaller-is-better',
            samples: [memory],
            kind: 'summary',
            source,
        }));
    }
    const allocs = numberField(value, 'allocs');
    if (allocs !== undefined) {
        into.push(checkedSeries({
            name: `${name} (allocs)`,
            unit: 'allocs',
            direction: 'smaller-is-better',
            samples: [allocs],
            kind: 'summary',
            source,
        }));
    }
}

;// CONCATENATED MODULE: ./src/gates/bench/parse/pytest-benchmark.ts



/** True when the JSON value has the shape of pytest-benchmark's `--benchmark-json` output. */
function isPytestBenchmarkJson(value) {
    if (!(0,is_record/* isRecord */.u)(value))
        return false;
    const first = arrayField(value, 'benchmarks')?.[0];
    return (0,is_record/* isRecord */.u)(first) && (0,is_record/* isRecord */.u)(first['stats']);
}
/**
 * Reads pytest-benchmark JSON (`--benchmark-json`, or a `--benchmark-save` file). The name is the
 * `fullname` (`module.py::test[param]`), unique across modules where the short `name` is not.
 * `stats.data` (present with `--benchmark-json` and with `--benchmark-save-data`) holds the time of
 * every round already divided by the iterations per round: those are the samples, in ns. Without
 * usable data the `mean` is a one-sample summary with stddev/mean as the spread.
 */
function parsePytestBenchmark(source) {
    const root = source.json();
    const entries = (0,is_record/* isRecord */.u)(root) ? arrayField(root, 'benchmarks') : undefined;
    if (!entries) {
        throw new shared_errors/* ConfigurationError */.j(`${source.path}: not pytest-benchmark JSON (expected an object with a "benchmarks" array, as written by --benchmark-json)`);
    }
    const warnings = [];
    const benchmarks = entries.map((entry, index) => {
        if (!(0,is_record/* isRecord */.u)(entry))
            throw new shared_errors/* ConfigurationError */.j(`${source.path}: benchmarks[${index}] is not an object`);
        const name = stringField(entry, 'fullname') ?? stringField(entry, 'name');
        const stats = recordField(entry, 'stats');
        if (name === undefined || stats === undefined) {
            throw new shared_errors/* ConfigurationError */.j(`${source.path}: benchmarks[${index}] needs a "fullname" (or "name") and a "stats" object`);
        }
        const extra = {};
        for (const key of ['rounds', 'iterations', 'ops']) {
            const value = numberField(stats, key);
            if (value !== undefined)
                extra[key] = value;
        }
        const median = numberField(stats, 'median');
        if (median !== undefined)
            extra['median_ns'] = median * NS_PER_SECOND;
        const group = stringField(entry, 'group');
        if (group !== undefined)
            extra['group'] = group;
        const rawData = arrayField(stats, 'data');
        const data = numberArray(rawData);
        if (data && data.length > 0) {
            return secondsRepetitions(source.path, name, data, extra);
        }
        if (rawData && rawData.length > 0) {
            warnings.push(`${name}: stats.data holds entries that are not numbers; its mean is used as a summary`);
        }
        const meanSeconds = numberField(stats, 'mean');
        if (meanSeconds === undefined) {
            throw new shared_errors/* ConfigurationError */.j(`${source.path}: benchmark "${name}" has neither a "stats.data" array nor a numeric "stats.mean"`);
        }
        return secondsSummary(source.path, name, meanSeconds, numberField(stats, 'stddev'), extra);
    });
    return parsedFile(source.path, 'pytest-benchmark', benchmarks, warnings);
}

;// CONCATENATED MODULE: ./src/gates/bench/parse/detect-bench-format.ts













/**
 * Detects the format of a result file from its content (and, for criterion, its path), or returns
 * `undefined` when it matches none, when it is JSON that does not parse, or when it is custom JSON
 * whose units do not tell the direction (see {@link detectFromJson}). Detection never throws, so a
 * caller can ask before deciding how to report a problem.
 */
function detectBenchFormat(input) {
    if (looksLikeJson(input.text)) {
        let value;
        try {
            value = JSON.parse(input.text.replace(/^\uFEFF/, ''));
        }
        catch {
            return undefined;
        }
        return detectFromJson(value, input.path);
    }
    return detectFromText(input.text);
}
/**
 * The format of a parsed JSON value. Shapes are tested from the most to the least specific.
 * Custom JSON (`[{name, unit, value}]`) is recognised as `custom-smaller-is-better` only when
 * every unit is a time, because for times smaller is always better; for any other unit (`req/s`,
 * `Megabytes`) guessing would silently invert a verdict half of the time, so detection returns
 * `undefined` and the user must name `custom-smaller-is-better` or `custom-bigger-is-better`.
 */
function detectFromJson(value, path) {
    if (isGoogleBenchmarkJson(value))
        return 'google-benchmark';
    if (isHyperfineJson(value))
        return 'hyperfine';
    if (isPytestBenchmarkJson(value))
        return 'pytest-benchmark';
    if (isBenchmarkDotNetJson(value))
        return 'benchmarkdotnet';
    if (isJmhJson(value))
        return 'jmh';
    if (isJuliaJson(value))
        return 'julia';
    if (isCriterionSampleJson(value) ||
        isCriterionEstimatesJson(value) ||
        isCriterionBenchmarkJson(value))
        return 'criterion';
    if (isCriterionPath(path))
        return 'criterion';
    if (isTimeOnlyCustomJson(value))
        return 'custom-smaller-is-better';
    return undefined;
}
/** The format of a text (non-JSON) result file. */
function detectFromText(text) {
    if (looksLikeXml(text))
        return isCatch2Output(text) ? 'catch2' : undefined;
    if (isGoBenchText(text))
        return 'go';
    if (isCargoBenchText(text))
        return 'cargo';
    if (isBenchmarkJsText(text))
        return 'benchmarkjs';
    if (isCatch2Output(text))
        return 'catch2';
    if (isCriterionConsoleText(text))
        return 'criterion';
    return undefined;
}
/** True when the value is custom JSON whose direction detection refuses to guess. */
function isAmbiguousCustomJson(value) {
    return isCustomJson(value) && !isTimeOnlyCustomJson(value);
}

;// CONCATENATED MODULE: ./src/gates/bench/parse/parse-bench-file.ts















/**
 * Largest result file read: 200 MB. Bigger files are almost always a mistake (a log, a binary, a
 * profile) and would hold the whole text and its parse in memory at once; callers that can `stat`
 * the file should check this before reading it.
 */
const MAX_BENCH_FILE_BYTES = 200 * 1024 * 1024;
/** Formats whose files are JSON; the others are text (catch2 reads XML or console text). */
const JSON_FORMATS = new Set([
    'google-benchmark',
    'hyperfine',
    'pytest-benchmark',
    'jmh',
    'benchmarkdotnet',
    'julia',
    'custom-smaller-is-better',
    'custom-bigger-is-better',
]);
/** Formats whose files are text output (criterion reads both its JSON files and its console text). */
const TEXT_FORMATS = new Set(['go', 'cargo', 'benchmarkjs', 'catch2']);
/** Every format this module reads. */
const PARSERS = {
    'google-benchmark': parseGoogleBenchmark,
    hyperfine: parseHyperfine,
    'pytest-benchmark': parsePytestBenchmark,
    go: parseGoBench,
    cargo: parseCargoBench,
    criterion: parseCriterion,
    benchmarkjs: parseBenchmarkJs,
    jmh: parseJmh,
    benchmarkdotnet: parseBenchmarkDotNet,
    catch2: parseCatch2,
    julia: parseJulia,
    'custom-smaller-is-better': (source) => parseCustomJson(source, 'custom-smaller-is-better'),
    'custom-bigger-is-better': (source) => parseCustomJson(source, 'custom-bigger-is-better'),
};
/**
 * Turns one benchmark result file into series with canonical units and directions. Pure: the
 * caller reads the file. With `auto` (the default) the format is detected from the content (and
 * the path, for criterion's `sample.json`); a given format is checked against the content, so
 * `--format go` on a JSON file fails with a message naming what the file looks like.
 *
 * @throws ConfigurationError naming the file (and the line or benchmark where known) when the file
 * is over {@link MAX_BENCH_FILE_BYTES}, is invalid JSON (with line and column), matches no format
 * or not the one given, holds no benchmark, or holds a zero, negative or non-finite time.
 */
function parseBenchFile(input, format = 'auto') {
    const bytes = Buffer.byteLength(input.text, 'utf8');
    if (bytes > MAX_BENCH_FILE_BYTES) {
        throw new shared_errors/* ConfigurationError */.j(`${input.path}: the file is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the 200 MB limit for a benchmark result file`);
    }
    if (input.text.trim() === '') {
        throw new shared_errors/* ConfigurationError */.j(`${input.path}: the file is empty; no benchmarks found`);
    }
    const source = benchSource(input);
    const isJson = bench_source_looksLikeJson(input.text);
    const detected = isJson ? detectFromJson(source.json(), input.path) : detectFromText(input.text);
    const chosen = format === 'auto' ? detected : format;
    if (chosen === undefined) {
        throw new shared_errors/* ConfigurationError */.j(undetectableMessage(source, isJson));
    }
    if (isJson && TEXT_FORMATS.has(chosen)) {
        throw new shared_errors/* ConfigurationError */.j(`${input.path}: format "${chosen}" expects the tool's text output, but the file is JSON${detected ? ` that looks like "${detected}"` : ''}`);
    }
    if (!isJson && JSON_FORMATS.has(chosen)) {
        throw new shared_errors/* ConfigurationError */.j(`${input.path}: format "${chosen}" expects JSON, but the file is not JSON${detected ? ` and looks like "${detected}"` : ''}`);
    }
    try {
        return PARSERS[chosen](source);
    }
    catch (error) {
        if (format !== 'auto' &&
            detected !== undefined &&
            detected !== chosen &&
            error instanceof shared_errors/* ConfigurationError */.j) {
            throw new shared_errors/* ConfigurationError */.j(`${error.message}; the file looks like "${detected}" output`);
        }
        throw error;
    }
}
/** Why `auto` found no format, with the way out. */
function undetectableMessage(source, isJson) {
    if (isJson && isAmbiguousCustomJson(source.json())) {
        return `${source.path}: custom JSON with units other than times (e.g. req/s, MB) does not say whether smaller or bigger is better; set the format to "custom-smaller-is-better" or "custom-bigger-is-better"`;
    }
    return `${source.path}: cannot detect the benchmark format from the content; set the format explicitly (google-benchmark, hyperfine, pytest-benchmark, go, cargo, criterion, benchmarkjs, jmh, benchmarkdotnet, catch2, julia, custom-smaller-is-better, custom-bigger-is-better)`;
}

;// CONCATENATED MODULE: ./src/gates/bench/parse/merge-bench-files.ts


/**
 * Combines several parsed result files (matrix shards, or several runs of one tool) into one suite,
 * in file order. The rule for a name that appears in more than one file:
 * - both series are `repetitions` with the same unit and direction, from different files: they are
 *   more repetitions of the same benchmark (`go test -count` or hyperfine run again and appended),
 *   so their samples are concatenated into the first one (its source and extra are kept);
 * - otherwise (a summary on either side, another unit or direction): it is an error, because two
 *   different measurements under one name would be compared as one. The message names both files.
 * The same file given twice would double its samples, so equal `source.file` is an error too.
 * Inputs are not modified.
 *
 * @throws ConfigurationError naming the benchmark and both files.
 */
function mergeBenchFiles(files) {
    const merged = new Map();
    for (const file of files) {
        for (const series of file.benchmarks) {
            const earlier = merged.get(series.name);
            if (!earlier) {
                merged.set(series.name, { ...series, samples: [...series.samples] });
                continue;
            }
            const conflict = mergeConflict(earlier, series);
            if (conflict !== undefined) {
                throw new shared_errors/* ConfigurationError */.j(`benchmark "${series.name}" appears in both ${where(earlier.source)} and ${where(series.source)}, ${conflict}; rename one or pass only one of the files`);
            }
            for (const sample of series.samples)
                earlier.samples.push(sample);
        }
    }
    return [...merged.values()];
}
/** Why two series of the same name cannot be merged, or `undefined` when they can. */
function mergeConflict(earlier, later) {
    if (earlier.source.file === later.source.file)
        return 'and the same file was given twice';
    if (earlier.kind !== 'repetitions' || later.kind !== 'repetitions') {
        return 'and only repetitions (not summaries) of one benchmark can be combined across files';
    }
    if (earlier.unit !== later.unit)
        return `with different units (${earlier.unit} and ${later.unit})`;
    if (earlier.direction !== later.direction)
        return `with different directions (${earlier.direction} and ${later.direction})`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/gates/bench/parse/index.ts
/** Public API of the bench gate's result-file parsers. */




// EXTERNAL MODULE: ./src/gates/bench/verdict.ts + 1 modules
var bench_verdict = __webpack_require__(66242);
// EXTERNAL MODULE: ./src/report/labels.ts
var labels = __webpack_require__(47923);
// EXTERNAL MODULE: ./src/stats/index.ts + 40 modules
var stats = __webpack_require__(13329);
;// CONCATENATED MODULE: ./src/gates/bench/run.ts
/**
 * The bench gate's one code path, shared by the action and the CLI: read the result files,
 * find the baseline, compare, and return the verdict. All I/O comes in through `BenchIo`.
 */









async function readFiles(patterns, inputName, inputs, io) {
    const paths = await io.resolveFiles(patterns, inputName);
    const files = [];
    for (const path of paths) {
        const parsed = parseBenchFile({ path, text: await io.readFile(path) }, inputs.format);
        for (const warning of parsed.warnings)
            io.logger.warning(`${path}: ${warning}`);
        io.logger.info(`${path}: ${(0,labels/* countOf */.pq)(parsed.benchmarks.length, 'benchmark')} (${parsed.format})`);
        files.push(parsed);
    }
    return files;
}
async function readSuite(patterns, inputName, inputs, io) {
    return mergeBenchFiles(await readFiles(patterns, inputName, inputs, io));
}
/**
 * Baseline files as a suite, and as stored runs when they are several runs of single values: a
 * benchmark that is a summary in two or more files has one value per file (one run each), and
 * those values are the baseline distribution its head value is judged against. Its baseline
 * series is then one summary, the median of the runs. Everything else merges as usual
 * (repetitions from several files are more repetitions).
 */
function baselineRuns(files) {
    const summaryFiles = new Map();
    for (const file of files) {
        for (const series of file.benchmarks) {
            if (series.kind === 'summary') {
                summaryFiles.set(series.name, (summaryFiles.get(series.name) ?? 0) + 1);
            }
        }
    }
    const asRuns = new Set([...summaryFiles].filter(([, count]) => count >= 2).map(([name]) => name));
    if (asRuns.size === 0)
        return { base: mergeBenchFiles(files) };
    const runs = new Map();
    const first = new Map();
    files.forEach((file, j) => {
        for (const series of file.benchmarks) {
            if (!asRuns.has(series.name))
                continue;
            const earlier = first.get(series.name);
            if (!earlier)
                first.set(series.name, series);
            else if (earlier.unit !== series.unit || earlier.direction !== series.direction) {
                throw new shared_errors/* ConfigurationError */.j(`benchmark "${series.name}" has ${earlier.unit} (${earlier.direction}) in ${earlier.source.file} but ${series.unit} (${series.direction}) in ${series.source.file}; baseline runs of one benchmark must agree`);
            }
            const values = runs.get(series.name) ?? Array.from({ length: files.length }, () => undefined);
            values[j] = series.samples[0];
            runs.set(series.name, values);
        }
    });
    const rest = mergeBenchFiles(files.map((file) => ({
        ...file,
        benchmarks: file.benchmarks.filter((series) => !asRuns.has(series.name)),
    })));
    const summaries = [...first.values()].map((series) => {
        const values = (runs.get(series.name) ?? []).filter((v) => v !== undefined);
        return {
            ...series,
            samples: [(0,stats/* median */.JZ)(values)],
            kind: 'summary',
            source: { file: `${values.length} baseline runs` },
        };
    });
    return { base: [...summaries, ...rest], runs };
}
/**
 * The stored runs of the history as a baseline suite: per head benchmark with stored values,
 * one summary, the median of its stored values in the window.
 */
function baselineFromRuns(head, runs, label) {
    return head.flatMap((series) => {
        const values = (runs.get(series.name) ?? []).filter((v) => v !== undefined);
        if (values.length === 0)
            return [];
        return [
            {
                name: series.name,
                unit: series.unit,
                direction: series.direction,
                samples: [(0,stats/* median */.JZ)(values)],
                kind: 'summary',
                source: { file: label },
            },
        ];
    });
}
function originFor(inputs, kind) {
    if (inputs.baselineFrom !== 'auto')
        return inputs.baselineFrom;
    // Baseline files are the recommended same-job A/B (in a workflow, or both sides run on one
    // laptop), the same in the action and the CLI; a stored baseline was measured on another
    // runner, whose speed is corrected as a suite-wide offset.
    return kind === 'files' ? 'same-job' : 'other-runner';
}
/** Runs the bench gate. Throws ConfigurationError on unusable input. */
async function runBench(inputs, io) {
    const head = await readSuite(inputs.current, 'current', inputs, io);
    // The ancestry is asked once: the stored baseline and the history both follow it.
    let ancestry;
    const ancestors = io.ancestors
        ? () => (ancestry ??= io.ancestors())
        : undefined;
    const history = io.history ? await readHistory(io.history, io) : [];
    const past = history.length > 0
        ? await pastRunsOf(history, inputs, io, ancestors)
        : { runs: [], ofAncestry: '', notes: [] };
    const pastRuns = past.runs;
    const historyValues = (0,bench_history.storedRunValues)(pastRuns, head, inputs.historyWindow);
    const windowRuns = Math.min(pastRuns.length, inputs.historyWindow);
    let base = [];
    let baseline;
    let storedRuns;
    if (inputs.baseline.length > 0) {
        const files = await readFiles(inputs.baseline, 'baseline', inputs, io);
        const split = baselineRuns(files);
        base = split.base;
        baseline = { kind: 'files', label: `result files (${inputs.baseline.join(', ')})` };
        if (split.runs) {
            storedRuns = { values: split.runs, source: `${files.length} baseline files, one run each` };
        }
    }
    else if (io.store && ancestors) {
        const found = await loadStoredBaseline(inputs, io, io.store, ancestors);
        if (found) {
            base = found.benchmarks;
            baseline = { kind: 'stored', label: found.label };
        }
        else {
            baseline = {
                kind: 'none',
                label: `No stored baseline was found for suite '${inputs.suite}' on the merge base or its ${inputs.baselineSearchDepth} nearest ancestors.`,
            };
        }
    }
    else {
        baseline = {
            kind: 'none',
            label: 'No baseline was given (`baseline` files) and no baseline store is available here.',
        };
    }
    const historySource = `the last ${windowRuns} runs stored in the history${past.ofAncestry}`;
    if (!storedRuns && windowRuns > 0) {
        storedRuns = { values: historyValues, source: historySource };
    }
    // History as the baseline itself: without baseline files or a stored baseline, the stored
    // runs are the baseline distribution.
    if (baseline.kind === 'none' && windowRuns > 0) {
        base = baselineFromRuns(head, historyValues, 'history');
        if (base.length > 0) {
            baseline = {
                kind: 'stored',
                label: `${historySource} (${io.history?.label ?? 'history'}), from other runners`,
            };
        }
    }
    const names = head.map((series) => series.name);
    const trends = new Map();
    for (const name of history.length > 0 ? names : []) {
        const trend = (0,bench_history.trendFor)(history, name);
        if (trend.values.length > 0)
            trends.set(name, trend);
    }
    const analysis = (0,analyze/* analyzeBench */.H)(base, head, { ...inputs.analysis, baselineFrom: originFor(inputs, baseline.kind) }, storedRuns ? { storedRuns } : {});
    const verdict = (0,bench_verdict/* buildBenchVerdict */.sv)(analysis, {
        key: inputs.common.key,
        baseline,
        ...(trends.size > 0 ? { history: trends } : {}),
    });
    verdict.notes.push(...past.notes);
    if (io.saveAs && io.store)
        await saveBaseline(inputs, io, io.store, io.saveAs, head, verdict);
    if (io.saveAs && io.history)
        await appendHistory(inputs, io, io.history, io.saveAs, head, verdict);
    return verdict;
}
/**
 * The stored runs of the merge base's ancestry: with an ancestry check (pull requests in the
 * action and the CLI), exactly the runs of the merge base and its ancestors, newest first until
 * the window is full. When the check cannot tell, the gate still decides, on the runs the stored
 * order suggests ({@link historyOfAncestry}), and says so: the history is a side record, and an
 * API outage must not fail a pull request. Without a check (pushes), that order alone.
 */
async function pastRunsOf(history, inputs, io, ancestors) {
    const byOrder = async () => (0,bench_history.historyOfAncestry)(history, ancestors ? await ancestors() : undefined, io.saveAs);
    if (!io.ancestry) {
        const known = ancestors ? await ancestors() : [];
        return {
            runs: await byOrder(),
            ofAncestry: known.length > 0 ? " of the merge base's ancestry" : '',
            notes: [],
        };
    }
    try {
        const check = await io.ancestry();
        const candidates = history.filter((entry) => entry.sha !== io.saveAs);
        const found = await (0,ancestry.entriesOfAncestry)(candidates, check, inputs.historyWindow);
        const mergeBase = check.mergeBase.slice(0, 7);
        io.logger.info(`${(0,labels/* countOf */.pq)(found.entries.length, 'stored run')} of the history belong to the ancestry of the merge base ${mergeBase} (told by ${check.source}).`);
        const notes = [];
        if (found.exhausted) {
            notes.push({
                level: 'info',
                text: `Only the newest ${(0,labels/* countOf */.pq)(inputs.historyWindow + ancestry.MAX_EXTRA_ANCESTRY_LOOKUPS, 'stored commit')} were checked against the ancestry of the merge base ${mergeBase}; ${(0,labels/* countOf */.pq)(found.entries.length, 'run')} of its ancestry were among them.`,
            });
        }
        else if (found.entries.length < Math.min(inputs.historyWindow, candidates.length)) {
            // Every stored run was checked and the window is not full: say why runs are missing.
            const leftOut = candidates.length - found.entries.length;
            notes.push({
                level: 'info',
                text: `${(0,labels/* countOf */.pq)(leftOut, 'stored run')} of the history ${leftOut === 1 ? 'is' : 'are'} not of the merge base's ancestry (${mergeBase}): runs of other branches, stored after the merge base, or of commits this checkout does not have; ${leftOut === 1 ? 'it was' : 'they were'} left out.`,
            });
        }
        return {
            runs: found.entries,
            ofAncestry: ` of the merge base's ancestry (${mergeBase})`,
            notes,
        };
    }
    catch (error) {
        if (!(error instanceof ancestry.AncestryUnavailableError))
            throw error;
        // The note below says it wherever the verdict goes (console, comment, summary).
        return {
            runs: await byOrder(),
            ofAncestry: '',
            notes: [
                {
                    level: 'warning',
                    text: `The history window could not be cut to the merge base's ancestry (${error.message}); it holds the last stored runs, which may include runs stored after the merge base or on other branches.`,
                },
            ],
        };
    }
}
/** Reads the history; an unreadable history is a warning, never a failed gate. */
async function readHistory(history, io) {
    try {
        const entries = await history.read();
        io.logger.info(`${history.label}: ${entries.length} stored runs`);
        return entries;
    }
    catch (error) {
        io.logger.warning(`Could not read the history (${history.label}): ${error.message}`);
        return [];
    }
}
async function appendHistory(inputs, io, history, sha, head, verdict) {
    const entry = (0,bench_history.historyEntry)(inputs.suite, sha, io.now().toISOString(), head, {
        ...(io.runId === undefined ? {} : { runId: io.runId }),
    });
    try {
        await history.append(entry);
        verdict.notes.push({
            level: 'info',
            text: `Appended this run to the history (${history.label}).`,
        });
    }
    catch (error) {
        // The history is a side record: a conflict storm or a missing permission must not fail the run.
        io.logger.warning(`Could not append to the history (${history.label}): ${error.message}`);
    }
}
async function loadStoredBaseline(inputs, io, store, ancestors) {
    const shas = (await ancestors()).slice(0, inputs.baselineSearchDepth);
    let found;
    try {
        found = await findBaseline(store, inputs.suite, shas);
    }
    catch (error) {
        if (error instanceof shared_errors/* ConfigurationError */.j) {
            // A damaged stored baseline is the store's problem, not the pull request's: say so, and
            // carry on as if there were none rather than failing every pull request.
            io.logger.warning(`${error.message} It is ignored; the next push to the default branch replaces it.`);
            return undefined;
        }
        throw error;
    }
    if (!found)
        return undefined;
    const short = found.baseline.sha.slice(0, 7);
    const where = found.distance === 0
        ? `the merge base ${short}`
        : `${short}, ${found.distance} commit${found.distance === 1 ? '' : 's'} before the merge base (the nearest ancestor with a stored baseline)`;
    return {
        benchmarks: found.baseline.benchmarks,
        label: `stored results of ${where}, from another runner (${found.baseline.createdAt})`,
    };
}
async function saveBaseline(inputs, io, store, sha, head, verdict) {
    const text = serializeBaseline({
        schema: BASELINE_SCHEMA,
        suite: inputs.suite,
        sha,
        createdAt: io.now().toISOString(),
        benchmarks: head,
    });
    try {
        await store.write(inputs.suite, sha, text);
        verdict.notes.push({
            level: 'info',
            text: `Stored these results as the baseline of ${sha.slice(0, 7)} (suite '${inputs.suite}').`,
        });
    }
    catch (error) {
        // Saving is a side effect of a passing run: a full cache or an API outage must not fail it.
        io.logger.warning(`Could not store the baseline: ${error.message}`);
    }
}


/***/ }),

/***/ 89666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AncestryUnavailableError: () => (/* binding */ AncestryUnavailableError),
  MAX_EXTRA_ANCESTRY_LOOKUPS: () => (/* binding */ MAX_EXTRA_ANCESTRY_LOOKUPS),
  apiAncestryCheck: () => (/* binding */ apiAncestryCheck),
  entriesOfAncestry: () => (/* binding */ entriesOfAncestry),
  firstAvailableAncestry: () => (/* binding */ firstAvailableAncestry),
  firstParentChain: () => (/* binding */ firstParentChain),
  gitAncestryCheck: () => (/* binding */ gitAncestryCheck),
  localAncestry: () => (/* binding */ localAncestry),
  pullRequestAncestors: () => (/* binding */ pullRequestAncestors),
  pullRequestAncestry: () => (/* binding */ pullRequestAncestry),
  pullRequestMergeBase: () => (/* binding */ pullRequestMergeBase)
});

;// CONCATENATED MODULE: ./src/github/request-failure.ts
/**
 * What an Octokit request failure tells us, read without importing `@octokit/request-error`
 * (a transitive package we do not pin): the HTTP status and GitHub's message. The request
 * object on the error carries the `authorization` header, so nothing here ever reads or prints
 * it; callers log only {@link describeRequestFailure}.
 */
/** Reads status and message from anything a request may throw. */
function readRequestFailure(error) {
    if (typeof error !== 'object' || error === null)
        return { status: 0, message: String(error) };
    const status = 'status' in error && typeof error.status === 'number' ? error.status : 0;
    const message = 'message' in error && typeof error.message === 'string' ? error.message : String(error);
    // RequestError messages end with " - https://docs.github.com/..." and may be multi-line;
    // the first line is what a reader needs.
    return {
        status,
        message: (message.split('\n')[0] ?? '').replace(/ - https:\/\/docs\.github\.com\S*$/, ''),
    };
}
/** One line for a log: `HTTP 403: Resource not accessible by integration`. */
function describeRequestFailure(failure) {
    return failure.status === 0
        ? `no HTTP answer: ${failure.message}`
        : `HTTP ${failure.status}: ${failure.message}`;
}
/**
 * True when the token lacks a permission rather than something being broken: GitHub answers 403
 * "Resource not accessible by integration" (a `GITHUB_TOKEN` without the scope, e.g. the
 * read-only token of a fork PR), "... by personal access token", and 404 on a private
 * repository the token cannot see. Rate limits are also 403 but are not permission problems.
 */
function isPermissionFailure(failure) {
    if (failure.status === 404)
        return true;
    if (failure.status !== 403)
        return false;
    return !/rate limit/i.test(failure.message);
}

// EXTERNAL MODULE: ./src/io/git.ts
var git = __webpack_require__(47500);
;// CONCATENATED MODULE: ./src/history/ancestry.ts


/**
 * Follows first parents through a page of commits (the list endpoint returns every reachable
 * commit in date order, merged branches included; only the first-parent chain had runs stored).
 */
function firstParentChain(start, commits, depth) {
    const firstParent = new Map(commits.map((c) => [c.sha, c.parents[0]?.sha]));
    const chain = [];
    let current = start;
    while (current !== undefined && chain.length < depth) {
        chain.push(current);
        current = firstParent.get(current);
    }
    return chain;
}
/**
 * Asks the API (works with shallow checkouts), then local git, and at worst returns the base
 * commit the event named: a PR's `base.sha` is the base branch head when the event fired, which
 * is the merge base only when the branch is up to date.
 */
async function pullRequestAncestors(client, query, logger) {
    if (client) {
        try {
            const compare = await client.rest.repos.compareCommitsWithBasehead({
                owner: query.owner,
                repo: query.repo,
                basehead: `${query.baseSha}...${query.headSha}`,
                per_page: 1,
            });
            const mergeBase = compare.data.merge_base_commit.sha;
            const commits = await client.rest.repos.listCommits({
                owner: query.owner,
                repo: query.repo,
                sha: mergeBase,
                per_page: Math.min(100, Math.max(query.depth * 2, 10)),
            });
            return firstParentChain(mergeBase, commits.data, query.depth);
        }
        catch (error) {
            logger.warning(`Could not ask GitHub for the merge base (${error.message}); trying local git.`);
        }
    }
    const local = await (0,git.mergeBaseAncestors)(query.baseSha, query.headSha, query.depth);
    if (local.length > 0)
        return local;
    logger.info('Local git could not tell the merge base (a shallow clone?); using the base commit of the event.');
    return [query.baseSha];
}
/** Commits per page of a compare answer (GitHub's maximum). */
const PAGE_SIZE = 100;
/** Thrown when neither the API nor local git can tell whether a commit is in the ancestry. */
class AncestryUnavailableError extends Error {
    name = 'AncestryUnavailableError';
}
/**
 * Answers through the compare API, one request per commit not known yet: `{sha}...{mergeBase}`
 * is `ahead` (the merge base descends from it) or `identical` exactly when it is in the
 * ancestry. A 404 is an answer (a commit GitHub does not know, or one with no common history, is
 * not an ancestor); every other failure throws. Answers are cached per commit for the run.
 */
function apiAncestryCheck(client, where, mergeBase, known = {}) {
    return cachedCheck(mergeBase, 'the GitHub API', known, (sha) => compareWithMergeBase(client, where, sha, mergeBase));
}
async function compareWithMergeBase(client, where, sha, mergeBase) {
    try {
        const compare = await client.rest.repos.compareCommitsWithBasehead({
            owner: where.owner,
            repo: where.repo,
            basehead: `${sha}...${mergeBase}`,
            per_page: 1,
        });
        return compare.data.status === 'ahead' || compare.data.status === 'identical';
    }
    catch (error) {
        const failure = readRequestFailure(error);
        if (failure.status === 404)
            return false;
        throw new AncestryUnavailableError(`GitHub could not compare ${sha.slice(0, 7)} with the merge base (${describeRequestFailure(failure)})`);
    }
}
/**
 * Answers through `git merge-base --is-ancestor` in a local checkout. A commit that a full clone
 * holding the merge base does not have is not an ancestor (it would have come with the merge
 * base); in a shallow clone, or a checkout without the merge base (another repository, none at
 * all), that cannot be told, and the check throws.
 */
function gitAncestryCheck(mergeBase, cwd = process.cwd(), known = {}) {
    let complete;
    const holdsTheAncestry = () => (complete ??= (async () => {
        const shallow = await (0,git.runGit)(['rev-parse', '--is-shallow-repository'], cwd);
        if (!shallow.ok || shallow.stdout.trim() !== 'false')
            return false;
        return (await (0,git.runGit)(['cat-file', '-e', `${mergeBase}^{commit}`], cwd)).ok;
    })());
    const ask = async (sha) => {
        const run = await (0,git.runGit)(['merge-base', '--is-ancestor', sha, mergeBase], cwd);
        if (run.ok)
            return true;
        // Exit 1 without a message is git's "no"; anything else is a failure with its reason.
        if (run.stderr === '')
            return false;
        if (/not a valid (commit|object) name|bad object/i.test(run.stderr) &&
            (await holdsTheAncestry())) {
            return false;
        }
        throw new AncestryUnavailableError(`local git could not tell whether ${sha.slice(0, 7)} is an ancestor of the merge base (${run.stderr.split('\n')[0] ?? ''})`);
    };
    return cachedCheck(mergeBase, 'local git', known, ask);
}
/**
 * The first check that can answer: each question goes to the first check not yet failed, and a
 * check that failed once is not asked again (an API that refused once will refuse the next 30
 * questions too, after its retries). When none is left, throws every failure's reason, in order.
 */
function firstAvailableAncestry(checks) {
    const [first] = checks;
    if (first === undefined)
        throw new Error('firstAvailableAncestry: no check given');
    let remaining = [...checks];
    const failures = [];
    return {
        mergeBase: first.mergeBase,
        get source() {
            return (remaining[0] ?? first).source;
        },
        async includes(sha) {
            while (remaining.length > 0) {
                const check = remaining[0];
                try {
                    return await check.includes(sha);
                }
                catch (error) {
                    if (!(error instanceof AncestryUnavailableError))
                        throw error;
                    failures.push(error.message);
                    remaining = remaining.slice(1);
                }
            }
            throw new AncestryUnavailableError(failures.join('; '));
        },
    };
}
/**
 * The merge base of a pull request, and the base branch's commits after it, through the compare
 * API: `{head}...{base}` names the merge base and lists the commits of the base branch the pull
 * request does not have, which are exactly the runs stored after it on the default branch (the
 * oldest 100 and the newest page; any between are asked about one by one). Then local git. Undefined when neither
 * can tell: the event's base commit is the base branch's head, not the merge base, so it is no
 * stand-in for a question about the ancestry.
 */
async function pullRequestMergeBase(client, query, logger) {
    if (client) {
        try {
            const compare = await client.rest.repos.compareCommitsWithBasehead({
                owner: query.owner,
                repo: query.repo,
                basehead: `${query.headSha}...${query.baseSha}`,
                per_page: PAGE_SIZE,
            });
            const after = compare.data.commits.map((commit) => commit.sha);
            const total = compare.data.total_commits;
            if (total > after.length) {
                // Commits come oldest first, 100 a page; the newest stored runs are of the newest
                // commits, on the last page, so that page is worth one more request.
                const last = await client.rest.repos.compareCommitsWithBasehead({
                    owner: query.owner,
                    repo: query.repo,
                    basehead: `${query.headSha}...${query.baseSha}`,
                    per_page: PAGE_SIZE,
                    page: Math.ceil(total / PAGE_SIZE),
                });
                after.push(...last.data.commits.map((commit) => commit.sha));
            }
            return { sha: compare.data.merge_base_commit.sha, after };
        }
        catch (error) {
            logger.warning(`Could not ask GitHub for the merge base (${describeRequestFailure(readRequestFailure(error))}); trying local git.`);
        }
    }
    const local = await (0,git.runGit)(['merge-base', query.baseSha, query.headSha], process.cwd());
    const sha = local.stdout.trim();
    return local.ok && /^[0-9a-f]{40}$/.test(sha) ? { sha, after: [] } : undefined;
}
/**
 * The ancestry check of a pull request in the action: the merge base from the API (or local
 * git), then each stored run's commit through the API, then local git when the API fails.
 *
 * @throws {AncestryUnavailableError} when the merge base cannot be found.
 */
async function pullRequestAncestry(client, query, knownAncestors, logger) {
    const found = await pullRequestMergeBase(client, query, logger);
    if (!found) {
        throw new AncestryUnavailableError('neither the GitHub API nor local git could tell the merge base');
    }
    // The prepare phase's chain starts at the merge base it found; any other chain is not this one's.
    const known = {
        ancestors: knownAncestors[0] === found.sha ? knownAncestors : [],
        others: found.after,
    };
    const git = gitAncestryCheck(found.sha, process.cwd(), known);
    return client
        ? firstAvailableAncestry([apiAncestryCheck(client, query, found.sha, known), git])
        : git;
}
/**
 * The ancestry check of the CLI: the merge base of `head` and `baseRef` in the local checkout.
 *
 * @throws {AncestryUnavailableError} when git cannot tell it (not a repository, a shallow clone).
 */
async function localAncestry(baseRef, head = 'HEAD', cwd = process.cwd()) {
    const run = await (0,git.runGit)(['merge-base', baseRef, head], cwd);
    const sha = run.stdout.trim();
    if (!run.ok || !/^[0-9a-f]{40}$/.test(sha)) {
        throw new AncestryUnavailableError(`local git could not tell the merge base of ${head} and ${baseRef}${run.stderr ? ` (${run.stderr.split('\n')[0] ?? ''})` : ''}`);
    }
    return gitAncestryCheck(sha, cwd);
}
/** Most commits a run asks about beyond the window itself (runs after the merge base, other branches). */
const MAX_EXTRA_ANCESTRY_LOOKUPS = 100;
/**
 * The newest `limit` entries whose commit is the merge base or one of its ancestors, oldest
 * first, as stored. Entries are asked about newest first, one commit once; after `limit` +
 * {@link MAX_EXTRA_ANCESTRY_LOOKUPS} distinct commits the walk stops (`exhausted`), so a pull
 * request far behind its base branch costs a bounded number of requests.
 *
 * @throws {AncestryUnavailableError} from the check.
 * @example await entriesOfAncestry(entries, check, 30) // { entries: [...], exhausted: false }
 */
async function entriesOfAncestry(entries, check, limit) {
    if (!Number.isInteger(limit) || limit < 1) {
        throw new Error(`entriesOfAncestry: limit must be a positive integer, got ${limit}`);
    }
    const kept = [];
    const asked = new Set();
    for (let i = entries.length - 1; i >= 0 && kept.length < limit; i--) {
        const entry = entries[i];
        if (!asked.has(entry.sha)) {
            if (asked.size >= limit + MAX_EXTRA_ANCESTRY_LOOKUPS) {
                return { entries: kept.reverse(), exhausted: true };
            }
            asked.add(entry.sha);
        }
        if (await check.includes(entry.sha))
            kept.push(entry);
    }
    return { entries: kept.reverse(), exhausted: false };
}
/** A check that asks `ask` once per commit, the merge base and `known` commits never. */
function cachedCheck(mergeBase, source, known, ask) {
    const answers = new Map();
    for (const sha of known.others ?? [])
        answers.set(sha, Promise.resolve(false));
    for (const sha of [mergeBase, ...(known.ancestors ?? [])])
        answers.set(sha, Promise.resolve(true));
    return {
        mergeBase,
        source,
        includes(sha) {
            let answer = answers.get(sha);
            if (answer === undefined) {
                answer = ask(sha);
                answers.set(sha, answer);
            }
            return answer;
        },
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

/***/ 40886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ serializeSnapshot),
/* harmony export */   e2: () => (/* binding */ findNearestSnapshot)
/* harmony export */ });
/* unused harmony export parseSnapshot */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _shared_is_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60791);
/**
 * Snapshots: one record per suite and commit (a default-branch commit's full results, say), kept
 * so that a later pull request can compare against its merge base. The store is an interface so
 * the action (GitHub's cache) and the CLI (a directory) share the lookup logic: walk the merge
 * base's ancestors, nearest first. Pure apart from the store it is handed.
 */


/** Serialises a snapshot: one line of JSON in the object's own key order. */
function serializeSnapshot(snapshot) {
    return `${JSON.stringify(snapshot)}\n`;
}
/**
 * Finds the nearest stored snapshot among `ancestors` (the merge base first, then its
 * first-parent ancestors). The newest run of the branch is deliberately not used: it may
 * contain commits the pull request does not, which shows up as spurious changes.
 *
 * @throws {ConfigurationError} when the nearest stored snapshot is damaged (see parseSnapshot).
 */
async function findNearestSnapshot(kind, store, suite, ancestors) {
    if (ancestors.length === 0)
        return undefined;
    let hit;
    if (store.readFirst) {
        hit = await store.readFirst(suite, ancestors);
    }
    else {
        for (const sha of ancestors) {
            const text = await store.read(suite, sha);
            if (text !== undefined) {
                hit = { sha, text };
                break;
            }
        }
    }
    if (!hit)
        return undefined;
    return {
        snapshot: parseSnapshot(kind, hit.text, `stored ${kind.noun} of ${hit.sha}`),
        distance: ancestors.indexOf(hit.sha),
    };
}
/**
 * Validates a snapshot read back from storage.
 *
 * @param what - names it in messages, e.g. `stored baseline of 1a2b…`.
 * @throws {ConfigurationError} when it is not JSON, not of `kind`, or damaged.
 */
function parseSnapshot(kind, text, what) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`The ${what} is not valid JSON (${error.message}).`);
    }
    if (!(0,_shared_is_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(data) || data.schema !== kind.schema) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`The ${what} is not a kaizen-gates ${kind.noun} (schema ${kind.schema}).`);
    }
    const { suite, sha, createdAt } = data;
    const lacks = `The ${what} lacks suite, sha, createdAt or ${kind.fields}.`;
    if (typeof suite !== 'string' || typeof sha !== 'string' || typeof createdAt !== 'string') {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(lacks);
    }
    const record = kind.parseRecord(data, what);
    if (record === undefined)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(lacks);
    return { schema: kind.schema, suite, sha, createdAt, ...record };
}


/***/ }),

/***/ 47500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   headCommit: () => (/* binding */ headCommit),
/* harmony export */   mergeBaseAncestors: () => (/* binding */ mergeBaseAncestors),
/* harmony export */   runGit: () => (/* binding */ runGit)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81260);
/** The few git facts the gates need, from the local checkout. */

/** Runs git with output captured; never throws (git not installed is a failed run). */
async function runGit(args, cwd) {
    try {
        const { exitCode, stdout, stderr } = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)('git', [...args], {
            cwd,
            silent: true,
            ignoreReturnCode: true,
        });
        return { ok: exitCode === 0, stdout, stderr: stderr.trim() };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, stdout: '', stderr: `git could not run: ${message}` };
    }
}
/** git's trimmed output, or undefined when it failed (outside a repository, no git). */
async function git(args, cwd) {
    const run = await runGit(args, cwd);
    return run.ok ? run.stdout.trim() : undefined;
}
/** The commit HEAD points at, or undefined outside a repository. */
function headCommit(cwd = process.cwd()) {
    return git(['rev-parse', 'HEAD'], cwd);
}
/**
 * The merge base of `head` with `baseRef` and its first-parent ancestors, nearest first; only
 * the first-parent chain, because that is the sequence of commits the default branch stored
 * baselines for. Empty when git cannot tell (not a repository, or a shallow clone without them).
 */
async function mergeBaseAncestors(baseRef, head = 'HEAD', depth = 50, cwd = process.cwd()) {
    const mergeBase = await git(['merge-base', baseRef, head], cwd);
    if (!mergeBase)
        return [];
    const list = await git(['rev-list', '--first-parent', `--max-count=${depth}`, mergeBase], cwd);
    return list ? list.split('\n').filter((s) => s !== '') : [mergeBase];
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


/***/ }),

/***/ 65129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ parseJsonText)
/* harmony export */ });
/* unused harmony export lineAndColumn */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);


/**
 * Parses a JSON input file, or throws a `ConfigurationError` that names the file and the line and
 * column of the first syntax error. `JSON.parse` alone reports a character position only for some
 * errors (none for a truncated file), so on failure the text is re-read with jsonc-parser in strict
 * mode, which reports the offset of every error; a truncated file points at its end.
 *
 * @param producer what wrote the file, for the hint on NaN and Infinity ("the benchmark").
 * @throws ConfigurationError when `text` is not valid JSON.
 */
function parseJsonText(text, path, producer = 'the tool') {
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    try {
        return JSON.parse(body);
    }
    catch (error) {
        const errors = [];
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parse)(body, errors, {
            disallowComments: true,
            allowTrailingComma: false,
            allowEmptyContent: false,
        });
        const first = errors[0];
        const offset = first?.offset ?? body.length;
        const { line, column } = lineAndColumn(body, offset);
        const what = first
            ? (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error)
            : error instanceof Error
                ? error.message
                : String(error);
        const token = body.slice(offset, offset + 8);
        const hint = /^-?(NaN|Infinity)/.test(token)
            ? ` (NaN and Infinity are not JSON: ${producer} produced a non-finite number)`
            : offset >= body.trimEnd().length
                ? ' (the file ends early: was it truncated?)'
                : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${path}: invalid JSON at line ${line}, column ${column}: ${what}${hint}`);
    }
}
/** 1-based line and column of a character offset. */
function lineAndColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}


/***/ })

};

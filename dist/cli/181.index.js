export const id = 181;
export const ids = [181];
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

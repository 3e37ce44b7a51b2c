export const id = 51;
export const ids = [51];
export const modules = {

/***/ 4051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SOAK_HISTORY: () => (/* binding */ SOAK_HISTORY),
/* harmony export */   SOAK_HISTORY_SCHEMA: () => (/* binding */ SOAK_HISTORY_SCHEMA),
/* harmony export */   nightRecord: () => (/* binding */ nightRecord),
/* harmony export */   soakNightEntry: () => (/* binding */ soakNightEntry)
/* harmony export */ });
/* harmony import */ var _history_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56494);
/* harmony import */ var _shared_is_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60791);
/**
 * Soak history: one compact JSON line per night of a soak job (slopes, levels, last-window
 * latencies, SLO attainments; no samples), appended to a run log (the data branch in the action,
 * a local file in the CLI) and read back for the night-over-night analysis (nightly.ts). The log
 * itself (JSON Lines, retention, unreadable lines kept, transports) is src/history's.
 */


/** Schema tag of one soak history line; bump the version when the fields change. */
const SOAK_HISTORY_SCHEMA = 'kaizen-gates/soak-night@1';
/** The soak gate's run log, for the shared log and its transports: `soak/<job>.jsonl`. */
const SOAK_HISTORY = {
    gate: 'soak',
    schema: SOAK_HISTORY_SCHEMA,
    noun: 'soak history',
    parseRecord(data) {
        const { passed, spanSeconds, trends, latency, slos } = data;
        if (typeof passed !== 'boolean' || !isFiniteNumber(spanSeconds))
            return undefined;
        const parsedTrends = parseList(trends, parseTrend);
        const parsedLatency = parseList(latency, parseLatency);
        const parsedSlos = parseList(slos, parseSlo);
        if (!parsedTrends || !parsedLatency || !parsedSlos)
            return undefined;
        return {
            passed,
            spanSeconds,
            trends: parsedTrends,
            latency: parsedLatency,
            slos: parsedSlos,
        };
    },
};
/**
 * The history record of a night's analysis: what the night-over-night comparison needs and no
 * more (a line stays well under a kilobyte per series). Non-finite figures, which JSON cannot
 * hold, are left out rather than written as `null`.
 *
 * @example nightRecord(analysis).trends[0] // { series: 'memory_rss', percentPerHour: 3.1, level: 612 }
 */
function nightRecord(analysis) {
    return {
        passed: analysis.failures.length === 0,
        spanSeconds: analysis.end - analysis.start,
        trends: analysis.trends
            .filter((t) => t.classification !== 'too-short')
            .filter((t) => Number.isFinite(t.percentPerHour) && Number.isFinite(t.fit.v1))
            .map((t) => ({
            series: t.series,
            ...(t.unit === undefined ? {} : { unit: t.unit }),
            percentPerHour: t.percentPerHour,
            level: t.fit.v1,
        })),
        latency: analysis.latency
            .filter((l) => Number.isFinite(l.lastWindow))
            .map((l) => ({
            series: l.series,
            ...(l.unit === undefined ? {} : { unit: l.unit }),
            lastWindow: l.lastWindow,
        })),
        slos: analysis.slos
            .filter((s) => Number.isFinite(s.attainment))
            .map((s) => ({ objective: s.objective.text, attainment: s.attainment, passed: s.passed })),
    };
}
/**
 * The history line of a night: the stamp (job, commit, time, workflow run) and its record.
 *
 * @example soakNightEntry('nightly-api', sha, new Date().toISOString(), analysis, { runId: '42' })
 */
function soakNightEntry(job, sha, createdAt, analysis, extra = {}) {
    return (0,_history_log_js__WEBPACK_IMPORTED_MODULE_0__/* .logEntry */ .JN)(SOAK_HISTORY, { suite: job, sha, createdAt }, nightRecord(analysis), extra);
}
function isFiniteNumber(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
function parseList(value, parse) {
    if (!Array.isArray(value))
        return undefined;
    const parsed = [];
    for (const item of value) {
        const one = parse(item);
        if (one === undefined)
            return undefined;
        parsed.push(one);
    }
    return parsed;
}
function optionalUnit(value) {
    if (value.unit === undefined)
        return {};
    return typeof value.unit === 'string' ? { unit: value.unit } : undefined;
}
function parseTrend(value) {
    if (!(0,_shared_is_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(value))
        return undefined;
    const { series, percentPerHour, level } = value;
    const unit = optionalUnit(value);
    if (typeof series !== 'string' || !isFiniteNumber(percentPerHour) || !isFiniteNumber(level))
        return undefined;
    if (unit === undefined)
        return undefined;
    return { series, ...unit, percentPerHour, level };
}
function parseLatency(value) {
    if (!(0,_shared_is_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(value))
        return undefined;
    const { series, lastWindow } = value;
    const unit = optionalUnit(value);
    if (typeof series !== 'string' || !isFiniteNumber(lastWindow) || unit === undefined)
        return undefined;
    return { series, ...unit, lastWindow };
}
function parseSlo(value) {
    if (!(0,_shared_is_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(value))
        return undefined;
    const { objective, attainment, passed } = value;
    if (typeof objective !== 'string' || !isFiniteNumber(attainment) || typeof passed !== 'boolean')
        return undefined;
    return { objective, attainment, passed };
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

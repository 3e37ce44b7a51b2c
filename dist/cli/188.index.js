export const id = 188;
export const ids = [188];
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

/***/ 48188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSoak: () => (/* binding */ runSoak),
  runSoakGate: () => (/* binding */ runSoakGate),
  summaryNotes: () => (/* binding */ summaryNotes)
});

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/gates/soak/analyze/index.ts + 7 modules
var analyze = __webpack_require__(96000);
// EXTERNAL MODULE: ./src/gates/soak/history.ts
var soak_history = __webpack_require__(4051);
// EXTERNAL MODULE: ./src/gates/soak/inputs.ts + 1 modules
var soak_inputs = __webpack_require__(22192);
// EXTERNAL MODULE: ./src/stats/index.ts + 40 modules
var stats = __webpack_require__(13329);
;// CONCATENATED MODULE: ./src/gates/soak/nightly.ts
/**
 * Night over night: each stored night's figures (history.ts) as one series per metric, and
 * E-Divisive over each series to find the night where a metric shifted, with the commits between
 * that night and the one before it: the range to bisect. Pure.
 */

/** A shift this many nights back or fewer is news: it can warn the run. */
const RECENT_NIGHTS = 7;
/**
 * Finds shifts night over night. `nights` are oldest first, tonight last (when it has been
 * analysed). A metric needs at least twice `minNights` nights to be tested.
 *
 * @example analyzeNights([...stored, tonight]).shifts[0] // { metric: { key: 'level:memory_rss' … }, fromSha, toSha, before: 510, after: 580 … }
 */
function analyzeNights(nights, options = {}) {
    const { minNights = 3, significance = 0.01, permutations = 999, window = 60 } = options;
    const recent = nights.slice(-window);
    const metrics = collectMetrics(recent);
    const shifts = [];
    for (const metric of metrics) {
        if (metric.points.length < 2 * minNights)
            continue;
        const values = metric.points.map((p) => p.value);
        const { changePoints } = (0,stats/* eDivisive */.$c)(values, {
            minSize: minNights,
            significance,
            permutations,
        });
        for (const change of changePoints) {
            const after = metric.points[change.index];
            const before = metric.points[change.index - 1];
            if (after === undefined || before === undefined)
                continue;
            const night = recent[after.night];
            const previous = recent[before.night];
            if (night === undefined || previous === undefined)
                continue;
            const rose = change.meanAfter > change.meanBefore;
            shifts.push({
                metric,
                night: after.night,
                fromSha: previous.sha,
                toSha: night.sha,
                createdAt: night.createdAt,
                before: change.meanBefore,
                after: change.meanAfter,
                pValue: change.pValue,
                worse: metric.kind === 'slo' ? !rose : rose,
                recent: after.night >= recent.length - RECENT_NIGHTS,
            });
        }
    }
    shifts.sort((a, b) => b.night - a.night || a.metric.key.localeCompare(b.metric.key));
    return {
        nights: recent.length,
        stamps: recent.map((night) => ({ sha: night.sha, createdAt: night.createdAt })),
        metrics,
        shifts,
    };
}
/** Every metric any night has, in the order they first appear. */
function collectMetrics(nights) {
    const byKey = new Map();
    const add = (kind, subject, unit, night, value) => {
        const key = `${kind}:${subject}`;
        let metric = byKey.get(key);
        if (metric === undefined) {
            metric = { key, kind, subject, ...(unit === undefined ? {} : { unit }), points: [] };
            byKey.set(key, metric);
        }
        metric.points.push({ night, value });
    };
    for (const [index, night] of nights.entries()) {
        for (const trend of night.trends) {
            add('growth', trend.series, '%/h', index, trend.percentPerHour);
            add('level', trend.series, trend.unit, index, trend.level);
        }
        for (const latency of night.latency) {
            add('latency', latency.series, latency.unit, index, latency.lastWindow);
        }
        for (const slo of night.slos)
            add('slo', slo.objective, undefined, index, slo.attainment);
    }
    return [...byKey.values()];
}

// EXTERNAL MODULE: ./src/gates/soak/prometheus/index.ts + 3 modules
var prometheus = __webpack_require__(80799);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/gates/soak/prometheus/query-range-response.ts
var query_range_response = __webpack_require__(11890);
// EXTERNAL MODULE: ./src/shared/is-record.ts
var is_record = __webpack_require__(60791);
// EXTERNAL MODULE: ./src/gates/soak/parse/series-accumulator.ts
var series_accumulator = __webpack_require__(56737);
// EXTERNAL MODULE: ./src/gates/soak/parse/timestamp.ts
var timestamp = __webpack_require__(50311);
;// CONCATENATED MODULE: ./src/gates/soak/parse/k6-ndjson.ts




/** The unit of a metric's values from its `contains`: k6 writes durations in ms, data in bytes. */
function unitOf(contains) {
    return contains === 'time' ? 'ms' : contains === 'data' ? 'bytes' : undefined;
}
/**
 * A push parser of k6's `--out json` output: one JSON object a line, either a metric declaration
 * `{"type":"Metric","metric":name,"data":{"type","contains",…}}` or a sample
 * `{"type":"Point","metric":name,"data":{"time": RFC 3339,"value","tags"}}`. Points become series
 * per metric (split by {@link K6NdjsonOptions.groupByTags}), sorted by time: k6 flushes samples of
 * many VUs in batches, so the file is not in time order and that is not noted. Only the pending
 * partial line is buffered, so a file of any size streams.
 *
 * @param source the file name, for messages.
 */
function createK6NdjsonParser(source, options = {}) {
    const groupByTags = options.groupByTags ?? [];
    const keep = options.metrics === undefined ? undefined : new Set(options.metrics);
    const accumulator = new series_accumulator/* SeriesAccumulator */.O7();
    const units = new Map();
    const notes = [];
    let pending = '';
    let line = 0;
    let skipped = 0;
    let lines = 0;
    const onLine = (text, terminated) => {
        line++;
        const trimmed = text.trim();
        if (trimmed === '')
            return;
        const where = `${source}:${line}`;
        let value;
        try {
            value = JSON.parse(trimmed);
        }
        catch (error) {
            if (!terminated) {
                notes.push(`${where}: cut-off last line dropped`);
                return;
            }
            const reason = error instanceof Error ? error.message : String(error);
            throw new errors/* ConfigurationError */.j(`${where}: not a JSON line of k6 --out json (${reason})`);
        }
        lines++;
        if (!(0,is_record/* isRecord */.u)(value) || typeof value['metric'] !== 'string' || !(0,is_record/* isRecord */.u)(value['data'])) {
            throw new errors/* ConfigurationError */.j(`${where}: not a k6 --out json line: expected {"type":"Metric"|"Point","metric":…,"data":{…}}`);
        }
        const metric = value['metric'];
        const data = value['data'];
        if (value['type'] === 'Metric') {
            const unit = unitOf(data['contains']);
            if (unit !== undefined)
                units.set(metric, unit);
            return;
        }
        if (value['type'] !== 'Point') {
            throw new errors/* ConfigurationError */.j(`${where}: unknown line type ${JSON.stringify(value['type'])} (k6 writes "Metric" and "Point")`);
        }
        if (keep && !keep.has(metric)) {
            skipped++;
            return;
        }
        const time = data['time'];
        const t = typeof time === 'string' ? (0,timestamp/* parseRfc3339 */.T)(time) : undefined;
        if (t === undefined) {
            throw new errors/* ConfigurationError */.j(`${where}: data.time ${JSON.stringify(time)} is not an RFC 3339 time`);
        }
        const sample = data['value'];
        if (typeof sample !== 'number') {
            throw new errors/* ConfigurationError */.j(`${where}: data.value ${JSON.stringify(sample)} is not a number`);
        }
        const tags = (0,is_record/* isRecord */.u)(data['tags']) ? data['tags'] : {};
        const labels = {};
        for (const tag of groupByTags) {
            const tagValue = tags[tag];
            if (typeof tagValue === 'string')
                labels[tag] = tagValue;
        }
        accumulator.add(Object.keys(labels).length > 0 ? { name: metric, labels } : { name: metric }, t, sample, where);
    };
    return {
        write(chunk) {
            pending += chunk;
            // Slicing by index, not shortening `pending` line by line, keeps a big chunk linear.
            let start = 0;
            let newline = pending.indexOf('\n');
            while (newline >= 0) {
                onLine(pending.slice(start, newline), true);
                start = newline + 1;
                newline = pending.indexOf('\n', start);
            }
            pending = pending.slice(start);
        },
        end() {
            if (pending !== '')
                onLine(pending, false);
            pending = '';
            if (lines === 0) {
                throw new errors/* ConfigurationError */.j(`${source}: no k6 --out json lines (the file is empty)`);
            }
            if (skipped > 0)
                notes.push(`${skipped} sample(s) of metrics not asked for skipped`);
            const series = accumulator.finish({ ordered: false }, notes).map((s) => {
                const unit = units.get(s.name);
                return unit === undefined ? s : { ...s, unit };
            });
            return { format: 'k6-ndjson', series, notes };
        },
    };
}
/** Parses a whole k6 `--out json` text; see {@link createK6NdjsonParser}. */
function parseK6Ndjson(text, source, options = {}) {
    const parser = createK6NdjsonParser(source, options);
    parser.write(text);
    return parser.end();
}

// EXTERNAL MODULE: ./src/shared/parse-json-text.ts
var parse_json_text = __webpack_require__(65129);
;// CONCATENATED MODULE: ./src/gates/soak/parse/k6-summary.ts



const metricTypes = ['trend', 'rate', 'counter', 'gauge'];
/**
 * Parses k6's end-of-test summary in either of its two JSON shapes:
 * - `--summary-export`: `metrics[name]` holds the aggregates directly (`avg`, `p(95)`, `count`…)
 *   and `thresholds[expression]` is a boolean that is **true when the threshold failed**
 *   (grafana/k6#1498, kept for compatibility);
 * - the data object `handleSummary(data)` receives (what `JSON.stringify(data)` writes):
 *   `metrics[name]` has `type`, `contains`, `values` and `thresholds[expression].ok`.
 * Both become {@link K6MetricSummary} with `passed` meaning what it says.
 *
 * @throws ConfigurationError when the JSON is invalid or has no `metrics` object, or a metric's
 *   values are not numbers.
 */
function parseK6Summary(text, source) {
    const document = (0,parse_json_text/* parseJsonText */.l)(text, source);
    const metricsObject = (0,is_record/* isRecord */.u)(document) ? document['metrics'] : undefined;
    if (!(0,is_record/* isRecord */.u)(metricsObject)) {
        throw new errors/* ConfigurationError */.j(`${source}: not a k6 summary: no "metrics" object (expected the file of k6 run --summary-export, or JSON.stringify of handleSummary's data)`);
    }
    const metrics = Object.entries(metricsObject).map(([name, metric]) => readMetric(name, metric, source));
    const state = (0,is_record/* isRecord */.u)(document) ? document['state'] : undefined;
    const duration = (0,is_record/* isRecord */.u)(state) ? state['testRunDurationMs'] : undefined;
    return {
        format: 'k6-summary',
        series: [],
        summary: {
            kind: 'k6',
            metrics,
            ...(typeof duration === 'number' ? { testRunDurationMs: duration } : {}),
        },
        notes: [],
    };
}
function readMetric(name, metric, source) {
    const where = `${source}: metric ${JSON.stringify(name)}`;
    if (!(0,is_record/* isRecord */.u)(metric))
        throw new errors/* ConfigurationError */.j(`${where} is not an object`);
    const handleSummaryShape = (0,is_record/* isRecord */.u)(metric['values']);
    const values = {};
    const rawValues = handleSummaryShape ? metric['values'] : metric;
    for (const [key, value] of Object.entries((0,is_record/* isRecord */.u)(rawValues) ? rawValues : {})) {
        if (!handleSummaryShape && key === 'thresholds')
            continue;
        if (typeof value !== 'number') {
            throw new errors/* ConfigurationError */.j(`${where}: value ${key} is ${JSON.stringify(value)}, not a number`);
        }
        values[key] = value;
    }
    const result = {
        name,
        values,
        thresholds: readThresholds(metric['thresholds'], handleSummaryShape, where),
    };
    const type = metric['type'];
    if (type !== undefined) {
        const known = metricTypes.find((t) => t === type);
        if (!known) {
            throw new errors/* ConfigurationError */.j(`${where}: type ${JSON.stringify(type)} is not one of ${metricTypes.join(', ')}`);
        }
        result.type = known;
    }
    if (typeof metric['contains'] === 'string')
        result.contains = metric['contains'];
    return result;
}
function readThresholds(thresholds, handleSummaryShape, where) {
    if (thresholds === undefined)
        return [];
    if (!(0,is_record/* isRecord */.u)(thresholds))
        throw new errors/* ConfigurationError */.j(`${where}: "thresholds" is not an object`);
    return Object.entries(thresholds).map(([expression, outcome]) => {
        if (handleSummaryShape) {
            const ok = (0,is_record/* isRecord */.u)(outcome) ? outcome['ok'] : undefined;
            if (typeof ok !== 'boolean') {
                throw new errors/* ConfigurationError */.j(`${where}: threshold ${JSON.stringify(expression)} has no boolean "ok"`);
            }
            return { expression, passed: ok };
        }
        if (typeof outcome !== 'boolean') {
            throw new errors/* ConfigurationError */.j(`${where}: threshold ${JSON.stringify(expression)} is not a boolean`);
        }
        // --summary-export writes true for a failed threshold.
        return { expression, passed: !outcome };
    });
}

;// CONCATENATED MODULE: ./src/gates/soak/parse/csv-records.ts
/**
 * A streaming CSV reader (RFC 4180 as Python's `csv` module writes it: fields quoted when they
 * hold a comma, a quote or a newline, quotes doubled inside). No CSV library is among the
 * project's dependencies and none may be added this round; the grammar is small enough to state
 * here, and the reader must be push-based (chunks split anywhere) and keep line numbers for error
 * messages, which the common libraries do only partly.
 */
/**
 * Splits text fed in chunks into records, calling `onRecord` for each. Blank lines are skipped
 * (as Python's reader does); a `\r` outside quotes is ignored, so `\r\n` and `\n` both end a
 * record. A quote inside an unquoted field is kept as a character.
 */
class CsvRecordReader {
    onRecord;
    fields = [];
    field = '';
    inQuotes = false;
    /** A quote was seen inside quotes: either the first of an escaped pair or the closing one. */
    quotePending = false;
    fieldStarted = false;
    line = 1;
    recordLine = 1;
    started = false;
    constructor(onRecord) {
        this.onRecord = onRecord;
    }
    /** Feeds the next piece of text. */
    write(chunk) {
        for (const c of chunk) {
            // A byte-order mark (Excel writes one) is not part of the first header cell.
            if (!this.started) {
                this.started = true;
                if (c === '\uFEFF')
                    continue;
            }
            if (this.inQuotes) {
                if (this.quotePending) {
                    this.quotePending = false;
                    if (c === '"') {
                        this.field += '"';
                        continue;
                    }
                    this.inQuotes = false;
                }
                else {
                    if (c === '"')
                        this.quotePending = true;
                    else {
                        this.field += c;
                        if (c === '\n')
                            this.line++;
                    }
                    continue;
                }
            }
            if (c === '"' && !this.fieldStarted) {
                this.inQuotes = true;
                this.fieldStarted = true;
            }
            else if (c === ',') {
                this.fields.push(this.field);
                this.field = '';
                this.fieldStarted = false;
            }
            else if (c === '\n') {
                this.emit(true);
                this.line++;
                this.recordLine = this.line;
            }
            else if (c !== '\r') {
                this.field += c;
                this.fieldStarted = true;
            }
        }
    }
    /** Flushes a last record that has no newline after it. */
    end() {
        const openQuote = this.inQuotes && !this.quotePending;
        this.inQuotes = false;
        this.quotePending = false;
        this.emit(false, openQuote);
    }
    emit(terminated, openQuote = false) {
        const empty = this.fields.length === 0 && !this.fieldStarted;
        if (!empty) {
            this.fields.push(this.field);
            this.onRecord({
                fields: this.fields,
                line: this.recordLine,
                terminated: terminated && !openQuote,
            });
        }
        this.fields = [];
        this.field = '';
        this.fieldStarted = false;
    }
}

// EXTERNAL MODULE: ./src/gates/soak/parse/csv-number.ts
var csv_number = __webpack_require__(11565);
;// CONCATENATED MODULE: ./src/gates/soak/parse/locust-csv.ts




/**
 * Parsers of the files `locust --csv PREFIX` writes (column names as in locust/stats.py,
 * `StatsCSV` and `StatsCSVFileWriter`). Locust's `csv.writer` ends every row with `\r\n`, so a
 * last row without one was cut off when the run was killed: it is dropped with a note. Locust
 * writes `N/A` for percentiles of an entry without requests; such cells are absent values, not
 * errors. The summary row is named `Aggregated` with an empty type.
 */
/** The name Locust gives the row of all requests together. */
const locustAggregatedName = 'Aggregated';
/** Units of the `_stats_history.csv` columns that are not response times in ms. */
const historyUnits = {
    'User Count': 'users',
    'Requests/s': 'requests/s',
    'Failures/s': 'failures/s',
    'Total Request Count': 'requests',
    'Total Failure Count': 'failures',
    'Total Average Content Size': 'bytes',
};
/** Columns of `_stats_history.csv` that identify the row rather than measure something. */
const historyKeyColumns = new Set(['Timestamp', 'Type', 'Name']);
/** Rows of a Locust CSV as header-keyed cells, with the cut-off and N/A bookkeeping. */
function createTableReader(source, required, what, notes, onRow) {
    let header;
    return new CsvRecordReader((record) => {
        const where = `${source}:${record.line}`;
        if (!header) {
            header = record.fields.map((f) => f.trim());
            const missing = required.filter((column) => !header?.includes(column));
            if (missing.length > 0) {
                throw new errors/* ConfigurationError */.j(`${where}: not a Locust ${what}: the header lacks ${missing.map((m) => JSON.stringify(m)).join(', ')}`);
            }
            return;
        }
        if (!record.terminated) {
            notes.push(`${where}: cut-off last line dropped (the run was stopped while writing it)`);
            return;
        }
        if (record.fields.length !== header.length) {
            throw new errors/* ConfigurationError */.j(`${where}: expected ${header.length} cells as in the header, found ${record.fields.length}`);
        }
        const cells = new Map();
        header.forEach((column, i) => cells.set(column, record.fields[i] ?? ''));
        onRow(cells, where);
    });
}
/** A numeric cell: `undefined` for `N/A` or empty, else the number. */
function optionalNumber(cells, column, where) {
    const cell = (cells.get(column) ?? '').trim();
    if (cell === 'N/A' || cell === '')
        return undefined;
    const value = (0,csv_number/* parseCsvNumber */.f)(cell);
    if (value === undefined) {
        throw new errors/* ConfigurationError */.j(`${where}: column ${JSON.stringify(column)}: ${JSON.stringify(cell)} is not a number`);
    }
    return value;
}
function requiredNumber(cells, column, where) {
    const value = optionalNumber(cells, column, where);
    if (value === undefined || !Number.isFinite(value)) {
        throw new errors/* ConfigurationError */.j(`${where}: column ${JSON.stringify(column)} needs a number, found ${JSON.stringify(cells.get(column) ?? '')}`);
    }
    return value;
}
/** Wraps a table reader as a {@link SoakParser}. */
function asParser(reader, finish) {
    return {
        write: (chunk) => reader.write(chunk),
        end: () => {
            reader.end();
            return finish();
        },
    };
}
const percentileColumn = /^\d+(\.\d+)?%$/;
/**
 * A push parser of `PREFIX_stats.csv`: one row per request name and the `Aggregated` row, as the
 * run's summary (no time series).
 */
function createLocustStatsParser(source) {
    const notes = [];
    const requests = [];
    let aggregated;
    let rows = 0;
    const reader = createTableReader(source, ['Type', 'Name', 'Request Count', 'Failure Count'], '_stats.csv', notes, (cells, where) => {
        rows++;
        const percentilesMs = {};
        for (const [column] of cells) {
            if (!percentileColumn.test(column))
                continue;
            const value = optionalNumber(cells, column, where);
            if (value !== undefined)
                percentilesMs[column] = value;
        }
        const row = {
            type: cells.get('Type') ?? '',
            name: cells.get('Name') ?? '',
            requestCount: requiredNumber(cells, 'Request Count', where),
            failureCount: requiredNumber(cells, 'Failure Count', where),
            percentilesMs,
        };
        const optional = [
            ['medianMs', 'Median Response Time'],
            ['averageMs', 'Average Response Time'],
            ['minMs', 'Min Response Time'],
            ['maxMs', 'Max Response Time'],
            ['averageContentSizeBytes', 'Average Content Size'],
            ['requestsPerSecond', 'Requests/s'],
            ['failuresPerSecond', 'Failures/s'],
        ];
        for (const [key, column] of optional) {
            const value = optionalNumber(cells, column, where);
            if (value !== undefined)
                row[key] = value;
        }
        if (row.name === locustAggregatedName && row.type === '')
            aggregated = row;
        else
            requests.push(row);
    });
    return asParser(reader, () => {
        if (rows === 0)
            notes.push(`${source}: no rows (the run made no requests?)`);
        if (rows > 0 && !aggregated)
            notes.push(`${source}: no "${locustAggregatedName}" row`);
        return {
            format: 'locust-stats',
            series: [],
            summary: { kind: 'locust', requests, ...(aggregated ? { aggregated } : {}), failures: [] },
            notes,
        };
    });
}
/**
 * A push parser of `PREFIX_stats_history.csv`: every numeric column becomes a series named as
 * the column (`User Count`, `95%`, `Total Average Response Time`…), one per request. The
 * `Aggregated` rows give series without labels; with `--csv-full-history` the per-request rows
 * give series labelled `{type, request}`. `Timestamp` is in whole seconds since the epoch.
 */
function createLocustHistoryParser(source) {
    const notes = [];
    const accumulator = new series_accumulator/* SeriesAccumulator */.O7();
    let notAvailable = 0;
    const reader = createTableReader(source, ['Timestamp', 'Name'], '_stats_history.csv', notes, (cells, where) => {
        const t = requiredNumber(cells, 'Timestamp', where);
        const name = cells.get('Name') ?? '';
        const type = cells.get('Type') ?? '';
        const labels = name === locustAggregatedName && type === '' ? undefined : { type, request: name };
        for (const [column, cell] of cells) {
            if (historyKeyColumns.has(column))
                continue;
            const value = optionalNumber(cells, column, where);
            if (value === undefined) {
                if (cell.trim() === 'N/A')
                    notAvailable++;
                continue;
            }
            const unit = historyUnits[column] ??
                (percentileColumn.test(column) || column.endsWith('Response Time') ? 'ms' : undefined);
            accumulator.add({ name: column, ...(unit ? { unit } : {}), ...(labels ? { labels } : {}) }, t, value, where);
        }
    });
    return asParser(reader, () => {
        if (notAvailable > 0) {
            notes.push(`${notAvailable} N/A cell(s) skipped (percentiles of an interval without requests)`);
        }
        const series = accumulator.finish({ ordered: true }, notes);
        if (series.length === 0)
            notes.push(`${source}: no time series with enough points`);
        return { format: 'locust-history', series, notes };
    });
}
/** A push parser of `PREFIX_failures.csv`: method, name, error and occurrences of each failure. */
function createLocustFailuresParser(source) {
    const notes = [];
    const failures = [];
    const reader = createTableReader(source, ['Method', 'Name', 'Error', 'Occurrences'], '_failures.csv', notes, (cells, where) => {
        failures.push({
            method: cells.get('Method') ?? '',
            name: cells.get('Name') ?? '',
            error: cells.get('Error') ?? '',
            occurrences: requiredNumber(cells, 'Occurrences', where),
        });
    });
    return asParser(reader, () => ({
        format: 'locust-failures',
        series: [],
        summary: { kind: 'locust', requests: [], failures },
        notes,
    }));
}

;// CONCATENATED MODULE: ./src/gates/soak/parse/plain.ts







const plainCsvHeader = ['timestamp', 'series', 'value'];
/**
 * A push parser of plain CSV: a required header `timestamp,series,value`, then one point a row.
 * Timestamps are seconds since the epoch (fractional allowed; values that look like milliseconds
 * are refused) or RFC 3339; values are numbers, `NaN`/`Inf` being noted and dropped. A row with
 * the wrong number of cells is an error, unless it is a last line without a newline (a cut-off
 * write), which is dropped with a note.
 *
 * @param source the file name, for messages.
 */
function createPlainCsvParser(source) {
    const accumulator = new series_accumulator/* SeriesAccumulator */.O7();
    const notes = [];
    let headerSeen = false;
    const onRecord = (record) => {
        const where = `${source}:${record.line}`;
        if (!headerSeen) {
            const header = record.fields.map((f) => f.trim().toLowerCase());
            if (header.join(',') !== plainCsvHeader.join(',')) {
                throw new errors/* ConfigurationError */.j(`${where}: the first line must be the header "timestamp,series,value"; found ${JSON.stringify(record.fields.join(','))}`);
            }
            headerSeen = true;
            return;
        }
        if (record.fields.length !== 3) {
            if (!record.terminated) {
                notes.push(`${where}: cut-off last line dropped (${record.fields.length} of 3 cells)`);
                return;
            }
            throw new errors/* ConfigurationError */.j(`${where}: expected 3 cells (timestamp,series,value), found ${record.fields.length}`);
        }
        const [time, name, cell] = record.fields;
        const t = (0,timestamp/* parsePlainTimestamp */.I)(time, where);
        if (name.trim() === '')
            throw new errors/* ConfigurationError */.j(`${where}: the series name is empty`);
        const v = (0,csv_number/* parseCsvNumber */.f)(cell);
        if (v === undefined) {
            throw new errors/* ConfigurationError */.j(`${where}: value ${JSON.stringify(cell)} is not a number`);
        }
        accumulator.add({ name: name.trim() }, t, v, where);
    };
    const reader = new CsvRecordReader(onRecord);
    return {
        write: (chunk) => reader.write(chunk),
        end: () => {
            reader.end();
            if (!headerSeen) {
                throw new errors/* ConfigurationError */.j(`${source}: empty file; expected the header "timestamp,series,value"`);
            }
            const series = accumulator.finish({ ordered: true }, notes);
            return { format: 'csv', series, notes };
        },
    };
}
/** Parses a whole plain CSV text; see {@link createPlainCsvParser}. */
function parsePlainCsv(text, source) {
    const parser = createPlainCsvParser(source);
    parser.write(text);
    return parser.end();
}
const jsonShape = 'expected {"series": {"<name>": [[<seconds since the epoch or RFC 3339>, <number>], …], …}}';
/**
 * Parses plain JSON of the one documented shape
 * `{"series": {"<name>": [[t, v], …]}}`, `t` in seconds since the epoch or RFC 3339, `v` a number
 * (JSON has no NaN; `null` is noted and dropped, as a gap).
 *
 * @throws ConfigurationError naming the file, the series and the point, and the expected shape.
 */
function parsePlainJson(text, source) {
    const document = (0,parse_json_text/* parseJsonText */.l)(text, source);
    const seriesObject = (0,is_record/* isRecord */.u)(document) ? document['series'] : undefined;
    if (!(0,is_record/* isRecord */.u)(seriesObject)) {
        throw new errors/* ConfigurationError */.j(`${source}: no "series" object; ${jsonShape}`);
    }
    const accumulator = new series_accumulator/* SeriesAccumulator */.O7();
    const notes = [];
    let gaps = 0;
    for (const [name, points] of Object.entries(seriesObject)) {
        if (!Array.isArray(points)) {
            throw new errors/* ConfigurationError */.j(`${source}: series ${JSON.stringify(name)} is not an array; ${jsonShape}`);
        }
        points.forEach((point, index) => {
            const where = `${source}: series ${JSON.stringify(name)}, point ${index + 1}`;
            if (!Array.isArray(point) || point.length !== 2) {
                throw new errors/* ConfigurationError */.j(`${where} is not a [t, v] pair; ${jsonShape}`);
            }
            const time = point[0];
            const value = point[1];
            if (typeof time !== 'number' && typeof time !== 'string') {
                throw new errors/* ConfigurationError */.j(`${where}: the timestamp is not a number or a string; ${jsonShape}`);
            }
            const t = (0,timestamp/* parsePlainTimestamp */.I)(time, where);
            if (value === null) {
                gaps++;
                return;
            }
            if (typeof value !== 'number') {
                throw new errors/* ConfigurationError */.j(`${where}: the value ${JSON.stringify(value)} is not a number; ${jsonShape}`);
            }
            accumulator.add({ name }, t, value, where);
        });
    }
    if (gaps > 0)
        notes.push(`${gaps} point(s) with a null value dropped`);
    return { format: 'json', series: accumulator.finish({ ordered: true }, notes), notes };
}

;// CONCATENATED MODULE: ./src/gates/soak/parse/detect-soak-format.ts
/** File-name endings of the files `locust --csv PREFIX` writes. */
const locustSuffixes = [
    ['_stats_history.csv', 'locust-history'],
    ['_failures.csv', 'locust-failures'],
    ['_stats.csv', 'locust-stats'],
];
/** First header cells of each CSV format. */
const csvHeaders = [
    ['timestamp,series,value', 'csv'],
    ['timestamp,user count,', 'locust-history'],
    ['type,name,request count,', 'locust-stats'],
    ['method,name,error,occurrences', 'locust-failures'],
];
/**
 * A k6 `--out json` line: an object with `"type":"Metric"` or `"type":"Point"`. Older k6 writes
 * `type` first, newer writes `metric` first, so the key order is not relied on.
 */
const k6Line = /^\{.*"type"\s*:\s*"(Metric|Point)".*\}$/;
/**
 * Guesses the format of an input from its file name and the start of its text (a few KB are
 * enough), or `undefined` when neither tells; the caller then asks for `--format`. Locust's file
 * names decide first; otherwise the first line: a k6 NDJSON line, a JSON document with
 * `"metrics"` (k6 summary), `"series"` (plain JSON) or `"resultType": "matrix"` (a saved Prometheus
 * query_range answer), or a known CSV header.
 */
function detectSoakFormat(fileName, firstChunk) {
    const lowerName = fileName.toLowerCase();
    for (const [suffix, format] of locustSuffixes) {
        if (lowerName.endsWith(suffix))
            return format;
    }
    const text = firstChunk.startsWith('\uFEFF') ? firstChunk.slice(1) : firstChunk;
    const firstLine = (text.trimStart().split('\n')[0] ?? '').trim();
    if (k6Line.test(firstLine))
        return 'k6-ndjson';
    if (text.trimStart().startsWith('{')) {
        // A series may be named "metrics", so a document that opens with "series" is plain JSON; k6
        // summaries open with "root_group", which can be longer than the first chunk.
        if (/^\{\s*"series"\s*:/.test(text.trimStart()))
            return 'json';
        // A saved Prometheus answer: `{"status":"success","data":{"resultType":"matrix"…`.
        if (/"resultType"\s*:\s*"matrix"/.test(text))
            return 'prometheus';
        if (/"(metrics|root_group)"\s*:/.test(text))
            return 'k6-summary';
        if (/"series"\s*:/.test(text))
            return 'json';
        return undefined;
    }
    const header = firstLine
        .split(',')
        .map((cell) => cell
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .toLowerCase())
        .join(',');
    for (const [start, format] of csvHeaders) {
        if (header === start || (start.endsWith(',') && header.startsWith(start)))
            return format;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/gates/soak/parse/index.ts











/**
 * A push parser for any soak input format. Whole-document formats (k6 summary, plain JSON: small
 * files) buffer their text and parse it at `end()`; the others stream.
 *
 * @param source the file name, for messages.
 */
function createSoakParser(format, source, options = {}) {
    switch (format) {
        case 'k6-ndjson':
            return createK6NdjsonParser(source, options);
        case 'locust-stats':
            return createLocustStatsParser(source);
        case 'locust-history':
            return createLocustHistoryParser(source);
        case 'locust-failures':
            return createLocustFailuresParser(source);
        case 'csv':
            return createPlainCsvParser(source);
        case 'k6-summary':
            return buffered((text) => parseK6Summary(text, source));
        case 'json':
            return buffered((text) => parsePlainJson(text, source));
        case 'prometheus':
            // A query_range answer saved to a file (curl …/api/v1/query_range > memory.json): its
            // series are named after the file, as a live query's are after its NAME.
            return buffered((text) => ({
                format: 'prometheus',
                ...(0,query_range_response/* parseQueryRangeAnswers */.a)((0,external_node_path_.basename)(source).replace(/\.json$/i, ''), [{ status: 200, text }], source),
            }));
        default: {
            const unreachable = format;
            throw new Error(`unknown soak format ${String(unreachable)}`);
        }
    }
}
/** Parses a whole text of `format`; see {@link createSoakParser}. */
function parseSoakText(format, text, source, options = {}) {
    const parser = createSoakParser(format, source, options);
    parser.write(text);
    return parser.end();
}
function buffered(parse) {
    const chunks = [];
    return { write: (chunk) => chunks.push(chunk), end: () => parse(chunks.join('')) };
}

;// CONCATENATED MODULE: ./src/gates/soak/read-runs.ts
/**
 * Feeding input files to the soak parsers chunk by chunk: a k6 `--out json` file of a night's
 * run is gigabytes, so it is never held as one string. The format is decided from the file name
 * and the first chunk. The chunks come in through an iterable, so this module does no I/O.
 */


const LOCUST_FORMATS = ['locust-stats', 'locust-history', 'locust-failures'];
/**
 * The parser format of a file: the `format` input when it names one, detected otherwise (and
 * for `locust`, which of its three files this is).
 *
 * @throws ConfigurationError when the format cannot be told, or the file is not of the format named.
 */
function soakFormatOf(path, format, firstChunk) {
    switch (format) {
        case 'k6':
            return 'k6-summary';
        case 'k6-ndjson':
        case 'csv':
        case 'json':
            return format;
        case 'locust': {
            const detected = detectSoakFormat(path, firstChunk);
            if (detected !== undefined && LOCUST_FORMATS.includes(detected))
                return detected;
            throw new errors/* ConfigurationError */.j(`${path}: not a Locust CSV file (expected the _stats.csv, _stats_history.csv or _failures.csv that locust --csv writes).`);
        }
        case 'auto': {
            const detected = detectSoakFormat(path, firstChunk);
            if (detected !== undefined)
                return detected;
            throw new errors/* ConfigurationError */.j(`${path}: the format could not be told from the file; set 'format' (k6, k6-ndjson, locust, csv or json).`);
        }
        default: {
            const unreachable = format;
            throw new Error(`unknown soak input format ${String(unreachable)}`);
        }
    }
}
/**
 * Parses one input file from its text in chunks (split anywhere, as a stream gives them).
 *
 * @throws ConfigurationError for an empty file, an unknown format or text the parser refuses.
 */
async function readSoakRun(path, format, chunks) {
    let parser;
    let head = '';
    for await (const chunk of chunks) {
        if (parser === undefined) {
            // Detection looks at the first line or the first keys; wait for a few kB to decide.
            head += chunk;
            if (head.length < DETECTION_BYTES)
                continue;
            parser = createSoakParser(soakFormatOf(path, format, head), path);
            parser.write(head);
            head = '';
        }
        else {
            parser.write(chunk);
        }
    }
    if (parser === undefined) {
        if (head.trim() === '')
            throw new errors/* ConfigurationError */.j(`${path}: the file is empty.`);
        parser = createSoakParser(soakFormatOf(path, format, head), path);
        parser.write(head);
    }
    return parser.end();
}
/** Characters gathered before the format is decided. */
const DETECTION_BYTES = 16 * 1024;

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/report/labels.ts
var labels = __webpack_require__(47923);
;// CONCATENATED MODULE: ./src/gates/soak/verdict.ts
/**
 * Turns a night's soak analysis and the night-over-night comparison into the shared verdict:
 * the headline first (what leaks, by how much, against which limit; whether the SLOs held),
 * then tables, charts and notes. Pure; the renderers escape every piece of user text.
 */




/** Points of a chart over time: Mermaid's x axis is categorical, so the run is cut into bins. */
const CHART_BINS = 16;
/** Charts of memory-like series (those with a growth limit), the leaking ones first. */
const MAX_GROWTH_CHARTS = 2;
/** Latency series drawn in one chart (xychart has no legend; more lines cannot be told apart). */
const MAX_LATENCY_LINES = 4;
/** Nightly metrics charted. */
const MAX_NIGHTLY_CHARTS = 2;
/** Shifts inside the run listed per latency series, the largest (the rest are counted). */
const MAX_CHANGE_POINTS_SHOWN = 3;
/** Characters of a commit sha shown, as `git log --oneline` does. */
const SHORT_SHA = 7;
/**
 * Builds the soak verdict. `fail` when the analysis found a reason to fail (a leak or drift
 * beyond its limit, an objective missed); `warn` when a nightly figure recently shifted the bad
 * way, or when nothing could be judged (every series too short, no objective); `pass` otherwise.
 *
 * @example buildSoakVerdict(analysis, analyzeNights(nights), { key: 'default', job: 'nightly', series, inputNotes: [], sources: [] }).headline
 *   // 'memory_rss leaks +3.1%/h (limit 1%/h); SLO latency_p99_ms < 200 met'
 */
function buildSoakVerdict(analysis, nightly, options) {
    const leaks = analysis.trends
        .filter((t) => t.classification === 'leak')
        .sort((a, b) => b.percentPerHour - a.percentPerHour);
    const missed = analysis.slos.filter((s) => !s.passed);
    const newsworthy = nightly.shifts.filter((s) => s.recent && s.worse);
    // Nothing judged is no pass: too short a run, or a warm-up that ate it, must be seen.
    const nothingJudged = analysis.slos.length === 0 && analysis.trends.every((t) => t.classification === 'too-short');
    const status = analysis.failures.length > 0
        ? 'fail'
        : newsworthy.length > 0 || nothingJudged
            ? 'warn'
            : 'pass';
    return {
        schemaVersion: 1,
        gate: 'soak',
        key: options.key,
        status,
        headline: headlineOf(analysis, leaks, missed, newsworthy),
        metrics: metricsOf(analysis, leaks, missed, nightly),
        tables: [
            ...trendTable(analysis.trends),
            ...latencyTable(analysis),
            ...sloTable(analysis.slos, runStart(analysis)),
            ...nightlyTable(nightly),
        ],
        findings: [],
        notes: notesOf(analysis, nightly, options),
        charts: [
            ...growthCharts(analysis, options.series),
            ...latencyCharts(analysis, options.series),
            ...nightlyCharts(nightly),
        ],
        sections: failureSections(analysis.failures),
        data: {
            job: options.job,
            analysis,
            nightlyShifts: nightly.shifts.map((s) => ({
                metric: s.metric.key,
                fromSha: s.fromSha,
                toSha: s.toSha,
                createdAt: s.createdAt,
                before: s.before,
                after: s.after,
                pValue: s.pValue,
                worse: s.worse,
            })),
        },
    };
}
// ----------------------------------------------------------------------------------- headline
function headlineOf(analysis, leaks, missed, shifts) {
    const parts = [];
    const [worst] = leaks;
    if (worst !== undefined) {
        const limit = worst.limitPercentPerHour === undefined
            ? ''
            : ` (limit ${rate(worst.limitPercentPerHour, false)})`;
        parts.push(`${worst.series} leaks ${rate(worst.percentPerHour)}${limit}`);
        if (leaks.length > 1)
            parts.push(`${leaks.length - 1} more series over their limit`);
    }
    else {
        const judged = analysis.trends.filter((t) => t.classification !== 'too-short');
        const limited = judged.filter((t) => t.limitPercentPerHour !== undefined);
        if (judged.length === 0) {
            parts.push('too few points after the warm-up to judge any growth');
        }
        else if (limited.length > 0) {
            const top = [...limited].sort((a, b) => b.percentPerHour - a.percentPerHour)[0];
            parts.push(limited.length === 1 && top
                ? `${top.series} does not leak (${rate(top.percentPerHour)}, limit ${rate(top.limitPercentPerHour ?? 0, false)})`
                : `no leak in ${limited.length} series`);
        }
        else {
            parts.push(`no leak or drift in ${judged.length} series`);
        }
    }
    if (missed.length > 0) {
        const [first] = missed;
        if (first !== undefined) {
            parts.push(`SLO ${first.objective.text} missed (${(0,format/* formatPercent */.l9)(first.attainment, { digits: 2 })} attained)`);
        }
        if (missed.length > 1)
            parts.push(`${(0,labels/* countOf */.pq)(missed.length - 1, 'more SLO')} missed`);
    }
    else if (analysis.slos.length === 1 && analysis.slos[0] !== undefined) {
        parts.push(`SLO ${analysis.slos[0].objective.text} met`);
    }
    else if (analysis.slos.length > 1) {
        parts.push(`${analysis.slos.length} SLOs met`);
    }
    const covered = leaks.length + missed.length;
    if (covered === 0 && analysis.failures[0] !== undefined)
        parts.push(analysis.failures[0]);
    const [shift] = shifts;
    if (shift !== undefined) {
        parts.push(`nightly: ${metricLabel(shift.metric)} shifted ${shiftChange(shift)} at ${shortSha(shift.toSha)}`);
    }
    return parts.join('; ');
}
// ------------------------------------------------------------------------------------ metrics
function metricsOf(analysis, leaks, missed, nightly) {
    const limited = analysis.trends.filter((t) => t.limitPercentPerHour !== undefined && t.classification !== 'too-short');
    const pool = limited.length > 0 ? limited : analysis.trends.filter((t) => t.classification !== 'too-short');
    const worst = [...pool].sort((a, b) => b.percentPerHour - a.percentPerHour)[0];
    return [
        { key: 'leaks', label: 'Leaks', value: leaks.length, output: true },
        {
            key: 'worst-growth',
            label: 'Fastest growth',
            value: worst && Number.isFinite(worst.percentPerHour) ? rate(worst.percentPerHour) : '–',
            output: true,
        },
        { key: 'slos-missed', label: 'SLOs missed', value: missed.length, output: true },
        { key: 'span', label: 'Analysed span', value: formatSpan(analysis.end - analysis.start) },
        {
            key: 'warmup',
            label: analysis.warmup.detected ? 'Warm-up (detected)' : 'Warm-up (configured)',
            value: formatSpan(analysis.warmup.seconds),
        },
        { key: 'nights', label: 'Nights compared', value: nightly.nights, output: true },
    ];
}
// ------------------------------------------------------------------------------------- tables
const CLASSIFICATION_ORDER = {
    leak: 0,
    growing: 1,
    flat: 2,
    'too-short': 3,
};
function classificationLabel(trend) {
    switch (trend.classification) {
        case 'leak':
            return '❌ leak';
        case 'growing':
            return '⚠️ growing';
        case 'flat':
            return '✅ flat';
        case 'too-short':
            return 'too few points';
        default: {
            const unreachable = trend.classification;
            throw new Error(`unknown classification ${String(unreachable)}`);
        }
    }
}
function trendTable(trends) {
    if (trends.length === 0)
        return [];
    const sorted = [...trends].sort((a, b) => CLASSIFICATION_ORDER[a.classification] - CLASSIFICATION_ORDER[b.classification] ||
        Math.abs(finite(b.percentPerHour)) - Math.abs(finite(a.percentPerHour)) ||
        a.series.localeCompare(b.series));
    return [
        {
            id: 'trends',
            title: 'Growth after the warm-up (Theil–Sen slope, Mann–Kendall with the Hamed–Rao correction)',
            columns: [
                { header: 'Series' },
                { header: 'Trend' },
                { header: 'Growth (95% interval)', align: 'right' },
                { header: 'Limit', align: 'right' },
                { header: 'Slope', align: 'right' },
                { header: 'p', align: 'right' },
            ],
            rows: sorted.map((t) => [
                { text: t.series, code: true },
                classificationLabel(t),
                t.classification === 'too-short'
                    ? `– (${t.points} points)`
                    : `${rate(t.percentPerHour)} (${signed(t.percentIntervalPerHour[0])} to ${signed(t.percentIntervalPerHour[1])})`,
                t.limitPercentPerHour === undefined ? 'none' : rate(t.limitPercentPerHour, false),
                t.classification === 'too-short'
                    ? '–'
                    : `${value(t.slopePerHour, t.unit ?? unitFromName(t.series), true)}/h`,
                t.classification === 'too-short' ? '–' : pValue(t.trendPValue),
            ]),
            // Flat series are context; the comment keeps the leaks when it must shorten.
            dropPriority: 1,
        },
    ];
}
function latencyTable(analysis) {
    if (analysis.latency.length === 0)
        return [];
    return [
        {
            id: 'latency',
            title: 'Latency: last tenth of the run against the first, and shifts inside the run (E-Divisive)',
            columns: [
                { header: 'Series' },
                { header: 'First window', align: 'right' },
                { header: 'Last window', align: 'right' },
                { header: 'Change', align: 'right' },
                { header: 'Shifts inside the run' },
            ],
            rows: [...analysis.latency]
                .sort((a, b) => finite(b.changePercent) - finite(a.changePercent))
                .map((l) => [
                { text: l.series, code: true },
                value(l.firstWindow, l.unit ?? unitFromName(l.series)),
                value(l.lastWindow, l.unit ?? unitFromName(l.series)),
                Number.isFinite(l.changePercent)
                    ? (0,format/* formatPercent */.l9)(l.changePercent / 100, { signed: true })
                    : '–',
                changePoints(l, runStart(analysis)),
            ]),
            dropPriority: 2,
        },
    ];
}
function changePoints(latency, start) {
    if (latency.changePoints.length === 0)
        return 'none';
    // The largest shifts, in time order.
    const shown = [...latency.changePoints]
        .sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before))
        .slice(0, MAX_CHANGE_POINTS_SHOWN)
        .sort((a, b) => a.t - b.t);
    const more = latency.changePoints.length - shown.length;
    const unit = latency.unit ?? unitFromName(latency.series);
    return shown
        .map((c) => `at ${offset(c.t - start)}: ${value(c.before, unit)} → ${value(c.after, unit)} (p ${pValue(c.pValue)})`)
        .concat(more > 0 ? [`${more} more`] : [])
        .join('; ');
}
function sloTable(slos, start) {
    if (slos.length === 0)
        return [];
    return [
        {
            id: 'slos',
            title: 'Objectives: attainment, error budget and multi-window burn-rate alerts (SRE workbook)',
            columns: [
                { header: 'Objective' },
                { header: 'Result' },
                { header: 'Attainment', align: 'right' },
                { header: 'Budget left', align: 'right' },
                { header: 'Burn-rate alerts' },
            ],
            rows: [...slos]
                .sort((a, b) => Number(a.passed) - Number(b.passed))
                .map((s) => [
                { text: s.objective.text, code: true },
                s.passed ? '✅ met' : s.series.length === 0 ? '❌ no matching series' : '❌ missed',
                (0,format/* formatPercent */.l9)(finite(s.attainment), { digits: 2 }),
                Number.isFinite(s.budgetRemaining) ? (0,format/* formatPercent */.l9)(s.budgetRemaining) : '–',
                burnAlerts(s.burnAlerts, start),
            ]),
        },
    ];
}
function burnAlerts(alerts, start) {
    if (alerts.length === 0)
        return '–';
    const evaluated = alerts.filter((a) => a.evaluated);
    const skipped = alerts.filter((a) => !a.evaluated);
    const parts = evaluated.map((a) => {
        const rule = `${a.severity} ${(0,format/* formatNumber */.ZV)(a.burnRate)}× over ${a.longWindow}/${a.shortWindow}`;
        return a.firedAt === undefined
            ? `${rule}: quiet`
            : `${rule}: fired at ${offset(a.firedAt - start)}`;
    });
    const [shortest] = skipped;
    if (shortest !== undefined) {
        parts.push(evaluated.length === 0
            ? `none: the run is shorter than ${shortest.longWindow}`
            : `${skipped.length} more ${skipped.length === 1 ? 'needs' : 'need'} a run of ${shortest.longWindow}`);
    }
    return parts.join('; ');
}
function nightlyTable(nightly) {
    if (nightly.shifts.length === 0)
        return [];
    return [
        {
            id: 'nightly-shifts',
            title: 'Night over night: where a figure shifted (E-Divisive over the stored nights)',
            columns: [
                { header: 'Figure' },
                { header: 'Night' },
                { header: 'Commits' },
                { header: 'Before → after', align: 'right' },
                { header: 'p', align: 'right' },
            ],
            rows: nightly.shifts.map((s) => [
                `${s.worse ? '⚠️ ' : ''}${metricLabel(s.metric)}`,
                s.createdAt.slice(0, 10),
                { text: `${shortSha(s.fromSha)}..${shortSha(s.toSha)}`, code: true },
                `${metricValue(s.metric, s.before)} → ${metricValue(s.metric, s.after)}`,
                pValue(s.pValue),
            ]),
        },
    ];
}
// -------------------------------------------------------------------------------------- notes
function notesOf(analysis, nightly, options) {
    const notes = [];
    const { seconds, detected } = analysis.warmup;
    const span = `${formatSpan(analysis.end - analysis.start)}, ${isoTime(analysis.start)} to ${isoTime(analysis.end)}`;
    // The analysis says how the warm-up was found; the sentence here only adds the span.
    const explained = analysis.notes.some((n) => /^warm-?up/i.test(n));
    notes.push({
        level: 'info',
        text: explained
            ? `Analysed after the warm-up: ${span}.`
            : seconds > 0
                ? `The first ${formatSpan(seconds)} were left out as warm-up (${detected ? 'detected' : 'configured'}); analysed: ${span}.`
                : `No warm-up was left out (${detected ? 'none detected' : 'as configured'}); analysed: ${span}.`,
    });
    const seen = new Set();
    // How the warm-up was found comes first, then what the input lost, then the rest.
    for (const text of analysis.notes.filter((n) => /^warm-?up/i.test(n))) {
        seen.add(text);
        notes.unshift({ level: 'info', text });
    }
    for (const text of options.inputNotes) {
        seen.add(text);
        notes.push({ level: 'warning', text });
    }
    for (const text of analysis.notes) {
        if (seen.has(text) || options.inputNotes.some((n) => n.endsWith(`: ${text}`)))
            continue;
        seen.add(text);
        notes.push({ level: 'info', text });
    }
    if (nightly.nights < 6) {
        notes.push({
            level: 'info',
            text: `Night-over-night shifts are looked for from 6 nights of job '${options.job}' on; there ${nightly.nights === 1 ? 'is 1' : `are ${nightly.nights}`} so far, tonight included.`,
        });
    }
    if (options.sources.length > 0) {
        notes.push({ level: 'info', text: `Read: ${options.sources.join(', ')}.` });
    }
    return notes;
}
function failureSections(failures) {
    if (failures.length < 2)
        return [];
    return [
        {
            id: 'failures',
            title: 'Why the run fails',
            blocks: [{ kind: 'list', items: failures.map((f) => [f]) }],
        },
    ];
}
// ------------------------------------------------------------------------------------- charts
/** The analysed span cut into bins; the median of each series' points per bin, `undefined` when empty. */
function binned(points, start, end) {
    const width = (end - start) / CHART_BINS;
    const bins = Array.from({ length: CHART_BINS }, () => []);
    for (const p of points) {
        if (p.t < start || p.t > end)
            continue;
        const index = Math.min(CHART_BINS - 1, Math.floor((p.t - start) / width));
        bins[index]?.push(p.v);
    }
    return bins.map((values) => (values.length === 0 ? undefined : (0,stats/* median */.JZ)(values)));
}
/** Bin centres as offsets from the start of the run (warm-up included). */
function binLabels(start, end, runStarted) {
    const width = (end - start) / CHART_BINS;
    return Array.from({ length: CHART_BINS }, (_, i) => offset(start - runStarted + width * (i + 0.5)));
}
/** When the run started: the analysed span's start less the warm-up left out. */
function runStart(analysis) {
    return analysis.start - analysis.warmup.seconds;
}
function findSeries(series, id) {
    return series.find((s) => (0,analyze/* seriesId */.hG)(s) === id);
}
/** Values in a readable unit for a chart: bytes as MiB. */
function chartScale(unit, id) {
    if (isBytes(unit, id))
        return { factor: 1 / (1024 * 1024), label: 'MiB' };
    return { factor: 1, label: unit ?? unitFromName(id) ?? 'value' };
}
function growthCharts(analysis, series) {
    const { start, end } = analysis;
    if (!(end > start))
        return [];
    const candidates = analysis.trends
        .filter((t) => t.limitPercentPerHour !== undefined && t.classification !== 'too-short')
        .sort((a, b) => CLASSIFICATION_ORDER[a.classification] - CLASSIFICATION_ORDER[b.classification] ||
        finite(b.percentPerHour) - finite(a.percentPerHour))
        .slice(0, MAX_GROWTH_CHARTS);
    const charts = [];
    for (const trend of candidates) {
        const found = findSeries(series, trend.series);
        if (found === undefined)
            continue;
        const measured = binned(found.points, start, end);
        const labels = binLabels(start, end, runStart(analysis));
        const width = (end - start) / CHART_BINS;
        const { fit } = trend;
        const fitted = labels.map((_, i) => {
            const t = start + width * (i + 0.5);
            return fit.t1 === fit.t0
                ? fit.v0
                : fit.v0 + ((fit.v1 - fit.v0) * (t - fit.t0)) / (fit.t1 - fit.t0);
        });
        const kept = measured.flatMap((v, i) => (v === undefined ? [] : [i]));
        if (kept.length < 2)
            continue;
        const scale = chartScale(trend.unit, trend.series);
        charts.push({
            title: `${trend.series}: ${rate(trend.percentPerHour)}`,
            xLabels: kept.map((i) => labels[i] ?? ''),
            yLabel: scale.label,
            series: [
                {
                    name: `measured, median per bin (${colourName(0)})`,
                    kind: 'line',
                    values: kept.map((i) => (measured[i] ?? 0) * scale.factor),
                },
                {
                    name: `Theil–Sen fit (${colourName(1)})`,
                    kind: 'line',
                    values: kept.map((i) => (fitted[i] ?? 0) * scale.factor),
                },
            ],
        });
    }
    return charts;
}
function latencyCharts(analysis, series) {
    const { start, end } = analysis;
    if (!(end > start) || analysis.latency.length === 0)
        return [];
    const unitOf = (l) => l.unit ?? unitFromName(l.series);
    const first = analysis.latency[0];
    const unit = first === undefined ? undefined : unitOf(first);
    const lines = analysis.latency
        .filter((l) => unitOf(l) === unit)
        .slice(0, MAX_LATENCY_LINES)
        .flatMap((l) => {
        const found = findSeries(series, l.series);
        return found ? [{ name: l.series, values: binned(found.points, start, end) }] : [];
    });
    if (lines.length === 0)
        return [];
    const labels = binLabels(start, end, runStart(analysis));
    const kept = labels.flatMap((_, i) => (lines.every((l) => l.values[i] !== undefined) ? [i] : []));
    if (kept.length < 2)
        return [];
    return [
        {
            title: 'Latency over the run',
            xLabels: kept.map((i) => labels[i] ?? ''),
            yLabel: unit ?? 'latency',
            series: lines.map((l, index) => ({
                name: `${l.name} (${colourName(index)})`,
                kind: 'line',
                values: kept.map((i) => l.values[i] ?? 0),
            })),
        },
    ];
}
function nightlyCharts(nightly) {
    if (nightly.nights < 2)
        return [];
    const shifted = [...new Set(nightly.shifts.map((s) => s.metric))];
    const growth = nightly.metrics.filter((m) => m.kind === 'growth');
    const chosen = (shifted.length > 0 ? shifted : growth)
        .filter((m) => m.points.length >= 2)
        .slice(0, MAX_NIGHTLY_CHARTS);
    return chosen.map((metric) => {
        const scale = metric.kind === 'level'
            ? chartScale(metric.unit, metric.subject)
            : { factor: 1, label: metric.unit ?? '' };
        return {
            title: `Night over night: ${metricLabel(metric)}`,
            xLabels: nightLabels(metric.points.map((p) => nightly.stamps[p.night])),
            yLabel: metric.kind === 'slo' ? 'attainment %' : scale.label,
            series: [
                {
                    name: metricLabel(metric),
                    kind: 'line',
                    values: metric.points.map((p) => metric.kind === 'slo' ? p.value * 100 : p.value * scale.factor),
                },
            ],
        };
    });
}
/**
 * The colour a chart's line number `index` is drawn in: the names of src/report/mermaid.ts's
 * CHART_PALETTE, in its order. xychart has no legend, so the legend under the chart names them.
 */
function colourName(index) {
    return ['blue', 'red', 'green', 'yellow', 'purple'][index] ?? `line ${index + 1}`;
}
/**
 * Nights as `MM-DD` (their commits are in the table; a sha per label would overlap), a second
 * night of one day as `MM-DD #2`, so that no two categories of the axis are the same.
 */
function nightLabels(stamps) {
    const seen = new Map();
    return stamps.map((stamp) => {
        const day = stamp?.createdAt.slice(5, 10) ?? '?';
        const count = (seen.get(day) ?? 0) + 1;
        seen.set(day, count);
        return count === 1 ? day : `${day} #${count}`;
    });
}
// --------------------------------------------------------------------------------- formatting
function finite(value) {
    return Number.isFinite(value) ? value : 0;
}
/** A signed number of percent without unit, for the ends of an interval: `+2.3`. */
function signed(percent) {
    if (!Number.isFinite(percent))
        return '–';
    const text = (0,format/* formatNumber */.ZV)(Math.abs(percent), { digits: 2 });
    return `${text === '0' ? '' : percent < 0 ? '-' : '+'}${text}`;
}
/** A growth in percent per hour, signed unless `signed` is false: `+3.1%/h`. */
function rate(percentPerHour, signed = true) {
    if (!Number.isFinite(percentPerHour))
        return '–';
    const text = (0,format/* formatNumber */.ZV)(Math.abs(percentPerHour), { digits: 2 });
    const sign = !signed || text === '0' ? '' : percentPerHour < 0 ? '-' : '+';
    return `${sign}${text}%/h`;
}
/**
 * The unit a series' name states by Prometheus' naming convention (`_bytes`, `_seconds`) or the
 * common `_ms` suffix, for series whose format carries no unit (plain CSV, Prometheus).
 */
function unitFromName(id) {
    const name = id.replace(/\{.*$/, '');
    if (/_bytes$|_bytes_total$/.test(name))
        return 'bytes';
    if (/_(ms|milliseconds)$/.test(name))
        return 'ms';
    if (/_seconds$/.test(name))
        return 's';
    return undefined;
}
function isBytes(unit, id) {
    return /^(b|bytes?)$/i.test(unit ?? unitFromName(id) ?? '');
}
/** A value with its unit: bytes with binary prefixes, others as plain numbers. */
function value(v, unit, signed = false) {
    if (!Number.isFinite(v))
        return '–';
    const sign = signed && v > 0 ? '+' : '';
    if (unit !== undefined && isBytes(unit, ''))
        return `${sign}${(0,format/* formatBytes */.z3)(v)}`;
    return `${sign}${(0,format/* formatNumber */.ZV)(v)}${unit === undefined ? '' : ` ${unit}`}`;
}
function pValue(p) {
    if (!Number.isFinite(p))
        return '–';
    return p < 0.001 ? '< 0.001' : (0,format/* formatNumber */.ZV)(p, { digits: 2 });
}
function shortSha(sha) {
    return sha.slice(0, SHORT_SHA);
}
function metricLabel(metric) {
    switch (metric.kind) {
        case 'growth':
            return `growth of ${metric.subject}`;
        case 'level':
            return `end level of ${metric.subject}`;
        case 'latency':
            return `last-window ${metric.subject}`;
        case 'slo':
            return `attainment of ${metric.subject}`;
        default: {
            const unreachable = metric.kind;
            throw new Error(`unknown nightly metric ${String(unreachable)}`);
        }
    }
}
function metricValue(metric, v) {
    switch (metric.kind) {
        case 'growth':
            return rate(v);
        case 'slo':
            return (0,format/* formatPercent */.l9)(v, { digits: 2 });
        case 'level':
        case 'latency':
            return value(v, metric.unit ?? unitFromName(metric.subject));
        default: {
            const unreachable = metric.kind;
            throw new Error(`unknown nightly metric ${String(unreachable)}`);
        }
    }
}
/** The shift as a relative change, or as a difference where the level before is zero. */
function shiftChange(shift) {
    if (shift.metric.kind === 'growth') {
        const delta = shift.after - shift.before;
        return `${rate(delta)}`;
    }
    if (shift.before === 0)
        return metricValue(shift.metric, shift.after);
    return (0,format/* formatPercent */.l9)((shift.after - shift.before) / Math.abs(shift.before), { signed: true });
}
/** Seconds as `6m 30s`, `1h 5m` or `45s`. */
function formatSpan(seconds) {
    if (!Number.isFinite(seconds) || seconds <= 0)
        return '0s';
    const total = Math.round(seconds);
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    if (h > 0)
        return m > 0 ? `${h}h ${m}m` : `${h}h`;
    if (m > 0)
        return s > 0 ? `${m}m ${s}s` : `${m}m`;
    return `${s}s`;
}
/** An offset into the run as `23m` or `1h05m`. */
function offset(seconds) {
    const total = Math.max(0, Math.round(seconds / 60));
    const h = Math.floor(total / 60);
    const m = total % 60;
    return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : `${m}m`;
}
function isoTime(seconds) {
    if (!Number.isFinite(seconds))
        return '?';
    return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./src/gates/soak/run.ts








/** Runs the gate from raw inputs. Throws ConfigurationError on unusable input. */
async function runSoakGate(source, io) {
    return runSoak((0,soak_inputs.readSoakInputs)(source), io);
}
/** Runs the soak gate. Throws ConfigurationError on unusable input. */
async function runSoak(inputs, io) {
    const files = await readFiles(inputs, io);
    const runs = files.map((f) => f.run);
    const fromPrometheus = inputs.prometheus ? await readPrometheus(inputs, io) : undefined;
    if (fromPrometheus)
        runs.push(fromPrometheus);
    const seriesCount = runs.reduce((total, run) => total + run.series.length, 0);
    if (seriesCount === 0) {
        throw new errors/* ConfigurationError */.j('The input has no time series to analyse: k6 summaries and Locust _stats.csv/_failures.csv hold end-of-run figures only; give k6 --out json NDJSON, a Locust _stats_history.csv, a timestamp,series,value CSV or JSON, or Prometheus queries.');
    }
    // The analysis reads the series only; a Prometheus run has no file format of SoakFormat's,
    // so each run is handed over as the series it holds.
    const analysis = (0,analyze/* analyzeSoak */.rr)(runs, {
        ...(inputs.warmupSeconds === undefined ? {} : { warmupSeconds: inputs.warmupSeconds }),
        growth: inputs.growth,
        slos: inputs.slos,
        alpha: inputs.alpha,
    });
    const stored = io.history ? await readHistory(io.history, inputs.job, io.logger) : [];
    const tonight = (0,soak_history.soakNightEntry)(inputs.job, io.sha ?? 'unknown', io.now().toISOString(), analysis, io.runId === undefined ? {} : { runId: io.runId });
    const nightly = analyzeNights([...stored, tonight]);
    const verdict = buildSoakVerdict(analysis, nightly, {
        key: inputs.common.key,
        job: inputs.job,
        series: runs.flatMap((run) => run.series),
        inputNotes: [
            ...files.flatMap(({ path, run }) => [
                ...run.notes.map((note) => (note.startsWith(path) ? note : `${path}: ${note}`)),
                ...summaryNotes(run).map((note) => `${path}: ${note}`),
            ]),
            ...(fromPrometheus?.notes ?? []).map((note) => `Prometheus: ${note}`),
        ],
        sources: [
            ...files.map((f) => `${f.path} (${f.run.format})`),
            ...(inputs.prometheus ? [`Prometheus ${inputs.prometheus.url}`] : []),
        ],
    });
    if (io.history && io.appendHistory) {
        if (io.sha === undefined) {
            io.logger.warning('The commit under test is not known; tonight is not stored in the history.');
        }
        else {
            await appendNight(io.history, tonight, verdict, io.logger);
        }
    }
    return verdict;
}
async function readFiles(inputs, io) {
    if (inputs.input.length === 0)
        return [];
    const paths = await io.resolveFiles(inputs.input, 'input');
    const files = [];
    for (const path of paths) {
        const run = await readSoakRun(path, inputs.format, io.openFile(path));
        io.logger.info(`${path}: ${run.series.length} series (${run.format}), ${run.series.reduce((n, s) => n + s.points.length, 0)} points`);
        files.push({ path, run });
    }
    return files;
}
/**
 * What an end-of-test summary says that the series do not: k6 thresholds that failed (the
 * export's inverted booleans are already turned round by the parser) and Locust's failures.
 */
function summaryNotes(run) {
    const summary = run.summary;
    if (summary === undefined)
        return [];
    switch (summary.kind) {
        case 'k6':
            return summary.metrics.flatMap((metric) => metric.thresholds
                .filter((threshold) => !threshold.passed)
                .map((threshold) => `k6 threshold ${threshold.expression} on ${metric.name} failed`));
        case 'locust': {
            const total = summary.failures.reduce((n, f) => n + f.occurrences, 0);
            const [top] = [...summary.failures].sort((a, b) => b.occurrences - a.occurrences);
            return top === undefined
                ? []
                : [
                    `Locust recorded ${total} failures; the most frequent: ${top.method} ${top.name}: ${top.error} (${top.occurrences})`,
                ];
        }
        default: {
            const unreachable = summary;
            throw new Error(`unknown summary ${String(unreachable)}`);
        }
    }
}
/** A run as the analysis takes it (`format` is not read there; plain JSON carries series only). */
async function readPrometheus(inputs, io) {
    const prometheus = inputs.prometheus;
    if (!prometheus)
        throw new Error('readPrometheus: no prometheus input');
    if (!io.queryPrometheus) {
        throw new errors/* ConfigurationError */.j("Input 'prometheus' is not available here.");
    }
    for (const value of Object.values(prometheus.headers))
        if (value !== '')
            io.mask?.(value);
    const now = io.now().getTime() / 1000;
    const from = timeInput('from', prometheus.from, now);
    const to = timeInput('to', prometheus.to, now);
    if (!(from < to)) {
        throw new errors/* ConfigurationError */.j(`Inputs 'from' and 'to': '${prometheus.from}' is not before '${prometheus.to}'.`);
    }
    const run = await io.queryPrometheus({
        url: prometheus.url,
        queries: prometheus.queries,
        from,
        to,
        ...(prometheus.step === undefined
            ? {}
            : { step: (0,soak_inputs.parseDurationSeconds)(prometheus.step, "Input 'step'") }),
        headers: prometheus.headers,
    });
    io.logger.info(`Prometheus ${prometheus.url}: ${run.series.length} series`);
    return run;
}
/** A `from`/`to` input as seconds since the epoch, its message naming the input. */
function timeInput(name, text, now) {
    try {
        return (0,prometheus.parseTimeArgument)(text, now);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j) {
            throw new errors/* ConfigurationError */.j(`Input '${name}': ${error.message}.`);
        }
        throw error;
    }
}
/** Stored nights of this job; an unreadable history is a warning, never a failed gate. */
async function readHistory(history, job, logger) {
    try {
        const entries = (await history.read()).filter((entry) => entry.suite === job);
        logger.info(`${history.label}: ${entries.length} stored nights`);
        return entries;
    }
    catch (error) {
        logger.warning(`Could not read the history (${history.label}): ${error.message}`);
        return [];
    }
}
async function appendNight(history, tonight, verdict, logger) {
    try {
        await history.append(tonight);
        verdict.notes.push({
            level: 'info',
            text: `Stored tonight's figures in the history (${history.label}).`,
        });
    }
    catch (error) {
        // The history is a side record: a conflict storm or a missing permission must not fail the run.
        logger.warning(`Could not append to the history (${history.label}): ${error.message}`);
    }
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

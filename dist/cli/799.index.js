export const id = 799;
export const ids = [799];
export const modules = {

/***/ 11565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ parseCsvNumber)
/* harmony export */ });
/** A decimal number as CSV writers print it (`12`, `-0.5`, `1e-3`, `.5`). */
const decimal = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Spellings of non-finite values that Python, Go and Prometheus write. */
const nonFinite = new Map([
    ['nan', Number.NaN],
    ['inf', Number.POSITIVE_INFINITY],
    ['+inf', Number.POSITIVE_INFINITY],
    ['-inf', Number.NEGATIVE_INFINITY],
    ['infinity', Number.POSITIVE_INFINITY],
    ['+infinity', Number.POSITIVE_INFINITY],
    ['-infinity', Number.NEGATIVE_INFINITY],
]);
/**
 * The number in a CSV cell, NaN or ±Infinity for their usual spellings (so the caller can note
 * and drop them), or `undefined` when the cell is not a number at all. `Number()` alone would
 * read `''` and `'0x10'` as numbers.
 */
function parseCsvNumber(cell) {
    const text = cell.trim();
    if (decimal.test(text))
        return Number(text);
    return nonFinite.get(text.toLowerCase());
}


/***/ }),

/***/ 56737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ SeriesAccumulator),
/* harmony export */   dA: () => (/* binding */ describeSeries)
/* harmony export */ });
/* unused harmony export minSeriesPoints */
/**
 * Fewest points a series needs to be kept: a trend needs at least three (Theil–Sen is defined
 * from two, but a Mann–Kendall test on fewer than three has no power at all).
 */
const minSeriesPoints = 3;
/**
 * Collects points into series keyed by name and labels; {@link finish} sorts them by time and
 * turns what is odd about them into notes. Points are never silently dropped: non-finite values
 * and short series are counted in a note.
 */
class SeriesAccumulator {
    building = new Map();
    nonFinite = 0;
    firstNonFiniteAt;
    /** Adds one point; `where` (`file:line`) locates it for notes. */
    add(identity, t, v, where) {
        if (!Number.isFinite(v)) {
            this.nonFinite++;
            this.firstNonFiniteAt ??= where;
            return;
        }
        const key = seriesKey(identity);
        let series = this.building.get(key);
        if (!series) {
            series = { identity, points: [], lastT: -Infinity, backwards: 0 };
            this.building.set(key, series);
        }
        if (t < series.lastT) {
            series.backwards++;
            series.firstBackwardsAt ??= where;
        }
        else {
            series.lastT = t;
        }
        series.points.push({ t, v });
    }
    /** The series sorted by time, and the notes about them appended to `notes`. */
    finish(options, notes) {
        if (this.nonFinite > 0) {
            notes.push(`${this.nonFinite} point(s) with a NaN or infinite value dropped (first at ${this.firstNonFiniteAt ?? '?'})`);
        }
        const result = [];
        for (const series of this.building.values()) {
            const label = describeSeries(series.identity);
            if (options.ordered && series.backwards > 0) {
                notes.push(`${label}: the clock goes backwards ${series.backwards} time(s) (first at ${series.firstBackwardsAt ?? '?'}); points sorted by time`);
            }
            // Array.prototype.sort is stable (ES2019), so tied points keep their input order.
            const points = series.backwards > 0 ? series.points.sort((a, b) => a.t - b.t) : series.points;
            let duplicates = 0;
            for (let i = 1; i < points.length; i++) {
                if (points[i]?.t === points[i - 1]?.t)
                    duplicates++;
            }
            if (duplicates > 0 && options.ordered) {
                notes.push(`${label}: ${duplicates} duplicate timestamp(s); all points kept`);
            }
            if (points.length < minSeriesPoints) {
                notes.push(`${label}: dropped, ${points.length} point(s) (a trend needs at least ${minSeriesPoints})`);
                continue;
            }
            result.push({ ...series.identity, points });
        }
        return result.sort(compareSeries);
    }
}
/** `name{a="1",b="2"}`, the way the series is named in notes. */
function describeSeries(identity) {
    const labels = Object.entries(identity.labels ?? {});
    if (labels.length === 0)
        return identity.name;
    return `${identity.name}{${labels.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(',')}}`;
}
function seriesKey(identity) {
    const labels = Object.entries(identity.labels ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return JSON.stringify([identity.name, labels]);
}
function compareSeries(a, b) {
    const ka = seriesKey(a);
    const kb = seriesKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
}


/***/ }),

/***/ 50311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ parsePlainTimestamp),
/* harmony export */   T: () => (/* binding */ parseRfc3339)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);

/**
 * RFC 3339 date-time: date, `T` (or a space, as RFC 3339 §5.6 allows), time, optional fraction of
 * any length (k6 writes nanoseconds), and `Z` or an offset. Hand-written because `Date.parse`
 * accepts more than RFC 3339 (and different things per engine) and keeps milliseconds only.
 */
const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
/**
 * Seconds since the Unix epoch of an RFC 3339 date-time (`2017-05-09T14:34:45.625742514+02:00`),
 * with its fraction (to about a microsecond: a double near 1.7e9 has no finer steps), or
 * `undefined` when `text` is not one.
 */
function parseRfc3339(text) {
    const m = rfc3339.exec(text);
    if (!m)
        return undefined;
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
        return undefined;
    }
    const ms = Date.UTC(year, month - 1, day, hour, minute, second);
    const fraction = m[7] === undefined ? 0 : Number(`0${m[7]}`);
    const offsetMinutes = m[9] === undefined ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
    return ms / 1000 + fraction - offsetMinutes * 60;
}
/**
 * Numbers at or above this are taken for milliseconds, not seconds: 1e11 s is the year 5138,
 * while 1e11 ms is 1973, so no real soak run is ambiguous.
 */
const millisecondsFloor = 1e11;
/**
 * Seconds since the epoch of a plain-input timestamp: a number of seconds (fractional allowed)
 * or an RFC 3339 date-time.
 *
 * @throws ConfigurationError naming `where` when it is neither, or looks like milliseconds
 *   (refused rather than guessed: dividing silently would hide a mislabelled column).
 */
function parsePlainTimestamp(value, where) {
    const seconds = typeof value === 'number'
        ? value
        : /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)
            ? Number(value)
            : parseRfc3339(value.trim());
    if (seconds === undefined || !Number.isFinite(seconds)) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${where}: timestamp ${JSON.stringify(value)} is neither seconds since the epoch nor an RFC 3339 date-time (2026-12-06T21:00:00Z)`);
    }
    if (Math.abs(seconds) >= millisecondsFloor) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${where}: timestamp ${JSON.stringify(value)} looks like milliseconds; timestamps are seconds since the epoch (divide by 1000) or RFC 3339`);
    }
    return seconds;
}


/***/ }),

/***/ 80799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildQueryRangeRequest: () => (/* reexport */ buildQueryRangeRequest),
  defaultStepSeconds: () => (/* reexport */ defaultStepSeconds),
  defaultTimeoutMs: () => (/* reexport */ defaultTimeoutMs),
  describeFetchFailure: () => (/* reexport */ describeFetchFailure),
  formatSeconds: () => (/* reexport */ formatSeconds),
  maxPointsPerRequest: () => (/* reexport */ maxPointsPerRequest),
  maxRequestsPerQuery: () => (/* reexport */ maxRequestsPerQuery),
  parsePrometheusDuration: () => (/* reexport */ parsePrometheusDuration),
  parseQueryRangeAnswers: () => (/* reexport */ query_range_response/* parseQueryRangeAnswers */.a),
  parseTimeArgument: () => (/* reexport */ parseTimeArgument),
  planQueryRange: () => (/* reexport */ planQueryRange),
  queryPrometheus: () => (/* reexport */ queryPrometheus),
  queryRangeEndpoint: () => (/* reexport */ queryRangeEndpoint)
});

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/gates/soak/prometheus/query-range-request.ts

/**
 * Most points Prometheus returns per series from one range query. Its API refuses a query with
 * "exceeded maximum resolution of 11,000 points per timeseries" when `(end - start) / step`
 * exceeds 11,000 (web/api/v1/api.go); staying at 11,000 points (10,999 steps) keeps clear of the
 * boundary whichever way a server rounds.
 */
const maxPointsPerRequest = 11_000;
/**
 * Step used when none is given and the window is short enough: 15 s, the scrape interval of the
 * configuration Prometheus ships as its example. A finer step than the scrape interval only
 * repeats samples (each step takes the latest sample before it), and repeated values are ties
 * that weaken the trend tests.
 */
const defaultStepSeconds = 15;
/**
 * Most requests one query may be split into: 100 × 11,000 points is a million points per
 * series, more than a night's analysis needs; beyond it the step is surely a mistake.
 */
const maxRequestsPerQuery = 100;
/**
 * Plans the requests of one range query: the step (given, or {@link defaultStepSeconds}, or
 * coarser when the window would otherwise need more than {@link maxPointsPerRequest} points),
 * and the window cut into slices of at most that many points each, on one grid so that the
 * slices join without a gap or a duplicate.
 *
 * @param from start of the window, seconds since the epoch.
 * @param to end of the window (inclusive), seconds since the epoch.
 * @param step seconds between points.
 * @throws ConfigurationError when the window is empty or reversed, the step is not positive or
 *   finer than a millisecond, or the window needs more than {@link maxRequestsPerQuery} requests.
 */
function planQueryRange(from, to, step) {
    if (!Number.isFinite(from) || !Number.isFinite(to)) {
        throw new errors/* ConfigurationError */.j(`the time window ${from} to ${to} is not a pair of times`);
    }
    const fromMs = Math.round(from * 1000);
    const toMs = Math.round(to * 1000);
    if (toMs <= fromMs) {
        throw new errors/* ConfigurationError */.j(`the time window ends before it starts: --from ${formatSeconds(fromMs)} is not before --to ${formatSeconds(toMs)}`);
    }
    const stepMs = step === undefined ? defaultStepMs(toMs - fromMs) : Math.round(step * 1000);
    if (step !== undefined && (!Number.isFinite(step) || step <= 0 || stepMs < 1)) {
        throw new errors/* ConfigurationError */.j(`step ${step} s is not a positive number of seconds (Prometheus resolves 1 ms at best)`);
    }
    const sliceMs = maxPointsPerRequest * stepMs;
    const requests = Math.ceil((toMs - fromMs + 1) / sliceMs);
    if (requests > maxRequestsPerQuery) {
        throw new errors/* ConfigurationError */.j(`a step of ${formatSeconds(stepMs)} s over ${formatSeconds(toMs - fromMs)} s would take ${requests} requests of ${maxPointsPerRequest} points per query (at most ${maxRequestsPerQuery}); use a larger step`);
    }
    const windows = [];
    for (let startMs = fromMs; startMs <= toMs; startMs += sliceMs) {
        windows.push({ startMs, endMs: Math.min(toMs, startMs + (maxPointsPerRequest - 1) * stepMs) });
    }
    return { stepMs, windows };
}
/** The default step for a window: 15 s, or whole seconds coarse enough for one request. */
function defaultStepMs(spanMs) {
    const finest = Math.ceil(spanMs / 1000 / (maxPointsPerRequest - 1)) * 1000;
    return Math.max(defaultStepSeconds * 1000, finest);
}
/**
 * The range-query endpoint of a Prometheus server given by its base URL
 * (`http://prometheus:9090`, `https://example.org/prometheus/` behind a path prefix, or the
 * endpoint itself). Credentials in the URL become a Basic `Authorization` header, because
 * `fetch` refuses a URL that holds them.
 *
 * @throws ConfigurationError when `base` is not an http(s) URL.
 */
function queryRangeEndpoint(base) {
    let url;
    try {
        url = new URL(base);
    }
    catch {
        throw new errors/* ConfigurationError */.j(`--prometheus ${JSON.stringify(base)} is not a URL (expected e.g. http://prometheus:9090)`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors/* ConfigurationError */.j(`--prometheus ${JSON.stringify(base)} is not an http(s) URL (expected e.g. http://prometheus:9090)`);
    }
    const headers = {};
    if (url.username !== '' || url.password !== '') {
        const user = decodeURIComponent(url.username);
        const password = decodeURIComponent(url.password);
        headers['authorization'] =
            `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
        url.username = '';
        url.password = '';
    }
    const path = url.pathname.replace(/\/+$/, '');
    url.pathname = path.endsWith('/api/v1/query_range') ? path : `${path}/api/v1/query_range`;
    return { url, display: `${url.origin}${url.pathname}`, headers };
}
/**
 * The request of one slice of a range query: `query`, `start`, `end` and `step` as Prometheus'
 * `/api/v1/query_range` takes them (seconds with a millisecond fraction). Parameters already in
 * the endpoint's query string (a tenant for a proxy) are kept.
 */
function buildQueryRangeRequest(endpoint, promql, window, stepMs) {
    const form = new URLSearchParams({
        query: promql,
        start: formatSeconds(window.startMs),
        end: formatSeconds(window.endMs),
        step: formatSeconds(stepMs),
    }).toString();
    const get = new URL(endpoint);
    get.search = get.search === '' ? form : `${get.search.slice(1)}&${form}`;
    return { url: endpoint.toString(), form, getUrl: get.toString() };
}
/** Milliseconds as decimal seconds, exactly (`1796590800123` → `1796590800.123`). */
function formatSeconds(ms) {
    const sign = ms < 0 ? '-' : '';
    const whole = Math.floor(Math.abs(ms) / 1000);
    const fraction = Math.abs(ms) % 1000;
    return fraction === 0
        ? `${sign}${whole}`
        : `${sign}${whole}.${String(fraction).padStart(3, '0').replace(/0+$/, '')}`;
}

// EXTERNAL MODULE: ./src/gates/soak/prometheus/query-range-response.ts
var query_range_response = __webpack_require__(11890);
;// CONCATENATED MODULE: ./src/gates/soak/prometheus/client.ts



/**
 * Default wait for one answer: a minute. Prometheus itself gives up on a query after two
 * (`--query.timeout`), but a soak job should not hang that long on a server that is not there.
 */
const defaultTimeoutMs = 60_000;
/**
 * Runs each query over the window on a Prometheus server (`/api/v1/query_range`, POST
 * form-encoded, or GET when the server or a proxy answers POST with 405, as promtool does) and
 * gathers the series: one per label set of each query, named after the query. A window longer
 * than 11,000 steps is fetched in slices (Prometheus' limit per request), joined seamlessly.
 * Queries run one after another, so as not to load the server a soak job is measuring.
 *
 * @throws ConfigurationError naming the query and the server when the server cannot be reached,
 *   does not answer in time, refuses the credentials, answers an error (its message quoted) or
 *   something that is not a Prometheus answer, or finds no series for a query; or when the
 *   options are wrong (no queries, a name used twice, an empty window).
 */
async function queryPrometheus(options) {
    checkQueries(options.queries);
    const endpoint = queryRangeEndpoint(options.url);
    const plan = planQueryRange(options.from, options.to, options.step);
    const headers = requestHeaders(endpoint.headers, options.headers ?? {});
    const transport = {
        fetch: options.fetch ?? fetch,
        headers,
        timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
        display: endpoint.display,
        useGet: false,
    };
    const run = { format: 'prometheus', series: [], notes: [] };
    for (const query of options.queries) {
        const where = `query ${JSON.stringify(query.name)} (${abbreviate(query.promql)}) at ${endpoint.display}`;
        const answers = [];
        for (const window of plan.windows) {
            const request = buildQueryRangeRequest(endpoint.url, query.promql, window, plan.stepMs);
            answers.push(await send(transport, request, where));
        }
        const { series, notes } = (0,query_range_response/* parseQueryRangeAnswers */.a)(query.name, answers, where);
        run.series.push(...series);
        run.notes.push(...notes);
    }
    // Each query's series are in label order already; a stable sort by name keeps that.
    run.series.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return run;
}
async function send(transport, request, where) {
    if (!transport.useGet) {
        const answer = await exchange(transport, request.url, where, {
            method: 'POST',
            body: request.form,
            contentType: 'application/x-www-form-urlencoded',
        });
        if (answer.status !== 405)
            return answer;
        transport.useGet = true;
    }
    return exchange(transport, request.getUrl, where, { method: 'GET' });
}
/** Socket errors after which a request is sent once more. */
const retriedErrors = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);
/**
 * One request and its answer. A query is read-only, so a request whose connection broke (a
 * kept-alive connection the server had just closed) is sent once more on a new one.
 */
async function exchange(transport, url, where, request) {
    for (let attempt = 1;; attempt++) {
        try {
            return await exchangeOnce(transport, url, request);
        }
        catch (error) {
            if (attempt === 1 && retriedErrors.has(errorCode(error) ?? ''))
                continue;
            throw new errors/* ConfigurationError */.j(`${where}: ${describeFetchFailure(error, transport.display, transport.timeoutMs)}`);
        }
    }
}
async function exchangeOnce(transport, url, request) {
    const headers = new Headers(transport.headers);
    if (request.contentType)
        headers.set('content-type', request.contentType);
    const response = await transport.fetch(url, {
        method: request.method,
        headers,
        body: request.body,
        redirect: 'follow',
        signal: AbortSignal.timeout(transport.timeoutMs),
    });
    const text = await response.text();
    const contentType = response.headers.get('content-type');
    return {
        status: response.status,
        statusText: response.statusText,
        ...(contentType === null ? {} : { contentType }),
        text,
    };
}
/** Connection errors by their Node code, in words. */
const connectionErrors = {
    ECONNREFUSED: 'connection refused (is Prometheus running, on that port?)',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed',
    ECONNRESET: 'connection reset',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    ETIMEDOUT: 'connection timed out',
};
/**
 * Why a fetch failed, in words: a timeout, or "cannot reach" with the connection error. Node's
 * fetch throws `TypeError('fetch failed')` and puts the socket error (or an AggregateError of
 * one per address tried) in `cause`.
 */
function describeFetchFailure(error, display, timeoutMs) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
        return `Prometheus at ${display} did not answer within ${timeoutMs / 1000} s`;
    }
    const code = errorCode(error);
    const reason = code === undefined
        ? error instanceof Error
            ? innermostMessage(error)
            : String(error)
        : `${connectionErrors[code] ?? 'connection failed'} (${code})`;
    return `cannot reach Prometheus at ${display}: ${reason}`;
}
function errorCode(error) {
    for (let current = error, depth = 0; current && depth < 5; depth++) {
        if (typeof current !== 'object')
            return undefined;
        const record = current;
        if (typeof record.code === 'string')
            return record.code;
        if (Array.isArray(record.errors) && record.errors.length > 0) {
            const inner = errorCode(record.errors[0]);
            if (inner)
                return inner;
        }
        current = record.cause;
    }
    return undefined;
}
function innermostMessage(error) {
    let current = error;
    while (current.cause instanceof Error)
        current = current.cause;
    return current.message;
}
function checkQueries(queries) {
    if (queries.length === 0) {
        throw new errors/* ConfigurationError */.j('--prometheus needs at least one --query NAME=PROMQL');
    }
    const names = new Set();
    for (const query of queries) {
        if (query.name.trim() === '') {
            throw new errors/* ConfigurationError */.j(`--query ${JSON.stringify(`=${query.promql}`)} has no name (expected NAME=PROMQL)`);
        }
        if (query.promql.trim() === '') {
            throw new errors/* ConfigurationError */.j(`--query ${JSON.stringify(query.name)} has no PromQL (expected NAME=PROMQL)`);
        }
        if (names.has(query.name)) {
            throw new errors/* ConfigurationError */.j(`--query ${JSON.stringify(query.name)} is given twice; each query needs its own name`);
        }
        names.add(query.name);
    }
}
/** The headers of every request: the URL's credentials, then the user's (which win). */
function requestHeaders(fromUrl, given) {
    const headers = new Headers(fromUrl);
    for (const [name, value] of Object.entries(given)) {
        try {
            headers.set(name, value);
        }
        catch {
            throw new errors/* ConfigurationError */.j(`header ${JSON.stringify(name)} is not a valid HTTP header name and value (no spaces or colons in the name, no line breaks in the value)`);
        }
    }
    headers.set('accept', 'application/json');
    return headers;
}
/** A PromQL expression for messages: one line, at most 80 characters. */
function abbreviate(promql) {
    const flat = promql.replace(/\s+/g, ' ').trim();
    return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

// EXTERNAL MODULE: ./src/gates/soak/parse/timestamp.ts
var timestamp = __webpack_require__(50311);
;// CONCATENATED MODULE: ./src/gates/soak/prometheus/time-argument.ts


/** Seconds in each unit of a Prometheus duration (`1h30m`); a year is 365 days, as in PromQL. */
const unitSeconds = {
    ms: 0.001,
    s: 1,
    m: 60,
    h: 3600,
    d: 86_400,
    w: 604_800,
    y: 31_536_000,
};
/** A Prometheus duration: units from the largest down, each at most once (`2h`, `1h30m`, `90s`). */
const durationPattern = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
const durationUnits = ['y', 'w', 'd', 'h', 'm', 's', 'ms'];
/** Seconds since the epoch written as a decimal number. */
const unixSeconds = /^[+-]?(\d+\.?\d*|\.\d+)$/;
/** As in parse/timestamp.ts: 1e11 s is the year 5138, 1e11 ms is 1973. */
const millisecondsFloor = 1e11;
const accepted = 'an RFC 3339 date-time (2026-12-06T21:00:00Z), seconds since the epoch (1796590800), or a time relative to now (now, now-2h, -90m, now-1h30m)';
/**
 * Seconds in a Prometheus duration such as `2h`, `90m` or `1h30m`, or `undefined` when `text` is
 * not one (or is zero: no window is zero long).
 */
function parsePrometheusDuration(text) {
    const m = durationPattern.exec(text);
    if (!m || text === '')
        return undefined;
    let seconds = 0;
    durationUnits.forEach((unit, index) => {
        const count = m[index + 1];
        if (count !== undefined)
            seconds += Number(count) * (unitSeconds[unit] ?? 0);
    });
    return seconds > 0 ? seconds : undefined;
}
/**
 * The time a `--from`/`--to` argument names, in seconds since the epoch: an RFC 3339 date-time,
 * seconds since the epoch, or a time relative to `now` (`now`, `now-2h`, or `-2h` for short; a
 * duration in Prometheus' syntax). Relative times let a nightly job say "the last two hours"
 * without computing dates in shell.
 *
 * @param now seconds since the epoch that relative times count from.
 * @throws ConfigurationError echoing `text` and the accepted forms when it is none of them, or
 *   looks like milliseconds since the epoch.
 * @example parseTimeArgument('now-2h', 1796590800) // 1796583600
 */
function parseTimeArgument(text, now) {
    const value = text.trim();
    if (value === 'now')
        return now;
    const relative = /^(?:now)?-(.+)$/.exec(value);
    if (relative) {
        const seconds = parsePrometheusDuration(relative[1] ?? '');
        if (seconds !== undefined)
            return now - seconds;
    }
    if (unixSeconds.test(value)) {
        const seconds = Number(value);
        if (Math.abs(seconds) >= millisecondsFloor) {
            throw new errors/* ConfigurationError */.j(`time ${JSON.stringify(text)} looks like milliseconds since the epoch; give seconds (divide by 1000), RFC 3339 or a relative time (now-2h)`);
        }
        return seconds;
    }
    const rfc3339 = (0,timestamp/* parseRfc3339 */.T)(value);
    if (rfc3339 !== undefined)
        return rfc3339;
    throw new errors/* ConfigurationError */.j(`time ${JSON.stringify(text)} is not ${accepted}`);
}

;// CONCATENATED MODULE: ./src/gates/soak/prometheus/index.ts






/***/ }),

/***/ 11890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ parseQueryRangeAnswers)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58382);
/* harmony import */ var _shared_is_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60791);
/* harmony import */ var _parse_csv_number_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11565);
/* harmony import */ var _parse_series_accumulator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56737);




const expectedShape = 'expected {"status": "success", "data": {"resultType": "matrix", "result": [{"metric": {…}, "values": [[<time>, "<value>"], …]}, …]}}';
/** Longest piece of an unexpected body quoted in a message. */
const quoteLength = 200;
/**
 * Reads the answers of Prometheus' `/api/v1/query_range` to one query (several when the window
 * was cut into slices: their series are joined by label set) into one {@link SoakSeries} per label
 * set, named `name` (the query's name, not the metric's: `rate(x[5m]) / rate(y[5m])` has no metric
 * name), with the labels Prometheus returned minus `__name__`.
 *
 * Sample values are strings in the API (`"12.5"`, `"NaN"`, `"+Inf"`, `"-Inf"`); non-finite ones are
 * dropped with a note, as in every soak parser, and so are series with too few points. The API's
 * `warnings` (and `infos`, which newer servers send) become notes. Native-histogram samples
 * (`histograms`) are not float samples and are dropped with a note saying what to query instead.
 *
 * @param where the query and server, for messages: `query "memory" at http://…`.
 * @throws ConfigurationError naming `where` when an answer is an API error (its `errorType` and
 *   `error` quoted), an HTTP error, not JSON, or not a matrix; or when no answer holds any series
 *   (a misspelt metric or a window without data must not pass as "nothing grew").
 */
function parseQueryRangeAnswers(name, answers, where) {
    const accumulator = new _parse_series_accumulator_js__WEBPACK_IMPORTED_MODULE_1__/* .SeriesAccumulator */ .O7();
    const notes = [];
    const seen = new Set();
    let matched = 0;
    let histogramSamples = 0;
    for (const answer of answers) {
        const document = readEnvelope(answer, where);
        for (const kind of ['warnings', 'infos']) {
            for (const message of stringList(document[kind])) {
                const note = `${name}: Prometheus ${kind === 'warnings' ? 'warns' : 'notes'}: ${message}`;
                if (!seen.has(note))
                    notes.push(note);
                seen.add(note);
            }
        }
        const data = document['data'];
        const resultType = (0,_shared_is_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(data) ? data['resultType'] : undefined;
        const result = (0,_shared_is_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(data) ? data['result'] : undefined;
        if (resultType !== 'matrix' || !Array.isArray(result)) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${where}: the answer is not a matrix (resultType ${JSON.stringify(resultType)}); ${expectedShape}`);
        }
        result.forEach((entry, index) => {
            const labels = readLabels(entry, `${where}: series ${index + 1}`);
            const identity = Object.keys(labels).length > 0 ? { name, labels } : { name };
            const series = (0,_parse_series_accumulator_js__WEBPACK_IMPORTED_MODULE_1__/* .describeSeries */ .dA)(identity);
            matched++;
            const values = (0,_shared_is_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(entry) ? entry['values'] : undefined;
            const histograms = (0,_shared_is_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(entry) ? entry['histograms'] : undefined;
            if (Array.isArray(histograms))
                histogramSamples += histograms.length;
            if (values === undefined && Array.isArray(histograms))
                return;
            if (!Array.isArray(values)) {
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${where}: ${series} has no "values" array; ${expectedShape}`);
            }
            for (const sample of values) {
                const [t, v] = readSample(sample, `${where}: ${series}`);
                accumulator.add(identity, t, v, `${series} at ${t}`);
            }
        });
    }
    if (matched === 0) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${where}: Prometheus found no series in the time window (check the metric name, its labels and --from/--to)`);
    }
    if (histogramSamples > 0) {
        notes.push(`${name}: ${histogramSamples} native histogram sample(s) dropped; query a number from them instead, e.g. histogram_quantile(0.99, rate(metric[5m]))`);
    }
    const series = accumulator.finish({ ordered: true }, notes);
    return { series, notes };
}
/** The top-level object of an answer, once it is known to be a successful API answer. */
function readEnvelope(answer, where) {
    const http = `HTTP ${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''}`;
    let document;
    try {
        document = JSON.parse(answer.text);
    }
    catch {
        document = undefined;
    }
    const status = (0,_shared_is_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(document) ? document['status'] : undefined;
    if ((0,_shared_is_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(document) && status === 'error') {
        const errorType = typeof document['errorType'] === 'string' ? document['errorType'] : 'error';
        const error = typeof document['error'] === 'string' ? document['error'] : '(no message given)';
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${where}: Prometheus answered an error (${http}, ${errorType}): ${error}`);
    }
    if (answer.status === 401 || answer.status === 403) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${where}: Prometheus refused the request (${http}): give the credentials it expects (an Authorization header, or user:password@ in the URL); it answered ${quote(answer.text)}`);
    }
    if (answer.status < 200 || answer.status > 299) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${where}: ${http}${answer.status >= 500 ? ' (the server or a proxy in front of it failed)' : ' (is this the URL of a Prometheus server?)'}: ${quote(answer.text)}`);
    }
    if (!(0,_shared_is_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(document)) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${where}: the answer is not JSON (${http}, content type ${answer.contentType ?? 'unknown'}): ${quote(answer.text)}; is this the URL of a Prometheus server?`);
    }
    if (status !== 'success') {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${where}: not a Prometheus API answer (status ${JSON.stringify(status)}); ${expectedShape}`);
    }
    return document;
}
/** A series' labels without `__name__`. */
function readLabels(entry, where) {
    const metric = (0,_shared_is_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(entry) ? entry['metric'] : undefined;
    if (!(0,_shared_is_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(metric)) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${where} has no "metric" object; ${expectedShape}`);
    }
    const labels = {};
    for (const [key, value] of Object.entries(metric)) {
        if (typeof value !== 'string') {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${where}: label ${key} is ${JSON.stringify(value)}, not a string`);
        }
        if (key !== '__name__')
            labels[key] = value;
    }
    return labels;
}
/** `[<seconds since the epoch>, "<value>"]` as `[t, v]`; `v` may be NaN or ±Infinity. */
function readSample(sample, where) {
    if (Array.isArray(sample) && sample.length === 2) {
        const t = sample[0];
        const text = sample[1];
        const v = typeof text === 'string' ? (0,_parse_csv_number_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCsvNumber */ .f)(text) : undefined;
        if (typeof t === 'number' && Number.isFinite(t) && v !== undefined)
            return [t, v];
    }
    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${where}: sample ${quote(JSON.stringify(sample) ?? String(sample))} is not [<time>, "<value>"]`);
}
function stringList(value) {
    return Array.isArray(value) ? value.filter((m) => typeof m === 'string') : [];
}
/** A body quoted for a message: whitespace collapsed, cut at {@link quoteLength} characters. */
function quote(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    if (flat === '')
        return '(an empty body)';
    return JSON.stringify(flat.length > quoteLength ? `${flat.slice(0, quoteLength)}…` : flat);
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

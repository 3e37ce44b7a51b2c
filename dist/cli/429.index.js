export const id = 429;
export const ids = [429];
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

/***/ 11429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   benchHistoryVerdict: () => (/* binding */ benchHistoryVerdict)
/* harmony export */ });
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12011);
/* harmony import */ var _report_labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47923);
/* harmony import */ var _change_points_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71641);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66242);
/**
 * The verdict of a scheduled look at a suite's stored history (`kaizen-gates bench history`, the
 * bench action's `mode: history`): every change point with its commit range, magnitude and
 * p-value, a chart of every benchmark that has one, and a status from the change points that
 * lie in the recent runs (`since`). Pure; user text (benchmark names, commits) goes into table
 * cells and chart labels, which the report layer escapes.
 */




/** Most stored runs a chart shows (Mermaid draws every x label; more would overlap). */
const MAX_CHART_POINTS = 100;
/** Characters of a commit sha shown, as `git log --oneline` does. */
const SHORT_SHA = 7;
const kindOrder = {
    'new regression': 0,
    'possible regression': 1,
    regression: 2,
    improvement: 3,
};
/**
 * The verdict of a suite's history. Fails when a regression change point (its magnitude above
 * the minimum, as every kept one is) begins within `since` and its p-value is below
 * `significance` divided by the number of benchmarks searched (Bonferroni); warns when such a
 * regression is only below `significance`; passes otherwise, listing older change points and
 * improvements.
 *
 * @throws {ConfigurationError} when `since` names a commit the history does not hold.
 */
function benchHistoryVerdict(allEntries, options) {
    const entries = options.suite === undefined ? allEntries : allEntries.filter((e) => e.suite === options.suite);
    const first = (0,_change_points_js__WEBPACK_IMPORTED_MODULE_1__/* .sinceStart */ .UU)(entries, options.since, options.source);
    const found = (0,_change_points_js__WEBPACK_IMPORTED_MODULE_1__/* .findChangePoints */ .ho)((0,_change_points_js__WEBPACK_IMPORTED_MODULE_1__/* .benchmarkSeries */ .D1)(entries), options.changePoints);
    const recent = (p) => p.after.entry >= first;
    const rows = [];
    // Bonferroni across the benchmarks searched: each is its own test, and a suite of 50 would
    // otherwise fail on some benchmark's noise most nights.
    const searched = found.filter((b) => b.series.points.length >= _change_points_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_POINTS */ .Bx).length;
    const failLevel = options.changePoints.significance / Math.max(1, searched);
    for (const benchmark of found) {
        for (const point of benchmark.changePoints) {
            const kind = !point.regression
                ? 'improvement'
                : !recent(point)
                    ? 'regression'
                    : point.pValue < failLevel
                        ? 'new regression'
                        : 'possible regression';
            rows.push({ benchmark, point, kind });
        }
    }
    rows.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] ||
        b.point.after.entry - a.point.after.entry ||
        b.point.magnitude - a.point.magnitude);
    const count = (kind) => rows.filter((r) => r.kind === kind).length;
    const newRegressions = count('new regression');
    const possible = count('possible regression');
    const status = newRegressions > 0 ? 'fail' : possible > 0 ? 'warn' : 'pass';
    const window = (0,_change_points_js__WEBPACK_IMPORTED_MODULE_1__/* .describeSince */ .IU)(options.since);
    const benchmarks = (0,_report_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .countOf */ .pq)(found.length, 'benchmark');
    const context = `${(0,_report_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .countOf */ .pq)(rows.length, 'change point')} in the history of ${benchmarks}`;
    const headline = entries.length === 0
        ? 'No stored runs to look for change points in'
        : status === 'fail'
            ? `${(0,_report_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .countOf */ .pq)(newRegressions, 'regression')} in ${window} (${context})`
            : status === 'warn'
                ? `${(0,_report_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .countOf */ .pq)(possible, 'possible regression')} in ${window}, not significant across the suite (${context})`
                : `No regression in ${window} (${context})`;
    const worst = rows
        .filter((r) => r.kind === 'new regression')
        .reduce((a, r) => (a && a.point.magnitude >= r.point.magnitude ? a : r), undefined);
    const metrics = [
        { key: 'benchmarks', label: 'Benchmarks', value: found.length, output: true },
        { key: 'runs', label: 'Stored runs', value: entries.length },
        { key: 'change-points', label: 'Change points', value: rows.length },
        { key: 'regressions', label: `Regressions in ${window}`, value: newRegressions, output: true },
        {
            key: 'improvements',
            label: 'Improvements',
            value: rows.filter((r) => r.kind === 'improvement').length,
            output: true,
        },
        {
            key: 'worst-change',
            label: 'Worst new change',
            value: worst ? (0,_report_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPercent */ .l9)(worst.point.change, { signed: true, digits: 1 }) : '–',
            output: true,
        },
        {
            key: 'worst-benchmark',
            label: 'Worst benchmark',
            value: worst?.benchmark.series.name ?? '–',
            output: true,
        },
    ];
    const tables = rows.length === 0
        ? []
        : [
            {
                id: 'change-points',
                title: 'Change points',
                columns: [
                    { header: 'Benchmark' },
                    { header: 'Commits (last before … first after)' },
                    { header: 'Stored' },
                    { header: 'Before (mean)', align: 'right' },
                    { header: 'After (mean)', align: 'right' },
                    { header: 'Change', align: 'right' },
                    { header: 'p', align: 'right' },
                    { header: 'Direction' },
                ],
                rows: rows.map(tableRow),
            },
        ];
    const charted = found.filter((b) => rows.some((r) => r.benchmark === b));
    return {
        schemaVersion: 1,
        gate: 'bench',
        key: options.key,
        status,
        headline,
        metrics,
        tables,
        findings: [],
        notes: notesFor(entries.length, found, options, window, failLevel),
        charts: charted.map(chartOf),
        data: {
            mode: 'history',
            options: { ...options.changePoints },
            since: options.since,
            firstRecentRun: first,
            runs: entries.length,
            changePoints: rows.map(({ benchmark, point, kind }) => ({
                benchmark: benchmark.series.name,
                unit: benchmark.series.unit,
                direction: benchmark.series.direction,
                kind,
                index: point.index,
                before: point.before,
                after: point.after,
                meanBefore: point.meanBefore,
                meanAfter: point.meanAfter,
                change: point.change,
                magnitude: point.magnitude,
                pValue: point.pValue,
            })),
        },
    };
}
function tableRow({ benchmark, point, kind }) {
    const { unit } = benchmark.series;
    const range = `${point.before.sha.slice(0, SHORT_SHA)}…${point.after.sha.slice(0, SHORT_SHA)}`;
    return [
        { text: benchmark.series.name, code: true },
        { text: range, code: true },
        point.after.createdAt.slice(0, 10),
        (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(point.meanBefore, unit),
        (0,_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(point.meanAfter, unit),
        (0,_report_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPercent */ .l9)(point.change, { signed: true, digits: 1 }),
        formatP(point.pValue),
        kind,
    ];
}
function formatP(p) {
    if (p < 0.0001)
        return '<0.0001';
    return String(Number(p.toPrecision(2)));
}
function notesFor(runs, found, options, window, failLevel) {
    const { window: length, significance, minMagnitude } = options.changePoints;
    const notes = [
        {
            level: 'info',
            text: `Change points of ${options.source} by E-Divisive as Apache Otava runs it: windows of ${length} runs, p below ${significance}, a change of the mean above ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPercent */ .l9)(minMagnitude, { digits: 1 })}. A regression that begins in ${window} fails when its p-value is also below ${Number(failLevel.toPrecision(2))} (${significance} divided by the benchmarks searched, so that a large suite does not fail on noise), and warns otherwise.`,
        },
    ];
    if (runs === 0) {
        notes.push({
            level: 'info',
            text: `${options.source} holds no run${options.suite === undefined ? '' : ` of suite ${options.suite}`} yet: store runs on pushes to the default branch (\`history: true\`, or \`--history-file\` with \`--save-baseline always\`).`,
        });
    }
    const short = found.filter((b) => b.series.points.length < _change_points_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_POINTS */ .Bx).length;
    if (short > 0) {
        notes.push({
            level: 'info',
            text: `${(0,_report_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .countOf */ .pq)(short, 'benchmark')} with fewer than 3 stored runs cannot have a change point yet.`,
        });
    }
    if (options.unreadableLines !== undefined && options.unreadableLines > 0) {
        notes.push({
            level: 'warning',
            text: `${(0,_report_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .countOf */ .pq)(options.unreadableLines, 'line')} of ${options.source} could not be read as bench history entries and were left out.`,
        });
    }
    return notes;
}
/** The stored medians of a benchmark with the mean of each segment between its change points. */
function chartOf(benchmark) {
    const { series, changePoints } = benchmark;
    const bounds = [0, ...changePoints.map((c) => c.index), series.points.length];
    const levels = new Float64Array(series.points.length);
    for (let s = 0; s + 1 < bounds.length; s++) {
        const start = bounds[s];
        const end = bounds[s + 1];
        let sum = 0;
        for (let i = start; i < end; i++)
            sum += series.points[i].value;
        levels.fill(sum / (end - start), start, end);
    }
    // A long history is thinned evenly rather than cut, so that every step stays in the picture.
    const total = series.points.length;
    const picked = total <= MAX_CHART_POINTS
        ? series.points.map((_, i) => i)
        : Array.from({ length: MAX_CHART_POINTS }, (_, i) => Math.round((i * (total - 1)) / (MAX_CHART_POINTS - 1)));
    const shown = picked.map((i) => series.points[i]);
    const scale = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_3__/* .displayUnit */ .H2)(shown.at(-1)?.value ?? 0, series.unit);
    const older = total > MAX_CHART_POINTS ? ` (${picked.length} of ${total} runs, evenly spaced)` : '';
    return {
        title: `${series.name}: stored medians and segment means${older}`,
        xLabels: shown.map((p) => p.sha.slice(0, SHORT_SHA)),
        yLabel: scale.unit,
        series: [
            {
                name: 'median of the run',
                kind: 'line',
                values: shown.map((p) => p.value / scale.divisor),
            },
            {
                name: 'mean between change points',
                kind: 'line',
                values: picked.map((i) => levels[i] / scale.divisor),
            },
        ],
    };
}


/***/ })

};

export const id = 969;
export const ids = [969];
export const modules = {

/***/ 45993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ placeInChange),
/* harmony export */   Z9: () => (/* binding */ normalizeChangePath),
/* harmony export */   ns: () => (/* binding */ changedFilesOf),
/* harmony export */   x0: () => (/* binding */ isChangedFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The change under review as a gate needs it: which files it touched and which of their lines it
 * added, so each finding can be placed on a changed line, elsewhere in a changed file, or in a
 * file the change did not touch. Pure.
 */

/**
 * A path in the one spelling used as a key: forward slashes, no `./` or empty segments, `..`
 * resolved where it can be. `./rules//a.yml` and `rules\a.yml` both become `rules/a.yml`.
 */
function normalizeChangePath(path) {
    const parts = [];
    for (const part of path.replace(/\\/g, '/').split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..' && parts.length > 0 && parts.at(-1) !== '..')
            parts.pop();
        else
            parts.push(part);
    }
    return (path.startsWith('/') ? '/' : '') + parts.join('/');
}
/**
 * Builds the lookup from files and their added lines (ranges are sorted and merged here; the
 * same path twice merges its lines, and `whole-file` wins).
 * @example changedFilesOf([{ path: './a.yml', lines: [{ start: 3, end: 4 }] }]).files.get('a.yml') // [{ start: 3, end: 4 }]
 */
function changedFilesOf(entries, root) {
    const files = new Map();
    for (const entry of entries) {
        const key = normalizeChangePath(entry.path);
        const before = files.get(key);
        if (before === 'whole-file' || entry.lines === 'whole-file') {
            files.set(key, 'whole-file');
        }
        else {
            files.set(key, mergeRanges([...(before ?? []), ...entry.lines]));
        }
    }
    return root === undefined ? { files } : { files, root };
}
/** Whether any line from `line` to `endLine` (inclusive) was added by the change. */
function touches(ranges, line, endLine) {
    // The first range that ends at or after `line`, by bisection: diffs of big files have many.
    let low = 0;
    let high = ranges.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if ((ranges[middle]?.end ?? 0) < line)
            low = middle + 1;
        else
            high = middle;
    }
    const candidate = ranges[low];
    return candidate !== undefined && candidate.start <= endLine;
}
/**
 * Places a finding spanning `line` to `endLine` of `path`: on a changed line when any of its
 * lines was added, in a changed file when the file was touched elsewhere, else in an unchanged
 * file.
 * @example placeInChange(changes, 'a.yml', 3) // 'changed-lines' for the example of changedFilesOf
 */
function placeInChange(changes, path, line, endLine = line) {
    const lines = changes.files.get(changeKey(changes, path));
    if (lines === undefined)
        return 'unchanged-file';
    if (lines === 'whole-file')
        return 'changed-lines';
    return touches(lines, line, Math.max(line, endLine)) ? 'changed-lines' : 'changed-file';
}
/** True when the change touched `path` at all. */
function isChangedFile(changes, path) {
    return changes.files.has(changeKey(changes, path));
}
function changeKey(changes, path) {
    if (changes.root !== undefined && (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path)) {
        return normalizeChangePath((0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(changes.root, path).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/'));
    }
    return normalizeChangePath(path);
}
function mergeRanges(ranges) {
    const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
    const merged = [];
    for (const range of sorted) {
        const last = merged.at(-1);
        if (last !== undefined && range.start <= last.end + 1)
            last.end = Math.max(last.end, range.end);
        else
            merged.push({ ...range });
    }
    return merged;
}


/***/ }),

/***/ 24969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gitPathspecsOf: () => (/* binding */ gitPathspecsOf),
  readChangedRuleFilesFrom: () => (/* binding */ readChangedRuleFilesFrom),
  readPromLintConfigFile: () => (/* binding */ readPromLintConfigFile),
  resolveReportScope: () => (/* binding */ resolveReportScope),
  runPromLint: () => (/* binding */ runPromLint),
  runPromLintGate: () => (/* binding */ runPromLintGate)
});

// EXTERNAL MODULE: ./src/diff/changed-lines.ts
var changed_lines = __webpack_require__(45993);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
;// CONCATENATED MODULE: ./src/shared/collect-garbage.ts
/**
 * A full garbage collection on request, for the moment a large intermediate structure has just
 * become garbage. V8 on a machine with gigabytes of memory lets the heap grow to about four
 * times what was live at the last full collection before it collects again, so the tree of a
 * 10 MB rule file would otherwise still take its room while the next phase allocates more.
 */


let gc;
/**
 * Collects garbage now. `gc` is only a global with `--expose-gc`; setting the flag at run time
 * makes V8 give it to contexts created afterwards, so one new context hands it over.
 */
function collectGarbage() {
    if (gc === undefined) {
        (0,external_node_v8_.setFlagsFromString)('--expose-gc');
        const found = (0,external_node_vm_.runInNewContext)('typeof gc === "function" ? gc : undefined');
        gc = typeof found === 'function' ? found : () => undefined;
    }
    gc();
}

// EXTERNAL MODULE: ./src/report/labels.ts
var labels = __webpack_require__(47923);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/gates/prom-lint/rulefmt/duration.ts
/**
 * Prometheus' duration syntax (prometheus/common model.ParseDuration), used by `for`,
 * `keep_firing_for`, `interval` and `query_offset`: units from largest to smallest, each at most
 * once, e.g. `1h30m`, `90s`, `2w`; `0` alone needs no unit.
 */
const DURATION = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
const UNIT_MS = [365 * 86_400_000, 7 * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1];
/** time.Duration is int64 nanoseconds: about 292 years. */
const MAX_MS = 9_223_372_036_854;
/**
 * Milliseconds of a Prometheus duration, or the error Prometheus gives for it.
 * @example parsePrometheusDuration('1h30m') // { ms: 5400000 }
 */
function parsePrometheusDuration(text) {
    if (text === '0')
        return { ms: 0 };
    if (text === '')
        return { error: 'empty duration string' };
    const match = DURATION.exec(text);
    if (match === null)
        return { error: `not a valid duration string: ${JSON.stringify(text)}` };
    let ms = 0;
    for (let i = 0; i < UNIT_MS.length; i++) {
        const digits = match[i + 1];
        if (digits !== undefined)
            ms += Number(digits) * (UNIT_MS[i] ?? 0);
    }
    if (ms > MAX_MS)
        return { error: 'duration out of range' };
    return { ms };
}

// EXTERNAL MODULE: ./src/gates/prom-lint/promql/versions.ts
var versions = __webpack_require__(42918);
;// CONCATENATED MODULE: ./src/gates/prom-lint/settings.ts
/** Named sets of conventions a configuration file can start from (`conventions: mixin`). */
const CONVENTION_PRESETS = {
    /** No convention checked: the default, so style never drowns the findings that are bugs. */
    none: {
        severities: [],
        summary: false,
        description: false,
        runbookUrl: false,
        alertNames: false,
        recordNames: false,
        redundantFor: false,
        humanizeValue: false,
        smellyRegex: false,
    },
    /**
     * The conventions of the Prometheus monitoring mixins: a severity label of critical, warning
     * or info, summary and description annotations, CamelCase alert names, level:metric:operations
     * record names (runbook_url stays a team's own choice).
     */
    mixin: {
        severities: ['critical', 'warning', 'info'],
        summary: true,
        description: true,
        runbookUrl: false,
        alertNames: true,
        recordNames: true,
        redundantFor: false,
        humanizeValue: false,
        smellyRegex: false,
    },
    /**
     * The style checks pint runs by default: no `for: 0s` (alerts/for), `$value` of a rate through
     * humanize (alerts/template), no regex picking a part out of a label value (promql/regexp).
     */
    pint: {
        severities: [],
        summary: false,
        description: false,
        runbookUrl: false,
        alertNames: false,
        recordNames: false,
        redundantFor: true,
        humanizeValue: true,
        smellyRegex: true,
    },
};
/**
 * Defaults: every check on, conventions off (opt-in through a preset, as in pint: on real rule
 * sets they were 96% of all warnings and drowned the bugs); a 15 s scrape interval, the interval
 * of Prometheus' example configuration and most Kubernetes stacks.
 */
const defaultPromLintSettings = {
    disabled: [],
    scrapeInterval: 15,
    conventions: CONVENTION_PRESETS.none,
};
/**
 * Whether a check runs under these settings.
 * @example isCheckEnabled({ ...defaultPromLintSettings, disabled: ['conventions/*'] }, 'conventions/summary') // false
 */
function isCheckEnabled(settings, check) {
    return !settings.disabled.some((off) => off.endsWith('/*') ? check.startsWith(off.slice(0, -1)) : check === off);
}

// EXTERNAL MODULE: ./node_modules/refa/index.js
var refa = __webpack_require__(55168);
;// CONCATENATED MODULE: ./src/gates/prom-lint/promql/selector-overlap.ts
/**
 * Whether two sets of PromQL label matchers can select the same series. The duplicate and
 * dependency checks need it to tell `code=~"5.."` from `code=~"2.."` (disjoint, so two recording
 * rules of one name do not collide) from `code=~"5.."` and `code!="200"` (they may).
 *
 * Prometheus matches regexes with Go's RE2, fully anchored and with `.` matching newlines
 * (`^(?s:…)$`, model/labels/regexp.go). JavaScript's RegExp reads the common subset the same way;
 * where a pattern uses syntax the two read differently, the answer is "may overlap", so the
 * checks stay quiet rather than wrong. Regex against regex is decided on finite automata with
 * `refa` (the automaton library eslint-plugin-regexp is built on) instead of a hand-written
 * intersection: it is exact for the shared subset, and it refuses, rather than hangs on, patterns
 * whose automata grow too large.
 */

/**
 * Escapes a JS pattern may carry with the meaning RE2 gives them. `\s` is left out (JS adds the
 * Unicode spaces), so are `\a` (RE2: bell; JS: the letter), `\pN`, `\Q…\E`, `\z`, `\A`, `\C` and
 * octal or back references, which one of the two does not know.
 */
const SHARED_LETTER_ESCAPES = new Set(['d', 'D', 'w', 'W', 'b', 'B', 'n', 't', 'r', 'f', 'v']);
/** Characters a RegExp without the `u` flag sees as two (RE2 sees one). */
const BEYOND_BMP = /[\u{10000}-\u{10ffff}]/u;
/** The largest character of a RegExp without the `u` flag (UTF-16 code units). */
const MAX_CHARACTER = 0xffff;
/** Most automaton states one comparison may build before it gives up ("may overlap"). */
const MAX_AUTOMATON_NODES = 10_000;
/**
 * The pattern as JavaScript source with the meaning RE2 gives it, or undefined when it uses
 * syntax the two engines read differently (inline flags, named classes, `\pL`, characters beyond
 * the Basic Multilingual Plane, which a RegExp without the `u` flag splits in two).
 * @example jsPatternOf('5..') // '5..'
 * @example jsPatternOf('(?i)error') // undefined
 */
function jsPatternOf(re2) {
    if (re2.includes('[:'))
        return undefined; // POSIX classes `[[:alpha:]]` (or a class with `:`)
    if (BEYOND_BMP.test(re2))
        return undefined;
    for (let i = 0; i < re2.length; i += 1) {
        const ch = re2.charAt(i);
        if (ch === '\\') {
            const next = re2.charAt(i + 1);
            if (next === '')
                return undefined;
            if (next === 'x') {
                if (!/^[0-9a-fA-F]{2}$/u.test(re2.slice(i + 2, i + 4)))
                    return undefined;
                i += 3;
                continue;
            }
            if (/[a-zA-Z0-9]/u.test(next) && !SHARED_LETTER_ESCAPES.has(next))
                return undefined;
            i += 1;
        }
        else if (ch === '(' && re2.charAt(i + 1) === '?' && re2.charAt(i + 2) !== ':') {
            return undefined; // inline flags `(?i)`, `(?P<name>…)`, JS-only lookarounds
        }
    }
    return re2;
}
/** The fully anchored RegExp Prometheus would match with, or undefined (see jsPatternOf). */
function anchoredRegExp(re2) {
    const source = jsPatternOf(re2);
    if (source === undefined)
        return undefined;
    try {
        return new RegExp(`^(?:${source})$`, 's');
    }
    catch {
        return undefined; // not valid in JS (and almost always not in RE2 either)
    }
}
/**
 * Whether a label value (`''` for a missing label, as Prometheus treats it) satisfies a matcher;
 * undefined when the matcher's regex uses syntax JavaScript reads differently from RE2.
 * @example matcherAccepts({ name: 'code', op: '=~', value: '5..' }, '503') // true
 * @example matcherAccepts({ name: 'code', op: '!~', value: '5..' }, '200') // true
 */
function matcherAccepts(matcher, value) {
    switch (matcher.op) {
        case '=':
            return value === matcher.value;
        case '!=':
            return value !== matcher.value;
        case '=~':
        case '!~': {
            const regex = anchoredRegExp(matcher.value);
            if (regex === undefined || BEYOND_BMP.test(value))
                return undefined;
            return regex.test(value) === (matcher.op === '=~');
        }
    }
}
/**
 * The automaton of the values a matcher accepts, or undefined when the pattern is outside the
 * subset both engines share or its automaton would be too large.
 */
function automatonOf(matcher) {
    const pattern = matcher.op === '=' || matcher.op === '!='
        ? matcher.value.replace(/[\\^$.*+?()[\]{}|/-]/gu, '\\$&')
        : jsPatternOf(matcher.value);
    if (pattern === undefined)
        return undefined;
    try {
        const { expression, maxCharacter } = refa.JS.Parser.fromLiteral({
            source: pattern,
            flags: 's',
        }).parse({ assertions: 'throw', backreferences: 'throw', maxNodes: MAX_AUTOMATON_NODES });
        const factory = new refa/* NFA */.MD.LimitedNodeFactory(MAX_AUTOMATON_NODES);
        const nfa = refa/* NFA */.MD.fromRegex(expression, { maxCharacter }, {}, factory);
        if (matcher.op === '=' || matcher.op === '=~')
            return nfa;
        const dfa = refa/* DFA */.M8.fromFA(nfa, new refa/* DFA */.M8.LimitedNodeFactory(MAX_AUTOMATON_NODES));
        dfa.complement();
        return dfa;
    }
    catch {
        // Syntax JS rejects, an assertion (`^`, `\b`) inside the pattern, or too many states.
        return undefined;
    }
}
/**
 * Whether one value can satisfy every matcher on a single label. Decided exactly when there is
 * an equality matcher (its value is the only candidate) or when every pattern is in the shared
 * subset; otherwise true ("may").
 */
function labelSatisfiable(matchers) {
    if (matchers.length < 2)
        return true;
    const equality = matchers.find((matcher) => matcher.op === '=');
    if (equality !== undefined)
        return matchers.every((matcher) => matcherAccepts(matcher, equality.value) !== false);
    const automata = [];
    for (const matcher of matchers) {
        const automaton = automatonOf(matcher);
        if (automaton === undefined)
            return true;
        automata.push(automaton);
    }
    try {
        let product = refa/* NFA */.MD.all({ maxCharacter: MAX_CHARACTER });
        for (const next of automata) {
            const factory = new refa/* NFA */.MD.LimitedNodeFactory(MAX_AUTOMATON_NODES);
            // One call per automaton kind: fromIntersection is generic over the node type.
            product =
                next instanceof refa/* NFA */.MD
                    ? refa/* NFA */.MD.fromIntersection(product, next, factory)
                    : refa/* NFA */.MD.fromIntersection(product, next, factory);
        }
        return !product.isEmpty;
    }
    catch {
        return true; // too many states: cannot tell
    }
}
/**
 * Whether some series can satisfy every matcher of both sets; false only when that is provably
 * impossible (e.g. `code=~"2.."` against `code=~"5.."`, `job="a"` against `job!~"a|b"`, or two
 * metric names). Labels are independent of each other, so the sets are disjoint exactly when the
 * matchers on one label cannot all hold. A missing label is the value `''`, as in Prometheus.
 * Cost: linear in the matchers, plus an automaton product per label with only regex matchers.
 * @example matcherSetsMayOverlap([{ name: 'code', op: '=~', value: '2..' }], [{ name: 'code', op: '=~', value: '5..' }]) // false
 */
function matcherSetsMayOverlap(a, b) {
    const byLabel = new Map();
    for (const matcher of [...a, ...b]) {
        const list = byLabel.get(matcher.name);
        if (list === undefined)
            byLabel.set(matcher.name, [matcher]);
        else
            list.push(matcher);
    }
    return [...byLabel.values()].every(labelSatisfiable);
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/anchored-pattern.ts
/**
 * Patterns of the configured checks (`required-labels`, `reject`), read as Prometheus reads a
 * regex matcher: RE2 syntax, fully anchored.
 */

const compiled = new Map();
/**
 * The pattern as a RegExp anchored at both ends, or undefined when JavaScript cannot read it as
 * RE2 does (the configuration file refuses such patterns).
 * @example anchoredPattern('https?://.+')?.test('https://grafana/d/1') // true
 */
function anchoredPattern(pattern) {
    if (compiled.has(pattern))
        return compiled.get(pattern);
    const source = jsPatternOf(pattern);
    let regex;
    try {
        regex = source === undefined ? undefined : new RegExp(`^(?:${source})$`, 's');
    }
    catch {
        regex = undefined;
    }
    compiled.set(pattern, regex);
    return regex;
}

// EXTERNAL MODULE: ./src/gates/prom-lint/defaults.ts
var defaults = __webpack_require__(74677);
;// CONCATENATED MODULE: ./src/gates/prom-lint/config-file.ts
/**
 * The prom-lint configuration file (`.kaizen-gates/prom-lint.yml` by default): the inputs a team
 * wants in version control next to its rules, and the tunables of the warning checks. Read
 * strictly, as Prometheus reads rule files: an unknown key or a value of the wrong type is a
 * ConfigurationError naming the file, line, column and key (with the nearest known key when
 * it looks like a typo), because a misspelt setting that is silently ignored is worse than none.
 * Pure: text in, config out.
 */







const CONVENTION_PRESET_NAMES = Object.keys(CONVENTION_PRESETS);
/** The values of {@link PromLintScope}, for messages and validation. */
const PROM_LINT_SCOPES = ['auto', 'changed-files', 'all'];

/**
 * The settings of the configured checks (`aggregation-keep`, `required-labels`, `reject`) a
 * configuration file sets, to spread over the other settings.
 * @example checkOptionsOf(parsePromLintConfig('reject: [{pattern: a, label-keys: true}]', 'c.yml'))
 *   // { reject: [{ pattern: 'a', labelKeys: true, labelValues: false, ... }] }
 */
function checkOptionsOf(config) {
    return {
        ...(config?.maxRange === undefined ? {} : { maxRange: config.maxRange }),
        ...(config?.alertFor === undefined ? {} : { alertFor: config.alertFor }),
        ...(config?.aggregationKeep === undefined ? {} : { aggregationKeep: config.aggregationKeep }),
        ...(config?.requiredLabels === undefined ? {} : { requiredLabels: config.requiredLabels }),
        ...(config?.reject === undefined ? {} : { reject: config.reject }),
    };
}
/** Which rules a configured check applies to. */
const RULE_KINDS = ['alerting', 'recording', 'all'];
/** A check name (`promql/irate-in-alert`) or a whole family (`conventions/*`). */
const CHECK_PATTERN = /^[a-z][a-z0-9-]*\/(?:\*|[a-z0-9][a-z0-9-]*)$/;
/**
 * Parses a configuration file. An empty file is an empty configuration.
 *
 * @param path the file's path, for messages.
 * @throws ConfigurationError `FILE:LINE:COLUMN: …` on a YAML error, an unknown key, or a value of
 *   the wrong type.
 * @example parsePromLintConfig('scrape-interval: 30s\ndisabled: [conventions/*]', 'c.yml')
 *   // { path: 'c.yml', scrapeInterval: 30, disabled: ['conventions/*'] }
 */
function parsePromLintConfig(text, path) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const where = (offset) => {
        const { line, col } = lineCounter.linePos(offset ?? 0);
        return `${path}:${line}:${col}`;
    };
    const [error] = document.errors;
    if (error !== undefined) {
        throw new errors/* ConfigurationError */.j(`${where(error.pos[0])}: not a valid YAML file: ${error.message.split('\n')[0] ?? ''}`);
    }
    const config = { path };
    const root = document.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null))
        return config;
    function fail(node, message) {
        throw new errors/* ConfigurationError */.j(`${where(node?.range?.[0])}: ${message}`);
    }
    const resolve = (node) => {
        const resolved = (0,dist/* isAlias */.Vj)(node) ? node.resolve(document) : node;
        return (0,dist/* isScalar */.jn)(resolved) || (0,dist/* isMap */.jh)(resolved) || (0,dist/* isSeq */.oP)(resolved) ? resolved : undefined;
    };
    const boolean = (set) => (node, key) => {
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'boolean')
            set(node.value);
        else
            fail(node, `'${key}' is ${show(node)}; expected true or false.`);
    };
    const string = (node, key) => (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && node.value.trim() !== ''
        ? node.value.trim()
        : fail(node, `'${key}' has ${show(node)}; expected a non-empty string.`);
    const stringList = (node, key, allowEmpty) => {
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string')
            return [string(node, key)];
        if (!(0,dist/* isSeq */.oP)(node))
            return fail(node, `'${key}' is ${show(node)}; expected a list of strings.`);
        const items = node.items.map((item) => string(resolve(item), key));
        if (items.length === 0 && !allowEmpty)
            fail(node, `'${key}' is an empty list.`);
        return items;
    };
    const preset = (node, key) => {
        const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
        const found = CONVENTION_PRESET_NAMES.find((name) => name === value);
        return (found ??
            fail(node, `'${key}' is ${show(node)}; expected a preset (${CONVENTION_PRESET_NAMES.join(', ')}) or a map of conventions.`));
    };
    const conventions = {};
    const conventionKeys = {
        preset: (node, key) => {
            config.conventionPreset = preset(node, key);
        },
        severities: (node, key) => {
            conventions.severities = stringList(node, key, true);
        },
        summary: boolean((value) => (conventions.summary = value)),
        description: boolean((value) => (conventions.description = value)),
        'runbook-url': boolean((value) => (conventions.runbookUrl = value)),
        'alert-names': boolean((value) => (conventions.alertNames = value)),
        'record-names': boolean((value) => (conventions.recordNames = value)),
        'redundant-for': boolean((value) => (conventions.redundantFor = value)),
        'humanize-value': boolean((value) => (conventions.humanizeValue = value)),
        'smelly-regex': boolean((value) => (conventions.smellyRegex = value)),
    };
    const positiveDuration = (node, key) => {
        const text = (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' ? node.value.trim() : '';
        const parsed = parsePrometheusDuration(text);
        return text !== '' && 'ms' in parsed && parsed.ms > 0
            ? parsed.ms
            : fail(node, `'${key}' is ${show(node)}; expected a Prometheus duration such as 6h.`);
    };
    const ruleKind = (node, key) => {
        const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
        return (RULE_KINDS.find((kind) => kind === value) ??
            fail(node, `'${key}' is ${show(node)}; expected one of: ${RULE_KINDS.join(', ')}.`));
    };
    const pattern = (node, key) => {
        const text = string(node, key);
        return anchoredPattern(text) !== undefined
            ? text
            : fail(node, `'${key}' is ${show(node)}; expected a regular expression (RE2 syntax).`);
    };
    /** A list of mappings, each read by `readers` after `start()` gives its defaults. */
    function listOfMaps(node, key, start, readers, required) {
        const items = (0,dist/* isSeq */.oP)(node) ? node.items : (0,dist/* isMap */.jh)(node) ? [node] : undefined;
        if (items === undefined)
            return fail(node, `'${key}' is ${show(node)}; expected a list of mappings.`);
        return items.map((raw) => {
            const item = start();
            const itemNode = resolve(raw) ?? node;
            readMap(itemNode, key, readers(item), `${key}.`);
            for (const field of required) {
                const value = item[field];
                if (value === '' || (Array.isArray(value) && value.length === 0))
                    fail(itemNode, `every entry of '${key}' needs '${kebab(field)}'.`);
            }
            return item;
        });
    }
    const topKeys = {
        paths: (node, key) => {
            config.paths = stringList(node, key, false);
        },
        'legacy-names': boolean((value) => (config.legacyNames = value)),
        'experimental-functions': boolean((value) => (config.experimentalFunctions = value)),
        'prometheus-version': (node, key) => {
            // The file's text, not the YAML value: `2.50` reads as the number 2.5, another release.
            const range = (0,dist/* isScalar */.jn)(node) ? node.range : undefined;
            const raw = range == null ? '' : text.slice(range[0], range[1]);
            const version = (0,versions/* parsePrometheusVersion */.EF)(raw.replace(/^(['"])(.*)\1$/su, '$2'));
            if (version === undefined)
                fail(node, `'${key}' is ${show(node)}; expected ${versions/* VERSION_EXPECTED */.IP}.`);
            else
                config.prometheusVersion = version;
        },
        'enable-features': (node, key) => {
            const items = (0,dist/* isSeq */.oP)(node) ? node.items : [node];
            config.enableFeatures = stringList(node, key, true).map((name, index) => (0,versions/* promqlFeatureFlag */.QO)(name) ??
                fail(resolve(items[index]) ?? node, `'${key}' has '${name}'; expected one of: ${Object.keys(versions/* PROMQL_FEATURE_FLAGS */.NH).join(', ')}.`));
        },
        scope: (node, key) => {
            const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
            const scope = PROM_LINT_SCOPES.find((choice) => choice === value);
            if (scope === undefined)
                fail(node, `'${key}' is ${show(node)}; expected one of: ${PROM_LINT_SCOPES.join(', ')}.`);
            else
                config.scope = scope;
        },
        disabled: (node, key) => {
            const list = stringList(node, key, true);
            const items = (0,dist/* isSeq */.oP)(node) ? node.items : [node];
            list.forEach((check, index) => {
                if (!CHECK_PATTERN.test(check))
                    fail(resolve(items[index]) ?? node, `'${key}' has '${check}'; expected a check name such as promql/irate-in-alert or a family such as conventions/*.`);
            });
            config.disabled = list;
        },
        'scrape-interval': (node, key) => {
            const text = (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' ? node.value.trim() : '';
            const parsed = parsePrometheusDuration(text);
            if (text === '' || !('ms' in parsed) || parsed.ms <= 0)
                fail(node, `'${key}' is ${show(node)}; expected a Prometheus duration such as 30s or 1m.`);
            else
                config.scrapeInterval = parsed.ms / 1000;
        },
        'max-range': (node, key) => {
            config.maxRange = positiveDuration(node, key);
        },
        'alert-for': (node, key) => {
            const alertFor = {};
            readMap(node, key, {
                min: (value, name) => (alertFor.min = positiveDuration(value, name)),
                max: (value, name) => (alertFor.max = positiveDuration(value, name)),
            }, `${key}.`);
            if (alertFor.min !== undefined && alertFor.max !== undefined && alertFor.min > alertFor.max)
                fail(node, `'${key}' has a min longer than its max.`);
            config.alertFor = alertFor;
        },
        'aggregation-keep': (node, key) => {
            config.aggregationKeep = listOfMaps(node, key, () => ({ rules: 'all', labels: [] }), (item) => ({
                rules: (value, name) => (item.rules = ruleKind(value, name)),
                labels: (value, name) => (item.labels = stringList(value, name, false)),
            }), ['labels']);
        },
        'required-labels': (node, key) => {
            config.requiredLabels = listOfMaps(node, key, () => ({ rules: 'all', metric: '', labels: [] }), (item) => ({
                rules: (value, name) => (item.rules = ruleKind(value, name)),
                metric: (value, name) => (item.metric = pattern(value, name)),
                labels: (value, name) => (item.labels = stringList(value, name, false)),
            }), ['metric', 'labels']);
        },
        reject: (node, key) => {
            config.reject = listOfMaps(node, key, () => ({
                pattern: '',
                labelKeys: false,
                labelValues: false,
                annotationKeys: false,
                annotationValues: false,
            }), (item) => ({
                pattern: (value, name) => (item.pattern = pattern(value, name)),
                'label-keys': boolean((value) => (item.labelKeys = value)),
                'label-values': boolean((value) => (item.labelValues = value)),
                'annotation-keys': boolean((value) => (item.annotationKeys = value)),
                'annotation-values': boolean((value) => (item.annotationValues = value)),
            }), ['pattern']);
            config.reject.forEach((rule, index) => {
                if (!rule.labelKeys && !rule.labelValues && !rule.annotationKeys && !rule.annotationValues)
                    fail(resolve((0,dist/* isSeq */.oP)(node) ? node.items[index] : node) ?? node, `the '${key}' entry for '${rule.pattern}' checks nothing; set label-keys, label-values, annotation-keys or annotation-values to true.`);
            });
        },
        conventions: (node, key) => {
            if ((0,dist/* isScalar */.jn)(node)) {
                config.conventionPreset = preset(node, key);
                return;
            }
            readMap(node, key, conventionKeys, `${key}.`);
            config.conventions = conventions;
        },
    };
    function readMap(node, what, readers, prefix) {
        if (!(0,dist/* isMap */.jh)(node)) {
            fail(node, `${what === '' ? 'the file' : `'${what}'`} is ${show(node)}; expected a mapping.`);
            return;
        }
        for (const pair of node.items) {
            const keyNode = resolve(pair.key);
            if (!(0,dist/* isScalar */.jn)(keyNode) || typeof keyNode.value !== 'string') {
                fail(keyNode, `keys are strings; found ${show(keyNode)}.`);
                return;
            }
            const key = keyNode.value;
            const reader = readers[key];
            if (reader === undefined) {
                fail(keyNode, unknownKeyMessage(prefix + key, Object.keys(readers), prefix));
                return;
            }
            const value = resolve(pair.value);
            if (value === undefined || ((0,dist/* isScalar */.jn)(value) && value.value === null))
                fail(value ?? keyNode, `'${prefix}${key}' has no value.`);
            else
                reader(value, prefix + key);
        }
    }
    readMap(root, '', topKeys, '');
    return config;
    function unknownKeyMessage(key, known, prefix) {
        const name = key.slice(prefix.length);
        const nested = prefix === '' && Object.keys(conventionKeys).includes(name);
        const hint = nested
            ? ` It belongs under 'conventions:'.`
            : (didYouMean(name, known).map((near) => ` Did you mean '${prefix}${near}'?`)[0] ?? '');
        return `unknown key '${key}'.${hint} Known keys${prefix === '' ? '' : ` of '${prefix.slice(0, -1)}'`}: ${known.join(', ')}.`;
    }
}
/**
 * The known key nearest to a misspelt one, when it is near enough to be a typo: at most 2 edits,
 * or a third of the key's length for long keys (`scrape_intervall` → `scrape-interval`).
 */
function didYouMean(key, known) {
    if (known.length === 0)
        return [];
    const near = (0,mod/* closest */.kp)(key.toLowerCase(), [...known]);
    const limit = Math.max(2, Math.floor(key.length / 3));
    return (0,mod/* distance */.Io)(key.toLowerCase(), near) <= limit ? [near] : [];
}
/** A field name as the file writes it: `labelKeys` → `label-keys`. */
function kebab(field) {
    return field.replace(/[A-Z]/gu, (upper) => `-${upper.toLowerCase()}`);
}
/** A value as the message shows it: `"yes"`, `3`, `a list`, `a mapping`, `empty`. */
function show(node) {
    if (node === undefined)
        return 'empty';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isScalar */.jn)(node))
        return node.value === null ? 'empty' : JSON.stringify(node.value);
    return 'not a value';
}

// EXTERNAL MODULE: ./src/shared/inputs.ts
var inputs = __webpack_require__(93876);
;// CONCATENATED MODULE: ./src/gates/prom-lint/inputs.ts
/**
 * Reads and validates the prom-lint gate's inputs once, for the action and the CLI alike. An
 * input that is given overrides the configuration file, which overrides the defaults; the action
 * therefore declares these inputs with empty defaults, so only what a workflow sets overrides
 * the file.
 */







/**
 * Reads the prom-lint inputs over a configuration file's values; throws ConfigurationError
 * naming the bad input.
 */
function readPromLintInputs(source, config) {
    const listed = (0,inputs/* listInput */.dt)(source, 'paths');
    const paths = listed.length > 0 ? listed : (config?.paths ?? []);
    const prometheusVersion = versionInput(source) ?? config?.prometheusVersion;
    const features = featuresInput(source) ?? config?.enableFeatures ?? [];
    return {
        common: (0,inputs/* readCommonInputs */.di)(source),
        paths: paths.length > 0 ? paths : [...defaults/* DEFAULT_RULE_GLOBS */.$],
        pathsFrom: listed.length === 0 && config?.paths !== undefined ? `paths' in '${config.path}` : 'paths',
        defaultPaths: paths.length === 0,
        // Prometheus 2 validates names with the legacy pattern.
        legacyNames: (0,inputs/* booleanInput */.tE)(source, 'legacy-names', config?.legacyNames ?? prometheusVersion?.major === 2),
        experimentalFunctions: (0,inputs/* booleanInput */.tE)(source, 'experimental-functions', config?.experimentalFunctions ?? false) ||
            features.includes('promql-experimental-functions'),
        scope: (0,inputs/* choiceInput */.ij)(source, 'scope', PROM_LINT_SCOPES, config?.scope ?? 'auto'),
        settings: withPromQL(settingsOf(config), promqlSettingsOf(prometheusVersion, features)),
        ...(config === undefined ? {} : { configPath: config.path }),
    };
}
/** The configuration file's input, when one is named (`config`, CLI `--config`). */
function configFileInput(source) {
    return (0,inputs/* optionalInput */.$m)(source, 'config');
}
/**
 * The warning-check settings of a configuration file over the defaults.
 * @example settingsOf(undefined) // defaultPromLintSettings
 */
function settingsOf(config) {
    if (config === undefined)
        return defaultPromLintSettings;
    return {
        disabled: config.disabled ?? defaultPromLintSettings.disabled,
        scrapeInterval: config.scrapeInterval ?? defaultPromLintSettings.scrapeInterval,
        conventions: {
            ...CONVENTION_PRESETS[config.conventionPreset ?? 'none'],
            ...config.conventions,
        },
        ...checkOptionsOf(config),
    };
}
/** The `prometheus-version` input, when given; throws ConfigurationError naming it when unreadable. */
function versionInput(source) {
    const text = (0,inputs/* optionalInput */.$m)(source, 'prometheus-version');
    if (text === undefined)
        return undefined;
    const version = (0,versions/* parsePrometheusVersion */.EF)(text);
    if (version === undefined)
        throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'prometheus-version')} is '${text}'; expected ${versions/* VERSION_EXPECTED */.IP}.`);
    return version;
}
/** The `enable-features` input (comma or line separated), when given. */
function featuresInput(source) {
    const names = (0,inputs/* listInput */.dt)(source, 'enable-features');
    if (names.length === 0)
        return undefined;
    return names.map((name) => {
        const flag = (0,versions/* promqlFeatureFlag */.QO)(name);
        if (flag === undefined)
            throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'enable-features')} has '${name}'; expected one of: ${Object.keys(versions/* PROMQL_FEATURE_FLAGS */.NH).join(', ')}.`);
        return flag;
    });
}
/** The PromQL settings a release and flags give, or undefined when neither is set. */
function promqlSettingsOf(prometheusVersion, features) {
    if (prometheusVersion === undefined && features.length === 0)
        return undefined;
    return {
        ...(prometheusVersion === undefined ? {} : { prometheusVersion }),
        durationExpressions: features.includes('promql-duration-expr'),
        extendedRangeSelectors: features.includes('promql-extended-range-selectors'),
        fillModifiers: features.includes('promql-binop-fill-modifiers'),
    };
}
/** `settings` with the PromQL settings, when there are any (the defaults stay the same object). */
function withPromQL(settings, promql) {
    return promql === undefined ? settings : { ...settings, promql };
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/existing-findings.ts
/**
 * Which findings of a change's rule files the change did not bring. A pull request that edits a
 * comment must not fail on the warnings its file already had: a finding is existing when it lies
 * off the changed lines and the base (the merge base of the change) had the same check on the
 * same rule. Lines cannot say "the same": an edit above a rule moves every finding below it, so
 * the rule is known by its name (file after renames, group, alert or record name), which an edit
 * elsewhere in the file leaves alone. A finding outside any named rule (a YAML error, a group's
 * interval) is matched by its message instead, which for those names the group or the problem,
 * not a rule's index. Pure.
 */

/**
 * The rule each finding lies in: the named rule whose lines (from its `- ` item to the next
 * rule or group of the file) hold the finding's first line. Findings on a group's own fields, in
 * a rule without a name, or in no rule at all have none. O((findings + rules) · log rules).
 * @example ruleIdentities(findings, models).get(finding) // { group: 'api', kind: 'alert', name: 'HighErrorRate' }
 */
function ruleIdentities(findings, models) {
    const startsOf = new Map();
    for (const model of models) {
        let starts = startsOf.get(model.file);
        if (starts === undefined)
            startsOf.set(model.file, (starts = []));
        for (const group of model.groups) {
            starts.push({ line: group.position.line, identity: undefined });
            for (const rule of group.rules) {
                const alert = rule.alert?.value ?? '';
                const record = rule.record?.value ?? '';
                // A rule that is both is an error of its own; it is known by neither name.
                const identity = alert !== '' && record === ''
                    ? { group: group.name?.value ?? '', kind: 'alert', name: alert }
                    : record !== '' && alert === ''
                        ? { group: group.name?.value ?? '', kind: 'record', name: record }
                        : undefined;
                starts.push({ line: rule.position.line, identity });
            }
        }
    }
    // A group's start sorts before a rule's on the same line (`- name: g` then `rules: [...]`).
    for (const starts of startsOf.values())
        starts.sort((a, b) => a.line - b.line || (a.identity === undefined ? -1 : 1));
    const identities = new Map();
    for (const finding of findings) {
        const identity = lastStartAtOrBefore(startsOf.get(finding.file) ?? [], finding.line)?.identity;
        if (identity !== undefined)
            identities.set(finding, identity);
    }
    return identities;
}
/** The last start at or before `line`, by bisection (a file may hold 10,000 rules). */
function lastStartAtOrBefore(starts, line) {
    let low = 0;
    let high = starts.length - 1;
    let found;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const start = starts[middle];
        if (start !== undefined && start.line <= line) {
            found = start;
            low = middle + 1;
        }
        else
            high = middle - 1;
    }
    return found;
}
/**
 * The findings of `head` the change did not bring: in a file the change touched, on none of its
 * changed lines, and matched by a finding of `base` with the same check on the same rule (or,
 * outside named rules, the same message) in the same file. `base` is the lint of the rule files
 * at the merge base, each named by its path after the change (a renamed file by its new name).
 * Matching counts: a rule with two findings of a check at head and one at base keeps one of them
 * new (the later one), since one more of them is what the change brought.
 *
 * A finding on a changed line is always new, whatever the base had: the change touched it. A
 * finding in a file the change did not touch is never in the set: it is out of the change's scope
 * altogether (see ReportScope), not an existing finding of it. A changed file the base does not
 * have (added, or unreadable) has no existing findings.
 * @example existingFindings(head, changes, base) // the warnings a comment-only edit left as they were
 */
function existingFindings(head, changes, base) {
    const atBase = new Map();
    for (const finding of base.findings) {
        const key = matchKey(finding, base.identities.get(finding));
        atBase.set(key, (atBase.get(key) ?? 0) + 1);
    }
    const existing = new Set();
    for (const finding of head.findings) {
        if ((0,changed_lines/* placeInChange */.Jt)(changes, finding.file, finding.line, finding.endLine) !== 'changed-file')
            continue;
        const key = matchKey(finding, head.identities.get(finding));
        const left = atBase.get(key) ?? 0;
        if (left === 0)
            continue;
        atBase.set(key, left - 1);
        existing.add(finding);
    }
    return existing;
}
/** What "the same finding" means across versions: the check and the rule, or the message. */
function matchKey(finding, identity) {
    const file = (0,changed_lines/* normalizeChangePath */.Z9)(finding.file);
    return identity === undefined
        ? JSON.stringify([file, finding.check, 'message', finding.message])
        : JSON.stringify([file, finding.check, identity.kind, identity.group, identity.name]);
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/rulefmt/names.ts
/**
 * Label and metric name rules of prometheus/common `model.ValidationScheme`: UTF-8 (the default
 * since Prometheus 3: any non-empty valid UTF-8) or legacy (the classic character sets).
 */
const LEGACY_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const LEGACY_METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
/** Whether `name` is a valid label (or annotation) name under the chosen scheme. */
function isValidLabelName(name, legacy) {
    if (legacy)
        return LEGACY_LABEL_NAME.test(name);
    return name.length > 0 && name.isWellFormed();
}
/** Whether `name` is a valid metric (recording rule) name under the chosen scheme. */
function isValidMetricName(name, legacy) {
    if (legacy)
        return LEGACY_METRIC_NAME.test(name);
    return name.length > 0 && name.isWellFormed();
}
/**
 * Whether a label value is valid: any valid UTF-8. A JavaScript string read from UTF-8 is valid
 * unless a YAML escape (`"\ud800"`) made a lone surrogate.
 */
function isValidLabelValue(value) {
    return value.isWellFormed();
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/rulefmt/validate.ts


/** Validates every group and rule of one rule document. */
function validateRuleFile(model, options = {}) {
    const legacy = options.legacyNames === true;
    const problems = [];
    const seen = new Set();
    for (const group of model.groups) {
        const name = group.name?.value ?? '';
        if (name === '') {
            problems.push({
                check: 'rulefmt/group-name',
                position: group.position,
                message: 'Groupname must not be empty',
            });
        }
        else if (seen.has(name)) {
            problems.push({
                check: 'rulefmt/duplicate-group',
                position: group.position,
                message: `groupname: ${JSON.stringify(name)} is repeated in the same file`,
            });
        }
        seen.add(name);
        if (group.limit !== undefined && group.limit.value < 0) {
            // Prometheus treats a negative limit as "no limit"; a negative number is always a mistake.
            problems.push({
                check: 'rulefmt/limit',
                position: group.limit.position,
                message: `group ${JSON.stringify(name)}: limit must not be negative: ${group.limit.value}`,
            });
        }
        for (const label of group.labels) {
            problems.push(...labelProblems(label, legacy, (message) => `group ${JSON.stringify(name)}: ${message}`));
        }
        for (const rule of group.rules)
            problems.push(...ruleProblems(group, rule, legacy));
    }
    return problems;
}
/** The name Prometheus shows for a rule in messages: the alert name, else the record name. */
function ruleName(rule) {
    const alert = rule.alert?.value ?? '';
    return alert !== '' ? alert : (rule.record?.value ?? '');
}
/** Prometheus' prefix for rule errors: `group "g", rule 2, "Name": `. */
function rulePrefix(group, rule) {
    let prefix = prefixes.get(rule);
    if (prefix === undefined) {
        prefix = `group ${JSON.stringify(group.name?.value ?? '')}, rule ${rule.index}, ${JSON.stringify(ruleName(rule))}: `;
        prefixes.set(rule, prefix);
    }
    return prefix;
}
/** Each rule's prefix, made once: validation, the PromQL errors and every warning check ask. */
const prefixes = new WeakMap();
function ruleProblems(group, rule, legacy) {
    const prefix = rulePrefix(group, rule);
    const problems = [];
    const add = (check, position, message) => {
        problems.push({ check, position, message: prefix + message });
    };
    const record = rule.record?.value ?? '';
    const alert = rule.alert?.value ?? '';
    if (record !== '' && alert !== '') {
        add('rulefmt/record-or-alert', rule.record?.position ?? rule.position, "only one of 'record' and 'alert' must be set");
    }
    if (record === '' && alert === '') {
        add('rulefmt/record-or-alert', rule.position, "one of 'record' or 'alert' must be set");
    }
    if ((rule.expr?.value ?? '') === '') {
        add('rulefmt/expr-required', rule.expr?.position ?? rule.position, "field 'expr' must be set in rule");
    }
    if (record !== '' && rule.record !== undefined) {
        const at = rule.record.position;
        if (rule.annotations.length > 0)
            add('rulefmt/recording-rule-field', at, "invalid field 'annotations' in recording rule");
        if (nonZero(rule.for))
            add('rulefmt/recording-rule-field', at, "invalid field 'for' in recording rule");
        if (nonZero(rule.keepFiringFor)) {
            add('rulefmt/recording-rule-field', at, "invalid field 'keep_firing_for' in recording rule");
        }
        if (!isValidMetricName(record, legacy))
            add('rulefmt/record-name', at, `invalid recording rule name: ${record}`);
        // A valid UTF-8 name, but braces almost always mean a selector pasted into the name.
        if (record.includes('{') || record.includes('}')) {
            add('rulefmt/record-name', at, `braces present in the recording rule name; should it be in expr?: ${record}`);
        }
    }
    for (const label of rule.labels) {
        problems.push(...labelProblems(label, legacy, (message) => prefix + message));
    }
    for (const annotation of rule.annotations) {
        if (!isValidLabelName(annotation.name, legacy)) {
            add('rulefmt/annotation-name', annotation.namePosition, `invalid annotation name: ${annotation.name}`);
        }
    }
    return problems;
}
function labelProblems(label, legacy, wrap) {
    const problems = [];
    if (!isValidLabelName(label.name, legacy) || label.name === '__name__') {
        problems.push({
            check: 'rulefmt/label-name',
            position: label.namePosition,
            message: wrap(`invalid label name: ${label.name}`),
        });
    }
    if (!isValidLabelValue(label.value)) {
        problems.push({
            check: 'rulefmt/label-value',
            position: label.position,
            message: wrap(`invalid label value: ${label.value}`),
        });
    }
    return problems;
}
/** True when a duration field is set to a valid, non-zero duration (`for: 0s` is allowed). */
function nonZero(duration) {
    if (duration === undefined)
        return false;
    const parsed = parsePrometheusDuration(duration.value);
    return 'ms' in parsed && parsed.ms !== 0;
}

// EXTERNAL MODULE: ./src/gates/prom-lint/load/parse-yaml.ts
var parse_yaml = __webpack_require__(91407);
;// CONCATENATED MODULE: ./src/gates/prom-lint/load/position-of-offset.ts

/**
 * The file position of the character at `offset` (0-based, UTF-16) in `scalar.text`.
 *
 * Exact for every character a user typed: plain and quoted scalars (single- or multi-line,
 * `''` and `\` escapes) and block scalars (`|`, `>`, with indentation indicators). Characters
 * that YAML synthesizes (the space a line fold becomes) map to the next character written.
 * An offset at or past the end maps to just after the last character.
 */
function positionOfOffset(scalar, offset) {
    const { source } = scalar;
    const sourceOffset = sourceOffsetOf(scalar, Math.max(0, offset));
    return source.toFilePosition((0,parse_yaml/* positionInText */.KX)(source.lineStarts, sourceOffset));
}
/** Where the value's first character is written (for block scalars, the first content line). */
function valueStartPosition(scalar) {
    return positionOfOffset(scalar, 0);
}
/** The offset in `scalar.source.text` of value character `offset`, by aligning value and source. */
function sourceOffsetOf(scalar, offset) {
    const text = scalar.source.text;
    const value = scalar.text;
    const end = scalar.sourceEnd;
    let j = contentStart(scalar);
    // Non-string scalars (numbers, booleans) are their own source text.
    if (scalar.type !== 'string')
        return Math.min(j + offset, end);
    // A value written as it is (plain, or quoted without escapes or doubled quotes): no walk.
    const quotes = scalar.style === 'plain' ? 0 : scalar.style === 'literal' || scalar.style === 'folded' ? -1 : 2;
    if (quotes >= 0 && end - scalar.sourceStart === value.length + quotes) {
        return Math.min(j + Math.min(offset, value.length), end);
    }
    const target = Math.min(offset, value.length);
    for (let i = 0; i < target; i++) {
        const wanted = value[i];
        // Skip what YAML does not copy into the value: indentation, folded line breaks, quotes.
        while (j < end) {
            if (scalar.style === 'double-quoted' && text[j] === '\\') {
                const length = escapeLength(text, j);
                if (length > 0) {
                    j += length;
                    break; // the escape produced value[i]
                }
            }
            if (text[j] === wanted) {
                if (scalar.style === 'single-quoted' && wanted === "'")
                    j++; // '' is one quote
                j++;
                break;
            }
            j++;
        }
    }
    // Land on the next written character of the value (skipping folds and indentation).
    const next = value[target];
    if (next !== undefined) {
        let k = j;
        while (k < end && text[k] !== next && /\s/.test(text[k] ?? ''))
            k++;
        if (k < end && text[k] === next)
            j = k;
    }
    return Math.min(j, end);
}
/** Where the first value character can be: after the opening quote or the block header line. */
function contentStart(scalar) {
    const text = scalar.source.text;
    const start = scalar.sourceStart;
    switch (scalar.style) {
        case 'single-quoted':
        case 'double-quoted':
            return start + 1;
        case 'literal':
        case 'folded': {
            const lineEnd = text.indexOf('\n', start);
            return lineEnd < 0 ? scalar.sourceEnd : lineEnd + 1;
        }
        case 'plain':
            return start;
    }
}
/** Length of a double-quoted escape at `at` (0 when it is a line-continuation backslash). */
function escapeLength(text, at) {
    const c = text[at + 1];
    if (c === undefined || c === '\n' || c === '\r')
        return 0;
    if (c === 'x')
        return 4;
    if (c === 'u')
        return 6;
    if (c === 'U')
        return 10;
    return 2;
}

// EXTERNAL MODULE: ./src/gates/prom-lint/promql/index.ts + 1 modules
var promql = __webpack_require__(75369);
;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/rule-context.ts
/**
 * What every rule warning check receives: the rule, its group, its parsed expression, and a way
 * to turn offsets inside a YAML value into a finding at the right place in the user's file.
 */


/**
 * A warning spanning `from`..`to` (0-based, `to` exclusive) inside a YAML scalar's value, mapped
 * to file positions the same way PromQL errors are, so annotations underline the exact text.
 */
function warningInScalar(file, node, from, to, check, message) {
    const start = positionOfOffset(node, from);
    const end = positionOfOffset(node, to);
    return {
        severity: 'warning',
        file,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        check,
        message,
    };
}
/** One warning per call of the PromQL function `name` in the rule's expression, on the call. */
function warningsOnCalls(context, name, check, message) {
    return (0,promql/* functionCalls */.SB)(context.parsed)
        .filter((call) => call.name === name)
        .map((call) => warningInScalar(context.file, context.exprNode, call.from, call.to, check, message));
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/absent-without-for.ts
/**
 * `alerts/absent-without-for`: absent() is true as soon as one evaluation finds no sample, which
 * happens on a single failed scrape or a target restart; without `for` the alert fires at once.
 *
 * absent_over_time() is not flagged: its range already waits (absent_over_time(x[5m]) fires only
 * after five minutes without a sample), which is what `for` would add.
 */


/** One warning per absent() call of an alerting rule with no (or a zero) `for`, on the call. */
function absentWithoutFor(context) {
    if (!context.isAlert || waits(context))
        return [];
    return warningsOnCalls(context, 'absent', 'alerts/absent-without-for', `${context.prefix}absent() without 'for' fires on a single missed scrape or restart; ` +
        "add 'for' (e.g. for: 5m) or use absent_over_time(...[5m])");
}
/** Whether the rule has a `for` longer than zero (a bad duration is an error reported elsewhere). */
function waits({ rule }) {
    if (rule.for === undefined)
        return false;
    const duration = parsePrometheusDuration(rule.for.value);
    return !('ms' in duration) || duration.ms > 0;
}

// EXTERNAL MODULE: ./src/gates/prom-lint/promql/output-labels.ts
var output_labels = __webpack_require__(83608);
;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/always-firing.ts
/**
 * `alerts/always-firing`: an alert whose expression never drops a series (no comparison, no
 * `and`/`unless`, no absent()) fires for every series it selects, whatever their values. Almost
 * always a forgotten threshold (`expr: node_load1` instead of `node_load1 > 4`).
 */



/**
 * Names under which monitoring stacks ship deliberate always-firing "is alerting alive" alerts,
 * also inside longer names (awesome-prometheus-alerts' `PrometheusAlertmanagerE2eDeadManSwitch`).
 */
const WATCHDOG_NAME = /watchdog|dead_?mans?_?switch/iu;
/** Functions that return nothing while their input has series: what absent() alerts rely on. */
const FILTERING_FUNCTIONS = new Set(['absent', 'absent_over_time']);
/**
 * One warning, over the whole expression, when an alert fires for every series it returns.
 * Watchdog / DeadMansSwitch alerts (by name) and alerts labelled `severity: none` fire on purpose
 * and are skipped (kube-prometheus and the Prometheus operator ship `expr: vector(1)` that way).
 */
function alwaysFiring(context) {
    const { parsed } = context;
    if (!context.isAlert || isWatchdog(context))
        return [];
    const root = (0,promql/* promTree */.bK)(parsed);
    if (root === undefined || canDropSeries(parsed, root))
        return [];
    return [
        warningInScalar(context.file, context.exprNode, root.from, root.to, 'alerts/always-firing', `${context.prefix}the expression has no comparison, and/unless or absent(), so the alert ` +
            'fires for every series it returns whatever their values; add a threshold ' +
            '(or, for a deliberate always-firing alert, name it Watchdog or label it severity: none)'),
    ];
}
function isWatchdog({ rule }) {
    if (WATCHDOG_NAME.test(rule.alert?.value ?? ''))
        return true;
    return rule.labels.some((label) => label.name === 'severity' && label.value === 'none');
}
/**
 * Whether the expression can return fewer series than it selects. Node kinds it does not know
 * count as filtering, so the check stays quiet when it cannot tell.
 */
const canDropSeries = (0,promql/* depthSafe */.xT)((parsed, node) => {
    const some = () => node.children.some((child) => canDropSeries(parsed, child));
    switch (node.kind) {
        case 'number':
        case 'string':
        case 'selector':
            return false;
        case 'binary': {
            const op = (0,promql/* binaryOperator */.CK)(node.node)?.name;
            if (op === 'And' || op === 'Unless')
                return true;
            const bool = (0,promql/* childNamed */._z)(node.node, 'BoolModifier') !== null;
            if (op !== undefined && promql/* COMPARISON_OPERATORS */.O7.has(op) && !bool)
                return true;
            // `a or b` keeps a's series whatever b is: it drops series only when both sides do.
            if (op === 'Or')
                return node.children.every((child) => canDropSeries(parsed, child));
            // Arithmetic and `bool` comparisons keep only the series matched on both sides.
            return some();
        }
        case 'call':
            return FILTERING_FUNCTIONS.has((0,output_labels/* functionName */.AQ)(parsed, node.node)) || some();
        case 'aggregate':
        case 'matrix':
        case 'subquery':
        case 'offset':
        case 'at':
        case 'anchored':
        case 'smoothed':
        case 'paren':
        case 'unary':
            return some();
        case 'other':
            return true;
    }
});

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/group-interval.ts
/**
 * `rules/group-interval`: a series without a new sample for 5 minutes is stale to queries
 * (Prometheus' lookback delta), so the output of recording rules evaluated less often than that
 * disappears between evaluations, and every rule or dashboard reading it sees gaps.
 */

/** Prometheus' default `--query.lookback-delta`. */
const LOOKBACK_DELTA_MS = 5 * 60_000;
/**
 * One warning, on the `interval` value, for a group with recording rules evaluated less often
 * than every 5 minutes. Groups of alerts only are left alone: an alert's state lives in
 * Prometheus, not in a series other queries read.
 */
function groupInterval(file, group) {
    const interval = group.interval;
    if (interval === undefined)
        return [];
    const duration = parsePrometheusDuration(interval.value);
    if (!('ms' in duration) || duration.ms <= LOOKBACK_DELTA_MS)
        return [];
    if (!group.rules.some((rule) => (rule.record?.value ?? '') !== ''))
        return [];
    return [
        {
            severity: 'warning',
            file,
            line: interval.position.line,
            column: interval.position.column,
            check: 'rules/group-interval',
            message: `group ${JSON.stringify(group.name?.value ?? '')}: interval ${interval.value} is longer ` +
                'than the 5m staleness window, so its recorded series go stale between evaluations; ' +
                'use an interval of 5m or less',
        },
    ];
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/irate-in-alert.ts

/** One warning per irate() call in an alerting rule's expression, on the call. */
function irateInAlert(context) {
    if (!context.isAlert)
        return [];
    return warningsOnCalls(context, 'irate', 'promql/irate-in-alert', `${context.prefix}irate() uses only the last two samples of its range, so the alert flaps ` +
        'with every spike; use rate() in alerts');
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/conventions/on-rule-name.ts

/**
 * A warning spanning the rule's name, or at the rule itself when it has no name (a rule without
 * `alert` or `record` is an error reported elsewhere; this only keeps the check total).
 */
function warningOnRuleName(context, check, message) {
    const name = context.rule.alert ?? context.rule.record;
    if (name === undefined) {
        return { severity: 'warning', file: context.file, ...context.rule.position, check, message };
    }
    return warningInScalar(context.file, name.node, 0, name.value.length, check, message);
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/conventions/alert-name.ts

/** Upper CamelCase: a capital first, then letters and digits; acronyms (`HTTPErrors`) allowed. */
const CAMEL_CASE = /^[A-Z][A-Za-z0-9]*$/u;
/**
 * Whether an alert name is upper CamelCase.
 * @example isCamelCaseAlertName('KubeAPIDown') // true
 * @example isCamelCaseAlertName('node_down') // false
 */
function isCamelCaseAlertName(name) {
    return CAMEL_CASE.test(name);
}
/**
 * The CamelCase spelling of a name: words split at anything not a letter or digit, each word's
 * first letter upper-cased, the rest kept (so acronyms survive).
 * @example camelCaseAlertName('High CPU') // 'HighCPU'
 * @example camelCaseAlertName('node_down') // 'NodeDown'
 */
function camelCaseAlertName(name) {
    return name
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word !== '')
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
        .join('');
}
/** One warning, on the name, for an alert whose name is not upper CamelCase. */
function conventionAlertName(context) {
    const name = context.rule.alert?.value ?? '';
    if (!context.isAlert || !context.settings.conventions.alertNames || isCamelCaseAlertName(name))
        return [];
    const suggestion = camelCaseAlertName(name);
    const rename = isCamelCaseAlertName(suggestion)
        ? `rename it ${suggestion}`
        : 'rename it in CamelCase starting with a capital letter (e.g. HostOutOfMemory)';
    return [
        warningOnRuleName(context, 'conventions/alert-name', `${context.prefix}alert name ${JSON.stringify(name)} is not CamelCase, the style routes ` +
            `and silences matching alertname expect; ${rename} (and update any matcher using the old name)`),
    ];
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/conventions/record-name.ts

/**
 * Whether a recording rule name has exactly three non-empty colon-separated parts.
 * @example isLevelMetricOperations('job:http_requests:rate5m') // true
 * @example isLevelMetricOperations('http_requests_rate') // false
 */
function isLevelMetricOperations(name) {
    const parts = name.split(':');
    return parts.length === 3 && parts.every((part) => part !== '');
}
/** One warning, on the name, for a recording rule not named `level:metric:operations`. */
function conventionRecordName(context) {
    const name = context.rule.record?.value ?? '';
    if (context.isAlert || name === '' || !context.settings.conventions.recordNames)
        return [];
    if (isLevelMetricOperations(name))
        return [];
    return [
        warningOnRuleName(context, 'conventions/record-name', `${context.prefix}recording rule name ${JSON.stringify(name)} is not level:metric:operations, ` +
            'so readers cannot tell what it aggregates by or what it computes; rename it like ' +
            'job:http_requests:rate5m (aggregation labels, source metric, operations, separated by colons)'),
    ];
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/conventions/required-annotations.ts

const REQUIRED = [
    {
        key: 'summary',
        check: 'conventions/summary',
        enabled: (conventions) => conventions.summary,
        example: 'a one-line title, e.g. "Instance {{ $labels.instance }} is down"',
    },
    {
        key: 'description',
        check: 'conventions/description',
        enabled: (conventions) => conventions.description,
        example: 'what is wrong and what it affects, with {{ $value }} and the labels that locate it',
    },
    {
        key: 'runbook_url',
        check: 'conventions/runbook-url',
        enabled: (conventions) => conventions.runbookUrl,
        example: 'the link to the page that tells the responder what to do',
    },
];
/**
 * One warning per enabled annotation an alert lacks or leaves empty (whitespace only counts as
 * empty: it renders as nothing), on the alert's name.
 * @example requiredAnnotations(contextOf('alert: A, annotations: {summary: S}'))
 *   // one conventions/description warning
 */
function requiredAnnotations(context) {
    if (!context.isAlert)
        return [];
    const findings = [];
    for (const required of REQUIRED) {
        if (!required.enabled(context.settings.conventions))
            continue;
        const annotation = context.rule.annotations.find((entry) => entry.name === required.key);
        if (annotation !== undefined && annotation.value.trim() !== '')
            continue;
        const problem = annotation === undefined ? 'has no' : 'has an empty';
        findings.push(warningOnRuleName(context, required.check, `${context.prefix}the alert ${problem} ${required.key} annotation, so notifications ` +
            `show less than on-call needs; add ${required.key}: ${required.example}`));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/conventions/severity.ts


/**
 * Accepted whatever the configured list: the Prometheus mixins mark alerts that must never notify
 * (Watchdog, InfoInhibitor) with `severity: none`, the marker `alerts/always-firing` also honours.
 */
const NEVER_NOTIFIES = 'none';
/** A Go template action: the value is only known when Prometheus expands it, so it is not judged. */
const TEMPLATED = /\{\{/u;
/**
 * One warning for an alert whose effective `severity` (its own label, else its group's) is missing
 * or not one of the configured severities; nothing when the list is empty.
 * @example conventionSeverity(contextOf('alert: A, labels: {severity: page}')) // one warning on `page`
 */
function conventionSeverity(context) {
    const allowed = context.settings.conventions.severities;
    if (!context.isAlert || allowed.length === 0)
        return [];
    const own = context.rule.labels.find((label) => label.name === 'severity');
    const inherited = context.group.labels.find((label) => label.name === 'severity');
    const severity = own ?? inherited;
    const choices = allowed.join(', ');
    if (severity === undefined) {
        return [
            warningOnRuleName(context, 'conventions/severity', `${context.prefix}the alert has no severity label, so Alertmanager cannot route it by ` +
                `urgency; add one under labels (severity: ${allowed[0] ?? ''}; allowed: ${choices})`),
        ];
    }
    const value = severity.value;
    if (allowed.includes(value) || value === NEVER_NOTIFIES || TEMPLATED.test(value))
        return [];
    const sameIgnoringCase = allowed.find((choice) => choice.toLowerCase() === value.toLowerCase());
    const fix = sameIgnoringCase === undefined
        ? `use one of ${choices}`
        : `write it ${JSON.stringify(sameIgnoringCase)} (label values are case-sensitive)`;
    const where = own === undefined ? ' (set in the group labels)' : '';
    const message = `${context.prefix}severity ${JSON.stringify(value)}${where} is not one of the team's ` +
        `severities, so no Alertmanager route made for them matches it; ${fix}`;
    return own === undefined
        ? [warningOnRuleName(context, 'conventions/severity', message)]
        : [onValue(context, severity, message)];
}
function onValue(context, label, message) {
    return warningInScalar(context.file, label.node, 0, label.value.length, 'conventions/severity', message);
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/conventions/humanize-value.ts
/**
 * `conventions/humanize-value`: an annotation that prints `{{ $value }}` of an alert whose value
 * is a per-second rate shows it with every digit (`0.016666666666666666`), which no reader can
 * take in; `{{ $value | humanize }}` (or `printf "%.2f"`) prints `16.67m`. pint reports the same
 * under alerts/template. A style check: opt-in (`humanize-value: true`, or the `pint` preset).
 */



/** Functions whose result is a per-second rate or a fractional change: long decimals. */
const RATE_FUNCTIONS = new Set(['rate', 'irate', 'deriv', 'increase']);
/** Aggregations that keep their input's scale (a sum of rates is a rate). */
const SCALE_KEEPING_AGGREGATIONS = new Set(['sum', 'avg', 'min', 'max']);
/** `{{ $value }}` or `{{ .Value }}` printed as is: no pipe, no function, no format. */
const BARE_VALUE = /\{\{-?\s*(\$value|\.Value)\s*-?\}\}/gu;
/** One warning per bare `{{ $value }}` in an annotation of an alert whose value is a rate. */
function humanizeValue(context) {
    if (!context.isAlert || !context.settings.conventions.humanizeValue)
        return [];
    const rate = rateFunctionOfValue(context.parsed);
    if (rate === undefined)
        return [];
    return context.rule.annotations.flatMap((annotation) => [...annotation.value.matchAll(BARE_VALUE)].map((match) => warningInScalar(context.file, annotation.node, match.index, match.index + match[0].length, 'conventions/humanize-value', `${context.prefix}annotation ${JSON.stringify(annotation.name)} prints ${match[0]}, ` +
        `the value of ${rate}(), with all its digits; use {{ ${match[1] ?? '$value'} | humanize }} ` +
        'or printf "%.2f"')));
}
/**
 * The rate function that gives the alert its value, or undefined: the expression compared with
 * a number (`rate(x[5m]) > 100`), through parentheses and sum/avg/min/max.
 * @example rateFunctionOfValue(parsePromQL('sum(rate(x[5m])) > 1')) // 'rate'
 */
function rateFunctionOfValue(parsed) {
    let node = (0,promql/* promTree */.bK)(parsed);
    while (node !== undefined) {
        if (node.kind === 'paren')
            node = node.children[0];
        else if (node.kind === 'binary')
            node = comparedSide(parsed, node);
        else if (node.kind === 'aggregate') {
            const op = (0,output_labels/* aggregationOperator */.D3)(parsed, node.node);
            node = SCALE_KEEPING_AGGREGATIONS.has(op) ? node.children.at(-1) : undefined;
        }
        else if (node.kind === 'call') {
            const name = (0,output_labels/* functionName */.AQ)(parsed, node.node);
            return RATE_FUNCTIONS.has(name) ? name : undefined;
        }
        else
            return undefined;
    }
    return undefined;
}
/** The side of a comparison with a number that is not the number; undefined for other binaries. */
function comparedSide(parsed, node) {
    const op = (0,promql/* binaryOperator */.CK)(node.node);
    if (op === undefined || !promql/* COMPARISON_OPERATORS */.O7.has(op.name))
        return undefined;
    if ((0,promql/* childNamed */._z)(node.node, 'BoolModifier') !== null)
        return undefined; // 0 or 1
    const [lhs, rhs] = node.children;
    if (lhs === undefined || rhs === undefined)
        return undefined;
    if ((0,promql/* numberLiteral */.Ty)(parsed, rhs) !== undefined)
        return lhs;
    if ((0,promql/* numberLiteral */.Ty)(parsed, lhs) !== undefined)
        return rhs;
    return undefined;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/conventions/redundant-for.ts
/**
 * `conventions/redundant-for`: `for: 0s` (or `keep_firing_for: 0s`) writes out the default, so
 * a reader looks for a wait that is not there; leave the key out. pint reports the same as
 * alerts/for. A style check: opt-in (`redundant-for: true`, or the `pint` preset).
 */


/** One warning per zero `for` / `keep_firing_for` of an alerting rule, on the value. */
function redundantFor(context) {
    if (!context.isAlert || !context.settings.conventions.redundantFor)
        return [];
    const fields = [
        ['for', context.rule.for],
        ['keep_firing_for', context.rule.keepFiringFor],
    ];
    return fields.flatMap(([key, field]) => field !== undefined && isZero(field.value)
        ? [
            warningInScalar(context.file, field.node, 0, field.value.length, 'conventions/redundant-for', `${context.prefix}${key}: ${field.value} is the default; remove it`),
        ]
        : []);
}
/** Whether a duration is zero (`0s`, `0h`, `0`); a bad duration is an error reported elsewhere. */
function isZero(text) {
    const duration = parsePrometheusDuration(text.trim());
    return 'ms' in duration && duration.ms === 0;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/conventions/smelly-regex.ts
/**
 * `conventions/smelly-regex`: a regex matcher that picks a piece out of the middle of a label
 * value (`instance=~".*prod-region1.*"`, `job=~"myservice_.+_production"`) says that one label
 * holds several facts (region, cluster, environment) that belong in labels of their own: such
 * regexes break silently when the naming scheme changes, and no one can aggregate by the hidden
 * part. pint reports them as "smelly selectors" (promql/regexp). A prefix (`device=~"sd.*"`) or a
 * suffix match is an ordinary idiom and left alone. Only the labels a team's scrape
 * configuration writes are looked at (`job`, `instance`): those it can split into labels of their
 * own; a piece of an exporter's value (`indexrelname=~".*ccnew.*"`, Postgres' name for an index
 * a concurrent reindex left behind) is the exporter's naming, not the team's. A style check: opt-in (`smelly-regex: true`,
 * or the `pint` preset).
 */


/** The labels a scrape configuration sets, whose values the team chooses. */
const SCRAPE_LABELS = new Set(['job', 'instance']);
/** One warning per regex matcher that matches a piece inside a label value, on the matcher. */
function smellyRegex(context) {
    if (!context.settings.conventions.smellyRegex)
        return [];
    return (0,promql/* selectors */.Tp)(context.parsed).flatMap((selector) => selector.matchers
        .filter((m) => SCRAPE_LABELS.has(m.name) && (m.op === '=~' || m.op === '!~') && isSmellyRegex(m.value))
        .map((m) => warningInScalar(context.file, context.exprNode, m.from, m.to, 'conventions/smelly-regex', `${context.prefix}${m.name}${m.op}${JSON.stringify(m.value)} picks a piece out of the ` +
        `${m.name} label's value: that piece belongs in a label of its own (set it when scraping ` +
        'or relabelling), so rules can match it exactly')));
}
/**
 * Whether an RE2 pattern is literal text and `.*`/`.+` wildcards with a literal piece between two
 * wildcards (`.*prod.*`) or literal text at both ends (`a_.+_b`). Anything else (alternations,
 * classes, other metacharacters, a plain prefix or suffix match) is not.
 * @example isSmellyRegex('.*prod-region1.*') // true
 * @example isSmellyRegex('sd.*') // false
 */
function isSmellyRegex(regex) {
    const body = regex.replace(/^\^/u, '').replace(/(?<!\\)\$$/u, '');
    const segments = [''];
    for (let i = 0; i < body.length; i += 1) {
        const ch = body.charAt(i);
        const next = body.charAt(i + 1);
        if (ch === '.' && (next === '*' || next === '+')) {
            segments.push('');
            i += 1;
        }
        else if (ch === '\\' && /^[!-/:-@[-`{-~]$/u.test(next)) {
            segments[segments.length - 1] += next;
            i += 1;
        }
        else if (/^[\w\-/:=@,;%&#~ ]$/u.test(ch)) {
            segments[segments.length - 1] += ch;
        }
        else {
            return false;
        }
    }
    if (segments.length < 2)
        return false;
    const interior = segments.slice(1, -1).some((segment) => segment !== '');
    return interior || (segments[0] !== '' && segments.at(-1) !== '');
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/conventions/index.ts









/** The convention checks, in the order their findings are produced. */
const CONVENTION_CHECKS = [
    conventionSeverity,
    requiredAnnotations,
    conventionAlertName,
    conventionRecordName,
    redundantFor,
    humanizeValue,
    smellyRegex,
];

// EXTERNAL MODULE: ./src/gates/prom-lint/promql/label-matchers.ts
var label_matchers = __webpack_require__(57469);
// EXTERNAL MODULE: ./src/gates/prom-lint/promql/syntax.ts + 1 modules
var syntax = __webpack_require__(64909);
// EXTERNAL MODULE: ./src/gates/prom-lint/promql/normalize.ts
var normalize = __webpack_require__(82696);
// EXTERNAL MODULE: ./src/gates/prom-lint/promql/functions.ts
var functions = __webpack_require__(17198);
// EXTERNAL MODULE: ./src/gates/prom-lint/promql/tree.ts + 3 modules
var tree = __webpack_require__(438);
;// CONCATENATED MODULE: ./src/gates/prom-lint/promql/result-matchers.ts
/**
 * The label matchers every series of an expression's result satisfies: `sum by (code)
 * (rate(x{code=~"5.."}[5m]))` returns only series with `code=~"5.."`. With output-labels.ts (which
 * labels a result can carry at all) this tells whether two expressions can return the same
 * series, which is what `rules/duplicate` asks of two rules of one name.
 *
 * A matcher survives as long as its label does: through functions and selecting aggregations
 * (`topk`), through `by` (when the label is kept) and `without` (when it is not dropped), through
 * one-to-one matching (where both sides' labels are equal, but for the ignored ones), and on the
 * "many" side of `group_left`/`group_right` unless the label is copied from the other side.
 * `or` returns either side, so nothing is known of it. When in doubt the answer is fewer
 * matchers, which can only make two results look more alike.
 */




/** Functions whose result's labels Prometheus derives from the selector's `=` matchers. */
const ABSENT_FUNCTIONS = new Set(['absent', 'absent_over_time']);
/** Aggregations that pick series and keep their labels. */
const SELECTING_AGGREGATIONS = new Set(['topk', 'bottomk', 'limitk', 'limit_ratio']);
/** The matchers whose label is (`keep: true`) or is not (`keep: false`) among `names`. */
function onLabels(matchers, names, keep) {
    const set = new Set(names);
    return matchers.filter((m) => set.has(m.name) === keep);
}
/**
 * The labels of absent()'s one series, as Prometheus' createLabelsForAbsentFunction makes them:
 * the `=` matchers of a plain (or range) selector argument, except a label matched more than
 * once; nothing for any other argument.
 */
function absentMatchers(parsed, arg) {
    const selector = arg?.kind === 'matrix' ? arg.children[0] : arg;
    if (selector?.kind !== 'selector')
        return [];
    const { matchers } = (0,tree/* selectorPartsOf */.tp)(parsed, selector);
    const counts = new Map();
    for (const m of matchers)
        counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
    return matchers
        .filter((m) => m.op === '=' && counts.get(m.name) === 1 && m.name !== label_matchers/* METRIC_NAME_LABEL */.q)
        .map(({ name, op, value }) => ({ name, op, value }));
}
function callMatchers(parsed, n) {
    const name = (0,output_labels/* functionName */.AQ)(parsed, n.node);
    const signature = functions/* PROMQL_FUNCTIONS */.qE.get(name);
    if (signature === undefined || signature.returnType === 'scalar' || name === 'vector')
        return [];
    if (ABSENT_FUNCTIONS.has(name))
        return absentMatchers(parsed, n.children[0]);
    const vectorArg = n.children.findIndex((_, i) => {
        const type = signature.argTypes[Math.min(i, signature.argTypes.length - 1)];
        return type === 'instant vector' || type === 'range vector';
    });
    const arg = n.children[vectorArg];
    if (arg === undefined)
        return []; // e.g. `day_of_week()`, which is vector(time())
    const input = resultMatchers(parsed, arg);
    if (name === 'label_replace' || name === 'label_join') {
        const target = (0,output_labels/* stringArgument */.ZJ)(parsed, n.children[1]);
        return target === undefined ? [] : onLabels(input, [target], false);
    }
    if (name === 'histogram_quantile')
        return onLabels(input, ['le'], false);
    return input;
}
function aggregateMatchers(parsed, n) {
    const op = (0,output_labels/* aggregationOperator */.D3)(parsed, n.node);
    const input = n.children.at(-1);
    if (input === undefined)
        return [];
    const inner = resultMatchers(parsed, input);
    if (SELECTING_AGGREGATIONS.has(op))
        return inner;
    const added = [];
    if (op === 'count_values') {
        const label = (0,output_labels/* stringArgument */.ZJ)(parsed, n.children[0]);
        if (label === undefined)
            return [];
        added.push(label);
    }
    const { grouping, labels } = (0,output_labels/* aggregationGrouping */.EH)(parsed, n.node);
    const names = labels.map((label) => label.name);
    const grouped = onLabels(inner, names, grouping !== 'without');
    return onLabels(grouped, added, false);
}
function binaryMatchers(parsed, n) {
    const [lhs, rhs] = n.children;
    if (lhs === undefined || rhs === undefined)
        return [];
    if ((0,output_labels/* isScalarExpression */.Xm)(parsed, lhs))
        return resultMatchers(parsed, rhs);
    const left = resultMatchers(parsed, lhs);
    if ((0,output_labels/* isScalarExpression */.Xm)(parsed, rhs))
        return left;
    const op = (0,tree/* binaryOperator */.CK)(n.node)?.name;
    if (op === 'And' || op === 'Unless')
        return left;
    if (op === 'Or')
        return [];
    const right = resultMatchers(parsed, rhs);
    const matching = (0,output_labels/* vectorMatching */.HT)(parsed, n.node);
    const names = matching.labels.map((label) => label.name);
    if (matching.group !== undefined) {
        // Many-to-one: the "many" side's series, the `group_left(…)` labels copied from the other.
        const many = matching.group === 'left' ? left : right;
        return onLabels(many, matching.include.map((label) => label.name), false);
    }
    // One-to-one: both sides have the same labels (but the ignored ones), so both sides' matchers
    // hold; `on(…)` keeps only the matching labels (Prometheus' resultMetric).
    const both = [...left, ...right];
    if (matching.mode === 'on')
        return onLabels(both, names, true);
    return onLabels(both, [...names, label_matchers/* METRIC_NAME_LABEL */.q], false);
}
/**
 * The matchers every series that `n` (a node of `promTree(parsed)`) returns satisfies. The
 * metric name's matcher (`__name__="x"`) passes through like the others: callers comparing
 * results leave it aside, as functions and aggregations drop the name. Depth-safe (see
 * depthSafe): a tree may nest thousands of levels deep.
 * @example resultMatchers(parsed, root) // [{ name: 'code', op: '=~', value: '5..' }] for `sum by (code) (x{code=~"5.."})`
 */
const resultMatchers = (0,tree/* depthSafe */.xT)((parsed, n) => {
    switch (n.kind) {
        case 'selector':
            return (0,label_matchers/* selectorMatchers */.p)((0,tree/* selectorPartsOf */.tp)(parsed, n));
        case 'call':
            return callMatchers(parsed, n);
        case 'aggregate':
            return aggregateMatchers(parsed, n);
        case 'binary':
            return binaryMatchers(parsed, n);
        case 'number':
        case 'string':
        case 'other':
            return [];
        default: {
            // One operand whose series pass unchanged: parentheses, unary, ranges, offsets, `@`.
            const [inner] = n.children;
            return inner === undefined ? [] : resultMatchers(parsed, inner);
        }
    }
});
/** The matchers every series of the whole expression satisfies (none for an empty one). */
function expressionMatchers(parsed) {
    const root = (0,tree/* promTree */.bK)(parsed);
    return root === undefined ? [] : resultMatchers(parsed, root);
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/expression-facts.ts
/**
 * What the checks across rule files read of a rule's expression, taken from its tree right after
 * the rule's own checks. The suite checks run once every file is linted; keeping these few facts
 * instead of every tree (about 1.5 KB a rule, 19,000 rules in a large suite) keeps the linter's
 * memory to the size of the models and the findings.
 */





/** Whether the rule is an alerting rule (a non-empty `alert:`), as Prometheus decides. */
function isAlertingRule(rule) {
    return (rule.alert?.value ?? '') !== '';
}
/** Group labels overlaid by rule labels: what Prometheus adds to every result of the rule. */
function staticLabelsOf(group, rule) {
    const labels = new Map();
    for (const label of group.labels)
        labels.set(label.name, label.value);
    for (const label of rule.labels)
        labels.set(label.name, label.value);
    return labels;
}
/**
 * A key equal for equal label sets, whatever their order, to group rules by their labels: names
 * and values, flat, by name, as one JSON array.
 */
function labelsKey(labels) {
    const pairs = [];
    for (const name of [...labels.keys()].sort())
        pairs.push(name, labels.get(name) ?? '');
    return JSON.stringify(pairs);
}
/** The identity of a rule of this kind and name with these static labels. */
function ruleIdentity(isAlert, name, staticLabels) {
    const labels = labelsKey(staticLabels);
    // A JSON array ends where its text ends, so the two parts cannot run into each other.
    return { key: JSON.stringify([isAlert, name]) + labels, labelsKey: labels };
}
/** Which facts the rules of these documents need (see {@link ExpressionFacts}). */
function suiteNeeds(models) {
    const identities = new Map();
    const seen = new Set();
    const sharedIdentities = new Set();
    const recordNames = new Set();
    for (const model of models) {
        for (const group of model.groups) {
            for (const rule of group.rules) {
                const isAlert = isAlertingRule(rule);
                const name = (isAlert ? rule.alert : rule.record)?.value ?? '';
                if (name === '')
                    continue;
                if (!isAlert)
                    recordNames.add(name);
                const identity = ruleIdentity(isAlert, name, staticLabelsOf(group, rule));
                identities.set(rule, identity);
                if (seen.has(identity.key))
                    sharedIdentities.add(identity.key);
                else
                    seen.add(identity.key);
            }
        }
    }
    return { identities, sharedIdentities, recordNames };
}
/**
 * The facts of one rule and its parsed expression (free of syntax errors) that the suite checks
 * need; the rule is one of those `needs` was made from.
 */
function expressionFacts(rule, parsed, needs) {
    const isAlert = isAlertingRule(rule);
    const identity = needs.identities.get(rule);
    const recordReads = [];
    for (const { metricName, matchers, from, to } of (0,promql/* selectors */.Tp)(parsed)) {
        const name = selectedName(metricName, matchers);
        if (name !== undefined && needs.recordNames.has(name))
            recordReads.push({ name, metricName, matchers, from, to });
    }
    return {
        result: identity !== undefined && needs.sharedIdentities.has(identity.key)
            ? { labels: (0,output_labels/* expressionLabels */.sv)(parsed), matchers: expressionMatchers(parsed) }
            : undefined,
        normalized: isAlert ? flat((0,normalize/* normalizedExpression */.s)(parsed)) : undefined,
        threshold: isAlert ? thresholdOf(parsed) : undefined,
        recordReads,
    };
}
/** The metric name a selector reads, from `x{…}` or `{__name__="x"}`. */
function selectedName(metricName, matchers) {
    return metricName ?? matchers.find((m) => m.name === label_matchers/* METRIC_NAME_LABEL */.q && m.op === '=')?.value;
}
const FLIPPED = { '>': '<', '>=': '<=', '<': '>', '<=': '>=' };
/** The comparison of a threshold (`>`, `>=`, `<`, `<=`; not `==`/`!=`) of an operator node name. */
function thresholdOperator(opName) {
    const op = opName === undefined ? undefined : promql/* COMPARISON_OPERATORS */.O7.get(opName);
    return op === '>' || op === '>=' || op === '<' || op === '<=' ? op : undefined;
}
function thresholdOf(parsed) {
    let root = (0,promql/* promTree */.bK)(parsed);
    while (root?.kind === 'paren')
        root = root.children[0];
    if (root?.kind !== 'binary' || (0,promql/* childNamed */._z)(root.node, 'BoolModifier') !== null)
        return undefined;
    const op = thresholdOperator((0,promql/* binaryOperator */.CK)(root.node)?.name);
    const [lhs, rhs] = root.children;
    if (op === undefined || lhs === undefined || rhs === undefined)
        return undefined;
    const right = (0,promql/* numberLiteral */.Ty)(parsed, rhs);
    const left = (0,promql/* numberLiteral */.Ty)(parsed, lhs);
    const text = (0,promql/* nodeText */.qd)(parsed, root.node);
    if (right !== undefined && left === undefined)
        return { vector: flat((0,normalize/* normalizedNode */.c)(parsed, lhs)), op, value: right, text };
    if (left !== undefined && right === undefined)
        return { vector: flat((0,normalize/* normalizedNode */.c)(parsed, rhs)), op: FLIPPED[op] ?? op, value: left, text };
    return undefined;
}
/**
 * The string, flattened. A normalised expression is built by concatenation, and V8 keeps such a
 * string as a tree of its pieces (one small object each, 30 for a typical alert) until a character
 * is read; reading one now makes V8 copy it into one piece, so 19,000 kept expressions cost their
 * characters, not 600,000 pieces.
 */
function flat(text) {
    text.charCodeAt(0);
    return text;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/suite-rules.ts
/**
 * The rules the suite-wide checks compare (duplicates, overlaps, dependencies across groups and
 * files): every rule whose expression parses, with its static labels, what the checks read of
 * its expression (expression-facts.ts) and where to report on it.
 */





/**
 * Every alerting and recording rule whose expression parses, in file order then line, so the
 * suite checks can report on the later of two rules. Rules with syntax errors have their error
 * already and are left out; with `linted` (the needs of the suite and the facts the linter took
 * from its own trees, only of rules without errors), so are rules with type errors, and nothing
 * is parsed twice.
 */
function suiteRules(models, linted) {
    const needs = linted?.needs ?? suiteNeeds(models);
    const rules = [];
    for (const model of models) {
        for (const group of model.groups) {
            for (const rule of group.rules) {
                const isAlert = isAlertingRule(rule);
                const name = isAlert ? rule.alert : rule.record;
                const expr = rule.expr;
                const identity = needs.identities.get(rule);
                if (name === undefined || identity === undefined || expr === undefined)
                    continue;
                let facts;
                if (linted !== undefined)
                    facts = linted.factsOf.get(rule);
                else {
                    const parsed = (0,promql/* parsePromQL */.bC)(expr.value);
                    if ((0,syntax/* syntaxDiagnostics */.S)(parsed).length === 0)
                        facts = expressionFacts(rule, parsed, needs);
                }
                if (facts === undefined)
                    continue;
                rules.push({
                    file: model.file,
                    document: model,
                    group,
                    rule,
                    isAlert,
                    name,
                    expr,
                    facts,
                    staticLabels: staticLabelsOf(group, rule),
                    identity,
                    prefix: rulePrefix(group, rule),
                });
            }
        }
    }
    return rules;
}
/** `file:line` of a rule's `alert:`/`record:` key, for messages that point at the other rule. */
function ruleLocation(rule) {
    return `${rule.file}:${rule.name.keyPosition.line}`;
}
/**
 * A warning over the name (`alert:`/`record:` value) of a rule; on the key when the value is a
 * YAML alias (`alert: *name`), whose text sits at the anchor, in another rule.
 */
function warningOnName(rule, check, message) {
    const { name } = rule;
    const aliased = name.position.line < name.keyPosition.line ||
        (name.position.line === name.keyPosition.line &&
            name.position.column < name.keyPosition.column);
    if (aliased)
        return { severity: 'warning', file: rule.file, ...name.keyPosition, check, message };
    return warningInScalar(rule.file, name.node, 0, name.value.length, check, message);
}
/** Items grouped by key, in first-seen order within and across groups; no key: left out. */
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const k = key(item);
        if (k === undefined)
            continue;
        const list = groups.get(k);
        if (list === undefined)
            groups.set(k, [item]);
        else
            list.push(item);
    }
    return [...groups.values()];
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/cross-group-dependency.ts
/**
 * Rules that read what another rule records, at a moment when it is not written yet:
 * - `rules/cross-group-dependency`: a recording rule reading a metric recorded in another group
 *   (any file). Prometheus evaluates groups concurrently, each on its own timer, so the reader
 *   sees a value up to one interval old, or from before or after the writer's evaluation at
 *   random, and every level of such a chain adds its lag. Alerting rules are not flagged: reading
 *   records from separate `*.rules` groups is how the Prometheus mixins build alerts, and an alert's
 *   `for:` outlasts an interval of lag.
 * - `rules/record-order`: any rule reading a record defined later in its own group. Rules of a
 *   group run in order, so it always reads the previous evaluation's value; moving the record up
 *   fixes it.
 * A rule reading its own record (`record: x`, `expr: x offset 1d`, or a ratchet like
 * `max(x or vector(0))`) reads its previous value on purpose and is not flagged.
 */




/** Whether a selector can pick series a record writes (its static labels may rule that out). */
function selectsRecord(selector, record) {
    const written = [
        { name: label_matchers/* METRIC_NAME_LABEL */.q, op: '=', value: record.name.value },
        ...[...record.staticLabels].map(([name, value]) => ({ name, op: '=', value })),
    ];
    return matcherSetsMayOverlap((0,label_matchers/* selectorMatchers */.p)(selector), written);
}
function describe(rule) {
    return `"${rule.name.value}" (group "${rule.group.name?.value ?? ''}", ${ruleLocation(rule)})`;
}
/**
 * Warnings on each selector that reads a record from another group (recording rules only) or a
 * record defined later in the rule's own group (every rule), on the selector's text.
 * @example crossGroupDependencies(models) // one finding when group b records `y: sum(x:rate5m)` and group a records `x:rate5m`
 */
function crossGroupDependencies(rules) {
    const records = new Map();
    for (const rule of rules) {
        if (rule.isAlert)
            continue;
        const list = records.get(rule.name.value);
        if (list === undefined)
            records.set(rule.name.value, [rule]);
        else
            list.push(rule);
    }
    const findings = [];
    for (const rule of rules) {
        // Only selectors of recorded names were kept (expression-facts.ts).
        for (const selector of rule.facts.recordReads) {
            const { name } = selector;
            if (!rule.isAlert && name === rule.name.value)
                continue;
            const writers = (records.get(name) ?? []).filter((record) => selectsRecord(selector, record));
            if (writers.length === 0)
                continue;
            const sameGroup = writers.filter((record) => record.group === rule.group);
            const at = (check, message) => warningInScalar(rule.file, rule.expr.node, selector.from, selector.to, check, message);
            if (sameGroup.length > 0) {
                if (sameGroup.some((record) => record.rule.index < rule.rule.index))
                    continue;
                const [later] = sameGroup;
                if (later === undefined)
                    continue;
                findings.push(at('rules/record-order', `${rule.prefix}reads ${describe(later)}, which is recorded later in the same group: ` +
                    'rules of a group run in order, so this one always sees the previous ' +
                    "evaluation's value; move the recording rule above this one"));
            }
            else if (!rule.isAlert) {
                const [writer] = writers;
                if (writer === undefined)
                    continue;
                findings.push(at('rules/cross-group-dependency', `${rule.prefix}reads ${describe(writer)}, recorded in another group: groups are ` +
                    'evaluated concurrently on their own timers, so this record lags by up to one ' +
                    'interval and may mix old and new values; put both rules in one group, the ' +
                    'record first'));
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/label-removed.ts
/**
 * `promql/label-removed`: a grouping, join or label_replace() that names a label an inner
 * aggregation, join or function already removed, e.g. `sum by (instance) (sum by (job) (x))`,
 * `sum by (job) (x) / on (instance) sum by (instance) (y)`, or
 * `... * on (pod) group_left (node) sum by (namespace, pod) (kube_pod_info)`. The label is then
 * empty on every series, so the outer `by` puts everything into one group, the `on` matches
 * series it should keep apart, and `group_left` copies nothing (it deletes the label instead).
 *
 * The metric name is left alone: whether `__name__` survives rate() and arithmetic inside an
 * expression depends on Prometheus' `promql-delayed-name-removal` feature flag.
 */



const CHECK = 'promql/label-removed';
/** Labels read by `by (...)` of an aggregation, from its input. */
function aggregationUses(parsed, node) {
    const { grouping, labels } = (0,output_labels/* aggregationGrouping */.EH)(parsed, node.node);
    const vector = node.children[node.children.length - 1];
    // `without (x)` of a label that is not there is a harmless no-op.
    if (grouping !== 'by' || vector === undefined)
        return [];
    const input = (0,output_labels/* outputLabels */.X0)(parsed, vector);
    const op = (0,output_labels/* aggregationOperator */.D3)(parsed, node.node);
    return labels.map((reference) => ({
        reference,
        clause: `${op} by (...)`,
        source: 'its input',
        labels: input,
    }));
}
/** Labels read by `on (...)` (from both sides) and `group_left/right (...)` (from the "one" side). */
function matchingUses(parsed, node) {
    const [lhs, rhs] = node.children;
    if (lhs === undefined || rhs === undefined)
        return [];
    if ((0,output_labels/* isScalarExpression */.Xm)(parsed, lhs) || (0,output_labels/* isScalarExpression */.Xm)(parsed, rhs))
        return [];
    const matching = (0,output_labels/* vectorMatching */.HT)(parsed, node.node);
    const left = (0,output_labels/* outputLabels */.X0)(parsed, lhs);
    const right = (0,output_labels/* outputLabels */.X0)(parsed, rhs);
    const uses = [];
    if (matching.mode === 'on') {
        for (const reference of matching.labels) {
            for (const [source, labels] of [
                ['the left side', left],
                ['the right side', right],
            ]) {
                uses.push({ reference, clause: 'on (...)', source, labels });
            }
        }
    }
    if (matching.group !== undefined) {
        const one = matching.group === 'left' ? right : left;
        const source = matching.group === 'left' ? 'the right side' : 'the left side';
        for (const reference of matching.include) {
            uses.push({ reference, clause: `group_${matching.group} (...)`, source, labels: one });
        }
    }
    return uses;
}
/** Source labels read by label_replace() and label_join() from their first argument. */
function relabelUses(parsed, node) {
    const name = (0,output_labels/* functionName */.AQ)(parsed, node.node);
    const [vector, ...rest] = node.children;
    if (vector === undefined)
        return [];
    const sources = name === 'label_replace' ? rest.slice(2, 3) : name === 'label_join' ? rest.slice(2) : [];
    const input = (0,output_labels/* outputLabels */.X0)(parsed, vector);
    const uses = [];
    for (const source of sources) {
        const label = (0,output_labels/* stringArgument */.ZJ)(parsed, source);
        // An empty source label is the idiom for setting a constant label.
        if (label === undefined || label === '')
            continue;
        uses.push({
            reference: { name: label, from: source.from, to: source.to },
            clause: `${name}()`,
            source: 'its input',
            labels: input,
        });
    }
    return uses;
}
function usesOf(parsed, node) {
    switch (node.kind) {
        case 'aggregate':
            return aggregationUses(parsed, node);
        case 'binary':
            return matchingUses(parsed, node);
        case 'call':
            return relabelUses(parsed, node);
        default:
            return [];
    }
}
/** One warning per label a clause reads from series that can no longer carry it, on the label. */
function labelRemoved(context) {
    const { parsed } = context;
    const findings = [];
    for (const node of (0,promql/* allNodes */.Bq)((0,promql/* promTree */.bK)(parsed))) {
        for (const use of usesOf(parsed, node)) {
            const { reference, labels } = use;
            if (reference.name === output_labels/* METRIC_NAME_LABEL */.qW || (0,output_labels/* mayCarryLabel */.LB)(labels, reference.name))
                continue;
            const label = JSON.stringify(reference.name);
            findings.push(warningInScalar(context.file, context.exprNode, reference.from, reference.to, CHECK, `${context.prefix}${use.clause} uses the label ${label}, but ${use.source} ` +
                `${(0,output_labels/* describeLabelSet */.m1)(labels)}, so ${label} is empty on every series there; keep ` +
                `${label} in the inner by (...) or remove it here`));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/rate-on-non-counter.ts
/**
 * `promql/rate-on-non-counter`: rate(), irate() and increase() treat every decrease as a counter
 * reset, so on a gauge they report growth that never happened; gauges want delta() or deriv().
 *
 * Deliberately conservative. Names are not types, and many exporters name counters without
 * `_total` (postgres_exporter's `pg_stat_database_deadlocks`, envoy's
 * `envoy_cluster_upstream_rq_xx`, SNMP's `ifHCInOctets`: about 70 of the metrics that
 * awesome-prometheus-alerts rates), so a missing counter suffix proves nothing. Only names that by Prometheus' naming conventions are gauges are
 * flagged: a unit or suffix that measures a level (`_ratio`, `_celsius`, `_info`, `_timestamp`,
 * an `_average`), and the well-known `up` and `node_load*`.
 */


const COUNTER_FUNCTIONS = new Set(['rate', 'irate', 'increase']);
/**
 * Counter suffixes of the naming conventions (histograms and summaries included): a name with
 * one is a counter, which only grows and restarts at 0.
 */
const COUNTER_SUFFIX = /(?:_total|_count|_sum|_bucket)$/u;
/** Names and suffixes that by convention measure a level, never a running count. */
const GAUGE_NAME = /^(?:up|node_load(?:1|5|15))$|_(?:info|ratio|percent|percentage|celsius|fahrenheit|temperature|volts|amperes|watts|utilization|average|avg|gauge|timestamp|timestamp_seconds|created)$/u;
/**
 * Whether a metric name is, by convention, a gauge. Recording-rule names (with `:`) and names
 * with a counter suffix never are.
 * @example isConventionalGauge('node_memory_utilization_ratio') // true
 * @example isConventionalGauge('pg_stat_database_deadlocks') // false: unknown, so not flagged
 */
function isConventionalGauge(name) {
    if (name.includes(':') || COUNTER_SUFFIX.test(name))
        return false;
    return GAUGE_NAME.test(name);
}
/** One warning per gauge-named selector inside rate()/irate()/increase(), on the selector. */
function rateOnNonCounter(context) {
    const { parsed } = context;
    const findings = [];
    const flagged = new Set();
    const all = (0,promql/* selectors */.Tp)(parsed);
    for (const call of (0,promql/* functionCalls */.SB)(parsed)) {
        if (!COUNTER_FUNCTIONS.has(call.name))
            continue;
        const argument = call.args[0];
        if (argument === undefined)
            continue;
        // Every selector inside the argument: `x[5m]`, or a subquery's inner expression.
        for (const selector of all) {
            const name = selector.metricName;
            if (selector.from < argument.from || selector.to > argument.to)
                continue;
            if (name === undefined || !isConventionalGauge(name) || flagged.has(selector.from))
                continue;
            flagged.add(selector.from);
            findings.push(warningInScalar(context.file, context.exprNode, selector.from, selector.to, 'promql/rate-on-non-counter', `${context.prefix}${call.name}() on ${JSON.stringify(name)}, which by its name is a ` +
                'gauge: every decrease counts as a counter reset; use delta() or deriv() for gauges'));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/nan-division.ts
/**
 * `promql/nan-division`: a division of two vectors inside `sum`, `avg`, `stddev` or `stdvar`
 * (`avg(rate(errors_total[5m]) / rate(requests_total[5m]))`). One series whose divisor is 0 gives
 * NaN (0/0) or ±Inf, and one NaN makes the whole group's sum or average NaN. Every comparison with
 * NaN is false, so an alert on it silently stops firing for as long as one series is idle. Summing
 * first and dividing last (`sum(a) / sum(b)`) has no such hole, and it is also the right average
 * ("Get thee to a NaNnary", Robust Perception: "always do division last").
 *
 * Which aggregations: those where one NaN input makes the result NaN. `max`, `min`, `topk` and
 * `bottomk` are not flagged: Prometheus lets any real value win over NaN there (engine.go,
 * `aggregation`: the accumulator is replaced "|| math.IsNaN(...)"), so one idle series does not
 * hide the others. `count`, `group` and `count_values` count samples whatever their value.
 * `quantile` is left out too: it sorts its inputs (Go sorts NaN first), so a NaN changes the
 * result only when it lands on the rank asked for.
 *
 * When the divisor can be 0: when it is of a kind that routinely is. Rates and deltas (rate(),
 * irate(), increase(), delta(), idelta(), deriv(), changes(), resets()) are 0 whenever nothing
 * happened in their range; a counter (by its `_total`, `_count`, `_sum`, `_bucket` suffix) is 0
 * after each restart; `x > bool c` is 0 where the comparison is false; and what is built from
 * those keeps the 0 (`sum`, `avg`, `min`, `max`, `*`, `abs()`, `round()`, `*_over_time`, ...).
 * A filter that drops 0 rules it out (`b > 0`, `b != 0`, `b >= 1`, `(b > 0) * 100`), as does
 * `clamp_min(b, c)` with c > 0; counts (`count`, `count_over_time`, ...) are at least 1 whenever
 * they return a sample. Other gauges are not presumed to be 0: divisors such as capacities and
 * limits never are, and warning on them would be noise (awesome-prometheus-alerts divides by
 * cAdvisor's `container_spec_cpu_period`, the CFS period, never 0). Divisions by a scalar
 * (`x / 100`, `x / scalar(y)`) are not flagged: every series shares that divisor, and
 * `sum(a) / sum(b)` is not the fix.
 *
 * Only divisions whose NaN reaches the aggregation are flagged: through parentheses, arithmetic,
 * `and`/`or`/`unless` and functions that keep NaN (abs(), clamp(), round(), label_replace(), ...).
 * A comparison in between (`sum((a / b) > 0.5)`) drops NaN samples, and an inner aggregation is
 * judged on its own.
 */





/** Aggregations whose result is NaN as soon as one input is NaN. */
const NAN_PROPAGATING_AGGREGATIONS = new Set(['sum', 'avg', 'stddev', 'stdvar']);
/** Rounding and clamping: sample by sample, NaN stays NaN and 0 stays 0 (unless a bound rules 0 out). */
const ROUNDING_AND_CLAMPING = ['abs', 'ceil', 'floor', 'round', 'clamp', 'clamp_min', 'clamp_max'];
/** Functions that map each sample on its own and keep NaN as NaN; the vector is the first argument. */
const NAN_KEEPING_FUNCTIONS = new Set([
    ...ROUNDING_AND_CLAMPING,
    'exp',
    'ln',
    'log2',
    'log10',
    'sqrt',
    'label_replace',
    'label_join',
]);
/** Functions that return a scalar, never a vector. */
const SCALAR_FUNCTIONS = new Set(['scalar', 'time', 'pi']);
/** Functions that are 0 whenever nothing happened in their range. */
const ZERO_WHEN_IDLE_FUNCTIONS = new Set(functions/* RANGE_CHANGE_FUNCTIONS */.J2);
/** Functions that give 0 for a 0 in their first argument (clamps unless their bound rules it out). */
const ZERO_KEEPING_FUNCTIONS = new Set([
    ...ROUNDING_AND_CLAMPING,
    'sum_over_time',
    'avg_over_time',
    'max_over_time',
    'min_over_time',
    'last_over_time',
    'label_replace',
    'label_join',
]);
/** Aggregations that give 0 when their inputs are 0 (count-like ones are at least 1). */
const ZERO_KEEPING_AGGREGATIONS = new Set(['sum', 'avg', 'min', 'max', 'quantile']);
/**
 * One warning per vector/vector division whose divisor can be 0 inside a `sum`, `avg`, `stddev`
 * or `stdvar`, on the division (`a / b`).
 * @example nanDivision(context) // for `avg(rate(e[5m]) / rate(r[5m]))`: one warning on the division
 */
function nanDivision(context) {
    const { parsed } = context;
    const findings = [];
    for (const aggregation of (0,promql/* allNodes */.Bq)((0,promql/* promTree */.bK)(parsed))) {
        if (aggregation.kind !== 'aggregate')
            continue;
        const op = (0,output_labels/* aggregationOperator */.D3)(parsed, aggregation.node);
        if (!NAN_PROPAGATING_AGGREGATIONS.has(op))
            continue;
        const argument = aggregation.children[aggregation.children.length - 1];
        if (argument === undefined)
            continue;
        for (const division of divisionsReaching(parsed, argument)) {
            findings.push(warningInScalar(context.file, context.exprNode, division.from, division.to, 'promql/nan-division', message(context.prefix, op, groupingText(parsed, aggregation))));
        }
    }
    return findings;
}
/** What each flagged aggregation computes, for the message. */
const AGGREGATE_NAMES = {
    sum: 'sum',
    avg: 'average',
    stddev: 'standard deviation',
    stdvar: 'variance',
};
function message(prefix, op, grouping) {
    const filter = 'keep only divisors above 0 (b > 0)';
    // avg(a / b) wants the ratio of sums: the average of a per unit of b.
    const fix = op === 'sum' || op === 'avg'
        ? `divide after aggregating (sum${grouping}(a) / sum${grouping}(b)) or ${filter}`
        : filter;
    return (`${prefix}${op}() of a division whose divisor can be 0: a series with a 0 divisor is NaN ` +
        `(0/0), and one NaN makes the ${AGGREGATE_NAMES[op] ?? op} of its whole group NaN, so every ` +
        `comparison on it is false and the rule goes silent; ${fix}`);
}
/** ` by (job) ` for `sum by (job) (...)` or `sum(...) by (job)`, else empty. */
function groupingText(parsed, node) {
    const modifier = (0,promql/* childNamed */._z)(node.node, 'AggregateModifier');
    return modifier === null ? '' : ` ${(0,promql/* nodeText */.qd)(parsed, modifier).replace(/\s+/gu, ' ')} `;
}
/** The risky divisions whose value reaches `node`'s value unfiltered. */
const divisionsReaching = (0,promql/* depthSafe */.xT)((parsed, node) => {
    switch (node.kind) {
        case 'paren':
        case 'unary':
            return node.children.flatMap((child) => divisionsReaching(parsed, child));
        case 'call': {
            const first = node.children[0];
            if (first === undefined || !NAN_KEEPING_FUNCTIONS.has((0,output_labels/* functionName */.AQ)(parsed, node.node)))
                return [];
            return divisionsReaching(parsed, first);
        }
        case 'binary': {
            const op = (0,promql/* binaryOperator */.CK)(node.node)?.name ?? '';
            const [lhs, rhs] = node.children;
            if (lhs === undefined || rhs === undefined)
                return [];
            if (op === 'And' || op === 'Unless')
                return divisionsReaching(parsed, lhs);
            if (op !== 'Or' && !promql/* ARITHMETIC_OPERATORS */.ng.has(op))
                return [];
            const inner = [...divisionsReaching(parsed, lhs), ...divisionsReaching(parsed, rhs)];
            const risky = op === 'Div' && isVector(parsed, lhs) && isVector(parsed, rhs) && canBeZero(parsed, rhs);
            return risky ? [node, ...inner] : inner;
        }
        default:
            return [];
    }
});
/** Whether an expression is an instant vector rather than a scalar. */
const isVector = (0,promql/* depthSafe */.xT)((parsed, node) => {
    switch (node.kind) {
        case 'number':
        case 'string':
            return false;
        case 'call':
            return !SCALAR_FUNCTIONS.has((0,output_labels/* functionName */.AQ)(parsed, node.node));
        case 'paren':
        case 'unary':
        case 'binary':
            return node.children.some((child) => isVector(parsed, child));
        default:
            return true;
    }
});
/**
 * Whether samples of the expression are routinely 0: rates and deltas (0 whenever nothing
 * happened), counters by their conventional suffix (0 after every restart), and what is built from
 * them without ruling 0 out. Other gauges are not presumed to be 0: many divisors are capacities
 * or limits that never are (cAdvisor's `container_spec_cpu_period`, the CFS period, is one), and a
 * warning on them would be noise.
 */
const canBeZero = (0,promql/* depthSafe */.xT)((parsed, node) => {
    const number = (0,promql/* numberLiteral */.Ty)(parsed, node);
    if (number !== undefined)
        return number === 0;
    switch (node.kind) {
        case 'paren':
        case 'unary':
        case 'offset':
        case 'at':
        case 'matrix':
        case 'subquery':
            return node.children.some((child) => canBeZero(parsed, child));
        case 'selector': {
            const name = (0,promql/* selectorPartsOf */.tp)(parsed, node).metricName;
            return name !== undefined && !name.includes(':') && COUNTER_SUFFIX.test(name);
        }
        case 'aggregate': {
            const op = (0,output_labels/* aggregationOperator */.D3)(parsed, node.node);
            const argument = node.children[node.children.length - 1];
            if (!ZERO_KEEPING_AGGREGATIONS.has(op) || argument === undefined)
                return false;
            return canBeZero(parsed, argument);
        }
        case 'call':
            return callCanBeZero(parsed, node);
        case 'binary':
            return binaryCanBeZero(parsed, node);
        default:
            return false;
    }
});
function callCanBeZero(parsed, node) {
    const name = (0,output_labels/* functionName */.AQ)(parsed, node.node);
    const [first, second, third] = node.children;
    if (ZERO_WHEN_IDLE_FUNCTIONS.has(name))
        return true;
    const positive = (arg) => arg !== undefined && ((0,promql/* numberLiteral */.Ty)(parsed, arg) ?? 0) > 0;
    const negative = (arg) => arg !== undefined && ((0,promql/* numberLiteral */.Ty)(parsed, arg) ?? 0) < 0;
    if (first === undefined || !ZERO_KEEPING_FUNCTIONS.has(name))
        return false;
    if (name === 'clamp_min' && positive(second))
        return false;
    if (name === 'clamp_max' && negative(second))
        return false;
    if (name === 'clamp' && (positive(second) || negative(third)))
        return false;
    return canBeZero(parsed, first);
}
function binaryCanBeZero(parsed, node) {
    const opName = (0,promql/* binaryOperator */.CK)(node.node)?.name ?? '';
    const [lhs, rhs] = node.children;
    if (lhs === undefined || rhs === undefined)
        return false;
    switch (opName) {
        case 'And':
        case 'Unless':
        case 'Div':
            return canBeZero(parsed, lhs);
        case 'Or':
        case 'Mul':
            return canBeZero(parsed, lhs) || canBeZero(parsed, rhs);
        case 'Add':
        case 'Sub':
            return canBeZero(parsed, lhs) && canBeZero(parsed, rhs);
        default:
            break;
    }
    const comparison = promql/* COMPARISON_OPERATORS */.O7.get(opName);
    if (comparison === undefined)
        return false;
    // `x > bool c` is 0 wherever the comparison is false.
    if ((0,promql/* childNamed */._z)(node.node, 'BoolModifier') !== null)
        return true;
    // A filter keeps the samples for which it holds; it rules 0 out when `0 <op> c` is false.
    const right = (0,promql/* numberLiteral */.Ty)(parsed, rhs);
    const left = (0,promql/* numberLiteral */.Ty)(parsed, lhs);
    if (right !== undefined)
        return !excludesZero(comparison, right) && canBeZero(parsed, lhs);
    if (left !== undefined)
        return !excludesZero(mirrored(comparison), left) && canBeZero(parsed, rhs);
    return canBeZero(parsed, lhs);
}
/** Whether the filter `x <op> c` drops the samples where x is 0. */
function excludesZero(op, c) {
    switch (op) {
        case '>':
            return !(0 > c);
        case '>=':
            return !(0 >= c);
        case '<':
            return !(0 < c);
        case '<=':
            return !(0 <= c);
        case '==':
            return c !== 0;
        case '!=':
            return c === 0;
        default:
            return false;
    }
}
/** `c <op> x` as `x <mirrored op> c`. */
function mirrored(op) {
    const swap = { '>': '<', '<': '>', '>=': '<=', '<=': '>=' };
    return swap[op] ?? op;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/regex-matcher.ts


/** RE2 metacharacters outside a character class. */
const METACHARACTERS = new Set(['.', '+', '*', '?', '(', ')', '|', '[', ']', '{', '}', '^', '$']);
/** ASCII punctuation: a backslash before one of these is the character itself in RE2. */
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/u;
/**
 * One warning per regex matcher that needs no regex, has redundant anchors, or is `.*`, on the
 * matcher, naming the exact replacement.
 * @example regexMatcher(context) // for `up{job=~"api"}`: '... use job="api"'
 */
function regexMatcher(context) {
    const findings = [];
    for (const matcher of regexMatchers(context.parsed)) {
        const message = adviceFor(matcher);
        if (message === undefined)
            continue;
        findings.push(warningInScalar(context.file, context.exprNode, matcher.from, matcher.to, 'promql/regex-matcher', context.prefix + message));
    }
    return findings;
}
function adviceFor(matcher) {
    const { nameText, op, regex, text: written } = matcher;
    const { body, anchors } = withoutAnchors(regex);
    const anchored = 'Prometheus anchors regex matchers at both ends';
    if (body === '.*') {
        return op === '=~'
            ? `${written} matches every series, with or without the label, so it filters nothing; ` +
                'remove it'
            : `${written} matches no series at all (every value, even the empty one, matches .*), ` +
                'so the selector always returns nothing';
    }
    const literal = plainText(body);
    if (literal !== undefined) {
        const equality = `${nameText}${op === '=~' ? '=' : '!='}${JSON.stringify(literal)}`;
        const effect = `${op === '=~' ? 'matches' : 'excludes'} exactly ${JSON.stringify(literal)}`;
        // Without anchors the author may have expected a substring match, as grep does.
        const prefixHint = anchors === '' && literal !== ''
            ? ` (or ${nameText}${op}${JSON.stringify(`${body}.*`)} if longer values were meant)`
            : '';
        return `${written} needs no regex: ${anchored}, so it ${effect}; use ${equality}${prefixHint}`;
    }
    if (anchors !== '') {
        return (`${written} has a redundant ${anchors}: ${anchored} already; ` +
            `use ${nameText}${op}${JSON.stringify(body)}`);
    }
    return undefined;
}
/**
 * The regex without a leading `^` and a trailing (unescaped) `$`, and which of them it had.
 * Both are no-ops in a fully anchored match, even before or after a top-level alternation
 * (`^a|b` is `(?:^a)|b`, and `^` at the start of the input adds nothing). Left alone under a
 * `(?m)` flag, where they match at line breaks.
 */
function withoutAnchors(regex) {
    if (/\(\?[a-zA-Z]*m/u.test(regex))
        return { body: regex, anchors: '' };
    let body = regex;
    const found = [];
    // `^*` would make the quantifier apply to nothing: not ours to rewrite.
    if (body.startsWith('^') && !/^\^[*+?{]/u.test(body)) {
        body = body.slice(1);
        found.push('^');
    }
    if (body.endsWith('$') && (/\\*(?=\$$)/u.exec(body)?.[0].length ?? 0) % 2 === 0) {
        body = body.slice(0, -1);
        found.push('$');
    }
    return { body, anchors: found.join(' and ') };
}
/** The text a regex matches when it matches exactly one string, else undefined. */
function plainText(regex) {
    let text = '';
    for (let i = 0; i < regex.length; i++) {
        const ch = regex[i] ?? '';
        if (ch === '\\') {
            const next = regex[i + 1] ?? '';
            // `\d`, `\pL`, `\Q...\E`, `\n`: classes, assertions or escapes we do not rewrite.
            if (!ASCII_PUNCTUATION.test(next))
                return undefined;
            text += next;
            i++;
        }
        else if (METACHARACTERS.has(ch)) {
            return undefined;
        }
        else {
            text += ch;
        }
    }
    return text;
}
/**
 * Every `=~`/`!~` matcher of every selector, in source order: one walk finds both kinds, and a
 * walk that visits parents first meets them in source order (no matcher holds another).
 */
function regexMatchers(parsed) {
    const result = [];
    (0,promql/* forEachNode */.zV)(parsed, (node) => {
        if (node.name !== 'UnquotedLabelMatcher' && node.name !== 'QuotedLabelMatcher')
            return;
        const matcher = regexMatcherOf(parsed, node);
        if (matcher !== undefined)
            result.push(matcher);
    });
    return result;
}
function regexMatcherOf(parsed, node) {
    const nameNode = (0,promql/* childNamed */._z)(node, 'LabelName') ?? (0,promql/* childNamed */._z)(node, 'QuotedLabelName');
    const opNode = (0,promql/* childNamed */._z)(node, 'MatchOp');
    const valueNode = (0,promql/* childNamed */._z)(node, 'StringLiteral');
    if (nameNode === null || opNode === null || valueNode === null)
        return undefined;
    const op = (0,promql/* nodeText */.qd)(parsed, opNode);
    const literal = (0,promql/* nodeText */.qd)(parsed, valueNode);
    if ((op !== '=~' && op !== '!~') || hasInvalidEscape(literal))
        return undefined;
    return {
        text: (0,promql/* nodeText */.qd)(parsed, node),
        nameText: (0,promql/* nodeText */.qd)(parsed, nameNode),
        op,
        regex: (0,promql/* unquotePromString */.X3)(literal),
        from: node.from,
        to: node.to,
    };
}
/**
 * Whether a quoted string has an escape Go's strconv rejects (`"a\d"`): Prometheus refuses such
 * an expression, so any advice on the matcher would mislead. Raw (backtick) strings have none.
 */
function hasInvalidEscape(literal) {
    if (literal.startsWith('`'))
        return false;
    return /\\(?![abfnrtv\\'"0-7xuU])/u.test(literal.replace(/\\\\/gu, ''));
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/rule-overlaps.ts
/**
 * Duplicates and overlaps across every rule file, with no configuration:
 * - `rules/duplicate`: two rules with one identity (alert or record name plus static labels)
 *   whose results may share a series. Prometheus then writes two values into one series (or
 *   sends one alert from two rules, with differing annotations). Unlike promtool's
 *   duplicate-rules lint (per file, name and labels only; not run here for that reason), rules whose results are provably
 *   apart are fine: kubernetes-mixin records `code=~"2.."` and `code=~"5.."` under one name, and
 *   `sum by (code)` keeps them apart. What the results can be is worked out from the tree: the
 *   matchers every result series satisfies and the labels it can carry, through `by`/`without`,
 *   `on`/`ignoring`/`group_left`, label_replace() and absent(); the metric name and the static
 *   labels are left aside, the rule overwriting both.
 * - `alerts/overlap`: two alert names that always fire together: the same expression and labels,
 *   or the same expression with nested thresholds and the same labels (`> 80` and `> 90`, both
 *   `severity: warning`). With different severities that is the usual warning/critical pair.
 * Findings go on the later rule (file order, then line) and name the other's file and line.
 * The rules compared come from suite-rules.ts, with what was read of their expressions
 * (expression-facts.ts: what their results can be, their canonical text, their threshold).
 */





/**
 * Whether two rules of one identity may write the same series. The metric name and the rule's
 * static labels are left out: Prometheus replaces both with the rule's own. A label one side
 * cannot carry (not among its `by` labels, dropped by `without`, ...: output-labels.ts) is
 * missing there, which is the value `''`.
 */
function resultsMayShareSeries(a, b) {
    // Both share an identity, so the suite kept both results (expression-facts.ts).
    if (a.facts.result === undefined || b.facts.result === undefined)
        return true;
    const ignored = new Set([label_matchers/* METRIC_NAME_LABEL */.q, 'alertname', ...a.staticLabels.keys()]);
    const resultOf = ({ labels, matchers }) => ({
        labels,
        matchers: matchers.filter((m) => !ignored.has(m.name)),
    });
    const left = resultOf(a.facts.result);
    const right = resultOf(b.facts.result);
    const missing = ({ labels }, other) => other.matchers
        .filter((m) => !(0,output_labels/* mayCarryLabel */.LB)(labels, m.name))
        .map((m) => ({ name: m.name, op: '=', value: '' }));
    return matcherSetsMayOverlap([...left.matchers, ...missing(left, right)], [...right.matchers, ...missing(right, left)]);
}
/**
 * `rules/duplicate`: a rule with the name and static labels of an earlier rule (any file) whose
 * results may share series with it. One finding per later rule, naming the first such rule.
 * @example ruleDuplicates([a, b]) // [] when a records `code=~"2.."` and b `code=~"5.."` by code
 */
function ruleDuplicates(rules) {
    const findings = [];
    const sameIdentity = groupBy(rules, (r) => r.identity.key);
    for (const rules of sameIdentity) {
        rules.forEach((rule, i) => {
            const earlier = rules.slice(0, i).find((other) => resultsMayShareSeries(other, rule));
            if (earlier === undefined)
                return;
            const what = rule.isAlert
                ? 'Alertmanager gets one alert from two rules, with annotations and timing flipping between them'
                : 'both write into one series, which flips between their values (or drops one as a duplicate sample)';
            findings.push(warningOnName(rule, 'rules/duplicate', `${rule.prefix}same ${rule.isAlert ? 'alert' : 'record'} name and labels as the rule at ` +
                `${ruleLocation(earlier)}, and their results may share series: ${what}; ` +
                'delete one, or tell them apart with a label or by selectors on a label the result keeps'));
        });
    }
    return findings;
}
/** Whether `x a.op a.value` holds whenever `x b.op b.value` does (same vector). */
function implies(b, a) {
    const upward = (op) => op === '>' || op === '>=';
    if (upward(a.op) !== upward(b.op))
        return false;
    if (b.value === a.value)
        return a.op.length === 2 || b.op.length === 1;
    return upward(a.op) ? b.value > a.value : b.value < a.value;
}
function forMs(rule) {
    const parsed = parsePrometheusDuration(rule.rule.for?.value ?? '0s');
    return 'ms' in parsed ? parsed.ms : 0;
}
/**
 * `alerts/overlap`: an alert that always fires together with an earlier alert of another name
 * and the same labels: the same normalised expression, or the same expression with a threshold
 * that implies the other's (`x > 90` fires only when `x > 80` does; the `for:` of the stricter
 * one must be at least the other's). Different labels, e.g. `severity: warning` and `critical`,
 * are the nested-severity pattern and pass.
 */
function alertOverlaps(rules) {
    const findings = [];
    const alerts = rules.filter((r) => r.isAlert);
    const reported = new Set();
    const sameExpr = groupBy(alerts, (r) => JSON.stringify([r.facts.normalized, r.identity.labelsKey]));
    for (const rules of sameExpr) {
        rules.forEach((rule, i) => {
            const before = rules.slice(0, i);
            // A rule repeating an earlier one of its own name is a `rules/duplicate` already.
            if (before.some((other) => other.name.value === rule.name.value))
                return;
            const earlier = before.find((other) => other.name.value !== rule.name.value);
            if (earlier === undefined)
                return;
            reported.add(rule);
            const [mine, theirs] = [forMs(rule), forMs(earlier)];
            const together = mine === theirs
                ? 'so both always fire together and every notification comes twice'
                : `so whenever the one with the longer \`for\` (${mine > theirs ? 'this one' : 'the other'}) fires, the other fires too and every notification comes twice`;
            findings.push(warningOnName(rule, 'alerts/overlap', `${rule.prefix}same expression and labels as alert "${earlier.name.value}" at ` +
                `${ruleLocation(earlier)}, ${together}; delete one, or give them different thresholds or severities`));
        });
    }
    const withThreshold = alerts.flatMap((rule) => {
        const threshold = rule.facts.threshold;
        return threshold === undefined || reported.has(rule) ? [] : [{ rule, threshold }];
    });
    const sameVector = groupBy(withThreshold, ({ rule, threshold }) => JSON.stringify([threshold.vector, rule.identity.labelsKey]));
    for (const entries of sameVector) {
        entries.forEach(({ rule, threshold }, i) => {
            const pair = entries
                .slice(0, i)
                .find((other) => other.rule.name.value !== rule.name.value &&
                ((implies(threshold, other.threshold) && forMs(rule) >= forMs(other.rule)) ||
                    (implies(other.threshold, threshold) && forMs(other.rule) >= forMs(rule))));
            if (pair === undefined)
                return;
            const thisStricter = implies(threshold, pair.threshold);
            const [strict, loose] = thisStricter
                ? [threshold, pair.threshold]
                : [pair.threshold, threshold];
            const other = `alert "${pair.rule.name.value}" at ${ruleLocation(pair.rule)}`;
            const relation = thisStricter
                ? `whenever this alert fires (\`${strict.text}\`), ${other} fires too (\`${loose.text}\`)`
                : `whenever ${other} fires (\`${strict.text}\`), this alert fires too (\`${loose.text}\`)`;
            findings.push(warningOnName(rule, 'alerts/overlap', `${rule.prefix}${relation}, with the same labels, so the stricter one only repeats ` +
                'the other; give the stricter threshold a higher severity (the warning/critical ' +
                'pattern) or drop one of them'));
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/short-range.ts
/**
 * `promql/short-range`: functions that compare samples (rate(), increase(), deriv(), changes(),
 * ...) need at least two samples inside their range, and a range that is short next to the
 * scrape interval often holds fewer.
 *
 * Two tiers, both warnings:
 * - shorter than 2× the scrape interval: the range holds a single sample much of the time, so the
 *   function returns nothing (or, for changes()/resets(), 0) on most evaluations. pint reports the
 *   same bound as a bug ("promql/rate": Prometheus needs two samples, so at least 2×).
 * - shorter than 4× the scrape interval: it works while every scrape lands on time, but one failed
 *   or late scrape leaves a single sample. 4× is the well-known minimum (Robust Perception, "What
 *   range should I use with rate()?"; Grafana's `$__rate_interval` is at least 4× the scrape
 *   interval for the same reason).
 *
 * A subquery's samples come one per step, and never more often than the data they are computed
 * from changes, so a subquery range is judged against the larger of its step and the scrape
 * interval; the step alone (when larger) only for the first tier, since subquery steps do not go
 * missing the way scrapes do. `offset` and `@` move the range in time without changing its length,
 * so they are looked through. Ranges with the experimental `anchored`/`smoothed` modifiers take
 * the sample before the range too and are not judged. Ranges that are duration expressions
 * (`[5m+1m]`) are not judged either: their length is not plain text.
 */



/**
 * Functions whose range argument (always the first) needs two samples, with what they give when
 * it holds only one: nothing at all, or a count of 0 that hides what happened.
 */
const TWO_SAMPLE_FUNCTIONS = new Map([
    ['rate', 'returns nothing'],
    ['irate', 'returns nothing'],
    ['increase', 'returns nothing'],
    ['delta', 'returns nothing'],
    ['idelta', 'returns nothing'],
    ['deriv', 'returns nothing'],
    ['predict_linear', 'returns nothing'],
    ['holt_winters', 'returns nothing'],
    ['double_exponential_smoothing', 'returns nothing'],
    ['changes', 'reports 0 whatever happened'],
    ['resets', 'reports 0 whatever happened'],
]);
/** Wrappers that leave a range's length alone: parentheses, `offset`, `@`. */
const TRANSPARENT = new Set(['ParenExpr', 'OffsetExpr', 'StepInvariantExpr']);
/** The shortest range the advice asks for, in scrape intervals. */
const SAFE_FACTOR = 4;
/**
 * One warning per range of a two-sample function that is shorter than 4× the scrape interval
 * (`settings.scrapeInterval`), on the range text (`[1m]`, or `[1m:30s]` for a subquery).
 * @example shortRange(context) // for `rate(x[30s])` at 15 s: "[30s] is less than 4× ..."
 */
function shortRange(context) {
    const { parsed, settings } = context;
    const scrapeMs = settings.scrapeInterval * 1000;
    if (!Number.isFinite(scrapeMs) || scrapeMs <= 0)
        return [];
    const findings = [];
    for (const call of (0,promql/* functionCalls */.SB)(parsed)) {
        const outcome = TWO_SAMPLE_FUNCTIONS.get(call.name);
        const argument = call.args[0];
        if (outcome === undefined || argument === undefined)
            continue;
        const range = rangeOf(parsed, argument);
        if (range === undefined)
            continue;
        const stepMs = range.stepMs ?? 0;
        const spacingMs = Math.max(stepMs, scrapeMs);
        const byStep = stepMs > scrapeMs;
        const spacing = byStep
            ? `the subquery's ${formatDuration(stepMs)} step`
            : `the ${formatDuration(scrapeMs)} scrape interval`;
        // Subquery steps do not go missing, so two of them are enough; scrapes need the margin.
        const safe = formatDuration((byStep ? 2 : SAFE_FACTOR) * spacingMs);
        let message;
        if (range.ms < 2 * spacingMs) {
            message =
                `${context.prefix}${call.name}() needs two samples in its range, but ${range.text} is ` +
                    `less than twice ${spacing}, so it often holds only one and ${call.name}() ${outcome}; ` +
                    `use a range of at least ${safe}`;
        }
        else if (range.ms < SAFE_FACTOR * spacingMs && !byStep) {
            message =
                `${context.prefix}${range.text} is less than 4× ${spacing}: one missed or late scrape ` +
                    `leaves ${call.name}() a single sample and it ${outcome}; use a range of at least ${safe}`;
        }
        if (message !== undefined) {
            findings.push(warningInScalar(context.file, context.exprNode, range.from, range.to, 'promql/short-range', message));
        }
    }
    return findings;
}
function rangeOf(parsed, argument) {
    let node = argument;
    while (TRANSPARENT.has(node.name)) {
        const inner = (0,promql/* exprChildren */.tK)(node)[0];
        if (inner === undefined)
            return undefined;
        node = inner;
    }
    if (node.name !== 'MatrixSelector' && node.name !== 'SubqueryExpr')
        return undefined;
    const [rangeNode, stepNode] = (0,promql/* childrenNamed */.De)(node, 'DurationExpr');
    if (rangeNode === undefined)
        return undefined;
    const ms = durationMs(parsed, rangeNode);
    const stepMs = stepNode === undefined ? undefined : durationMs(parsed, stepNode);
    if (ms === undefined || (stepNode !== undefined && stepMs === undefined))
        return undefined;
    const from = parsed.text.lastIndexOf('[', rangeNode.from);
    if (from < node.from)
        return undefined;
    return { text: parsed.text.slice(from, node.to), ms, stepMs, from, to: node.to };
}
/**
 * Milliseconds of a range or step written as one duration literal (`5m`, `1h30m`), or as a plain
 * number of seconds (Prometheus 3 with duration expressions); undefined for anything else.
 */
function durationMs(parsed, node) {
    const literal = node.firstChild;
    if (literal?.name !== 'NumberDurationLiteralInDurationContext' || literal.nextSibling !== null)
        return undefined;
    const text = (0,promql/* nodeText */.qd)(parsed, literal);
    if (/^\d+(?:\.\d+)?$/u.test(text))
        return Number(text) * 1000;
    const duration = parsePrometheusDuration(text);
    return 'ms' in duration ? duration.ms : undefined;
}
const UNITS = [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
    ['ms', 1],
];
/**
 * Milliseconds as Prometheus writes durations, largest unit first.
 * @example formatDuration(90_000) // "1m30s"
 */
function formatDuration(ms) {
    let rest = Math.round(ms);
    let text = '';
    for (const [unit, size] of UNITS) {
        const count = Math.floor(rest / size);
        if (count > 0)
            text += `${count}${unit}`;
        rest -= count * size;
    }
    return text === '' ? '0s' : text;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/template/functions.ts
/**
 * The functions a Prometheus alerting template may call: Prometheus' own (template/template.go,
 * main branch, late 2025) plus Go's text/template builtins. Go's parser rejects any other name
 * with `function "x" not defined` while loading the rule file, so `promtool check rules` does too.
 */
/** Functions Prometheus adds to its alert and console templates. */
const PROMETHEUS_TEMPLATE_FUNCTIONS = [
    'query',
    'first',
    'label',
    'value',
    'strvalue',
    'sortByLabel',
    'args',
    'reReplaceAll',
    'safeHtml',
    'match',
    'title',
    'toUpper',
    'toLower',
    'graphLink',
    'tableLink',
    'stripPort',
    'stripDomain',
    'humanize',
    'humanize1024',
    'humanizeDuration',
    'humanizePercentage',
    'humanizeTimestamp',
    'toTime',
    'toDuration',
    'now',
    'pathPrefix',
    'externalURL',
    'parseDuration',
];
/** Go's text/template builtins (text/template/funcs.go). */
const GO_TEMPLATE_BUILTINS = [
    'and',
    'call',
    'html',
    'index',
    'slice',
    'js',
    'len',
    'not',
    'or',
    'print',
    'printf',
    'println',
    'urlquery',
    'eq',
    'ge',
    'gt',
    'le',
    'lt',
    'ne',
];
/** Every function name a Prometheus template may use. */
const TEMPLATE_FUNCTIONS = new Set([
    ...PROMETHEUS_TEMPLATE_FUNCTIONS,
    ...GO_TEMPLATE_BUILTINS,
]);
/**
 * Variables Prometheus defines before each label or annotation template: it prepends
 * `{{$labels := .Labels}}{{$externalLabels := .ExternalLabels}}{{$externalURL := .ExternalURL}}{{$value := .Value}}`.
 */
const PREDEFINED_VARIABLES = [
    '$labels',
    '$externalLabels',
    '$externalURL',
    '$value',
];

;// CONCATENATED MODULE: ./src/gates/prom-lint/template/lexer.ts
/**
 * A lexer for Go's text/template, after the state machine of Go's text/template/parse/lex.go.
 *
 * Written by hand: no maintained npm package parses Go templates (the packages that exist render
 * a subset, or are unmaintained ports without positions), and Prometheus checks label and
 * annotation values by parsing them with Go's text/template, so we redo that parse here.
 */
/** The keywords of Go's template language. */
const TEMPLATE_KEYWORDS = new Set([
    'block',
    'break',
    'continue',
    'define',
    'else',
    'end',
    'if',
    'range',
    'template',
    'with',
]);
// Character classes by code unit: a template is lexed for every label and annotation of every
// alert (tens of thousands in a large file), and a regular expression per character was the
// lexer's main cost. Past ASCII the Unicode classes are asked of the regular expression as before.
const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
const CR = 13;
const isSpaceCode = (code) => code === SPACE || code === TAB || code === CR || code === NEWLINE;
const isDigitCode = (code) => code >= 48 && code <= 57;
const UNICODE_ALPHANUMERIC = /^[\p{L}\p{Nd}_]$/u;
/** ASCII letters, digits and `_`, by code. */
const ASCII_ALPHANUMERIC = new Uint8Array(128).map((_, code) => /[A-Za-z0-9_]/.test(String.fromCharCode(code)) ? 1 : 0);
/** Go's isAlphaNumeric (`_`, a letter or a digit) of the code unit at `at` of `text`. */
function isAlphaNumericAt(text, at) {
    const code = text.charCodeAt(at);
    if (code < 128)
        return ASCII_ALPHANUMERIC[code] === 1;
    return UNICODE_ALPHANUMERIC.test(text.charAt(at));
}
/** Go's `%#U` rendering of a character, as its lexer prints bad characters. */
function goRune(ch) {
    const code = ch.codePointAt(0) ?? 0;
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')} '${ch}'`;
}
/**
 * A token that slices its value from the text when asked: most values (texts, spaces,
 * delimiters) are never read, and a template is lexed for every label and annotation of every
 * alert.
 */
class LexedToken {
    kind;
    text;
    from;
    to;
    constructor(kind, text, from, to) {
        this.kind = kind;
        this.text = text;
        this.from = from;
        this.to = to;
    }
    get value() {
        return this.text.slice(this.from, this.to);
    }
}
/**
 * The last templates lexed: a rule's labels and annotations are lexed for the parse check and
 * again by the warning checks that read them. Small and cleared when full, so it holds about one
 * rule's templates; results are shared, so they are read-only.
 */
const recentlyLexed = new Map();
const RECENT_TEMPLATES = 64;
/** Splits `text` into tokens, or stops at the first lexing error. */
function lexTemplate(text) {
    let lexed = recentlyLexed.get(text);
    if (lexed === undefined) {
        if (recentlyLexed.size >= RECENT_TEMPLATES)
            recentlyLexed.clear();
        lexed = lexTemplateText(text);
        recentlyLexed.set(text, lexed);
    }
    return lexed;
}
function lexTemplateText(text) {
    const tokens = [];
    const length = text.length;
    let pos = 0;
    const push = (kind, from, to) => {
        tokens.push(new LexedToken(kind, text, from, to));
    };
    const fail = (message, from, to) => ({
        tokens,
        error: { message, from, to: Math.max(to, from) },
    });
    const spaceAt = (at) => isSpaceCode(text.charCodeAt(at));
    /** `-}}` at `at`: with the space before it, a trim marker that closes the action. */
    const trimMarkerAt = (at) => text.charCodeAt(at) === 45 /* - */ &&
        text.charCodeAt(at + 1) === 125 /* } */ &&
        text.charCodeAt(at + 2) === 125;
    while (pos < length) {
        const open = text.indexOf('{{', pos);
        if (open < 0) {
            push('text', pos, length);
            break;
        }
        // `{{- ` trims the spaces before it; a `-` must be followed by a space to be a trim marker.
        const trimLeft = text.charCodeAt(open + 2) === 45 /* - */ && spaceAt(open + 3);
        let textEnd = open;
        if (trimLeft)
            while (textEnd > pos && spaceAt(textEnd - 1))
                textEnd -= 1;
        if (textEnd > pos)
            push('text', pos, textEnd);
        const delimEnd = open + (trimLeft ? 3 : 2);
        push('leftDelim', open, delimEnd);
        pos = delimEnd;
        if (trimLeft)
            while (spaceAt(pos))
                pos += 1;
        // A comment must sit alone between the delimiters.
        if (text.startsWith('/*', pos)) {
            const close = text.indexOf('*/', pos + 2);
            if (close < 0)
                return fail('unclosed comment', pos, length);
            push('comment', pos, close + 2);
            pos = close + 2;
            const trimRight = spaceAt(pos) && trimMarkerAt(pos + 1);
            if (!trimRight && !text.startsWith('}}', pos))
                return fail('comment ends before closing delimiter', pos, pos + 1);
            const end = pos + (trimRight ? 4 : 2);
            push('rightDelim', pos, end);
            pos = end;
            if (trimRight)
                while (spaceAt(pos))
                    pos += 1;
            continue;
        }
        // Inside an action.
        let parenDepth = 0;
        for (;;) {
            if (pos >= length)
                return fail('unclosed action', open, length);
            const code = text.charCodeAt(pos);
            const start = pos;
            // ` -}}` closes and trims; the space before the dash is part of the marker.
            if (isSpaceCode(code) && trimMarkerAt(pos + 1)) {
                if (parenDepth > 0)
                    return fail('unclosed left paren', pos, pos + 1);
                push('rightDelim', pos, pos + 4);
                pos += 4;
                while (spaceAt(pos))
                    pos += 1;
                break;
            }
            if (code === 125 /* } */ && text.charCodeAt(pos + 1) === 125) {
                if (parenDepth > 0)
                    return fail('unclosed left paren', pos, pos + 2);
                push('rightDelim', pos, pos + 2);
                pos += 2;
                break;
            }
            if (isSpaceCode(code)) {
                // Stop before a space that starts a ` -}}` trim marker.
                while (pos < length && spaceAt(pos) && !trimMarkerAt(pos + 1))
                    pos += 1;
                push('space', start, pos);
                continue;
            }
            if (code === 61 /* = */) {
                push('assign', pos, pos + 1);
                pos += 1;
            }
            else if (code === 58 /* : */) {
                if (text.charCodeAt(pos + 1) !== 61)
                    return fail('expected :=', pos, pos + 1);
                push('declare', pos, pos + 2);
                pos += 2;
            }
            else if (code === 124 /* | */) {
                push('pipe', pos, pos + 1);
                pos += 1;
            }
            else if (code === 44 /* , */) {
                push('comma', pos, pos + 1);
                pos += 1;
            }
            else if (code === 34 /* " */ || code === 39 /* ' */) {
                let j = pos + 1;
                for (;;) {
                    const c = text.charCodeAt(j);
                    if (j >= length || c === NEWLINE) {
                        return fail(code === 34 ? 'unterminated quoted string' : 'unterminated character constant', pos, j);
                    }
                    if (c === 92 /* \ */)
                        j += 2;
                    else if (c === code)
                        break;
                    else
                        j += 1;
                }
                push(code === 34 ? 'string' : 'char', pos, j + 1);
                pos = j + 1;
            }
            else if (code === 96 /* ` */) {
                const close = text.indexOf('`', pos + 1);
                if (close < 0)
                    return fail('unterminated raw quoted string', pos, length);
                push('rawString', pos, close + 1);
                pos = close + 1;
            }
            else if (code === 36 /* $ */ ||
                code === 46 /* . */ ||
                (!isDigitCode(code) && isAlphaNumericAt(text, pos))) {
                // `.` alone is dot; `.5` is a number; `.Name` a field; `$x` a variable.
                if (code === 46 && isDigitCode(text.charCodeAt(pos + 1))) {
                    pos = lexNumber(text, pos);
                    push('number', start, pos);
                }
                else {
                    let j = pos + 1;
                    while (j < length && isAlphaNumericAt(text, j))
                        j += 1;
                    // Go's atTerminator: what may follow a word.
                    if (j < length) {
                        const next = text.charCodeAt(j);
                        if (!isSpaceCode(next) &&
                            !WORD_TERMINATORS.has(next) &&
                            !(next === 125 && text.charCodeAt(j + 1) === 125)) {
                            return fail(`bad character ${goRune(text.charAt(j))}`, j, j + 1);
                        }
                    }
                    pos = j;
                    if (code === 36)
                        push('variable', start, pos);
                    else if (code === 46)
                        push(j === start + 1 ? 'dot' : 'field', start, pos);
                    else {
                        const word = text.slice(start, pos);
                        if (word === 'true' || word === 'false')
                            push('bool', start, pos);
                        else if (word === 'nil')
                            push('nil', start, pos);
                        else if (TEMPLATE_KEYWORDS.has(word))
                            push('keyword', start, pos);
                        else
                            push('identifier', start, pos);
                    }
                }
            }
            else if (isDigitCode(code) || code === 43 /* + */ || code === 45 /* - */) {
                const end = lexNumber(text, pos);
                if (end === pos || /[\p{L}\p{Nd}_.]/u.test(text.charAt(end))) {
                    let j = end;
                    while (j < length && /[\p{L}\p{Nd}_.+-]/u.test(text.charAt(j)))
                        j += 1;
                    return fail(`bad number syntax: ${JSON.stringify(text.slice(pos, Math.max(j, pos + 1)))}`, pos, Math.max(j, pos + 1));
                }
                push('number', pos, end);
                pos = end;
            }
            else if (code === 40 /* ( */) {
                parenDepth += 1;
                push('leftParen', pos, pos + 1);
                pos += 1;
            }
            else if (code === 41 /* ) */) {
                // Go's parser, not its lexer, reports a stray `)` (`unexpected ")" in command`).
                parenDepth = Math.max(0, parenDepth - 1);
                push('rightParen', pos, pos + 1);
                pos += 1;
            }
            else if (code >= 0x21 && code <= 0x7e) {
                // Go emits other printable ASCII as a character item, for the parser to reject in context.
                push('punct', pos, pos + 1);
                pos += 1;
            }
            else {
                return fail(`unrecognized character in action: ${goRune(text.charAt(pos))}`, pos, pos + 1);
            }
        }
    }
    tokens.push(new LexedToken('eof', text, length, length));
    return { tokens, error: undefined };
}
/** What may follow a word besides a space and `}}` (Go's atTerminator), by code. */
const WORD_TERMINATORS = new Set([...'.,|:()'].map((c) => c.charCodeAt(0)));
/**
 * Go's scanNumber: sign, hex/octal/binary, float, exponent, imaginary. Sticky, so it matches at
 * `lastIndex` without slicing the text.
 */
const NUMBER = /[+-]?(?:0[xX][0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?(?:[pP][+-]?[0-9_]+)?|0[bB][01_]+|0[oO][0-7_]+|(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][+-]?[0-9_]+)?)i?/uy;
/** The end of the number starting at `pos` (`pos` itself when no digit is there). */
function lexNumber(text, pos) {
    NUMBER.lastIndex = pos;
    const match = NUMBER.exec(text);
    const body = match?.[0].replace(/^[+-]/u, '') ?? '';
    return /[0-9]/u.test(body) ? pos + (match?.[0].length ?? 0) : pos;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/template/parser.ts
/**
 * A parser for Go's text/template over the tokens of lexer.ts, after Go's
 * text/template/parse/parse.go: it checks what Go checks while parsing (so what Prometheus'
 * rule loader and `promtool check rules` reject) and stops at the first error, as Go does.
 * Checks that need the data (missing map keys, argument types) happen at execution in Go and are
 * out of scope here.
 */


class ParseFailure extends Error {
    detail;
    constructor(detail) {
        super(detail.message);
        this.detail = detail;
    }
}
/** Go's description of a token in "unexpected X in Y" messages. */
function parser_describe(token) {
    switch (token.kind) {
        case 'eof':
            return 'EOF';
        case 'rightDelim':
            return '"}}"';
        case 'leftDelim':
            return '"{{"';
        case 'keyword':
            return `<${token.value}>`;
        case 'space':
            return 'space';
        default:
            // Go prints `%.10q...` for values longer than 10 characters.
            return token.value.length > 10
                ? `${JSON.stringify(token.value.slice(0, 10))}...`
                : JSON.stringify(token.value);
    }
}
/** Terms that cannot be followed by a field (`"a".b`) nor start a later pipeline stage. */
const CONSTANT_TERMS = new Set([
    'bool',
    'string',
    'rawString',
    'number',
    'char',
    'nil',
    'dot',
]);
/** Tokens that start a command. */
const COMMAND_STARTS = new Set([
    'bool',
    'char',
    'dot',
    'field',
    'identifier',
    'number',
    'nil',
    'rawString',
    'string',
    'variable',
    'leftParen',
]);
/** The variables besides `$` of a `{{define}}` or `{{block}}` body before it declares any. */
const DEFINITION_VARIABLES = [];
/**
 * Parses `text` as a Go template; returns the first error or undefined.
 * @example parseTemplate('{{ $labels.job }}', { predefinedVariables: ['$labels'] }) // undefined
 */
function parseTemplate(text, options) {
    const lexed = lexTemplate(text);
    try {
        new TemplateParser(text, lexed, options).template();
        return lexed.error;
    }
    catch (caught) {
        if (caught instanceof ParseFailure)
            return caught.detail;
        throw caught;
    }
}
/**
 * One parse, after Go's parse.go. A class rather than closures: templates are parsed for every
 * label and annotation of every alert, and a parse that allocates one object instead of a dozen
 * closures halves the parser's cost on a large file.
 */
class TemplateParser {
    lexed;
    tokens;
    eof;
    functions;
    index = 0;
    /** The variables besides `$` defined before the text (none in a definition's body)… */
    outerVariables;
    /** …and those the text declared since, in scope at this point. */
    declared = [];
    rangeDepth = 0;
    constructor(text, lexed, options) {
        this.lexed = lexed;
        // Go's parser consumes tokens as the lexer makes them, so a lexing error stops the parse
        // where it happens; the tokens before it are parsed first, in case they hold an earlier
        // parse error, then the end of the text stands for the lexing error.
        this.eof = { kind: 'eof', value: '', from: text.length, to: text.length };
        const last = lexed.tokens[lexed.tokens.length - 1];
        this.tokens = last?.kind === 'eof' ? lexed.tokens : [...lexed.tokens, this.eof];
        this.functions = options.functions ?? TEMPLATE_FUNCTIONS;
        this.outerVariables = options.predefinedVariables;
    }
    /** The whole text: texts, comments and actions up to its end. */
    template() {
        for (;;) {
            const end = this.textOrAction();
            if (end === undefined)
                continue;
            if (end.kind === 'eof')
                break;
            this.fail(`unexpected {{${end.kind === 'end' ? 'end' : 'else'}}}`, end.token);
        }
    }
    fail(message, token) {
        // A lexing error reached by the parser is the error Go reports.
        if (token.kind === 'eof' && this.lexed.error !== undefined)
            throw new ParseFailure(this.lexed.error);
        throw new ParseFailure({ message, from: token.from, to: Math.max(token.to, token.from) });
    }
    peek() {
        return this.tokens[this.index] ?? this.eof;
    }
    next() {
        const token = this.peek();
        if (this.index < this.tokens.length)
            this.index += 1;
        return token;
    }
    peekNonSpace() {
        while (this.peek().kind === 'space')
            this.index += 1;
        return this.peek();
    }
    nextNonSpace() {
        this.peekNonSpace();
        return this.next();
    }
    expectRightDelim(context) {
        const token = this.nextNonSpace();
        if (token.kind !== 'rightDelim')
            this.fail(`unexpected ${parser_describe(token)} in ${context}`, token);
    }
    useVar(token) {
        const name = token.value;
        if (name !== '$' && !this.outerVariables.includes(name) && !this.declared.includes(name))
            this.fail(`undefined variable ${JSON.stringify(token.value)}`, token);
    }
    /** An operand: a term and any field chain after it. Returns the kind of its term, or undefined. */
    operand() {
        const term = this.termOf();
        if (term === undefined)
            return undefined;
        if (this.peek().kind === 'field') {
            if (CONSTANT_TERMS.has(term.kind)) {
                this.fail(`unexpected . after term ${JSON.stringify(term.value)}`, this.peek());
            }
            while (this.peek().kind === 'field')
                this.next();
        }
        return term.kind;
    }
    termOf() {
        const token = this.nextNonSpace();
        switch (token.kind) {
            case 'identifier':
                if (!this.functions.has(token.value))
                    this.fail(`function ${JSON.stringify(token.value)} not defined`, token);
                return token;
            case 'variable':
                this.useVar(token);
                return token;
            case 'dot':
            case 'nil':
            case 'field':
            case 'bool':
            case 'number':
            case 'char':
            case 'rawString':
                return token;
            case 'string':
                if (!validGoString(token.value))
                    this.fail('invalid syntax', token);
                return token;
            case 'leftParen':
                this.pipeline('parenthesized pipeline', 'rightParen');
                return token;
            default:
                this.index -= 1;
                return undefined;
        }
    }
    /** One command of a pipeline; returns the kind of its first operand. */
    command() {
        let first;
        for (;;) {
            this.peekNonSpace();
            const kind = this.operand();
            if (kind !== undefined)
                first ??= kind;
            const token = this.next();
            if (token.kind === 'space')
                continue;
            if (token.kind === 'rightDelim' || token.kind === 'rightParen') {
                this.index -= 1;
            }
            else if (token.kind !== 'pipe') {
                this.fail(`unexpected ${parser_describe(token)} in operand`, token);
            }
            break;
        }
        if (first === undefined)
            this.fail('empty command', this.peek());
        return first;
    }
    pipeline(context, end) {
        const start = this.peekNonSpace();
        // Declarations: `$x :=`, `$x =`, and `$i, $x :=` in range.
        if (start.kind === 'variable') {
            const save = this.index;
            const declared = [];
            for (;;) {
                const variable = this.peekNonSpace();
                if (variable.kind !== 'variable')
                    break;
                this.next();
                const op = this.peekNonSpace();
                if (op.kind === 'declare' || op.kind === 'assign') {
                    this.next();
                    // Go checks `$x = ...` against declared variables only when it executes the template.
                    declared.push(variable);
                    break;
                }
                if (op.kind === 'comma') {
                    this.next();
                    if (context !== 'range' || declared.length >= 1)
                        this.fail(`too many declarations in ${context}`, op);
                    declared.push(variable);
                    continue;
                }
                this.index = save;
                declared.length = 0;
                break;
            }
            for (const variable of declared)
                this.declared.push(variable.value);
        }
        let stages = 0;
        /** The first stage after the first that starts with a constant, if any. */
        let constantStage = 0;
        for (;;) {
            const token = this.nextNonSpace();
            if (token.kind === end) {
                if (stages === 0)
                    this.fail(`missing value for ${context}`, token);
                if (constantStage !== 0)
                    this.fail(`non executable command in pipeline stage ${constantStage}`, token);
                return;
            }
            if (COMMAND_STARTS.has(token.kind)) {
                this.index -= 1;
                const first = this.command();
                stages += 1;
                if (stages > 1 && constantStage === 0 && CONSTANT_TERMS.has(first))
                    constantStage = stages;
            }
            else {
                this.fail(`unexpected ${parser_describe(token)} in ${context}`, token);
            }
        }
    }
    /** Parses the list of a control structure up to its `{{end}}` (or `{{else}}`). */
    itemList() {
        for (;;) {
            const end = this.textOrAction();
            if (end !== undefined) {
                if (end.kind === 'eof')
                    this.fail('unexpected EOF', end.token);
                return end;
            }
        }
    }
    control(context) {
        const saved = this.declared.length;
        this.pipeline(context, 'rightDelim');
        if (context === 'range')
            this.rangeDepth += 1;
        let end = this.itemList();
        if (context === 'range')
            this.rangeDepth -= 1;
        while (end.kind === 'else-if' || end.kind === 'else-with') {
            // `{{else if p}}` is `{{else}}{{if p}}...{{end}}{{end}}` sharing the one `{{end}}`.
            this.pipeline(end.kind === 'else-if' ? 'if' : 'with', 'rightDelim');
            end = this.itemList();
        }
        if (end.kind === 'else') {
            if (context === 'range')
                this.rangeDepth += 1;
            end = this.itemList();
            if (context === 'range')
                this.rangeDepth -= 1;
            if (end.kind !== 'end')
                this.fail(`expected end; found {{else}}`, end.token);
        }
        this.declared.length = saved;
    }
    /** `{{define "name"}}` and `{{block "name" pipeline}}`: a body with its own variables. */
    definition(keyword) {
        const context = keyword.value === 'define' ? 'define clause' : 'block clause';
        const name = this.nextNonSpace();
        if (name.kind !== 'string' && name.kind !== 'rawString')
            this.fail(`unexpected ${parser_describe(name)} in ${context}`, name);
        if (keyword.value === 'block')
            this.pipeline('block clause', 'rightDelim');
        else
            this.expectRightDelim(context);
        const outerVariables = this.outerVariables;
        const outerDeclared = this.declared;
        const outerRange = this.rangeDepth;
        this.outerVariables = DEFINITION_VARIABLES;
        this.declared = [];
        this.rangeDepth = 0;
        const end = this.itemList();
        if (end.kind !== 'end')
            this.fail(`unexpected {{else}}`, end.token);
        this.outerVariables = outerVariables;
        this.declared = outerDeclared;
        this.rangeDepth = outerRange;
    }
    /** One text, comment or action; returns how a list ended when it meets `{{end}}`, `{{else}}` or EOF. */
    textOrAction() {
        const token = this.next();
        if (token.kind === 'text')
            return undefined;
        if (token.kind === 'eof')
            return { kind: 'eof', token };
        if (token.kind !== 'leftDelim')
            return this.fail(`unexpected ${parser_describe(token)} in input`, token);
        const first = this.peekNonSpace();
        if (first.kind === 'comment') {
            this.next();
            this.expectRightDelim('comment');
            return undefined;
        }
        if (first.kind === 'keyword') {
            this.next();
            switch (first.value) {
                case 'end':
                    this.expectRightDelim('end');
                    return { kind: 'end', token: first };
                case 'else': {
                    const after = this.peekNonSpace();
                    if (after.kind === 'keyword' && (after.value === 'if' || after.value === 'with')) {
                        this.next();
                        return { kind: after.value === 'if' ? 'else-if' : 'else-with', token: first };
                    }
                    this.expectRightDelim('else');
                    return { kind: 'else', token: first };
                }
                case 'if':
                case 'range':
                case 'with':
                    this.control(first.value);
                    return undefined;
                case 'break':
                case 'continue':
                    if (this.rangeDepth === 0)
                        this.fail(`{{${first.value}}} outside {{range}}`, first);
                    this.expectRightDelim(`{{${first.value}}}`);
                    return undefined;
                case 'template': {
                    const name = this.nextNonSpace();
                    if (name.kind !== 'string' && name.kind !== 'rawString')
                        this.fail(`unexpected ${parser_describe(name)} in template clause`, name);
                    if (this.peekNonSpace().kind !== 'rightDelim')
                        this.pipeline('template clause', 'rightDelim');
                    else
                        this.next();
                    return undefined;
                }
                case 'define':
                case 'block':
                    this.definition(first);
                    return undefined;
                default:
                    return this.fail(`unexpected ${parser_describe(first)} in command`, first);
            }
        }
        this.pipeline('command', 'rightDelim');
        return undefined;
    }
}
/** Whether a double-quoted literal is valid for Go's strconv.Unquote. */
function validGoString(literal) {
    return /^"(?:[^"\\\n]|\\(?:[abfnrtv\\"]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}))*"$/u.test(literal);
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/template/index.ts





/**
 * Checks one label or annotation value. Go's parser stops at the first error, so this returns at
 * most one `template/syntax` diagnostic. Pure: offsets are 0-based into `text`, `to` exclusive.
 */
function checkTemplate(text) {
    // Without `{{` a template is one text token: Go's parser has nothing to refuse.
    if (!text.includes('{{'))
        return [];
    const error = parseTemplate(text, { predefinedVariables: PREDEFINED_VARIABLES });
    if (error === undefined)
        return [];
    return [
        {
            severity: 'error',
            check: 'template/syntax',
            message: error.message,
            from: error.from,
            to: error.to,
        },
    ];
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/template-label-removed.ts
/**
 * `alerts/template-label-removed`: an alert's label or annotation template that reads a label
 * (`$labels.instance`, `.Labels.instance`, `index $labels "instance"`) the expression's result
 * can never carry, e.g. `sum by (job) (rate(errors_total[5m])) > 1` with
 * `{{ $labels.instance }}`. Go templates print a missing map key as an empty string, so every
 * notification says "on instance " and nobody notices until it matters.
 *
 * `$labels` is the result series' labels and nothing else: rules/alerting.go (Eval) builds the
 * template data from `smpl.Metric` alone, and adds the rule's own labels (and a group's labels,
 * merged into every rule's labels when loading) to the alert only after expanding the templates;
 * external labels are `$externalLabels`. So a static `severity: critical` in `labels:` does not
 * make `$labels.severity` work; the message says so for that case.
 */



/** Keywords that open a block closed by `{{ end }}`. */
const BLOCK_KEYWORDS = new Set(['if', 'range', 'with', 'define', 'block']);
/** Blocks inside which `.` is no longer the alert's data. */
const DOT_CHANGING = new Set(['range', 'with', 'define', 'block']);
/**
 * The label reads of one template: `$labels.X`, `$.Labels.X`, `.Labels.X` (where `.` is still the
 * alert's data, outside range/with/define/block), and `index $labels "X"` / `index .Labels "X"`.
 * Found on Go's tokens (lexer.ts) rather than by pattern on the text, so text outside actions and
 * strings inside them are never taken for a read. Returns none for a
 * template that does not parse (its error is reported elsewhere) or that assigns `$labels`;
 * `parses: true` skips that check for a template known to parse (the linter's rule checks only
 * see such rules).
 * @example templateLabelReferences('{{ $labels.instance }} down') // [{ label: 'instance', ... }]
 */
function templateLabelReferences(text, { parses = false } = {}) {
    // Every read names `$labels` or `.Labels`: a text without either reads none (nor assigns it).
    if (!text.includes('abels') || !text.includes('{{'))
        return [];
    if (!parses && parseTemplate(text, { predefinedVariables: PREDEFINED_VARIABLES }) !== undefined)
        return [];
    const { tokens } = lexTemplate(text);
    const references = [];
    const blocks = [];
    const at = (i) => tokens[i];
    /** The index of the next token that is not a space. */
    const skipSpace = (i) => {
        let j = i;
        while (at(j)?.kind === 'space')
            j += 1;
        return j;
    };
    const isField = (token) => token?.kind === 'field';
    const isLabelsVariable = (token) => token?.kind === 'variable' && token.value === '$labels';
    const add = (label, from, to) => {
        references.push({ label, written: text.slice(from, to), from, to });
    };
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token === undefined)
            break;
        if (token.kind === 'leftDelim') {
            const first = at(skipSpace(i + 1));
            if (first?.kind === 'keyword') {
                if (BLOCK_KEYWORDS.has(first.value))
                    blocks.push(first.value);
                else if (first.value === 'end')
                    blocks.pop();
            }
            continue;
        }
        if (isLabelsVariable(token)) {
            const after = at(skipSpace(i + 1));
            // `{{ $labels := ... }}`: the name no longer means the alert's labels.
            if (after?.kind === 'declare' || after?.kind === 'assign')
                return [];
        }
        const next = at(i + 1);
        const previous = at(i - 1);
        if (isLabelsVariable(token) && isField(next)) {
            add(next.value.slice(1), token.from, next.to);
        }
        else if (token.kind === 'variable' && token.value === '$' && next?.value === '.Labels') {
            const label = at(i + 2);
            if (isField(label))
                add(label.value.slice(1), token.from, label.to);
        }
        else if (token.kind === 'field' &&
            token.value === '.Labels' &&
            !['variable', 'field', 'rightParen', 'dot'].includes(previous?.kind ?? '') &&
            !blocks.some((b) => DOT_CHANGING.has(b)) &&
            isField(next)) {
            add(next.value.slice(1), token.from, next.to);
        }
        else if (token.kind === 'identifier' && token.value === 'index') {
            const mapIndex = skipSpace(i + 1);
            const map = at(mapIndex);
            const key = at(skipSpace(mapIndex + 1));
            // `index $labels "x"`, or `index .Labels "x"` where `.` is still the alert's data.
            const labelsMap = isLabelsVariable(map) ||
                (map?.value === '.Labels' && !blocks.some((b) => DOT_CHANGING.has(b)));
            const plainLabels = labelsMap && at(mapIndex + 1)?.kind === 'space';
            if (plainLabels && (key?.kind === 'string' || key?.kind === 'rawString')) {
                // A string the parser accepted; JSON.parse reads Go's common escapes the same way.
                const label = key.kind === 'string' ? safeUnquote(key.value) : key.value.slice(1, -1);
                if (label !== undefined)
                    add(label, token.from, key.to);
            }
        }
    }
    return references;
}
function safeUnquote(literal) {
    try {
        const value = JSON.parse(literal);
        return typeof value === 'string' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function findingFor(context, entry, what, reference, labels) {
    const label = JSON.stringify(reference.label);
    const staticLabel = [...context.group.labels, ...context.rule.labels].some((l) => l.name === reference.label);
    const fix = staticLabel
        ? `${label} is a static label of the rule, which $labels does not hold (Prometheus adds it ` +
            'after expanding the templates): write its value directly'
        : `keep ${label} in the expression (by (...), on (...) or group_left (...)) or drop the reference`;
    return warningInScalar(context.file, entry.node, reference.from, reference.to, 'alerts/template-label-removed', `${context.prefix}${what} ${JSON.stringify(entry.name)} reads ${reference.written}, but the ` +
        `expression's result ${(0,output_labels/* describeLabelSet */.m1)(labels)}, so it renders as an empty string in ` +
        `every notification; ${fix}`);
}
/**
 * One warning per label a template reads that the alert's series can never carry, on its first
 * read in each label or annotation (a second read of the same label is the same mistake).
 */
function templateLabelRemoved(context) {
    if (!context.isAlert)
        return [];
    const labels = (0,output_labels/* expressionLabels */.sv)(context.parsed);
    if (labels.kind === 'all-except' && labels.removed.size === 0)
        return [];
    const findings = [];
    for (const [what, entries] of [
        ['label', context.rule.labels],
        ['annotation', context.rule.annotations],
    ]) {
        for (const entry of entries) {
            const reported = new Set();
            // Rule checks run only on rules without errors, so every template here parses.
            for (const reference of templateLabelReferences(entry.value, { parses: true })) {
                if (reported.has(reference.label) || (0,output_labels/* mayCarryLabel */.LB)(labels, reference.label))
                    continue;
                reported.add(reference.label);
                findings.push(findingFor(context, entry, what, reference, labels));
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/value-in-labels.ts

/** `$value` or `.Value` as a whole template word (not `$values` or `.ValueType`). */
const VALUE_REFERENCE = /\$value\b|\.Value\b/gu;
/** One warning per `$value` / `.Value` in an alerting rule's labels, on the reference itself. */
function valueInLabels(context) {
    if (!context.isAlert)
        return [];
    const findings = [];
    for (const label of context.rule.labels) {
        for (const match of label.value.matchAll(VALUE_REFERENCE)) {
            findings.push(warningInScalar(context.file, label.node, match.index, match.index + match[0].length, 'alerts/value-in-labels', `${context.prefix}label ${JSON.stringify(label.name)} uses ${match[0]}: the labels ` +
                'change on every evaluation, so each one starts a new alert; put the value in an annotation'));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/topk-in-alert.ts
/**
 * `alerts/topk`: topk(), bottomk(), limitk() and limit_ratio() pick some series of many, and which
 * ones can change from one evaluation to the next (a tie, a new series, a value crossing another).
 * The labels of the picked series become the alert's labels, so the alert resolves for one
 * series and fires for another on every change: it flaps. pint reports it as promql/fragile
 * ("sampling functions"). Left alone when an outer aggregation takes the labels away
 * (`count(topk(3, x)) > 2`): the alert's labels no longer depend on the pick.
 */



/** The aggregations that return a subset of their input series. */
const SAMPLING_AGGREGATIONS = new Set([
    'topk',
    'bottomk',
    'limitk',
    'limit_ratio',
]);
/** Any of their names, for a first look at the text. */
const SAMPLING_NAME = /topk|bottomk|limitk|limit_ratio/iu;
/** One warning per sampling aggregation whose series become the alert's, on the aggregation. */
function topkInAlert(context) {
    // Aggregation names are case-insensitive in PromQL; a text search spares the tree walk.
    if (!context.isAlert || !SAMPLING_NAME.test(context.parsed.text))
        return [];
    const findings = [];
    // Parents before children, in source order, without recursion: a tree may nest thousands deep.
    const root = (0,promql/* promTree */.bK)(context.parsed);
    const nodes = root === undefined ? [] : [root];
    const underAggregations = [false];
    for (let node = nodes.pop(); node !== undefined; node = nodes.pop()) {
        const underAggregation = underAggregations.pop() === true;
        const op = node.kind === 'aggregate' ? (0,output_labels/* aggregationOperator */.D3)(context.parsed, node.node) : '';
        if (SAMPLING_AGGREGATIONS.has(op) && !underAggregation) {
            findings.push(warningInScalar(context.file, context.exprNode, node.from, node.to, 'alerts/topk', `${context.prefix}${op}() in an alert can pick different series on each evaluation; ` +
                'their labels become the alert, so it flaps (resolves for one series, fires for another); ' +
                'filter with a threshold instead'));
        }
        const outer = underAggregation || (node.kind === 'aggregate' && !SAMPLING_AGGREGATIONS.has(op));
        for (let k = node.children.length - 1; k >= 0; k -= 1) {
            nodes.push(node.children[k]);
            underAggregations.push(outer);
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/unguarded-aggregation.ts
/**
 * `alerts/unguarded-aggregation`: an alert without `for` that does arithmetic between two
 * aggregations of different metrics (`sum(requests_total) / sum(capacity_total) > 0.9`). After
 * Prometheus restarts it scrapes its targets spread over the first scrape interval, so for a
 * moment one sum covers all its targets and the other only some: the ratio jumps and the alert
 * fires on its first evaluation, and by the time anyone looks every target is scraped and the
 * query shows nothing wrong. A `for` of at least one scrape interval waits that moment out.
 * pint reports it as promql/fragile ("arithmetic operations between aggregations").
 *
 * Only sum() and count() are looked at (they grow with the number of targets seen), only when
 * they aggregate the scraped series across targets (not `by (instance)`, not the result of an
 * inner aggregation such as `sum(avg(x))`), and only between different metrics (an
 * error ratio of one metric's series comes from the same targets on both sides).
 */




/** Aggregations whose value grows with the number of targets scraped so far. */
const TARGET_COUNTING_AGGREGATIONS = new Set(['sum', 'count']);
/** Their names (case-insensitive in PromQL), for a first look at the text. */
const COUNTING_NAME = /\b(?:sum|count)\b/iu;
/** One warning per arithmetic between two such aggregations in an alert without `for`. */
function unguardedAggregation(context) {
    if (!context.isAlert || unguarded_aggregation_waits(context) || !COUNTING_NAME.test(context.parsed.text))
        return [];
    const { parsed } = context;
    const findings = [];
    for (const node of (0,promql/* allNodes */.Bq)((0,promql/* promTree */.bK)(parsed))) {
        if (node.kind !== 'binary')
            continue;
        const op = (0,promql/* binaryOperator */.CK)(node.node);
        if (op === undefined || !promql/* ARITHMETIC_OPERATORS */.ng.has(op.name))
            continue;
        const [lhs, rhs] = node.children.map((child) => acrossTargets(parsed, child));
        if (lhs === undefined || rhs === undefined)
            continue;
        const left = metricNames(parsed, lhs);
        const right = metricNames(parsed, rhs);
        if (left.size === 0 || right.size === 0 || sameSet(left, right))
            continue;
        findings.push(warningInScalar(context.file, context.exprNode, node.from, node.to, 'alerts/unguarded-aggregation', `${context.prefix}arithmetic between ${(0,output_labels/* aggregationOperator */.D3)(parsed, lhs.node)}() of ` +
            `${[...left].sort().join(', ')} and ${(0,output_labels/* aggregationOperator */.D3)(parsed, rhs.node)}() of ` +
            `${[...right].sort().join(', ')} without 'for': right after a Prometheus restart one ` +
            "side may cover only some targets and fire a false alert; add 'for' of at least one " +
            'scrape interval (e.g. for: 2m)'));
    }
    return findings;
}
/** The sum()/count() across targets that `node` is (through parentheses), or undefined. */
function acrossTargets(parsed, node) {
    let inner = node;
    while (inner?.kind === 'paren')
        inner = inner.children[0];
    if (inner?.kind !== 'aggregate')
        return undefined;
    if (!TARGET_COUNTING_AGGREGATIONS.has((0,output_labels/* aggregationOperator */.D3)(parsed, inner.node)))
        return undefined;
    // sum(avg(x)): the inner aggregation already made one series of the targets seen so far, and
    // its value (an average) does not grow with their number.
    if ((0,promql/* allNodes */.Bq)(inner).some((node) => node !== inner && node.kind === 'aggregate'))
        return undefined;
    const { grouping, labels } = (0,output_labels/* aggregationGrouping */.EH)(parsed, inner.node);
    const names = labels.map((label) => label.name);
    if (grouping === 'by' && names.includes('instance'))
        return undefined;
    if (grouping === 'without' && !names.includes('instance'))
        return undefined;
    return inner;
}
/** The metric names selected under `node`. */
function metricNames(parsed, node) {
    return new Set((0,promql/* selectors */.Tp)(parsed)
        .filter((s) => s.from >= node.from && s.to <= node.to)
        .map((s) => s.metricName)
        .filter((name) => name !== undefined));
}
function sameSet(a, b) {
    return a.size === b.size && [...a].every((x) => b.has(x));
}
/** Whether the rule has a `for` longer than zero (a bad duration is an error reported elsewhere). */
function unguarded_aggregation_waits({ rule }) {
    if (rule.for === undefined)
        return false;
    const duration = parsePrometheusDuration(rule.for.value);
    return !('ms' in duration) || duration.ms > 0;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/dead-code.ts
/**
 * `promql/dead-code`: parts of an expression that can never make it into the result.
 *
 * - A comparison of two constants that is false (`vector(0) > 0`): it never returns anything, so
 *   an alert built on it never fires and a record never records.
 * - A fallback `or vector(c)` whose value the filter above it always drops
 *   (`sum(foo or vector(0)) by (name) > 0`): the fallback is there to give a value when `foo` has
 *   none, but `> 0` removes that value again, so the fallback does nothing (and the alert or
 *   record behaves as if it were not written). Between the fallback and the filter only
 *   parentheses and sum() are followed, and sum() only for a fallback of 0 (adding 0 to a group
 *   changes nothing, and a group of its own is worth 0): anything else may change the value.
 *
 * pint reports such queries under promql/impossible. A `bool` comparison is not a filter and is
 * left alone.
 */



/** `vector(` as PromQL may write it (function names are case-sensitive, spaces allowed). */
const VECTOR_CALL = /\bvector\s*\(/u;
/** One warning per comparison of constants that is false and per fallback a filter drops. */
function deadCode(context) {
    const { parsed } = context;
    // Both patterns need a vector(c): a text search spares the tree walk on nearly every rule.
    if (!VECTOR_CALL.test(parsed.text))
        return [];
    const findings = [];
    const warn = (node, message) => {
        findings.push(warningInScalar(context.file, context.exprNode, node.from, node.to, 'promql/dead-code', context.prefix + message));
    };
    // Parents before children, in source order, without recursion: a tree may nest thousands deep.
    const root = (0,promql/* promTree */.bK)(parsed);
    const nodes = root === undefined ? [] : [root];
    /** Each node's filters: the comparisons above it, reached through parentheses and sum() only. */
    const filtersOf = [[]];
    for (let node = nodes.pop(); node !== undefined; node = nodes.pop()) {
        const filters = filtersOf.pop() ?? [];
        const filter = filterOf(parsed, node);
        if (filter !== undefined) {
            const { constant, threshold, op } = filter;
            const value = constant === undefined ? undefined : constantValue(parsed, constant);
            if (value !== undefined && !compare(value, op, threshold, !filter.numberOnLeft)) {
                warn(node, `${dead_code_text(parsed, node)} compares two constants and is always false: it never returns anything`);
                continue;
            }
        }
        const fallback = fallbackOf(parsed, node);
        if (fallback !== undefined) {
            const value = constantValue(parsed, fallback);
            const dropping = filters.find((f) => value !== undefined &&
                (f.viaSum ? value === 0 : true) &&
                !compare(value, f.op, f.threshold, f.onLeft));
            if (value !== undefined && dropping !== undefined)
                warn(fallback, `the fallback ${dead_code_text(parsed, fallback)} is dead code: its value ${value} never passes ` +
                    `${dropping.text}, so when the other side has no series the result is still empty; ` +
                    'remove the fallback or the filter');
        }
        for (let k = node.children.length - 1; k >= 0; k -= 1) {
            const child = node.children[k];
            nodes.push(child);
            filtersOf.push(passedDown(parsed, node, child, filters));
        }
    }
    return findings;
}
/** The filters that still apply to `child` of `node`. */
function passedDown(parsed, node, child, filters) {
    if (node.kind === 'paren')
        return filters;
    if (node.kind === 'aggregate' && (0,output_labels/* aggregationOperator */.D3)(parsed, node.node) === 'sum')
        return filters.map((f) => ({ ...f, viaSum: true }));
    if (node.kind === 'binary') {
        const own = filterOf(parsed, node);
        if (own === undefined)
            return isOr(node) ? filters : [];
        if (own.constant !== undefined)
            return [];
        const onLeft = node.children[0] === child;
        const isValueSide = onLeft !== own.numberOnLeft;
        if (!isValueSide)
            return [];
        return [
            ...filters,
            {
                op: own.op,
                threshold: own.threshold,
                onLeft,
                viaSum: false,
                text: `${own.op} ${own.threshold}`,
            },
        ];
    }
    return [];
}
/** Whether `node` is `a or b`: both sides pass through, so a filter above applies to both. */
function isOr(node) {
    return (0,promql/* binaryOperator */.CK)(node.node)?.name === 'Or';
}
/**
 * A filtering comparison with a number on one side: the operator, the number, whether the
 * number is on the left, and the other side when it too is a constant.
 */
function filterOf(parsed, node) {
    if (node.kind !== 'binary' || (0,promql/* childNamed */._z)(node.node, 'BoolModifier') !== null)
        return undefined;
    const opNode = (0,promql/* binaryOperator */.CK)(node.node);
    const op = opNode === undefined ? undefined : promql/* COMPARISON_OPERATORS */.O7.get(opNode.name);
    const [lhs, rhs] = node.children;
    if (op === undefined || lhs === undefined || rhs === undefined)
        return undefined;
    const right = (0,promql/* numberLiteral */.Ty)(parsed, rhs);
    if (right !== undefined) {
        const other = constantValue(parsed, lhs) === undefined ? undefined : lhs;
        return { op, threshold: right, numberOnLeft: false, constant: other };
    }
    const left = (0,promql/* numberLiteral */.Ty)(parsed, lhs);
    if (left !== undefined) {
        const other = constantValue(parsed, rhs) === undefined ? undefined : rhs;
        return { op, threshold: left, numberOnLeft: true, constant: other };
    }
    return undefined;
}
/** The right side of `x or vector(c)` when it is a constant vector. */
function fallbackOf(parsed, node) {
    if (!isOr(node))
        return undefined;
    const rhs = node.children[1];
    return rhs !== undefined && isVectorCall(parsed, rhs) ? rhs : undefined;
}
function isVectorCall(parsed, node) {
    let inner = node;
    while (inner?.kind === 'paren')
        inner = inner.children[0];
    return inner?.kind === 'call' && (0,output_labels/* functionName */.AQ)(parsed, inner.node) === 'vector';
}
/** The value of `vector(c)` (through parentheses), or undefined for anything else. */
function constantValue(parsed, node) {
    let inner = node;
    while (inner?.kind === 'paren')
        inner = inner.children[0];
    if (inner?.kind !== 'call' || (0,output_labels/* functionName */.AQ)(parsed, inner.node) !== 'vector')
        return undefined;
    const [argument] = inner.children;
    return argument === undefined ? undefined : (0,promql/* numberLiteral */.Ty)(parsed, argument);
}
/** `value op threshold` (or `threshold op value` when the value is on the right). */
function compare(value, op, threshold, valueOnLeft) {
    const [a, b] = valueOnLeft ? [value, threshold] : [threshold, value];
    switch (op) {
        case '==':
            return a === b;
        case '!=':
            return a !== b;
        case '>':
            return a > b;
        case '<':
            return a < b;
        case '>=':
            return a >= b;
        case '<=':
            return a <= b;
    }
}
function dead_code_text(parsed, node) {
    return parsed.text.slice(node.from, node.to);
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/rule-kinds.ts
/**
 * Whether a configured entry for `rules` (`alerting`, `recording` or `all`) applies to the rule.
 * @example appliesTo('recording', context) // false for an alerting rule
 */
function appliesTo(rules, context) {
    return rules === 'all' || (rules === 'alerting') === context.isAlert;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/aggregation-keep.ts
/**
 * `promql/aggregation-keep`: the labels a team requires every rule's result to keep
 * (`aggregation-keep` in the configuration file), because routing, dashboards or joins depend on
 * them: `sum(up)` drops `job`, so an alert built on it cannot be routed to the job's owners, and
 * a record of it cannot be joined back to its scrape job. pint's promql/aggregate (`keep`). Off
 * unless configured. A label the rule sets itself (`labels: {job: api}`) is kept.
 */




/**
 * One warning per required label the result cannot carry, on the aggregation that drops it (on
 * the whole expression when no aggregation does, e.g. a join `on ()`).
 */
function aggregationKeep(context) {
    const required = new Set((context.settings.aggregationKeep ?? [])
        .filter((entry) => appliesTo(entry.rules, context))
        .flatMap((entry) => entry.labels));
    if (required.size === 0)
        return [];
    const { parsed } = context;
    const result = (0,output_labels/* expressionLabels */.sv)(parsed);
    const own = new Set(context.rule.labels.map((label) => label.name));
    const findings = [];
    for (const label of [...required].sort()) {
        if (own.has(label) || (0,output_labels/* mayCarryLabel */.LB)(result, label))
            continue;
        const nodes = (0,promql/* allNodes */.Bq)((0,promql/* promTree */.bK)(parsed));
        const drops = (node) => node.kind === 'aggregate' && !(0,output_labels/* mayCarryLabel */.LB)((0,output_labels/* outputLabels */.X0)(parsed, node), label);
        // The aggregation that removes it (its input still may carry it), else the outermost.
        const dropping = nodes.find((node) => {
            const input = node.children.at(-1);
            return (drops(node) && input !== undefined && (0,output_labels/* mayCarryLabel */.LB)((0,output_labels/* outputLabels */.X0)(parsed, input), label));
        }) ?? nodes.find(drops);
        const where = dropping ?? nodes[0];
        if (where === undefined)
            continue;
        const what = dropping === undefined
            ? 'the expression'
            : `${(0,output_labels/* aggregationOperator */.D3)(parsed, dropping.node)}(...)`;
        findings.push(warningInScalar(context.file, context.exprNode, where.from, where.to, 'promql/aggregation-keep', `${context.prefix}${what} drops the label ${JSON.stringify(label)}, which every ` +
            `${context.isAlert ? 'alert' : 'record'} must keep (aggregation-keep in the configuration); ` +
            `add it to by (...)`));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/required-labels.ts
/**
 * `promql/required-labels`: selectors of the metrics a team names (`required-labels` in the
 * configuration file) must filter on the labels it names: `up == 0` in an alert that should only
 * watch one scrape job fires for every job on the server. pint's promql/selector
 * (`requiredLabels`). Off unless configured. The metric pattern is an RE2 regex, fully anchored
 * as Prometheus anchors its regex matchers (`up` matches `up`, not `up:sum`).
 */




/** One warning per selector of a named metric without a matcher on a required label. */
function requiredLabels(context) {
    const entries = (context.settings.requiredLabels ?? []).filter((entry) => appliesTo(entry.rules, context));
    if (entries.length === 0)
        return [];
    const findings = [];
    for (const selector of (0,promql/* selectors */.Tp)(context.parsed)) {
        const name = selector.metricName ??
            selector.matchers.find((m) => m.name === '__name__' && m.op === '=')?.value;
        if (name === undefined)
            continue;
        const present = new Set(selector.matchers.map((m) => m.name));
        const missing = new Set(entries
            .filter((entry) => anchoredPattern(entry.metric)?.test(name) === true)
            .flatMap((entry) => entry.labels.filter((label) => !present.has(label))));
        if (missing.size === 0)
            continue;
        const list = [...missing].sort();
        findings.push(warningInScalar(context.file, context.exprNode, selector.from, selector.to, 'promql/required-labels', `${context.prefix}${context.parsed.text.slice(selector.from, selector.to)} does not filter on ` +
            `${list.map((label) => JSON.stringify(label)).join(', ')}, which selectors of ${name} must ` +
            '(required-labels in the configuration)'));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/reject.ts


/** One warning per key or value that a configured pattern rejects, on the key or the value. */
function reject(context) {
    const rules = context.settings.reject ?? [];
    if (rules.length === 0)
        return [];
    const findings = [];
    const check = (kind, entries, keys, values) => {
        for (const entry of entries) {
            const keyRule = rules.find((r) => keys(r) && anchoredPattern(r.pattern)?.test(entry.name));
            if (keyRule !== undefined)
                findings.push(keyFinding(context, kind, entry, keyRule.pattern));
            const valueRule = rules.find((r) => values(r) && anchoredPattern(r.pattern)?.test(entry.value));
            if (valueRule !== undefined)
                findings.push(warningInScalar(context.file, entry.node, 0, entry.value.length, 'rules/reject', `${context.prefix}the value of ${kind} ${JSON.stringify(entry.name)} matches the ` +
                    `rejected pattern ${JSON.stringify(valueRule.pattern)} (reject in the configuration)`));
        }
    };
    check('label', context.rule.labels, (r) => r.labelKeys, (r) => r.labelValues);
    if (context.isAlert)
        check('annotation', context.rule.annotations, (r) => r.annotationKeys, (r) => r.annotationValues);
    return findings;
}
/** A finding on a key: it starts at the key and spans its name as written unquoted. */
function keyFinding(context, kind, entry, pattern) {
    const { line, column } = entry.namePosition;
    return {
        severity: 'warning',
        file: context.file,
        line,
        column,
        endLine: line,
        endColumn: column + entry.name.length,
        check: 'rules/reject',
        message: `${context.prefix}${kind} name ${JSON.stringify(entry.name)} matches the rejected pattern ` +
            `${JSON.stringify(pattern)} (reject in the configuration)`,
    };
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/max-range.ts
/**
 * `promql/max-range`: range selectors longer than the team allows (`max-range` in the
 * configuration file): a query over `up[7d]` reads a week of samples of every series on each
 * evaluation, and a server that keeps less than that answers from what it has without saying so.
 * pint's promql/range_query (`max`). Off unless configured.
 */



/** One warning per range selector longer than `settings.maxRange`, on the selector. */
function maxRange(context) {
    const max = context.settings.maxRange;
    if (max === undefined)
        return [];
    return (0,promql/* selectors */.Tp)(context.parsed).flatMap((selector) => {
        if (selector.range === undefined)
            return [];
        const range = parsePrometheusDuration(selector.range);
        if (!('ms' in range) || range.ms <= max)
            return [];
        return [
            warningInScalar(context.file, context.exprNode, selector.from, selector.to, 'promql/max-range', `${context.prefix}the range [${selector.range}] is longer than the ${formatMs(max)} ` +
                'allowed (max-range in the configuration)'),
        ];
    });
}
/** Milliseconds as the shortest Prometheus duration that says them (`6h`, `90s`). */
function formatMs(ms) {
    const units = [
        ['y', 31_536_000_000],
        ['w', 604_800_000],
        ['d', 86_400_000],
        ['h', 3_600_000],
        ['m', 60_000],
        ['s', 1000],
        ['ms', 1],
    ];
    if (ms === 0)
        return '0s';
    let rest = ms;
    let text = '';
    for (const [unit, size] of units) {
        const count = Math.floor(rest / size);
        if (count > 0) {
            text += `${count}${unit}`;
            rest -= count * size;
        }
    }
    return text;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/for-range.ts
/**
 * `alerts/for-range`: an alert's `for` outside the bounds a team sets (`alert-for: {min, max}` in
 * the configuration file): too short and one noisy evaluation pages someone, too long and a real
 * outage waits that long before anyone hears of it. No `for` counts as 0s. pint's rule/for.
 * Off unless configured.
 */



/** One warning for an alert whose `for` is under `min` or over `max`, on `for` (or the name). */
function forRange(context) {
    const bounds = context.settings.alertFor;
    const name = context.rule.alert;
    if (bounds === undefined || !context.isAlert || name === undefined)
        return [];
    const written = context.rule.for;
    const parsed = written === undefined ? { ms: 0 } : parsePrometheusDuration(written.value.trim());
    if (!('ms' in parsed))
        return []; // a bad duration is an error reported elsewhere
    const problem = bounds.min !== undefined && parsed.ms < bounds.min
        ? `shorter than the ${formatMs(bounds.min)} allowed`
        : bounds.max !== undefined && parsed.ms > bounds.max
            ? `longer than the ${formatMs(bounds.max)} allowed`
            : undefined;
    if (problem === undefined)
        return [];
    const shown = written === undefined ? "no 'for' means 0s," : `for: ${written.value} is`;
    const node = written?.node ?? name.node;
    const length = (written ?? name).value.length;
    return [
        warningInScalar(context.file, node, 0, length, 'alerts/for-range', `${context.prefix}${shown} ${problem} (alert-for in the configuration)`),
    ];
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/removed-dependency.ts
/**
 * `rules/removed-dependency`: a change that deletes (or renames) a recording rule while other
 * rules still read its series. Once the change is deployed the series stops, and every rule on
 * it goes quiet: alerts built on it can no longer fire. pint's rule/dependency ("removed
 * dependencies", in `pint ci`).
 *
 * It compares two states of the rule files, so it needs the files as they were before the change
 * (the base of a pull request) besides the files linted: a pure function of both, for the run to
 * call when it has the base's files.
 */



/**
 * One warning per selector, in the rules after the change, of a series that a recording rule
 * wrote before the change and none writes after it.
 * @example removedDependencies(before, after) // [] when every record read is still recorded
 */
function removedDependencies(before, after) {
    const recordsAfter = recordNames(after);
    const removed = new Map();
    for (const model of before)
        for (const group of model.groups)
            for (const rule of group.rules) {
                const name = rule.record?.value ?? '';
                if (name !== '' && !recordsAfter.has(name) && !removed.has(name))
                    removed.set(name, `${model.file}, group ${JSON.stringify(group.name?.value ?? '')}`);
            }
    if (removed.size === 0)
        return [];
    const findings = [];
    for (const model of after)
        for (const group of model.groups)
            for (const rule of group.rules) {
                if (rule.expr === undefined)
                    continue;
                const parsed = (0,promql/* parsePromQL */.bC)(rule.expr.value);
                for (const selector of (0,promql/* selectors */.Tp)(parsed)) {
                    const where = selector.metricName === undefined ? undefined : removed.get(selector.metricName);
                    if (where === undefined)
                        continue;
                    findings.push({
                        ...warningInScalar(model.file, rule.expr.node, selector.from, selector.to, 'rules/removed-dependency', `${rulePrefix(group, rule)}reads ${selector.metricName ?? ''}, which this change stops ` +
                            `recording (its recording rule was in ${where}): the series ends and this rule ` +
                            'goes quiet; keep the recording rule or change this rule'),
                        causedByChange: true,
                    });
                }
            }
    return findings;
}
function recordNames(models) {
    const names = new Set();
    for (const model of models)
        for (const group of model.groups)
            for (const rule of group.rules)
                if (rule.record !== undefined)
                    names.add(rule.record.value);
    return names;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/suppress/check-names.ts
/**
 * Checks that report what Prometheus itself rejects (severity `error`). They are never
 * suppressed: a rule Prometheus refuses to load must not pass, whatever a comment says.
 */
const ERROR_CHECKS = [
    'rulefmt/yaml',
    'rulefmt/duplicate-key',
    'rulefmt/unknown-field',
    'rulefmt/type',
    'rulefmt/limit',
    'rulefmt/group-name',
    'rulefmt/duplicate-group',
    'rulefmt/label-name',
    'rulefmt/label-value',
    'rulefmt/annotation-name',
    'rulefmt/duration',
    'rulefmt/record-name',
    'rulefmt/record-or-alert',
    'rulefmt/recording-rule-field',
    'rulefmt/expr-required',
    'promql/syntax',
    'promql/type',
    'promql/experimental',
    'template/syntax',
];
/** The warning checks, current and planned (issue #4); a comment may name any of them. */
const WARNING_CHECKS = [
    'promql/nesting-limit',
    'alerts/always-firing',
    'alerts/value-in-labels',
    'promql/irate-in-alert',
    'alerts/absent-without-for',
    'rules/group-interval',
    'promql/rate-on-non-counter',
    'promql/short-range',
    'promql/regex-matcher',
    'promql/nan-division',
    'alerts/template-label-removed',
    'promql/label-removed',
    'rules/duplicate',
    'alerts/overlap',
    'rules/cross-group-dependency',
    'rules/record-order',
    'conventions/severity',
    'conventions/summary',
    'conventions/description',
    'conventions/runbook-url',
    'conventions/alert-name',
    'conventions/record-name',
    'conventions/redundant-for',
    'conventions/humanize-value',
    'conventions/smelly-regex',
    'alerts/topk',
    'alerts/unguarded-aggregation',
    'promql/dead-code',
    'promql/aggregation-keep',
    'promql/required-labels',
    'rules/reject',
    'rules/removed-dependency',
    'promql/max-range',
    'alerts/for-range',
];
/**
 * pint's checks (cloudflare/pint docs/checks) and ours that report the same kind of problem.
 * An empty list: pint's check has no counterpart here (most need a live Prometheus server), so a
 * comment naming it has nothing to silence and is quietly left alone.
 */
const PINT_CHECKS = {
    'alerts/absent': ['alerts/absent-without-for'],
    'alerts/annotation': [
        'conventions/summary',
        'conventions/description',
        'conventions/runbook-url',
    ],
    'alerts/comparison': ['alerts/always-firing'],
    'alerts/count': [],
    'alerts/external_labels': [],
    'alerts/for': ['conventions/redundant-for'],
    'alerts/template': [
        'alerts/value-in-labels',
        'alerts/template-label-removed',
        'conventions/humanize-value',
        'template/syntax',
    ],
    'group/interval': ['rules/group-interval'],
    'labels/conflict': [],
    'promql/aggregate': ['promql/aggregation-keep'],
    'promql/counter': [],
    'promql/features': ['promql/experimental'],
    'promql/fragile': ['alerts/topk', 'alerts/unguarded-aggregation'],
    'promql/impossible': ['promql/dead-code'],
    'promql/nan': ['promql/nan-division'],
    'promql/offset': [],
    'promql/performance': [],
    'promql/range_query': ['promql/max-range'],
    'promql/rate': ['promql/rate-on-non-counter', 'promql/short-range'],
    'promql/regexp': ['promql/regex-matcher', 'conventions/smelly-regex'],
    'promql/selector': ['promql/required-labels'],
    'promql/series': [],
    'promql/syntax': ['promql/syntax', 'promql/type'],
    'promql/vector_matching': [],
    'query/cost': [],
    'rule/dependency': ['rules/cross-group-dependency', 'rules/removed-dependency'],
    'rule/duplicate': ['rules/duplicate'],
    'rule/for': ['alerts/for-range'],
    'rule/label': ['conventions/severity'],
    'rule/link': [],
    'rule/name': ['conventions/alert-name', 'conventions/record-name'],
    'rule/owner': [],
    'rule/reject': ['rules/reject'],
    'rule/report': [],
    'yaml/parse': ['rulefmt/yaml'],
};
/**
 * Our checks a name written in a comment silences. Our own names (and `family/*`) work under
 * both prefixes; pint's names work under `pint`. `extraKnown` adds the checks actually reported
 * in this run, so a check added after this table was written is still recognised.
 * @example resolveCheckName('pint', 'promql/rate', []) // { patterns: ['promql/rate-on-non-counter', 'promql/short-range'] }
 * @example resolveCheckName('kaizen-gates', 'promql/regexp', []) // { unknown: true, suggestion: 'promql/regex-matcher' }
 */
function resolveCheckName(namespace, name, extraKnown) {
    const ours = [...ERROR_CHECKS, ...WARNING_CHECKS, ...extraKnown];
    if (name.endsWith('/*')) {
        return ours.some((check) => matchesCheck(name, check))
            ? { patterns: [name] }
            : { unknown: true };
    }
    if (ours.includes(name))
        return { patterns: [name] };
    const pint = PINT_CHECKS[name];
    if (pint !== undefined) {
        if (namespace === 'pint')
            return { patterns: pint };
        return pint.length === 0 ? { unknown: true } : { unknown: true, suggestion: pint.join(', ') };
    }
    return { unknown: true };
}
/**
 * Whether a pattern (a check name, or `family/*`) covers a check, the convention of
 * `settings.disabled`.
 * @example matchesCheck('conventions/*', 'conventions/summary') // true
 */
function matchesCheck(pattern, check) {
    return pattern.endsWith('/*') ? check.startsWith(pattern.slice(0, -1)) : pattern === check;
}
/**
 * Whether every check the patterns cover is an error check, so the comment can never silence
 * anything. False for an empty list (a pint-only check: nothing to say about it).
 * @example onlyErrorChecks(['promql/syntax']) // true
 */
function onlyErrorChecks(patterns) {
    const covered = [...ERROR_CHECKS, ...WARNING_CHECKS].filter((check) => patterns.some((pattern) => matchesCheck(pattern, check)));
    return covered.length > 0 && covered.every((check) => ERROR_CHECKS.includes(check));
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/docs-links.ts
/**
 * Where each prom-lint check is documented: a row of the README's prom-lint checks table, which
 * carries an anchor `check-<family>-<name>` (`<a id="check-promql-dead-code">`). A report links a
 * finding's check name there, so a reader who meets `promql/dead-code` for the first time can
 * read what it means and how to fix or switch it off. Checks whose row has no anchor yet, and
 * the errors (which quote Prometheus), link to the prom-lint section.
 */

/** The README section of the prom-lint gate. */
const SECTION = 'prom-lint-prometheus-rules';
/** The checks whose README row carries its own anchor (`<a id="check-…">`). */
const ANCHORED_CHECKS = [
    'promql/nesting-limit',
    'alerts/topk',
    'alerts/unguarded-aggregation',
    'promql/dead-code',
    'promql/aggregation-keep',
    'promql/required-labels',
    'rules/reject',
    'rules/removed-dependency',
    'promql/max-range',
    'alerts/for-range',
    'conventions/redundant-for',
    'conventions/humanize-value',
    'conventions/smelly-regex',
];
/**
 * The anchor of a check's row in the README (`check-promql-dead-code`), or of the prom-lint
 * section for a check without an anchored row; undefined for a name that is no check.
 * @example checkDocsAnchor('promql/dead-code') // 'check-promql-dead-code'
 */
function checkDocsAnchor(check) {
    if (ANCHORED_CHECKS.includes(check))
        return `check-${check.replace(/\//gu, '-')}`;
    if (WARNING_CHECKS.includes(check) || ERROR_CHECKS.includes(check))
        return SECTION;
    return undefined;
}
/**
 * The link to a check's documentation in the README of `repositoryUrl` (the repository the
 * action runs from, e.g. `https://github.com/owner/kaizen-gates`) at `ref`.
 * @example checkDocsLink('rules/reject', 'https://github.com/o/kaizen-gates')
 *   // 'https://github.com/o/kaizen-gates/blob/main/README.md#check-rules-reject'
 */
function checkDocsLink(check, repositoryUrl, ref = 'main') {
    const anchor = checkDocsAnchor(check);
    return anchor === undefined
        ? undefined
        : `${repositoryUrl.replace(/\/+$/u, '')}/blob/${ref}/README.md#${anchor}`;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/index.ts





























/** The per-rule checks, in the order their findings are produced. */
const RULE_CHECKS = [
    alwaysFiring,
    valueInLabels,
    irateInAlert,
    absentWithoutFor,
    rateOnNonCounter,
    shortRange,
    regexMatcher,
    nanDivision,
    templateLabelRemoved,
    labelRemoved,
    topkInAlert,
    unguardedAggregation,
    deadCode,
    aggregationKeep,
    requiredLabels,
    reject,
    maxRange,
    forRange,
    ...CONVENTION_CHECKS,
];
/**
 * Warnings for one rule whose `expr` parsed without errors.
 * @example ruleWarnings('r.yml', group, rule, rule.expr, parsePromQL('up == 0'), settings) // []
 */
function ruleWarnings(file, group, rule, expr, parsed, settings) {
    const context = {
        settings,
        file,
        group,
        rule,
        isAlert: (rule.alert?.value ?? '') !== '',
        parsed,
        exprNode: expr.node,
        prefix: rulePrefix(group, rule),
    };
    // A loop, not flatMap: this runs every check on every rule, and most find nothing.
    const findings = [];
    for (const check of RULE_CHECKS) {
        const found = check(context);
        if (found.length > 0)
            findings.push(...found);
    }
    return findings;
}
/** Warnings about a group as a whole (its evaluation interval). */
function groupWarnings(file, group) {
    return groupInterval(file, group);
}
/**
 * The checks that look at every rule file at once (duplicates across files, rules that depend on
 * another group's records), in the order their findings are produced. Each gets the rules of
 * every document whose expression parsed.
 */
const SUITE_CHECKS = [
    ruleDuplicates,
    alertOverlaps,
    crossGroupDependencies,
];
/**
 * Warnings about the rule files as a whole. `models` holds every decoded rule document, `needs`
 * what the suite asked of them, `factsOf` what was read of the expressions that parsed without
 * errors (expression-facts.ts).
 */
function suiteWarnings(models, needs, factsOf) {
    const rules = suiteRules(models, { needs, factsOf });
    return SUITE_CHECKS.flatMap((check) => check(rules));
}

// EXTERNAL MODULE: ./src/gates/prom-lint/load/yaml-load-error.ts
var yaml_load_error = __webpack_require__(93217);
;// CONCATENATED MODULE: ./src/gates/prom-lint/load/yaml-tree.ts
/** The name yaml.v3 gives a node's kind in "cannot unmarshal !!map into string". */
function goYamlTag(node) {
    if (node.kind === 'map')
        return '!!map';
    if (node.kind === 'seq')
        return '!!seq';
    switch (node.type) {
        case 'string':
            return '!!str';
        case 'int':
            return '!!int';
        case 'float':
            return '!!float';
        case 'bool':
            return '!!bool';
        case 'null':
            return '!!null';
    }
}
/** The value of `key` in `map`, if present (the last one when the key is repeated). */
function mapGet(map, key) {
    let found;
    for (const entry of map.entries)
        if (entry.key.text === key)
            found = entry.value;
    return found;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/load/load-rule-file.ts



/** ConfigMap keys that announce a rule file: a broken one is reported, not skipped. */
const RULE_FILE_KEY = /\.(ya?ml|rules?)$/i;
/**
 * Parses every YAML document of `text` and returns the rule groups it holds.
 * @param file the path as the user gave it, for messages.
 * @throws YamlLoadError (a ConfigurationError) when the file is not YAML, is over 100 MB, or is
 *   hostile (alias bomb, nesting too deep).
 */
function loadRuleFile(file, text) {
    const documents = [];
    const problems = [];
    for (const document of (0,parse_yaml/* parseYamlDocuments */.v)(file, (0,parse_yaml/* fileSource */.IO)(text))) {
        const root = document.root;
        const kind = root?.kind === 'map' ? scalarText(mapGet(root, 'kind')) : undefined;
        const apiVersion = root?.kind === 'map' ? scalarText(mapGet(root, 'apiVersion')) : undefined;
        if (root?.kind === 'map' &&
            kind === 'PrometheusRule' &&
            apiVersion?.startsWith('monitoring.coreos.com/')) {
            documents.push({
                file,
                kind: 'prometheus-rule',
                root: mapGet(root, 'spec'),
                documentIndex: document.index,
            });
        }
        else if (root?.kind === 'map' && kind === 'ConfigMap' && apiVersion === 'v1') {
            documents.push(...configMapRules(file, document, problems));
        }
        else if (root?.kind === 'map' &&
            kind !== undefined &&
            apiVersion !== undefined &&
            mapGet(root, 'groups') === undefined) {
            // Another Kubernetes object in a multi-document manifest: it holds no rules.
        }
        else {
            documents.push({ file, kind: 'rule-file', root, documentIndex: document.index });
        }
    }
    return { file, documents, problems };
}
function scalarText(node) {
    return node?.kind === 'scalar' ? node.text : undefined;
}
/** The rule files among a ConfigMap's `data` values: each value that parses to a map with `groups`. */
function configMapRules(file, document, problems) {
    const root = document.root;
    const data = root?.kind === 'map' ? mapGet(root, 'data') : undefined;
    if (data?.kind !== 'map')
        return [];
    const found = [];
    for (const entry of data.entries) {
        const value = entry.value;
        if (value.kind !== 'scalar' || value.type !== 'string')
            continue;
        let inner;
        try {
            inner = (0,parse_yaml/* parseYamlDocuments */.v)(file, embeddedSource(value));
        }
        catch (error) {
            if (error instanceof yaml_load_error/* YamlLoadError */.Q && RULE_FILE_KEY.test(entry.key.text)) {
                problems.push({
                    position: error.position,
                    message: `ConfigMap key ${entry.key.text}: ${error.reason}`,
                });
            }
            continue;
        }
        for (const innerDocument of inner) {
            const innerRoot = innerDocument.root;
            if (innerRoot?.kind !== 'map' || mapGet(innerRoot, 'groups') === undefined)
                continue;
            found.push({
                file,
                kind: 'configmap',
                root: innerRoot,
                documentIndex: document.index,
                configMapKey: entry.key.text,
            });
        }
    }
    return found;
}
/**
 * The source of a rule file held in a ConfigMap value. A literal block scalar (`|`) keeps its
 * lines, so inner positions map exactly: line + the header's line, column + the indentation.
 * Every other style (folded `>`, quoted, plain) rewrites line breaks, so every position inside
 * it maps to the start of the value: the finding still lands on the right ConfigMap key.
 */
function embeddedSource(scalar) {
    const text = scalar.text;
    const outer = scalar.source;
    const valueStart = outer.toFilePosition(scalar.position);
    if (scalar.style !== 'literal') {
        return { text, lineStarts: (0,parse_yaml/* lineStartsOf */.xV)(text), toFilePosition: () => valueStart };
    }
    const header = (0,parse_yaml/* positionInText */.KX)(outer.lineStarts, scalar.sourceStart);
    const indent = blockIndent(outer, scalar, header.line);
    return {
        text,
        lineStarts: (0,parse_yaml/* lineStartsOf */.xV)(text),
        toFilePosition: (position) => outer.toFilePosition({ line: header.line + position.line, column: position.column + indent }),
    };
}
/** The content indentation of a block scalar: its indicator, or its first non-empty line's. */
function blockIndent(source, scalar, headerLine) {
    const headerEnd = source.text.indexOf('\n', scalar.sourceStart);
    const headerText = source.text.slice(scalar.sourceStart, headerEnd < 0 ? undefined : headerEnd);
    const indicator = /^[|>][+-]?([1-9])|^[|>]([1-9])/.exec(headerText);
    if (indicator !== null) {
        const parentIndent = (/^ */.exec(source.text.slice(source.lineStarts[headerLine - 1] ?? 0)) ?? [
            '',
        ])[0].length;
        return parentIndent + Number(indicator[1] ?? indicator[2]);
    }
    for (let line = headerLine; line < source.lineStarts.length; line++) {
        const start = source.lineStarts[line] ?? 0;
        const end = source.lineStarts[line + 1] ?? source.text.length;
        const lineText = source.text.slice(start, end).replace(/\r?\n$/, '');
        if (lineText.trim() !== '')
            return lineText.length - lineText.trimStart().length;
        if (start >= scalar.sourceEnd)
            break;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/rulefmt/decode.ts


const GROUPS_FIELDS = ['groups'];
const GROUP_FIELDS = ['name', 'interval', 'query_offset', 'limit', 'rules', 'labels'];
/** Thanos' field, accepted in PrometheusRule groups by the Prometheus Operator. */
const OPERATOR_GROUP_FIELDS = [...GROUP_FIELDS, 'partial_response_strategy'];
const RULE_FIELDS = ['record', 'alert', 'expr', 'for', 'keep_firing_for', 'labels', 'annotations'];
/** Decodes one rule document, collecting every schema problem (yaml.v3 reports them all too). */
function decodeRuleDocument(document) {
    const decoder = new Decoder(document.kind === 'prometheus-rule');
    const groups = decoder.groups(document.root);
    const model = {
        file: document.file,
        kind: document.kind,
        documentIndex: document.documentIndex,
        groups,
    };
    if (document.configMapKey !== undefined)
        model.configMapKey = document.configMapKey;
    return { model, problems: decoder.problems };
}
class Decoder {
    operator;
    problems = [];
    constructor(operator) {
        this.operator = operator;
    }
    groups(root) {
        if (root === undefined || isNull(root))
            return [];
        const typeName = this.operator ? 'v1.PrometheusRuleSpec' : 'rulefmt.RuleGroups';
        const map = this.expectMap(root, typeName);
        if (map === undefined)
            return [];
        const groups = [];
        this.fields(map, typeName, GROUPS_FIELDS, (key, value) => {
            const items = this.expectSeq(value, '[]rulefmt.RuleGroup');
            for (const item of items) {
                const group = this.group(item);
                if (group !== undefined)
                    groups.push(group);
            }
            void key;
        });
        return groups;
    }
    group(node) {
        const group = { position: node.position, labels: [], rules: [] };
        if (isNull(node))
            return group;
        const map = this.expectMap(node, 'rulefmt.RuleGroup');
        if (map === undefined)
            return undefined;
        const allowed = this.operator ? OPERATOR_GROUP_FIELDS : GROUP_FIELDS;
        this.fields(map, 'rulefmt.RuleGroup', allowed, (key, value) => {
            switch (key.text) {
                case 'name':
                    group.name = this.string(key, value);
                    break;
                case 'interval':
                    group.interval = this.duration(key, value);
                    break;
                case 'query_offset':
                    group.queryOffset = this.duration(key, value);
                    break;
                case 'limit':
                    group.limit = this.int(key, value);
                    break;
                case 'labels':
                    group.labels = this.stringMap(value);
                    break;
                case 'rules': {
                    const items = this.expectSeq(value, '[]rulefmt.Rule');
                    group.rules = [];
                    items.forEach((item, i) => {
                        const rule = this.rule(item, i + 1);
                        if (rule !== undefined)
                            group.rules.push(rule);
                    });
                    break;
                }
            }
        });
        return group;
    }
    rule(node, index) {
        const rule = { index, position: node.position, labels: [], annotations: [] };
        if (isNull(node))
            return rule;
        const map = this.expectMap(node, 'rulefmt.Rule');
        if (map === undefined)
            return undefined;
        this.fields(map, 'rulefmt.Rule', RULE_FIELDS, (key, value) => {
            switch (key.text) {
                case 'record':
                    rule.record = this.string(key, value);
                    break;
                case 'alert':
                    rule.alert = this.string(key, value);
                    break;
                case 'expr':
                    rule.expr = this.string(key, value);
                    break;
                case 'for':
                    rule.for = this.duration(key, value);
                    break;
                case 'keep_firing_for':
                    rule.keepFiringFor = this.duration(key, value);
                    break;
                case 'labels':
                    rule.labels = this.stringMap(value);
                    break;
                case 'annotations':
                    rule.annotations = this.stringMap(value);
                    break;
            }
        });
        return rule;
    }
    /** Visits known fields; reports unknown and repeated ones the way yaml.v3 words them. */
    fields(map, typeName, allowed, visit) {
        for (const { key, first } of map.duplicates) {
            this.problems.push({
                check: 'rulefmt/duplicate-key',
                position: key.position,
                message: `mapping key ${JSON.stringify(key.text)} already defined at line ${first.position.line}`,
            });
        }
        for (const entry of map.entries) {
            if (!allowed.includes(entry.key.text)) {
                this.problems.push({
                    check: 'rulefmt/unknown-field',
                    position: entry.key.position,
                    message: `field ${entry.key.text} not found in type ${typeName}`,
                });
                continue;
            }
            visit(entry.key, entry.value);
        }
    }
    string(key, value) {
        if (value.kind !== 'scalar') {
            this.mismatch(value, 'string');
            return undefined;
        }
        return { value: value.text, keyPosition: key.position, position: value.position, node: value };
    }
    duration(key, value) {
        const located = this.string(key, value);
        // yaml.v3 does not call a type's unmarshaler for null: the field stays zero.
        if (located === undefined || located.node.type === 'null')
            return undefined;
        const parsed = parsePrometheusDuration(located.value);
        if ('error' in parsed) {
            this.problems.push({
                check: 'rulefmt/duration',
                position: located.position,
                message: parsed.error,
            });
        }
        return located;
    }
    int(key, value) {
        if (value.kind === 'scalar' && value.type === 'null')
            return undefined;
        const number = value.kind === 'scalar' &&
            (value.type === 'int' || value.type === 'float') &&
            typeof value.value === 'number'
            ? value.value
            : undefined;
        if (number === undefined || !Number.isSafeInteger(number) || value.kind !== 'scalar') {
            this.mismatch(value, 'int');
            return undefined;
        }
        return { value: number, keyPosition: key.position, position: value.position, node: value };
    }
    stringMap(node) {
        if (isNull(node))
            return [];
        const map = this.expectMap(node, 'map[string]string');
        if (map === undefined)
            return [];
        for (const { key, first } of map.duplicates) {
            this.problems.push({
                check: 'rulefmt/duplicate-key',
                position: key.position,
                message: `mapping key ${JSON.stringify(key.text)} already defined at line ${first.position.line}`,
            });
        }
        const values = [];
        for (const { key, value } of map.entries) {
            if (value.kind !== 'scalar') {
                this.mismatch(value, 'string');
                continue;
            }
            values.push({
                name: key.text,
                namePosition: key.position,
                value: value.text,
                position: value.position,
                node: value,
            });
        }
        return values;
    }
    expectMap(node, typeName) {
        if (node.kind === 'map')
            return node;
        this.mismatch(node, typeName);
        return undefined;
    }
    expectSeq(node, typeName) {
        if (node.kind === 'seq')
            return node.items;
        if (!isNull(node))
            this.mismatch(node, typeName);
        return [];
    }
    /** yaml.v3: "cannot unmarshal !!str `foo` into int" (scalars are quoted, collections not). */
    mismatch(node, typeName) {
        const shown = node.kind === 'scalar' ? ` \`${node.text}\`` : '';
        this.problems.push({
            check: 'rulefmt/type',
            position: node.position,
            message: `cannot unmarshal ${goYamlTag(node)}${shown} into ${typeName}`,
        });
    }
}
function isNull(node) {
    return node.kind === 'scalar' && node.type === 'null';
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/suppress/comment-grammar.ts
/**
 * The grammar of suppression comments, compatible with pint's so a team moving from pint keeps
 * its files unchanged: `# pint <directive> [<value>]`, and the same under our own prefix,
 * `# kaizen-gates <directive> [<value>]`.
 *
 * As pint reads them: spaces after `#` are optional, the prefix is followed by white space, the
 * directive is letters, `/` and `-`, and the rest of the comment is its value. Directives:
 * `ignore/file`, `ignore/line`, `ignore/next-line`, `ignore/begin`, `ignore/end` (no value),
 * `disable <check>[(<params>)]`, `file/disable <check>[(<params>)]`,
 * `snooze <YYYY-MM-DD or RFC 3339> <check>[(<params>)]`, `file/snooze <time> <check>[(...)]`.
 * pint's `file/owner`, `rule/owner` and `rule/set` concern pint alone and are not directives here.
 *
 * Hand-written rather than a parser library: the grammar is one line of five tokens.
 */
const IGNORE_KINDS = [
    'ignore/file',
    'ignore/line',
    'ignore/next-line',
    'ignore/begin',
    'ignore/end',
];
/** pint directives that only pint acts on (ownership, per-rule settings): not ours to apply. */
const PINT_ONLY_KINDS = ['file/owner', 'rule/owner', 'rule/set'];
/** `#`, optional spaces, a prefix, white space, a directive, then its value (maybe empty). */
const DIRECTIVE = /^#\s*(pint|kaizen-gates)\s+([A-Za-z/-]+)(?:\s+(.*))?$/u;
/** A check name (`family/name`, or `family/*` for a whole family) with optional `(params)`. */
const TARGET = /^([a-z0-9_-]+\/(?:[a-z0-9_-]+|\*))(?:\((.*)\))?$/u;
/** `YYYY-MM-DD`. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
/** RFC 3339 date-time (`2023-01-12T10:00:00Z`, `...T10:00:00.5+02:00`), as Go's time.RFC3339. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/u;
/**
 * The suppression directive in one YAML comment (its text from `#` to the end of the line), or
 * undefined when it holds none. Like pint, every `#` in the comment is a candidate start, so
 * `# keep this # pint disable promql/regexp` works; the first directive found wins.
 * @example parseSuppressionComment('# pint disable promql/regexp')
 *   // { namespace: 'pint', directive: { kind: 'disable', check: 'promql/regexp' }, offset: 0 }
 */
function parseSuppressionComment(comment) {
    for (let offset = comment.indexOf('#'); offset >= 0; offset = comment.indexOf('#', offset + 1)) {
        const match = DIRECTIVE.exec(comment.slice(offset).trimEnd());
        if (match === null)
            continue;
        const namespace = match[1] === 'pint' ? 'pint' : 'kaizen-gates';
        const kind = match[2] ?? '';
        const value = (match[3] ?? '').trim();
        const directive = parseDirective(namespace, kind, value);
        if (directive !== undefined)
            return { namespace, directive, offset };
    }
    return undefined;
}
function parseDirective(namespace, kind, value) {
    if (isIgnoreKind(kind)) {
        if (value === '')
            return { kind };
        return {
            kind: 'invalid',
            reason: `${kind} takes nothing after it, found ${JSON.stringify(value)}`,
        };
    }
    if (kind === 'disable' || kind === 'file/disable') {
        const target = parseTarget(kind, value);
        return 'reason' in target ? { kind: 'invalid', reason: target.reason } : { kind, ...target };
    }
    if (kind === 'snooze' || kind === 'file/snooze')
        return parseSnooze(kind, value);
    // pint ignores comments with a directive it does not know; ours are worth a word (a typo).
    if (namespace === 'pint' || PINT_ONLY_KINDS.includes(kind))
        return undefined;
    return {
        kind: 'invalid',
        reason: `unknown directive ${JSON.stringify(kind)}; use one of ${IGNORE_KINDS.join(', ')}, ` +
            'disable, file/disable, snooze, file/snooze',
    };
}
function isIgnoreKind(kind) {
    return IGNORE_KINDS.includes(kind);
}
function parseTarget(kind, value) {
    if (value === '')
        return { reason: `${kind} needs a check name, e.g. ${kind} promql/regex-matcher` };
    const match = TARGET.exec(value);
    if (match === null) {
        return {
            reason: `${kind} takes one check name, optionally with (parameters), found ${JSON.stringify(value)}; ` +
                'write one comment per check',
        };
    }
    const check = match[1] ?? '';
    return match[2] === undefined ? { check } : { check, params: match[2] };
}
function parseSnooze(kind, value) {
    const space = value.search(/\s/u);
    if (space < 0) {
        return {
            kind: 'invalid',
            reason: `${kind} needs a time and a check, e.g. ${kind} 2026-01-31 promql/regex-matcher`,
        };
    }
    const untilText = value.slice(0, space);
    const until = parseSnoozeTime(untilText);
    if (until === undefined) {
        return {
            kind: 'invalid',
            reason: `${kind} time ${JSON.stringify(untilText)} is neither YYYY-MM-DD nor RFC 3339 (2026-01-31T10:00:00Z)`,
        };
    }
    const target = parseTarget(kind, value.slice(space).trim());
    if ('reason' in target)
        return { kind: 'invalid', reason: target.reason };
    return { kind, until, untilText, ...target };
}
/**
 * Milliseconds since the epoch of a `YYYY-MM-DD` date (00:00 UTC, as Go parses a date) or an
 * RFC 3339 date-time; undefined when it is neither or names a day that does not exist.
 * @example parseSnoozeTime('2026-01-31') // Date.UTC(2026, 0, 31)
 * @example parseSnoozeTime('2026-02-30') // undefined
 */
function parseSnoozeTime(text) {
    const dateOnly = DATE.exec(text);
    if (dateOnly !== null)
        return utcMidnight(dateOnly[1], dateOnly[2], dateOnly[3]);
    const dateTime = DATE_TIME.exec(text);
    if (dateTime === null)
        return undefined;
    if (utcMidnight(dateTime[1], dateTime[2], dateTime[3]) === undefined)
        return undefined;
    const [hours, minutes, seconds] = [dateTime[4], dateTime[5], dateTime[6]].map(Number);
    if ((hours ?? 0) > 23 || (minutes ?? 0) > 59 || (seconds ?? 0) > 59)
        return undefined;
    if (dateTime[7] !== undefined && (Number(dateTime[7]) > 23 || Number(dateTime[8]) > 59)) {
        return undefined;
    }
    const parsed = Date.parse(text.toUpperCase());
    return Number.isNaN(parsed) ? undefined : parsed;
}
/** 00:00 UTC of a calendar day, or undefined for a day that does not exist (2026-02-30). */
function utcMidnight(year, month, day) {
    const [y, m, d] = [Number(year), Number(month), Number(day)];
    const midnight = Date.UTC(y, m - 1, d);
    // Date.UTC rolls 2026-02-30 over to March; Go's time.Parse refuses such a day.
    const check = new Date(midnight);
    return check.getUTCMonth() === m - 1 && check.getUTCDate() === d ? midnight : undefined;
}

// EXTERNAL MODULE: ./src/gates/prom-lint/load/cst-comments.ts
var cst_comments = __webpack_require__(61741);
;// CONCATENATED MODULE: ./src/gates/prom-lint/suppress/yaml-comments.ts
/**
 * The real comments of a YAML text. A line such as `# pint disable x` inside a `|` block scalar
 * (a multi-line `expr`) or a quoted string is text, not a comment; only a YAML parser can tell:
 * the loader's, which leaves them on the source as it parses, or else the concrete syntax tree of
 * the `yaml` package, whose comment tokens are exactly the comments (load/cst-comments.ts).
 */



/**
 * Every comment of every document of `text`, in source order.
 * @example yamlComments('a: 1 # one\nb: |\n  # text\n') // [{ line: 1, column: 6, text: '# one', ownLine: false }]
 */
function yaml_comments_yamlComments(text) {
    const found = [];
    for (const token of new dist/* Parser */.iX().parse(text))
        (0,cst_comments/* commentOffsetsOf */.j)(token, found);
    found.sort((a, b) => a - b);
    return commentsAt(text, (0,parse_yaml/* lineStartsOf */.xV)(text), found);
}
/**
 * The comments of a parsed source (positions inside `source.text`, as {@link yamlComments}
 * gives them): those the loader collected while parsing, or else from a parse of its own.
 */
function sourceComments(source) {
    if (source.comments === undefined)
        return yaml_comments_yamlComments(source.text);
    return commentsAt(source.text, source.lineStarts, source.comments);
}
/** The comments whose `#` is at each of `offsets` (ascending) of `text`. */
function commentsAt(text, lineStarts, offsets) {
    return offsets.map((offset) => {
        const position = (0,parse_yaml/* positionInText */.KX)(lineStarts, offset);
        const lineBreak = text.indexOf('\n', offset);
        const source = text.slice(offset, lineBreak === -1 ? undefined : lineBreak);
        const before = text.slice(lineStarts[position.line - 1] ?? 0, offset);
        return { ...position, text: source.replace(/\r$/u, ''), ownLine: before.trim() === '' };
    });
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/suppress/comments.ts
/** Finds the suppression comments of a rule file: real YAML comments holding a directive. */


/**
 * Every suppression comment of `text` (every YAML document of it), in source order, with
 * malformed ones as `invalid` directives so the caller can say what is wrong. Lines inside block
 * scalars and strings are not comments and are never returned.
 * @example findSuppressions('groups: [] # pint ignore/line\n')
 *   // [{ line: 1, column: 12, namespace: 'pint', directive: { kind: 'ignore/line' }, ... }]
 */
function findSuppressions(text) {
    return suppressionsAmong(yamlComments(text));
}
/** The suppression comments among YAML comments already found (see {@link yamlComments}). */
function suppressionsAmong(comments) {
    const found = [];
    for (const comment of comments) {
        const parsed = parseSuppressionComment(comment.text);
        if (parsed === undefined)
            continue;
        found.push({
            line: comment.line,
            column: comment.column + parsed.offset,
            namespace: parsed.namespace,
            directive: parsed.directive,
            text: comment.text.slice(parsed.offset).trimEnd(),
            ownLine: comment.ownLine,
        });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/suppress/rule-spans.ts
/**
 * The lines each rule occupies in its file, so a `disable` comment can be tied to the rule it
 * sits in or above, and a finding to the rule it is about. Computed from the decoded model: every
 * value remembers where its source ends, which also covers multi-line block scalars.
 */

/**
 * The span of every rule of the given documents (one file's), in the order of the model.
 * @example ruleSpans([model]) // [{ firstLine: 4, lastLine: 8, keyColumn: 9 }] for a five-line rule
 */
function ruleSpans(models) {
    return models.flatMap((model) => model.groups.flatMap((group) => group.rules.map((rule) => spanOf(rule))));
}
function spanOf(rule) {
    let lastLine = rule.position.line;
    for (const node of scalarsOf(rule))
        lastLine = Math.max(lastLine, endLine(node));
    return { firstLine: rule.position.line, lastLine, keyColumn: rule.position.column };
}
function scalarsOf(rule) {
    const located = [rule.record, rule.alert, rule.expr, rule.for, rule.keepFiringFor];
    return [
        ...located.flatMap((field) => (field === undefined ? [] : [field.node])),
        ...rule.labels.map((label) => label.node),
        ...rule.annotations.map((annotation) => annotation.node),
    ];
}
/** The file line of a scalar's last character (a block scalar's final line break included). */
function endLine(node) {
    const source = node.source;
    const last = Math.max(node.sourceStart, node.sourceEnd - 1);
    return source.toFilePosition((0,parse_yaml/* positionInText */.KX)(source.lineStarts, last)).line;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/suppress/suppressors.ts

/**
 * The suppressors of one file and the notices about comments that cannot act.
 * @example buildSuppressors({ path, comments: findSuppressions(text), spans, ... })
 */
function buildSuppressors(input) {
    const suppressors = [];
    const notices = [];
    const notice = (comment, check, message) => {
        notices.push({
            severity: 'notice',
            file: input.path,
            line: comment.line,
            column: comment.column,
            check,
            message: `${comment.text}: ${message}`,
        });
    };
    const comments = input.comments;
    for (const [index, comment] of comments.entries()) {
        const directive = comment.directive;
        const line = comment.line;
        switch (directive.kind) {
            case 'invalid':
                notice(comment, 'suppress/invalid', `${directive.reason}; the comment is ignored`);
                break;
            case 'ignore/file':
                suppressors.push({ comment, covers: (at) => at >= line });
                break;
            case 'ignore/line':
                suppressors.push({ comment, covers: (at) => at === line });
                break;
            case 'ignore/next-line':
                suppressors.push({ comment, covers: (at) => at === line + 1 });
                break;
            case 'ignore/begin': {
                const end = comments.find((other, i) => i > index &&
                    other.directive.kind === 'ignore/end' &&
                    other.namespace === comment.namespace)?.line;
                suppressors.push({
                    comment,
                    covers: (at) => at > line && (end === undefined || at < end),
                });
                break;
            }
            case 'ignore/end':
                break;
            case 'disable':
            case 'file/disable':
            case 'snooze':
            case 'file/snooze': {
                const resolved = resolveCheckName(comment.namespace, directive.check, input.reportedChecks);
                if ('unknown' in resolved) {
                    // A pint name with no counterpart, or an unknown name in a pint comment: pint's own
                    // business (it reports its typos itself), so only our comments get a notice.
                    if (comment.namespace === 'kaizen-gates') {
                        const hint = resolved.suggestion === undefined
                            ? 'name a check as findings show it (family/name), or a family as family/*'
                            : `that is pint's name; ours is ${resolved.suggestion}`;
                        notice(comment, 'suppress/unknown-check', `no check is named ${JSON.stringify(directive.check)}; ${hint}`);
                    }
                    break;
                }
                if (resolved.patterns.length === 0)
                    break;
                if (onlyErrorChecks(resolved.patterns)) {
                    notice(comment, 'suppress/ineffective', `${directive.check} reports what Prometheus rejects, and errors are never suppressed ` +
                        '(Prometheus would refuse the rule whatever the comment says); fix the rule and remove the comment');
                    break;
                }
                if ((directive.kind === 'snooze' || directive.kind === 'file/snooze') &&
                    directive.until <= input.now) {
                    notice(comment, 'suppress/expired', `the snooze ended on ${directive.untilText}, so ${directive.check} reports again; ` +
                        'fix what it reports, or snooze to a later date');
                    break;
                }
                if (directive.kind === 'file/disable' || directive.kind === 'file/snooze') {
                    suppressors.push({ comment, covers: () => true, patterns: resolved.patterns });
                    break;
                }
                const span = attachedRule(comment, input.spans, input.commentOnlyLines);
                if (span === undefined) {
                    if (!input.rulesKnown)
                        break;
                    notice(comment, 'suppress/unattached', 'the comment touches no rule, so it silences nothing; put it inside the rule or on ' +
                        `the lines right above it (no blank line between), or use file/${directive.kind} for the whole file`);
                    break;
                }
                suppressors.push({
                    comment,
                    covers: (at) => at >= span.firstLine && at <= span.lastLine,
                    patterns: resolved.patterns,
                });
                break;
            }
        }
    }
    return { suppressors, notices };
}
/** The rule a `disable` or `snooze` comment touches, if any. */
function attachedRule(comment, spans, commentOnlyLines) {
    const line = comment.line;
    const inside = spans.find((span) => line >= span.firstLine && line <= span.lastLine);
    if (inside !== undefined || !comment.ownLine)
        return inside;
    const onlyComments = (from, to) => {
        for (let at = from; at <= to; at++)
            if (!commentOnlyLines.has(at))
                return false;
        return true;
    };
    // Right below a rule's last line, indented like its keys: the rule's own trailing comment.
    const above = spans.find((span) => span.lastLine < line &&
        comment.column >= span.keyColumn &&
        onlyComments(span.lastLine + 1, line - 1));
    if (above !== undefined)
        return above;
    // In the comment block right above a rule's first line.
    return spans.find((span) => span.firstLine > line && onlyComments(line + 1, span.firstLine - 1));
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/suppress/apply.ts
/**
 * Applies suppression comments (pint's and ours, see comment-grammar.ts) to the findings of a
 * lint run. Pure: the files' text and decoded models in, findings out.
 *
 * Errors, what Prometheus itself rejects, are never suppressed: a rule Prometheus refuses to load
 * must not pass, whatever a comment says. A comment that only covers errors gets a notice
 * (`suppress/ineffective`), not a warning: the error is already reported and fails the gate on
 * its own, and the notice explains why the comment did not help.
 *
 * Notices (severity `notice`, check `suppress/*`) are kept few: malformed comments, unknown check
 * names and comments of our own that silence nothing; expired snoozes; `disable` comments that
 * touch no rule. pint comments naming pint checks we have no counterpart for, and pint comments
 * that silence nothing here (pint may see what we do not), are left alone.
 */







/**
 * Drops the warnings and notices that suppression comments silence.
 * @param today the date snoozes are judged against, `YYYY-MM-DD` (00:00 UTC) or an RFC 3339 time;
 *   a snooze until a date is over from that date on, as in pint.
 * @throws Error starting with `applySuppressions` when `today` is neither form.
 * @example applySuppressions(findings, [{ path: 'r.yml', text, models }], '2026-11-23')
 *   // { kept: [...], suppressed: 2, notices: [] }
 */
function applySuppressions(findings, files, today) {
    const now = parseSnoozeTime(today);
    if (now === undefined) {
        throw new Error(`applySuppressions: today must be YYYY-MM-DD or an RFC 3339 time, got ${JSON.stringify(today)}`);
    }
    const reportedChecks = [...new Set(findings.map((finding) => finding.check))];
    const byFile = new Map();
    const notices = [];
    for (const file of files) {
        const comments = commentsOf(file);
        // No comment, nothing to silence: the rules' spans are not worth finding.
        if (comments.suppressions.length === 0)
            continue;
        const built = buildSuppressors({
            path: file.path,
            comments: comments.suppressions,
            spans: ruleSpans(file.models),
            commentOnlyLines: comments.commentOnlyLines,
            reportedChecks,
            now,
            rulesKnown: file.models.length > 0,
        });
        notices.push(...built.notices);
        byFile.set(file.path, {
            suppressors: built.suppressors.map((suppressor) => ({
                suppressor,
                used: false,
                blocked: false,
            })),
        });
    }
    const kept = [];
    let suppressed = 0;
    for (const finding of findings) {
        const matching = (byFile.get(finding.file)?.suppressors ?? []).filter(({ suppressor }) => silences(suppressor, finding));
        if (matching.length === 0)
            kept.push(finding);
        else if (finding.severity === 'error') {
            kept.push(finding);
            for (const state of matching)
                state.blocked = true;
        }
        else {
            suppressed++;
            for (const state of matching)
                state.used = true;
        }
    }
    for (const [path, state] of byFile)
        notices.push(...unusedNotices(path, state));
    notices.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);
    return { kept, suppressed, notices };
}
function silences(suppressor, finding) {
    if (!suppressor.covers(finding.line))
        return false;
    const patterns = suppressor.patterns;
    return patterns === undefined || patterns.some((pattern) => matchesCheck(pattern, finding.check));
}
/**
 * Notices for comments that silenced nothing: always when all they covered was an error; for our
 * own comments also when they covered nothing (stale). `ignore/end` only closes a range.
 */
function unusedNotices(path, state) {
    const notices = [];
    for (const { suppressor, used, blocked } of state.suppressors) {
        if (used)
            continue;
        const comment = suppressor.comment;
        const at = {
            severity: 'notice',
            file: path,
            line: comment.line,
            column: comment.column,
        };
        if (blocked) {
            notices.push({
                ...at,
                check: 'suppress/ineffective',
                message: `${comment.text}: it covers an error, what Prometheus rejects, and errors are never ` +
                    'suppressed (Prometheus would refuse the rule whatever the comment says); fix the error',
            });
        }
        else if (comment.namespace === 'kaizen-gates') {
            notices.push({
                ...at,
                check: 'suppress/unused',
                message: `${comment.text}: it silences nothing here; remove it`,
            });
        }
    }
    return notices;
}
/**
 * The suppression comments of a file, including those inside rule files embedded in ConfigMap
 * values (a `|` value is YAML text of its own, whose comments the outer parse sees as text), and
 * the lines holding nothing but a comment.
 */
function commentsOf(file) {
    // The loader collected the comments while it parsed: no second parse of the file.
    const own = file.models.map(sourceOf).find((source) => source?.text === file.text);
    const all = !mayHoldDirectives(file.text)
        ? []
        : own !== undefined
            ? sourceComments(own)
            : yaml_comments_yamlComments(file.text);
    const seen = new Set();
    for (const model of file.models) {
        if (model.kind !== 'configmap')
            continue;
        const source = sourceOf(model);
        if (source === undefined || seen.has(source) || !mayHoldDirectives(source.text))
            continue;
        if (!keepsLines(source))
            continue;
        seen.add(source);
        for (const comment of sourceComments(source)) {
            all.push({ ...comment, ...source.toFilePosition(comment) });
        }
    }
    all.sort((a, b) => a.line - b.line || a.column - b.column);
    const commentOnlyLines = new Set(all.filter((c) => c.ownLine).map((c) => c.line));
    return { suppressions: suppressionsAmong(all), commentOnlyLines };
}
/**
 * Whether a text may hold a suppression comment: the comments of the many files that never
 * mention either prefix are not worth placing.
 */
function mayHoldDirectives(text) {
    return text.includes('pint') || text.includes('kaizen-gates');
}
/** The text a decoded document came from, through any of its values. */
function sourceOf(model) {
    for (const group of model.groups) {
        const node = group.name?.node ?? group.rules.find((rule) => rule.expr)?.expr?.node;
        if (node !== undefined)
            return node.source;
    }
    return undefined;
}
/**
 * Whether a document's lines map one to one onto the file's: true for the file itself and for a
 * literal (`|`) ConfigMap value; other styles fold lines, so their comments cannot be placed.
 */
function keepsLines(source) {
    if (source.lineStarts.length < 2)
        return true;
    const first = source.toFilePosition((0,parse_yaml/* positionInText */.KX)(source.lineStarts, 0)).line;
    const second = source.toFilePosition((0,parse_yaml/* positionInText */.KX)(source.lineStarts, source.lineStarts[1] ?? 0)).line;
    return second === first + 1;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/suppress/index.ts
/**
 * Suppression comments for prom-lint: pint's syntax (`# pint disable promql/regexp`,
 * `# pint ignore/next-line`, `# pint snooze 2026-01-31 ...`) and the same under our prefix
 * (`# kaizen-gates ...`), so files written for pint keep working unchanged.
 */




;// CONCATENATED MODULE: ./src/gates/prom-lint/lint.ts
/**
 * Lints Prometheus rule files: loads every YAML document, decodes it strictly, runs the rule
 * loader's checks, then checks every PromQL expression and every alert template. Pure: text in,
 * findings out; reading files is the caller's job.
 */












/**
 * Lints rule files given as text. A file that is not YAML (or is hostile: an alias bomb, too
 * deep, over 100 MB) becomes one error finding at the place reading stopped, so the other files
 * are still linted.
 * @example lintRuleFiles([{ path: 'r.yml', text: 'groups: [{name: a}, {name: a}]' }], {})
 *   // one finding: rulefmt/duplicate-group, 'groupname: "a" is repeated in the same file'
 */
function lintRuleFiles(files, options = {}) {
    const settings = options.settings ?? defaultPromLintSettings;
    const findings = [];
    // Every file is decoded first (each file's YAML tree is garbage once it is), so that the
    // suite decides which facts of each expression its checks need before the expressions are
    // checked; each tree is then dropped after its rule's checks, and only those facts are kept.
    const documents = files.flatMap(({ path, text }) => decodeRuleFile(path, text, options, findings));
    const models = documents.map(({ model }) => model);
    options.afterDecoding?.();
    const needs = suiteNeeds(models);
    const factsOf = new Map();
    const stats = {
        files: files.length,
        groups: 0,
        rules: 0,
        alerts: 0,
        records: 0,
        suppressed: 0,
    };
    for (const { model, refused } of documents) {
        findings.push(...expressionFindings(model, options, settings, needs, factsOf, refused));
        countRules(model, stats);
    }
    findings.push(...suiteWarnings(models, needs, factsOf));
    if (options.before !== undefined)
        findings.push(...removedDependencies(options.before, models));
    const enabled = findings.filter((finding) => finding.severity === 'error' || isCheckEnabled(settings, finding.check));
    const suppression = options.ignoreSuppressionComments
        ? { kept: enabled, suppressed: 0, notices: [] }
        : applySuppressions(enabled, files.map(({ path, text }) => ({
            path,
            text,
            models: models.filter((model) => model.file === path),
        })), options.today ?? '1970-01-01');
    stats.suppressed = suppression.suppressed;
    const kept = [
        ...suppression.kept,
        ...suppression.notices.filter((notice) => isCheckEnabled(settings, notice.check)),
    ];
    kept.sort((a, b) => lint_compare(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        lint_compare(a.check, b.check) ||
        lint_compare(a.message, b.message));
    return options.identifyRules === true
        ? { findings: kept, stats, identities: ruleIdentities(kept, models) }
        : { findings: kept, stats };
}
/**
 * The rule documents of rule files, decoded as {@link lintRuleFiles} decodes them but not
 * checked: what the checks that compare two states need of the earlier one (a file that does not
 * load contributes nothing).
 * @example decodeRuleModels([{ path: 'r.yml', text: 'groups: [{name: a, rules: []}]' }])[0]?.groups.length // 1
 */
function decodeRuleModels(files, options = {}) {
    const ignored = [];
    return files.flatMap(({ path, text }) => decodeRuleFile(path, text, options, ignored).map(({ model }) => model));
}
/**
 * Loads and decodes one file, adding its YAML and rule-loader errors to `findings`. A file that
 * is not YAML (or is hostile) becomes one error at the place reading stopped.
 */
function decodeRuleFile(path, text, options, findings) {
    const error = (check, line, column, message) => {
        findings.push({ severity: 'error', file: path, line, column, check, message });
    };
    let loaded;
    try {
        loaded = loadRuleFile(path, text);
    }
    catch (caught) {
        if (caught instanceof yaml_load_error/* YamlLoadError */.Q) {
            error('rulefmt/yaml', caught.position.line, caught.position.column, caught.reason);
            return [];
        }
        if ((0,errors/* isConfigurationError */.p)(caught)) {
            error('rulefmt/yaml', 1, 1, caught.message);
            return [];
        }
        throw caught;
    }
    for (const problem of loaded.problems)
        error('rulefmt/yaml', problem.position.line, problem.position.column, problem.message);
    return loaded.documents.map((document) => {
        const { model, problems } = decodeRuleDocument(document);
        const ruleProblems = [...problems, ...validateRuleFile(model, options)];
        for (const problem of ruleProblems) {
            error(problem.check, problem.position.line, problem.position.column, problem.message);
        }
        // A rule Prometheus refuses gets its errors and no warnings (see expressionFindings).
        const refused = rulesAt(model, ruleProblems.map((problem) => problem.position));
        return { model, refused };
    });
}
function lint_compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function countRules(model, stats) {
    stats.groups += model.groups.length;
    for (const group of model.groups) {
        stats.rules += group.rules.length;
        for (const rule of group.rules) {
            if ((rule.alert?.value ?? '') !== '')
                stats.alerts++;
            else if ((rule.record?.value ?? '') !== '')
                stats.records++;
        }
    }
}
/**
 * PromQL of every rule; templates of alerting rules' labels and annotations (as Prometheus); then
 * the warning checks (src/gates/prom-lint/checks) on every rule whose expression parsed, keeping
 * what the suite checks need of its expression.
 */
function expressionFindings(model, options, settings, needs, factsOf, refused) {
    const findings = [];
    for (const group of model.groups) {
        findings.push(...groupWarnings(model.file, group));
        for (const rule of group.rules) {
            const prefix = rulePrefix(group, rule);
            const templateFindings = templateErrors(model.file, rule, prefix);
            findings.push(...templateFindings);
            const expr = rule.expr;
            if (expr === undefined || expr.value === '')
                continue;
            const parsed = (0,promql/* parsePromQL */.bC)(expr.value);
            const diagnostics = (0,promql/* checkParsedPromQL */.ly)(parsed, {
                ...options.settings?.promql,
                experimentalFunctions: options.experimentalFunctions === true,
            });
            for (const diagnostic of diagnostics) {
                // Prometheus: "could not parse expression: 1:6: parse error: ..." (place in the expr).
                const at = textPosition(expr.value, diagnostic.from);
                const detail = diagnostic.message.includes('parse error')
                    ? diagnostic.message
                    : `parse error: ${diagnostic.message}`;
                const message = diagnostic.severity === 'error'
                    ? `${prefix}could not parse expression: ${at.line}:${at.column}: ${detail}`
                    : prefix + diagnostic.message;
                findings.push(located(model.file, expr.node, diagnostic, message));
            }
            // A rule Prometheus refuses gets its errors and no warnings: they would only be noise. So
            // the warning checks also know that every template they read parses.
            const clean = !refused.has(rule) &&
                templateFindings.length === 0 &&
                !diagnostics.some((d) => d.severity === 'error') &&
                // An expression nested past what the parser reads was not checked: no facts to share.
                parsed.unchecked === undefined;
            if (clean) {
                findings.push(...ruleWarnings(model.file, group, rule, expr, parsed, settings));
                factsOf.set(rule, expressionFacts(rule, parsed, needs));
            }
        }
    }
    return findings;
}
/** Errors in the Go templates of an alerting rule's labels and annotations, as Prometheus checks them. */
function templateErrors(file, rule, prefix) {
    if ((rule.alert?.value ?? '') === '')
        return [];
    const findings = [];
    for (const [what, entries] of [
        ['label', rule.labels],
        ['annotation', rule.annotations],
    ]) {
        for (const entry of entries) {
            for (const diagnostic of checkTemplate(entry.value)) {
                // Prometheus: `annotation "summary": template: __alert_A:1: ...`, the line counted
                // in the value (its variable definitions are prepended on the same line).
                const detail = diagnostic.message.startsWith('template: ')
                    ? diagnostic.message
                    : `template: __alert_${rule.alert?.value ?? ''}:${textPosition(entry.value, diagnostic.from).line}: ${diagnostic.message}`;
                const message = `${prefix}${what} ${JSON.stringify(entry.name)}: ${detail}`;
                findings.push(located(file, entry.node, diagnostic, message));
            }
        }
    }
    return findings;
}
/**
 * The rules that contain these positions (a rule runs from its `- ` item to the next rule or
 * group); positions on a group's own fields belong to no rule.
 */
function rulesAt(model, positions) {
    const starts = [
        ...model.groups.map((group) => ({ line: group.position.line, rule: undefined })),
        ...model.groups.flatMap((group) => group.rules.map((rule) => ({ line: rule.position.line, rule }))),
    ].sort((a, b) => a.line - b.line || (a.rule === undefined ? -1 : 1));
    const found = new Set();
    for (const { line } of positions) {
        // The last start at or before the line (binary search: a file may hold 10,000 rules).
        let low = 0;
        let high = starts.length - 1;
        let owner;
        while (low <= high) {
            const middle = (low + high) >> 1;
            const start = starts[middle];
            if (start !== undefined && start.line <= line) {
                owner = start.rule;
                low = middle + 1;
            }
            else
                high = middle - 1;
        }
        if (owner !== undefined)
            found.add(owner);
    }
    return found;
}
/** 1-based line and column of `offset` in an expression's own text, as Go parsers count them. */
function textPosition(text, offset) {
    const before = text.slice(0, Math.max(0, offset));
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}
/** A finding spanning the diagnostic's offsets, mapped through the scalar to file positions. */
function located(file, node, diagnostic, message) {
    const start = positionOfOffset(node, diagnostic.from);
    const end = positionOfOffset(node, diagnostic.to);
    return {
        severity: diagnostic.severity,
        file,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        check: diagnostic.check,
        message,
    };
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/load/rule-file-kind.ts
/**
 * Whether a YAML file found by a directory or a glob is a rule file at all. A `monitoring/` folder
 * holds prometheus.yml, alertmanager.yml and promtool test files beside the rules; linting them
 * as rule files fails on every key ("field global not found"). A file named explicitly is always
 * linted: naming a file that is not a rule file is the user's mistake to hear about. Pure.
 */
/** Why a file is not taken for a rule file, or undefined when it may be one. */
function notARuleFile(text) {
    // A rule file, a PrometheusRule or a ConfigMap of rule files all have a `groups` key somewhere
    // (possibly quoted, as JSON); an empty file is an empty rule file.
    if (/^[ \t-]*["']?groups["']?[ \t]*:/mu.test(text) || text.trim() === '')
        return undefined;
    if (/^kind:[ \t]*["']?PrometheusRule\b/mu.test(text))
        return undefined;
    const keys = topLevelKeys(text);
    if (keys.length === 0)
        return undefined;
    const known = KNOWN_FILES.find(({ has }) => has.some((key) => keys.includes(key)));
    return known === undefined
        ? `no groups: key (top-level keys: ${keys.slice(0, 5).join(', ')})`
        : `${known.what}, not a rule file`;
}
/** Files that live beside rule files, by a top-level key only they have. */
const KNOWN_FILES = [
    { what: 'a promtool unit-test file', has: ['tests'] },
    { what: 'a Prometheus configuration', has: ['scrape_configs', 'global', 'rule_files'] },
    { what: 'an Alertmanager configuration', has: ['route', 'receivers', 'inhibit_rules'] },
];
/** The keys at column 0 of a block mapping (`key:`), in order, each once. */
function topLevelKeys(text) {
    const keys = [];
    for (const match of text.matchAll(/^([A-Za-z_][\w-]*)[ \t]*:/gmu)) {
        const key = match[1];
        if (key !== undefined && !keys.includes(key))
            keys.push(key);
    }
    return keys;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/verdict.ts
/**
 * Turns lint findings into the shared verdict. Pure. With a change to compare with (a pull
 * request), findings are placed against it: on a changed line they are annotated, elsewhere in a
 * changed file they are listed but not annotated, and in files the change did not touch they are
 * counted but not reported, so a pull request answers for what it touched, not for the
 * repository's past. Every finding stays in `data.findings`, with its place.
 */



/** Skipped files named in the note; the rest are counted. */
const SKIPPED_NAMED = 10;
/**
 * The verdict's finding for a lint finding. Existing ones (which the change did not bring) and
 * those off the changed lines are listed, not annotated: an annotation asks the author to act on
 * the line it sits on.
 */
function toFinding(finding, place, existing, docs) {
    const docsUrl = docs === undefined ? undefined : checkDocsLink(finding.check, docs.repositoryUrl, docs.ref);
    return {
        severity: finding.severity,
        file: finding.file,
        line: finding.line,
        column: finding.column,
        ...(finding.endLine === undefined ? {} : { endLine: finding.endLine }),
        ...(finding.endColumn === undefined ? {} : { endColumn: finding.endColumn }),
        rule: finding.check,
        title: finding.check,
        message: finding.message,
        ...(place === 'changed-file' || existing ? { annotate: false } : {}),
        ...(docsUrl === undefined ? {} : { docsUrl }),
        ...(existing ? { existing: true } : {}),
    };
}
/** `2 errors and 1 warning`, or '' when there are none. */
function severityCounts(findings) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const notices = findings.length - errors - warnings;
    const parts = [
        errors > 0 ? (0,labels/* countOf */.pq)(errors, 'error') : '',
        warnings > 0 ? (0,labels/* countOf */.pq)(warnings, 'warning') : '',
        notices > 0 ? (0,labels/* countOf */.pq)(notices, 'notice') : '',
    ].filter((s) => s !== '');
    return parts.length <= 1
        ? (parts[0] ?? '')
        : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}
/**
 * Builds the prom-lint verdict: errors fail, warnings warn (fail only with fail-on: warn).
 * Only reported findings the change brought count: findings in files a change did not touch,
 * and those in `options.existing`, never fail it. Every count (headline, metrics, the table of
 * files) is taken from that one list of counted findings, the list the reports show as new.
 */
function buildPromLintVerdict(findings, stats, options) {
    const scope = options.scope ?? { kind: 'all' };
    const changes = scope.kind === 'changed-files' ? scope.changes : undefined;
    const places = findings.map((f) => {
        if (changes === undefined)
            return undefined;
        const place = (0,changed_lines/* placeInChange */.Jt)(changes, f.file, f.line, f.endLine);
        return place === 'unchanged-file' && f.causedByChange === true ? 'changed-file' : place;
    });
    const reported = findings.filter((_, index) => places[index] !== 'unchanged-file');
    const leftOut = findings.filter((_, index) => places[index] === 'unchanged-file');
    const isExisting = (finding) => options.existing?.has(finding) === true;
    // What the status, the headline and every count answer for: reported, and brought by the change.
    const counted = reported.filter((f) => !isExisting(f));
    const existing = reported.filter(isExisting);
    const listedOnly = findings.filter((f, index) => places[index] === 'changed-file' && !isExisting(f)).length;
    const changedRuleFiles = changes === undefined
        ? undefined
        : (options.linted ?? []).filter((file) => (0,changed_lines/* isChangedFile */.x0)(changes, file)).length;
    const errors = counted.filter((f) => f.severity === 'error').length;
    const warnings = counted.filter((f) => f.severity === 'warning').length;
    const filesWithFindings = new Set(counted.map((f) => f.file));
    let status = errors > 0 ? 'fail' : warnings > 0 ? 'warn' : 'pass';
    let headline;
    const notes = [];
    const asides = [
        existing.length === 0 ? '' : (0,labels/* countOf */.pq)(existing.length, 'existing finding'),
        leftOut.length === 0 ? '' : `${(0,labels/* countOf */.pq)(leftOut.length, 'more finding')} in unchanged files`,
    ].filter((aside) => aside !== '');
    const elsewhere = asides.length === 0 ? '' : ` (${asides.join(', ')})`;
    if (stats.files === 0) {
        status = 'warn';
        headline = 'No rule files found';
        notes.push({
            level: 'warning',
            text: `Nothing matched ${options.searched.map((g) => `\`${g}\``).join(', ')}: set \`paths\` to the rule files to lint.`,
        });
    }
    else if (changedRuleFiles === 0) {
        headline = `${(0,labels/* countOf */.pq)(stats.files, 'rule file')}, none changed ${scope.kind === 'changed-files' ? scope.against : ''}${elsewhere}`;
    }
    else if (counted.length === 0) {
        const none = existing.length === 0 ? 'No problems' : 'No new problems';
        headline =
            changedRuleFiles === undefined
                ? existing.length === 0
                    ? `${(0,labels/* countOf */.pq)(stats.rules, 'rule')} in ${(0,labels/* countOf */.pq)(stats.files, 'file')}: no problems`
                    : `${none} in ${(0,labels/* countOf */.pq)(stats.files, 'rule file')}${elsewhere}`
                : `${none} in ${(0,labels/* countOf */.pq)(changedRuleFiles, 'changed rule file')}${elsewhere}`;
    }
    else {
        const of = changedRuleFiles === undefined
            ? (0,labels/* countOf */.pq)(stats.files, 'rule file')
            : (0,labels/* countOf */.pq)(changedRuleFiles, 'changed rule file');
        headline = `${severityCounts(counted)} in ${filesWithFindings.size} of ${of}${elsewhere}`;
    }
    if (scope.kind === 'changed-files' && stats.files > 0) {
        notes.push({ level: 'info', text: scopeNote(scope.against, listedOnly, leftOut) });
    }
    if (existing.length > 0) {
        notes.push({
            level: 'info',
            text: `${severityCounts(existing)} ${existing.length === 1 ? 'was' : 'were'} there before this change: listed apart as existing, ${existing.length === 1 ? 'it does' : 'they do'} not fail the gate.`,
        });
    }
    const skipped = options.skipped ?? [];
    if (skipped.length > 0) {
        const named = skipped
            .slice(0, SKIPPED_NAMED)
            .map(({ path, reason }) => `\`${path}\` (${reason})`)
            .join(', ');
        const more = skipped.length > SKIPPED_NAMED ? ` and ${skipped.length - SKIPPED_NAMED} more` : '';
        notes.push({
            level: 'info',
            text: `Not linted, as not rule files: ${named}${more}. Name a file explicitly to lint it anyway.`,
        });
    }
    if (scope.kind === 'all' && scope.fallback !== undefined) {
        notes.push({
            level: scope.fallback.level,
            text: `Reporting the findings of every rule file: ${scope.fallback.reason}.`,
        });
    }
    const perFile = [...filesWithFindings].sort().map((file) => {
        const mine = counted.filter((f) => f.file === file);
        return [
            { text: file, code: true },
            mine.filter((f) => f.severity === 'error').length,
            mine.filter((f) => f.severity === 'warning').length,
        ];
    });
    const metrics = [
        { key: 'files', label: 'Rule files', value: stats.files, output: true },
        { key: 'rules', label: 'Rules', value: stats.rules, output: true },
        { key: 'errors', label: 'Errors', value: errors, output: true },
        { key: 'warnings', label: 'Warnings', value: warnings, output: true },
    ];
    if (stats.suppressed > 0) {
        metrics.push({
            key: 'suppressed',
            label: 'Suppressed by comments',
            value: stats.suppressed,
            output: true,
        });
    }
    if (scope.kind === 'changed-files') {
        metrics.push({
            key: 'left-out',
            label: 'Left out (unchanged files)',
            value: leftOut.length,
            output: true,
        });
    }
    if (options.existing !== undefined) {
        metrics.push({
            key: 'existing',
            label: 'Existing',
            value: existing.length,
            output: true,
        });
    }
    return {
        schemaVersion: 1,
        gate: 'prom-lint',
        key: options.key,
        status,
        headline,
        metrics,
        tables: perFile.length === 0
            ? []
            : [
                {
                    id: 'files',
                    title: 'Files with findings',
                    columns: [
                        { header: 'File' },
                        { header: 'Errors', align: 'right' },
                        { header: 'Warnings', align: 'right' },
                    ],
                    rows: perFile,
                    // A count per file matters less than the findings themselves, listed above it.
                    collapsed: true,
                },
            ],
        findings: findings.flatMap((f, index) => places[index] === 'unchanged-file'
            ? []
            : [toFinding(f, places[index], isExisting(f), options.docs)]),
        notes,
        charts: [],
        data: {
            stats: { ...stats },
            scope: scope.kind === 'changed-files'
                ? {
                    kind: scope.kind,
                    against: scope.against,
                    changedRuleFiles,
                    reported: reported.length,
                    annotated: counted.length - listedOnly,
                    leftOut: leftOut.length,
                    ...(options.existing === undefined ? {} : { existing: existing.length }),
                }
                : { kind: scope.kind, ...(scope.fallback ? { fallback: scope.fallback.reason } : {}) },
            ...(options.configPath === undefined ? {} : { config: options.configPath }),
            findings: findings.map((f, index) => ({
                ...f,
                ...(places[index] === undefined ? {} : { place: places[index] }),
                ...(isExisting(f) ? { existing: true } : {}),
            })),
        },
    };
}
/** The reader's account of what was reported against the change, and how to see the rest. */
function scopeNote(against, listedOnly, leftOut) {
    const sentences = [
        `Only findings in the rule files changed ${against} are reported; those on changed lines are annotated.`,
    ];
    if (listedOnly > 0) {
        sentences.push(`${(0,labels/* countOf */.pq)(listedOnly, 'finding')} elsewhere in the changed files ${listedOnly === 1 ? 'is' : 'are'} listed but not annotated.`);
    }
    if (leftOut.length > 0) {
        const files = new Set(leftOut.map((f) => f.file)).size;
        sentences.push(`${severityCounts(leftOut)} in ${(0,labels/* countOf */.pq)(files, 'unchanged file')} ${leftOut.length === 1 ? 'is not reported and does' : 'are not reported and do'} not fail the gate; set \`scope: all\` to see ${leftOut.length === 1 ? 'it' : 'them'}.`);
    }
    return sentences.join(' ');
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/run.ts
/**
 * The prom-lint gate's one code path, shared by the action and the CLI: read the configuration
 * file, find the rule files, lint them all, place the findings against the change under review
 * (and, with the base's versions of the files it touched, tell the findings it brought from those
 * it found), return the verdict. All I/O comes in through `PromLintIo`.
 */










/**
 * Reads the changed files' base texts through {@link ChangedFileVersions} (the CLI's `--base`
 * and the action's pull request base alike). Never throws a user's mistake: what stops git
 * (a shallow clone without the merge base, unrelated histories) becomes `unavailable` with git's
 * reason, since the gate can still report, only without telling existing findings apart.
 */
async function readChangedRuleFilesFrom(versions) {
    try {
        const change = await versions();
        const texts = await change.readBaseTexts(change.files);
        return {
            kind: 'files',
            files: change.files.map((file) => {
                const baseText = file.baseBlob === undefined ? undefined : texts.get(file.baseBlob);
                return {
                    ...(file.path === undefined ? {} : { path: file.path }),
                    ...(file.basePath === undefined ? {} : { basePath: file.basePath }),
                    ...(baseText === undefined ? {} : { baseText }),
                };
            }),
        };
    }
    catch (error) {
        if (!(0,errors/* isConfigurationError */.p)(error))
            throw error;
        return { kind: 'unavailable', reason: error.message.replace(/\.$/, '') };
    }
}
/**
 * Reads the configuration file: the one the `config` input names, else the first of
 * {@link DEFAULT_CONFIG_PATHS} that exists, else none.
 *
 * @throws ConfigurationError when the named file does not exist, when both default files
 *   exist, or when the file is not a valid configuration.
 */
async function readPromLintConfigFile(source, io) {
    const named = configFileInput(source);
    if (named !== undefined) {
        if (!(await io.fileExists(named)))
            throw new errors/* ConfigurationError */.j(`Input 'config': the file '${named}' does not exist.`);
        return parsePromLintConfig(await io.readFile(named), named);
    }
    const found = [];
    for (const path of defaults/* DEFAULT_CONFIG_PATHS */._)
        if (await io.fileExists(path))
            found.push(path);
    if (found.length > 1) {
        throw new errors/* ConfigurationError */.j(`Both ${found.map((p) => `'${p}'`).join(' and ')} exist; keep one (or name it with 'config').`);
    }
    const [path] = found;
    return path === undefined ? undefined : parsePromLintConfig(await io.readFile(path), path);
}
/** Runs the gate from raw inputs: configuration file, then inputs over it, then the lint. */
async function runPromLintGate(source, io) {
    const config = await readPromLintConfigFile(source, io);
    if (config !== undefined)
        io.logger.info(`Read the configuration file ${config.path}`);
    return runPromLint(readPromLintInputs(source, config), io);
}
/**
 * Which findings to report. `all` reports all. `changed-files` and `auto` ask for the change:
 * with one, findings are scoped to it; without one, everything is reported, with a note saying
 * why (a warning when something failed; nothing at all when `auto` ran where there is simply no
 * change, such as a push). Reporting problems never fail the gate.
 */
async function resolveReportScope(scope, changes, logger) {
    if (scope === 'all')
        return { kind: 'all' };
    const lookup = changes === undefined
        ? { kind: 'unavailable', reason: 'there is no change to compare with', problem: false }
        : await changes();
    if (lookup.kind === 'changes') {
        return { kind: 'changed-files', changes: lookup.changes, against: lookup.against };
    }
    if (scope === 'auto' && !lookup.problem)
        return { kind: 'all' };
    if (lookup.problem)
        logger.warning(`Scope changed-files: ${lookup.reason}; reporting every file`);
    return {
        kind: 'all',
        fallback: {
            reason: `\`scope: changed-files\` needs the change under review, but ${lookup.reason}`,
            level: lookup.problem ? 'warning' : 'info',
        },
    };
}
/**
 * The files the default globs match. Each glob is resolved on its own: a repository with only
 * `*.rules.yml` files must not lose them because no `*.rules.yaml` exists. Nothing matching at
 * all is a warning in the verdict, not an error; paths the user named that match nothing are a
 * mistake, and `resolveFiles` says so.
 */
async function resolveDefaultGlobs(globs, io) {
    const found = new Set();
    for (const glob of globs) {
        try {
            for (const path of await io.resolveFiles([glob], 'paths'))
                found.add(path);
        }
        catch (error) {
            if (!(0,errors/* isConfigurationError */.p)(error))
                throw error;
        }
    }
    return [...found].sort();
}
/** Characters of rule files from which their YAML trees are worth collecting once decoded. */
const GARBAGE_WORTH_COLLECTING = 256 * 1024;
/** A directory named as a path stands for its YAML files at any depth, as pint reads it. */
const RULE_FILES_OF_A_DIRECTORY = '*.{yml,yaml}';
/** Runs the prom-lint gate. Throws ConfigurationError on unusable input. */
async function runPromLint(inputs, io) {
    const paths = inputs.defaultPaths
        ? await resolveDefaultGlobs(inputs.paths, io)
        : await io.resolveFiles(inputs.paths, inputs.pathsFrom, {
            directoryFiles: RULE_FILES_OF_A_DIRECTORY,
        });
    if (inputs.defaultPaths && paths.length === 0 && io.howToNameFiles !== undefined) {
        io.logger.warning(`No rule files found: nothing matches the default ${inputs.paths.join(', ')}. ${io.howToNameFiles}`);
    }
    // Files a directory or a glob found must look like rule files; a file named is linted anyway.
    const named = new Set(inputs.defaultPaths ? [] : inputs.paths.map(changed_lines/* normalizeChangePath */.Z9));
    const files = [];
    const skipped = [];
    for (const path of paths) {
        const text = await io.readFile(path);
        const reason = named.has((0,changed_lines/* normalizeChangePath */.Z9)(path)) ? undefined : notARuleFile(text);
        if (reason === undefined)
            files.push({ path, text });
        else
            skipped.push({ path, reason });
    }
    const scope = await resolveReportScope(inputs.scope, io.changes, io.logger);
    const changed = scope.kind === 'changed-files' && io.readChangedRuleFiles !== undefined
        ? await io.readChangedRuleFiles(gitPathspecsOf(inputs.paths, files))
        : undefined;
    if (changed?.kind === 'unavailable') {
        io.logger.warning(`Cannot read the changed rule files at the merge base: ${changed.reason}`);
    }
    const base = changed?.kind === 'files' ? baseVersionsOf(changed.files, files) : undefined;
    const options = {
        legacyNames: inputs.legacyNames,
        experimentalFunctions: inputs.experimentalFunctions,
        settings: inputs.settings,
        today: (io.now?.() ?? new Date()).toISOString(),
        // Worth a collection only when the trees are large (a few megabytes of YAML or more).
        afterDecoding: files.reduce((total, { text }) => total + text.length, 0) >= GARBAGE_WORTH_COLLECTING
            ? collectGarbage
            : undefined,
    };
    // Every file is linted whatever the scope: the checks across files (duplicate rules) need
    // them all, and the count of findings left out is part of the verdict.
    const head = lintRuleFiles(files, {
        ...options,
        ...(base === undefined
            ? {}
            : { before: decodeRuleModels(base.changed, options), identifyRules: true }),
    });
    const { findings, stats } = head;
    io.logger.info(`Linted ${(0,labels/* countOf */.pq)(stats.files, 'rule file')} (${(0,labels/* countOf */.pq)(stats.rules, 'rule')}): ${(0,labels/* countOf */.pq)(findings.length, 'finding')}`);
    const changes = scope.kind === 'changed-files' ? scope.changes : undefined;
    const elsewhere = changes === undefined
        ? 0
        : findings.filter((f) => (0,changed_lines/* placeInChange */.Jt)(changes, f.file, f.line, f.endLine) === 'changed-file')
            .length;
    const existing = changes !== undefined && base !== undefined && elsewhere > 0
        ? existingAtBase(head, changes, base, files, options, io)
        : undefined;
    const verdict = buildPromLintVerdict(findings, stats, {
        key: inputs.common.key,
        searched: inputs.paths,
        scope,
        linted: files.map(({ path }) => path),
        skipped,
        ...(inputs.configPath === undefined ? {} : { configPath: inputs.configPath }),
        ...(existing === undefined ? {} : { existing }),
        ...(io.docs === undefined ? {} : { docs: io.docs }),
    });
    if (changed?.kind === 'unavailable' && elsewhere > 0) {
        // Without the base, where a finding lies cannot say whether the change brought it: a finding
        // off the changed lines can still be its doing (a duplicate of a rule it added, a range too
        // short for a group interval it changed), so nothing is called existing.
        verdict.notes.push({
            level: 'info',
            text: `Findings off the changed lines are not compared with the merge base (${changed.reason}): each counts as the change's, since one off the changed lines can still be its doing (a duplicate of a rule it added, a group interval it changed).`,
        });
    }
    return verdict;
}
/** The changed files' base versions that were rule files, named as the lint names them. */
function baseVersionsOf(changed, linted) {
    const lintedPath = new Map(linted.map(({ path }) => [(0,changed_lines/* normalizeChangePath */.Z9)(path), path]));
    const versions = { changed: [], touched: new Set() };
    for (const file of changed) {
        const path = file.path === undefined ? undefined : lintedPath.get((0,changed_lines/* normalizeChangePath */.Z9)(file.path));
        if (path !== undefined)
            versions.touched.add((0,changed_lines/* normalizeChangePath */.Z9)(path));
        if (file.baseText === undefined)
            continue;
        // A file the head no longer lints counts only if the base read it as a rule file.
        if (path === undefined && notARuleFile(file.baseText) !== undefined)
            continue;
        const name = path ?? file.basePath ?? file.path;
        if (name !== undefined)
            versions.changed.push({ path: name, text: file.baseText });
    }
    return versions;
}
/**
 * The findings of `head` that the base had too (see {@link existingFindings}). The base is linted
 * as a whole: the files the change touched as they were, the others as they are (they are the
 * same), so that the checks across files (duplicates, overlaps) see the base as it was.
 */
function existingAtBase(head, changes, base, files, options, io) {
    const suite = [
        ...files.filter(({ path }) => !base.touched.has((0,changed_lines/* normalizeChangePath */.Z9)(path))),
        ...base.changed,
    ];
    const before = lintRuleFiles(suite, { ...options, identifyRules: true });
    const existing = existingFindings({ findings: head.findings, identities: head.identities ?? new Map() }, changes, { findings: before.findings, identities: before.identities ?? new Map() });
    io.logger.info(`Linted the ${(0,labels/* countOf */.pq)(base.changed.length, 'changed rule file')} as at the merge base: ${(0,labels/* countOf */.pq)(existing.size, 'finding')} off the changed lines ${existing.size === 1 ? 'was' : 'were'} there before`);
    return existing;
}
/**
 * The user's paths as git pathspecs (for {@link PromLintIo.readChangedRuleFiles}): a glob as it
 * is, braces expanded (`*.{yml,yaml}`: git's globs have none); a linted file as itself; any other
 * plain path as the folder it names, whose YAML files at any depth are rule files (as
 * `resolveFiles` reads it), so that a rule file the change deleted is found too.
 */
function gitPathspecsOf(paths, linted) {
    const files = new Set(linted.map(({ path }) => (0,changed_lines/* normalizeChangePath */.Z9)(path)));
    const specs = new Set();
    for (const path of paths) {
        const plain = (0,changed_lines/* normalizeChangePath */.Z9)(path);
        if (/[*?[{]/.test(path)) {
            for (const glob of expandBraces(plain))
                specs.add(glob);
        }
        else if (files.has(plain)) {
            specs.add(plain);
        }
        else {
            const folder = plain === '' ? '' : `${plain}/`;
            specs.add(`${folder}**/*.yml`);
            specs.add(`${folder}**/*.yaml`);
        }
    }
    return [...specs];
}
/**
 * Every alternative of a glob's `{a,b}` groups, nested ones included.
 * @example expandBraces('r/*.{yml,yaml}') // ['r/*.yml', 'r/*.yaml']
 */
function expandBraces(glob) {
    const open = glob.indexOf('{');
    if (open < 0)
        return [glob];
    let depth = 0;
    const commas = [];
    for (let at = open; at < glob.length; at++) {
        const char = glob[at];
        if (char === '{')
            depth++;
        else if (char === ',' && depth === 1)
            commas.push(at);
        else if (char === '}' && --depth === 0) {
            if (commas.length === 0)
                break; // `{a}` is no group: a literal brace, as tinyglobby reads it
            const before = glob.slice(0, open);
            const after = glob.slice(at + 1);
            const bounds = [open, ...commas, at];
            return bounds
                .slice(1)
                .flatMap((end, index) => expandBraces(`${before}${glob.slice((bounds[index] ?? open) + 1, end)}${after}`));
        }
    }
    return [glob];
}


/***/ })

};

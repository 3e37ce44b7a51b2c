export const id = 436;
export const ids = [436];
export const modules = {

/***/ 45993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ placeInChange),
/* harmony export */   ns: () => (/* binding */ changedFilesOf),
/* harmony export */   x0: () => (/* binding */ isChangedFile)
/* harmony export */ });
/* unused harmony export normalizeChangePath */
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

/***/ 27436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readPromLintConfigFile: () => (/* binding */ readPromLintConfigFile),
  resolveReportScope: () => (/* binding */ resolveReportScope),
  runPromLint: () => (/* binding */ runPromLint),
  runPromLintGate: () => (/* binding */ runPromLintGate)
});

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




/** The values of {@link PromLintScope}, for messages and validation. */
const PROM_LINT_SCOPES = ['auto', 'changed-files', 'all'];

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
    const conventions = {};
    const conventionKeys = {
        severities: (node, key) => {
            conventions.severities = stringList(node, key, true);
        },
        summary: boolean((value) => (conventions.summary = value)),
        description: boolean((value) => (conventions.description = value)),
        'runbook-url': boolean((value) => (conventions.runbookUrl = value)),
        'alert-names': boolean((value) => (conventions.alertNames = value)),
        'record-names': boolean((value) => (conventions.recordNames = value)),
    };
    const topKeys = {
        paths: (node, key) => {
            config.paths = stringList(node, key, false);
        },
        'legacy-names': boolean((value) => (config.legacyNames = value)),
        'experimental-functions': boolean((value) => (config.experimentalFunctions = value)),
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
        conventions: (node, key) => {
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
;// CONCATENATED MODULE: ./src/gates/prom-lint/settings.ts
/**
 * What a team can tune about the prom-lint warning checks: which checks are off, the scrape
 * interval short ranges are judged against, and the naming conventions it follows. Errors (what
 * Prometheus itself rejects) are never switchable: a rule Prometheus refuses must not pass.
 */
/**
 * Defaults: every check on except `runbook_url` (a team's runbook location is its own choice);
 * a 15 s scrape interval, the interval of Prometheus' example configuration and most
 * Kubernetes stacks; severities as the Prometheus mixins use them.
 */
const defaultPromLintSettings = {
    disabled: [],
    scrapeInterval: 15,
    conventions: {
        severities: ['critical', 'warning', 'info'],
        summary: true,
        description: true,
        runbookUrl: false,
        alertNames: true,
        recordNames: true,
    },
};
/**
 * Whether a check runs under these settings.
 * @example isCheckEnabled({ ...defaultPromLintSettings, disabled: ['conventions/*'] }, 'conventions/summary') // false
 */
function isCheckEnabled(settings, check) {
    return !settings.disabled.some((off) => off.endsWith('/*') ? check.startsWith(off.slice(0, -1)) : check === off);
}

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
    return {
        common: (0,inputs/* readCommonInputs */.di)(source),
        paths: paths.length > 0 ? paths : [...defaults/* DEFAULT_RULE_GLOBS */.$],
        pathsFrom: listed.length === 0 && config?.paths !== undefined ? `paths' in '${config.path}` : 'paths',
        defaultPaths: paths.length === 0,
        legacyNames: (0,inputs/* booleanInput */.tE)(source, 'legacy-names', config?.legacyNames ?? false),
        experimentalFunctions: (0,inputs/* booleanInput */.tE)(source, 'experimental-functions', config?.experimentalFunctions ?? false),
        scope: (0,inputs/* choiceInput */.ij)(source, 'scope', PROM_LINT_SCOPES, config?.scope ?? 'auto'),
        settings: settingsOf(config),
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
        conventions: { ...defaultPromLintSettings.conventions, ...config.conventions },
    };
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

;// CONCATENATED MODULE: ./src/gates/prom-lint/load/plain-scalar.ts
/**
 * Plain YAML scalars typed exactly as the `yaml` package's Composer types them (core schema: `1`
 * an int, `true` a bool, `~` a null, `yes` a string): the block scanner reads every scalar as
 * text and must give the full Document path's types. Throws when the package would report
 * an error for the scalar, so the caller declines the file.
 */

/** First characters of every plain scalar the core schema does not read as a string. */
const MAY_NOT_BE_A_STRING = new Set([...'~nNtTfF0123456789+-.']);
function refuse(message) {
    throw new Error(message);
}
function isScalarTag(tag) {
    return (typeof tag === 'object' &&
        tag !== null &&
        'resolve' in tag &&
        typeof tag.resolve === 'function' &&
        !('collection' in tag && tag.collection !== undefined));
}
/**
 * The package's core-schema tags a plain scalar is tested against, in order, and its options,
 * as the Composer sets them up for the options parse-yaml.ts gives parseAllDocuments (merge off:
 * `<<` is ours to handle).
 */
let schemaCache;
function schema() {
    schemaCache ??= (() => {
        const document = new dist/* Document */.yo(null, { uniqueKeys: false, merge: false });
        const tags = document.schema.tags.filter((tag) => isScalarTag(tag) && tag.default === true && tag.test !== undefined);
        return { tags, options: document.options };
    })();
    return schemaCache;
}
/**
 * The value of a plain scalar as the Composer resolves it (compose-scalar's
 * findScalarTagByTest): the first default tag of the core schema whose test matches, else the
 * string itself. block-yaml-tree.ts types the plain scalars it reads with this, as the full
 * Document path does.
 */
function resolvePlain(text) {
    // Every core-schema value other than a string (null, bool, int, float, .inf, .nan) starts with
    // one of these characters or is empty; most keys and values of a rule file start otherwise and
    // skip the dozen regex tests. yaml-fast-path.test.ts checks the set against the package.
    if (text !== '' && !MAY_NOT_BE_A_STRING.has(text.charAt(0)))
        return text;
    const { tags, options } = schema();
    for (const tag of tags) {
        if (tag.test?.test(text) === true) {
            let resolved;
            try {
                resolved = tag.resolve(text, refuse, options);
            }
            catch {
                throw new Error(`plain scalar ${JSON.stringify(text)} does not resolve`); // the Composer reports it as an error
            }
            return (0,dist/* isScalar */.jn)(resolved) ? resolved.value : resolved;
        }
    }
    return text;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/load/limits.ts
/**
 * Bounds that keep a hostile rule file from exhausting time or memory. Real rule files are far
 * below all of them: Prometheus' own 10,002-rule test file is 1.2 MB, about 60,000 nodes deep 6.
 */

/** Rule files larger than this are refused before they are read into the YAML parser. */
const MAX_RULE_FILE_BYTES = 100 * 1024 * 1024;
/**
 * The most nodes a document may expand to once aliases are followed. yaml.v3 and the `yaml`
 * package's `maxAliasCount` guard against "billion laughs" the same way: by the expanded size.
 */
const MAX_EXPANDED_NODES = 2_000_000;
/** The deepest nesting accepted; a rule file needs 6 levels, a PrometheusRule 8. */
const MAX_NESTING_DEPTH = 256;
/**
 * Refuses a file by its size before it is read; the I/O edge calls this with the size from
 * `stat`, and the loader calls it again with the text length.
 * @throws ConfigurationError naming the file and its size.
 */
function checkRuleFileSize(path, bytes) {
    if (bytes > MAX_RULE_FILE_BYTES) {
        throw new errors/* ConfigurationError */.j(`${path}: rule file is ${bytes} bytes, over the limit of ${MAX_RULE_FILE_BYTES} bytes (100 MB); refusing to parse it`);
    }
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/load/map-assembler.ts
/** Collects a mapping's pairs in source order, then {@link MapAssembler.finish}es the map. */
class MapAssembler {
    failMerge;
    explicit = [];
    // Made when first needed: most maps merge nothing and repeat no key, and a large file holds
    // tens of thousands of maps.
    merged;
    duplicates;
    seen;
    /**
     * @param failMerge called (and must throw) when a `<<:` value is not a map or a sequence of
     *   maps, with the merge key's offset.
     */
    constructor(failMerge) {
        this.failMerge = failMerge;
    }
    /** Adds one written pair; a plain `<<` key merges its value instead. */
    add(key, value) {
        if (key.style === 'plain' && key.text === '<<') {
            // yaml.v3 merge: the merged maps supply keys the mapping does not write itself; with a
            // sequence of maps, earlier maps win.
            const sources = value.kind === 'seq' ? value.items : [value];
            for (const source of sources) {
                if (source.kind !== 'map') {
                    this.failMerge(key.sourceStart, 'map merge requires map or sequence of maps as the value');
                }
                this.merged ??= [];
                for (const entry of source.entries)
                    this.merged.push({ ...entry, merged: true });
            }
            return;
        }
        const first = this.firstWritten(key.text);
        if (first !== undefined)
            (this.duplicates ??= []).push({ key, first });
        else
            this.seen?.set(key.text, key);
        this.explicit.push({ key, value, merged: false });
    }
    /** The first written key of this text: a scan while the map is small, then an index. */
    firstWritten(text) {
        if (this.seen === undefined) {
            for (const entry of this.explicit)
                if (entry.key.text === text)
                    return entry.key;
            if (this.explicit.length < SCAN_LIMIT)
                return undefined;
            this.seen = new Map();
            for (const entry of this.explicit) {
                if (!this.seen.has(entry.key.text))
                    this.seen.set(entry.key.text, entry.key);
            }
            return undefined;
        }
        return this.seen.get(text);
    }
    /** The map: kept merged entries first (as yaml.v3 applies them), then the written ones. */
    finish(position) {
        let entries = this.explicit;
        if (this.merged !== undefined && this.merged.length > 0) {
            const written = new Set(this.explicit.map((entry) => entry.key.text));
            const kept = [];
            const mergedSeen = new Set();
            for (const entry of this.merged) {
                if (written.has(entry.key.text) || mergedSeen.has(entry.key.text))
                    continue;
                mergedSeen.add(entry.key.text);
                kept.push(entry);
            }
            entries = [...kept, ...this.explicit];
        }
        return { kind: 'map', entries, position, duplicates: this.duplicates ?? NO_DUPLICATES };
    }
}
/** The duplicates of every map that has none: one array, not one per map. */
const NO_DUPLICATES = Object.freeze([]);
/** Keys a map holds before it indexes them instead of scanning. */
const SCAN_LIMIT = 16;

;// CONCATENATED MODULE: ./src/gates/prom-lint/load/scalar-node.ts
/**
 * Our scalar from the package's resolved value (a string, number, boolean, bigint or null).
 * `start`/`end` are the value's source range; a number counts as a float when its source has a
 * `.` or an exponent, as yaml.v3 decides between `!!int` and `!!float`.
 */
function scalarNode(value, style, start, end, source, position) {
    // Plain assignments, not `[type, resolved] = [...]`: a file holds hundreds of thousands of
    // scalars, and each destructured pair is an array to allocate.
    let type = 'string';
    let resolved;
    if (typeof value === 'string')
        resolved = value;
    else if (value === null || value === undefined) {
        type = 'null';
        resolved = null;
    }
    else if (typeof value === 'boolean') {
        type = 'bool';
        resolved = value;
    }
    else if (typeof value === 'number') {
        type =
            Number.isInteger(value) && !/[.eE]/.test(source.text.slice(start, end)) ? 'int' : 'float';
        resolved = value;
    }
    else if (typeof value === 'bigint') {
        type = 'int';
        resolved = Number(value);
    }
    else
        resolved = String(value);
    // yaml.v3 decodes any scalar into a Go string as its source text; null leaves it empty.
    const text = type === 'string' ? String(resolved) : type === 'null' ? '' : source.text.slice(start, end);
    return {
        kind: 'scalar',
        text,
        type,
        value: resolved,
        style,
        position,
        sourceStart: start,
        sourceEnd: end,
        source,
    };
}
/** The null scalar that stands for a missing node (an empty value, a complex key). */
function nullScalarAt(offset, source, position) {
    return {
        kind: 'scalar',
        text: '',
        type: 'null',
        value: null,
        style: 'plain',
        position,
        sourceStart: offset,
        sourceEnd: offset,
        source,
    };
}
/** Our style name for the package's `Scalar.Type` (`PLAIN`, `QUOTE_DOUBLE`, …). */
function styleOf(type) {
    switch (type) {
        case 'QUOTE_DOUBLE':
            return 'double-quoted';
        case 'QUOTE_SINGLE':
            return 'single-quoted';
        case 'BLOCK_LITERAL':
            return 'literal';
        case 'BLOCK_FOLDED':
            return 'folded';
        default:
            return 'plain';
    }
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/load/block-yaml-tree.ts
/**
 * The fast path of YAML loading: a scanner for the block YAML that rule files are written in
 * (block mappings and sequences, one-line plain and quoted scalars, `|` and `>` block scalars,
 * comments), building our positioned trees directly from the text.
 *
 * Written by hand because no library does this fast: the `yaml` package's Document (the
 * reference, parse-yaml.ts) and js-yaml with an event listener both build far more than a linter
 * needs; on promtool's 1.2 MB rules_large.yml this scanner takes a fraction of either's time and
 * allocates little besides the tree. It is not a YAML parser: anything outside that subset, or
 * that it is unsure of, makes it decline (return undefined), and the caller uses the Document
 * path with its own messages. Declined: directives and document markers, tabs, CR line ends, a
 * byte-order mark, anchors, aliases, tags, flow collections, explicit keys, multi-line plain or
 * quoted scalars, block scalars with an indentation indicator, keep chomping, a comment on their
 * header or more-indented folded lines, a root that is not a block collection at column 1, and
 * every limit of limits.ts. The tests compare its trees with the Document path's, whole.
 */




/** Thrown inside this module only: the input leaves the subset this path handles. */
class OutsideBlockSubset extends Error {
}
function decline() {
    throw new OutsideBlockSubset();
}
/** Text-level refusals, checked once: directives, document markers, tabs, CR, a byte-order mark. */
const OUTSIDE_SUBSET = /^(?:%|---|\.\.\.)|[\t\r\uFEFF]/m;
/** The `yaml` package's implicit keys are at most 1024 characters; longer ones are left to it. */
const MAX_KEY_LENGTH = 1000;
/** Characters that may not start a plain scalar here (YAML indicators, and `-?:` before a space). */
const INDICATORS = new Set([...'&*!|>\'"%@`[]{},#']);
/** Short plain scalars are shared (see `interned`) up to this length and this many. */
const MAX_INTERNED_LENGTH = 24;
const MAX_INTERNED_STRINGS = 4096;
const SPACE = 32;
const NEWLINE = 10;
const HASH = 35;
/**
 * Parses `source` into one tree per document (none for a text of comments), or returns undefined
 * when the text is outside the subset this path handles.
 */
function treesFromBlockYaml(source) {
    if (OUTSIDE_SUBSET.test(source.text))
        return undefined;
    try {
        return new BlockScanner(source).documents();
    }
    catch (error) {
        if (error instanceof OutsideBlockSubset)
            return undefined;
        throw error;
    }
}
class BlockScanner {
    source;
    text;
    nodes = 0;
    strings = new Map();
    /** The line the scanner is on (0-based); kept in step with every offset it moves to. */
    line = 0;
    constructor(source) {
        this.source = source;
        this.text = source.text;
    }
    documents() {
        const first = this.nextContentLine(0, 0);
        if (first === undefined)
            return [];
        if (first.indent !== 0)
            decline();
        const root = this.collection(first, -1, 0);
        if (this.nextContentLine(this.resume.start, this.resume.line) !== undefined)
            decline();
        return [root];
    }
    /** Where scanning goes on after the last node read: the start of the line after it. */
    resume = { start: 0, line: 0 };
    /**
     * The first line at or after `start` (a line start, on line `line`) that holds more than
     * spaces and a comment, or undefined at the end of the text.
     */
    nextContentLine(start, line) {
        const text = this.text;
        let i = start;
        let current = line;
        while (i < text.length) {
            let j = i;
            while (text.charCodeAt(j) === SPACE)
                j++;
            const c = text.charCodeAt(j);
            if (j < text.length && c !== NEWLINE && c !== HASH) {
                return { start: i, indent: j - i, line: current };
            }
            const end = text.indexOf('\n', j);
            if (end === -1)
                return undefined;
            i = end + 1;
            current++;
        }
        return undefined;
    }
    position(line, offset, lineStart) {
        return this.source.toFilePosition({ line: line + 1, column: offset - lineStart + 1 });
    }
    count(depth) {
        this.nodes++;
        if (this.nodes > MAX_EXPANDED_NODES || depth > MAX_NESTING_DEPTH)
            decline();
    }
    /** A block sequence or mapping whose first line is `first`, inside a parent at `parentIndent`. */
    collection(first, parentIndent, depth) {
        const at = first.start + first.indent;
        if (this.isSequenceItem(at))
            return this.sequence(first, depth);
        return this.mapping(first.indent, at, first.line, first.start, parentIndent, depth);
    }
    /** `-` followed by a space or a line end. */
    isSequenceItem(offset) {
        if (this.text.charCodeAt(offset) !== 45 /* - */)
            return false;
        const next = this.text.charCodeAt(offset + 1);
        return next === SPACE || next === NEWLINE || offset + 1 >= this.text.length;
    }
    sequence(first, depth) {
        this.count(depth);
        const indent = first.indent;
        const items = [];
        const position = this.position(first.line, first.start + indent, first.start);
        let line = first;
        while (line !== undefined &&
            line.indent === indent &&
            this.isSequenceItem(line.start + indent)) {
            const dash = line.start + indent;
            let content = dash + 1;
            while (this.text.charCodeAt(content) === SPACE)
                content++;
            items.push(this.itemValue(content, line, indent, depth + 1));
            line = this.nextContentLine(this.resume.start, this.resume.line);
        }
        // A line indented deeper than the items, yet no part of the last one, is not this subset.
        if (line !== undefined && line.indent > indent)
            decline();
        return { kind: 'seq', items, position };
    }
    /** The value after a sequence item's `- `: inline, on the lines below, or empty. */
    itemValue(content, line, indent, depth) {
        const c = this.text.charCodeAt(content);
        if (content >= this.text.length || c === NEWLINE || c === HASH) {
            return this.valueBelow(content, line, indent, false, depth);
        }
        if (this.isSequenceItem(content))
            decline(); // `- - x`: a compact nested sequence
        if (this.keyEnd(content) !== undefined) {
            // `- key: value`: a mapping whose keys are indented to the first key's column.
            return this.mapping(content - line.start, content, line.line, line.start, indent, depth);
        }
        return this.inlineScalar(content, line, indent, depth);
    }
    /**
     * A value that is not on its indicator's line: a collection on the lines below (deeper than
     * `indent`, or at `indent` for a mapping's sequence), else an empty (null) node at `offset`.
     */
    valueBelow(offset, line, indent, sequenceMayAlign, depth) {
        const lineEnd = this.text.indexOf('\n', offset);
        const next = lineEnd === -1 ? undefined : this.nextContentLine(lineEnd + 1, line.line + 1);
        const aligned = next !== undefined &&
            sequenceMayAlign &&
            next.indent === indent &&
            this.isSequenceItem(next.start + indent);
        if (next !== undefined && (next.indent > indent || aligned)) {
            return this.collection(next, indent, depth);
        }
        this.count(depth);
        this.resumeAfterLine(offset, line.line);
        return nullScalarAt(offset, this.source, this.position(line.line, offset, line.start));
    }
    resumeAfterLine(offset, line) {
        const end = this.text.indexOf('\n', offset);
        this.resume =
            end === -1 ? { start: this.text.length, line } : { start: end + 1, line: line + 1 };
    }
    /**
     * A block mapping whose first key starts at `keyStart` (column `indent`), on line `line`
     * starting at `lineStart`.
     */
    mapping(indent, keyStart, line, lineStart, parentIndent, depth) {
        if (indent <= parentIndent)
            decline();
        this.count(depth);
        const assembler = new MapAssembler(decline);
        const position = this.position(line, keyStart, lineStart);
        let start = keyStart;
        let current = { start: lineStart, indent, line };
        for (;;) {
            const colon = this.keyEnd(start);
            if (colon === undefined)
                decline();
            const key = this.key(start, colon.keyEnd, current, depth + 1);
            let valueStart = colon.colon + 1;
            while (this.text.charCodeAt(valueStart) === SPACE)
                valueStart++;
            const c = this.text.charCodeAt(valueStart);
            const value = valueStart >= this.text.length || c === NEWLINE || c === HASH
                ? this.valueBelow(valueStart, current, indent, true, depth + 1)
                : this.inlineValue(valueStart, current, indent, depth + 1);
            assembler.add(key, value);
            const next = this.nextContentLine(this.resume.start, this.resume.line);
            if (next === undefined || next.indent < indent)
                break;
            if (next.indent > indent)
                decline();
            current = next;
            start = next.start + indent;
            if (this.isSequenceItem(start))
                decline();
        }
        return assembler.finish(position);
    }
    /**
     * Where an implicit key starting at `start` ends (its text trimmed) and where its `:` is, or
     * undefined when the line holds no `key:` there.
     */
    keyEnd(start) {
        const text = this.text;
        const quote = text[start];
        let i = start;
        if (quote === '"' || quote === "'") {
            i = this.quotedEnd(start, quote);
            let colon = i;
            while (text.charCodeAt(colon) === SPACE)
                colon++;
            if (text[colon] !== ':' || !this.endsIndicator(colon + 1))
                return undefined;
            return { keyEnd: i, colon };
        }
        for (;;) {
            const c = text.charCodeAt(i);
            if (i >= text.length || c === NEWLINE)
                return undefined;
            if (c === HASH && text.charCodeAt(i - 1) === SPACE)
                return undefined;
            if (c === 58 /* : */ && this.endsIndicator(i + 1)) {
                let end = i;
                while (text.charCodeAt(end - 1) === SPACE)
                    end--;
                return { keyEnd: end, colon: i };
            }
            i++;
        }
    }
    /** Whether an indicator before `offset` is complete: a space, a line end or the text's end follows. */
    endsIndicator(offset) {
        const c = this.text.charCodeAt(offset);
        return offset >= this.text.length || c === SPACE || c === NEWLINE;
    }
    key(start, end, line, depth) {
        this.count(depth);
        if (end - start > MAX_KEY_LENGTH || end === start)
            decline();
        const text = this.text;
        const first = text[start];
        const position = this.position(line.line, start, line.start);
        if (first === '"' || first === "'") {
            const value = first === '"' ? this.doubleQuoted(start, end) : this.singleQuoted(start, end);
            return scalarNode(value, first === '"' ? 'double-quoted' : 'single-quoted', start, end, this.source, position);
        }
        const raw = this.interned(text.slice(start, end));
        this.checkPlainStart(raw);
        if (raw.includes(' #'))
            decline();
        return scalarNode(this.resolve(raw), 'plain', start, end, this.source, position);
    }
    /** A value on its key's line: a block scalar, a quoted or a plain scalar. */
    inlineValue(start, line, indent, depth) {
        if (this.isSequenceItem(start))
            decline(); // `key: - a`
        // `a: b: c` (a mapping on a key's line) is refused while the scalar is read.
        return this.inlineScalar(start, line, indent, depth);
    }
    /** A scalar that starts on this line; `indent` is its parent collection's. */
    inlineScalar(start, line, indent, depth) {
        this.count(depth);
        const text = this.text;
        const first = text[start];
        const position = this.position(line.line, start, line.start);
        if (first === '|' || first === '>')
            return this.blockScalar(start, line, indent, position);
        let end;
        let value;
        let style;
        if (first === '"' || first === "'") {
            end = this.quotedEnd(start, first);
            value = first === '"' ? this.doubleQuoted(start, end) : this.singleQuoted(start, end);
            style = first === '"' ? 'double-quoted' : 'single-quoted';
            let after = end;
            while (text.charCodeAt(after) === SPACE)
                after++;
            const c = text.charCodeAt(after);
            // Only a comment or the line end may follow (a `:` would make the scalar a key).
            if (after < text.length && c !== NEWLINE && !(c === HASH && after > end))
                decline();
        }
        else {
            // To the line end or a comment (` #`), trailing spaces left out; a `: ` on the way
            // would make the text before it a key.
            end = start;
            while (end < text.length) {
                const c = text.charCodeAt(end);
                if (c === NEWLINE || (c === HASH && text.charCodeAt(end - 1) === SPACE))
                    break;
                if (c === 58 /* : */ && this.endsIndicator(end + 1))
                    decline();
                end++;
            }
            while (text.charCodeAt(end - 1) === SPACE)
                end--;
            const raw = this.interned(text.slice(start, end));
            this.checkPlainStart(raw);
            value = this.resolve(raw);
            style = 'plain';
        }
        this.resumeAfterLine(end, line.line);
        // A deeper line below would continue a plain scalar (or be an error): not this subset.
        const next = this.nextContentLine(this.resume.start, this.resume.line);
        if (next !== undefined && next.indent > indent)
            decline();
        return scalarNode(value, style, start, end, this.source, position);
    }
    checkPlainStart(raw) {
        const first = raw[0];
        if (first === undefined || INDICATORS.has(first))
            decline();
        if ((first === '-' || first === '?' || first === ':') && (raw.length === 1 || raw[1] === ' ')) {
            decline();
        }
    }
    /**
     * One string per distinct short text: keys (`expr`, `labels`) and values (`critical`, `5m`)
     * repeat thousands of times in a large file, and a short slice is a copy of its own.
     */
    interned(text) {
        if (text.length > MAX_INTERNED_LENGTH)
            return text;
        const known = this.strings.get(text);
        if (known !== undefined)
            return known;
        if (this.strings.size < MAX_INTERNED_STRINGS)
            this.strings.set(text, text);
        return text;
    }
    /** The value the `yaml` package's core schema gives a plain scalar; declines where it errs. */
    resolve(raw) {
        try {
            return resolvePlain(raw);
        }
        catch {
            decline();
        }
    }
    /** The end (after the closing quote) of a one-line quoted scalar. */
    quotedEnd(start, quote) {
        const text = this.text;
        let i = start + 1;
        for (;;) {
            const c = text[i];
            if (c === undefined || c === '\n')
                decline();
            if (quote === '"' && c === '\\')
                i += 2;
            else if (c === quote) {
                if (quote === "'" && text[i + 1] === "'")
                    i += 2;
                else
                    return i + 1;
            }
            else
                i++;
        }
    }
    singleQuoted(start, end) {
        return this.text.slice(start + 1, end - 1).replaceAll("''", "'");
    }
    /** A one-line double-quoted scalar's value, its escapes as YAML 1.2 defines them. */
    doubleQuoted(start, end) {
        const body = this.text.slice(start + 1, end - 1);
        if (!body.includes('\\'))
            return body;
        // Runs between escapes are sliced and joined once: `+=` per character would leave a chain
        // of one-character strings per value (measured: half the tree's memory on 19,000 alerts).
        const parts = [];
        let run = 0;
        for (let i = body.indexOf('\\'); i !== -1; i = body.indexOf('\\', run)) {
            parts.push(body.slice(run, i));
            const escape = body[i + 1];
            const simple = escape === undefined ? undefined : SIMPLE_ESCAPES[escape];
            if (simple !== undefined) {
                parts.push(simple);
                run = i + 2;
                continue;
            }
            const digits = escape === 'x' ? 2 : escape === 'u' ? 4 : escape === 'U' ? 8 : 0;
            const hex = body.slice(i + 2, i + 2 + digits);
            if (digits === 0 || hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex))
                decline();
            const code = Number.parseInt(hex, 16);
            if (code > 0x10ffff)
                decline();
            parts.push(String.fromCodePoint(code));
            run = i + 2 + digits;
        }
        parts.push(body.slice(run));
        return parts.join('');
    }
    /**
     * A `|` or `>` block scalar with clip or strip chomping. Its range ends after the line end of
     * its last non-blank line, as the `yaml` package's does.
     */
    blockScalar(start, line, parentIndent, position) {
        const text = this.text;
        const folded = text[start] === '>';
        let i = start + 1;
        const strip = text[i] === '-';
        if (strip)
            i++;
        while (text.charCodeAt(i) === SPACE)
            i++;
        // Keep chomping, an indentation indicator, a comment or anything else on the header.
        if (i >= text.length || text.charCodeAt(i) !== NEWLINE)
            decline();
        // The scalar's lines: blank ones, and those indented deeper than the parent.
        const lines = [];
        let contentIndent = -1;
        let lineStart = i + 1;
        let lastContent = -1;
        // The longest line of nothing but spaces: beyond the indentation its spaces are content (or
        // an error before the first line), left to the full path.
        let widestBlank = 0;
        while (lineStart < text.length) {
            let lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd === -1)
                lineEnd = text.length;
            let spaces = lineStart;
            while (text.charCodeAt(spaces) === SPACE)
                spaces++;
            const blank = spaces === lineEnd;
            const indent = spaces - lineStart;
            if (!blank) {
                if (contentIndent === -1) {
                    if (indent <= parentIndent)
                        break;
                    contentIndent = indent;
                }
                if (indent < contentIndent)
                    break;
                lastContent = lines.length;
            }
            else
                widestBlank = Math.max(widestBlank, indent);
            lines.push({ start: lineStart, end: lineEnd });
            lineStart = lineEnd + 1;
        }
        if (lastContent === -1 || widestBlank > contentIndent)
            decline(); // no content, or spaces as content
        const content = lines.slice(0, lastContent + 1);
        const parts = [];
        for (const { start: from, end: to } of content) {
            parts.push(to - from <= contentIndent ? '' : text.slice(from + contentIndent, to));
        }
        let value = folded ? this.fold(parts) : parts.join('\n');
        if (!strip)
            value += '\n';
        const last = content[content.length - 1];
        // The text ends in the last line, without a line end: chomping would differ, not this subset.
        if (last.end >= text.length)
            decline();
        const end = last.end + 1;
        // Trailing blank lines belong to the scalar; scanning goes on after the last content line.
        this.resume = { start: end, line: line.line + 1 + lastContent + 1 };
        return scalarNode(value, folded ? 'folded' : 'literal', start, end, this.source, position);
    }
    /** Folded lines: a line break between two lines is a space, each blank line a line break. */
    fold(parts) {
        let value = '';
        let breaks = 0;
        let seenContent = false;
        for (const part of parts) {
            if (part === '') {
                breaks++;
                continue;
            }
            // A more-indented line keeps its line breaks: left to the full path.
            if (part.startsWith(' '))
                decline();
            if (seenContent)
                value += breaks === 0 ? ' ' : '\n'.repeat(breaks);
            else
                value += '\n'.repeat(breaks);
            value += part;
            breaks = 0;
            seenContent = true;
        }
        return value;
    }
}
/** YAML 1.2 double-quoted escapes that stand for one fixed character. */
const SIMPLE_ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\x85',
    _: '\xa0',
    L: '\u2028',
    P: '\u2029',
};

;// CONCATENATED MODULE: ./src/gates/prom-lint/load/text-position.ts
/** Offsets where each line of `text` starts (`\n`, `\r\n` and lone `\r` end lines, as in YAML). */
function lineStartsOf(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            starts.push(i + 1);
        else if (c === 13 && text.charCodeAt(i + 1) !== 10)
            starts.push(i + 1);
    }
    return starts;
}
/** The 1-based line and column of `offset` in a text with these line starts. */
function positionInText(lineStarts, offset) {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((lineStarts[mid] ?? 0) <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/load/yaml-load-error.ts
/** A YAML file that cannot be read as YAML at all, with the place where reading stopped. */

/**
 * A {@link ConfigurationError} that also carries the file and position, so the linter can turn
 * it into a finding on the right line instead of aborting the other files.
 */
class YamlLoadError extends errors/* ConfigurationError */.j {
    file;
    position;
    reason;
    constructor(file, position, reason) {
        super(`${file}:${position.line}:${position.column}: ${reason}`);
        this.file = file;
        this.position = position;
        this.reason = reason;
    }
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/load/parse-yaml.ts
/**
 * YAML text to positioned trees, one per document. The `yaml` package (eemeli/yaml) parses and
 * gives ranges; this module resolves aliases and `<<:` merge keys the way Go's yaml.v3 does and
 * bounds the work a hostile file can cause.
 *
 * Two builders give the same trees: the fast one (block-yaml-tree.ts) scans the plain block YAML
 * most rule files are written in (several times faster on large files); the full one below goes
 * through the package's Document and handles everything else (anchors, aliases, flow
 * collections, tags), including every error and limit message.
 */







// Re-exported: the suppress/ modules and load-rule-file.ts import them from here.

/** A source for a whole file: positions map to themselves. */
function fileSource(text) {
    let lineStarts;
    return {
        text,
        // Found when first asked: the block scanner counts lines itself, and a 10 MB file has
        // 300,000 of them.
        get lineStarts() {
            return (lineStarts ??= lineStartsOf(text));
        },
        toFilePosition: (position) => position,
    };
}
/**
 * Parses every document of a YAML stream (promtool reads only the first; a linter reads all).
 * @param file the path, for messages.
 * @throws YamlLoadError (a ConfigurationError) on a syntax error, an alias bomb, nesting deeper
 *   than {@link MAX_NESTING_DEPTH}, or a text over 100 MB.
 */
function parseYamlDocuments(file, source) {
    // Characters never outnumber UTF-8 bytes, so this refuses every text over the limit in chars;
    // the I/O edge refuses by byte size (stat) before reading.
    checkRuleFileSize(file, source.text.length);
    // The block scanner first: it loads promtool's rules_large.yml many times faster than the package.
    const fast = treesFromBlockYaml(source);
    if (fast !== undefined)
        return fast.map((root, i) => ({ root, index: i + 1, source }));
    return parseYamlDocumentsFully(file, source);
}
/**
 * {@link parseYamlDocuments} through the `yaml` package's Document for every input: the path
 * for everything the block scanner declines, and the reference it is tested against.
 */
function parseYamlDocumentsFully(file, source) {
    checkRuleFileSize(file, source.text.length);
    const at = (offset) => source.toFilePosition(positionInText(source.lineStarts, offset));
    let documents;
    try {
        // uniqueKeys off: duplicates are reported by the schema check with both places, as yaml.v3.
        documents = (0,dist/* parseAllDocuments */.hR)(source.text, {
            uniqueKeys: false,
            merge: false,
            prettyErrors: false,
        });
    }
    catch (error) {
        throw new YamlLoadError(file, at(0), `cannot parse YAML: ${String(error)}`);
    }
    if (!Array.isArray(documents))
        return [];
    return documents.map((document, i) => {
        const error = document.errors[0];
        if (error !== undefined) {
            const reason = error.message.split('\n')[0] ?? error.message;
            const tooDeep = error.code === 'RESOURCE_EXHAUSTION';
            throw new YamlLoadError(file, at(error.pos[0]), tooDeep
                ? `YAML nesting too deep or too large to parse: ${reason}`
                : `YAML syntax error: ${reason}`);
        }
        const builder = new TreeBuilder(file, source, document, at);
        const root = document.contents === null ? undefined : builder.build(document.contents, 0);
        return { root, index: i + 1, source };
    });
}
/** Converts one document, memoizing anchored nodes so an alias costs nothing to share. */
class TreeBuilder {
    file;
    source;
    document;
    at;
    memo = new Map();
    inProgress = new Set();
    constructor(file, source, document, at) {
        this.file = file;
        this.source = source;
        this.document = document;
        this.at = at;
    }
    build(node, depth) {
        return this.convert(node, depth).node;
    }
    fail(offset, reason) {
        throw new YamlLoadError(this.file, this.at(offset), reason);
    }
    convert(node, depth) {
        const start = node.range?.[0] ?? 0;
        if (depth > MAX_NESTING_DEPTH) {
            this.fail(start, `YAML nesting deeper than ${MAX_NESTING_DEPTH} levels`);
        }
        if ((0,dist/* isAlias */.Vj)(node))
            return this.convertAlias(node, depth);
        const cached = this.memo.get(node);
        if (cached !== undefined)
            return cached;
        if (this.inProgress.has(node))
            this.fail(start, 'YAML alias refers to itself');
        this.inProgress.add(node);
        let result;
        if ((0,dist/* isScalar */.jn)(node)) {
            result = { node: this.scalar(node), size: 1 };
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            const items = [];
            let size = 1;
            for (const item of node.items) {
                const converted = (0,dist/* isAlias */.Vj)(item) || (0,dist/* isScalar */.jn)(item) || (0,dist/* isMap */.jh)(item) || (0,dist/* isSeq */.oP)(item)
                    ? this.convert(item, depth + 1)
                    : { node: this.nullScalar(start), size: 1 };
                items.push(converted.node);
                size = this.grow(size, converted.size, start);
            }
            result = { node: { kind: 'seq', items, position: this.at(start) }, size };
        }
        else if ((0,dist/* isMap */.jh)(node)) {
            result = this.map(node, depth);
        }
        else {
            result = { node: this.nullScalar(start), size: 1 };
        }
        this.inProgress.delete(node);
        this.memo.set(node, result);
        return result;
    }
    grow(size, more, offset) {
        const total = size + more;
        if (total > MAX_EXPANDED_NODES) {
            this.fail(offset, `YAML expands to more than ${MAX_EXPANDED_NODES} nodes through aliases (an alias bomb?)`);
        }
        return total;
    }
    convertAlias(alias, depth) {
        const target = alias.resolve(this.document);
        const start = alias.range?.[0] ?? 0;
        if (target === undefined)
            this.fail(start, `unknown anchor '${alias.source}' referenced`);
        return this.convert(target, depth);
    }
    map(node, depth) {
        const start = node.range?.[0] ?? 0;
        if (!(0,dist/* isMap */.jh)(node))
            return { node: this.nullScalar(start), size: 1 };
        const assembler = new MapAssembler((offset, reason) => this.fail(offset, reason));
        let size = 1;
        for (const pair of node.items) {
            const keyNode = pair.key;
            const key = (0,dist/* isScalar */.jn)(keyNode)
                ? this.scalar(keyNode)
                : this.nullScalar((0,dist/* isAlias */.Vj)(keyNode) || (0,dist/* isMap */.jh)(keyNode) || (0,dist/* isSeq */.oP)(keyNode)
                    ? (keyNode.range?.[0] ?? start)
                    : start);
            const valueOffset = key.sourceEnd;
            const valueNode = pair.value;
            const value = (0,dist/* isAlias */.Vj)(valueNode) || (0,dist/* isScalar */.jn)(valueNode) || (0,dist/* isMap */.jh)(valueNode) || (0,dist/* isSeq */.oP)(valueNode)
                ? this.convert(valueNode, depth + 1)
                : { node: this.nullScalar(valueOffset), size: 1 };
            size = this.grow(size, value.size + 1, start);
            assembler.add(key, value.node);
        }
        return { node: assembler.finish(this.at(start)), size };
    }
    scalar(node) {
        const [start, end] = [node.range?.[0] ?? 0, node.range?.[1] ?? 0];
        return scalarNode(node.value, styleOf(node.type), start, end, this.source, this.at(start));
    }
    nullScalar(offset) {
        return nullScalarAt(offset, this.source, this.at(offset));
    }
}

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
    return source.toFilePosition(positionInText(source.lineStarts, sourceOffset));
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

;// CONCATENATED MODULE: ./src/gates/prom-lint/promql/functions.ts
/**
 * PromQL function signatures, modelled on Prometheus' `promql/parser/functions.go` (main branch,
 * late 2025). The grammar of `@prometheus-io/lezer-promql` knows the names but not the types, so the
 * type checker needs this table to reject `rate(foo)` the way `promtool check rules` does.
 */
const S = 'scalar';
const V = 'instant vector';
const M = 'range vector';
const STR = 'string';
function fn(argTypes, returnType = V, variadic = 0, experimental = false) {
    return { argTypes, variadic, returnType, experimental };
}
const vectorToVector = [
    'abs',
    'absent',
    'acos',
    'acosh',
    'asin',
    'asinh',
    'atan',
    'atanh',
    'ceil',
    'cos',
    'cosh',
    'deg',
    'exp',
    'floor',
    'histogram_avg',
    'histogram_count',
    'histogram_sum',
    'histogram_stddev',
    'histogram_stdvar',
    'ln',
    'log10',
    'log2',
    'rad',
    'sgn',
    'sin',
    'sinh',
    'sort',
    'sort_desc',
    'sqrt',
    'tan',
    'tanh',
    'timestamp',
];
const rangeToVector = [
    'absent_over_time',
    'avg_over_time',
    'changes',
    'count_over_time',
    'delta',
    'deriv',
    'idelta',
    'increase',
    'irate',
    'last_over_time',
    'max_over_time',
    'min_over_time',
    'present_over_time',
    'rate',
    'resets',
    'stddev_over_time',
    'stdvar_over_time',
    'sum_over_time',
];
const experimentalRangeToVector = [
    'first_over_time',
    'mad_over_time',
    'ts_of_first_over_time',
    'ts_of_max_over_time',
    'ts_of_min_over_time',
    'ts_of_last_over_time',
];
/**
 * The functions that measure change over a range (per second, in total, or as a count of
 * changes and resets): 0 whenever nothing happened in the range, and never the input's metric.
 */
const RANGE_CHANGE_FUNCTIONS = [
    'rate',
    'irate',
    'increase',
    'delta',
    'idelta',
    'deriv',
    'changes',
    'resets',
];
/**
 * The calendar functions (`hour()`, `day_of_week()`, ...): their vector argument is optional and
 * defaults to `vector(time())`.
 */
const TIME_COMPONENT_FUNCTIONS = [
    'days_in_month',
    'day_of_month',
    'day_of_week',
    'day_of_year',
    'hour',
    'minute',
    'month',
    'year',
];
/** Every function PromQL knows, by name, with its signature. */
const PROMQL_FUNCTIONS = new Map([
    ...vectorToVector.map((name) => [name, fn([V])]),
    ...rangeToVector.map((name) => [name, fn([M])]),
    ...experimentalRangeToVector.map((name) => [name, fn([M], V, 0, true)]),
    ...TIME_COMPONENT_FUNCTIONS.map((name) => [name, fn([V], V, 1)]),
    ['clamp', fn([V, S, S])],
    ['clamp_max', fn([V, S])],
    ['clamp_min', fn([V, S])],
    ['histogram_fraction', fn([S, S, V])],
    ['histogram_quantile', fn([S, V])],
    ['histogram_quantiles', fn([V, STR, S, S], V, 9, true)],
    ['double_exponential_smoothing', fn([M, S, S], V, 0, true)],
    ['info', fn([V, V], V, 1, true)],
    ['integral', fn([M, S], V, 1, true)],
    ['label_replace', fn([V, STR, STR, STR, STR])],
    ['label_join', fn([V, STR, STR, STR], V, -1)],
    ['pi', fn([], S)],
    ['predict_linear', fn([M, S])],
    ['quantile_over_time', fn([S, M])],
    ['round', fn([V, S], V, 1)],
    ['scalar', fn([V], S)],
    ['sort_by_label', fn([V, STR], V, -1, true)],
    ['sort_by_label_desc', fn([V, STR], V, -1, true)],
    ['start', fn([], S, 0, true)],
    ['end', fn([], S, 0, true)],
    ['range', fn([], S, 0, true)],
    ['step', fn([], S, 0, true)],
    ['time', fn([], S)],
    ['vector', fn([S])],
]);
/** Aggregation operators that take a parameter before the vector, with the parameter's type. */
const AGGREGATION_PARAMETER_TYPES = new Map([
    ['topk', S],
    ['bottomk', S],
    ['quantile', S],
    ['limitk', S],
    ['limit_ratio', S],
    ['count_values', STR],
]);
/** Aggregations behind Prometheus' `promql-experimental-functions` feature flag. */
const EXPERIMENTAL_AGGREGATIONS = new Set(['limitk', 'limit_ratio']);

// EXTERNAL MODULE: ./node_modules/@prometheus-io/lezer-promql/dist/index.es.js + 3 modules
var index_es = __webpack_require__(86828);
;// CONCATENATED MODULE: ./src/gates/prom-lint/promql/tree.ts

/**
 * lezer-promql finds keywords by looking identifiers up in plain objects, so `constructor` and
 * `__proto__` find Object.prototype's members and the parse fails where Prometheus accepts a
 * metric of that name. Its specializers are wrapped (LRParser.configure) to see no keyword in a
 * name Object.prototype owns. The grammar's specializers are read from the parser: lezer does
 * not type that field, so it is read through a cast, and a grammar without it is left as it is.
 */
const INHERITED_NAMES = new Set(
// Looked up lowercased, so only lowercase members can be hit: `constructor`, `__proto__`.
Object.getOwnPropertyNames(Object.prototype).filter((name) => name === name.toLowerCase()));
/** Their lengths: most identifiers are told apart without lowercasing them. */
const INHERITED_LENGTHS = new Set([...INHERITED_NAMES].map((n) => n.length));
const promqlParser = (() => {
    const specs = index_es/* parser */.K3D
        .specializerSpecs;
    const externals = (specs ?? []).flatMap((spec) => typeof spec.external === 'function'
        ? [spec.external]
        : []);
    return index_es/* parser */.K3D.configure({
        specializers: externals.map((external) => ({
            from: external,
            to: (value, stack) => INHERITED_LENGTHS.has(value.length) && INHERITED_NAMES.has(value.toLowerCase())
                ? -1
                : external(value, stack),
        })),
    });
})();
/** Five fields a node: thousands of rules' trees stay in memory for the suite checks. */
class LinkedNode {
    type;
    from;
    to;
    firstChild = null;
    nextSibling = null;
    constructor(type, from, to) {
        this.type = type;
        this.from = from;
        this.to = to;
    }
    get name() {
        return this.type.name;
    }
    get lastChild() {
        let child = this.firstChild;
        while (child?.nextSibling != null)
            child = child.nextSibling;
        return child;
    }
}
/** Copies a lezer tree (named nodes only, as `SyntaxNode` navigation sees it) in one cursor walk. */
function linkedTreeOf(tree) {
    const cursor = tree.cursor();
    const top = new LinkedNode(cursor.type, cursor.from, cursor.to);
    const parents = [top];
    // The last child linked so far under each parent of `parents`.
    const lasts = [null];
    if (cursor.firstChild()) {
        walk: for (;;) {
            const node = new LinkedNode(cursor.type, cursor.from, cursor.to);
            const depth = parents.length - 1;
            const last = lasts[depth] ?? null;
            if (last === null)
                parents[depth].firstChild = node;
            else
                last.nextSibling = node;
            lasts[depth] = node;
            if (cursor.firstChild()) {
                parents.push(node);
                lasts.push(null);
                continue;
            }
            while (!cursor.nextSibling()) {
                cursor.parent();
                parents.pop();
                lasts.pop();
                if (parents.length === 0)
                    break walk;
            }
        }
    }
    return top;
}
/** Parses `text` as PromQL (never throws; syntax errors are error nodes in the tree). */
function tree_parsePromQL(text) {
    return { text, top: linkedTreeOf(promqlParser.parse(text)), answers: [] };
}
/** Calls `enter` on every node, parents before children, in source order. */
function forEachNode(parsed, enter) {
    const visit = (node) => {
        enter(node);
        for (let child = node.firstChild; child !== null; child = child.nextSibling)
            visit(child);
    };
    visit(parsed.top);
}
const POSTFIX_KINDS = {
    MatrixSelector: 'matrix',
    SubqueryExpr: 'subquery',
    OffsetExpr: 'offset',
    StepInvariantExpr: 'at',
    AnchoredExpr: 'anchored',
    SmoothedExpr: 'smoothed',
};
const PLAIN_KINDS = {
    NumberDurationLiteral: 'number',
    StringLiteral: 'string',
    VectorSelector: 'selector',
    ParenExpr: 'paren',
    UnaryExpr: 'unary',
    FunctionCall: 'call',
    AggregateExpr: 'aggregate',
    BinaryExpr: 'binary',
};
function applyPostfix(postfix, kind, operand) {
    if (operand.kind === 'binary' || operand.kind === 'unary') {
        const last = operand.children[operand.children.length - 1];
        if (last !== undefined) {
            const moved = applyPostfix(postfix, kind, last);
            return { ...operand, children: [...operand.children.slice(0, -1), moved], to: moved.to };
        }
    }
    return { kind, node: postfix, children: [operand], from: operand.from, to: postfix.to };
}
function buildNode(node) {
    const postfixKind = POSTFIX_KINDS[node.name];
    const operands = node.name === 'FunctionCall' || node.name === 'AggregateExpr'
        ? exprChildren(childNamed(node, 'FunctionCallBody') ?? node)
        : exprChildren(node);
    const children = operands.map(buildNode);
    const first = children[0];
    if (postfixKind !== undefined && first !== undefined)
        return applyPostfix(node, postfixKind, first);
    return { kind: PLAIN_KINDS[node.name] ?? 'other', node, children, from: node.from, to: node.to };
}
/** Marks a question not yet answered for a parse (an answer may itself be undefined). */
const UNANSWERED = Symbol('unanswered');
/** Slots in `ParsedPromQL.answers`, one per memoized question. */
let questions = 0;
/**
 * `answer(parsed)` computed once per parse and per question: a dozen checks ask for the same
 * tree and the same node lists of every expression. The answers live on the parse itself (not in
 * a WeakMap: weak tables of hundreds of thousands of entries cost the garbage collector dearly).
 */
function memoizedPerParse(answer) {
    const slot = questions++;
    return (parsed) => {
        const answers = parsed.answers;
        const known = slot < answers.length ? answers[slot] : UNANSWERED;
        if (known !== UNANSWERED)
            return known;
        const result = answer(parsed);
        while (answers.length <= slot)
            answers.push(UNANSWERED);
        answers[slot] = result;
        return result;
    };
}
/**
 * The normalised tree of a parsed expression, or undefined for an empty one. Built once per
 * parse and shared: treat it as read-only.
 */
const promTree = memoizedPerParse((parsed) => {
    const top = parsed.top.firstChild;
    return top === null ? undefined : buildNode(top);
});
/**
 * The value of a number literal, through parentheses and a sign (`-(0.5)`), or undefined for
 * anything else: thresholds and clamp bounds are compared by value, however they are written.
 * @example numberLiteral(parsed, root) // -0.5 for `-(0.5)`
 */
function numberLiteral(parsed, node) {
    if (node.kind === 'number') {
        const value = Number(nodeText(parsed, node.node).replace(/_/gu, ''));
        return Number.isNaN(value) ? undefined : value;
    }
    const [only] = node.children;
    if (only === undefined || node.children.length !== 1)
        return undefined;
    if (node.kind === 'paren')
        return numberLiteral(parsed, only);
    if (node.kind === 'unary') {
        const value = numberLiteral(parsed, only);
        const minus = parsed.text.slice(node.from, only.from).includes('-');
        return value === undefined ? undefined : minus ? -value : value;
    }
    return undefined;
}
/** Every node of the normalised tree, parents before children. */
function allNodes(root) {
    const result = [];
    const visit = (n) => {
        result.push(n);
        n.children.forEach(visit);
    };
    if (root !== undefined)
        visit(root);
    return result;
}
/** The text a node covers. */
function nodeText(parsed, node) {
    return parsed.text.slice(node.from, node.to);
}
/**
 * The first direct child of this type or group, or null: lezer's `getChild` over linked nodes
 * (lezer's builds a cursor and an array of every match; the checks ask thousands of times per
 * file).
 */
function childNamed(node, name) {
    if (node === null || node === undefined)
        return null;
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
        if (child.type.is(name))
            return child;
    }
    return null;
}
/** Every direct child of this type or group, in source order (lezer's `getChildren`). */
function childrenNamed(node, name) {
    const result = [];
    if (node === null || node === undefined)
        return result;
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
        if (child.type.is(name))
            result.push(child);
    }
    return result;
}
/** The direct children of a node that are expressions (the grammar's `Expr` group). */
function exprChildren(node) {
    return childrenNamed(node, 'Expr');
}
/** All nodes of the given grammar name, in source order (a walk of the tree: no index is kept per parse). */
function nodesNamed(parsed, name) {
    const found = [];
    forEachNode(parsed, (node) => {
        if (node.name === name)
            found.push(node);
    });
    return found;
}
/**
 * Unquotes a PromQL string literal. Go's escapes are close enough to JavaScript's for matcher
 * values; raw (backtick) strings are taken as they are.
 */
function unquotePromString(literal) {
    if (literal.length < 2)
        return literal;
    const body = literal.slice(1, -1);
    if (literal.startsWith('`'))
        return body;
    return body.replace(/\\(.)/gu, (_match, ch) => {
        const escapes = {
            n: '\n',
            t: '\t',
            r: '\r',
            '\\': '\\',
            '"': '"',
            "'": "'",
        };
        return escapes[ch] ?? ch;
    });
}
function matcherOf(parsed, node) {
    const nameNode = childNamed(node, 'LabelName') ?? childNamed(node, 'QuotedLabelName');
    const opNode = childNamed(node, 'MatchOp');
    const valueNode = childNamed(node, 'StringLiteral');
    if (nameNode === null || opNode === null || valueNode === null)
        return undefined;
    const rawName = nodeText(parsed, nameNode);
    const op = nodeText(parsed, opNode);
    if (op !== '=' && op !== '!=' && op !== '=~' && op !== '!~')
        return undefined;
    return {
        name: nameNode.name === 'QuotedLabelName' ? unquotePromString(rawName) : rawName,
        op,
        value: unquotePromString(nodeText(parsed, valueNode)),
        from: node.from,
        to: node.to,
    };
}
/** The metric name and matchers of a `VectorSelector` node. */
function selectorParts(parsed, node) {
    const identifier = childNamed(node, 'Identifier');
    let metricName = identifier === null ? undefined : nodeText(parsed, identifier);
    const matchers = [];
    const list = childNamed(node, 'LabelMatchers');
    for (let child = list?.firstChild ?? null; child !== null; child = child.nextSibling) {
        if (child.name === 'QuotedLabelName') {
            // `{"metric.name"}`: a quoted metric name inside the braces (UTF-8 names, Prometheus 3).
            metricName ??= unquotePromString(nodeText(parsed, child));
        }
        else if (child.name === 'UnquotedLabelMatcher' || child.name === 'QuotedLabelMatcher') {
            const matcher = matcherOf(parsed, child);
            if (matcher !== undefined)
                matchers.push(matcher);
        }
    }
    return { metricName, matchers };
}
/** Every vector selector, with its range when it is the inside of a range selector. */
const selectors = memoizedPerParse((parsed) => {
    const result = [];
    const visit = (n, rangeOf) => {
        if (n.kind === 'selector') {
            const rangeNode = childNamed(rangeOf?.node, 'DurationExpr') ?? null;
            const { metricName, matchers } = selectorParts(parsed, n.node);
            result.push({
                metricName,
                matchers,
                range: rangeNode === null ? undefined : nodeText(parsed, rangeNode),
                from: n.from,
                to: rangeOf?.to ?? n.to,
                node: n.node,
            });
        }
        for (const child of n.children)
            visit(child, n.kind === 'matrix' ? n : undefined);
    };
    const root = promTree(parsed);
    if (root !== undefined)
        visit(root, undefined);
    return result;
});
/** Every function call, with its name as written and its argument nodes. */
const functionCalls = memoizedPerParse((parsed) => nodesNamed(parsed, 'FunctionCall').map((node) => {
    const identifier = childNamed(node, 'FunctionIdentifier');
    const body = childNamed(node, 'FunctionCallBody');
    return {
        name: identifier === null ? '' : nodeText(parsed, identifier),
        args: body === null ? [] : exprChildren(body),
        from: node.from,
        to: node.to,
        node,
    };
}));
/** Every aggregation, with its `by`/`without` labels. */
const aggregations = memoizedPerParse((parsed) => nodesNamed(parsed, 'AggregateExpr').map((node) => {
    const opNode = childNamed(node, 'AggregateOp');
    const modifier = childNamed(node, 'AggregateModifier');
    const body = childNamed(node, 'FunctionCallBody');
    const labels = childNamed(modifier, 'GroupingLabels');
    const labelNames = [];
    for (let child = labels?.firstChild ?? null; child !== null; child = child.nextSibling) {
        if (child.name === 'LabelName')
            labelNames.push(nodeText(parsed, child));
        if (child.name === 'QuotedLabelName')
            labelNames.push(unquotePromString(nodeText(parsed, child)));
    }
    return {
        op: opNode === null ? '' : nodeText(parsed, opNode).toLowerCase(),
        grouping: modifier === null ? undefined : childNamed(modifier, 'By') !== null ? 'by' : 'without',
        labels: labelNames,
        args: body === null ? [] : exprChildren(body),
        from: node.from,
        to: node.to,
        node,
    };
}));
/**
 * The comparison operators by lezer-promql node name, with the symbol PromQL writes: the checks
 * that look for thresholds and filters know them by node, and show them by symbol.
 */
const COMPARISON_OPERATORS = new Map([
    ['Eql', '=='],
    ['Neq', '!='],
    ['Gtr', '>'],
    ['Lss', '<'],
    ['Gte', '>='],
    ['Lte', '<='],
]);
/**
 * The arithmetic operators by lezer-promql node name: NaN in gives NaN out, and the result loses
 * the metric name (engine.go shouldDropMetricName).
 */
const ARITHMETIC_OPERATORS = new Set([
    'Add',
    'Sub',
    'Mul',
    'Div',
    'Mod',
    'Pow',
    'Atan2',
]);
/** The operator node of a `BinaryExpr` (the first child that is not an expression). */
function binaryOperator(node) {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
        if (!child.type.is('Expr'))
            return child;
    }
    return undefined;
}
function numberValue(parsed, node) {
    let inner = node;
    while (inner.name === 'ParenExpr') {
        const child = exprChildren(inner)[0];
        if (child === undefined)
            return undefined;
        inner = child;
    }
    if (inner.name !== 'NumberDurationLiteral')
        return undefined;
    const value = Number(nodeText(parsed, inner).replace(/_/gu, ''));
    return Number.isNaN(value) ? undefined : value;
}
/** Every comparison, with the threshold when one side is a number. */
const comparisons = memoizedPerParse((parsed) => {
    const result = [];
    for (const node of nodesNamed(parsed, 'BinaryExpr')) {
        const opNode = binaryOperator(node);
        const op = opNode === undefined ? undefined : COMPARISON_OPERATORS.get(opNode.name);
        const [lhs, rhs] = exprChildren(node);
        if (op === undefined || lhs === undefined || rhs === undefined)
            continue;
        result.push({
            op,
            bool: childNamed(node, 'BoolModifier') !== null,
            lhs,
            rhs,
            threshold: numberValue(parsed, rhs) ?? numberValue(parsed, lhs),
            from: node.from,
            to: node.to,
            node,
        });
    }
    return result;
});

;// CONCATENATED MODULE: ./src/gates/prom-lint/promql/semantics.ts


const COMPARISON_OPS = new Set(['Eql', 'Neq', 'Gtr', 'Lss', 'Gte', 'Lte']);
const SET_OPS = new Set(['And', 'Or', 'Unless']);
/** The Go `ValueType.String()` spelling, which the subquery message prints instead of the documented name. */
const GO_TYPE_NAME = {
    scalar: 'scalar',
    'instant vector': 'vector',
    'range vector': 'matrix',
    string: 'string',
};
/** A Prometheus duration literal: units in order y, w, d, h, m, s, ms. */
const DURATION_PATTERN = /^(?:\d+y)?(?:\d+w)?(?:\d+d)?(?:\d+h)?(?:\d+m)?(?:\d+s)?(?:\d+ms)?$/u;
/**
 * Why Go's RE2 rejects a label regex, or undefined when it compiles. JavaScript's engine stands in
 * for RE2; the Perl constructs RE2 lacks (lookaround, backreferences) are refused explicitly.
 */
function regexError(value) {
    if (/\(\?<?[=!]/u.test(value))
        return 'invalid or unsupported Perl syntax: `(?=`';
    if (/(?:^|[^\\])\\[1-9]/u.test(value))
        return 'invalid escape sequence: backreferences are not supported';
    // RE2 caps counted repetition at 1000.
    const repeat = /\{(\d+)(?:,(\d*))?\}/u.exec(value);
    if (repeat !== null && (Number(repeat[1]) > 1000 || Number(repeat[2] ?? 0) > 1000))
        return `invalid repeat count: \`${repeat[0]}\``;
    try {
        new RegExp(`^(?:${toJavaScriptRegex(value)})$`);
        return undefined;
    }
    catch (caught) {
        const message = caught instanceof Error ? caught.message : 'invalid regular expression';
        const reason = message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /su, '');
        return reason.charAt(0).toLowerCase() + reason.slice(1);
    }
}
/** Rewrites the RE2 syntax JavaScript lacks: flag groups `(?i)`, `(?i:...)`, and `(?P<name>`. */
function toJavaScriptRegex(value) {
    return value
        .replace(/\(\?[imsU-]+\)/gu, '')
        .replace(/\(\?[imsU-]+:/gu, '(?:')
        .replace(/\(\?P</gu, '(?<');
}
/** Whether a matcher accepts the empty string, as Prometheus' `Matcher.Matches("")`. */
function matchesEmpty(op, value) {
    if (op === '=')
        return value === '';
    if (op === '!=')
        return value !== '';
    let regexMatches;
    try {
        // Prometheus anchors label regexes at both ends; RE2 and JavaScript agree on this subset.
        regexMatches = new RegExp(`^(?:${toJavaScriptRegex(value)})$`).test('');
    }
    catch {
        regexMatches = false;
    }
    return op === '=~' ? regexMatches : !regexMatches;
}
function labelsOf(parsed, labels) {
    const names = [];
    for (let child = labels?.firstChild ?? null; child !== null; child = child.nextSibling) {
        if (child.name === 'LabelName' || child.name === 'QuotedLabelName')
            names.push(nodeText(parsed, child));
    }
    return names;
}
/** Runs the type checks over a tree that parsed without syntax errors. */
function semanticDiagnostics(parsed, options = {}) {
    const diagnostics = [];
    const experimental = options.experimentalFunctions === true;
    const error = (from, to, message, check = 'promql/type') => {
        diagnostics.push({ severity: 'error', check, message, from, to });
    };
    const checkSelector = (n) => {
        const { metricName, matchers } = selectorParts(parsed, n.node);
        for (const matcher of matchers) {
            const problem = matcher.op === '=~' || matcher.op === '!~' ? regexError(matcher.value) : undefined;
            if (problem !== undefined)
                error(matcher.from, matcher.to, `error parsing regexp: ${problem}`, 'promql/syntax');
        }
        const nameMatcher = matchers.find((m) => m.name === '__name__');
        if (metricName !== undefined) {
            if (childNamed(n.node, 'Identifier') !== null && nameMatcher !== undefined) {
                error(n.from, n.to, `metric name must not be set twice: ${JSON.stringify(metricName)} or ${JSON.stringify(nameMatcher.value)}`);
            }
            return;
        }
        if (!matchers.some((m) => !matchesEmpty(m.op, m.value))) {
            error(n.from, n.to, 'vector selector must contain at least one non-empty matcher');
        }
    };
    /** Durations inside `[...]` and after `offset`: literals (with a sign after offset) are standard; arithmetic needs a feature flag. */
    const checkDuration = (node) => {
        if (node === null)
            return;
        let inner = node;
        while (inner !== null && inner.name === 'OffsetDurationExpr')
            inner = inner.lastChild;
        const isOffset = node.name === 'OffsetDurationExpr';
        const literal = isOffset
            ? inner
            : node.firstChild?.nextSibling === null
                ? node.firstChild
                : null;
        if (literal?.name !== 'NumberDurationLiteralInDurationContext') {
            if (!experimental)
                error(node.from, node.to, 'experimental duration expression is not enabled', 'promql/experimental');
            return;
        }
        const value = nodeText(parsed, literal);
        // A bare number is seconds only with the duration-expression feature; promtool 2.42 rejects it.
        if (!DURATION_PATTERN.test(value)) {
            if (!experimental)
                error(literal.from, literal.to, 'missing unit character in duration', 'promql/syntax');
            return;
        }
        if (/^(?:0+[a-z]+)+$/u.test(value))
            error(literal.from, literal.to, 'duration must be greater than 0', 'promql/syntax');
    };
    /** `@ <t>` needs a finite time that fits Prometheus' int64 milliseconds. */
    const checkTimestamp = (literal) => {
        const raw = nodeText(parsed, literal).toLowerCase().replace(/_/gu, '');
        const unsigned = raw.replace(/^[+-]/u, '');
        const sign = raw.startsWith('-') ? -1 : 1;
        const value = unsigned === 'inf' ? sign * Infinity : unsigned === 'nan' ? NaN : Number(raw);
        if (Number.isFinite(value) && Math.abs(value * 1000) <= 9.2e18)
            return;
        const shown = Number.isNaN(value)
            ? 'NaN'
            : value === Infinity
                ? '+Inf'
                : value === -Infinity
                    ? '-Inf'
                    : value.toFixed(6);
        error(literal.from, literal.to, `timestamp out of bounds for @ modifier: ${shown}`, 'promql/syntax');
    };
    /** `offset` and `@` apply to selectors and subqueries only, and once each. */
    const checkModifier = (n, operand) => {
        const isOffset = n.kind === 'offset';
        let base = operand;
        const seen = new Set();
        while ((base.kind === 'offset' || base.kind === 'at') && base.children[0] !== undefined) {
            seen.add(base.kind);
            base = base.children[0];
        }
        const type = typeOf(operand);
        if (base.kind !== 'selector' && base.kind !== 'matrix' && base.kind !== 'subquery') {
            error(n.from, n.to, `${isOffset ? 'offset' : '@'} modifier must be preceded by an instant vector selector or range vector selector or a subquery`, 'promql/syntax');
        }
        else if (seen.has(n.kind)) {
            error(n.from, n.to, isOffset
                ? 'offset may not be set multiple times'
                : '@ <timestamp> may not be set multiple times', 'promql/syntax');
        }
        if (isOffset)
            checkDuration(childNamed(n.node, 'OffsetDurationExpr'));
        const timestamp = isOffset ? null : childNamed(n.node, 'NumberDurationLiteral');
        if (timestamp !== null)
            checkTimestamp(timestamp);
        return type;
    };
    const checkCall = (n) => {
        const nameNode = childNamed(n.node, 'FunctionIdentifier');
        const name = nameNode === null ? '' : nodeText(parsed, nameNode);
        const args = n.children;
        const fn = PROMQL_FUNCTIONS.get(name);
        if (fn === undefined) {
            args.forEach(typeOf);
            error(n.from, n.to, `unknown function with name ${JSON.stringify(name)}`, 'promql/syntax');
            return 'instant vector';
        }
        if (fn.experimental && !experimental) {
            error(nameNode?.from ?? n.from, nameNode?.to ?? n.to, `function ${JSON.stringify(name)} is not enabled`, 'promql/experimental');
        }
        const declared = fn.argTypes.length;
        const quoted = JSON.stringify(name);
        if (fn.variadic === 0) {
            if (declared !== args.length)
                error(n.from, n.to, `expected ${declared} argument(s) in call to ${quoted}, got ${args.length}`);
        }
        else if (declared - 1 > args.length) {
            error(n.from, n.to, `expected at least ${declared - 1} argument(s) in call to ${quoted}, got ${args.length}`);
        }
        else if (fn.variadic > 0 && declared - 1 + fn.variadic < args.length) {
            error(n.from, n.to, `expected at most ${declared - 1 + fn.variadic} argument(s) in call to ${quoted}, got ${args.length}`);
        }
        args.forEach((arg, index) => {
            if (index >= declared && fn.variadic === 0) {
                typeOf(arg);
                return;
            }
            if (name === 'info' && index === 1) {
                // info()'s second argument is a label-only selector, exempt from the non-empty matcher rule.
                if (arg.kind !== 'selector')
                    error(arg.from, arg.to, 'expected label selectors only');
                else if (childNamed(arg.node, 'Identifier') !== null)
                    error(arg.from, arg.to, 'expected label selectors only, got vector selector instead');
                return;
            }
            const want = fn.argTypes[Math.min(index, declared - 1)];
            const got = typeOf(arg);
            if (want !== undefined && got !== want)
                error(arg.from, arg.to, `expected type ${want} in call to function ${quoted}, got ${got}`);
        });
        return fn.returnType;
    };
    const expectType = (n, want, context) => {
        const got = typeOf(n);
        if (got !== want)
            error(n.from, n.to, `expected type ${want} in ${context}, got ${got}`);
    };
    const checkAggregation = (n) => {
        const opNode = childNamed(n.node, 'AggregateOp');
        const op = opNode === null ? '' : nodeText(parsed, opNode).toLowerCase();
        const args = n.children;
        if (EXPERIMENTAL_AGGREGATIONS.has(op) && !experimental) {
            error(n.from, n.to, 'limitk() and limit_ratio() are experimental and must be enabled with --enable-feature=promql-experimental-functions', 'promql/experimental');
        }
        const paramType = AGGREGATION_PARAMETER_TYPES.get(op);
        const expected = paramType === undefined ? 1 : 2;
        if (args.length !== expected) {
            args.forEach(typeOf);
            error(n.from, n.to, `wrong number of arguments for aggregate expression provided, expected ${expected}, got ${args.length}`);
            return;
        }
        const [first, second] = args;
        if (paramType !== undefined && first !== undefined && second !== undefined) {
            expectType(second, 'instant vector', 'aggregation expression');
            expectType(first, paramType, 'aggregation parameter');
        }
        else if (first !== undefined) {
            expectType(first, 'instant vector', 'aggregation expression');
        }
    };
    const checkBinary = (n) => {
        const [lhs, rhs] = n.children;
        const opNode = binaryOperator(n.node);
        if (lhs === undefined || rhs === undefined || opNode === undefined)
            return 'instant vector';
        const lt = typeOf(lhs);
        const rt = typeOf(rhs);
        const opName = opNode.name;
        const opText = nodeText(parsed, opNode).toLowerCase();
        // The operator with its modifiers, as Prometheus' opRange() (between the operands, trimmed).
        let opEnd = opNode.to;
        for (let child = opNode.nextSibling; child !== null && child.from < rhs.from; child = child.nextSibling)
            opEnd = child.to;
        const isComparison = COMPARISON_OPS.has(opName);
        const isSet = SET_OPS.has(opName);
        const bool = childNamed(n.node, 'BoolModifier') !== null;
        const matching = childNamed(n.node, 'MatchingModifierClause');
        const fill = childNamed(n.node, 'FillModifier');
        const grouped = matching !== null &&
            (childNamed(matching, 'GroupLeft') !== null || childNamed(matching, 'GroupRight') !== null);
        if ((opName === 'TrimUpper' || opName === 'TrimLower') && !experimental) {
            error(opNode.from, opNode.to, `the ${JSON.stringify(opText)} operator is experimental and not enabled`, 'promql/experimental');
        }
        if (fill !== null && !experimental)
            error(fill.from, fill.to, 'fill modifiers are experimental and not enabled', 'promql/experimental');
        if (bool && !isComparison)
            error(opNode.from, opEnd, 'bool modifier can only be used on comparison operators');
        if (isComparison && !bool && lt === 'scalar' && rt === 'scalar')
            error(opNode.from, opEnd, 'comparisons between scalars must use BOOL modifier');
        const [matchingLabelsNode, includeLabelsNode] = childrenNamed(matching, 'GroupingLabels') ?? [];
        const matchingLabels = labelsOf(parsed, matchingLabelsNode);
        const includeLabels = labelsOf(parsed, includeLabelsNode);
        if (childNamed(matching, 'On') != null) {
            for (const label of matchingLabels) {
                if (includeLabels.includes(label))
                    error(opNode.from, opEnd, `label ${JSON.stringify(label)} must not occur in ON and GROUP clause at once`);
            }
        }
        if (lt !== 'scalar' && lt !== 'instant vector')
            error(lhs.from, lhs.to, 'binary expression must contain only scalar and instant vector types');
        if (rt !== 'scalar' && rt !== 'instant vector')
            error(rhs.from, rhs.to, 'binary expression must contain only scalar and instant vector types');
        if (lt !== 'instant vector' || rt !== 'instant vector') {
            if (matchingLabels.length > 0)
                error(n.from, n.to, 'vector matching only allowed between instant vectors');
            if (fill !== null)
                error(n.from, n.to, 'filling in missing series only allowed between instant vectors');
        }
        else if (isSet) {
            if (grouped)
                error(n.from, n.to, `no grouping allowed for ${JSON.stringify(opText)} operation`);
            if (fill !== null)
                error(n.from, n.to, 'filling in missing series not allowed for set operators');
        }
        if ((lt === 'scalar' || rt === 'scalar') && isSet)
            error(n.from, n.to, `set operator ${JSON.stringify(opText)} not allowed in binary scalar expression`);
        return lt === 'scalar' && rt === 'scalar' ? 'scalar' : 'instant vector';
    };
    function typeOf(n) {
        const operand = n.children[0];
        switch (n.kind) {
            case 'number':
                return 'scalar';
            case 'string':
                return 'string';
            case 'selector':
                checkSelector(n);
                return 'instant vector';
            case 'paren':
                return operand === undefined ? 'instant vector' : typeOf(operand);
            case 'unary': {
                const t = operand === undefined ? 'instant vector' : typeOf(operand);
                if (t !== 'scalar' && t !== 'instant vector') {
                    error(n.from, n.to, `unary expression only allowed on expressions of type scalar or instant vector, got ${JSON.stringify(t)}`);
                }
                return t;
            }
            case 'matrix':
                if (operand?.kind === 'selector')
                    checkSelector(operand);
                else {
                    if (operand !== undefined)
                        typeOf(operand);
                    // Prometheus points at the `[`, where the range starts.
                    const duration = childNamed(n.node, 'DurationExpr');
                    const bracket = duration === null ? -1 : parsed.text.lastIndexOf('[', duration.from);
                    error(bracket >= n.from ? bracket : n.from, n.to, 'ranges only allowed for vector selectors', 'promql/syntax');
                }
                checkDuration(childNamed(n.node, 'DurationExpr'));
                return 'range vector';
            case 'subquery': {
                const t = operand === undefined ? 'instant vector' : typeOf(operand);
                if (t !== 'instant vector')
                    error(n.from, n.to, `subquery is only allowed on instant vector, got ${GO_TYPE_NAME[t]} instead`);
                childrenNamed(n.node, 'DurationExpr').forEach(checkDuration);
                return 'range vector';
            }
            case 'offset':
            case 'at':
                return operand === undefined ? 'instant vector' : checkModifier(n, operand);
            case 'anchored':
            case 'smoothed':
                if (!experimental)
                    error(n.from, n.to, `the ${n.kind} modifier is experimental and not enabled`, 'promql/experimental');
                return operand === undefined ? 'range vector' : typeOf(operand);
            case 'call':
                return checkCall(n);
            case 'aggregate':
                checkAggregation(n);
                return 'instant vector';
            case 'binary':
                return checkBinary(n);
            case 'other':
                return 'instant vector';
        }
    }
    const root = promTree(parsed);
    if (root !== undefined)
        typeOf(root);
    return diagnostics;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/promql/string-escapes.ts
/**
 * Escape sequences in PromQL string literals, checked as Prometheus' lexer checks them
 * (promql/parser/lex.go, scanEscape: Go's escapes, where only the literal's own quote may be
 * escaped). The lezer grammar takes any backslash pair, so `"a\d"` parses there while Prometheus
 * refuses the whole expression. Hand-written: it is a few lines of Go semantics no package has.
 */
/** Go's `%#U` of a character: `U+0064 'd'`. */
function describeRune(ch) {
    const code = ch.codePointAt(0) ?? 0;
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')} '${ch}'`;
}
const string_escapes_SIMPLE_ESCAPES = new Set(['a', 'b', 'f', 'n', 'r', 't', 'v', '\\']);
/** Digits, base and largest value of the numeric escapes, by their letter (octal: any 0-7). */
const NUMERIC_ESCAPES = {
    x: { digits: 2, base: 16, max: 255 },
    u: { digits: 4, base: 16, max: 0x10ffff },
    U: { digits: 8, base: 16, max: 0x10ffff },
};
/**
 * Prometheus' message for the first bad escape of a string literal (quotes included), or
 * undefined when every escape is valid. Raw (backtick) strings have no escapes.
 * @example stringEscapeError('"a\\d"') // "unknown escape sequence U+0064 'd'"
 */
function stringEscapeError(literal) {
    const quote = literal.charAt(0);
    if (quote === '`')
        return undefined;
    const chars = [...literal.slice(1, -1)];
    for (let i = 0; i < chars.length; i += 1) {
        if (chars[i] !== '\\')
            continue;
        i += 1;
        const ch = chars[i];
        if (ch === undefined)
            return 'escape sequence not terminated';
        if (string_escapes_SIMPLE_ESCAPES.has(ch) || ch === quote)
            continue;
        const octal = ch >= '0' && ch <= '7';
        const numeric = octal ? { digits: 3, base: 8, max: 255 } : NUMERIC_ESCAPES[ch];
        if (numeric === undefined)
            return `unknown escape sequence ${describeRune(ch)}`;
        if (!octal)
            i += 1;
        let value = 0;
        for (let n = 0; n < numeric.digits; n += 1, i += 1) {
            // Past the literal's content the lexer meets its closing quote.
            const digit = chars[i] ?? quote;
            const d = Number.parseInt(digit, 16);
            if (Number.isNaN(d) || d >= numeric.base) {
                return `illegal character ${describeRune(digit)} in escape sequence`;
            }
            value = value * numeric.base + d;
        }
        i -= 1;
        if (value > numeric.max || (value >= 0xd800 && value < 0xe000)) {
            return 'escape sequence is an invalid Unicode code point';
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/promql/syntax.ts


/**
 * The innermost bracket still open at the end of `text` (strings and `#` comments skipped), which
 * Prometheus' lexer names in its end-of-input errors ("unclosed left parenthesis").
 */
function unclosedBracket(text) {
    const open = [];
    for (let i = 0; i < text.length; i += 1) {
        const ch = text.charAt(i);
        if (ch === '"' || ch === "'" || ch === '`') {
            let j = i + 1;
            while (j < text.length && text.charAt(j) !== ch)
                j += ch === '`' ? 1 : text.charAt(j) === '\\' ? 2 : 1;
            i = j;
        }
        else if (ch === '#') {
            while (i < text.length && text.charAt(i) !== '\n')
                i += 1;
        }
        else if (ch === '(' || ch === '[' || ch === '{') {
            open.push(ch);
        }
        else if (ch === ')' || ch === ']' || ch === '}') {
            open.pop();
        }
    }
    return open.at(-1);
}
const UNCLOSED_MESSAGES = {
    '(': 'unclosed left parenthesis',
    '[': 'unclosed left bracket',
    '{': 'unexpected end of input inside braces',
};
/** Describes the text at an error node the way Prometheus' parser words its errors. */
function unexpected(text, from, to) {
    const token = text.slice(from, Math.max(to, from + 1)).trim();
    if (from >= text.length || token === '') {
        const bracket = unclosedBracket(text);
        return bracket === undefined
            ? 'unexpected end of input'
            : (UNCLOSED_MESSAGES[bracket] ?? 'unexpected end of input');
    }
    return `unexpected ${JSON.stringify(token.length > 20 ? `${token.slice(0, 20)}…` : token)}`;
}
/** One diagnostic per syntax error; the identifier before `(` is reported as an unknown function. */
function syntaxDiagnostics(parsed) {
    const { text } = parsed;
    const diagnostics = [];
    const seen = new Set();
    if (text.trim() === '') {
        return [
            {
                severity: 'error',
                check: 'promql/syntax',
                message: 'no expression found in input',
                from: 0,
                to: text.length,
            },
        ];
    }
    forEachNode(parsed, (ref) => {
        if (ref.type.isError && !seen.has(ref.from)) {
            seen.add(ref.from);
            diagnostics.push({
                severity: 'error',
                check: 'promql/syntax',
                message: unexpected(text, ref.from, ref.to),
                from: ref.from,
                to: Math.max(ref.to, Math.min(ref.from + 1, text.length)),
            });
        }
        // Prometheus' lexer refuses a bad escape, reporting it at the string's start.
        if (ref.name === 'StringLiteral') {
            const message = stringEscapeError(text.slice(ref.from, ref.to));
            if (message !== undefined) {
                diagnostics.push({
                    severity: 'error',
                    check: 'promql/syntax',
                    message,
                    from: ref.from,
                    to: ref.to,
                });
            }
        }
        // `foo(...)` where foo is no function: the grammar sees a selector followed by junk.
        if (ref.name === 'VectorSelector') {
            const identifier = ref.firstChild;
            if (identifier?.name === 'Identifier' && /^\s*\(/u.test(text.slice(identifier.to))) {
                const name = text.slice(identifier.from, identifier.to);
                diagnostics.push({
                    severity: 'error',
                    check: 'promql/syntax',
                    message: `unknown function with name ${JSON.stringify(name)}`,
                    from: identifier.from,
                    to: identifier.to,
                });
            }
        }
    });
    // An unknown function leaves a trail of follow-up errors in the grammar; its name is the cause.
    const unknown = diagnostics.filter((d) => d.message.startsWith('unknown function'));
    return (unknown.length > 0 ? unknown : diagnostics).sort((a, b) => a.from - b.from);
}

;// CONCATENATED MODULE: ./src/gates/prom-lint/promql/index.ts





/**
 * Checks one PromQL expression. Syntax errors come first; the type checks run only on a tree
 * without syntax errors (a recovered tree would give follow-up errors that mislead).
 * Pure: offsets are 0-based into `expr`, `to` exclusive.
 */
function checkPromQL(expr, options = {}) {
    return checkParsedPromQL(parsePromQL(expr), options);
}
/** {@link checkPromQL} on an expression parsed already, so the warning checks can reuse the tree. */
function checkParsedPromQL(parsed, options = {}) {
    const syntax = syntaxDiagnostics(parsed);
    if (syntax.length > 0)
        return syntax;
    return semanticDiagnostics(parsed, options);
}

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
    return functionCalls(context.parsed)
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

/** The label that holds the metric name, as Prometheus stores it. */
const METRIC_NAME_LABEL = '__name__';
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
 * The matchers of a selector with its metric name as one more matcher, so that `up` and
 * `{__name__="up"}` are the same thing to the overlap test.
 * @example selectorMatchers({ metricName: 'up', matchers: [] }) // [{ name: '__name__', op: '=', value: 'up' }]
 */
function selectorMatchers(selector) {
    const matchers = selector.matchers.map(({ name, op, value }) => ({ name, op, value }));
    return selector.metricName === undefined
        ? matchers
        : [{ name: METRIC_NAME_LABEL, op: '=', value: selector.metricName }, ...matchers];
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

;// CONCATENATED MODULE: ./src/gates/prom-lint/promql/output-labels.ts



/** The metric name label, which arithmetic and most functions drop. */

const ANY_LABELS = { kind: 'all-except', removed: new Set() };
const NO_LABELS = { kind: 'only', labels: new Set() };
/** Aggregations that return their input series unchanged; `by`/`without` only picks the groups. */
const SELECTING_AGGREGATIONS = new Set(['topk', 'bottomk', 'limitk', 'limit_ratio']);
/** Functions that return their input series with every label, the metric name included. */
const LABEL_KEEPING_FUNCTIONS = new Set([
    'sort',
    'sort_desc',
    'sort_by_label',
    'sort_by_label_desc',
    'last_over_time',
    'first_over_time',
    // Kept by some Prometheus versions and dropped by others; keeping is the safe answer here.
    'timestamp',
    'present_over_time',
]);
/** Functions that return their input series without the metric name, and nothing else changed. */
const NAME_DROPPING_FUNCTIONS = new Set([
    'abs',
    'ceil',
    'floor',
    'exp',
    'sqrt',
    'ln',
    'log2',
    'log10',
    'sgn',
    'round',
    'clamp',
    'clamp_min',
    'clamp_max',
    'rad',
    'deg',
    'sin',
    'cos',
    'tan',
    'asin',
    'acos',
    'atan',
    'sinh',
    'cosh',
    'tanh',
    'asinh',
    'acosh',
    'atanh',
    ...RANGE_CHANGE_FUNCTIONS,
    'predict_linear',
    'avg_over_time',
    'min_over_time',
    'max_over_time',
    'sum_over_time',
    'count_over_time',
    'quantile_over_time',
    'stddev_over_time',
    'stdvar_over_time',
    'mad_over_time',
    'double_exponential_smoothing',
    'histogram_count',
    'histogram_sum',
    'histogram_avg',
    'histogram_stddev',
    'histogram_stdvar',
    'histogram_fraction',
    ...TIME_COMPONENT_FUNCTIONS,
]);
/** The argument that carries the series, for functions where it is not the first. */
const SERIES_ARGUMENT = {
    histogram_quantile: 1,
    quantile_over_time: 1,
    histogram_fraction: 2,
};
/**
 * Whether a series of `set` can carry `label`.
 * @example mayCarryLabel(expressionLabels(parsePromQL('sum by (job) (x)')), 'instance') // false
 */
function mayCarryLabel(set, label) {
    return set.kind === 'only' ? set.labels.has(label) : !set.removed.has(label);
}
function onlyLabels(names) {
    return { kind: 'only', labels: new Set(names) };
}
function removeLabels(set, names) {
    const drop = new Set(names);
    if (set.kind === 'only')
        return onlyLabels([...set.labels].filter((l) => !drop.has(l)));
    return { kind: 'all-except', removed: new Set([...set.removed, ...drop]) };
}
function addLabels(set, names) {
    const add = new Set(names);
    if (set.kind === 'only')
        return onlyLabels([...set.labels, ...add]);
    return { kind: 'all-except', removed: new Set([...set.removed].filter((l) => !add.has(l))) };
}
/** Labels both sets can carry. */
function intersectLabels(a, b) {
    if (a.kind === 'only')
        return onlyLabels([...a.labels].filter((l) => mayCarryLabel(b, l)));
    if (b.kind === 'only')
        return intersectLabels(b, a);
    return removeLabels(a, b.removed);
}
/** Labels either set can carry. */
function unionLabels(a, b) {
    if (a.kind === 'only' && b.kind === 'only')
        return onlyLabels([...a.labels, ...b.labels]);
    if (a.kind === 'only')
        return unionLabels(b, a);
    return {
        kind: 'all-except',
        removed: new Set([...a.removed].filter((l) => !mayCarryLabel(b, l))),
    };
}
/**
 * The label names of a `GroupingLabels` node, unquoted, with their offsets, so a check can
 * underline the one label that is wrong rather than the whole clause.
 */
function groupingLabels(parsed, node) {
    const result = [];
    for (let child = node?.firstChild ?? null; child !== null; child = child.nextSibling) {
        if (child.name !== 'LabelName' && child.name !== 'QuotedLabelName')
            continue;
        const text = nodeText(parsed, child);
        result.push({
            name: child.name === 'QuotedLabelName' ? unquotePromString(text) : text,
            from: child.from,
            to: child.to,
        });
    }
    return result;
}
/** The `by`/`without` clause of an `AggregateExpr` node (tree.ts `aggregations` gives names only). */
function aggregationGrouping(parsed, node) {
    const modifier = childNamed(node, 'AggregateModifier');
    if (modifier === null)
        return { grouping: undefined, labels: [] };
    return {
        grouping: childNamed(modifier, 'By') !== null ? 'by' : 'without',
        labels: groupingLabels(parsed, childNamed(modifier, 'GroupingLabels')),
    };
}
/** The matching clause of a `BinaryExpr` node, which decides the labels of its result. */
function vectorMatching(parsed, node) {
    const clause = childNamed(node, 'MatchingModifierClause');
    if (clause === null)
        return { mode: undefined, labels: [], group: undefined, include: [] };
    const [matchingNode, includeNode] = childrenNamed(clause, 'GroupingLabels');
    const group = childNamed(clause, 'GroupLeft') !== null
        ? 'left'
        : childNamed(clause, 'GroupRight') !== null
            ? 'right'
            : undefined;
    return {
        mode: childNamed(clause, 'On') !== null ? 'on' : 'ignoring',
        labels: groupingLabels(parsed, matchingNode),
        group,
        include: group === undefined ? [] : groupingLabels(parsed, includeNode),
    };
}
/** The lower-cased operator of an `AggregateExpr` node (`sum`, `topk`, ...), as messages name it. */
function aggregationOperator(parsed, node) {
    const opNode = childNamed(node, 'AggregateOp');
    return opNode === null ? '' : nodeText(parsed, opNode).toLowerCase();
}
/** The name of a `FunctionCall` node as written, to look its behaviour up. */
function functionName(parsed, node) {
    const identifier = childNamed(node, 'FunctionIdentifier');
    return identifier === null ? '' : nodeText(parsed, identifier);
}
/**
 * The unquoted value of a string literal argument (through parentheses), or undefined: the label
 * names label_replace() and count_values() take are strings, not label syntax.
 */
function stringArgument(parsed, node) {
    if (node === undefined)
        return undefined;
    if (node.kind === 'paren')
        return stringArgument(parsed, node.children[0]);
    return node.kind === 'string' ? unquotePromString(nodeText(parsed, node.node)) : undefined;
}
/**
 * Whether an expression is a scalar (a number, `time()`, `scalar(x)`, arithmetic on those): an
 * operation with a scalar keeps the vector side's labels, whichever side the vector is on.
 */
function isScalarExpression(parsed, node) {
    switch (node.kind) {
        case 'number':
            return true;
        case 'paren':
        case 'unary':
            return node.children[0] !== undefined && isScalarExpression(parsed, node.children[0]);
        case 'binary':
            return (node.children.length === 2 && node.children.every((c) => isScalarExpression(parsed, c)));
        case 'call':
            return PROMQL_FUNCTIONS.get(functionName(parsed, node.node))?.returnType === 'scalar';
        default:
            return false;
    }
}
/** The labels a binary operation's result can carry. */
function binaryLabels(parsed, node) {
    const [lhs, rhs] = node.children;
    const op = binaryOperator(node.node)?.name;
    if (lhs === undefined || rhs === undefined || op === undefined)
        return ANY_LABELS;
    const left = outputLabels(parsed, lhs);
    const right = outputLabels(parsed, rhs);
    const leftScalar = isScalarExpression(parsed, lhs);
    const rightScalar = isScalarExpression(parsed, rhs);
    if (leftScalar && rightScalar)
        return NO_LABELS;
    const isArithmetic = ARITHMETIC_OPERATORS.has(op);
    const isComparison = COMPARISON_OPERATORS.has(op);
    const dropsName = isArithmetic || (isComparison && childNamed(node.node, 'BoolModifier') !== null);
    const stripped = (set) => dropsName ? removeLabels(set, [METRIC_NAME_LABEL]) : set;
    if (leftScalar)
        return stripped(right);
    if (rightScalar)
        return stripped(left);
    if (op === 'And' || op === 'Unless')
        return left;
    if (op === 'Or')
        return unionLabels(left, right);
    // Experimental or unknown operators (`</`, `>/`): no claim.
    if (!isArithmetic && !isComparison)
        return ANY_LABELS;
    const matching = vectorMatching(parsed, node.node);
    const names = matching.labels.map((l) => l.name);
    // The "many" side gives the result its labels; the other side must agree on the matched ones.
    const [many, one] = matching.group === 'right' ? [right, left] : [left, right];
    let result = stripped(many);
    if (matching.mode === 'on') {
        if (matching.group === undefined)
            result = intersectLabels(result, onlyLabels(names));
        // Matched labels have equal values on both sides, so both sides must be able to carry them.
        result = removeLabels(result, names.filter((n) => !mayCarryLabel(one, n)));
    }
    else {
        if (matching.group === undefined)
            result = removeLabels(result, names);
        // Every label but the ignored ones and the metric name is matched, so equal on both sides.
        result = intersectLabels(result, addLabels(one, [...names, METRIC_NAME_LABEL]));
    }
    for (const { name } of matching.include) {
        // engine.go resultMetric: a group_x label is set from the "one" side, or deleted.
        result = mayCarryLabel(one, name) ? addLabels(result, [name]) : removeLabels(result, [name]);
    }
    return result;
}
/** The labels an aggregation's result can carry. */
function aggregationLabels(parsed, node) {
    const op = aggregationOperator(parsed, node.node);
    const vector = node.children[node.children.length - 1];
    if (vector === undefined)
        return ANY_LABELS;
    const input = outputLabels(parsed, vector);
    if (SELECTING_AGGREGATIONS.has(op))
        return input;
    const { grouping, labels } = aggregationGrouping(parsed, node.node);
    const names = labels.map((l) => l.name);
    const grouped = grouping === 'by'
        ? intersectLabels(input, onlyLabels(names))
        : grouping === 'without'
            ? removeLabels(input, [...names, METRIC_NAME_LABEL])
            : NO_LABELS;
    if (op !== 'count_values')
        return grouped;
    const target = stringArgument(parsed, node.children[0]);
    return target === undefined ? ANY_LABELS : addLabels(grouped, [target]);
}
/** The labels absent() gives its one series: the equality matchers of a plain selector argument. */
function absentLabels(parsed, argument) {
    let inner = argument;
    // Prometheus reads the matchers of a (range) selector; through parentheses and offsets this is a
    // superset of what it gives, which is the safe side.
    while (inner !== undefined && inner.kind !== 'selector' && inner.children.length === 1) {
        if (!['paren', 'matrix', 'offset', 'at', 'anchored', 'smoothed'].includes(inner.kind))
            break;
        inner = inner.children[0];
    }
    if (inner?.kind !== 'selector')
        return NO_LABELS;
    const { matchers } = selectorParts(parsed, inner.node);
    return onlyLabels(matchers.filter((m) => m.op === '=' && m.name !== METRIC_NAME_LABEL).map((m) => m.name));
}
/** The labels a function call's result can carry. */
function callLabels(parsed, node) {
    const name = functionName(parsed, node.node);
    const signature = PROMQL_FUNCTIONS.get(name);
    if (signature === undefined)
        return ANY_LABELS;
    if (signature.returnType === 'scalar' || name === 'vector')
        return NO_LABELS;
    if (name === 'absent' || name === 'absent_over_time')
        return absentLabels(parsed, node.children[0]);
    const series = node.children[SERIES_ARGUMENT[name] ?? 0];
    // day_of_week() and friends without an argument work on vector(time()).
    if (series === undefined)
        return node.children.length === 0 ? NO_LABELS : ANY_LABELS;
    const input = outputLabels(parsed, series);
    if (name === 'label_replace' || name === 'label_join') {
        const target = stringArgument(parsed, node.children[1]);
        return target === undefined ? ANY_LABELS : addLabels(input, [target]);
    }
    if (name === 'histogram_quantile')
        return removeLabels(input, ['le', METRIC_NAME_LABEL]);
    if (LABEL_KEEPING_FUNCTIONS.has(name))
        return input;
    if (NAME_DROPPING_FUNCTIONS.has(name))
        return removeLabels(input, [METRIC_NAME_LABEL]);
    // info() adds the data labels of info metrics; anything not listed: no claim.
    return ANY_LABELS;
}
/**
 * The labels the series of `node` (a node of `promTree(parsed)`) can carry.
 * @example outputLabels(parsed, root) // { kind: 'only', labels: Set {'job'} } for `sum by (job) (x) > 1`
 */
function outputLabels(parsed, node) {
    switch (node.kind) {
        case 'number':
        case 'string':
            return NO_LABELS;
        case 'selector':
            return ANY_LABELS;
        case 'matrix':
        case 'subquery':
        case 'offset':
        case 'at':
        case 'anchored':
        case 'smoothed':
        case 'paren':
            return node.children[0] === undefined ? ANY_LABELS : outputLabels(parsed, node.children[0]);
        case 'unary': {
            const operand = node.children[0];
            if (operand === undefined)
                return ANY_LABELS;
            const input = outputLabels(parsed, operand);
            // engine.go: unary minus drops the metric name, unary plus returns its operand.
            const opNode = childNamed(node.node, 'UnaryOp');
            const minus = opNode !== null && nodeText(parsed, opNode) === '-';
            return minus ? removeLabels(input, [METRIC_NAME_LABEL]) : input;
        }
        case 'call':
            return callLabels(parsed, node);
        case 'aggregate':
            return aggregationLabels(parsed, node);
        case 'binary':
            return binaryLabels(parsed, node);
        case 'other':
            return ANY_LABELS;
    }
}
/** The labels the whole expression's series can carry (any label for an empty expression). */
function expressionLabels(parsed) {
    const root = promTree(parsed);
    return root === undefined ? ANY_LABELS : outputLabels(parsed, root);
}
/**
 * A short English description of a label set, for messages.
 * @example describeLabelSet(onlyLabels(['job'])) // 'keeps only the label job'
 */
function describeLabelSet(set) {
    const list = (names) => [...names].sort().join(', ');
    if (set.kind === 'only') {
        if (set.labels.size === 0)
            return 'has no labels';
        return `keeps only the label${set.labels.size === 1 ? '' : 's'} ${list(set.labels)}`;
    }
    return `drops the label${set.removed.size === 1 ? '' : 's'} ${list(set.removed)}`;
}

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
    const root = promTree(parsed);
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
function canDropSeries(parsed, node) {
    const some = () => node.children.some((child) => canDropSeries(parsed, child));
    switch (node.kind) {
        case 'number':
        case 'string':
        case 'selector':
            return false;
        case 'binary': {
            const op = binaryOperator(node.node)?.name;
            if (op === 'And' || op === 'Unless')
                return true;
            const bool = childNamed(node.node, 'BoolModifier') !== null;
            if (op !== undefined && COMPARISON_OPERATORS.has(op) && !bool)
                return true;
            // `a or b` keeps a's series whatever b is: it drops series only when both sides do.
            if (op === 'Or')
                return node.children.every((child) => canDropSeries(parsed, child));
            // Arithmetic and `bool` comparisons keep only the series matched on both sides.
            return some();
        }
        case 'call':
            return FILTERING_FUNCTIONS.has(functionName(parsed, node.node)) || some();
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
}

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

;// CONCATENATED MODULE: ./src/gates/prom-lint/checks/conventions/index.ts






/** The convention checks, in the order their findings are produced. */
const CONVENTION_CHECKS = [
    conventionSeverity,
    requiredAnnotations,
    conventionAlertName,
    conventionRecordName,
];

;// CONCATENATED MODULE: ./src/gates/prom-lint/promql/normalize.ts



/** The label names of a `GroupingLabels` node, unquoted and sorted. */
function sortedLabels(parsed, grouping) {
    return groupingLabels(parsed, grouping)
        .map((label) => label.name)
        .sort();
}
const MODIFIER_KEYWORDS = new Set(['On', 'Ignoring', 'GroupLeft', 'GroupRight']);
/** `on(a) group_left(b)` of a binary expression, labels sorted; '' without a clause. */
function matchingClause(parsed, node) {
    const clause = childNamed(node, 'MatchingModifierClause');
    const parts = [];
    for (let child = clause?.firstChild ?? null; child !== null; child = child.nextSibling) {
        if (MODIFIER_KEYWORDS.has(child.name))
            parts.push(nodeText(parsed, child).toLowerCase());
        else if (child.name === 'GroupingLabels')
            parts.push(`(${sortedLabels(parsed, child).join(',')})`);
    }
    return parts.join('').replace(/\)(?=[a-z])/gu, ') ');
}
/** The text of a postfix operator (`[5m]`, `[1h:5m]`, `offset 1h`, `@ end()`), tidied. */
function postfixText(parsed, n) {
    const operand = exprChildren(n.node)[0];
    const raw = parsed.text.slice(operand?.to ?? n.node.from, n.node.to);
    const tidy = raw
        .replace(/\s+/gu, ' ')
        .trim()
        .toLowerCase()
        .replace(/\s*([[\]:@()])\s*/gu, '$1');
    return tidy.startsWith('[') ? tidy : ` ${tidy}`;
}
/**
 * The canonical text of one node of `promTree(parsed)` (see {@link normalizedExpression}), for
 * checks that compare parts of expressions (the vector side of a threshold).
 * @example normalizedNode(parsed, lhs) // 'rate(x{job="api"}[5m])' for `rate( x{job='api'}[5m] ) > 1`
 */
function normalizedNode(parsed, n) {
    const text = nodeText(parsed, n.node);
    const child = (i) => {
        const c = n.children[i];
        return c === undefined ? '' : normalizedNode(parsed, c);
    };
    const all = () => n.children.map((c) => normalizedNode(parsed, c)).join(',');
    switch (n.kind) {
        case 'number': {
            const value = Number(text.replace(/_/gu, ''));
            return Number.isNaN(value) ? text.toLowerCase() : String(value);
        }
        case 'string':
            return JSON.stringify(unquotePromString(text));
        case 'selector': {
            const matchers = selectorMatchers(selectorParts(parsed, n.node));
            const nameMatcher = matchers.find((m) => m.name === METRIC_NAME_LABEL && m.op === '=');
            const rest = matchers
                .filter((m) => m !== nameMatcher)
                .map((m) => `${m.name}${m.op}${JSON.stringify(m.value)}`)
                .sort();
            return `${nameMatcher?.value ?? ''}{${rest.join(',')}}`;
        }
        case 'matrix':
        case 'subquery':
        case 'offset':
        case 'at':
        case 'anchored':
        case 'smoothed':
            return child(0) + postfixText(parsed, n);
        case 'paren':
            return child(0);
        case 'unary':
            return text.trimStart().startsWith('-') ? `(-${child(0)})` : child(0);
        case 'call':
            return `${functionName(parsed, n.node)}(${all()})`;
        case 'aggregate': {
            const { grouping, labels } = aggregationGrouping(parsed, n.node);
            const names = labels.map((label) => label.name).sort();
            // `sum by () (x)` is `sum(x)`; `sum without () (x)` is not (it keeps every label).
            const clause = grouping === undefined || (grouping === 'by' && names.length === 0)
                ? ''
                : ` ${grouping}(${names.join(',')})`;
            return `${aggregationOperator(parsed, n.node)}${clause}(${all()})`;
        }
        case 'binary': {
            const opNode = binaryOperator(n.node);
            const op = opNode === undefined ? '?' : nodeText(parsed, opNode).toLowerCase();
            const bool = childNamed(n.node, 'BoolModifier') !== null ? ' bool' : '';
            const clause = matchingClause(parsed, n.node);
            return `(${child(0)} ${op}${bool}${clause === '' ? '' : ` ${clause}`} ${child(1)})`;
        }
        case 'other':
            return text.replace(/\s+/gu, ' ').trim();
    }
}
/**
 * The expression re-printed from its parse tree, so that whitespace, redundant parentheses,
 * the order of label matchers and of grouping labels, `sum(x) by (a)` against `sum by (a) (x)`,
 * keyword case and number spelling (`80.0`, `8e1`) do not make two equal expressions differ.
 * Binary operations are fully parenthesised, so the text keeps the tree's structure.
 * @example normalizedExpression(parsePromQL('sum(rate(x{b="1", a="2"}[5m])) by (job) > 80.0'))
 *   // '(sum by(job)(rate(x{a="2",b="1"}[5m])) > 80)'
 */
function normalizedExpression(parsed) {
    const root = promTree(parsed);
    return root === undefined ? '' : normalizedNode(parsed, root);
}

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
const result_matchers_SELECTING_AGGREGATIONS = new Set(['topk', 'bottomk', 'limitk', 'limit_ratio']);
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
    const { matchers } = selectorParts(parsed, selector.node);
    const counts = new Map();
    for (const m of matchers)
        counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
    return matchers
        .filter((m) => m.op === '=' && counts.get(m.name) === 1 && m.name !== METRIC_NAME_LABEL)
        .map(({ name, op, value }) => ({ name, op, value }));
}
function callMatchers(parsed, n) {
    const name = functionName(parsed, n.node);
    const signature = PROMQL_FUNCTIONS.get(name);
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
        const target = stringArgument(parsed, n.children[1]);
        return target === undefined ? [] : onLabels(input, [target], false);
    }
    if (name === 'histogram_quantile')
        return onLabels(input, ['le'], false);
    return input;
}
function aggregateMatchers(parsed, n) {
    const op = aggregationOperator(parsed, n.node);
    const input = n.children.at(-1);
    if (input === undefined)
        return [];
    const inner = resultMatchers(parsed, input);
    if (result_matchers_SELECTING_AGGREGATIONS.has(op))
        return inner;
    const added = [];
    if (op === 'count_values') {
        const label = stringArgument(parsed, n.children[0]);
        if (label === undefined)
            return [];
        added.push(label);
    }
    const { grouping, labels } = aggregationGrouping(parsed, n.node);
    const names = labels.map((label) => label.name);
    const grouped = onLabels(inner, names, grouping !== 'without');
    return onLabels(grouped, added, false);
}
function binaryMatchers(parsed, n) {
    const [lhs, rhs] = n.children;
    if (lhs === undefined || rhs === undefined)
        return [];
    if (isScalarExpression(parsed, lhs))
        return resultMatchers(parsed, rhs);
    const left = resultMatchers(parsed, lhs);
    if (isScalarExpression(parsed, rhs))
        return left;
    const op = binaryOperator(n.node)?.name;
    if (op === 'And' || op === 'Unless')
        return left;
    if (op === 'Or')
        return [];
    const right = resultMatchers(parsed, rhs);
    const matching = vectorMatching(parsed, n.node);
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
    return onLabels(both, [...names, METRIC_NAME_LABEL], false);
}
/**
 * The matchers every series that `n` (a node of `promTree(parsed)`) returns satisfies. The
 * metric name's matcher (`__name__="x"`) passes through like the others: callers comparing
 * results leave it aside, as functions and aggregations drop the name.
 * @example resultMatchers(parsed, root) // [{ name: 'code', op: '=~', value: '5..' }] for `sum by (code) (x{code=~"5.."})`
 */
function resultMatchers(parsed, n) {
    switch (n.kind) {
        case 'selector':
            return selectorMatchers(selectorParts(parsed, n.node));
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
}
/** The matchers every series of the whole expression satisfies (none for an empty one). */
function expressionMatchers(parsed) {
    const root = promTree(parsed);
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
    for (const { metricName, matchers, from, to } of selectors(parsed)) {
        const name = selectedName(metricName, matchers);
        if (name !== undefined && needs.recordNames.has(name))
            recordReads.push({ name, metricName, matchers, from, to });
    }
    return {
        result: identity !== undefined && needs.sharedIdentities.has(identity.key)
            ? { labels: expressionLabels(parsed), matchers: expressionMatchers(parsed) }
            : undefined,
        normalized: isAlert ? flat(normalizedExpression(parsed)) : undefined,
        threshold: isAlert ? thresholdOf(parsed) : undefined,
        recordReads,
    };
}
/** The metric name a selector reads, from `x{…}` or `{__name__="x"}`. */
function selectedName(metricName, matchers) {
    return metricName ?? matchers.find((m) => m.name === METRIC_NAME_LABEL && m.op === '=')?.value;
}
const FLIPPED = { '>': '<', '>=': '<=', '<': '>', '<=': '>=' };
/** The comparison of a threshold (`>`, `>=`, `<`, `<=`; not `==`/`!=`) of an operator node name. */
function thresholdOperator(opName) {
    const op = opName === undefined ? undefined : COMPARISON_OPERATORS.get(opName);
    return op === '>' || op === '>=' || op === '<' || op === '<=' ? op : undefined;
}
function thresholdOf(parsed) {
    let root = promTree(parsed);
    while (root?.kind === 'paren')
        root = root.children[0];
    if (root?.kind !== 'binary' || childNamed(root.node, 'BoolModifier') !== null)
        return undefined;
    const op = thresholdOperator(binaryOperator(root.node)?.name);
    const [lhs, rhs] = root.children;
    if (op === undefined || lhs === undefined || rhs === undefined)
        return undefined;
    const right = numberLiteral(parsed, rhs);
    const left = numberLiteral(parsed, lhs);
    const text = nodeText(parsed, root.node);
    if (right !== undefined && left === undefined)
        return { vector: flat(normalizedNode(parsed, lhs)), op, value: right, text };
    if (left !== undefined && right === undefined)
        return { vector: flat(normalizedNode(parsed, rhs)), op: FLIPPED[op] ?? op, value: left, text };
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
                    const parsed = tree_parsePromQL(expr.value);
                    if (syntaxDiagnostics(parsed).length === 0)
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
        { name: METRIC_NAME_LABEL, op: '=', value: record.name.value },
        ...[...record.staticLabels].map(([name, value]) => ({ name, op: '=', value })),
    ];
    return matcherSetsMayOverlap(selectorMatchers(selector), written);
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
    const { grouping, labels } = aggregationGrouping(parsed, node.node);
    const vector = node.children[node.children.length - 1];
    // `without (x)` of a label that is not there is a harmless no-op.
    if (grouping !== 'by' || vector === undefined)
        return [];
    const input = outputLabels(parsed, vector);
    const op = aggregationOperator(parsed, node.node);
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
    if (isScalarExpression(parsed, lhs) || isScalarExpression(parsed, rhs))
        return [];
    const matching = vectorMatching(parsed, node.node);
    const left = outputLabels(parsed, lhs);
    const right = outputLabels(parsed, rhs);
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
    const name = functionName(parsed, node.node);
    const [vector, ...rest] = node.children;
    if (vector === undefined)
        return [];
    const sources = name === 'label_replace' ? rest.slice(2, 3) : name === 'label_join' ? rest.slice(2) : [];
    const input = outputLabels(parsed, vector);
    const uses = [];
    for (const source of sources) {
        const label = stringArgument(parsed, source);
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
    for (const node of allNodes(promTree(parsed))) {
        for (const use of usesOf(parsed, node)) {
            const { reference, labels } = use;
            if (reference.name === METRIC_NAME_LABEL || mayCarryLabel(labels, reference.name))
                continue;
            const label = JSON.stringify(reference.name);
            findings.push(warningInScalar(context.file, context.exprNode, reference.from, reference.to, CHECK, `${context.prefix}${use.clause} uses the label ${label}, but ${use.source} ` +
                `${describeLabelSet(labels)}, so ${label} is empty on every series there; keep ` +
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
    const all = selectors(parsed);
    for (const call of functionCalls(parsed)) {
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
const ZERO_WHEN_IDLE_FUNCTIONS = new Set(RANGE_CHANGE_FUNCTIONS);
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
    for (const aggregation of allNodes(promTree(parsed))) {
        if (aggregation.kind !== 'aggregate')
            continue;
        const op = aggregationOperator(parsed, aggregation.node);
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
    const modifier = childNamed(node.node, 'AggregateModifier');
    return modifier === null ? '' : ` ${nodeText(parsed, modifier).replace(/\s+/gu, ' ')} `;
}
/** The risky divisions whose value reaches `node`'s value unfiltered. */
function divisionsReaching(parsed, node) {
    switch (node.kind) {
        case 'paren':
        case 'unary':
            return node.children.flatMap((child) => divisionsReaching(parsed, child));
        case 'call': {
            const first = node.children[0];
            if (first === undefined || !NAN_KEEPING_FUNCTIONS.has(functionName(parsed, node.node)))
                return [];
            return divisionsReaching(parsed, first);
        }
        case 'binary': {
            const op = binaryOperator(node.node)?.name ?? '';
            const [lhs, rhs] = node.children;
            if (lhs === undefined || rhs === undefined)
                return [];
            if (op === 'And' || op === 'Unless')
                return divisionsReaching(parsed, lhs);
            if (op !== 'Or' && !ARITHMETIC_OPERATORS.has(op))
                return [];
            const inner = [...divisionsReaching(parsed, lhs), ...divisionsReaching(parsed, rhs)];
            const risky = op === 'Div' && isVector(parsed, lhs) && isVector(parsed, rhs) && canBeZero(parsed, rhs);
            return risky ? [node, ...inner] : inner;
        }
        default:
            return [];
    }
}
/** Whether an expression is an instant vector rather than a scalar. */
function isVector(parsed, node) {
    switch (node.kind) {
        case 'number':
        case 'string':
            return false;
        case 'call':
            return !SCALAR_FUNCTIONS.has(functionName(parsed, node.node));
        case 'paren':
        case 'unary':
        case 'binary':
            return node.children.some((child) => isVector(parsed, child));
        default:
            return true;
    }
}
/**
 * Whether samples of the expression are routinely 0: rates and deltas (0 whenever nothing
 * happened), counters by their conventional suffix (0 after every restart), and what is built from
 * them without ruling 0 out. Other gauges are not presumed to be 0: many divisors are capacities
 * or limits that never are (cAdvisor's `container_spec_cpu_period`, the CFS period, is one), and a
 * warning on them would be noise.
 */
function canBeZero(parsed, node) {
    const number = numberLiteral(parsed, node);
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
            const name = selectorParts(parsed, node.node).metricName;
            return name !== undefined && !name.includes(':') && COUNTER_SUFFIX.test(name);
        }
        case 'aggregate': {
            const op = aggregationOperator(parsed, node.node);
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
}
function callCanBeZero(parsed, node) {
    const name = functionName(parsed, node.node);
    const [first, second, third] = node.children;
    if (ZERO_WHEN_IDLE_FUNCTIONS.has(name))
        return true;
    const positive = (arg) => arg !== undefined && (numberLiteral(parsed, arg) ?? 0) > 0;
    const negative = (arg) => arg !== undefined && (numberLiteral(parsed, arg) ?? 0) < 0;
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
    const opName = binaryOperator(node.node)?.name ?? '';
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
    const comparison = COMPARISON_OPERATORS.get(opName);
    if (comparison === undefined)
        return false;
    // `x > bool c` is 0 wherever the comparison is false.
    if (childNamed(node.node, 'BoolModifier') !== null)
        return true;
    // A filter keeps the samples for which it holds; it rules 0 out when `0 <op> c` is false.
    const right = numberLiteral(parsed, rhs);
    const left = numberLiteral(parsed, lhs);
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
/** Every `=~`/`!~` matcher of every selector, in source order. */
function regexMatchers(parsed) {
    const nodes = [
        ...nodesNamed(parsed, 'UnquotedLabelMatcher'),
        ...nodesNamed(parsed, 'QuotedLabelMatcher'),
    ].sort((a, b) => a.from - b.from);
    const result = [];
    for (const node of nodes) {
        const matcher = regexMatcherOf(parsed, node);
        if (matcher !== undefined)
            result.push(matcher);
    }
    return result;
}
function regexMatcherOf(parsed, node) {
    const nameNode = childNamed(node, 'LabelName') ?? childNamed(node, 'QuotedLabelName');
    const opNode = childNamed(node, 'MatchOp');
    const valueNode = childNamed(node, 'StringLiteral');
    if (nameNode === null || opNode === null || valueNode === null)
        return undefined;
    const op = nodeText(parsed, opNode);
    const literal = nodeText(parsed, valueNode);
    if ((op !== '=~' && op !== '!~') || hasInvalidEscape(literal))
        return undefined;
    return {
        text: nodeText(parsed, node),
        nameText: nodeText(parsed, nameNode),
        op,
        regex: unquotePromString(literal),
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
    const ignored = new Set([METRIC_NAME_LABEL, 'alertname', ...a.staticLabels.keys()]);
    const resultOf = ({ labels, matchers }) => ({
        labels,
        matchers: matchers.filter((m) => !ignored.has(m.name)),
    });
    const left = resultOf(a.facts.result);
    const right = resultOf(b.facts.result);
    const missing = ({ labels }, other) => other.matchers
        .filter((m) => !mayCarryLabel(labels, m.name))
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
    for (const call of functionCalls(parsed)) {
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
        const inner = exprChildren(node)[0];
        if (inner === undefined)
            return undefined;
        node = inner;
    }
    if (node.name !== 'MatrixSelector' && node.name !== 'SubqueryExpr')
        return undefined;
    const [rangeNode, stepNode] = childrenNamed(node, 'DurationExpr');
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
    const text = nodeText(parsed, literal);
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
const isSpace = (ch) => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
const isAlphaNumeric = (ch) => /^[\p{L}\p{Nd}_]$/u.test(ch);
/** Go's `%#U` rendering of a character, as its lexer prints bad characters. */
function goRune(ch) {
    const code = ch.codePointAt(0) ?? 0;
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')} '${ch}'`;
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
    let pos = 0;
    const push = (kind, from, to) => {
        tokens.push({ kind, value: text.slice(from, to), from, to });
    };
    const fail = (message, from, to) => ({
        tokens,
        error: { message, from, to: Math.max(to, from) },
    });
    while (pos < text.length) {
        const open = text.indexOf('{{', pos);
        if (open < 0) {
            push('text', pos, text.length);
            break;
        }
        // `{{- ` trims the spaces before it; a `-` must be followed by a space to be a trim marker.
        const trimLeft = text.charAt(open + 2) === '-' && isSpace(text.charAt(open + 3));
        let textEnd = open;
        if (trimLeft)
            while (textEnd > pos && isSpace(text.charAt(textEnd - 1)))
                textEnd -= 1;
        if (textEnd > pos)
            push('text', pos, textEnd);
        const delimEnd = open + (trimLeft ? 3 : 2);
        push('leftDelim', open, delimEnd);
        pos = delimEnd;
        if (trimLeft)
            while (isSpace(text.charAt(pos)))
                pos += 1;
        // A comment must sit alone between the delimiters.
        if (text.startsWith('/*', pos)) {
            const close = text.indexOf('*/', pos + 2);
            if (close < 0)
                return fail('unclosed comment', pos, text.length);
            push('comment', pos, close + 2);
            pos = close + 2;
            const trimRight = isSpace(text.charAt(pos)) && text.startsWith('-}}', pos + 1);
            if (!trimRight && !text.startsWith('}}', pos))
                return fail('comment ends before closing delimiter', pos, pos + 1);
            const end = pos + (trimRight ? 4 : 2);
            push('rightDelim', pos, end);
            pos = end;
            if (trimRight)
                while (isSpace(text.charAt(pos)))
                    pos += 1;
            continue;
        }
        // Inside an action.
        let parenDepth = 0;
        for (;;) {
            if (pos >= text.length)
                return fail('unclosed action', open, text.length);
            const ch = text.charAt(pos);
            const start = pos;
            // ` -}}` closes and trims; the space before the dash is part of the marker.
            if (isSpace(ch) && text.startsWith('-}}', pos + 1)) {
                if (parenDepth > 0)
                    return fail('unclosed left paren', pos, pos + 1);
                push('rightDelim', pos, pos + 4);
                pos += 4;
                while (isSpace(text.charAt(pos)))
                    pos += 1;
                break;
            }
            if (text.startsWith('}}', pos)) {
                if (parenDepth > 0)
                    return fail('unclosed left paren', pos, pos + 2);
                push('rightDelim', pos, pos + 2);
                pos += 2;
                break;
            }
            if (isSpace(ch)) {
                // Stop before a space that starts a ` -}}` trim marker.
                while (pos < text.length && isSpace(text.charAt(pos)) && !text.startsWith('-}}', pos + 1))
                    pos += 1;
                push('space', start, pos);
                continue;
            }
            if (ch === '=') {
                push('assign', pos, pos + 1);
                pos += 1;
            }
            else if (ch === ':') {
                if (text.charAt(pos + 1) !== '=')
                    return fail('expected :=', pos, pos + 1);
                push('declare', pos, pos + 2);
                pos += 2;
            }
            else if (ch === '|') {
                push('pipe', pos, pos + 1);
                pos += 1;
            }
            else if (ch === ',') {
                push('comma', pos, pos + 1);
                pos += 1;
            }
            else if (ch === '"' || ch === "'") {
                let j = pos + 1;
                for (;;) {
                    const c = text.charAt(j);
                    if (j >= text.length || c === '\n') {
                        return fail(ch === '"' ? 'unterminated quoted string' : 'unterminated character constant', pos, j);
                    }
                    if (c === '\\')
                        j += 2;
                    else if (c === ch)
                        break;
                    else
                        j += 1;
                }
                push(ch === '"' ? 'string' : 'char', pos, j + 1);
                pos = j + 1;
            }
            else if (ch === '`') {
                const close = text.indexOf('`', pos + 1);
                if (close < 0)
                    return fail('unterminated raw quoted string', pos, text.length);
                push('rawString', pos, close + 1);
                pos = close + 1;
            }
            else if (ch === '$' || ch === '.' || (isAlphaNumeric(ch) && !/[0-9]/u.test(ch))) {
                // `.` alone is dot; `.5` is a number; `.Name` a field; `$x` a variable.
                if (ch === '.' && /[0-9]/u.test(text.charAt(pos + 1))) {
                    pos = lexNumber(text, pos);
                    push('number', start, pos);
                }
                else {
                    let j = pos + 1;
                    while (j < text.length && isAlphaNumeric(text.charAt(j)))
                        j += 1;
                    const word = text.slice(pos, j);
                    const next = text.charAt(j);
                    // Go's atTerminator: what may follow a word.
                    if (next !== '' &&
                        !isSpace(next) &&
                        !'.,|:()'.includes(next) &&
                        !text.startsWith('}}', j)) {
                        return fail(`bad character ${goRune(next)}`, j, j + 1);
                    }
                    pos = j;
                    if (ch === '$')
                        push('variable', start, pos);
                    else if (ch === '.')
                        push(word === '.' ? 'dot' : 'field', start, pos);
                    else if (word === 'true' || word === 'false')
                        push('bool', start, pos);
                    else if (word === 'nil')
                        push('nil', start, pos);
                    else if (TEMPLATE_KEYWORDS.has(word))
                        push('keyword', start, pos);
                    else
                        push('identifier', start, pos);
                }
            }
            else if (/[0-9+-]/u.test(ch)) {
                const end = lexNumber(text, pos);
                if (end === pos || /[\p{L}\p{Nd}_.]/u.test(text.charAt(end))) {
                    let j = end;
                    while (j < text.length && /[\p{L}\p{Nd}_.+-]/u.test(text.charAt(j)))
                        j += 1;
                    return fail(`bad number syntax: ${JSON.stringify(text.slice(pos, Math.max(j, pos + 1)))}`, pos, Math.max(j, pos + 1));
                }
                push('number', pos, end);
                pos = end;
            }
            else if (ch === '(') {
                parenDepth += 1;
                push('leftParen', pos, pos + 1);
                pos += 1;
            }
            else if (ch === ')') {
                // Go's parser, not its lexer, reports a stray `)` (`unexpected ")" in command`).
                parenDepth = Math.max(0, parenDepth - 1);
                push('rightParen', pos, pos + 1);
                pos += 1;
            }
            else if (/^[\x21-\x7e]$/u.test(ch)) {
                // Go emits other printable ASCII as a character item, for the parser to reject in context.
                push('punct', pos, pos + 1);
                pos += 1;
            }
            else {
                return fail(`unrecognized character in action: ${goRune(ch)}`, pos, pos + 1);
            }
        }
    }
    tokens.push({ kind: 'eof', value: '', from: text.length, to: text.length });
    return { tokens, error: undefined };
}
/** The end of the number starting at `pos` (Go's scanNumber: sign, hex/octal/binary, float, exponent, imaginary). */
function lexNumber(text, pos) {
    const match = /^[+-]?(?:0[xX][0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?(?:[pP][+-]?[0-9_]+)?|0[bB][01_]+|0[oO][0-7_]+|(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][+-]?[0-9_]+)?)i?/u.exec(text.slice(pos));
    const length = match?.[0].length ?? 0;
    const body = match?.[0].replace(/^[+-]/u, '') ?? '';
    return /[0-9]/u.test(body) ? pos + length : pos;
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
/** Parses `text` as a Go template; returns the first error or undefined. */
function parseTemplate(text, options) {
    const lexed = lexTemplate(text);
    // Go's parser consumes tokens as the lexer makes them, so a lexing error stops the parse where
    // it happens; parse the tokens before it first, in case they hold an earlier parse error.
    const tokens = lexed.tokens.filter((t) => t.kind !== 'eof');
    tokens.push({ kind: 'eof', value: '', from: text.length, to: text.length });
    const functions = options.functions ?? TEMPLATE_FUNCTIONS;
    let index = 0;
    let vars = ['$', ...options.predefinedVariables];
    let rangeDepth = 0;
    const fail = (message, token) => {
        // A lexing error reached by the parser is the error Go reports.
        if (token.kind === 'eof' && lexed.error !== undefined)
            throw new ParseFailure(lexed.error);
        throw new ParseFailure({ message, from: token.from, to: Math.max(token.to, token.from) });
    };
    const peek = () => tokens[index] ?? { kind: 'eof', value: '', from: text.length, to: text.length };
    const next = () => {
        const token = peek();
        if (index < tokens.length)
            index += 1;
        return token;
    };
    const peekNonSpace = () => {
        while (peek().kind === 'space')
            index += 1;
        return peek();
    };
    const nextNonSpace = () => {
        peekNonSpace();
        return next();
    };
    const expectRightDelim = (context) => {
        const token = nextNonSpace();
        if (token.kind !== 'rightDelim')
            fail(`unexpected ${parser_describe(token)} in ${context}`, token);
    };
    const useVar = (token) => {
        if (!vars.includes(token.value))
            fail(`undefined variable ${JSON.stringify(token.value)}`, token);
    };
    /** An operand: a term and any field chain after it. Returns the kind of its term, or undefined. */
    const operand = () => {
        const term = termOf();
        if (term === undefined)
            return undefined;
        if (peek().kind === 'field') {
            if (['bool', 'string', 'rawString', 'number', 'char', 'nil', 'dot'].includes(term.kind)) {
                fail(`unexpected . after term ${JSON.stringify(term.value)}`, peek());
            }
            while (peek().kind === 'field')
                next();
        }
        return term.kind;
    };
    const termOf = () => {
        const token = nextNonSpace();
        switch (token.kind) {
            case 'identifier':
                if (!functions.has(token.value))
                    fail(`function ${JSON.stringify(token.value)} not defined`, token);
                return token;
            case 'variable':
                useVar(token);
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
                    fail('invalid syntax', token);
                return token;
            case 'leftParen':
                pipeline('parenthesized pipeline', 'rightParen');
                return token;
            default:
                index -= 1;
                return undefined;
        }
    };
    /** One command of a pipeline; returns the kind of its first operand. */
    const command = () => {
        let first;
        for (;;) {
            peekNonSpace();
            const kind = operand();
            if (kind !== undefined)
                first ??= kind;
            const token = next();
            if (token.kind === 'space')
                continue;
            if (token.kind === 'rightDelim' || token.kind === 'rightParen') {
                index -= 1;
            }
            else if (token.kind !== 'pipe') {
                fail(`unexpected ${parser_describe(token)} in operand`, token);
            }
            break;
        }
        if (first === undefined)
            fail('empty command', peek());
        return first ?? '';
    };
    const pipeline = (context, end) => {
        const start = peekNonSpace();
        // Declarations: `$x :=`, `$x =`, and `$i, $x :=` in range.
        if (start.kind === 'variable') {
            const save = index;
            const declared = [];
            for (;;) {
                const variable = peekNonSpace();
                if (variable.kind !== 'variable')
                    break;
                next();
                const op = peekNonSpace();
                if (op.kind === 'declare' || op.kind === 'assign') {
                    next();
                    // Go checks `$x = ...` against declared variables only when it executes the template.
                    declared.push(variable);
                    break;
                }
                if (op.kind === 'comma') {
                    next();
                    if (context !== 'range' || declared.length >= 1)
                        fail(`too many declarations in ${context}`, op);
                    declared.push(variable);
                    continue;
                }
                index = save;
                declared.length = 0;
                break;
            }
            for (const variable of declared)
                vars.push(variable.value);
        }
        const firsts = [];
        for (;;) {
            const token = nextNonSpace();
            if (token.kind === end) {
                if (firsts.length === 0)
                    fail(`missing value for ${context}`, token);
                firsts.slice(1).forEach((kind, i) => {
                    if (['bool', 'dot', 'nil', 'number', 'char', 'string', 'rawString'].includes(kind)) {
                        fail(`non executable command in pipeline stage ${i + 2}`, token);
                    }
                });
                return;
            }
            if ([
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
            ].includes(token.kind)) {
                index -= 1;
                firsts.push(command());
            }
            else {
                fail(`unexpected ${parser_describe(token)} in ${context}`, token);
            }
        }
    };
    /** Parses the list of a control structure up to its `{{end}}` (or `{{else}}`). */
    const itemList = () => {
        for (;;) {
            const end = textOrAction();
            if (end !== undefined) {
                if (end.kind === 'eof')
                    fail('unexpected EOF', end.token);
                return end;
            }
        }
    };
    const control = (context) => {
        const saved = vars.length;
        pipeline(context, 'rightDelim');
        if (context === 'range')
            rangeDepth += 1;
        let end = itemList();
        if (context === 'range')
            rangeDepth -= 1;
        while (end.kind === 'else-if' || end.kind === 'else-with') {
            // `{{else if p}}` is `{{else}}{{if p}}...{{end}}{{end}}` sharing the one `{{end}}`.
            pipeline(end.kind === 'else-if' ? 'if' : 'with', 'rightDelim');
            end = itemList();
        }
        if (end.kind === 'else') {
            if (context === 'range')
                rangeDepth += 1;
            end = itemList();
            if (context === 'range')
                rangeDepth -= 1;
            if (end.kind !== 'end')
                fail(`expected end; found {{else}}`, end.token);
        }
        vars = vars.slice(0, saved);
    };
    /** `{{define "name"}}` and `{{block "name" pipeline}}`: a body with its own variables. */
    const definition = (keyword) => {
        const context = keyword.value === 'define' ? 'define clause' : 'block clause';
        const name = nextNonSpace();
        if (name.kind !== 'string' && name.kind !== 'rawString')
            fail(`unexpected ${parser_describe(name)} in ${context}`, name);
        if (keyword.value === 'block')
            pipeline('block clause', 'rightDelim');
        else
            expectRightDelim(context);
        const outer = vars;
        const outerRange = rangeDepth;
        vars = ['$'];
        rangeDepth = 0;
        const end = itemList();
        if (end.kind !== 'end')
            fail(`unexpected {{else}}`, end.token);
        vars = outer;
        rangeDepth = outerRange;
    };
    /** One text, comment or action; returns how a list ended when it meets `{{end}}`, `{{else}}` or EOF. */
    const textOrAction = () => {
        const token = next();
        if (token.kind === 'text')
            return undefined;
        if (token.kind === 'eof')
            return { kind: 'eof', token };
        if (token.kind !== 'leftDelim')
            return fail(`unexpected ${parser_describe(token)} in input`, token);
        const first = peekNonSpace();
        if (first.kind === 'comment') {
            next();
            expectRightDelim('comment');
            return undefined;
        }
        if (first.kind === 'keyword') {
            next();
            switch (first.value) {
                case 'end':
                    expectRightDelim('end');
                    return { kind: 'end', token: first };
                case 'else': {
                    const after = peekNonSpace();
                    if (after.kind === 'keyword' && (after.value === 'if' || after.value === 'with')) {
                        next();
                        return { kind: after.value === 'if' ? 'else-if' : 'else-with', token: first };
                    }
                    expectRightDelim('else');
                    return { kind: 'else', token: first };
                }
                case 'if':
                case 'range':
                case 'with':
                    control(first.value);
                    return undefined;
                case 'break':
                case 'continue':
                    if (rangeDepth === 0)
                        fail(`{{${first.value}}} outside {{range}}`, first);
                    expectRightDelim(`{{${first.value}}}`);
                    return undefined;
                case 'template': {
                    const name = nextNonSpace();
                    if (name.kind !== 'string' && name.kind !== 'rawString')
                        fail(`unexpected ${parser_describe(name)} in template clause`, name);
                    if (peekNonSpace().kind !== 'rightDelim')
                        pipeline('template clause', 'rightDelim');
                    else
                        next();
                    return undefined;
                }
                case 'define':
                case 'block':
                    definition(first);
                    return undefined;
                default:
                    return fail(`unexpected ${parser_describe(first)} in command`, first);
            }
        }
        pipeline('command', 'rightDelim');
        return undefined;
    };
    try {
        for (;;) {
            const end = textOrAction();
            if (end === undefined)
                continue;
            if (end.kind === 'eof')
                break;
            fail(`unexpected {{${end.kind === 'end' ? 'end' : 'else'}}}`, end.token);
        }
        return lexed.error;
    }
    catch (caught) {
        if (caught instanceof ParseFailure)
            return caught.detail;
        throw caught;
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
        `expression's result ${describeLabelSet(labels)}, so it renders as an empty string in ` +
        `every notification; ${fix}`);
}
/** One warning per template read of a label the alert's series can never carry, on the read. */
function templateLabelRemoved(context) {
    if (!context.isAlert)
        return [];
    const labels = expressionLabels(context.parsed);
    if (labels.kind === 'all-except' && labels.removed.size === 0)
        return [];
    const findings = [];
    for (const [what, entries] of [
        ['label', context.rule.labels],
        ['annotation', context.rule.annotations],
    ]) {
        for (const entry of entries) {
            // Rule checks run only on rules without errors, so every template here parses.
            for (const reference of templateLabelReferences(entry.value, { parses: true })) {
                if (mayCarryLabel(labels, reference.label))
                    continue;
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
    return RULE_CHECKS.flatMap((check) => check(context));
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
    for (const document of parseYamlDocuments(file, fileSource(text))) {
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
            inner = parseYamlDocuments(file, embeddedSource(value));
        }
        catch (error) {
            if (error instanceof YamlLoadError && RULE_FILE_KEY.test(entry.key.text)) {
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
        return { text, lineStarts: lineStartsOf(text), toFilePosition: () => valueStart };
    }
    const header = positionInText(outer.lineStarts, scalar.sourceStart);
    const indent = blockIndent(outer, scalar, header.line);
    return {
        text,
        lineStarts: lineStartsOf(text),
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
    'alerts/for': ['rulefmt/duration'],
    'alerts/template': ['alerts/value-in-labels', 'alerts/template-label-removed', 'template/syntax'],
    'group/interval': ['rules/group-interval'],
    'labels/conflict': [],
    'promql/aggregate': [],
    'promql/counter': [],
    'promql/features': ['promql/experimental'],
    'promql/fragile': [],
    'promql/impossible': [],
    'promql/nan': ['promql/nan-division'],
    'promql/offset': [],
    'promql/performance': [],
    'promql/range_query': [],
    'promql/rate': ['promql/rate-on-non-counter', 'promql/short-range'],
    'promql/regexp': ['promql/regex-matcher'],
    'promql/selector': [],
    'promql/series': [],
    'promql/syntax': ['promql/syntax', 'promql/type'],
    'promql/vector_matching': [],
    'query/cost': [],
    'rule/dependency': ['rules/cross-group-dependency'],
    'rule/duplicate': ['rules/duplicate'],
    'rule/for': [],
    'rule/label': ['conventions/severity'],
    'rule/link': [],
    'rule/name': ['conventions/alert-name', 'conventions/record-name'],
    'rule/owner': [],
    'rule/reject': [],
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

;// CONCATENATED MODULE: ./src/gates/prom-lint/suppress/yaml-comments.ts
/**
 * The real comments of a YAML text. A line such as `# pint disable x` inside a `|` block scalar
 * (a multi-line `expr`) or a quoted string is text, not a comment; only the YAML parser can tell,
 * so this reads the concrete syntax tree of the `yaml` package, whose comment tokens are exactly
 * the comments (it keeps them even in a document with syntax errors).
 */


/**
 * Every comment of every document of `text`, in source order.
 * @example yamlComments('a: 1 # one\nb: |\n  # text\n') // [{ line: 1, column: 6, text: '# one', ownLine: false }]
 */
function yaml_comments_yamlComments(text) {
    const lineStarts = lineStartsOf(text);
    const found = [];
    for (const token of new dist/* Parser */.iX().parse(text))
        collectComments(token, found);
    found.sort((a, b) => a.offset - b.offset);
    return found.map(({ offset, source }) => {
        const position = positionInText(lineStarts, offset);
        const before = text.slice(lineStarts[position.line - 1] ?? 0, offset);
        return { ...position, text: source.replace(/\r$/u, ''), ownLine: before.trim() === '' };
    });
}
/**
 * Walks a CST token tree for `comment` tokens. The CST's shape varies by construct (document
 * start, collection items' start/sep/end, flow collections, block-scalar props), so the walk is
 * generic: every object and array below the token is visited, except source strings.
 */
function collectComments(node, found) {
    if (Array.isArray(node)) {
        for (const item of node)
            collectComments(item, found);
        return;
    }
    if (typeof node !== 'object' || node === null)
        return;
    if ('type' in node && node.type === 'comment' && 'offset' in node && 'source' in node) {
        const { offset, source } = node;
        if (typeof offset === 'number' && typeof source === 'string')
            found.push({ offset, source });
        return;
    }
    for (const [key, value] of Object.entries(node)) {
        if (key !== 'source')
            collectComments(value, found);
    }
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
    return source.toFilePosition(positionInText(source.lineStarts, last)).line;
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
    const all = mayHoldDirectives(file.text) ? [...yaml_comments_yamlComments(file.text)] : [];
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
        for (const comment of yaml_comments_yamlComments(source.text)) {
            all.push({ ...comment, ...source.toFilePosition(comment) });
        }
    }
    all.sort((a, b) => a.line - b.line || a.column - b.column);
    const commentOnlyLines = new Set(all.filter((c) => c.ownLine).map((c) => c.line));
    return { suppressions: suppressionsAmong(all), commentOnlyLines };
}
/**
 * Whether a text may hold a suppression comment: the second YAML parse that finds comments is
 * skipped for the many files that never mention either prefix (a 10,000-rule file takes seconds).
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
    const first = source.toFilePosition(positionInText(source.lineStarts, 0)).line;
    const second = source.toFilePosition(positionInText(source.lineStarts, source.lineStarts[1] ?? 0)).line;
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
    kept.sort((a, b) => compare(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compare(a.check, b.check) ||
        compare(a.message, b.message));
    return { findings: kept, stats };
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
        if (caught instanceof YamlLoadError) {
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
function compare(a, b) {
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
            const parsed = tree_parsePromQL(expr.value);
            const diagnostics = checkParsedPromQL(parsed, {
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
                !diagnostics.some((d) => d.severity === 'error');
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

// EXTERNAL MODULE: ./src/diff/changed-lines.ts
var changed_lines = __webpack_require__(45993);
// EXTERNAL MODULE: ./src/report/labels.ts
var labels = __webpack_require__(47923);
;// CONCATENATED MODULE: ./src/gates/prom-lint/verdict.ts
/**
 * Turns lint findings into the shared verdict. Pure. With a change to compare with (a pull
 * request), findings are placed against it: on a changed line they are annotated, elsewhere in a
 * changed file they are listed but not annotated, and in files the change did not touch they are
 * counted but not reported, so a pull request answers for what it touched, not for the
 * repository's past. Every finding stays in `data.findings`, with its place.
 */


function toFinding(finding, place) {
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
        ...(place === 'changed-file' ? { annotate: false } : {}),
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
 * Only reported findings count; findings in files a change did not touch never fail it.
 */
function buildPromLintVerdict(findings, stats, options) {
    const scope = options.scope ?? { kind: 'all' };
    const changes = scope.kind === 'changed-files' ? scope.changes : undefined;
    const places = findings.map((f) => changes === undefined ? undefined : (0,changed_lines/* placeInChange */.Jt)(changes, f.file, f.line, f.endLine));
    const reported = findings.filter((_, index) => places[index] !== 'unchanged-file');
    const leftOut = findings.filter((_, index) => places[index] === 'unchanged-file');
    const listedOnly = places.filter((place) => place === 'changed-file').length;
    const changedRuleFiles = changes === undefined
        ? undefined
        : (options.linted ?? []).filter((file) => (0,changed_lines/* isChangedFile */.x0)(changes, file)).length;
    const errors = reported.filter((f) => f.severity === 'error').length;
    const warnings = reported.filter((f) => f.severity === 'warning').length;
    const filesWithFindings = new Set(reported.map((f) => f.file));
    let status = errors > 0 ? 'fail' : warnings > 0 ? 'warn' : 'pass';
    let headline;
    const notes = [];
    const elsewhere = leftOut.length === 0 ? '' : ` (${(0,labels/* countOf */.pq)(leftOut.length, 'more finding')} in unchanged files)`;
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
    else if (reported.length === 0) {
        headline =
            changedRuleFiles === undefined
                ? `${(0,labels/* countOf */.pq)(stats.rules, 'rule')} in ${(0,labels/* countOf */.pq)(stats.files, 'file')}: no problems`
                : `No problems in ${(0,labels/* countOf */.pq)(changedRuleFiles, 'changed rule file')}${elsewhere}`;
    }
    else {
        const of = changedRuleFiles === undefined
            ? (0,labels/* countOf */.pq)(stats.files, 'rule file')
            : (0,labels/* countOf */.pq)(changedRuleFiles, 'changed rule file');
        headline = `${severityCounts(reported)} in ${filesWithFindings.size} of ${of}${elsewhere}`;
    }
    if (scope.kind === 'changed-files' && stats.files > 0) {
        notes.push({ level: 'info', text: scopeNote(scope.against, listedOnly, leftOut) });
    }
    if (scope.kind === 'all' && scope.fallback !== undefined) {
        notes.push({
            level: scope.fallback.level,
            text: `Reporting the findings of every rule file: ${scope.fallback.reason}.`,
        });
    }
    const perFile = [...filesWithFindings].sort().map((file) => {
        const mine = reported.filter((f) => f.file === file);
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
                },
            ],
        findings: findings.flatMap((f, index) => places[index] === 'unchanged-file' ? [] : [toFinding(f, places[index])]),
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
                    annotated: reported.length - listedOnly,
                    leftOut: leftOut.length,
                }
                : { kind: scope.kind, ...(scope.fallback ? { fallback: scope.fallback.reason } : {}) },
            ...(options.configPath === undefined ? {} : { config: options.configPath }),
            findings: findings.map((f, index) => ({
                ...f,
                ...(places[index] === undefined ? {} : { place: places[index] }),
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
    const files = [];
    for (const path of paths)
        files.push({ path, text: await io.readFile(path) });
    // Every file is linted whatever the scope: the checks across files (duplicate rules) need
    // them all, and the count of findings left out is part of the verdict.
    const { findings, stats } = lintRuleFiles(files, {
        legacyNames: inputs.legacyNames,
        experimentalFunctions: inputs.experimentalFunctions,
        settings: inputs.settings,
        today: (io.now?.() ?? new Date()).toISOString(),
        // Worth a collection only when the trees are large (a few megabytes of YAML or more).
        afterDecoding: files.reduce((total, { text }) => total + text.length, 0) >= GARBAGE_WORTH_COLLECTING
            ? collectGarbage
            : undefined,
    });
    io.logger.info(`Linted ${stats.files} rule files (${stats.rules} rules): ${findings.length} findings`);
    const scope = await resolveReportScope(inputs.scope, io.changes, io.logger);
    return buildPromLintVerdict(findings, stats, {
        key: inputs.common.key,
        searched: inputs.paths,
        scope,
        linted: paths,
        ...(inputs.configPath === undefined ? {} : { configPath: inputs.configPath }),
    });
}


/***/ })

};

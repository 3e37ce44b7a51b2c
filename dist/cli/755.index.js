export const id = 755;
export const ids = [755,500,171,577];
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

/***/ 94755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gitChangeSince: () => (/* binding */ gitChangeSince),
  measureCoverage: () => (/* binding */ measureCoverage),
  runCoverage: () => (/* binding */ runCoverage),
  runCoverageGate: () => (/* binding */ runCoverageGate)
});

// EXTERNAL MODULE: ./src/io/changed-file-versions.ts
var changed_file_versions = __webpack_require__(53577);
// EXTERNAL MODULE: ./src/io/local-changes.ts + 1 modules
var local_changes = __webpack_require__(65171);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/diff/changed-lines.ts
var changed_lines = __webpack_require__(45993);
;// CONCATENATED MODULE: ./src/gates/coverage/path-glob.ts
/**
 * Repository path globs read as git reads a `:(glob)` pathspec (`git ls-files ':(glob)src/**'`),
 * so a per-file minimum names the files `git` would: patterns are anchored at the repository
 * root; `*` and `?` never cross a `/`; `**` as a whole segment crosses any number of folders
 * (`src/**` is everything under src, `**` + `/*.ts` every `.ts` file, `a/**` + `/b` also `a/b`);
 * `[abc]`, `[a-z]` and `[!a]` (or `[^a]`) match one character other than `/`; `\` escapes the
 * next character. A pattern without any of these is a path: it matches that file or everything
 * in that folder (`src/legacy` covers `src/legacy/a.ts`), as in git. Pure.
 */
/** Characters that make a pattern a glob rather than a plain path. */
const GLOB_CHARACTERS = /[*?[\\]/;
/**
 * Compiles a pattern once, for matching many paths.
 * @example compilePathGlob('src/**')('src/a/b.ts') // true
 * @example compilePathGlob('src/*.ts')('src/a/b.ts') // false
 * @example compilePathGlob('src/legacy')('src/legacy/old.ts') // true
 */
function compilePathGlob(pattern) {
    const trimmed = pattern.replace(/^\.\//, '');
    if (!GLOB_CHARACTERS.test(trimmed)) {
        const literal = trimmed.replace(/\/+$/, '');
        return (path) => path === literal || path.startsWith(`${literal}/`) || literal === '';
    }
    const expression = new RegExp(`^${globSource(trimmed)}$`, 'u');
    return (path) => expression.test(path);
}
/** The regular-expression source of a glob pattern. */
function globSource(pattern) {
    const segments = pattern.split('/');
    let source = '';
    segments.forEach((segment, index) => {
        const last = index === segments.length - 1;
        if (/^\*{2,}$/.test(segment)) {
            // `**` alone as a segment: any number of folders (zero included) with their slashes.
            source += last ? '.*' : '(?:[^/]*/)*';
            return;
        }
        source += segmentSource(segment) + (last ? '' : '/');
    });
    return source;
}
/** One segment (no slash) of a glob: `*`, `?`, classes and escapes, the rest literal. */
function segmentSource(segment) {
    let source = '';
    for (let index = 0; index < segment.length; index += 1) {
        const char = segment.charAt(index);
        if (char === '*') {
            source += '[^/]*';
            while (segment.charAt(index + 1) === '*')
                index += 1;
        }
        else if (char === '?') {
            source += '[^/]';
        }
        else if (char === '\\' && index + 1 < segment.length) {
            index += 1;
            source += escapeLiteral(segment.charAt(index));
        }
        else if (char === '[') {
            const end = classEnd(segment, index);
            if (end === -1) {
                source += '\\[';
            }
            else {
                source += classSource(segment.slice(index + 1, end));
                index = end;
            }
        }
        else {
            source += escapeLiteral(char);
        }
    }
    return source;
}
/** Index of the `]` closing the class opened at `start`, or -1 (then `[` is literal). */
function classEnd(segment, start) {
    let index = start + 1;
    if (segment.charAt(index) === '!' || segment.charAt(index) === '^')
        index += 1;
    // A `]` right after the opening (or its negation) is a member, as in git.
    if (segment.charAt(index) === ']')
        index += 1;
    while (index < segment.length) {
        if (segment.charAt(index) === '\\')
            index += 2;
        else if (segment.charAt(index) === ']')
            return index;
        else
            index += 1;
    }
    return -1;
}
/** A bracket class body (`!a-c`, `^x`, `]a`) as a regular-expression class that excludes `/`. */
function classSource(body) {
    let rest = body;
    let negated = false;
    if (rest.startsWith('!') || rest.startsWith('^')) {
        negated = true;
        rest = rest.slice(1);
    }
    let members = '';
    for (let index = 0; index < rest.length; index += 1) {
        let char = rest.charAt(index);
        if (char === '\\' && index + 1 < rest.length) {
            index += 1;
            char = rest.charAt(index);
        }
        // A `-` between two members is a range; anywhere else it is itself.
        const between = char === '-' && members !== '' && index + 1 < rest.length;
        members += between ? '-' : char.replace(/[\\\]^-]/g, '\\$&');
    }
    return negated ? `[^/${members}]` : `(?![/])[${members}]`;
}
function escapeLiteral(char) {
    return char.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/gates/coverage/file-minimum.ts
/**
 * The line coverage each file must reach: the general `minPerFile`, refined by glob rules of
 * which the last that matches wins (as in .gitignore and CODEOWNERS, later lines refine earlier
 * ones), so `src/**` at 80 then `src/legacy/**` at 40 gives legacy code the lower bar. Pure.
 */

/**
 * Compiles the per-file rules once (a report may name thousands of files).
 * @example createMinimumLookup({ minPerFile: 80, perFile: [{ pattern: 'src/legacy/**', min: 40 }] })('src/legacy/a.ts') // { min: 40, pattern: 'src/legacy/**' }
 */
function createMinimumLookup(thresholds) {
    const rules = thresholds.perFile.map((rule) => ({ ...rule, matches: compilePathGlob(rule.pattern) }));
    const general = thresholds.minPerFile === undefined ? undefined : { min: thresholds.minPerFile };
    return (path) => {
        for (let index = rules.length - 1; index >= 0; index -= 1) {
            const rule = rules[index];
            if (rule?.matches(path))
                return { min: rule.min, pattern: rule.pattern };
        }
        return general;
    };
}

;// CONCATENATED MODULE: ./src/gates/coverage/patch.ts
/**
 * Counts the changed coverable lines of a file and collects the uncovered ones as ranges. Two
 * uncovered lines share a range when every line between them was changed too and none of those
 * is coverable (a blank line or comment inside an untested block), so one annotation spans the
 * block; a covered or unchanged coverable line between them splits it.
 *
 * Linear in the smaller of the file's coverable lines and its changed lines (`changed` is
 * ascending and merged, as src/diff/changed-lines.ts builds it).
 * @example patchOf(new Map([[1, 0], [2, 3], [4, 0], [5, 0]]), [{ start: 1, end: 5 }]) // { covered: 1, total: 4, uncovered: [{ start: 1, end: 1 }, { start: 4, end: 5 }] }
 */
function patchOf(lines, changed) {
    const counter = createPatchCounter(lines);
    if (changed === 'whole-file') {
        for (const line of ascendingLines(lines))
            counter.visit(line, 0);
        return counter.result();
    }
    let changedLength = 0;
    for (const range of changed)
        changedLength += range.end - range.start + 1;
    if (changedLength <= lines.size) {
        // Fewer changed lines than coverable ones (the usual pull request): look each one up.
        changed.forEach((range, index) => {
            for (let line = range.start; line <= range.end; line += 1) {
                if (lines.has(line))
                    counter.visit(line, index);
            }
        });
        return counter.result();
    }
    let rangeIndex = 0;
    for (const line of ascendingLines(lines)) {
        while (rangeIndex < changed.length && (changed[rangeIndex]?.end ?? 0) < line)
            rangeIndex += 1;
        const range = changed[rangeIndex];
        if (range !== undefined && range.start <= line)
            counter.visit(line, rangeIndex);
        else
            counter.skip();
    }
    return counter.result();
}
/** The coverable lines ascending; parsers mostly insert them in order, so a sort is rarely needed. */
function ascendingLines(lines) {
    const keys = [...lines.keys()];
    for (let index = 1; index < keys.length; index += 1) {
        if ((keys[index - 1] ?? 0) > (keys[index] ?? 0))
            return keys.sort((a, b) => a - b);
    }
    return keys;
}
/** Counts changed coverable lines visited in ascending order and gathers the uncovered runs. */
function createPatchCounter(lines) {
    const uncovered = [];
    let covered = 0;
    let total = 0;
    /** The changed range of the open uncovered run, or -1 when no run is open. */
    let runRange = -1;
    return {
        /** A changed coverable line, in changed range number `range`. */
        visit(line, range) {
            total += 1;
            if ((lines.get(line) ?? 0) > 0) {
                covered += 1;
                runRange = -1;
                return;
            }
            const open = uncovered.at(-1);
            if (open !== undefined && runRange === range)
                open.end = line;
            else
                uncovered.push({ start: line, end: line });
            runRange = range;
        },
        /** A coverable line the change did not touch: it ends any run. */
        skip() {
            runRange = -1;
        },
        result() {
            return { covered, total, uncovered };
        },
    };
}

// EXTERNAL MODULE: ./src/report/labels.ts
var labels = __webpack_require__(47923);
;// CONCATENATED MODULE: ./src/gates/coverage/percent.ts
/**
 * Covered out of total as a percent (0–100), or undefined when nothing was coverable. One
 * division, so the result is the double nearest the true ratio (`29 * 100 / 100` is exactly 29,
 * where `29 / 100 * 100` is 28.999999999999996).
 * @example percentOf({ covered: 5, total: 7 }) // 71.42857142857143
 */
function percentOf(counts) {
    return counts.total === 0 ? undefined : (counts.covered * 100) / counts.total;
}
/**
 * The decimal a number is written as (its shortest round-trip form, `80`, `99.99`, `1e-7`) as an
 * exact fraction: the user's `99.99` is 9999/100, not the binary double near it.
 */
function decimalFraction(value) {
    if (!Number.isFinite(value)) {
        throw new Error(`decimalFraction: value must be a finite number (got ${String(value)})`);
    }
    const [mantissa = '0', exponentText = '0'] = String(Math.abs(value)).split('e');
    const [whole = '0', fraction = ''] = mantissa.split('.');
    const exponent = Number(exponentText) - fraction.length;
    let numerator = BigInt(whole + fraction);
    let denominator = 1n;
    if (exponent >= 0)
        numerator *= 10n ** BigInt(exponent);
    else
        denominator = 10n ** BigInt(-exponent);
    return { numerator: value < 0 ? -numerator : numerator, denominator };
}
/**
 * True when `counts` reach `minimum` percent, compared exactly: `covered * 100 >= minimum *
 * total` in integers. Nothing coverable (total 0) has nothing to miss, so it passes.
 * @example meetsMinimum({ covered: 9999, total: 10000 }, 100) // false (99.99% is not 100%)
 */
function meetsMinimum(counts, minimum) {
    if (counts.total === 0)
        return true;
    const limit = decimalFraction(minimum);
    return (BigInt(counts.covered) * 100n * limit.denominator >= limit.numerator * BigInt(counts.total));
}
/**
 * True when the line coverage fell from `base` to `head` by more than `maxDrop` percentage points,
 * compared exactly: `100 · (base.covered/base.total − head.covered/head.total) > maxDrop` with
 * both sides multiplied out to integers. False when either side has nothing coverable.
 * @example droppedMoreThan({ covered: 81, total: 100 }, { covered: 80, total: 100 }, 1) // false
 */
function droppedMoreThan(base, head, maxDrop) {
    if (base.total === 0 || head.total === 0)
        return false;
    const limit = decimalFraction(maxDrop);
    const baseTotal = BigInt(base.total);
    const headTotal = BigInt(head.total);
    const difference = BigInt(base.covered) * headTotal - BigInt(head.covered) * baseTotal;
    return difference * 100n * limit.denominator > limit.numerator * baseTotal * headTotal;
}
/** `value` floored (towards −∞) to `digits` decimals, written with exactly that many. */
function floorToDigits(value, digits) {
    // The shortest round-trip form is the decimal the double stands for; cutting its digits
    // floors a positive value without the error of `Math.floor(value * 10 ** digits)`.
    const plain = Math.abs(value) < 1e-6 ? Math.abs(value).toFixed(20) : String(Math.abs(value));
    const [whole = '0', fraction = ''] = plain.split('.');
    const kept = fraction.slice(0, digits).padEnd(digits, '0');
    const cut = fraction.slice(digits).replace(/0/g, '') !== '';
    if (value >= 0 || !cut) {
        const text = digits === 0 ? whole : `${whole}.${kept}`;
        return value < 0 && Number(text) !== 0 ? `-${text}` : text;
    }
    // A negative value with digits cut off: its floor is one step further from zero.
    const scaled = BigInt(whole + kept) + 1n;
    const padded = scaled.toString().padStart(digits + 1, '0');
    return digits === 0 ? `-${padded}` : `-${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}
/** Digits after the point the shortest form of `value` has (`99.99` → 2, `80` → 0). */
function decimalsOf(value) {
    const { denominator } = decimalFraction(value);
    return denominator.toString().length - 1;
}
/** A limit as the user wrote it: `80%`, `99.5%`. */
function formatLimit(limit) {
    return `${String(limit)}%`;
}
/** Longest run of decimals ever shown; a double has no more meaningful digits near 100. */
const MAX_DIGITS = 12;
/**
 * A coverage percent (0–100) for reading, floored so it never looks better than it is: one
 * decimal (`71.4%`); two near the ends, so that 99.999 reads `99.99%` and 0.05 reads `0.05%`;
 * no decimals when the value is a whole number (`100%` only when exactly 100). With `against`,
 * as many more digits as it takes for a value that differs from the limit to print differently.
 * @example formatPercent(99.999) // '99.99%'
 * @example formatPercent(79.994, { against: 79.995 }) // '79.994%'
 */
function formatPercent(value, options = {}) {
    return `${formatDecimal(value, options)}%`;
}
/**
 * A difference in percentage points, signed (`+0.4`, `-1.25`, `0`), floored towards −∞ like
 * {@link formatPercent} so a fall never looks smaller than it is.
 * @example formatPoints(-1.25) // '-1.3'
 */
function formatPoints(value, options = {}) {
    const text = formatDecimal(value, options);
    return value > 0 && Number(text) !== 0 ? `+${text}` : text;
}
/**
 * A number of percent or points without sign or unit, floored as {@link formatPercent} floors
 * (`12.5`, `99.99`): for a size of a drop, say.
 */
function formatDecimal(value, options = {}) {
    if (!Number.isFinite(value)) {
        throw new Error(`formatPercent: value must be a finite number (got ${String(value)})`);
    }
    if (Number.isInteger(value))
        return String(value === 0 ? 0 : value);
    const magnitude = Math.abs(value);
    let digits = magnitude < 0.1 || (magnitude > 99.9 && magnitude < 100) ? 2 : 1;
    // A nonzero value never reads 0: 0.001 is `0.001`, not `0.00`.
    while (digits < MAX_DIGITS && Number(floorToDigits(value, digits)) === 0 && value > 0) {
        digits += 1;
    }
    const { against } = options;
    if (against !== undefined && against !== value) {
        digits = Math.max(digits, Math.min(MAX_DIGITS, decimalsOf(against)));
        while (digits < MAX_DIGITS && Number(floorToDigits(value, digits)) === against)
            digits += 1;
    }
    return floorToDigits(value, digits);
}

;// CONCATENATED MODULE: ./src/gates/coverage/analyze.ts
/**
 * The coverage analysis: totals, patch coverage of the change under review, per-file figures and
 * every threshold checked, from reports already mapped onto the repository. Pure: the caller
 * reads the reports, the diff and the history store; the verdict is built from the result.
 *
 * Patch coverage is diff-cover's (see patch.ts): the changed lines the report measures, covered
 * when the report gives them a hit. Where diff-cover then truncates the percent to an integer
 * (`int(covered / total * 100)` in `total_percent_covered`) before comparing it with
 * `--fail-under`, the checks here compare exactly, so 99.99% never passes a 100% minimum.
 */






/** A count for reading: `1,234`. */
/** Covered and total lines of one file. */
function lineCounts(lines) {
    let covered = 0;
    for (const hits of lines.values())
        if (hits > 0)
            covered += 1;
    return { covered, total: lines.size };
}
/** Line, branch and function counts of one file; branches and functions where the report has them. */
function fileTotals(file) {
    const totals = { lines: lineCounts(file.lines) };
    if (file.branches !== undefined) {
        const branches = { covered: 0, total: 0 };
        for (const counts of file.branches.values()) {
            branches.covered += counts.covered;
            branches.total += counts.total;
        }
        totals.branches = branches;
    }
    if (file.functions !== undefined) {
        totals.functions = {
            covered: file.functions.filter((fn) => fn.hits > 0).length,
            total: file.functions.length,
        };
    }
    return totals;
}
/** The sum of per-file totals; branches (functions) present when any file has them. */
function sumTotals(all) {
    const add = (sum, counts) => counts === undefined
        ? sum
        : { covered: (sum?.covered ?? 0) + counts.covered, total: (sum?.total ?? 0) + counts.total };
    let lines = { covered: 0, total: 0 };
    let branches;
    let functions;
    for (const totals of all) {
        lines = add(lines, totals.lines) ?? lines;
        branches = add(branches, totals.branches);
        functions = add(functions, totals.functions);
    }
    return {
        lines,
        ...(branches === undefined ? {} : { branches }),
        ...(functions === undefined ? {} : { functions }),
    };
}
/**
 * What the history store keeps of a commit's coverage, for the drop check of later pull
 * requests: the totals and each file's line counts.
 * @example commitCoverageOf({ files: [file], unmatched: [], ambiguous: [] }).files['src/a.ts'] // { covered: 3, total: 4 }
 */
function commitCoverageOf(mapping) {
    const perFile = mapping.files.map((file) => ({ path: file.path, totals: fileTotals(file) }));
    return {
        totals: sumTotals(perFile.map((file) => file.totals)),
        // fromEntries defines own properties, so a file named `__proto__` is kept as data.
        files: Object.fromEntries(perFile.map((file) => [file.path, file.totals.lines])),
    };
}
/** The extension of a path's file name, lower case without the dot; '' when it has none. */
function extensionOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}
/**
 * Changed files that no report covers, among the kinds of files the reports cover (a changed
 * `.ts` file when some `.ts` file has coverage; a README never): diff-cover passes these
 * silently, though a file the tests never load is the least covered of all.
 */
function changedWithoutCoverage(mapping, changes) {
    const covered = new Set(mapping.files.map((file) => file.path));
    const kinds = new Set(mapping.files.map((file) => extensionOf(file.path)));
    kinds.delete('');
    return [...changes.files.keys()]
        .filter((path) => !covered.has(path) && kinds.has(extensionOf(path)))
        .sort();
}
const LINE = { one: 'line', many: 'lines' };
const CHANGED_LINE = { one: 'changed line', many: 'changed lines' };
const BRANCH = { one: 'branch', many: 'branches' };
const FUNCTION = { one: 'function', many: 'functions' };
/**
 * A minimum check on counts, explained: `<what> 71.4% < 80%: 12 of 42 changed lines not
 * covered`, with `ruleNote` after the limit (which per-file rule set it).
 */
function minimumCheck(kind, what, counts, limit, noun, ruleNote = '') {
    const actual = percentOf(counts);
    const passed = meetsMinimum(counts, limit);
    const shownLimit = `${formatLimit(limit)}${ruleNote}`;
    const of = (part) => `${(0,labels/* formatCount */.B4)(part)} of ${(0,labels/* countOf */.pq)(counts.total, noun.one, noun.many)}`;
    let explanation;
    if (actual === undefined) {
        explanation = `${what}: no ${noun.many} to cover, nothing to check against ${shownLimit}`;
    }
    else if (passed) {
        explanation = `${what} ${formatPercent(actual, { against: limit })} ≥ ${shownLimit}: ${of(counts.covered)} covered`;
    }
    else {
        explanation = `${what} ${formatPercent(actual, { against: limit })} < ${shownLimit}: ${of(counts.total - counts.covered)} not covered`;
    }
    return { kind, actual, limit, passed, explanation };
}
/** A check that could not be measured: it passes, and says why. */
function notMeasured(kind, limit, why) {
    return { kind, actual: undefined, limit, passed: true, explanation: why };
}
/** `abc1234`: a commit as people write it. */
function shortSha(sha) {
    return sha.slice(0, 7);
}
/** The drop of total line coverage versus the base, checked against `maxDrop` points. */
function dropCheck(totals, base, maxDrop) {
    const limit = `${String(maxDrop)} allowed`;
    if (base === undefined) {
        return notMeasured('drop', maxDrop, 'coverage drop not checked: no stored coverage of the base');
    }
    const before = percentOf(base.coverage.totals.lines);
    const after = percentOf(totals.lines);
    if (before === undefined || after === undefined) {
        return notMeasured('drop', maxDrop, `coverage drop not checked: ${before === undefined ? `base ${shortSha(base.sha)}` : 'this run'} has no coverable lines`);
    }
    const drop = before - after;
    const passed = !droppedMoreThan(base.coverage.totals.lines, totals.lines, maxDrop);
    const figures = `${formatPercent(before)} at base ${shortSha(base.sha)} → ${formatPercent(after)} now`;
    let explanation;
    if (!passed) {
        explanation = `total line coverage dropped ${formatDecimal(drop, { against: maxDrop })} points > ${limit}: ${figures}`;
    }
    else if (drop > 0) {
        explanation = `total line coverage dropped ${formatDecimal(drop, { against: maxDrop })} points ≤ ${limit}: ${figures}`;
    }
    else {
        explanation =
            drop === 0
                ? `total line coverage unchanged: ${figures}`
                : `total line coverage rose ${formatDecimal(-drop)} points: ${figures}`;
    }
    return { kind: 'drop', actual: drop, limit: maxDrop, passed, explanation };
}
/** Order of the checks, the most telling first: the one a failing headline names. */
const CHECK_ORDER = [
    'patch',
    'total-lines',
    'drop',
    'total-branches',
    'total-functions',
    'per-file',
];
/**
 * Analyses coverage against the thresholds.
 *
 * - totals: over the mapped files (or `totalsOnly`); a line counts as covered with any hit;
 *   branch and function totals where some report has them.
 * - patch: per changed file the report covers, its changed coverable lines (see patch.ts);
 *   `patch.files` counts the changed files with at least one such line.
 * - checks, each only when its threshold is set, in {@link CHECK_ORDER} (per-file by path): a
 *   check with nothing to measure passes and says so (`actual` undefined).
 * - `changedWithoutCoverage`: changed files no report covers, of the extensions the reports
 *   cover.
 * - `notes`: only what needs the reader's attention (the parsers' `warnings` first, a drop limit
 *   without a base, missing branch data…); the base that was found is `base`, for the verdict to
 *   describe.
 *
 * @example analyzeCoverage({ mapping, changes, thresholds: { perFile: [], minPatch: 80 } }).checks[0].explanation // 'patch coverage 71.4% < 80%: 12 of 42 changed lines not covered'
 */
function analyzeCoverage(input) {
    const { mapping, changes, base, thresholds } = input;
    const minimumOf = createMinimumLookup(thresholds);
    const notes = [...(input.warnings ?? [])];
    const checks = [];
    const perFileChecks = [];
    // The whole change's counts; its uncovered lines are kept per file (ranges of different files
    // do not add up), so the whole change's `uncovered` stays empty.
    const patchTotals = changes === undefined || input.totalsOnly !== undefined
        ? undefined
        : { covered: 0, total: 0, uncovered: [], files: 0 };
    const files = [...mapping.files]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((file) => {
        const result = { path: file.path, totals: fileTotals(file) };
        const changed = changes?.files.get((0,changed_lines/* normalizeChangePath */.Z9)(file.path));
        if (changed !== undefined) {
            result.patch = patchOf(file.lines, changed);
            if (patchTotals !== undefined && result.patch.total > 0) {
                patchTotals.covered += result.patch.covered;
                patchTotals.total += result.patch.total;
                patchTotals.files += 1;
            }
        }
        if (base !== undefined && Object.hasOwn(base.coverage.files, file.path)) {
            const baseLines = base.coverage.files[file.path];
            if (baseLines !== undefined)
                result.baseLines = baseLines;
        }
        const minimum = minimumOf(file.path);
        if (minimum !== undefined) {
            result.minimum = minimum.min;
            const rule = minimum.pattern === undefined ? '' : ` (rule ${minimum.pattern})`;
            perFileChecks.push({
                ...minimumCheck('per-file', `${file.path}: line coverage`, result.totals.lines, minimum.min, LINE, rule),
                file: file.path,
            });
        }
        return result;
    });
    const totals = input.totalsOnly ?? sumTotals(files.map((file) => file.totals));
    if (thresholds.minPatch !== undefined) {
        if (input.totalsOnly !== undefined) {
            checks.push(notMeasured('patch', thresholds.minPatch, 'patch coverage not checked: the report has totals only (coverage-summary.json), no lines'));
        }
        else if (patchTotals === undefined) {
            checks.push(notMeasured('patch', thresholds.minPatch, 'patch coverage not checked: no change under review'));
        }
        else {
            checks.push(minimumCheck('patch', 'patch coverage', patchTotals, thresholds.minPatch, CHANGED_LINE));
        }
    }
    if (thresholds.minTotalLines !== undefined) {
        checks.push(minimumCheck('total-lines', 'total line coverage', totals.lines, thresholds.minTotalLines, LINE));
    }
    if (thresholds.maxDrop !== undefined) {
        checks.push(dropCheck(totals, base, thresholds.maxDrop));
    }
    for (const [kind, what, counts, limit, noun] of [
        [
            'total-branches',
            'total branch coverage',
            totals.branches,
            thresholds.minTotalBranches,
            BRANCH,
        ],
        [
            'total-functions',
            'total function coverage',
            totals.functions,
            thresholds.minTotalFunctions,
            FUNCTION,
        ],
    ]) {
        if (limit === undefined)
            continue;
        if (counts === undefined) {
            const none = `${what} not checked: the reports have no ${noun.one} data`;
            checks.push(notMeasured(kind, limit, none));
            notes.push(`The reports have no ${noun.one} data: the ${formatLimit(limit)} minimum of ${what} was not checked.`);
        }
        else {
            checks.push(minimumCheck(kind, what, counts, limit, noun));
        }
    }
    checks.sort((a, b) => CHECK_ORDER.indexOf(a.kind) - CHECK_ORDER.indexOf(b.kind));
    checks.push(...perFileChecks);
    if (base === undefined && thresholds.maxDrop !== undefined) {
        notes.push('No stored coverage of the merge base or of an ancestor near it: the drop check passes. Run this gate on pushes to the default branch to store coverage for later pull requests.');
    }
    if (input.totalsOnly !== undefined && changes !== undefined) {
        notes.push('The report has totals only (coverage-summary.json): patch coverage needs per-line data, e.g. coverage-final.json or lcov.info.');
    }
    if (mapping.ambiguous.length > 0) {
        const first = mapping.ambiguous[0];
        notes.push(`${(0,labels/* countOf */.pq)(mapping.ambiguous.length, 'report path')} match several repository files equally well and count nowhere` +
            (first === undefined ? '' : ` (e.g. ${first.reportPath}: ${first.candidates.join(', ')})`) +
            '; give a path fix (before::after) to say which.');
    }
    return {
        totals,
        ...(patchTotals === undefined ? {} : { patch: patchTotals }),
        ...(base === undefined ? {} : { base }),
        files,
        checks,
        changedWithoutCoverage: changes === undefined ? [] : changedWithoutCoverage(mapping, changes),
        unmatchedReportPaths: [...mapping.unmatched],
        notes,
    };
}

// EXTERNAL MODULE: ./src/shared/is-record.ts
var is_record = __webpack_require__(60791);
// EXTERNAL MODULE: ./src/history/snapshot.ts
var history_snapshot = __webpack_require__(40886);
;// CONCATENATED MODULE: ./src/gates/coverage/history.ts
/**
 * The coverage gate's snapshot: a default-branch commit's coverage (totals and line counts per
 * file), kept in the shared history store so that a later pull request can check how far its
 * coverage drops from its merge base. Where it is stored and how the nearest ancestor is found
 * is the shared layer's (src/history/snapshot.ts); what a snapshot holds and how it is validated
 * is here. One snapshot per key and commit, so monorepo components keep theirs apart.
 */



/** Schema tag of a stored coverage snapshot. */
const COVERAGE_SNAPSHOT_SCHEMA = 'kaizen-gates/coverage@1';
/** The coverage gate's snapshots, for the shared stores. */
const COVERAGE_SNAPSHOT = {
    gate: 'coverage',
    schema: COVERAGE_SNAPSHOT_SCHEMA,
    noun: 'coverage',
    fields: 'totals and files',
    parseRecord(data, what) {
        const { totals, files } = data;
        if (totals === undefined || files === undefined)
            return undefined;
        return { totals: parseTotals(totals, `${what}, totals`), files: parseFiles(files, what) };
    },
};
/**
 * The nearest stored coverage among `ancestors` (the merge base first, then its first-parent
 * ancestors), as the base of the drop check.
 *
 * @throws {ConfigurationError} when the nearest stored coverage is damaged.
 */
async function findCoverageBase(store, key, ancestors) {
    const found = await (0,history_snapshot/* findNearestSnapshot */.e2)(COVERAGE_SNAPSHOT, store, key, ancestors);
    if (found === undefined)
        return undefined;
    const { sha, createdAt, totals, files } = found.snapshot;
    return { sha, createdAt, distance: found.distance, coverage: { totals, files } };
}
/** The snapshot text of `coverage` at commit `sha` under `key`. */
function serializeCoverageSnapshot(key, sha, createdAt, coverage) {
    const snapshot = {
        schema: COVERAGE_SNAPSHOT_SCHEMA,
        suite: key,
        sha,
        createdAt,
        totals: coverage.totals,
        files: coverage.files,
    };
    return (0,history_snapshot/* serializeSnapshot */.DP)(snapshot);
}
function parseTotals(value, what) {
    if (!(0,is_record/* isRecord */.u)(value))
        throw new errors/* ConfigurationError */.j(`The ${what} is not an object.`);
    const totals = { lines: parseCounts(value.lines, `${what}.lines`) };
    if (value.branches !== undefined) {
        totals.branches = parseCounts(value.branches, `${what}.branches`);
    }
    if (value.functions !== undefined) {
        totals.functions = parseCounts(value.functions, `${what}.functions`);
    }
    return totals;
}
function parseFiles(value, what) {
    if (!(0,is_record/* isRecord */.u)(value))
        throw new errors/* ConfigurationError */.j(`The ${what} has files that are not an object.`);
    const files = {};
    for (const [path, counts] of Object.entries(value)) {
        files[path] = parseCounts(counts, `${what}, file '${path}'`);
    }
    return files;
}
/** Covered and total: whole numbers, covered never above total. */
function parseCounts(value, what) {
    if (!(0,is_record/* isRecord */.u)(value) ||
        !isCount(value.covered) ||
        !isCount(value.total) ||
        value.covered > value.total) {
        throw new errors/* ConfigurationError */.j(`The ${what} is not a count (covered and total whole numbers, covered at most total).`);
    }
    return { covered: value.covered, total: value.total };
}
function isCount(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

// EXTERNAL MODULE: ./src/shared/inputs.ts
var inputs = __webpack_require__(93876);
;// CONCATENATED MODULE: ./src/gates/coverage/parse/merge.ts

/**
 * Merges reports of matrix shards or monorepo components (of any formats) by path, as the report
 * names it (mapping paths to the repository comes later, so two spellings of one file stay two):
 *
 * - lines: a line is coverable when any report counts it, and its hits are the sum, so it is
 *   covered when any report covers it;
 * - branches: per line, the larger covered count and the larger total. Reports give only counts
 *   per line, not which arm was taken, so the union of arms is unknown: summing would count the
 *   same arms twice when shards run the same code, while the maximum never claims more than one
 *   report saw (it may under-count arms that different shards took, the safe side for a gate);
 * - functions: by name and line, hits summed.
 *
 * Nothing is mutated: a file that only one report names keeps that report's maps (copying them
 * would double the memory of a one-report run, 2.3 million lines in a 30 MB LCOV), and a file
 * that several name gets fresh ones.
 * @throws ConfigurationError when a totals-only report (coverage-summary.json) would be merged with
 *   another, since totals of overlapping runs cannot be combined without counting lines twice.
 */
function mergeCoverage(reports) {
    const totalsOnly = reports.filter((report) => report.totalsOnly !== undefined);
    if (totalsOnly.length > 0 && reports.length > 1) {
        throw new errors/* ConfigurationError */.j('coverage: a coverage-summary.json holds totals only and cannot be merged with other ' +
            'reports (the same lines would count twice); pass coverage-final.json instead');
    }
    const formats = [];
    const sourceRoots = [];
    const warnings = [];
    // Each path's first file, in the order first seen; the merge of its files when several name it.
    const firsts = new Map();
    const merges = new Map();
    for (const report of reports) {
        if (!formats.includes(report.format))
            formats.push(report.format);
        for (const root of report.sourceRoots)
            if (!sourceRoots.includes(root))
                sourceRoots.push(root);
        warnings.push(...report.warnings);
        for (const file of report.files) {
            const first = firsts.get(file.path);
            if (first === undefined) {
                firsts.set(file.path, file);
                continue;
            }
            let merging = merges.get(file.path);
            if (merging === undefined) {
                merging = { lines: new Map() };
                mergeFile(merging, first);
                merges.set(file.path, merging);
            }
            mergeFile(merging, file);
        }
    }
    const merged = {
        formats,
        files: [...firsts].map(([path, first]) => {
            const merging = merges.get(path);
            if (merging === undefined)
                return first;
            const result = { path, lines: merging.lines };
            if (merging.branches)
                result.branches = merging.branches;
            if (merging.functions)
                result.functions = [...merging.functions.values()];
            return result;
        }),
        sourceRoots,
        warnings,
    };
    const single = totalsOnly[0]?.totalsOnly;
    if (single)
        merged.totalsOnly = single;
    return merged;
}
/** Adds `file`'s coverage into `into` by the rules of {@link mergeCoverage}. */
function mergeFile(into, file) {
    for (const [line, hits] of file.lines)
        into.lines.set(line, (into.lines.get(line) ?? 0) + hits);
    if (file.branches) {
        into.branches ??= new Map();
        for (const [line, counts] of file.branches) {
            const known = into.branches.get(line);
            into.branches.set(line, known
                ? {
                    covered: Math.max(known.covered, counts.covered),
                    total: Math.max(known.total, counts.total),
                }
                : { ...counts });
        }
    }
    if (file.functions) {
        into.functions ??= new Map();
        for (const fn of file.functions) {
            const key = `${fn.name}@${fn.line ?? ''}`;
            const known = into.functions.get(key);
            if (known)
                known.hits += fn.hits;
            else
                into.functions.set(key, { ...fn });
        }
    }
}

;// CONCATENATED MODULE: ./src/gates/coverage/paths.ts
/**
 * Maps the paths a coverage report names (absolute paths of the CI machine, paths relative to a
 * Cobertura source root, JaCoCo package paths, Go import paths, Windows paths) onto the files of
 * the repository as `git ls-files` lists them. Pure: the file list and go.mod modules are read by
 * src/io/repository-files.ts.
 */



/**
 * Maps the merged reports onto the repository's files, trying for each report path, in order:
 *
 * 1. the first `fixes` entry whose `before` is a leading part (whole path components) of the
 *    path: it is replaced by `after`, and the result goes through the steps below;
 * 2. the path itself, when it is a repository file;
 * 3. an absolute path under `root`, made relative; such a path that is not a repository file is
 *    unmatched (a build output or an untracked file of the checkout, never another file that
 *    merely shares its name);
 * 4. a Go import path under the longest matching module path, placed in the module's folder
 *    (`github.com/acme/shop/pkg/x.go` in module `github.com/acme/shop` at `svc` is `svc/pkg/x.go`);
 * 5. the path joined to each source root the reports name (Cobertura `<sources>`, absolute or
 *    relative);
 * 6. the repository files with the longest common suffix, in whole components (so JaCoCo's
 *    `com/acme/Foo.java` finds `src/main/java/com/acme/Foo.java`). One best file is the match;
 *    several equally good ones make the path ambiguous and none is chosen. Sharing the file name
 *    alone is no match when both paths go on with other folders (`com/proj2/Builder.java` is
 *    not `src/com/proj1/Builder.java`): such a path is listed as unmatched, for a path fix.
 *
 * Backslashes count as separators (`C:\a\b.cs`), `.` and `..` components are resolved, and case
 * matters unless `ignoreCase` is set. Report paths that land on one repository file are merged by
 * the rules of `mergeCoverage` (parse/merge.ts); nothing given is mutated (unmerged files share
 * their maps with `merged`).
 *
 * Runs in O(R + P·log R) for R repository files and P report paths (plus sorting the files of
 * each name a report asks for, once): no report path is compared with every repository file.
 */
function mapToRepository(merged, repoFiles, options = {}) {
    const resolve = createPathResolver(repoFiles, merged.sourceRoots, options);
    const byRepoPath = new Map();
    const unmatched = [];
    const ambiguous = [];
    for (const file of merged.files) {
        const resolution = resolve(file.path);
        switch (resolution.kind) {
            case 'matched': {
                let entry = byRepoPath.get(resolution.repoPath);
                if (!entry) {
                    entry = { reportPaths: [], files: [] };
                    byRepoPath.set(resolution.repoPath, entry);
                }
                entry.reportPaths.push(file.path);
                entry.files.push(file);
                break;
            }
            case 'unmatched':
                unmatched.push(file.path);
                break;
            case 'ambiguous':
                ambiguous.push({ reportPath: file.path, candidates: resolution.candidates });
                break;
            default:
                (0,labels/* assertNever */.xb)(resolution);
        }
    }
    const files = [...byRepoPath]
        .sort(([a], [b]) => compareStrings(a, b))
        .map(([path, entry]) => repoFileCoverage(path, entry.reportPaths, entry.files));
    return {
        files,
        unmatched: unmatched.sort(compareStrings),
        ambiguous: ambiguous.sort((a, b) => compareStrings(a.reportPath, b.reportPath)),
    };
}
/**
 * Parses `before::after` path fixes (`/home/runner/work/app/app/::`, `::packages/web/`,
 * `build/src::src`). An empty `before` prefixes every relative path with `after`; an empty
 * `after` strips `before`. Blank values are skipped (the trailing line of a multi-line input).
 * @throws ConfigurationError naming the value when it has no `::`, more than one, or both sides
 *   are empty.
 */
function parsePathFixes(values) {
    const fixes = [];
    for (const raw of values) {
        const value = raw.trim();
        if (value === '')
            continue;
        const parts = value.split('::');
        if (parts.length !== 2) {
            throw new errors/* ConfigurationError */.j(`coverage path fix '${value}' must be 'before::after' with exactly one '::' ` +
                `(e.g. '/home/runner/work/app/app/::' or 'build/src::src')`);
        }
        const [before = '', after = ''] = parts;
        if (before.trim() === '' && after.trim() === '') {
            throw new errors/* ConfigurationError */.j(`coverage path fix '${value}' has neither a 'before' nor an 'after' part`);
        }
        fixes.push({ before: before.trim(), after: after.trim() });
    }
    return fixes;
}
/**
 * A resolver of single report paths against one repository (what {@link mapToRepository} does per
 * path, for callers that need the reason a path went where it did). The index is built once.
 */
function createPathResolver(repoFiles, sourceRoots, options = {}) {
    const exact = new RepoIndex(repoFiles);
    const folded = options.ignoreCase
        ? new RepoIndex(repoFiles, (text) => text.toLowerCase())
        : undefined;
    const fixes = (options.fixes ?? []).map((fix) => ({
        before: splitPath(fix.before),
        after: splitPath(fix.after),
    }));
    const modules = [...(options.goModules ?? [])]
        .map((module) => ({ path: splitPath(module.path), dir: splitPath(module.dir) }))
        .filter((module) => module.path.components.length > 0)
        .sort((a, b) => b.path.components.length - a.path.components.length);
    const root = options.root === undefined ? undefined : splitPath(options.root);
    const roots = sourceRoots.map(splitPath);
    return (reportPath) => {
        const path = applyFixes(splitPath(reportPath), fixes);
        const underRoot = root && path.absolute ? relativeTo(path, root) : undefined;
        const tries = [];
        const suffixQueries = [path];
        if (underRoot !== undefined) {
            tries.push(underRoot);
        }
        else if (!path.absolute) {
            tries.push(joinComponents(path.components));
            for (const module of modules) {
                if (startsWith(path.components, module.path.components)) {
                    const rest = path.components.slice(module.path.components.length);
                    tries.push(joinComponents([...module.dir.components, ...rest]));
                }
            }
            for (const sourceRoot of roots) {
                const joined = joinPaths(sourceRoot, path);
                if (!joined.absolute)
                    tries.push(joined.text);
                else if (root) {
                    const relative = relativeTo(joined, root);
                    if (relative !== undefined)
                        tries.push(relative);
                }
                suffixQueries.push(joined);
            }
        }
        for (const index of folded ? [exact, folded] : [exact]) {
            for (const candidate of tries) {
                const found = index.exact(candidate);
                if (found !== undefined)
                    return { kind: 'matched', repoPath: found };
            }
            // Under the checkout but not tracked: a generated file, not one of the same name elsewhere.
            if (underRoot !== undefined)
                continue;
            const best = index
                .longestSuffix(suffixQueries)
                .filter((file) => !foldersDisagree(file, suffixQueries));
            if (best.length === 1 && best[0] !== undefined)
                return { kind: 'matched', repoPath: best[0] };
            if (best.length > 1)
                return { kind: 'ambiguous', candidates: best.sort(compareStrings) };
        }
        return { kind: 'unmatched' };
    };
}
/**
 * True when `file` shares only its name with every query while both go on with other folders:
 * `com/proj2/Builder.java` is not `src/com/proj1/Builder.java`. A shared folder or more (Kotlin's
 * layout leaves out the common package folders), or one path ending where the other goes on
 * (`Builder.java`, or an absolute path's checkout prefix), still match.
 */
function foldersDisagree(file, queries) {
    const fileComponents = file.split('/');
    if (fileComponents.length === 1)
        return false;
    return queries.every((query) => {
        const components = query.components;
        if (components.length === 1)
            return false;
        return components.at(-2) !== fileComponents.at(-2);
    });
}
/** Splits a report path, a fix or a root; the drive letter upper-cased (Windows ignores case). */
function splitPath(raw) {
    const slashed = raw.replace(/\\/g, '/');
    const drive = /^([A-Za-z]):(?:\/|$)/.exec(slashed);
    const absolute = drive !== null || slashed.startsWith('/');
    const components = [];
    const rest = drive ? slashed.slice(2) : slashed;
    for (const part of rest.split('/')) {
        if (part === '' || part === '.')
            continue;
        const last = components.at(-1);
        if (part === '..' && last !== undefined && last !== '..')
            components.pop();
        else if (part !== '..' || !absolute)
            components.push(part);
    }
    const head = drive ? [`${(drive[1] ?? '').toUpperCase()}:`] : absolute ? [''] : [];
    const all = [...head, ...components];
    return {
        absolute,
        components: all,
        text: absolute && all.length === 1 ? `${all[0]}/` : all.join('/'),
    };
}
/** The path relative to `root`, or undefined when it is not inside it. */
function relativeTo(path, root) {
    if (!startsWith(path.components, root.components))
        return undefined;
    return joinComponents(path.components.slice(root.components.length));
}
/** `path` inside `base` (a relative `path`), `..` resolved. */
function joinPaths(base, path) {
    return base.text === '' ? path : splitPath(`${base.text}/${path.text}`);
}
function startsWith(components, prefix) {
    if (prefix.length > components.length)
        return false;
    return prefix.every((part, index) => components[index] === part);
}
function joinComponents(components) {
    return components.join('/');
}
/** Applies the first fix whose `before` leads the path; an empty `before` leads relative paths. */
function applyFixes(path, fixes) {
    for (const { before, after } of fixes) {
        const applies = before.components.length === 0
            ? !path.absolute
            : before.absolute === path.absolute && startsWith(path.components, before.components);
        if (applies) {
            const rest = path.components.slice(before.components.length);
            const afterText = after.components.length === 0 ? '' : `${after.text}/`;
            return splitPath(`${afterText}${joinComponents(rest)}`);
        }
    }
    return path;
}
/**
 * The repository's files indexed by (a key of) their path, and by their name for suffix
 * matching. Each name's files are kept as reversed paths (`index.ts/src/web/`) in sorted order,
 * built when the name is first asked for: the files sharing the most trailing components with a
 * query are then one contiguous run found by binary search, so a name shared by thousands of
 * files (`index.ts`, `__init__.py`) costs O(log k) per query, not k comparisons.
 */
class RepoIndex {
    #repoFiles;
    #key;
    /** Repository path (or its key) → the path; paths are their own keys unless case is folded. */
    #byPath;
    /** Name (or its key) → the files of that name; built on the first suffix query. */
    #byName;
    #groups = new Map();
    /** `key` folds what should compare equal (case); without it paths compare as they are. */
    constructor(repoFiles, key) {
        this.#repoFiles = repoFiles;
        this.#key = key;
        if (key) {
            const byPath = new Map();
            for (const file of repoFiles) {
                const keyed = key(file);
                if (!byPath.has(keyed))
                    byPath.set(keyed, file);
            }
            this.#byPath = byPath;
        }
        else {
            this.#byPath = new Set(repoFiles);
        }
    }
    /** The repository file at this repository-relative path. */
    exact(path) {
        if (path === '')
            return undefined;
        if (this.#byPath instanceof Set)
            return this.#byPath.has(path) ? path : undefined;
        return this.#byPath.get(this.#keyOf(path));
    }
    #keyOf(text) {
        return this.#key ? this.#key(text) : text;
    }
    /**
     * The repository files sharing the most trailing components with any of the queries (which all
     * end in the same file name): one file when it is clear, several when tied, none when no file
     * has that name.
     */
    longestSuffix(queries) {
        const name = queries[0]?.components.at(-1);
        if (name === undefined)
            return [];
        const group = this.#group(this.#keyOf(name));
        if (!group)
            return [];
        let bestDepth = 0;
        let best = new Set();
        for (const query of queries) {
            const components = query.components.map((component) => this.#keyOf(component));
            const { depth, files } = group.longestSuffix(reversedKey(components));
            if (depth > bestDepth) {
                bestDepth = depth;
                best = new Set(files);
            }
            else if (depth === bestDepth) {
                for (const file of files)
                    best.add(file);
            }
        }
        return [...best];
    }
    #group(name) {
        let group = this.#groups.get(name);
        if (!group) {
            const files = this.#names().get(name);
            if (!files)
                return undefined;
            group = new NameGroup(files, (text) => this.#keyOf(text));
            this.#groups.set(name, group);
        }
        return group;
    }
    #names() {
        if (this.#byName)
            return this.#byName;
        const byName = new Map();
        for (const file of this.#repoFiles) {
            const keyed = this.#keyOf(file);
            const name = keyed.slice(keyed.lastIndexOf('/') + 1);
            const named = byName.get(name);
            if (named)
                named.push(file);
            else
                byName.set(name, [file]);
        }
        this.#byName = byName;
        return byName;
    }
}
/** The files of one name, sorted by their reversed path. */
class NameGroup {
    #keys;
    #files;
    constructor(files, key) {
        const entries = files
            .map((file) => ({ key: reversedPath(key(file)), file }))
            .sort((a, b) => compareStrings(a.key, b.key));
        this.#keys = entries.map((entry) => entry.key);
        this.#files = entries.map((entry) => entry.file);
    }
    /**
     * The files sharing the most trailing components with the reversed query, and how many. In
     * sorted order the key sharing the longest prefix with the query is next to where the query
     * would go, and all keys with that prefix are one run.
     */
    longestSuffix(query) {
        const at = lowerBound(this.#keys, query);
        let shared = 0;
        for (const neighbour of [this.#keys[at - 1], this.#keys[at]]) {
            if (neighbour !== undefined)
                shared = Math.max(shared, sharedComponents(query, neighbour));
        }
        if (shared === 0)
            return { depth: 0, files: [] };
        const prefix = query.slice(0, shared);
        // Keys starting with `prefix` (ending in '/') sort before prefix-with-'0' ('0' follows '/').
        const from = lowerBound(this.#keys, prefix);
        const to = lowerBound(this.#keys, `${prefix.slice(0, -1)}0`);
        let depth = 0;
        for (const char of prefix)
            if (char === '/')
                depth += 1;
        return { depth, files: this.#files.slice(from, to) };
    }
}
/** Components last to first, each followed by `/`: `src/a/x.ts` is `x.ts/a/src/`. */
function reversedKey(components) {
    let key = '';
    for (let index = components.length - 1; index >= 0; index -= 1)
        key += `${components[index]}/`;
    return key;
}
/** {@link reversedKey} of a `/`-separated path, without splitting it. */
function reversedPath(path) {
    let key = '';
    let end = path.length;
    while (end > 0) {
        const start = path.lastIndexOf('/', end - 1);
        key += `${path.slice(start + 1, end)}/`;
        end = start;
    }
    return key;
}
/** Length of the longest common prefix of two reversed keys that ends at a component's end. */
function sharedComponents(a, b) {
    const limit = Math.min(a.length, b.length);
    let index = 0;
    while (index < limit && a.charCodeAt(index) === b.charCodeAt(index))
        index += 1;
    return index === 0 ? 0 : a.lastIndexOf('/', index - 1) + 1;
}
/** The first index whose key is not less than `key`. */
function lowerBound(keys, key) {
    let low = 0;
    let high = keys.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if ((keys[middle] ?? '') < key)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** One repository file's coverage from the report files that mapped to it. */
function repoFileCoverage(path, reportPaths, files) {
    const [only] = files;
    if (files.length === 1 && only !== undefined) {
        const result = { path, reportPaths, lines: only.lines };
        if (only.branches)
            result.branches = only.branches;
        if (only.functions)
            result.functions = only.functions;
        return result;
    }
    const merging = { lines: new Map() };
    for (const file of files)
        mergeFile(merging, file);
    const result = { path, reportPaths, lines: merging.lines };
    if (merging.branches)
        result.branches = merging.branches;
    if (merging.functions)
        result.functions = [...merging.functions.values()];
    return result;
}
/** Code-unit order, the order `git ls-files` sorts ASCII paths in; no locale. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/gates/coverage/parse/xml-files.ts
/** A growing set of files, keyed by the report's path. */
class FileCollector {
    files = new Map();
    /** The record of `path`, created on first use. */
    file(path) {
        let file = this.files.get(path);
        if (file === undefined) {
            file = { path, lines: new Map() };
            this.files.set(path, file);
        }
        return file;
    }
    /** Records `hits` for a line, keeping the highest count seen. */
    line(path, line, hits) {
        const lines = this.file(path).lines;
        const before = lines.get(line);
        if (before === undefined || hits > before)
            lines.set(line, hits);
    }
    /** Records the branches of a line, keeping the record with the most branches covered. */
    branches(path, line, counts) {
        const file = this.file(path);
        file.branches ??= new Map();
        const before = file.branches.get(line);
        if (before === undefined ||
            counts.total > before.total ||
            (counts.total === before.total && counts.covered > before.covered)) {
            file.branches.set(line, counts);
        }
    }
    /** Records a function (method); the same name on the same line merges to the highest hits. */
    func(path, name, line, hits) {
        const file = this.file(path);
        file.functions ??= [];
        const same = file.functions.find((f) => f.name === name && f.line === line);
        if (same === undefined) {
            file.functions.push(line === undefined ? { name, hits } : { name, line, hits });
        }
        else if (hits > same.hits) {
            same.hits = hits;
        }
    }
    /** The files in the order they first appeared. */
    list() {
        return [...this.files.values()];
    }
}
/** Line, branch and function totals computed from parsed files. */
function totalsOf(files) {
    const lines = { covered: 0, total: 0 };
    const branches = { covered: 0, total: 0 };
    const functions = { covered: 0, total: 0 };
    for (const file of files) {
        for (const hits of file.lines.values()) {
            lines.total += 1;
            if (hits > 0)
                lines.covered += 1;
        }
        for (const counts of file.branches?.values() ?? []) {
            branches.total += counts.total;
            branches.covered += counts.covered;
        }
        for (const f of file.functions ?? []) {
            functions.total += 1;
            if (f.hits > 0)
                functions.covered += 1;
        }
    }
    return { lines, branches, functions };
}

// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(59800);
;// CONCATENATED MODULE: ./src/gates/coverage/parse/xml-stream.ts
/**
 * A streaming XML reader for the coverage parsers, over saxes (the SAX parser jsdom uses). Chosen
 * over fast-xml-parser because that one needs the whole document as one string, and a coverage
 * report can be a gigabyte. saxes never fetches a DTD and never expands an entity other than the
 * five predefined ones, so an external entity or a billion-laughs DTD ends in "undefined entity"
 * instead of a network request or an exponential expansion.
 */


/** saxes prefixes its messages with "line:column: "; we report the position our own way. */
const SAXES_POSITION_PREFIX = /^\d+:\d+: /;
/**
 * Reads XML in pieces and calls `handlers`; every well-formedness error becomes a
 * ConfigurationError "`label`: line L, column C: what" (errors the handlers throw pass through).
 * @param label The format name that starts every error message, e.g. "cobertura".
 */
function createXmlStream(label, handlers) {
    const parser = new saxes/* SaxesParser */.wT({
        xmlns: false,
        position: true,
    });
    let started = false;
    // saxes reports a mismatched end tag after handing us the element it closed; name that element.
    let lastClosed = '';
    // Where each open element's start tag ended, to place an "unclosed tag" error at the tag.
    const open = [];
    const fail = (message, at) => {
        throw new errors/* ConfigurationError */.j(`${label}: line ${at.line}, column ${at.column}: ${message}`);
    };
    // At a start tag saxes has just read its ">"; its zero-based column of the next character is
    // the one-based column of that ">", where we place errors about the element.
    const here = () => ({ line: parser.line, column: parser.column });
    parser.on('error', (error) => {
        const unclosed = /^\d+:\d+: unclosed tag: /.test(error.message) ? open.at(-1) : undefined;
        if (unclosed !== undefined)
            fail(`unclosed tag <${unclosed.name}>`, unclosed.at);
        const message = error.message
            .replace(SAXES_POSITION_PREFIX, '')
            .replace(/^unclosed tag: (.*)$/, 'unclosed tag <$1>')
            .replace(/^undefined entity\.?$/, 'undefined entity (entities a DOCTYPE declares are never expanded)')
            .replace(/^unmatched closing tag: (.*)\.$/, 'unmatched closing tag </$1>')
            .replace(/^unexpected close tag\.$/, `unexpected close tag (expected </${lastClosed}>)`)
            .replace(/\.$/, '');
        fail(message, { line: parser.line, column: Math.max(1, parser.column) });
    });
    parser.on('opentag', (tag) => {
        const at = here();
        if (!tag.isSelfClosing)
            open.push({ name: tag.name, at });
        handlers.open(tag.name, tag.attributes, at);
    });
    parser.on('closetag', (tag) => {
        lastClosed = tag.name;
        if (!tag.isSelfClosing)
            open.pop();
        handlers.close(tag.name);
    });
    const onText = handlers.text;
    if (onText !== undefined) {
        parser.on('text', (text) => {
            onText(text);
        });
    }
    return {
        write(chunk) {
            let piece = chunk;
            if (!started && piece.length > 0) {
                started = true;
                // A UTF-8 byte order mark, decoded, is U+FEFF; .NET tools write one.
                if (piece.startsWith('\uFEFF'))
                    piece = piece.slice(1);
            }
            parser.write(piece);
        },
        end() {
            parser.close();
        },
    };
}
/** Parses a non-negative integer attribute, or fails naming the element, attribute and value. */
function readCount(label, element, attributes, name, at) {
    const raw = attributes[name];
    if (raw === undefined) {
        throw new errors/* ConfigurationError */.j(`${label}: line ${at.line}, column ${at.column}: <${element}> has no ${name} attribute`);
    }
    return parseCount(label, element, name, raw, at);
}
/** Like {@link readCount}, but an absent attribute gives `undefined`. */
function readOptionalCount(label, element, attributes, name, at) {
    const raw = attributes[name];
    return raw === undefined ? undefined : parseCount(label, element, name, raw, at);
}
function parseCount(label, element, name, raw, at) {
    const trimmed = raw.trim();
    // Some tools write hit counts as floats ("1.0") or in exponent form for huge counts.
    const value = /^\d+(\.\d+)?([eE]\+?\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
    if (!Number.isFinite(value)) {
        throw new errors/* ConfigurationError */.j(`${label}: line ${at.line}, column ${at.column}: <${element} ${name}="${raw}"> is not a non-negative number`);
    }
    return value;
}
/** The "not a … report" refusal, for a well-formed file of another kind. */
function notAReport(label, formatName, why, at) {
    return new errors/* ConfigurationError */.j(`${label}: line ${at.line}, column ${at.column}: not a ${formatName} report (${why})`);
}

;// CONCATENATED MODULE: ./src/gates/coverage/parse/clover.ts



const LABEL = 'clover';
/** Creates a streaming Clover parser; `stated` holds the project's `<metrics>`. */
function createCloverParser() {
    const files = new FileCollector();
    const warnings = [];
    const stated = {};
    const stack = [];
    let file;
    let istanbul = false;
    const onMetrics = (attributes, at) => {
        const pair = (total, covered) => {
            const t = readOptionalCount(LABEL, 'metrics', attributes, total, at);
            const c = readOptionalCount(LABEL, 'metrics', attributes, covered, at);
            return t === undefined || c === undefined ? undefined : { covered: c, total: t };
        };
        const statements = pair('statements', 'coveredstatements');
        if (statements !== undefined)
            stated.statements = statements;
        const conditionals = pair('conditionals', 'coveredconditionals');
        if (conditionals !== undefined)
            stated.branches = conditionals;
        const methods = pair('methods', 'coveredmethods');
        if (methods !== undefined)
            stated.functions = methods;
    };
    const onLine = (attributes, at) => {
        if (file === undefined)
            return;
        const num = readCount(LABEL, 'line', attributes, 'num', at);
        const type = attributes.type;
        if (num < 1)
            return;
        switch (type) {
            case 'stmt':
                files.line(file, num, readCount(LABEL, 'line', attributes, 'count', at));
                break;
            case 'cond': {
                const trueCount = readCount(LABEL, 'line', attributes, 'truecount', at);
                const falseCount = readCount(LABEL, 'line', attributes, 'falsecount', at);
                const count = readOptionalCount(LABEL, 'line', attributes, 'count', at) ??
                    Math.max(trueCount, falseCount);
                files.line(file, num, count);
                files.branches(file, num, istanbul
                    ? { covered: trueCount, total: trueCount + falseCount }
                    : { covered: (trueCount > 0 ? 1 : 0) + (falseCount > 0 ? 1 : 0), total: 2 });
                break;
            }
            case 'method':
                files.func(file, attributes.name ?? '', num, readCount(LABEL, 'line', attributes, 'count', at));
                break;
            default:
                throw new errors/* ConfigurationError */.j(`${LABEL}: line ${at.line}, column ${at.column}: <line type="${type ?? ''}">: expected stmt, cond or method`);
        }
    };
    const stream = createXmlStream(LABEL, {
        open(name, attributes, at) {
            const parent = stack.at(-1);
            stack.push(name);
            if (parent === undefined) {
                if (name !== 'coverage')
                    throw notAReport(LABEL, 'Clover', `root element <${name}>`, at);
                istanbul = attributes.clover === '3.2.0';
                return;
            }
            if (parent === 'coverage' && name !== 'project' && name !== 'testproject') {
                throw notAReport(LABEL, 'Clover', `<coverage> holds <${name}>, not <project>`, at);
            }
            if (name === 'project' && attributes.name === 'All files')
                istanbul = true;
            switch (name) {
                case 'metrics':
                    if (parent === 'project')
                        onMetrics(attributes, at);
                    break;
                case 'file': {
                    // PHPUnit puts the full path in name; Istanbul puts the base name there and adds path.
                    const path = attributes.path ?? attributes.name;
                    if (path === undefined || path === '') {
                        throw new errors/* ConfigurationError */.j(`${LABEL}: line ${at.line}, column ${at.column}: <file> has neither path nor name`);
                    }
                    file = stack.includes('testproject') ? undefined : path;
                    if (file !== undefined)
                        files.file(file);
                    break;
                }
                case 'line':
                    if (parent === 'file')
                        onLine(attributes, at);
                    break;
                default:
                    break;
            }
        },
        close(name) {
            stack.pop();
            if (name === 'file')
                file = undefined;
        },
    });
    return {
        stated,
        write(chunk) {
            stream.write(chunk);
        },
        end() {
            stream.end();
            const list = files.list();
            const computed = totalsOf(list);
            const statements = stated.statements;
            if (statements !== undefined &&
                (statements.total !== computed.lines.total || statements.covered !== computed.lines.covered)) {
                warnings.push(`the report's <metrics> state ${statements.covered} of ${statements.total} statements covered; its <line> records give ${computed.lines.covered} of ${computed.lines.total} lines`);
            }
            return { format: 'clover', files: list, sourceRoots: [], warnings };
        },
    };
}
/** Parses a whole Clover document held in memory (tests, small reports). */
function parseClover(text) {
    const parser = createCloverParser();
    parser.write(text);
    return parser.end();
}

;// CONCATENATED MODULE: ./src/gates/coverage/parse/cobertura.ts



const cobertura_LABEL = 'cobertura';
/** `condition-coverage="50% (1/2)"`: the covered and total branch counts in parentheses. */
const CONDITION_COVERAGE = /\((\d+)\s*\/\s*(\d+)\)/;
/**
 * Creates a streaming Cobertura parser; `stated` holds the root element's lines-valid/-covered,
 * branches-valid/-covered and rates.
 */
function createCoberturaParser() {
    const files = new FileCollector();
    const sourceRoots = [];
    const warnings = [];
    const stated = {};
    const stack = [];
    let sourceText;
    let classFile;
    let method;
    let lineZeroWarned = false;
    const onRoot = (attributes, at) => {
        if ('clover' in attributes || 'generated' in attributes) {
            throw notAReport(cobertura_LABEL, 'Cobertura', 'a Clover report: <coverage generated=…>', at);
        }
        const count = (name) => readOptionalCount(cobertura_LABEL, 'coverage', attributes, name, at);
        const rate = (name) => {
            const value = Number(attributes[name]);
            return attributes[name] === undefined || Number.isNaN(value) ? undefined : value;
        };
        const linesValid = count('lines-valid');
        const linesCovered = count('lines-covered');
        if (linesValid !== undefined && linesCovered !== undefined) {
            stated.lines = { covered: linesCovered, total: linesValid };
        }
        const branchesValid = count('branches-valid');
        const branchesCovered = count('branches-covered');
        if (branchesValid !== undefined && branchesCovered !== undefined) {
            stated.branches = { covered: branchesCovered, total: branchesValid };
        }
        const lineRate = rate('line-rate');
        if (lineRate !== undefined)
            stated.lineRate = lineRate;
        const branchRate = rate('branch-rate');
        if (branchRate !== undefined)
            stated.branchRate = branchRate;
    };
    const onLine = (attributes, at) => {
        if (classFile === undefined) {
            throw new errors/* ConfigurationError */.j(`${cobertura_LABEL}: line ${at.line}, column ${at.column}: <line> outside a <class filename=…>`);
        }
        const number = readCount(cobertura_LABEL, 'line', attributes, 'number', at);
        const hits = readCount(cobertura_LABEL, 'line', attributes, 'hits', at);
        if (method !== undefined) {
            // A method's own <lines> repeat the class's; they only tell where the method starts.
            if (method.line === undefined || number < method.line) {
                method.line = number;
                method.hits = hits;
            }
            return;
        }
        if (number < 1) {
            // Lines are 1-based; coverage.py has written line 0 for empty modules.
            if (!lineZeroWarned)
                warnings.push(`${classFile}: line number ${number} ignored`);
            lineZeroWarned = true;
            return;
        }
        files.line(classFile, number, hits);
        const conditions = attributes['condition-coverage'];
        if (attributes.branch === 'true' && conditions !== undefined) {
            const match = CONDITION_COVERAGE.exec(conditions);
            if (match === null) {
                throw new errors/* ConfigurationError */.j(`${cobertura_LABEL}: line ${at.line}, column ${at.column}: condition-coverage="${conditions}" is not like "50% (1/2)"`);
            }
            files.branches(classFile, number, { covered: Number(match[1]), total: Number(match[2]) });
        }
    };
    const stream = createXmlStream(cobertura_LABEL, {
        open(name, attributes, at) {
            const parent = stack.at(-1);
            stack.push(name);
            if (parent === undefined) {
                if (name !== 'coverage')
                    throw notAReport(cobertura_LABEL, 'Cobertura', `root element <${name}>`, at);
                onRoot(attributes, at);
                return;
            }
            if (parent === 'coverage' && name === 'project') {
                throw notAReport(cobertura_LABEL, 'Cobertura', 'a Clover report: <coverage> holds <project>', at);
            }
            switch (name) {
                case 'source':
                    if (parent === 'sources')
                        sourceText = '';
                    break;
                case 'class': {
                    const filename = attributes.filename;
                    if (filename === undefined || filename === '') {
                        throw new errors/* ConfigurationError */.j(`${cobertura_LABEL}: line ${at.line}, column ${at.column}: <class> has no filename attribute`);
                    }
                    classFile = filename;
                    files.file(filename);
                    break;
                }
                case 'method':
                    if (classFile !== undefined) {
                        method = { name: attributes.name ?? '', rate: Number(attributes['line-rate'] ?? 0) };
                    }
                    break;
                case 'line':
                    if (parent === 'lines')
                        onLine(attributes, at);
                    break;
                default:
                    break;
            }
        },
        close(name) {
            stack.pop();
            if (name === 'source' && sourceText !== undefined) {
                const root = sourceText.trim();
                if (root !== '')
                    sourceRoots.push(root);
                sourceText = undefined;
            }
            else if (name === 'method' && method !== undefined && classFile !== undefined) {
                const hits = method.hits ?? (method.rate > 0 ? 1 : 0);
                files.func(classFile, method.name, method.line, hits);
                method = undefined;
            }
            else if (name === 'class') {
                classFile = undefined;
            }
        },
        text(text) {
            if (sourceText !== undefined)
                sourceText += text;
        },
    });
    return {
        stated,
        write(chunk) {
            stream.write(chunk);
        },
        end() {
            stream.end();
            const list = files.list();
            checkStatedLines(list, stated, warnings);
            return { format: 'cobertura', files: list, sourceRoots, warnings };
        },
    };
}
/** Notes a difference between the lines the report states and the ones its records give. */
function checkStatedLines(files, stated, warnings) {
    if (stated.lines === undefined)
        return;
    const { lines } = totalsOf(files);
    if (lines.total !== stated.lines.total || lines.covered !== stated.lines.covered) {
        warnings.push(`the report states ${stated.lines.covered} of ${stated.lines.total} lines covered; its <line> records give ${lines.covered} of ${lines.total} (a line listed in several classes counts once)`);
    }
}
/** Parses a whole Cobertura document held in memory (tests, small reports). */
function parseCobertura(text) {
    const parser = createCoberturaParser();
    parser.write(text);
    return parser.end();
}

;// CONCATENATED MODULE: ./src/gates/coverage/parse/line-hits.ts
/**
 * Hit counts by line number, stored as two arrays while the lines arrive in ascending order, as
 * every report format writes them. A `Map<number, number>` costs some 40 bytes an entry, and a
 * 30 MB LCOV report has 2.3 million coverable lines: the maps were 110 MB, and the garbage
 * collector spent more time copying their growing tables than the parser spent reading (1.6 s of
 * 2.3 s). Two arrays of small integers cost 16 bytes an entry. (Typed arrays would cost 12, but
 * allocating one costs some 20 µs in Node 20, a second for the 4,000 files' growing arrays.)
 *
 * It is a `Map` to every reader: same methods, insertion order (ascending), `undefined` for an
 * absent line. A line set out of order (a report that lists line 7 after line 9) turns it into a
 * plain Map, once, so nothing is ever wrong, only less compact.
 */
class LineHits {
    /** Line numbers, ascending. */
    #lines = [];
    /** Hits of `#lines[i]`. */
    #hits = [];
    /** Set once a line comes out of order; from then on it holds everything. */
    #map;
    [Symbol.toStringTag] = 'Map';
    get size() {
        return this.#map ? this.#map.size : this.#lines.length;
    }
    get(line) {
        if (this.#map)
            return this.#map.get(line);
        const index = this.#indexOf(line);
        return index === -1 ? undefined : this.#hits[index];
    }
    has(line) {
        return this.#map ? this.#map.has(line) : this.#indexOf(line) !== -1;
    }
    set(line, hits) {
        if (this.#map) {
            this.#map.set(line, hits);
            return this;
        }
        const last = this.#lines.length === 0 ? -Infinity : (this.#lines.at(-1) ?? -Infinity);
        if (line > last) {
            this.#lines.push(line);
            this.#hits.push(hits);
            return this;
        }
        const index = this.#indexOf(line);
        if (index !== -1) {
            this.#hits[index] = hits;
            return this;
        }
        this.#toMap().set(line, hits);
        return this;
    }
    delete(line) {
        if (!this.has(line))
            return false;
        return this.#toMap().delete(line);
    }
    clear() {
        this.#map = undefined;
        this.#lines = [];
        this.#hits = [];
    }
    forEach(callback, thisArg) {
        if (this.#map) {
            this.#map.forEach((hits, line) => callback.call(thisArg, hits, line, this));
            return;
        }
        for (let index = 0; index < this.#lines.length; index += 1) {
            callback.call(thisArg, this.#hits[index] ?? 0, this.#lines[index] ?? 0, this);
        }
    }
    keys() {
        return this.#map ? this.#map.keys() : this.#generate((index) => this.#lines[index] ?? 0);
    }
    values() {
        return this.#map ? this.#map.values() : this.#generate((index) => this.#hits[index] ?? 0);
    }
    entries() {
        return this.#map
            ? this.#map.entries()
            : this.#generate((index) => [
                this.#lines[index] ?? 0,
                this.#hits[index] ?? 0,
            ]);
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    /** The position of `line`, by bisection, or -1. */
    #indexOf(line) {
        let low = 0;
        let high = this.#lines.length - 1;
        while (low <= high) {
            const middle = (low + high) >>> 1;
            const value = this.#lines[middle] ?? 0;
            if (value < line)
                low = middle + 1;
            else if (value > line)
                high = middle - 1;
            else
                return middle;
        }
        return -1;
    }
    #toMap() {
        if (!this.#map) {
            const map = new Map();
            for (let index = 0; index < this.#lines.length; index += 1) {
                map.set(this.#lines[index] ?? 0, this.#hits[index] ?? 0);
            }
            this.#map = map;
            this.#lines = [];
            this.#hits = [];
        }
        return this.#map;
    }
    /** An iterator over the positions (it ends early if the map changes form). */
    #generate(at) {
        return (function* (self) {
            for (let index = 0; index < self.size && !self.#map; index += 1)
                yield at(index);
            return undefined;
        })(this);
    }
}

;// CONCATENATED MODULE: ./src/gates/coverage/parse/file-accumulator.ts

/**
 * Files with at most this many coverable lines are given as a plain Map: it costs little there,
 * and lookups stay O(1).
 */
const SMALL_FILE_LINES = 32;
/**
 * Collects the coverage of one file from records that may repeat (an LCOV file with several `SF`
 * blocks for the same source, Go blocks of several packages' tests), summing hits as they come.
 */
class FileAccumulator {
    path;
    /** Line → hits, compact while lines come in ascending order (see line-hits.ts). */
    lines = new LineHits();
    /**
     * `line,branch identity` → times taken. One flat map rather than a map per line: a Map costs
     * some 200 bytes empty, which for a 50 MB LCOV with 440,000 branch lines was half the heap.
     */
    branches = new Map();
    /** `name@line` → the function, so repeated records add up. */
    functions = new Map();
    constructor(path) {
        this.path = path;
    }
    /** Adds `hits` to the line (a line seen with 0 hits is coverable and not covered). */
    addLine(line, hits) {
        this.lines.set(line, (this.lines.get(line) ?? 0) + hits);
    }
    /** Sets the line's hits to the larger of the current and `hits`. */
    maxLine(line, hits) {
        const current = this.lines.get(line);
        if (current === undefined || hits > current)
            this.lines.set(line, hits);
    }
    /** Adds `taken` to the branch `key` of the line. */
    addBranch(line, key, taken) {
        const id = `${line},${key}`;
        this.branches.set(id, (this.branches.get(id) ?? 0) + taken);
    }
    /** Adds `hits` to the function of that name and line. */
    addFunction(name, line, hits) {
        const key = `${name}@${line ?? ''}`;
        const known = this.functions.get(key);
        if (known)
            known.hits += hits;
        else
            this.functions.set(key, line === undefined ? { name, hits } : { name, line, hits });
    }
    /** The file as the domain types describe it; branches and functions only when there were any. */
    toFileCoverage() {
        const lines = this.lines.size <= SMALL_FILE_LINES ? new Map(this.lines) : this.lines;
        const file = { path: this.path, lines };
        if (this.branches.size > 0) {
            const branches = new Map();
            for (const [id, taken] of this.branches) {
                const line = Number(id.slice(0, id.indexOf(',')));
                const counts = branches.get(line);
                if (counts) {
                    counts.total += 1;
                    if (taken > 0)
                        counts.covered += 1;
                }
                else
                    branches.set(line, { covered: taken > 0 ? 1 : 0, total: 1 });
            }
            file.branches = new Map([...branches].sort((a, b) => a[0] - b[0]));
        }
        if (this.functions.size > 0)
            file.functions = [...this.functions.values()];
        return file;
    }
}
/** Line counts of a file: coverable lines and those hit at least once. */
function file_accumulator_lineCounts(lines) {
    let covered = 0;
    for (const hits of lines.values())
        if (hits > 0)
            covered += 1;
    return { covered, total: lines.size };
}
/** Echoes a bad value in an error message, cut so that a huge line does not flood the log. */
function echo(text) {
    return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}
/**
 * A copy of `text` that does not keep alive the piece of the report it was cut from. V8 makes a
 * slice of 13 characters or more a view into its parent, so one path kept from each 1 MiB piece
 * kept every piece: 30 MB of a 30 MB report. Appending a character and cutting it off again makes
 * V8 flatten the pair into a fresh string, which the result is a view into instead.
 */
function detached(text) {
    return `${text} `.slice(0, -1);
}

;// CONCATENATED MODULE: ./src/gates/coverage/parse/line-splitter.ts
/**
 * A splitter that calls `onLine(text, lineNumber, terminated)` for every line (1-based numbers,
 * without the `\n` or `\r\n`, a leading byte-order mark removed). `terminated` is false only
 * for a last line without a newline, which in a cut-off report may be a line cut in half.
 */
function createLineSplitter(onLine) {
    let pending = '';
    let lineNumber = 0;
    let started = false;
    const emit = (text, terminated) => {
        lineNumber += 1;
        onLine(text.endsWith('\r') ? text.slice(0, -1) : text, lineNumber, terminated);
    };
    return {
        write(chunk) {
            let text = chunk;
            if (!started && text.length > 0) {
                started = true;
                if (text.charCodeAt(0) === 0xfeff)
                    text = text.slice(1);
            }
            let start = 0;
            let newline = text.indexOf('\n');
            while (newline !== -1) {
                if (pending.length > 0) {
                    emit(pending + text.slice(start, newline), true);
                    pending = '';
                }
                else {
                    emit(text.slice(start, newline), true);
                }
                start = newline + 1;
                newline = text.indexOf('\n', start);
            }
            if (start < text.length)
                pending += text.slice(start);
        },
        end() {
            if (pending.length > 0)
                emit(pending, false);
            pending = '';
        },
    };
}

;// CONCATENATED MODULE: ./src/gates/coverage/parse/go-coverprofile.ts



/**
 * A block line: `file:startLine.startCol,endLine.endCol numStatements count`. The path is greedy
 * so that a Windows path (`C:\src\a.go`) keeps its drive colon, as golang.org/x/tools/cover does.
 */
const BLOCK_LINE = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
const MODES = new Set(['set', 'count', 'atomic']);
/**
 * A streaming parser of `go test -coverprofile` output (`mode: set|count|atomic`, then one line per
 * block). Paths stay import paths as Go writes them; mapping them to the repository through
 * `go.mod` happens later.
 *
 * Duplicate blocks (the same position in several test binaries' output, as `-coverpkg` produces)
 * merge the way golang.org/x/tools/cover's ParseProfiles does, so totals equal
 * `go tool cover -func`: in `set` mode the counts are OR-ed (covered by any), in `count` and
 * `atomic` mode they are summed; a block repeated with another statement count is an error there
 * and here.
 *
 * Lines: a block covers the lines from its start to its end line. A line touched by several blocks
 * (a one-line `if x { y }`, a closing brace shared by a nested block's end and the outer block)
 * takes the highest count among them, so it is covered when any block on it ran. gcov2lcov sums
 * the counts instead, which counts a line twice when two blocks merely touch it; whether a line is
 * covered (all the gate decides on) is the same under both rules, and the maximum is the rule
 * Istanbul uses for statements sharing a line. Blocks of zero statements (an empty function body)
 * add no coverable line: they hold nothing to run.
 * @throws ConfigurationError naming the line, for a missing `mode:` header or a malformed block.
 */
function createGoCoverprofileParser() {
    let mode;
    /** File → `start.col,end.col` → block, to merge duplicates. */
    const blocks = new Map();
    const warnings = [];
    let statements = { covered: 0, total: 0 };
    const failure = (lineNumber, message) => new errors/* ConfigurationError */.j(`go coverprofile: line ${lineNumber}: ${message}`);
    const onLine = (raw, lineNumber, terminated) => {
        const text = raw.trim();
        if (text === '')
            return;
        if (mode === undefined) {
            const header = /^mode: (\S+)$/.exec(text);
            if (!header?.[1])
                throw failure(lineNumber, `expected "mode: set|count|atomic", found ${echo(text)}`);
            if (!MODES.has(header[1]))
                throw failure(lineNumber, `unknown mode ${echo(header[1])}`);
            mode = header[1];
            return;
        }
        // `go test ./...` over several packages may concatenate profiles with repeated headers.
        if (text === `mode: ${mode}`)
            return;
        const match = BLOCK_LINE.exec(text);
        if (!match) {
            if (!terminated) {
                warnings.push(`go coverprofile: line ${lineNumber}: the report ends inside this line; it is ignored`);
                return;
            }
            throw failure(lineNumber, `expected "file:line.col,line.col statements count", found ${echo(text)}`);
        }
        const [, path = '', startLine, startCol, endLine, endCol, numStmt, count] = match;
        const block = {
            startLine: Number(startLine),
            endLine: Number(endLine),
            statements: Number(numStmt),
            count: Number(count),
        };
        if (block.endLine < block.startLine) {
            throw failure(lineNumber, `block ends (line ${block.endLine}) before it starts (line ${block.startLine})`);
        }
        let ofFile = blocks.get(path);
        if (!ofFile) {
            ofFile = new Map();
            blocks.set(path, ofFile);
        }
        const key = `${startLine}.${startCol},${endLine}.${endCol}`;
        const known = ofFile.get(key);
        if (!known) {
            ofFile.set(key, block);
            return;
        }
        if (known.statements !== block.statements) {
            throw failure(lineNumber, `block ${path}:${key} repeated with ${block.statements} statements (first ${known.statements})`);
        }
        known.count =
            mode === 'set' ? Math.max(known.count, block.count > 0 ? 1 : 0) : known.count + block.count;
    };
    const splitter = createLineSplitter(onLine);
    return {
        write(chunk) {
            splitter.write(chunk);
        },
        end() {
            splitter.end();
            if (mode === undefined)
                throw failure(1, 'empty: a Go coverprofile starts with "mode: set|count|atomic"');
            const files = [];
            let covered = 0;
            let total = 0;
            for (const [path, ofFile] of blocks) {
                const file = new FileAccumulator(path);
                for (const block of ofFile.values()) {
                    total += block.statements;
                    if (block.count > 0)
                        covered += block.statements;
                    if (block.statements === 0)
                        continue;
                    for (let line = block.startLine; line <= block.endLine; line += 1) {
                        file.maxLine(line, block.count);
                    }
                }
                files.push(file.toFileCoverage());
            }
            statements = { covered, total };
            return { format: 'go', files, sourceRoots: [], warnings };
        },
        statementCounts() {
            return statements;
        },
    };
}
/** Parses a whole Go coverprofile (see {@link createGoCoverprofileParser}). */
function parseGoCoverprofile(text) {
    const parser = createGoCoverprofileParser();
    parser.write(text);
    return parser.end();
}

// EXTERNAL MODULE: ./src/shared/parse-json-text.ts
var parse_json_text = __webpack_require__(65129);
;// CONCATENATED MODULE: ./src/gates/coverage/parse/json-document.ts


/**
 * The largest JSON report read, in UTF-16 code units (256 Mi). JSON reports (Istanbul,
 * SimpleCov) are parsed whole: a hand-written streaming JSON tokenizer that rebuilds each file's
 * maps is a lot of code for little gain, since the parsed object costs several times the text
 * anyway, and V8 cannot hold a string above 2^29 characters at all. Larger reports are refused
 * with a message pointing at the streamed formats.
 */
const MAX_JSON_REPORT_CHARS = 256 * 1024 * 1024;
/**
 * A collector of a JSON report named `label` in messages (`istanbul`, `simplecov`); `hint` says
 * what to do instead when the report is too large.
 * @throws ConfigurationError when the text is larger than `maxChars` (as soon as it is) or is not
 *   JSON, naming the line and column of the first syntax error.
 */
function createJsonDocument(label, hint, maxChars = MAX_JSON_REPORT_CHARS) {
    const pieces = [];
    let size = 0;
    return {
        write(chunk) {
            size += chunk.length;
            if (size > maxChars) {
                throw new errors/* ConfigurationError */.j(`${label}: the report is larger than ${sizeText(maxChars)} characters; ` +
                    `JSON reports are read whole, so they are limited to that size. ${hint}`);
            }
            pieces.push(chunk);
        },
        end() {
            const joined = pieces.join('');
            pieces.length = 0;
            if (joined.replace(/^\uFEFF/, '').trim() === '')
                throw new errors/* ConfigurationError */.j(`${label}: the report is empty`);
            return (0,parse_json_text/* parseJsonText */.l)(joined, label, 'the coverage tool');
        },
    };
}
/** `256 Mi` for the default limit, the plain number for small ones (tests). */
function sizeText(chars) {
    return chars % (1024 * 1024) === 0 ? `${chars / 1024 / 1024} Mi` : String(chars);
}

;// CONCATENATED MODULE: ./src/gates/coverage/parse/istanbul.ts




const TOO_BIG_HINT = "Write LCOV instead (Istanbul's `lcovonly` reporter), which is read as a stream.";
/** Thrown for a value of the wrong shape, naming where it is in the document. */
function shapeError(where, expected, value) {
    const shown = JSON.stringify(value)?.slice(0, 60) ?? String(value);
    return new errors/* ConfigurationError */.j(`istanbul: ${where}: expected ${expected}, found ${shown}`);
}
/** A record field that must be an object of objects (statementMap…), or absent. */
function recordField(data, key, where) {
    const value = data[key];
    if (value === undefined)
        return {};
    if (!(0,is_record/* isRecord */.u)(value))
        throw shapeError(`${where}.${key}`, 'an object', value);
    return value;
}
/** A hit count: a non-negative number (Istanbul writes integers). */
function hitCount(value, where) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw shapeError(where, 'a hit count', value);
    }
    return value;
}
/** The line where a location starts: `{start: {line}}`; older Istanbul puts `line` on the entry. */
function startLine(entry, keys, where) {
    for (const key of keys) {
        const location = entry[key];
        if ((0,is_record/* isRecord */.u)(location) && (0,is_record/* isRecord */.u)(location.start)) {
            const line = location.start.line;
            if (typeof line === 'number' && Number.isInteger(line))
                return line;
        }
    }
    if (typeof entry.line === 'number' && Number.isInteger(entry.line))
        return entry.line;
    throw shapeError(where, `a location with a start line (${keys.join(' or ')})`, entry);
}
/**
 * One file's coverage object. Lines follow istanbul-lib-coverage's `getLineCoverage()` (what its
 * lcov reporter writes as DA): a line's hits are the highest count of the statements that start
 * on it. Branches sit on the line where the branch construct starts (`loc`, else the first
 * location), each arm of `b` one branch, as the lcov reporter's BRDA lines; functions are named by
 * `fnMap` at their declaration line.
 */
function readFile(key, value) {
    const where = JSON.stringify(key);
    if (!(0,is_record/* isRecord */.u)(value))
        throw shapeError(where, 'a file coverage object', value);
    // Some writers keep istanbul's FileCoverage wrapper: `{ "data": { …the coverage… } }`.
    const data = (0,is_record/* isRecord */.u)(value.data) && value.statementMap === undefined ? value.data : value;
    if (!(0,is_record/* isRecord */.u)(data.statementMap) || !(0,is_record/* isRecord */.u)(data.s)) {
        throw shapeError(where, 'a file coverage object with statementMap and s', value);
    }
    const path = typeof data.path === 'string' && data.path !== '' ? data.path : key;
    const file = new FileAccumulator(path);
    const statements = recordField(data, 'statementMap', where);
    const statementHits = recordField(data, 's', where);
    for (const [id, entry] of Object.entries(statements)) {
        if (!(0,is_record/* isRecord */.u)(entry))
            throw shapeError(`${where}.statementMap.${id}`, 'a location', entry);
        // Like getLineCoverage(), a statement without a count in `s` does not count.
        if (statementHits[id] === undefined)
            continue;
        const line = startLine({ loc: entry }, ['loc'], `${where}.statementMap.${id}`);
        file.maxLine(line, hitCount(statementHits[id], `${where}.s.${id}`));
    }
    const functions = recordField(data, 'fnMap', where);
    const functionHits = recordField(data, 'f', where);
    for (const [id, entry] of Object.entries(functions)) {
        if (!(0,is_record/* isRecord */.u)(entry))
            throw shapeError(`${where}.fnMap.${id}`, 'a function', entry);
        const line = startLine(entry, ['decl', 'loc'], `${where}.fnMap.${id}`);
        const name = typeof entry.name === 'string' ? entry.name : `(anonymous_${id})`;
        file.addFunction(name, line, hitCount(functionHits[id] ?? 0, `${where}.f.${id}`));
    }
    const branches = recordField(data, 'branchMap', where);
    const branchHits = recordField(data, 'b', where);
    for (const [id, entry] of Object.entries(branches)) {
        if (!(0,is_record/* isRecord */.u)(entry))
            throw shapeError(`${where}.branchMap.${id}`, 'a branch', entry);
        const firstLocation = Array.isArray(entry.locations)
            ? entry.locations[0]
            : undefined;
        const line = startLine(
        // Older Istanbul: no `loc` but a `line`; else the first arm's location.
        (0,is_record/* isRecord */.u)(firstLocation) && typeof entry.line !== 'number'
            ? { ...entry, first: firstLocation }
            : entry, ['loc', 'first'], `${where}.branchMap.${id}`);
        const arms = branchHits[id] ?? [];
        if (!Array.isArray(arms))
            throw shapeError(`${where}.b.${id}`, 'an array of counts', arms);
        arms.forEach((arm, index) => {
            file.addBranch(line, `${id}:${index}`, hitCount(arm, `${where}.b.${id}[${index}]`));
        });
    }
    return file.toFileCoverage();
}
/**
 * A parser of Istanbul's `coverage-final.json` (the `json` reporter of nyc, Jest, Vitest, c8): an
 * object of file path → file coverage (statementMap/s, fnMap/f, branchMap/b). The text is
 * collected and parsed at the end (see json-document.ts for the size limit and why).
 * @throws ConfigurationError for text that is not JSON (with line and column) or not of this shape.
 */
function createIstanbulParser() {
    const document = createJsonDocument('istanbul', TOO_BIG_HINT);
    return {
        write: (chunk) => document.write(chunk),
        end() {
            const root = document.end();
            if (!(0,is_record/* isRecord */.u)(root))
                throw shapeError('the document', 'an object of file coverage', root);
            const files = Object.entries(root).map(([key, value]) => readFile(key, value));
            const warnings = files.length === 0 ? ['istanbul: the report is empty: it names no source file'] : [];
            return { format: 'istanbul', files, sourceRoots: [], warnings };
        },
    };
}
/** Parses a whole `coverage-final.json` (see {@link createIstanbulParser}). */
function parseIstanbul(text) {
    const parser = createIstanbulParser();
    parser.write(text);
    return parser.end();
}
const SUMMARY_METRICS = ['lines', 'branches', 'functions', 'statements'];
/** `{ total, covered, … }` of a summary, as Counts. */
function summaryCounts(value, where) {
    if (!(0,is_record/* isRecord */.u)(value))
        throw shapeError(where, 'an object with total and covered', value);
    const { total, covered } = value;
    if (typeof total !== 'number' ||
        typeof covered !== 'number' ||
        !Number.isInteger(total) ||
        !Number.isInteger(covered) ||
        covered < 0 ||
        covered > total) {
        throw shapeError(where, 'whole numbers with 0 ≤ covered ≤ total', value);
    }
    return { covered, total };
}
/**
 * A parser of Istanbul's `coverage-summary.json` (the `json-summary` reporter): totals only. The
 * per-file entries hold no line numbers, so the report has no files, and its `totalsOnly` holds
 * the `total` entry's lines, branches, functions and statements.
 * @throws ConfigurationError for text that is not JSON or has no valid `total` entry.
 */
function createIstanbulSummaryParser() {
    const document = createJsonDocument('istanbul summary', TOO_BIG_HINT);
    return {
        write: (chunk) => document.write(chunk),
        end() {
            const root = document.end();
            if (!(0,is_record/* isRecord */.u)(root) || !(0,is_record/* isRecord */.u)(root.total)) {
                throw shapeError('the document', 'an object with a "total" entry (coverage-summary.json)', root);
            }
            const total = root.total;
            const totalsOnly = {};
            for (const metric of SUMMARY_METRICS) {
                if (total[metric] !== undefined)
                    totalsOnly[metric] = summaryCounts(total[metric], `total.${metric}`);
            }
            if (totalsOnly.lines === undefined)
                throw shapeError('total.lines', 'line totals', total.lines);
            return { format: 'istanbul-summary', files: [], sourceRoots: [], totalsOnly, warnings: [] };
        },
    };
}
/** Parses a whole `coverage-summary.json` (see {@link createIstanbulSummaryParser}). */
function parseIstanbulSummary(text) {
    const parser = createIstanbulSummaryParser();
    parser.write(text);
    return parser.end();
}

;// CONCATENATED MODULE: ./src/gates/coverage/parse/jacoco.ts



const jacoco_LABEL = 'jacoco';
/** Creates a streaming JaCoCo parser; `stated` holds the report-level LINE, BRANCH, METHOD counters. */
function createJacocoParser() {
    const files = new FileCollector();
    const warnings = [];
    const stated = {};
    const stack = [];
    let packageName;
    // Methods belong to classes; a class names its source file, so methods land in that file.
    let classFile;
    let method;
    let sourceFile;
    const path = (name) => packageName === undefined || packageName === '' ? name : `${packageName}/${name}`;
    const onCounter = (parent, attributes, at) => {
        if (parent !== 'method' && parent !== 'report')
            return;
        const type = attributes.type;
        if (type !== 'LINE' && type !== 'BRANCH' && type !== 'METHOD')
            return;
        const counts = {
            covered: readCount(jacoco_LABEL, 'counter', attributes, 'covered', at),
            total: readCount(jacoco_LABEL, 'counter', attributes, 'missed', at) +
                readCount(jacoco_LABEL, 'counter', attributes, 'covered', at),
        };
        if (parent === 'method') {
            if (type === 'METHOD' && method !== undefined)
                method.hits = counts.covered > 0 ? 1 : 0;
            return;
        }
        if (type === 'LINE')
            stated.lines = counts;
        else if (type === 'BRANCH')
            stated.branches = counts;
        else
            stated.functions = counts;
    };
    const onLine = (attributes, at) => {
        if (sourceFile === undefined)
            return;
        const nr = readCount(jacoco_LABEL, 'line', attributes, 'nr', at);
        const coveredInstructions = readCount(jacoco_LABEL, 'line', attributes, 'ci', at);
        const missedBranches = readCount(jacoco_LABEL, 'line', attributes, 'mb', at);
        const coveredBranches = readCount(jacoco_LABEL, 'line', attributes, 'cb', at);
        files.line(sourceFile, nr, coveredInstructions > 0 ? 1 : 0);
        if (missedBranches + coveredBranches > 0) {
            files.branches(sourceFile, nr, {
                covered: coveredBranches,
                total: missedBranches + coveredBranches,
            });
        }
    };
    const stream = createXmlStream(jacoco_LABEL, {
        open(name, attributes, at) {
            const parent = stack.at(-1);
            stack.push(name);
            if (parent === undefined) {
                if (name !== 'report')
                    throw notAReport(jacoco_LABEL, 'JaCoCo', `root element <${name}>`, at);
                return;
            }
            switch (name) {
                case 'package':
                    packageName = attributes.name ?? '';
                    break;
                case 'class': {
                    const sourceName = attributes.sourcefilename;
                    classFile = sourceName === undefined ? undefined : path(sourceName);
                    break;
                }
                case 'method':
                    if (classFile !== undefined) {
                        const line = attributes.line === undefined ? undefined : Number(attributes.line);
                        method = { name: attributes.name ?? '' };
                        if (line !== undefined && Number.isInteger(line) && line > 0)
                            method.line = line;
                    }
                    break;
                case 'sourcefile': {
                    const sourceName = attributes.name;
                    if (sourceName === undefined || sourceName === '') {
                        throw new errors/* ConfigurationError */.j(`${jacoco_LABEL}: line ${at.line}, column ${at.column}: <sourcefile> has no name attribute`);
                    }
                    sourceFile = path(sourceName);
                    files.file(sourceFile);
                    break;
                }
                case 'line':
                    if (parent === 'sourcefile')
                        onLine(attributes, at);
                    break;
                case 'counter':
                    onCounter(parent, attributes, at);
                    break;
                default:
                    break;
            }
        },
        close(name) {
            stack.pop();
            if (name === 'method' && method !== undefined && classFile !== undefined) {
                files.func(classFile, method.name, method.line, method.hits ?? 0);
                method = undefined;
            }
            else if (name === 'class') {
                classFile = undefined;
            }
            else if (name === 'sourcefile') {
                sourceFile = undefined;
            }
            else if (name === 'package') {
                packageName = undefined;
            }
        },
    });
    return {
        stated,
        write(chunk) {
            stream.write(chunk);
        },
        end() {
            stream.end();
            const list = files.list();
            const computed = totalsOf(list);
            for (const [kind, counts] of [
                ['lines', stated.lines],
                ['branches', stated.branches],
                ['methods', stated.functions],
            ]) {
                const mine = kind === 'methods' ? computed.functions : computed[kind];
                if (counts !== undefined &&
                    (counts.covered !== mine.covered || counts.total !== mine.total)) {
                    warnings.push(`the report's ${kind} counter says ${counts.covered} of ${counts.total} covered; its records give ${mine.covered} of ${mine.total}`);
                }
            }
            // JaCoCo names no source roots: package paths are relative to one (src/main/java…).
            return { format: 'jacoco', files: list, sourceRoots: [], warnings };
        },
    };
}
/** Parses a whole JaCoCo document held in memory (tests, small reports). */
function parseJacoco(text) {
    const parser = createJacocoParser();
    parser.write(text);
    return parser.end();
}

;// CONCATENATED MODULE: ./src/gates/coverage/parse/lcov.ts



/** At most this many LF/LH (and similar) warnings are listed one by one; the rest are counted. */
const MAX_LISTED_WARNINGS = 20;
/** A non-negative or negative decimal integer, as gcov and lcov print counts. */
const INTEGER = /^-?\d+$/;
/**
 * A streaming parser of LCOV tracefiles (geninfo, lcov 1.x and 2.x, Istanbul, c8, coverage.py,
 * llvm-cov export). Hand-written: LCOV is a line format with no library in our dependencies.
 *
 * - Several `SF` records of the same path (one per test, or per shard after `cat`) are merged:
 *   hits of lines, branches and functions add up, as `lcov -a` does.
 * - `LF`/`LH` are recomputed from the `DA` lines; a record whose stated numbers disagree gets a
 *   warning (and the `DA` lines win). `DA` may carry a checksum (`DA:3,1,abc…`): ignored.
 * - `BRDA:line,[e]block,branch,taken`: the block and branch names may hold commas (lcov 2.x
 *   expressions), so only the first and the last field are split off; `e` marks an exception
 *   branch, which is a branch like the others. `-` means never evaluated: 0 times taken.
 * - Functions: `FN:line[,end],name` with `FNDA:hits,name` (lcov 1.x, Istanbul) or lcov 2.x's
 *   `FNL:index,line[,end]` with `FNA:index,hits,name`, whose aliases of one index count as one
 *   function (the first name, the hits summed).
 * - A report cut off before its last `end_of_record` keeps what is complete, with a warning; a
 *   last line without a newline inside that record may be cut in half and is dropped.
 * @throws ConfigurationError naming the line, for a malformed record or a text that is no LCOV.
 */
function createLcovParser() {
    const files = new Map();
    const warnings = [];
    let extraWarnings = 0;
    let record;
    let sawRecord = false;
    let nonBlankLines = 0;
    // The open record's DA lines (see OpenRecord), the same two arrays for every record.
    const lineNumbers = [];
    const lineHits = [];
    /**
     * Reads `DA:<digits>,<digits>` (with an optional `,checksum`) by character codes and adds it to
     * the record; false for anything else (spaces, signs, a missing field…), which the general
     * path then reads or rejects with its message.
     */
    const readPlainDa = (text, open) => {
        if (text.charCodeAt(0) !== 68 || text.charCodeAt(1) !== 65 || text.charCodeAt(2) !== 58) {
            return false; // not `DA:`
        }
        const length = text.length;
        let index = 3;
        let line = 0;
        while (index < length) {
            const digit = text.charCodeAt(index) - 48;
            if (digit < 0 || digit > 9)
                break;
            line = line * 10 + digit;
            index += 1;
        }
        // More than 15 digits might not be exact in a double: the general path decides.
        if (index === 3 || index > 18 || text.charCodeAt(index) !== 44)
            return false;
        index += 1;
        const hitsStart = index;
        let hits = 0;
        while (index < length) {
            const digit = text.charCodeAt(index) - 48;
            if (digit < 0 || digit > 9)
                break;
            hits = hits * 10 + digit;
            index += 1;
        }
        if (index === hitsStart || index - hitsStart > 15)
            return false;
        if (index < length && text.charCodeAt(index) !== 44)
            return false;
        addDa(open, line, hits);
        return true;
    };
    const warn = (message) => {
        if (warnings.length < MAX_LISTED_WARNINGS)
            warnings.push(message);
        else
            extraWarnings += 1;
    };
    const failure = (lineNumber, message) => new errors/* ConfigurationError */.j(`lcov: line ${lineNumber}: ${message}`);
    const count = (text, lineNumber, what) => {
        if (!INTEGER.test(text))
            throw failure(lineNumber, `${what} is not a whole number: ${echo(text)}`);
        const value = Number(text);
        if (value < 0) {
            warn(`lcov: line ${lineNumber}: negative ${what} ${text} (a gcov counter overflow) read as 0`);
            return 0;
        }
        return value;
    };
    const closeRecord = (open) => {
        for (const fn of open.functionsByIndex.values()) {
            open.file.addFunction(fn.name ?? `function at line ${fn.line}`, fn.line, fn.hits);
        }
        for (const [name, line] of open.functionLines) {
            open.file.addFunction(name, line, open.functionHits.get(name) ?? 0);
        }
        for (const [name, hits] of open.functionHits) {
            if (!open.functionLines.has(name))
                open.file.addFunction(name, undefined, hits);
        }
        let found = open.lineNumbers.length;
        let hit = open.hit;
        if (!open.ascending) {
            const lines = new Map();
            open.lineNumbers.forEach((line, index) => {
                lines.set(line, (lines.get(line) ?? 0) + (open.lineHits[index] ?? 0));
            });
            found = lines.size;
            hit = 0;
            for (const hits of lines.values())
                if (hits > 0)
                    hit += 1;
        }
        if ((open.statedFound !== undefined && open.statedFound !== found) ||
            (open.statedHit !== undefined && open.statedHit !== hit)) {
            warn(`lcov: line ${open.startLine}: SF:${open.path} states LF:${open.statedFound ?? '?'} ` +
                `LH:${open.statedHit ?? '?'} but its DA lines give ${found} found, ${hit} hit; ` +
                'the DA lines are used');
        }
    };
    const readRecordLine = (open, tag, value, lineNumber) => {
        switch (tag) {
            case 'DA': {
                const [line, hits] = value.split(',', 3);
                if (line === undefined || hits === undefined || line === '' || hits === '') {
                    throw failure(lineNumber, `DA needs "line,hits": ${echo(`DA:${value}`)}`);
                }
                addDa(open, count(line, lineNumber, 'DA line number'), count(hits, lineNumber, 'DA hit count'));
                return;
            }
            case 'BRDA': {
                const first = value.indexOf(',');
                const last = value.lastIndexOf(',');
                if (first === -1 || last === first) {
                    throw failure(lineNumber, `BRDA needs "line,block,branch,taken": ${echo(`BRDA:${value}`)}`);
                }
                const line = count(value.slice(0, first), lineNumber, 'BRDA line number');
                const takenText = value.slice(last + 1);
                const taken = takenText === '-' ? 0 : count(takenText, lineNumber, 'BRDA taken count');
                open.file.addBranch(line, value.slice(first + 1, last), taken);
                return;
            }
            case 'FN': {
                const match = /^(\d+),(?:(\d+),)?(.+)$/.exec(value);
                if (!match?.[1] || !match[3]) {
                    throw failure(lineNumber, `FN needs "line,name" or "line,end,name": ${echo(`FN:${value}`)}`);
                }
                open.functionLines.set(match[3], Number(match[1]));
                return;
            }
            case 'FNDA': {
                const comma = value.indexOf(',');
                if (comma <= 0 || comma === value.length - 1) {
                    throw failure(lineNumber, `FNDA needs "hits,name": ${echo(`FNDA:${value}`)}`);
                }
                const name = value.slice(comma + 1);
                const hits = count(value.slice(0, comma), lineNumber, 'FNDA hit count');
                open.functionHits.set(name, (open.functionHits.get(name) ?? 0) + hits);
                return;
            }
            case 'FNL': {
                const match = /^([^,]+),(\d+)(?:,(\d+))?$/.exec(value);
                if (!match?.[1] || !match[2]) {
                    throw failure(lineNumber, `FNL needs "index,line[,end]": ${echo(`FNL:${value}`)}`);
                }
                const index = match[1];
                const known = open.functionsByIndex.get(index);
                if (known)
                    known.line = Number(match[2]);
                else
                    open.functionsByIndex.set(index, { line: Number(match[2]), hits: 0 });
                return;
            }
            case 'FNA': {
                const match = /^([^,]+),([^,]+),(.+)$/.exec(value);
                if (!match?.[1] || !match[2] || !match[3]) {
                    throw failure(lineNumber, `FNA needs "index,hits,name": ${echo(`FNA:${value}`)}`);
                }
                const index = match[1];
                const hits = count(match[2], lineNumber, 'FNA hit count');
                const fn = open.functionsByIndex.get(index);
                if (!fn)
                    throw failure(lineNumber, `FNA names function index ${echo(index)} before its FNL line`);
                fn.name ??= match[3];
                fn.hits += hits;
                return;
            }
            case 'LF':
                open.statedFound = count(value, lineNumber, 'LF');
                return;
            case 'LH':
                open.statedHit = count(value, lineNumber, 'LH');
                return;
            // Stated totals (recomputed from the data), test names, versions, lcov 2.x MC/DC data and
            // the older `BA` branch form of geninfo 1.x: nothing the gate needs.
            default:
                return;
        }
    };
    const addDa = (open, line, hits) => {
        const previous = open.lineNumbers.at(-1);
        if (previous !== undefined && line <= previous)
            open.ascending = false;
        open.lineNumbers.push(line);
        open.lineHits.push(hits);
        if (hits > 0)
            open.hit += 1;
        open.file.addLine(line, hits);
    };
    const onLine = (raw, lineNumber, terminated) => {
        // Nine lines in ten of a report are `DA:line,hits`: read those without making substrings.
        if (record !== undefined && terminated && readPlainDa(raw, record)) {
            nonBlankLines += 1;
            return;
        }
        const text = raw.trim();
        if (text === '')
            return;
        nonBlankLines += 1;
        if (text === 'end_of_record') {
            if (!record)
                throw failure(lineNumber, 'end_of_record without an SF line before it');
            closeRecord(record);
            record = undefined;
            return;
        }
        const colon = text.indexOf(':');
        const tag = colon > 0 ? text.slice(0, colon) : '';
        if (!/^[A-Z]+$/.test(tag)) {
            throw failure(lineNumber, `not an LCOV line (expected "TAG:value" or end_of_record): ${echo(text)}`);
        }
        const value = text.slice(colon + 1);
        if (tag === 'SF') {
            if (value === '')
                throw failure(lineNumber, 'SF needs a source file path');
            if (record) {
                warn(`lcov: line ${lineNumber}: SF:${record.path} has no end_of_record before the next SF`);
                closeRecord(record);
            }
            let file = files.get(value);
            if (!file) {
                file = new FileAccumulator(detached(value));
                files.set(file.path, file);
            }
            sawRecord = true;
            lineNumbers.length = 0;
            lineHits.length = 0;
            record = {
                file,
                path: value,
                startLine: lineNumber,
                lineNumbers,
                lineHits,
                ascending: true,
                hit: 0,
                functionsByIndex: new Map(),
                functionLines: new Map(),
                functionHits: new Map(),
            };
            return;
        }
        if (!record) {
            if (tag === 'TN' || tag === 'VER')
                return;
            throw failure(lineNumber, `${tag} outside a record: an LCOV record starts with SF:<path>`);
        }
        if (!terminated) {
            warn(`lcov: line ${lineNumber}: the report ends inside this line; it is ignored`);
            return;
        }
        readRecordLine(record, tag, value, lineNumber);
    };
    const splitter = createLineSplitter(onLine);
    return {
        write(chunk) {
            splitter.write(chunk);
        },
        end() {
            splitter.end();
            if (record) {
                warn(`lcov: the report ends inside the record of SF:${record.path} (line ${record.startLine}) ` +
                    'without end_of_record: is it cut off? What it holds so far is kept');
                closeRecord(record);
                record = undefined;
            }
            if (!sawRecord) {
                if (nonBlankLines > 0)
                    throw failure(1, 'no SF record: this is not an LCOV report');
                warnings.push('lcov: the report is empty: it names no source file');
            }
            if (extraWarnings > 0)
                warnings.push(`lcov: ${extraWarnings} more warnings like these`);
            return {
                format: 'lcov',
                files: [...files.values()].map((file) => file.toFileCoverage()),
                sourceRoots: [],
                warnings,
            };
        },
    };
}
/** Parses a whole LCOV text (see {@link createLcovParser}). */
function parseLcov(text) {
    const parser = createLcovParser();
    parser.write(text);
    return parser.end();
}

;// CONCATENATED MODULE: ./src/gates/coverage/parse/simplecov.ts




/** Thrown for a value of the wrong shape, naming where it is in the document. */
function simplecov_shapeError(where, expected, value) {
    const shown = JSON.stringify(value)?.slice(0, 60) ?? String(value);
    return new errors/* ConfigurationError */.j(`simplecov: ${where}: expected ${expected}, found ${shown}`);
}
/**
 * Ruby's Coverage writes a branch as the inspected array `[:then, 1, 13, 6, 13, 11]`: type, id,
 * start line, start column, end line, end column. Only the start line is needed.
 */
function branchStartLine(key, where) {
    const match = /^\[:?[\w-]+, *-?\d+, *(\d+),/.exec(key);
    if (!match?.[1])
        throw simplecov_shapeError(where, 'a branch key like "[:if, 0, 12, 4, 14, 7]"', key);
    return Number(match[1]);
}
/** Adds a `lines` array (index 0 is line 1; `null` is not coverable) to the file. */
function addLines(file, lines, where) {
    if (!Array.isArray(lines))
        throw simplecov_shapeError(where, 'an array of line counts', lines);
    lines.forEach((hits, index) => {
        if (hits === null)
            return;
        if (typeof hits !== 'number' || !Number.isInteger(hits) || hits < 0) {
            throw simplecov_shapeError(`${where}[${index}]`, 'a hit count or null', hits);
        }
        file.addLine(index + 1, hits);
    });
}
/**
 * Adds a `branches` object (condition → arm → hits). A branch is reported on the line SimpleCov's
 * own `Branch#report_line` puts it: its start line when it starts on the condition's line (an
 * inline `a ? b : c`, or an implicit `else`), else the line before its start (the `if`, `when`
 * or `else` line that opens it).
 */
function addBranches(file, branches, where) {
    if (!(0,is_record/* isRecord */.u)(branches))
        throw simplecov_shapeError(where, 'an object of conditions', branches);
    for (const [condition, arms] of Object.entries(branches)) {
        const conditionLine = branchStartLine(condition, `${where} key`);
        if (!(0,is_record/* isRecord */.u)(arms))
            throw simplecov_shapeError(`${where}[${condition}]`, 'an object of branches', arms);
        for (const [arm, hits] of Object.entries(arms)) {
            const armLine = branchStartLine(arm, `${where}[${condition}] key`);
            if (typeof hits !== 'number' || !Number.isInteger(hits) || hits < 0) {
                throw simplecov_shapeError(`${where}[${condition}][${arm}]`, 'a hit count', hits);
            }
            const reportLine = armLine === conditionLine ? armLine : armLine - 1;
            file.addBranch(reportLine, `${condition} ${arm}`, hits);
        }
    }
}
/**
 * A parser of SimpleCov's `coverage/.resultset.json`: command name (RSpec, Minitest, one per test
 * suite or CI shard) → `coverage` → file path → `{lines, branches?}` (SimpleCov ≥ 0.18) or a bare
 * lines array (older versions). Several command names merge as SimpleCov's current
 * LinesCombiner does: hits add up, and a line is coverable when any run says so (older SimpleCov
 * turned `nil + 0` into nil, dropping an uncovered line from the denominator); branch hits add
 * up per branch. The text is collected and parsed at the end (see json-document.ts).
 * @throws ConfigurationError for text that is not JSON (with line and column) or not of this shape.
 */
function createSimplecovParser() {
    const document = createJsonDocument('simplecov', 'Split the test suite into several result sets (one per command name) and pass them all.');
    return {
        write: (chunk) => document.write(chunk),
        end() {
            const root = document.end();
            if (!(0,is_record/* isRecord */.u)(root))
                throw simplecov_shapeError('the document', 'an object of command names', root);
            const files = new Map();
            for (const [command, run] of Object.entries(root)) {
                const where = JSON.stringify(command);
                if (!(0,is_record/* isRecord */.u)(run) || !(0,is_record/* isRecord */.u)(run.coverage)) {
                    throw simplecov_shapeError(where, 'an object with "coverage" (a SimpleCov .resultset.json)', run);
                }
                for (const [path, coverage] of Object.entries(run.coverage)) {
                    let file = files.get(path);
                    if (!file) {
                        file = new FileAccumulator(path);
                        files.set(path, file);
                    }
                    const at = `${where}.coverage[${JSON.stringify(path)}]`;
                    if (Array.isArray(coverage)) {
                        addLines(file, coverage, at);
                        continue;
                    }
                    if (!(0,is_record/* isRecord */.u)(coverage))
                        throw simplecov_shapeError(at, 'a lines array or {lines, branches}', coverage);
                    addLines(file, coverage.lines, `${at}.lines`);
                    if (coverage.branches !== undefined)
                        addBranches(file, coverage.branches, `${at}.branches`);
                }
            }
            const warnings = files.size === 0 ? ['simplecov: the report is empty: it names no source file'] : [];
            return {
                format: 'simplecov',
                files: [...files.values()].map((file) => file.toFileCoverage()),
                sourceRoots: [],
                warnings,
            };
        },
    };
}
/** Parses a whole `.resultset.json` (see {@link createSimplecovParser}). */
function parseSimplecov(text) {
    const parser = createSimplecovParser();
    parser.write(text);
    return parser.end();
}

;// CONCATENATED MODULE: ./src/gates/coverage/parse/xml-detect.ts
/**
 * Tells Cobertura, JaCoCo and Clover apart from the start of a file. Cobertura and Clover share
 * the root element `<coverage>`: Clover's carries `generated`/`clover` attributes and holds a
 * `<project>`, Cobertura's holds `<sources>` or `<packages>`.
 */

/**
 * Decides the format from the first piece of a file (a few kilobytes is plenty), or `undefined`
 * when it is not one of them (or not XML). Never throws.
 */
function detectXmlCoverageFormat(firstChunk) {
    const parser = new saxes/* SaxesParser */.wT({ xmlns: false });
    let doctype = '';
    let root;
    let child;
    let done = false;
    parser.on('doctype', (text) => {
        doctype = text;
    });
    parser.on('opentag', (tag) => {
        if (root === undefined)
            root = { name: tag.name, attributes: tag.attributes };
        else if (child === undefined) {
            child = tag.name;
            done = true;
        }
    });
    // The chunk is cut anywhere, so an error past the root's first child is expected and harmless.
    parser.on('error', () => {
        done = true;
    });
    const text = firstChunk.startsWith('\uFEFF') ? firstChunk.slice(1) : firstChunk;
    // Feed in pieces so that we stop at the first error or once the first child is known.
    for (let i = 0; i < text.length && !done; i += 1024)
        parser.write(text.slice(i, i + 1024));
    if (root === undefined)
        return undefined;
    // JaCoCo's root is <report>, usually with its "-//JACOCO//DTD Report" DOCTYPE.
    if (root.name === 'report')
        return doctype === '' || /JACOCO/i.test(doctype) ? 'jacoco' : undefined;
    if (root.name !== 'coverage')
        return undefined;
    if ('clover' in root.attributes || 'generated' in root.attributes || child === 'project') {
        return 'clover';
    }
    return 'cobertura';
}

;// CONCATENATED MODULE: ./src/gates/coverage/read-reports.ts
/**
 * Reads the coverage reports a run names: expands their globs, tells each file's format from its
 * name and first piece of text, streams it through that format's parser (a 1 GB report is never
 * one string: pieces go to the parser as they are read), and merges the reports. The reading
 * itself comes in through {@link ReportReaderIo}, so this module runs on any text source.
 */










/** Every format a user may name, `auto` first. */
const coverageFormats = [
    'auto',
    'lcov',
    'cobertura',
    'jacoco',
    'clover',
    'istanbul',
    'istanbul-summary',
    'go',
    'simplecov',
];
/**
 * Reads every report matching `patterns` (input `report`) and merges them.
 *
 * @param format `auto` tells each file's format apart (see {@link detectCoverageFormat}); a named
 *   format applies to every file.
 * @throws ConfigurationError when a glob matches nothing, a file cannot be read, its format cannot
 *   be told, or its text is not a valid report (the parser's message, prefixed with the path).
 */
async function readCoverageReports(patterns, format, io) {
    const paths = await io.resolveFiles(patterns, 'report');
    const parsed = [];
    const reports = [];
    for (const path of paths) {
        const report = await readReport(path, format, io);
        parsed.push(report);
        reports.push({ path, format: report.format, files: report.files.length });
    }
    return { merged: mergeCoverage(parsed), reports };
}
/** Characters of a file's start that {@link detectCoverageFormat} looks at. */
const SNIFF_CHARS = 64 * 1024;
async function readReport(path, named, io) {
    let parser;
    // Pieces held back until enough of the start is known to tell the format.
    let start = '';
    const begin = (text, ended) => {
        const format = named === 'auto' ? detectCoverageFormat(path, text) : named;
        if (format === undefined) {
            throw new errors/* ConfigurationError */.j(`Input 'report': cannot tell the format of '${path}'${ended && text.trim() === '' ? ' (it is empty)' : ''}; name it with 'format' (${coverageFormats.slice(1).join(', ')}).`);
        }
        return createCoverageParser(format);
    };
    try {
        for await (const piece of io.readPieces(path)) {
            if (parser !== undefined) {
                parser.write(piece);
                continue;
            }
            start += piece;
            if (start.length >= SNIFF_CHARS) {
                parser = begin(start, false);
                parser.write(start);
                start = '';
            }
        }
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j)
            throw withPath(path, error);
        throw new errors/* ConfigurationError */.j(`Input 'report': cannot read '${path}': ${error.code ?? error.message}.`);
    }
    try {
        if (parser === undefined) {
            parser = begin(start, true);
            parser.write(start);
        }
        return parser.end();
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j)
            throw withPath(path, error);
        throw error;
    }
}
/** The parser's message, with the report's path in front unless it already names it. */
function withPath(path, error) {
    return error.message.includes(path) ? error : new errors/* ConfigurationError */.j(`${path}: ${error.message}`);
}
/** A fresh streaming parser of `format`. */
function createCoverageParser(format) {
    switch (format) {
        case 'lcov':
            return createLcovParser();
        case 'cobertura':
            return createCoberturaParser();
        case 'jacoco':
            return createJacocoParser();
        case 'clover':
            return createCloverParser();
        case 'istanbul':
            return createIstanbulParser();
        case 'istanbul-summary':
            return createIstanbulSummaryParser();
        case 'go':
            return createGoCoverprofileParser();
        case 'simplecov':
            return createSimplecovParser();
        default: {
            const unknown = format;
            throw new Error(`createCoverageParser: unknown format ${String(unknown)}`);
        }
    }
}
/**
 * Tells a report's format from its file name and the start of its text, or `undefined` when
 * neither says. Content decides over the name where both speak (a `coverage.info` that holds
 * XML is XML); the name decides between JSON formats whose start looks alike.
 *
 * - LCOV: a first record `TN:`, `SF:` (or the name `*.info`, `*.lcov`);
 * - XML (Cobertura, JaCoCo, Clover): a `<` first, told apart by {@link detectXmlCoverageFormat};
 * - Go: a first line `mode: set|count|atomic`;
 * - JSON: `coverage-summary.json` and `.resultset.json` by name; otherwise Istanbul's
 *   `statementMap`, a summary's `"total"` first, or SimpleCov's `{"<suite>": {"coverage": …`.
 * @example detectCoverageFormat('cover.out', 'mode: atomic\n…') // 'go'
 */
function detectCoverageFormat(path, start) {
    const name = path.replace(/\\/g, '/').split('/').at(-1)?.toLowerCase() ?? '';
    const text = start.replace(/^\uFEFF/, '').trimStart();
    if (text.startsWith('<'))
        return detectXmlCoverageFormat(text);
    if (/^mode:\s*(set|count|atomic)\s*$/m.test(text.split('\n', 1)[0] ?? ''))
        return 'go';
    if (/^(TN|SF):/.test(text))
        return 'lcov';
    if (text.startsWith('{')) {
        if (name === 'coverage-summary.json')
            return 'istanbul-summary';
        if (name === '.resultset.json')
            return 'simplecov';
        if (name === 'coverage-final.json' || /"statementMap"\s*:/.test(text))
            return 'istanbul';
        if (/^\{\s*"total"\s*:/.test(text))
            return 'istanbul-summary';
        if (/^\{\s*"(?:[^"\\]|\\.)*"\s*:\s*\{\s*"coverage"\s*:/.test(text))
            return 'simplecov';
        return undefined;
    }
    if (/\.(info|lcov)$/.test(name) && text !== '')
        return 'lcov';
    return undefined;
}

;// CONCATENATED MODULE: ./src/gates/coverage/inputs.ts
/**
 * Reads and validates the coverage gate's inputs once, for the action and the CLI alike: the
 * reports, the thresholds (each optional), the path fixes, what the change is compared with, and
 * where the coverage of commits is stored for the drop check.
 */




/**
 * Reads the inputs; throws ConfigurationError naming the bad input.
 *
 * @param defaultBaseRef what `base-ref` is when not given (the action: the pull request's base
 *   commit); without either the patch is not known and `min-patch` is not checked.
 */
function readCoverageInputs(source, defaultBaseRef) {
    const reports = (0,inputs/* listInput */.dt)(source, 'report');
    if (reports.length === 0) {
        throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'report')} is required: the coverage report files (paths or globs), e.g. coverage/lcov.info.`);
    }
    const baseRef = (0,inputs/* optionalInput */.$m)(source, 'base-ref') ?? defaultBaseRef;
    const store = (0,inputs/* optionalInput */.$m)(source, 'store');
    return {
        common: (0,inputs/* readCommonInputs */.di)(source),
        reports,
        format: (0,inputs/* choiceInput */.ij)(source, 'format', coverageFormats, 'auto'),
        thresholds: readThresholds(source),
        pathFixes: readPathFixes(source),
        ...(baseRef === undefined ? {} : { baseRef }),
        ...(store === undefined ? {} : { store }),
        save: (0,inputs/* choiceInput */.ij)(source, 'save', ['auto', 'always', 'never'], 'auto'),
        searchDepth: (0,inputs/* numberInput */.QR)(source, 'search-depth', 50, { min: 1, max: 500, integer: true }),
    };
}
/** `before::after` lines (one per line: a path may hold a comma), the parser's message named. */
function readPathFixes(source) {
    const lines = source('path-fix')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
    try {
        return parsePathFixes(lines);
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j))
            throw error;
        throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'path-fix')}: ${error.message}.`);
    }
}
function readThresholds(source) {
    const thresholds = {
        perFile: (0,inputs/* mappingInput */.VZ)(source, 'per-file', minimumPercent).map(({ pattern, value }) => ({
            pattern,
            min: value,
        })),
    };
    const minimum = (name) => {
        const raw = (0,inputs/* optionalInput */.$m)(source, name);
        return raw === undefined ? undefined : minimumPercent(raw, (0,inputs/* inputLabel */.NB)(source, name));
    };
    const assign = (key, value) => {
        if (value !== undefined)
            thresholds[key] = value;
    };
    assign('minPatch', minimum('min-patch'));
    assign('minTotalLines', minimum('min-total'));
    assign('minTotalBranches', minimum('min-branches'));
    assign('minTotalFunctions', minimum('min-functions'));
    assign('minPerFile', minimum('min-per-file'));
    const drop = (0,inputs/* optionalInput */.$m)(source, 'max-drop');
    if (drop !== undefined)
        thresholds.maxDrop = dropPoints(drop, (0,inputs/* inputLabel */.NB)(source, 'max-drop'));
    return thresholds;
}
/**
 * A minimum coverage in percent (0–100], read as the shared inputs read percentages (`80%`, or
 * the fraction `0.8`), kept exact: `7%` is 7, not 0.07 × 100 = 7.000000000000001, which
 * would fail a file covered at exactly 7%.
 */
function minimumPercent(raw, what) {
    const percent = toPercent((0,inputs/* parsePercent */.lo)(raw, what));
    if (percent > 100) {
        throw new errors/* ConfigurationError */.j(`${what} is '${raw}'; a coverage minimum cannot be over 100%.`);
    }
    return percent;
}
/**
 * The largest drop allowed, in percentage points: `0` (no drop at all) or a percentage as
 * {@link minimumPercent} reads it (`0.5%` is half a point).
 */
function dropPoints(raw, what) {
    if (/^\s*0+(\.0+)?\s*%?\s*$/.test(raw))
        return 0;
    const points = toPercent((0,inputs/* parsePercent */.lo)(raw, what));
    if (points > 100) {
        throw new errors/* ConfigurationError */.j(`${what} is '${raw}'; a drop cannot be over 100 points.`);
    }
    return points;
}
/** A fraction as percent, rounded to 9 decimals so that binary fractions do not show. */
function toPercent(fraction) {
    return Math.round(fraction * 100 * 1e9) / 1e9;
}

;// CONCATENATED MODULE: ./src/gates/coverage/verdict.ts



/** The rule of an uncovered-lines finding (SARIF rule id, annotation title prefix). */
const UNCOVERED_RULE = 'coverage/uncovered-line';
/** Uncovered ranges listed per file in the changed-files table; the findings have them all. */
const MAX_RANGES_IN_CELL = 6;
/** Report files named in the note; more are counted. */
const MAX_REPORTS_NAMED = 5;
/**
 * Drop priorities: a long comment sheds the other files first, then the lists of paths, then the
 * files below their minimum; the checks and the changed files stay longest.
 */
const OTHER_FILES_DROP = 10;
const UNMATCHED_DROP = 3;
const WITHOUT_COVERAGE_DROP = 2;
const BELOW_MINIMUM_DROP = 1;
/** What each kind of check is called where the headline lists the others that failed. */
const CHECK_NAMES = {
    patch: 'patch coverage',
    'total-lines': 'total line coverage',
    drop: 'coverage drop',
    'total-branches': 'branch coverage',
    'total-functions': 'function coverage',
    'per-file': 'per-file minimum',
};
/** `12–18`, or `20` for a single line. */
function rangeText(range) {
    return range.start === range.end ? String(range.start) : `${range.start}–${range.end}`;
}
/** Percent of counts for a table cell; `–` when nothing is coverable. */
function percentCell(counts) {
    const percent = percentOf(counts);
    return percent === undefined ? '–' : formatPercent(percent);
}
/** Change of a file's line coverage since the base, in points; `–` without a base figure. */
function deltaOf(file) {
    if (file.baseLines === undefined)
        return undefined;
    const before = percentOf(file.baseLines);
    const after = percentOf(file.totals.lines);
    return before === undefined || after === undefined ? undefined : after - before;
}
/** The delta column, present only when there is a base to compare with. */
const DELTA_COLUMN = { header: 'Δ base (points)', align: 'right' };
/** The delta cell: points since the base, or `new` for a file the base did not have. */
function deltaCell(file) {
    if (file.baseLines === undefined)
        return 'new';
    const delta = deltaOf(file);
    return delta === undefined ? '–' : formatPoints(delta);
}
/** Uncovered changed lines of a file. */
function uncoveredCount(file) {
    return (file.patch?.total ?? 0) - (file.patch?.covered ?? 0);
}
/** The changed files, most uncovered changed lines first, then lowest patch coverage, then path. */
function mostUncoveredFirst(files) {
    // A file with no coverable changed line sorts after every file with one.
    const patchPercent = (file) => percentOf(file.patch ?? { covered: 0, total: 0 }) ?? 101;
    return [...files].sort((a, b) => uncoveredCount(b) - uncoveredCount(a) ||
        patchPercent(a) - patchPercent(b) ||
        compareText(a.path, b.path));
}
/** The changed files (sorted by {@link mostUncoveredFirst}) with patch, total and delta. */
function changedFilesTable(sorted, hasBase, title) {
    return {
        id: 'changed-files',
        title,
        columns: [
            { header: 'File' },
            { header: 'Patch', align: 'right' },
            { header: 'Changed lines covered', align: 'right' },
            { header: 'Not covered' },
            { header: 'File total', align: 'right' },
            ...(hasBase ? [DELTA_COLUMN] : []),
        ],
        rows: sorted.map((file) => {
            const patch = file.patch ?? { covered: 0, total: 0, uncovered: [] };
            const ranges = patch.uncovered.slice(0, MAX_RANGES_IN_CELL).map(rangeText);
            if (patch.uncovered.length > MAX_RANGES_IN_CELL) {
                ranges.push(`… ${patch.uncovered.length - MAX_RANGES_IN_CELL} more`);
            }
            return [
                { text: file.path, code: true },
                percentCell(patch),
                patch.total === 0
                    ? 'none coverable'
                    : `${(0,labels/* formatCount */.B4)(patch.covered)} / ${(0,labels/* formatCount */.B4)(patch.total)}`,
                ranges.length === 0 ? '' : `lines ${ranges.join(', ')}`,
                percentCell(file.totals.lines),
                ...(hasBase ? [deltaCell(file)] : []),
            ];
        }),
    };
}
/** Files under their minimum, lowest coverage first. */
function belowMinimumTable(failed, files) {
    const byPath = new Map(files.map((file) => [file.path, file]));
    const sorted = [...failed].sort((a, b) => (a.actual ?? 0) - (b.actual ?? 0) || compareText(a.file ?? '', b.file ?? ''));
    return {
        id: 'below-minimum',
        title: `${(0,labels/* countOf */.pq)(failed.length, 'file')} below ${failed.length === 1 ? 'its' : 'their'} minimum`,
        columns: [
            { header: 'File' },
            { header: 'Line coverage', align: 'right' },
            { header: 'Minimum', align: 'right' },
            { header: 'Lines not covered', align: 'right' },
        ],
        rows: sorted.map((check) => {
            const lines = byPath.get(check.file ?? '')?.totals.lines ?? { covered: 0, total: 0 };
            return [
                { text: check.file ?? '', code: true },
                check.actual === undefined ? '–' : formatPercent(check.actual, { against: check.limit }),
                `${String(check.limit)}%`,
                `${(0,labels/* formatCount */.B4)(lines.total - lines.covered)} of ${(0,labels/* formatCount */.B4)(lines.total)}`,
            ];
        }),
        dropPriority: BELOW_MINIMUM_DROP,
    };
}
/** Every file the change did not touch: changed since the base first, then least covered. */
function otherFilesTable(files, hasBase) {
    const sorted = [...files].sort((a, b) => Math.abs(deltaOf(b) ?? 0) - Math.abs(deltaOf(a) ?? 0) ||
        (percentOf(a.totals.lines) ?? 101) - (percentOf(b.totals.lines) ?? 101) ||
        compareText(a.path, b.path));
    return {
        id: 'other-files',
        title: `${(0,labels/* countOf */.pq)(files.length, 'other file')}`,
        columns: [
            { header: 'File' },
            { header: 'Line coverage', align: 'right' },
            { header: 'Lines covered', align: 'right' },
            ...(hasBase ? [DELTA_COLUMN] : []),
        ],
        rows: sorted.map((file) => [
            { text: file.path, code: true },
            percentCell(file.totals.lines),
            `${(0,labels/* formatCount */.B4)(file.totals.lines.covered)} / ${(0,labels/* formatCount */.B4)(file.totals.lines.total)}`,
            ...(hasBase ? [deltaCell(file)] : []),
        ]),
        collapsed: true,
        dropPriority: OTHER_FILES_DROP,
    };
}
/**
 * Severity of the uncovered-line findings: errors when they fail the patch check, warnings when
 * a patch minimum is set and met (they are still what lowers it), notices without one.
 */
function findingSeverity(analysis) {
    const patch = analysis.checks.find((check) => check.kind === 'patch');
    if (patch === undefined)
        return 'notice';
    return patch.passed ? 'warning' : 'error';
}
/** One finding per uncovered range of changed lines, in the order of the changed-files table. */
function uncoveredFindings(changed, severity) {
    return changed.flatMap((file) => (file.patch?.uncovered ?? []).map((range) => ({
        severity,
        file: file.path,
        line: range.start,
        endLine: range.end,
        rule: UNCOVERED_RULE,
        title: range.start === range.end ? 'Changed line not covered' : 'Changed lines not covered',
        message: range.start === range.end
            ? `Changed line ${range.start} is not covered by any test.`
            : `Changed lines ${rangeText(range)} are not covered by any test.`,
    })));
}
/** The headline: the first failing check (capitalised), or the figures of a pass. */
function headlineOf(analysis, options) {
    const failed = analysis.checks.filter((check) => !check.passed);
    const first = failed[0];
    if (first !== undefined) {
        const perFile = failed.filter((check) => check.kind === 'per-file').length;
        // A per-file explanation starts with the path, which must not be capitalised.
        let text = first.kind !== 'per-file'
            ? capitalise(first.explanation)
            : perFile > 1
                ? `${(0,labels/* countOf */.pq)(perFile, 'file')} below their minimum line coverage, e.g. ${first.explanation}`
                : `File ${first.explanation}`;
        const also = [...new Set(failed.slice(1).map((check) => CHECK_NAMES[check.kind]))].filter((name) => name !== CHECK_NAMES[first.kind]);
        if (also.length > 0)
            text += ` (also failing: ${also.join(', ')})`;
        return text;
    }
    const parts = [];
    const changedWhat = options.against === undefined || options.against === ''
        ? 'changed lines'
        : `lines changed ${options.against}`;
    if (analysis.patch !== undefined) {
        const percent = percentOf(analysis.patch);
        parts.push(percent === undefined
            ? `no coverable ${changedWhat}`
            : `patch coverage ${formatPercent(percent)} (${(0,labels/* formatCount */.B4)(analysis.patch.covered)} of ${(0,labels/* formatCount */.B4)(analysis.patch.total)} ${changedWhat})`);
    }
    const total = percentOf(analysis.totals.lines);
    if (total === undefined) {
        parts.push('no coverable lines in the reports');
    }
    else {
        let text = `total line coverage ${formatPercent(total)}`;
        const before = analysis.base === undefined ? undefined : percentOf(analysis.base.coverage.totals.lines);
        if (analysis.base !== undefined && before !== undefined) {
            text += ` (${formatPoints(total - before)} points since base ${shortSha(analysis.base.sha)})`;
        }
        parts.push(text);
    }
    return capitalise(parts.join(', '));
}
function metricsOf(analysis) {
    const patch = analysis.patch === undefined ? undefined : percentOf(analysis.patch);
    const total = percentOf(analysis.totals.lines);
    const metrics = [
        {
            key: 'patch-coverage',
            label: 'Patch coverage',
            value: patch === undefined ? '–' : formatPercent(patch),
            output: true,
        },
        {
            key: 'uncovered-changed-lines',
            label: 'Changed lines not covered',
            value: analysis.patch === undefined
                ? '–'
                : `${(0,labels/* formatCount */.B4)(analysis.patch.total - analysis.patch.covered)} of ${(0,labels/* formatCount */.B4)(analysis.patch.total)}`,
        },
        {
            key: 'total-coverage',
            label: 'Total line coverage',
            value: total === undefined ? '–' : formatPercent(total),
            output: true,
        },
    ];
    const before = analysis.base === undefined ? undefined : percentOf(analysis.base.coverage.totals.lines);
    metrics.push({
        key: 'coverage-change',
        label: 'Change since base',
        value: before === undefined || total === undefined ? '–' : `${formatPoints(total - before)} pts`,
        output: true,
    });
    if (analysis.totals.branches !== undefined) {
        const branches = percentOf(analysis.totals.branches);
        metrics.push({
            key: 'branch-coverage',
            label: 'Branch coverage',
            value: branches === undefined ? '–' : formatPercent(branches),
            output: true,
        });
    }
    return metrics;
}
function notesOf(analysis, reportFiles) {
    const notes = [];
    const base = analysis.base;
    if (base !== undefined) {
        const where = base.distance === 0
            ? 'the merge base itself'
            : `${(0,labels/* countOf */.pq)(base.distance, 'commit')} before the merge base`;
        const stored = Date.parse(base.createdAt);
        const date = Number.isFinite(stored)
            ? new Date(stored).toISOString().slice(0, 10)
            : base.createdAt;
        notes.push({
            level: 'info',
            text: `Base: the coverage stored for commit ${shortSha(base.sha)} (${where}) on ${date}.`,
        });
    }
    else if (!analysis.checks.some((check) => check.kind === 'drop')) {
        notes.push({
            level: 'info',
            text: 'No stored coverage of the base: no changes since the base are shown.',
        });
    }
    const patchCheck = analysis.checks.find((check) => check.kind === 'patch');
    if (analysis.patch === undefined && patchCheck !== undefined && patchCheck.actual === undefined) {
        notes.push({ level: 'info', text: `${capitalise(patchCheck.explanation)}.` });
    }
    if (analysis.unmatchedReportPaths.length > 0) {
        notes.push({
            level: 'warning',
            text: `${(0,labels/* countOf */.pq)(analysis.unmatchedReportPaths.length, 'report path')} ${analysis.unmatchedReportPaths.length === 1 ? 'matches' : 'match'} no file of the repository, so ${analysis.unmatchedReportPaths.length === 1 ? 'its' : 'their'} lines count nowhere (listed below); a path fix (before::after) maps them.`,
        });
    }
    if (analysis.changedWithoutCoverage.length > 0) {
        notes.push({
            level: 'warning',
            text: `${(0,labels/* countOf */.pq)(analysis.changedWithoutCoverage.length, 'changed file')} of the kinds the reports cover ${analysis.changedWithoutCoverage.length === 1 ? 'is' : 'are'} in no report (listed below): no test loads ${analysis.changedWithoutCoverage.length === 1 ? 'it' : 'them'}, or the coverage run leaves ${analysis.changedWithoutCoverage.length === 1 ? 'it' : 'them'} out.`,
        });
    }
    for (const text of analysis.notes)
        notes.push({ level: 'warning', text });
    if (reportFiles.length > 0) {
        const named = reportFiles.slice(0, MAX_REPORTS_NAMED).join(', ');
        const more = reportFiles.length > MAX_REPORTS_NAMED
            ? ` and ${(0,labels/* countOf */.pq)(reportFiles.length - MAX_REPORTS_NAMED, 'more')}`
            : '';
        notes.push({
            level: 'info',
            text: `Read from ${(0,labels/* countOf */.pq)(reportFiles.length, 'report')}: ${named}${more}.`,
        });
    }
    return notes;
}
/** A one-column table of paths, collapsed (the lists can be long; the job summary has them all). */
function pathTable(id, title, header, paths, dropPriority) {
    return {
        id,
        title,
        columns: [{ header }],
        rows: paths.map((path) => [{ text: path, code: true }]),
        collapsed: true,
        dropPriority,
    };
}
/** Every check but the per-file ones, then the per-file ones as one row. */
function checksTable(checks) {
    const rows = checks
        .filter((check) => check.kind !== 'per-file')
        .map((check) => [check.passed ? '✅ pass' : '❌ fail', capitalise(check.explanation)]);
    const perFile = checks.filter((check) => check.kind === 'per-file');
    if (perFile.length > 0) {
        const below = perFile.filter((check) => !check.passed).length;
        rows.push([
            below === 0 ? '✅ pass' : '❌ fail',
            below === 0
                ? `Every one of ${(0,labels/* countOf */.pq)(perFile.length, 'file')} reaches its minimum line coverage`
                : `${(0,labels/* formatCount */.B4)(below)} of ${(0,labels/* countOf */.pq)(perFile.length, 'file')} below ${below === 1 ? 'its' : 'their'} minimum line coverage (listed below)`,
        ]);
    }
    if (rows.length === 0)
        return undefined;
    return {
        id: 'checks',
        title: 'Thresholds',
        columns: [{ header: 'Result' }, { header: 'Check' }],
        rows,
    };
}
/** The status: `fail` when a check fails; `warn` when report paths were lost; else `pass`. */
function statusOf(analysis) {
    if (analysis.checks.some((check) => !check.passed))
        return 'fail';
    return analysis.unmatchedReportPaths.length > 0 ? 'warn' : 'pass';
}
/** The machine-readable results: percents as numbers (null when nothing was coverable). */
function dataOf(analysis) {
    const orNull = (value) => value ?? null;
    return {
        patchCoverage: orNull(analysis.patch === undefined ? undefined : percentOf(analysis.patch)),
        totalCoverage: orNull(percentOf(analysis.totals.lines)),
        branchCoverage: orNull(analysis.totals.branches === undefined ? undefined : percentOf(analysis.totals.branches)),
        functionCoverage: orNull(analysis.totals.functions === undefined ? undefined : percentOf(analysis.totals.functions)),
        totals: analysis.totals,
        patch: analysis.patch === undefined
            ? null
            : {
                covered: analysis.patch.covered,
                total: analysis.patch.total,
                files: analysis.patch.files,
            },
        base: analysis.base === undefined
            ? null
            : {
                sha: analysis.base.sha,
                createdAt: analysis.base.createdAt,
                distance: analysis.base.distance,
                totalCoverage: orNull(percentOf(analysis.base.coverage.totals.lines)),
            },
        checks: analysis.checks.map((check) => ({ ...check, actual: orNull(check.actual) })),
        files: analysis.files.map((file) => ({
            path: file.path,
            coverage: orNull(percentOf(file.totals.lines)),
            lines: file.totals.lines,
            ...(file.totals.branches === undefined ? {} : { branches: file.totals.branches }),
            ...(file.totals.functions === undefined ? {} : { functions: file.totals.functions }),
            ...(file.patch === undefined
                ? {}
                : {
                    patch: {
                        coverage: orNull(percentOf(file.patch)),
                        covered: file.patch.covered,
                        total: file.patch.total,
                        uncovered: file.patch.uncovered,
                    },
                }),
            ...(file.baseLines === undefined
                ? {}
                : { baseLines: file.baseLines, delta: orNull(deltaOf(file)) }),
            ...(file.minimum === undefined ? {} : { minimum: file.minimum }),
        })),
        changedWithoutCoverage: analysis.changedWithoutCoverage,
        unmatchedReportPaths: analysis.unmatchedReportPaths,
    };
}
/**
 * Builds the coverage verdict. Status: `fail` when any threshold check fails, `warn` when report
 * paths match no repository file (their lines were lost), else `pass`. Headline: the first
 * failing check's explanation (patch, total lines, drop, branches, functions, per-file), or the
 * patch and total figures. Metrics (outputs): patch-coverage, total-coverage, coverage-change,
 * branch-coverage when the reports have branches. Tables: the changed files, the files below
 * their minimum, the other files (collapsed, shed first from a long comment). Findings: one per
 * uncovered range of changed lines (rule {@link UNCOVERED_RULE}). `data`: `patchCoverage`,
 * `totalCoverage` (percents) and one record per file.
 */
function buildCoverageVerdict(analysis, options) {
    const hasBase = analysis.base !== undefined;
    const changed = mostUncoveredFirst(analysis.files.filter((file) => file.patch !== undefined));
    const others = analysis.files.filter((file) => file.patch === undefined);
    const tables = [];
    const checks = checksTable(analysis.checks);
    if (checks !== undefined)
        tables.push(checks);
    if (changed.length > 0) {
        const title = options.against === undefined || options.against === ''
            ? `${(0,labels/* countOf */.pq)(changed.length, 'changed file')} with coverage`
            : `${(0,labels/* countOf */.pq)(changed.length, 'file')} changed ${options.against} with coverage`;
        tables.push(changedFilesTable(changed, hasBase, title));
    }
    const belowMinimum = analysis.checks.filter((check) => check.kind === 'per-file' && !check.passed);
    if (belowMinimum.length > 0)
        tables.push(belowMinimumTable(belowMinimum, analysis.files));
    if (analysis.changedWithoutCoverage.length > 0) {
        tables.push(pathTable('changed-without-coverage', `${(0,labels/* countOf */.pq)(analysis.changedWithoutCoverage.length, 'changed file')} in no report`, 'Changed file', analysis.changedWithoutCoverage, WITHOUT_COVERAGE_DROP));
    }
    if (analysis.unmatchedReportPaths.length > 0) {
        tables.push(pathTable('unmatched-report-paths', `${(0,labels/* countOf */.pq)(analysis.unmatchedReportPaths.length, 'report path')} matching no repository file`, 'Report path', analysis.unmatchedReportPaths, UNMATCHED_DROP));
    }
    if (others.length > 0)
        tables.push(otherFilesTable(others, hasBase));
    return {
        schemaVersion: 1,
        gate: 'coverage',
        key: options.key,
        status: statusOf(analysis),
        headline: headlineOf(analysis, options),
        metrics: metricsOf(analysis),
        tables,
        findings: uncoveredFindings(changed, findingSeverity(analysis)),
        notes: notesOf(analysis, options.reportFiles),
        charts: [],
        data: dataOf(analysis),
    };
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** Code-unit order, the same on every machine (localeCompare depends on the locale). */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/gates/coverage/run.ts










/**
 * Runs the gate from raw inputs.
 *
 * @param defaultBaseRef what `base-ref` is when it is not given (the action: the pull request's
 *   base commit).
 */
function runCoverageGate(source, io, defaultBaseRef) {
    return runCoverage(readCoverageInputs(source, defaultBaseRef), io);
}
/**
 * Reads the reports, maps them onto the repository, finds the change and the base, and analyses:
 * everything but the verdict and the storing.
 */
async function measureCoverage(inputs, io) {
    const { merged, reports } = await readCoverageReports(inputs.reports, inputs.format, io);
    for (const report of reports) {
        io.logger.info(`${report.path}: ${report.files} source files (${report.format})`);
    }
    for (const warning of merged.warnings)
        io.logger.warning(warning);
    const repoFiles = await io.listRepositoryFiles();
    const goModules = merged.formats.includes('go') ? await io.readGoModules(repoFiles) : [];
    const mapping = mapToRepository(merged, repoFiles, {
        fixes: inputs.pathFixes,
        goModules,
        root: io.root,
    });
    io.logger.info(`Mapped ${mapping.files.length} covered files onto the repository` +
        (mapping.unmatched.length === 0
            ? ''
            : `; ${mapping.unmatched.length} report paths match no file`));
    const notes = [];
    const problems = { degraded: false };
    const change = await readChange(inputs, io, notes, problems);
    const base = await readBase(inputs, io, notes, problems);
    const analysis = analyzeCoverage({
        mapping,
        ...(change === undefined ? {} : { changes: change.changes }),
        ...(base === undefined ? {} : { base }),
        thresholds: inputs.thresholds,
        ...(merged.totalsOnly === undefined ? {} : { totalsOnly: run_totalsOf(merged.totalsOnly) }),
        warnings: merged.warnings,
    });
    return {
        analysis,
        mapping,
        reports,
        ...(change === undefined ? {} : { against: change.against }),
        notes,
        degraded: problems.degraded,
        totalsOnly: merged.totalsOnly !== undefined,
    };
}
/** A summary's totals as the analysis takes them (a summary without lines has none coverable). */
function run_totalsOf(stated) {
    return {
        lines: stated.lines ?? { covered: 0, total: 0 },
        ...(stated.branches === undefined ? {} : { branches: stated.branches }),
        ...(stated.functions === undefined ? {} : { functions: stated.functions }),
    };
}
/** Runs the coverage gate. Throws ConfigurationError on unusable input. */
async function runCoverage(inputs, io) {
    const measured = await measureCoverage(inputs, io);
    const verdict = buildCoverageVerdict(measured.analysis, {
        key: inputs.common.key,
        ...(measured.against === undefined ? {} : { against: measured.against }),
        reportFiles: measured.reports.map((report) => report.path),
    });
    for (const text of measured.notes) {
        if (!verdict.notes.some((note) => note.text === text)) {
            verdict.notes.push({ level: 'warning', text });
        }
    }
    if (measured.degraded && verdict.status === 'pass')
        verdict.status = 'warn';
    if (io.saveAs !== undefined && io.store !== undefined) {
        if (measured.totalsOnly) {
            verdict.notes.push({
                level: 'info',
                text: 'Not stored for later drop checks: a coverage-summary.json has no per-file lines.',
            });
        }
        else {
            const coverage = commitCoverageOf(measured.mapping);
            await saveCoverage(inputs, io, io.store, io.saveAs, coverage, verdict);
        }
    }
    return verdict;
}
/**
 * The change under review, when a base ref is known and git can tell; otherwise undefined, with
 * a note when the user asked for patch coverage (a gate that silently skips its main check
 * would pass everything).
 */
async function readChange(inputs, io, notes, problems) {
    const asked = inputs.thresholds.minPatch !== undefined;
    if (inputs.baseRef === undefined || io.changes === undefined) {
        if (asked) {
            notes.push('Patch coverage was not checked: there is no change to compare with (give a base ref, or run on a pull request).');
        }
        return undefined;
    }
    const lookup = await io.changes(inputs.baseRef);
    if (lookup.kind === 'changes') {
        io.logger.info(`The change under review: ${(0,labels/* countOf */.pq)(lookup.changes.files.size, 'file')} ${lookup.against}`);
        return lookup;
    }
    if (lookup.problem)
        io.logger.warning(`The change under review is unknown: ${lookup.reason}`);
    if (lookup.problem || asked) {
        notes.push(`Patch coverage was not checked: ${lookup.reason}.`);
    }
    if (lookup.problem && asked)
        problems.degraded = true;
    return undefined;
}
/**
 * The base's stored coverage, for the drop check: the nearest stored ancestor of the merge base.
 * A store that has none, or a damaged one, is a note, never a failure (the first pull requests
 * after the gate is set up have no base yet).
 */
async function readBase(inputs, io, notes, problems) {
    const asked = inputs.thresholds.maxDrop !== undefined;
    if (io.store === undefined || io.ancestors === undefined) {
        if (asked) {
            notes.push('The drop check passes: no stored coverage of earlier commits is available here (the action keeps it in the Actions cache; the CLI needs --store DIR and --base-ref REF).');
        }
        return undefined;
    }
    const ancestors = (await io.ancestors()).slice(0, inputs.searchDepth);
    let base;
    try {
        base = await findCoverageBase(io.store, inputs.common.key, ancestors);
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j))
            throw error;
        // A damaged stored snapshot is the store's problem, not the pull request's.
        io.logger.warning(`${error.message} It is ignored; the next default-branch run replaces it.`);
        notes.push(`${error.message} It is ignored, so the drop check passes.`);
        if (asked)
            problems.degraded = true;
        return undefined;
    }
    if (base === undefined) {
        if (asked) {
            notes.push(`The drop check passes: no coverage is stored for key '${inputs.common.key}' at the merge base or its ${Math.max(ancestors.length - 1, 0)} nearest ancestors yet (it is stored on pushes to the default branch).`);
        }
        return undefined;
    }
    io.logger.info(`Base coverage: ${base.sha.slice(0, 7)}, ${base.distance} commits before the merge base, stored ${base.createdAt}`);
    return base;
}
async function saveCoverage(inputs, io, store, sha, coverage, verdict) {
    const text = serializeCoverageSnapshot(inputs.common.key, sha, io.now().toISOString(), coverage);
    try {
        await store.write(inputs.common.key, sha, text);
        verdict.notes.push({
            level: 'info',
            text: `Stored this coverage as the base of ${sha.slice(0, 7)} (key '${inputs.common.key}') for later pull requests.`,
        });
    }
    catch (error) {
        // Saving is a side effect: a full cache or a read-only directory must not fail the run.
        io.logger.warning(`Could not store the coverage: ${error.message}`);
    }
}
/**
 * The change under review by local git: the lines the working tree adds since its merge base with
 * `ref` (uncommitted edits and untracked files included, renames followed as `git diff` follows
 * them, which is what diff-cover reads too). When git cannot find the merge base and `deepen` is
 * set, the clone is deepened the way the dashboard-diff gate does (changedFileVersions) and the
 * diff is taken from the merge base found. Never throws: a lookup that fails is `unavailable`,
 * with git's reason.
 */
async function gitChangeSince(ref, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    // A commit id (the action's pull request base) is shown short, as git log --oneline does.
    const name = /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
    const direct = await (0,local_changes.localChanges)(ref, cwd);
    if (direct.kind === 'changes')
        return { ...direct, against: `since ${name}` };
    if (options.deepen !== true)
        return direct;
    let mergeBase;
    try {
        ({ mergeBase } = await (0,changed_file_versions.changedFileVersions)(ref, ['**'], {
            cwd,
            deepen: true,
            ...(options.logger === undefined ? {} : { logger: options.logger }),
        }));
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j))
            throw error;
        return { kind: 'unavailable', reason: error.message.replace(/\.$/, ''), problem: true };
    }
    const deepened = await (0,local_changes.localChanges)(mergeBase, cwd);
    if (deepened.kind !== 'changes')
        return deepened;
    return { ...deepened, against: `since ${name} (merge base ${mergeBase.slice(0, 7)})` };
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

/***/ 53577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedFileVersions: () => (/* binding */ changedFileVersions),
/* harmony export */   parseRawDiff: () => (/* binding */ parseRawDiff)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58382);
/**
 * The two versions of every file a change touches, read from git: the files that differ between
 * the merge base of a ref and the working tree (uncommitted edits and untracked files included,
 * renames and moves followed), the base side's text of each, and a checkout of the merge base for
 * tools that must see the base side's whole tree (a render command resolving imports). Used by
 * the dashboard-diff gate; nothing here knows about dashboards.
 */





/** What names the ref in messages unless told: the input of dashboard-diff and coverage. */
const DEFAULT_REF_LABEL = "Input 'base-ref'";
/**
 * How far `git fetch --deepen` goes at each attempt: one commit finds the base of a pull request's
 * merge commit (actions/checkout's default), the others a branch that forked longer ago.
 */
const DEEPEN_STEPS = [1, 10, 100, 1000];
/** The shallow-clone advice, in the words of the workflow setting that fixes it. */
const FETCH_DEPTH_ADVICE = 'fetch the history first (actions/checkout with `fetch-depth: 0`, or `git fetch --unshallow`)';
/**
 * The files that differ between the merge base of `ref` and HEAD and the working tree, limited
 * to `patterns` (globs relative to the working directory, as git's `:(glob)` pathspecs read them:
 * `**` crosses folders, `*` does not), renames and moves followed by git's rename detection.
 *
 * @throws ConfigurationError when the directory is not a git repository, `ref` names no commit,
 *   or the merge base cannot be found (a shallow clone without `deepen`, unrelated histories).
 */
async function changedFileVersions(ref, patterns, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const label = options.refLabel ?? DEFAULT_REF_LABEL;
    if (ref === '' || ref.startsWith('-')) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`${label}: '${ref}' is not a git ref.`);
    }
    const inside = await git(['rev-parse', '--show-prefix'], cwd);
    if (!inside.ok) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`${label} needs a git repository, and '${cwd}' is not one (${firstLine(inside.stderr)}).`);
    }
    const head = (await gitOrThrow(['rev-parse', '--verify', 'HEAD^{commit}'], cwd)).trim();
    const mergeBase = await findMergeBase(ref, head, cwd, options);
    const pathspecs = patterns.map((pattern) => `:(glob)${pattern}`);
    const files = await diffAgainstWorkingTree(mergeBase, pathspecs, cwd);
    return {
        ref,
        mergeBase,
        head,
        files,
        readBaseTexts: (changed) => readBlobs(changed.flatMap((file) => (file.baseBlob === undefined ? [] : [file.baseBlob])), cwd),
        withBaseCheckout: (use) => withCheckout(mergeBase, inside.stdout.trim(), cwd, use),
        listFiles: async (listed) => {
            const output = await gitOrThrow([
                'ls-files',
                '-z',
                '--cached',
                '--others',
                '--exclude-standard',
                '--deduplicate',
                '--',
                ...listed.map((pattern) => `:(glob)${pattern}`),
            ], cwd);
            return [...new Set(output.split('\0').filter((path) => path !== ''))].sort(compare);
        },
    };
}
async function findMergeBase(ref, head, cwd, options) {
    const resolve = async (name) => {
        const resolved = await git(['rev-parse', '--verify', '--quiet', `${name}^{commit}`], cwd);
        return resolved.ok ? resolved.stdout.trim() : undefined;
    };
    const mergeBaseWith = async (commit) => {
        if (commit === undefined)
            return undefined;
        const base = await git(['merge-base', commit, head], cwd);
        return base.ok ? base.stdout.trim() : undefined;
    };
    let commit = await resolve(ref);
    const found = await mergeBaseWith(commit);
    if (found !== undefined)
        return found;
    const shallow = (await git(['rev-parse', '--is-shallow-repository'], cwd)).stdout.trim();
    if (shallow !== 'true') {
        const branch = ref.replace(/^origin\//, '');
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(commit !== undefined
            ? `'${ref}' and HEAD have no common ancestor: there is no merge base to compare with.`
            : `${options.refLabel ?? DEFAULT_REF_LABEL}: git knows no commit '${ref}' (a typo, or a branch not fetched: try 'git fetch origin ${branch}' and 'origin/${branch}').`);
    }
    if (options.deepen !== true) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`This clone is shallow and lacks the merge base of '${ref}' and HEAD: ${FETCH_DEPTH_ADVICE}.`);
    }
    // A ref that is not here yet (the base commit of a pull request, in a checkout of its head)
    // is fetched first, by the name the remote knows it by; then both commits are deepened, by
    // id, until their histories meet.
    if (commit === undefined) {
        const remoteName = ref.replace(/^(refs\/remotes\/)?origin\//, '');
        const fetched = await git(['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', remoteName], cwd);
        commit = fetched.ok ? ((await resolve(ref)) ?? (await resolve('FETCH_HEAD'))) : undefined;
        if (commit === undefined) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`${options.refLabel ?? DEFAULT_REF_LABEL}: neither this shallow clone nor origin knows '${ref}'${fetched.ok ? '' : ` (${firstLine(fetched.stderr)})`}.`);
        }
    }
    for (const depth of DEEPEN_STEPS) {
        options.logger?.info(`Shallow clone: fetching ${depth} more commits to find the merge base`);
        const fetched = await git(['fetch', '--quiet', '--no-tags', `--deepen=${depth}`, 'origin', commit, head], cwd);
        if (!fetched.ok) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`This clone is shallow and 'git fetch --deepen' failed (${firstLine(fetched.stderr)}): ${FETCH_DEPTH_ADVICE}.`);
        }
        const deepened = await mergeBaseWith(commit);
        if (deepened !== undefined)
            return deepened;
    }
    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`This clone is shallow and the merge base of '${ref}' and HEAD is not within ${DEEPEN_STEPS.reduce((a, b) => a + b)} commits: ${FETCH_DEPTH_ADVICE}.`);
}
/**
 * `git diff --raw -M` of the merge base against the working tree. Untracked files take part
 * (so a file moved with `mv` rather than `git mv` is a rename, not a deletion and an addition)
 * through a copy of the index in which they are marked intent-to-add: the user's own index is
 * never written.
 */
async function diffAgainstWorkingTree(mergeBase, pathspecs, cwd) {
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'kaizen-index-'));
    try {
        const index = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'index');
        const indexPath = (await gitOrThrow(['rev-parse', '--git-path', 'index'], cwd)).trim();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, indexPath), index).catch(() => undefined); // a repository without commits has none
        const env = { GIT_INDEX_FILE: index };
        const untracked = await gitOrThrow(['ls-files', '--others', '--exclude-standard', '-z', '--', ...pathspecs], cwd);
        if (untracked !== '') {
            await gitOrThrow(['add', '--intent-to-add', '--pathspec-from-file=-', '--pathspec-file-nul'], cwd, { env, input: untracked });
        }
        const raw = await gitOrThrow([
            '-c',
            'core.quotePath=false',
            'diff',
            '--raw',
            '-z',
            '-M',
            '--no-abbrev',
            '--no-ext-diff',
            '--no-textconv',
            '--relative',
            mergeBase,
            '--',
            ...pathspecs,
        ], cwd, { env });
        return parseRawDiff(raw);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(scratch, { recursive: true, force: true });
    }
}
/** Modes of a regular file (a symbolic link, 120000, or a submodule, 160000, is not read). */
const REGULAR_FILE = /^100[0-7]{3}$/;
/**
 * Parses `git diff --raw -z` output: `:<mode> <mode> <blob> <blob> <status>\0<path>\0` and, for
 * renames and copies, a second path. Written by hand because no library reads git's raw format.
 */
function parseRawDiff(raw) {
    const fields = raw.split('\0');
    const files = [];
    for (let i = 0; i < fields.length;) {
        const header = fields[i++] ?? '';
        if (header === '')
            continue;
        const match = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(header);
        if (!match)
            throw new Error(`unexpected git diff --raw record '${header}'`);
        const [, baseMode = '', headMode = '', baseBlob = '', , letter = ''] = match;
        const first = fields[i++] ?? '';
        const second = letter === 'R' || letter === 'C' ? (fields[i++] ?? '') : first;
        const baseRegular = REGULAR_FILE.test(baseMode);
        const headRegular = REGULAR_FILE.test(headMode);
        if (!baseRegular && !headRegular)
            continue;
        if (letter === 'C') {
            // A copy leaves its source as it was: the new file is what changed.
            files.push({ path: second, status: 'added' });
            continue;
        }
        const file = {
            status: !baseRegular
                ? 'added'
                : !headRegular
                    ? 'deleted'
                    : letter === 'R'
                        ? 'renamed'
                        : 'modified',
        };
        if (headRegular)
            file.path = second;
        if (baseRegular) {
            file.basePath = first;
            file.baseBlob = baseBlob;
        }
        files.push(file);
    }
    return files.sort((a, b) => compare(a.path ?? a.basePath ?? '', b.path ?? b.basePath ?? ''));
}
/** Reads blobs through one `git cat-file --batch` (a process per file would dominate a 100-file PR). */
async function readBlobs(blobs, cwd) {
    const texts = new Map();
    const wanted = [...new Set(blobs)];
    if (wanted.length === 0)
        return texts;
    const output = await new Promise((resolvePromise, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks = [];
        let stderr = '';
        child.stdout.on('data', (chunk) => chunks.push(chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => code === 0
            ? resolvePromise(Buffer.concat(chunks))
            : reject(new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`git cat-file failed: ${firstLine(stderr)}`)));
        child.stdin.end(`${wanted.join('\n')}\n`);
    });
    let at = 0;
    while (at < output.length) {
        const end = output.indexOf(0x0a, at);
        const header = output.subarray(at, end).toString('utf8');
        const match = /^([0-9a-f]+) blob (\d+)$/.exec(header);
        if (!match)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`git cat-file cannot read ${header}`);
        const size = Number(match[2]);
        texts.set(match[1] ?? '', output.subarray(end + 1, end + 1 + size).toString('utf8'));
        at = end + 1 + size + 1;
    }
    return texts;
}
async function withCheckout(commit, prefix, cwd, use) {
    const parent = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'kaizen-base-'));
    const tree = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(parent, 'tree');
    try {
        await gitOrThrow(['worktree', 'add', '--detach', '--quiet', tree, commit], cwd);
        return await use((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tree, prefix));
    }
    finally {
        await git(['worktree', 'remove', '--force', tree], cwd);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(parent, { recursive: true, force: true });
        // What `remove` could not tidy (the folder was already gone) is pruned.
        await git(['worktree', 'prune'], cwd);
    }
}
/** Runs git with an argument array (never a shell); never throws. */
function git(args, cwd, options = {}) {
    return new Promise((resolvePromise) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', [...args], {
            cwd,
            env: { ...process.env, ...options.env },
            maxBuffer: 256 * 1024 * 1024,
            encoding: 'utf8',
        }, (error, stdout, stderr) => resolvePromise({
            ok: error === null,
            stdout,
            stderr: stderr.trim() || (error?.message ?? ''),
        }));
        if (options.input !== undefined)
            child.stdin?.end(options.input);
    });
}
async function gitOrThrow(args, cwd, options = {}) {
    const run = await git(args, cwd, options);
    if (!run.ok) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`git ${args[0] ?? ''} failed: ${firstLine(run.stderr)}`);
    }
    return run.stdout;
}
function firstLine(text) {
    return text.split('\n')[0] ?? '';
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
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

/***/ 65171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  localChanges: () => (/* binding */ localChanges),
  requireCommit: () => (/* binding */ requireCommit)
});

// EXTERNAL MODULE: ./src/diff/changed-lines.ts
var changed_lines = __webpack_require__(45993);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/parse.js
var parse = __webpack_require__(73857);
;// CONCATENATED MODULE: ./src/diff/unified-diff.ts
/**
 * Which lines of the new version a unified diff adds: the facts a gate needs to put findings (or
 * coverage) on the lines a change touched. Parsing is jsdiff's `parsePatch` (the `diff` package),
 * which knows git's dialect: `a/`/`b/` prefixes, C-quoted names, renames, binary files,
 * `/dev/null` for created and deleted files, and hunks checked against their line counts, so a
 * removed line that reads `---` is never taken for a file header. Pure: text in, ranges out.
 */

/**
 * Reads a multi-file diff as `git diff` writes it (with `a/` and `b/` prefixes, any number of
 * context lines). Files without hunks (a pure rename, a mode change, a binary file) are kept,
 * with no added lines.
 *
 * @throws Error starting with `parseUnifiedDiff` when a hunk does not match its header's counts
 *   or the text is not a diff.
 * @example parseUnifiedDiff('diff --git a/r.yml b/r.yml\n--- a/r.yml\n+++ b/r.yml\n@@ -2 +2,2 @@\n-x\n+y\n+z\n')
 *   // [{ path: 'r.yml', previousPath: 'r.yml', addedLines: [{ start: 2, end: 3 }], binary: false }]
 */
function parseUnifiedDiff(text) {
    if (text.trim() === '')
        return [];
    return unified_diff_parse(text, 'parseUnifiedDiff')
        .filter((patch) => patch.oldFileName !== undefined || patch.newFileName !== undefined)
        .map((patch) => ({
        path: withoutPrefix(patch.newFileName, 'b/'),
        previousPath: withoutPrefix(patch.oldFileName, 'a/'),
        addedLines: addedLinesOf(patch),
        binary: patch.isBinary === true,
    }));
}
/**
 * The added lines of one file's hunks without file headers, the form of the `patch` field of
 * GitHub's "list pull request files" answer (`@@ -1,3 +1,4 @@` and the lines under it).
 *
 * @throws Error starting with `addedLinesOfPatch` when a hunk does not match its header.
 * @example addedLinesOfPatch('@@ -1,2 +1,3 @@\n a\n+b\n c') // [{ start: 2, end: 2 }]
 */
function addedLinesOfPatch(patch) {
    if (patch.trim() === '')
        return [];
    return unified_diff_parse(patch, 'addedLinesOfPatch').flatMap(addedLinesOf);
}
function unified_diff_parse(text, caller) {
    try {
        return (0,parse/* parsePatch */.i)(text);
    }
    catch (error) {
        throw new Error(`${caller}: not a unified diff: ${error.message}`, {
            cause: error,
        });
    }
}
/** `b/x.yml` → `x.yml`; `/dev/null` (no such side) → undefined. */
function withoutPrefix(name, prefix) {
    if (name === undefined || name === '/dev/null')
        return undefined;
    return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}
/** Walks each hunk on its new side: context and `+` lines advance, `-` lines do not. */
function addedLinesOf(patch) {
    const ranges = [];
    for (const hunk of patch.hunks) {
        let line = hunk.newStart;
        for (const text of hunk.lines) {
            const kind = text[0];
            if (kind === '+') {
                const last = ranges.at(-1);
                if (last !== undefined && last.end === line - 1)
                    last.end = line;
                else
                    ranges.push({ start: line, end: line });
                line++;
            }
            else if (kind === ' ' || kind === undefined) {
                line++;
            }
            // '-' lines exist only on the old side; '\' is "No newline at end of file".
        }
    }
    return ranges;
}

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/io/git.ts
var git = __webpack_require__(47500);
;// CONCATENATED MODULE: ./src/io/local-changes.ts
/**
 * The change under review in a local checkout, for the CLI: what the working tree changes
 * relative to where it forked from `base` (the merge base, as a pull request compares). The diff
 * is against the working tree, not HEAD, because the linted files are the ones on disk: their
 * line numbers are the working tree's, uncommitted edits included. Untracked files (not ignored)
 * count as wholly new.
 */




/**
 * Options that make `git diff` output the same whatever the user's git configuration says:
 * no colour, no external diff or textconv, names unquoted where git allows (UTF-8 stays UTF-8),
 * the standard `a/` and `b/` prefixes (`diff.noprefix` and `diff.mnemonicPrefix` change them),
 * no context lines, and paths relative to the working directory (`--relative`, which also leaves
 * out changes outside it), so they compare with the paths the user gave.
 */
const DIFF_ARGS = [
    '-c',
    'core.quotePath=false',
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--unified=0',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--relative',
];
/**
 * What the working tree in `cwd` changes since its merge base with `base` (e.g. `origin/main`).
 * Never throws: when git cannot tell (not a repository, unknown ref, shallow clone without the
 * merge base), the lookup is `unavailable` with git's reason.
 */
async function localChanges(base, cwd = process.cwd()) {
    const unavailable = (reason) => ({
        kind: 'unavailable',
        reason,
        problem: true,
    });
    if (base.startsWith('-'))
        return unavailable(`'${base}' is not a git ref`);
    const mergeBase = await (0,git.runGit)(['merge-base', base, 'HEAD'], cwd);
    if (!mergeBase.ok) {
        return unavailable(`git found no merge base of '${base}' and HEAD${mergeBase.stderr === '' ? '' : ` (${firstLine(mergeBase.stderr)})`}`);
    }
    const commit = mergeBase.stdout.trim();
    const diff = await (0,git.runGit)([...DIFF_ARGS, commit, '--'], cwd);
    if (!diff.ok)
        return unavailable(`git diff ${commit} failed: ${firstLine(diff.stderr)}`);
    const untracked = await (0,git.runGit)(['ls-files', '--others', '--exclude-standard', '-z'], cwd);
    if (!untracked.ok)
        return unavailable(`git ls-files failed: ${firstLine(untracked.stderr)}`);
    const entries = [];
    for (const file of parseUnifiedDiff(diff.stdout)) {
        if (file.path === undefined)
            continue;
        // A binary file's lines are unknown; none of the gates reads binary files anyway.
        entries.push({ path: file.path, lines: file.binary ? 'whole-file' : file.addedLines });
    }
    for (const path of untracked.stdout.split('\0')) {
        if (path !== '')
            entries.push({ path, lines: 'whole-file' });
    }
    return {
        kind: 'changes',
        changes: (0,changed_lines/* changedFilesOf */.ns)(entries, cwd),
        against: `since ${base}`,
    };
}
/**
 * Checks that `ref` names a commit of the repository in `cwd`, before a gate relies on it. A ref
 * the user typed (the CLI's `--base origin/mian`) that names nothing is their mistake, to be told
 * at once, not a fallback that quietly reports every file; the shallow clone without the merge
 * base, which {@link localChanges} reports as unavailable, is another matter.
 *
 * @param label how the user named the ref (`--base`), for the message.
 * @throws ConfigurationError when `cwd` is not a git repository or `ref` names no commit.
 */
async function requireCommit(ref, label, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    if (ref.startsWith('-'))
        throw new errors/* ConfigurationError */.j(`${label}: '${ref}' is not a git ref.`);
    const inside = await (0,git.runGit)(['rev-parse', '--is-inside-work-tree'], cwd);
    if (!inside.ok) {
        throw new errors/* ConfigurationError */.j(`${label} needs a git repository, and '${cwd}' is not one (${firstLine(inside.stderr)}).`);
    }
    const commit = await (0,git.runGit)(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
    if (!commit.ok) {
        const refs = await (0,git.runGit)(['for-each-ref', '--format=%(refname:short)'], cwd);
        const known = refs.ok ? refs.stdout.split('\n').filter((name) => name !== '') : [];
        const meant = options.closest?.(ref, known);
        const remote = /^origin\/(.+)$/.exec(ref);
        const hint = meant !== undefined
            ? `did you mean '${meant}'?`
            : remote !== null
                ? `a typo, or a branch not fetched: try 'git fetch origin ${remote[1] ?? ''}'`
                : `a typo, or a branch not fetched: try 'git fetch origin ${ref}' and ${label} origin/${ref}`;
        throw new errors/* ConfigurationError */.j(`${label}: git knows no commit '${ref}' (${hint}).`);
    }
}
function firstLine(text) {
    return text.split('\n')[0] ?? '';
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

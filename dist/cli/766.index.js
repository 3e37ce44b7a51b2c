export const id = 766;
export const ids = [766,500,171,577];
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

/***/ 97766:
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
/** One formatter for every count: `toLocaleString` builds a new one per call, slow over 4,000 files. */
const COUNT_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
/**
 * A count for reading, thousands grouped: `1,234`.
 * @example formatCount(44000) // '44,000'
 */
function formatCount(value) {
    return COUNT_FORMAT.format(value);
}
/**
 * `1 line`, `2 lines`, counted as {@link formatCount} does.
 * @example countWith(44000, 'changed line') // '44,000 changed lines'
 */
function countWith(value, singular, plural = `${singular}s`) {
    return `${formatCount(value)} ${value === 1 ? singular : plural}`;
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
    const of = (part) => `${formatCount(part)} of ${countWith(counts.total, noun.one, noun.many)}`;
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
        notes.push(`${countWith(mapping.ambiguous.length, 'report path')} match several repository files equally well and count nowhere` +
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
// EXTERNAL MODULE: ./src/report/labels.ts
var labels = __webpack_require__(47923);
// EXTERNAL MODULE: ./src/gates/coverage/parse/merge.ts
var merge = __webpack_require__(46775);
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
        (0,merge/* mergeFile */.n)(merging, file);
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

// EXTERNAL MODULE: ./src/gates/coverage/read-reports.ts + 14 modules
var read_reports = __webpack_require__(97826);
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
        format: (0,inputs/* choiceInput */.ij)(source, 'format', read_reports.coverageFormats, 'auto'),
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
                    : `${formatCount(patch.covered)} / ${formatCount(patch.total)}`,
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
        title: `${countWith(failed.length, 'file')} below ${failed.length === 1 ? 'its' : 'their'} minimum`,
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
                `${formatCount(lines.total - lines.covered)} of ${formatCount(lines.total)}`,
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
        title: `${countWith(files.length, 'other file')}`,
        columns: [
            { header: 'File' },
            { header: 'Line coverage', align: 'right' },
            { header: 'Lines covered', align: 'right' },
            ...(hasBase ? [DELTA_COLUMN] : []),
        ],
        rows: sorted.map((file) => [
            { text: file.path, code: true },
            percentCell(file.totals.lines),
            `${formatCount(file.totals.lines.covered)} / ${formatCount(file.totals.lines.total)}`,
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
                ? `${countWith(perFile, 'file')} below their minimum line coverage, e.g. ${first.explanation}`
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
            : `patch coverage ${formatPercent(percent)} (${formatCount(analysis.patch.covered)} of ${formatCount(analysis.patch.total)} ${changedWhat})`);
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
                : `${formatCount(analysis.patch.total - analysis.patch.covered)} of ${formatCount(analysis.patch.total)}`,
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
            : `${countWith(base.distance, 'commit')} before the merge base`;
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
            text: `${countWith(analysis.unmatchedReportPaths.length, 'report path')} ${analysis.unmatchedReportPaths.length === 1 ? 'matches' : 'match'} no file of the repository, so ${analysis.unmatchedReportPaths.length === 1 ? 'its' : 'their'} lines count nowhere (listed below); a path fix (before::after) maps them.`,
        });
    }
    if (analysis.changedWithoutCoverage.length > 0) {
        notes.push({
            level: 'warning',
            text: `${countWith(analysis.changedWithoutCoverage.length, 'changed file')} of the kinds the reports cover ${analysis.changedWithoutCoverage.length === 1 ? 'is' : 'are'} in no report (listed below): no test loads ${analysis.changedWithoutCoverage.length === 1 ? 'it' : 'them'}, or the coverage run leaves ${analysis.changedWithoutCoverage.length === 1 ? 'it' : 'them'} out.`,
        });
    }
    for (const text of analysis.notes)
        notes.push({ level: 'warning', text });
    if (reportFiles.length > 0) {
        const named = reportFiles.slice(0, MAX_REPORTS_NAMED).join(', ');
        const more = reportFiles.length > MAX_REPORTS_NAMED
            ? ` and ${countWith(reportFiles.length - MAX_REPORTS_NAMED, 'more')}`
            : '';
        notes.push({
            level: 'info',
            text: `Read from ${countWith(reportFiles.length, 'report')}: ${named}${more}.`,
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
                ? `Every one of ${countWith(perFile.length, 'file')} reaches its minimum line coverage`
                : `${formatCount(below)} of ${countWith(perFile.length, 'file')} below ${below === 1 ? 'its' : 'their'} minimum line coverage (listed below)`,
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
            ? `${countWith(changed.length, 'changed file')} with coverage`
            : `${countWith(changed.length, 'file')} changed ${options.against} with coverage`;
        tables.push(changedFilesTable(changed, hasBase, title));
    }
    const belowMinimum = analysis.checks.filter((check) => check.kind === 'per-file' && !check.passed);
    if (belowMinimum.length > 0)
        tables.push(belowMinimumTable(belowMinimum, analysis.files));
    if (analysis.changedWithoutCoverage.length > 0) {
        tables.push(pathTable('changed-without-coverage', `${countWith(analysis.changedWithoutCoverage.length, 'changed file')} in no report`, 'Changed file', analysis.changedWithoutCoverage, WITHOUT_COVERAGE_DROP));
    }
    if (analysis.unmatchedReportPaths.length > 0) {
        tables.push(pathTable('unmatched-report-paths', `${countWith(analysis.unmatchedReportPaths.length, 'report path')} matching no repository file`, 'Report path', analysis.unmatchedReportPaths, UNMATCHED_DROP));
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
    const { merged, reports } = await (0,read_reports.readCoverageReports)(inputs.reports, inputs.format, io);
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
        ...(merged.totalsOnly === undefined ? {} : { totalsOnly: totalsOf(merged.totalsOnly) }),
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
function totalsOf(stated) {
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
    if (ref === '' || ref.startsWith('-')) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`Input 'base-ref': '${ref}' is not a git ref.`);
    }
    const inside = await git(['rev-parse', '--show-prefix'], cwd);
    if (!inside.ok) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`Input 'base-ref' needs a git repository, and '${cwd}' is not one (${firstLine(inside.stderr)}).`);
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
            : `Input 'base-ref': git knows no commit '${ref}' (a typo, or a branch not fetched: try 'git fetch origin ${branch}' and 'origin/${branch}').`);
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
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`Input 'base-ref': neither this shallow clone nor origin knows '${ref}'${fetched.ok ? '' : ` (${firstLine(fetched.stderr)})`}.`);
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


/***/ })

};

export const id = 826;
export const ids = [826];
export const modules = {

/***/ 46775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ mergeCoverage),
/* harmony export */   n: () => (/* binding */ mergeFile)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);

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
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('coverage: a coverage-summary.json holds totals only and cannot be merged with other ' +
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


/***/ }),

/***/ 97826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  coverageFormats: () => (/* binding */ coverageFormats),
  createCoverageParser: () => (/* binding */ createCoverageParser),
  detectCoverageFormat: () => (/* binding */ detectCoverageFormat),
  readCoverageReports: () => (/* binding */ readCoverageReports),
  readTextPieces: () => (/* binding */ readTextPieces)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
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
function lineCounts(lines) {
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

// EXTERNAL MODULE: ./src/shared/is-record.ts
var is_record = __webpack_require__(60791);
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

// EXTERNAL MODULE: ./src/gates/coverage/parse/merge.ts
var merge = __webpack_require__(46775);
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
/** Pieces of a report read at a time: large enough that a 1 GB report takes 1,000 reads. */
const PIECE_BYTES = 1024 * 1024;
/**
 * A file's text in pieces of about 1 MiB, UTF-8 decoded by the stream (a character split
 * between two reads is held back, never garbled): the {@link ReportReaderIo.readPieces} of the
 * action and the CLI.
 */
function readTextPieces(path) {
    return (0,external_node_fs_.createReadStream)(path, { encoding: 'utf8', highWaterMark: PIECE_BYTES });
}
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
    return { merged: (0,merge/* mergeCoverage */.P)(parsed), reports };
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

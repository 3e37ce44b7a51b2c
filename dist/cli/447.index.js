export const id = 447;
export const ids = [447];
export const modules = {

/***/ 69447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  benchFormats: () => (/* binding */ benchFormats),
  readBenchInputs: () => (/* binding */ readBenchInputs)
});

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/inputs.ts
var inputs = __webpack_require__(93876);
;// CONCATENATED MODULE: ./src/gates/bench/options.ts
/**
 * Defaults: a 10% threshold at a 5% family-wise level, 90% intervals (each end a one-sided 95%
 * bound), stored baseline.
 */
const defaultAnalysisOptions = {
    threshold: 0.1,
    thresholds: [],
    ignore: [],
    directions: [],
    alpha: 0.05,
    correction: 'holm',
    confidence: 0.9,
    baselineFrom: 'other-runner',
    singleValue: 'warn',
};

;// CONCATENATED MODULE: ./src/gates/bench/inputs.ts
/** Reads and validates the bench gate's inputs once, for the action and the CLI alike. */



/** Formats a user may name. */
const benchFormats = [
    'auto',
    'google-benchmark',
    'hyperfine',
    'pytest-benchmark',
    'go',
    'cargo',
    'criterion',
    'benchmarkjs',
    'jmh',
    'benchmarkdotnet',
    'catch2',
    'julia',
    'custom-smaller-is-better',
    'custom-bigger-is-better',
];
const directions = ['smaller-is-better', 'bigger-is-better'];
function parseDirection(raw, what) {
    const found = directions.find((d) => d === raw.toLowerCase());
    if (!found) {
        throw new errors/* ConfigurationError */.j(`${what} is '${raw}'; expected smaller-is-better or bigger-is-better.`);
    }
    return found;
}
/** A branch name git accepts (a conservative subset: no spaces, `..`, `~^:?*[\`, leading `-`). */
function branchInput(source, name, fallback) {
    const value = (0,inputs/* optionalInput */.$m)(source, name) ?? fallback;
    if (!/^[A-Za-z0-9._/][A-Za-z0-9._/-]{0,99}$/.test(value) ||
        value.includes('..') ||
        value.endsWith('/')) {
        throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, name)} is '${value}'; expected a branch name such as kaizen-data.`);
    }
    return value;
}
/** Reads the bench inputs; throws ConfigurationError naming the bad input. */
function readBenchInputs(source) {
    const current = (0,inputs/* listInput */.dt)(source, 'current');
    if (current.length === 0) {
        throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'current')} is required: the benchmark result files of this run (paths or globs).`);
    }
    const suite = (0,inputs/* optionalInput */.$m)(source, 'suite') ?? 'default';
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(suite)) {
        throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'suite')} is '${suite}'; use 1 to 64 letters, digits, '.', '_' or '-'.`);
    }
    const threshold = (0,inputs/* optionalInput */.$m)(source, 'threshold');
    const baselineDir = (0,inputs/* optionalInput */.$m)(source, 'baseline-dir');
    const historyFile = (0,inputs/* optionalInput */.$m)(source, 'history-file');
    return {
        common: (0,inputs/* readCommonInputs */.di)(source),
        current,
        baseline: (0,inputs/* listInput */.dt)(source, 'baseline'),
        format: (0,inputs/* choiceInput */.ij)(source, 'format', benchFormats, 'auto'),
        baselineFrom: (0,inputs/* choiceInput */.ij)(source, 'baseline-from', ['auto', 'same-job', 'other-runner'], 'auto'),
        suite,
        saveBaseline: (0,inputs/* choiceInput */.ij)(source, 'save-baseline', ['auto', 'always', 'never'], 'auto'),
        ...(baselineDir === undefined ? {} : { baselineDir }),
        baselineSearchDepth: (0,inputs/* numberInput */.QR)(source, 'baseline-search-depth', 50, {
            min: 1,
            max: 500,
            integer: true,
        }),
        history: (0,inputs/* booleanInput */.tE)(source, 'history', false),
        historyBranch: branchInput(source, 'history-branch', 'kaizen-data'),
        historyRetention: (0,inputs/* numberInput */.QR)(source, 'history-retention', 500, {
            min: 1,
            max: 100_000,
            integer: true,
        }),
        ...(historyFile === undefined ? {} : { historyFile }),
        analysis: {
            threshold: threshold === undefined
                ? defaultAnalysisOptions.threshold
                : (0,inputs/* parsePercent */.lo)(threshold, (0,inputs/* inputLabel */.NB)(source, 'threshold')),
            thresholds: (0,inputs/* mappingInput */.VZ)(source, 'thresholds', inputs/* parsePercent */.lo),
            ignore: (0,inputs/* listInput */.dt)(source, 'ignore'),
            directions: (0,inputs/* mappingInput */.VZ)(source, 'directions', parseDirection),
            alpha: (0,inputs/* numberInput */.QR)(source, 'alpha', defaultAnalysisOptions.alpha, { min: 1e-6, max: 0.5 }),
            correction: (0,inputs/* choiceInput */.ij)(source, 'correction', ['holm', 'bh', 'none'], 'holm'),
            confidence: Number((0,inputs/* choiceInput */.ij)(source, 'confidence', ['0.8', '0.9', '0.95', '0.98'], '0.9')),
            singleValue: (0,inputs/* choiceInput */.ij)(source, 'single-value', ['warn', 'fail'], 'warn'),
        },
    };
}


/***/ })

};

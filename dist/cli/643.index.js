export const id = 643;
export const ids = [643];
export const modules = {

/***/ 10643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSarif: () => (/* binding */ renderSarif)
/* harmony export */ });
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const levels = {
    error: 'error',
    warning: 'warning',
    notice: 'note',
};
/** Forward slashes and no leading `./`: SARIF wants URIs relative to the repository root. */
function artifactUri(path) {
    return path.replace(/\\/g, '/').replace(/^\.\//, '');
}
function toResult(finding) {
    const result = {
        ruleId: finding.rule ?? finding.title,
        level: levels[finding.severity],
        message: { text: finding.message === '' ? finding.title : finding.message },
        // Findings the change did not bring are SARIF's "unchanged" against the base; the rest are
        // left unstated, as a run without a base comparison has no baseline state.
        ...(finding.existing === true ? { baselineState: 'unchanged' } : {}),
    };
    if (finding.file !== undefined && finding.line !== undefined) {
        result.locations = [
            {
                physicalLocation: {
                    artifactLocation: { uri: artifactUri(finding.file) },
                    region: {
                        startLine: finding.line,
                        ...(finding.column === undefined ? {} : { startColumn: finding.column }),
                        ...(finding.endLine === undefined ? {} : { endLine: finding.endLine }),
                        ...(finding.endColumn === undefined ? {} : { endColumn: finding.endColumn }),
                    },
                },
            },
        ];
    }
    return result;
}
/** The SARIF log of a verdict: one run, the gate as the tool, one rule per check name. */
function renderSarif(verdict, options) {
    const ruleIds = [...new Set(verdict.findings.map((f) => f.rule ?? f.title))].sort();
    const docs = new Map(verdict.findings.map((f) => [f.rule ?? f.title, f.docsUrl]));
    const rules = ruleIds.map((id) => {
        const helpUri = docs.get(id);
        return helpUri === undefined || !/^https?:\/\//u.test(helpUri) ? { id } : { id, helpUri };
    });
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: `kaizen-gates ${verdict.gate}`,
                        version: options.version,
                        rules,
                    },
                },
                automationDetails: { id: `kaizen-gates/${verdict.gate}/${verdict.key}/` },
                results: verdict.findings.map(toResult),
            },
        ],
    };
}


/***/ })

};

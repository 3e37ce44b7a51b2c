export const id = 827;
export const ids = [827];
export const modules = {

/***/ 92827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   directoryStore: () => (/* binding */ directoryStore)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _io_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67869);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58382);
/**
 * A snapshot store in a local directory (`<dir>/<suite>/<sha>.json`): the CLI's stand-in for
 * GitHub's cache, so stored snapshots work the same way locally. One directory per gate: the
 * user names it (`--baseline-dir`), so two gates never share one.
 */




/** Creates a directory-backed snapshot store. */
function directoryStore(directory) {
    const fileOf = (suite, sha) => {
        if (!/^[0-9a-f]{4,64}$/i.test(sha))
            throw new Error(`directoryStore: '${sha}' is not a commit id`);
        // The suite is one folder inside the store: never a way out of it, nor the store itself.
        if (suite === '' || suite === '.' || suite === '..' || /[/\\]/.test(suite)) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`The suite name '${suite}' cannot name a folder of the store ${directory}; use letters, digits, '.', '_' or '-'.`);
        }
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, suite, `${sha}.json`);
    };
    return {
        async read(suite, sha) {
            try {
                return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(fileOf(suite, sha), 'utf8');
            }
            catch (error) {
                if (error.code === 'ENOENT')
                    return undefined;
                throw error;
            }
        },
        async write(suite, sha, text) {
            const file = fileOf(suite, sha);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, suite), { recursive: true });
            await (0,_io_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomically */ .l)(file, text);
        },
    };
}


/***/ }),

/***/ 67869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ writeFileAtomically)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/** Replacing a file so that an interrupted write never leaves it half-written. */

/** Writes `text` to a temporary file beside `path`, then renames it over `path`. */
async function writeFileAtomically(path, text) {
    const temporary = `${path}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temporary, text);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temporary, path);
}


/***/ })

};

export const id = 723;
export const ids = [723];
export const modules = {

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


/***/ }),

/***/ 55723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   historyFile: () => (/* binding */ historyFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _gates_bench_history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19181);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67869);
/**
 * The run history in a local JSON-lines file: the CLI's stand-in for the data branch, on the
 * same pure history functions.
 */



async function readOrEmpty(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return '';
        throw error;
    }
}
/** History access over the file at `path`, keeping at most `retention` runs. */
function historyFile(path, retention) {
    return {
        label: path,
        async read() {
            return (0,_gates_bench_history_js__WEBPACK_IMPORTED_MODULE_1__/* .parseHistory */ .i6)(await readOrEmpty(path), path).entries;
        },
        async append(entry) {
            await (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomically */ .l)(path, (0,_gates_bench_history_js__WEBPACK_IMPORTED_MODULE_1__/* .appendHistory */ .b8)(await readOrEmpty(path), entry, retention, path));
        },
    };
}


/***/ })

};

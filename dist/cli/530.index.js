export const id = 530;
export const ids = [530];
export const modules = {

/***/ 94530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   streamTextFile: () => (/* binding */ streamTextFile)
/* harmony export */ });
/* harmony import */ var _io_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27782);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/** Reading a soak input file as a stream of text chunks (the I/O edge of read-runs.ts). */


/**
 * The file's text in chunks ({@link readTextChunks}), a read error named with the file.
 *
 * @throws ConfigurationError naming the file when it cannot be read.
 */
async function* streamTextFile(path) {
    try {
        for await (const chunk of (0,_io_files_js__WEBPACK_IMPORTED_MODULE_0__.readTextChunks)(path))
            yield chunk;
    }
    catch (error) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${path}: cannot be read (${error.message}).`);
    }
}


/***/ })

};

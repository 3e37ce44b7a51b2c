export const id = 530;
export const ids = [530];
export const modules = {

/***/ 94530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   streamTextFile: () => (/* binding */ streamTextFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/** Reading a soak input file as a stream of text chunks (the I/O edge of read-runs.ts). */


/** Chunk size: large enough that a gigabyte file is a thousand writes, small enough to stream. */
const CHUNK_BYTES = 1024 * 1024;
/**
 * The file's text in chunks, decoded as UTF-8 (a character split across chunks is kept whole).
 *
 * @throws ConfigurationError naming the file when it cannot be read.
 */
async function* streamTextFile(path) {
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
    try {
        for await (const chunk of stream)
            yield chunk;
    }
    catch (error) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${path}: cannot be read (${error.message}).`);
    }
    finally {
        stream.destroy();
    }
}


/***/ })

};

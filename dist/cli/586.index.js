export const id = 586;
export const ids = [586];
export const modules = {

/***/ 3586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRenderCommand: () => (/* binding */ runRenderCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Runs a render command (jsonnet, or any tool that prints dashboard JSON) as an argument array,
 * never through a shell: a file name is an argument, whatever characters it holds.
 */

/** A render taking longer than this is stopped: jsonnet renders a dashboard in well under a second. */
const RENDER_TIMEOUT_MS = 120_000;
/** Rendered output larger than this is refused (the same bound as files read from disk). */
const MAX_RENDER_BYTES = 200 * 1024 * 1024;
/**
 * Runs `argv` in `cwd` and returns its standard output. Never throws: a missing program, a
 * non-zero exit, a timeout or a signal is a failed render whose message names the command and
 * the first lines of its error output.
 */
function runRenderCommand(argv, cwd) {
    const [program, ...args] = argv;
    const shown = argv.join(' ');
    if (program === undefined)
        return Promise.resolve({ ok: false, message: 'empty command' });
    return new Promise((resolvePromise) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(program, args, { cwd, encoding: 'utf8', maxBuffer: MAX_RENDER_BYTES, timeout: RENDER_TIMEOUT_MS }, (error, stdout, stderr) => {
            if (error === null) {
                resolvePromise({ ok: true, stdout });
                return;
            }
            const code = error.code;
            const detail = stderr.trim().split('\n').slice(0, 5).join(' / ');
            let why;
            if (code === 'ENOENT')
                why = `'${program}' was not found (is it installed and on PATH?)`;
            else if (error.killed)
                why = `it was stopped after ${RENDER_TIMEOUT_MS / 1000} s`;
            else if (typeof code === 'number')
                why = `it exited with code ${code}`;
            else
                why = error.message.split('\n')[0] ?? 'it failed';
            resolvePromise({
                ok: false,
                message: `the render command \`${shown}\` failed: ${why}${detail === '' ? '' : `: ${detail}`}`,
            });
        });
    });
}


/***/ })

};

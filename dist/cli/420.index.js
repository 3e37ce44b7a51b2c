export const id = 420;
export const ids = [420,500];
export const modules = {

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

/***/ 4420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listRepositoryFiles: () => (/* binding */ listRepositoryFiles),
/* harmony export */   readGoModFiles: () => (/* binding */ readGoModFiles),
/* harmony export */   repositoryRoot: () => (/* binding */ repositoryRoot)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58382);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47500);
/**
 * The repository's file list and Go modules, for mapping coverage report paths onto the checkout
 * (src/gates/coverage/paths.ts). Files come from `git ls-files`, not the disk: build outputs,
 * dependencies and other untracked files are never a report path's match.
 */




/**
 * The top folder of the git checkout that holds `cwd`.
 * @throws ConfigurationError when `cwd` is not inside a git checkout (or git is missing), with
 *   git's reason.
 */
async function repositoryRoot(cwd = process.cwd()) {
    const run = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__.runGit)(['rev-parse', '--show-toplevel'], cwd);
    const root = run.stdout.trim();
    if (!run.ok || root === '') {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`coverage: '${cwd}' is not inside a git checkout, so report paths cannot be matched to ` +
            `the repository's files (check out the repository first, e.g. with actions/checkout)` +
            (run.stderr === '' ? '' : `: ${firstLine(run.stderr)}`));
    }
    return root;
}
/**
 * Every file git tracks in the checkout that holds `cwd`, relative to its top folder with forward
 * slashes, whatever folder of the checkout `cwd` is (`-z`: names arrive unquoted, whatever
 * characters they hold). Files staged but deleted from the disk are still listed; untracked files
 * are not.
 * @throws ConfigurationError when `cwd` is not inside a git checkout.
 */
async function listRepositoryFiles(cwd = process.cwd()) {
    const root = await repositoryRoot(cwd);
    const run = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__.runGit)(['ls-files', '-z'], root);
    if (!run.ok) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`coverage: git ls-files failed in '${root}': ${firstLine(run.stderr)}`);
    }
    return run.stdout.split('\0').filter((path) => path !== '');
}
/**
 * Reads every `go.mod` among `repoFiles` (as {@link listRepositoryFiles} gives them), for
 * `goModulesOf` (src/gates/coverage/go-modules.ts) to take their module paths; the parsing lives
 * with the gate because shared layers never import a gate. A go.mod listed by git but deleted
 * from the disk is skipped.
 * @throws ConfigurationError when a go.mod exists but cannot be read, or `cwd` is not in a git
 *   checkout (only asked when there is a go.mod to read).
 */
async function readGoModFiles(repoFiles, cwd = process.cwd()) {
    const goModPaths = repoFiles.filter((path) => path === 'go.mod' || path.endsWith('/go.mod'));
    if (goModPaths.length === 0)
        return [];
    const root = await repositoryRoot(cwd);
    const files = [];
    for (const goMod of goModPaths) {
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, goMod), 'utf8');
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOENT')
                continue;
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`coverage: cannot read '${goMod}': ${code ?? String(error)}`);
        }
        files.push({ dir: goMod.slice(0, Math.max(0, goMod.length - '/go.mod'.length)), text });
    }
    return files;
}
function firstLine(text) {
    return text.split('\n')[0] ?? '';
}


/***/ })

};

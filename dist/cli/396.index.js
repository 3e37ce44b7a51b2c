export const id = 396;
export const ids = [396];
export const modules = {

/***/ 53396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SHORT_SHA_LENGTH: () => (/* binding */ SHORT_SHA_LENGTH),
/* harmony export */   commitsFragment: () => (/* binding */ commitsFragment),
/* harmony export */   isNullSha: () => (/* binding */ isNullSha),
/* harmony export */   linkedCommits: () => (/* binding */ linkedCommits),
/* harmony export */   shortSha: () => (/* binding */ shortSha),
/* harmony export */   verdictBaseSha: () => (/* binding */ verdictBaseSha),
/* harmony export */   verdictHeadSha: () => (/* binding */ verdictHeadSha)
/* harmony export */ });
/* harmony import */ var _shared_is_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60791);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);
/* harmony import */ var _markdown_blocks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21269);
/**
 * The commits a report is about, as one short line: "Comparing `f95f852`…`ec26c3e` (diff)", each
 * short SHA linked to its commit and the range to the compare view when the links are known. A
 * reviewer who reads a comment written for an older push sees at once which push it judged, as
 * every peer (Codecov, SonarCloud, benchmark bots) shows.
 */



/** Git's default abbreviation, and what GitHub shows for a commit. */
const SHORT_SHA_LENGTH = 7;
/** A commit id: SHA-1 (40 hex digits) or SHA-256 (64), possibly abbreviated to 7 or more. */
const COMMIT_ID = /^[0-9a-f]{7,64}$/i;
/**
 * The first {@link SHORT_SHA_LENGTH} characters of a commit id, lower case, or `undefined` when
 * `sha` is not 7 to 64 hex digits (a ref name, an empty string, anything hostile).
 *
 * @example shortSha('EC26C3E57CA3A959CA5AAD62DE7213C562F8C821') // 'ec26c3e'
 */
function shortSha(sha) {
    return COMMIT_ID.test(sha) ? sha.slice(0, SHORT_SHA_LENGTH).toLowerCase() : undefined;
}
/** The all-zero id git and GitHub use for "no commit" (a push's `before` on a new branch). */
function isNullSha(sha) {
    return /^0+$/.test(sha);
}
/** `` `abc1234` `` or `` [`abc1234`](url) ``; empty when the id does not validate. */
function commitLink(commit) {
    if (commit === undefined || isNullSha(commit.sha))
        return '';
    const short = shortSha(commit.sha);
    if (short === undefined)
        return '';
    const code = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(short);
    const href = commit.url === undefined ? undefined : (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_1__/* .safeLinkUrl */ .Hp)(commit.url);
    return href === undefined ? code : `[${code}](${href})`;
}
/**
 * The commits as a Markdown fragment for a footer: `Comparing [`a`](…)…[`b`](…) ([diff](…))`
 * with a base, `Commit [`b`](…)` with the head alone, and empty when there are no commits or the
 * head does not validate (a line naming only the base would mislead). Links that are not http(s)
 * are dropped, the text kept.
 *
 * @example commitsFragment({ base: { sha: 'f95f852bd8' }, head: { sha: 'ec26c3e57c' } })
 *   // 'Comparing `f95f852`…`ec26c3e`'
 */
function commitsFragment(commits) {
    const head = commitLink(commits?.head);
    if (commits === undefined || head === '')
        return '';
    const base = commitLink(commits.base);
    if (base === '')
        return `Commit ${head}`;
    const compare = commits.compareUrl === undefined ? undefined : (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_1__/* .safeLinkUrl */ .Hp)(commits.compareUrl);
    return `Comparing ${base}…${head}${compare === undefined ? '' : ` ([diff](${compare}))`}`;
}
/**
 * Commit links under a repository's web root (`https://github.com/o/r`): `/commit/<sha>` for
 * each, `/compare/<base>...<head>` for the range (three dots: the changes since the merge base,
 * as a pull request shows them). A null or invalid base is left out.
 */
function linkedCommits(repositoryUrl, head, base) {
    const root = repositoryUrl.replace(/\/+$/, '');
    const commit = (sha) => ({ sha, url: `${root}/commit/${sha}` });
    const usableBase = base !== undefined && !isNullSha(base) && shortSha(base) !== undefined ? base : undefined;
    return {
        head: commit(head),
        ...(usableBase === undefined
            ? {}
            : { base: commit(usableBase), compareUrl: `${root}/compare/${usableBase}...${head}` }),
    };
}
/**
 * The base commit a gate put in its verdict (`data.commits.base`, e.g. the merge base
 * dashboard-diff compared with), which is more exact than the event's base: `undefined` when
 * there is none or it is not a commit id. The data is gate-specific and untyped, so it is
 * checked here rather than trusted.
 */
function verdictBaseSha(verdict) {
    return verdictCommit(verdict, 'base');
}
/** Like {@link verdictBaseSha}, for the head the gate judged (`data.commits.head`). */
function verdictHeadSha(verdict) {
    return verdictCommit(verdict, 'head');
}
function verdictCommit(verdict, side) {
    const commits = verdict.data?.['commits'];
    if (!(0,_shared_is_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(commits))
        return undefined;
    const sha = commits[side];
    return typeof sha === 'string' && shortSha(sha) !== undefined && !isNullSha(sha)
        ? sha
        : undefined;
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


/***/ })

};

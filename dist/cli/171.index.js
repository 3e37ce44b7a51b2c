export const id = 171;
export const ids = [171,500];
export const modules = {

/***/ 45993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ placeInChange),
/* harmony export */   Z9: () => (/* binding */ normalizeChangePath),
/* harmony export */   ns: () => (/* binding */ changedFilesOf),
/* harmony export */   x0: () => (/* binding */ isChangedFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The change under review as a gate needs it: which files it touched and which of their lines it
 * added, so each finding can be placed on a changed line, elsewhere in a changed file, or in a
 * file the change did not touch. Pure.
 */

/**
 * A path in the one spelling used as a key: forward slashes, no `./` or empty segments, `..`
 * resolved where it can be. `./rules//a.yml` and `rules\a.yml` both become `rules/a.yml`.
 */
function normalizeChangePath(path) {
    const parts = [];
    for (const part of path.replace(/\\/g, '/').split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..' && parts.length > 0 && parts.at(-1) !== '..')
            parts.pop();
        else
            parts.push(part);
    }
    return (path.startsWith('/') ? '/' : '') + parts.join('/');
}
/**
 * Builds the lookup from files and their added lines (ranges are sorted and merged here; the
 * same path twice merges its lines, and `whole-file` wins).
 * @example changedFilesOf([{ path: './a.yml', lines: [{ start: 3, end: 4 }] }]).files.get('a.yml') // [{ start: 3, end: 4 }]
 */
function changedFilesOf(entries, root) {
    const files = new Map();
    for (const entry of entries) {
        const key = normalizeChangePath(entry.path);
        const before = files.get(key);
        if (before === 'whole-file' || entry.lines === 'whole-file') {
            files.set(key, 'whole-file');
        }
        else {
            files.set(key, mergeRanges([...(before ?? []), ...entry.lines]));
        }
    }
    return root === undefined ? { files } : { files, root };
}
/** Whether any line from `line` to `endLine` (inclusive) was added by the change. */
function touches(ranges, line, endLine) {
    // The first range that ends at or after `line`, by bisection: diffs of big files have many.
    let low = 0;
    let high = ranges.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if ((ranges[middle]?.end ?? 0) < line)
            low = middle + 1;
        else
            high = middle;
    }
    const candidate = ranges[low];
    return candidate !== undefined && candidate.start <= endLine;
}
/**
 * Places a finding spanning `line` to `endLine` of `path`: on a changed line when any of its
 * lines was added, in a changed file when the file was touched elsewhere, else in an unchanged
 * file.
 * @example placeInChange(changes, 'a.yml', 3) // 'changed-lines' for the example of changedFilesOf
 */
function placeInChange(changes, path, line, endLine = line) {
    const lines = changes.files.get(changeKey(changes, path));
    if (lines === undefined)
        return 'unchanged-file';
    if (lines === 'whole-file')
        return 'changed-lines';
    return touches(lines, line, Math.max(line, endLine)) ? 'changed-lines' : 'changed-file';
}
/** True when the change touched `path` at all. */
function isChangedFile(changes, path) {
    return changes.files.has(changeKey(changes, path));
}
function changeKey(changes, path) {
    if (changes.root !== undefined && (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path)) {
        return normalizeChangePath((0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(changes.root, path).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/'));
    }
    return normalizeChangePath(path);
}
function mergeRanges(ranges) {
    const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
    const merged = [];
    for (const range of sorted) {
        const last = merged.at(-1);
        if (last !== undefined && range.start <= last.end + 1)
            last.end = Math.max(last.end, range.end);
        else
            merged.push({ ...range });
    }
    return merged;
}


/***/ }),

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

/***/ 65171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  localChanges: () => (/* binding */ localChanges),
  requireCommit: () => (/* binding */ requireCommit)
});

// EXTERNAL MODULE: ./src/diff/changed-lines.ts
var changed_lines = __webpack_require__(45993);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/parse.js
var parse = __webpack_require__(73857);
;// CONCATENATED MODULE: ./src/diff/unified-diff.ts
/**
 * Which lines of the new version a unified diff adds: the facts a gate needs to put findings (or
 * coverage) on the lines a change touched. Parsing is jsdiff's `parsePatch` (the `diff` package),
 * which knows git's dialect: `a/`/`b/` prefixes, C-quoted names, renames, binary files,
 * `/dev/null` for created and deleted files, and hunks checked against their line counts, so a
 * removed line that reads `---` is never taken for a file header. Pure: text in, ranges out.
 */

/**
 * Reads a multi-file diff as `git diff` writes it (with `a/` and `b/` prefixes, any number of
 * context lines). Files without hunks (a pure rename, a mode change, a binary file) are kept,
 * with no added lines.
 *
 * @throws Error starting with `parseUnifiedDiff` when a hunk does not match its header's counts
 *   or the text is not a diff.
 * @example parseUnifiedDiff('diff --git a/r.yml b/r.yml\n--- a/r.yml\n+++ b/r.yml\n@@ -2 +2,2 @@\n-x\n+y\n+z\n')
 *   // [{ path: 'r.yml', previousPath: 'r.yml', addedLines: [{ start: 2, end: 3 }], binary: false }]
 */
function parseUnifiedDiff(text) {
    if (text.trim() === '')
        return [];
    return unified_diff_parse(text, 'parseUnifiedDiff')
        .filter((patch) => patch.oldFileName !== undefined || patch.newFileName !== undefined)
        .map((patch) => ({
        path: withoutPrefix(patch.newFileName, 'b/'),
        previousPath: withoutPrefix(patch.oldFileName, 'a/'),
        addedLines: addedLinesOf(patch),
        binary: patch.isBinary === true,
    }));
}
/**
 * The added lines of one file's hunks without file headers, the form of the `patch` field of
 * GitHub's "list pull request files" answer (`@@ -1,3 +1,4 @@` and the lines under it).
 *
 * @throws Error starting with `addedLinesOfPatch` when a hunk does not match its header.
 * @example addedLinesOfPatch('@@ -1,2 +1,3 @@\n a\n+b\n c') // [{ start: 2, end: 2 }]
 */
function addedLinesOfPatch(patch) {
    if (patch.trim() === '')
        return [];
    return unified_diff_parse(patch, 'addedLinesOfPatch').flatMap(addedLinesOf);
}
function unified_diff_parse(text, caller) {
    try {
        return (0,parse/* parsePatch */.i)(text);
    }
    catch (error) {
        throw new Error(`${caller}: not a unified diff: ${error.message}`, {
            cause: error,
        });
    }
}
/** `b/x.yml` → `x.yml`; `/dev/null` (no such side) → undefined. */
function withoutPrefix(name, prefix) {
    if (name === undefined || name === '/dev/null')
        return undefined;
    return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}
/** Walks each hunk on its new side: context and `+` lines advance, `-` lines do not. */
function addedLinesOf(patch) {
    const ranges = [];
    for (const hunk of patch.hunks) {
        let line = hunk.newStart;
        for (const text of hunk.lines) {
            const kind = text[0];
            if (kind === '+') {
                const last = ranges.at(-1);
                if (last !== undefined && last.end === line - 1)
                    last.end = line;
                else
                    ranges.push({ start: line, end: line });
                line++;
            }
            else if (kind === ' ' || kind === undefined) {
                line++;
            }
            // '-' lines exist only on the old side; '\' is "No newline at end of file".
        }
    }
    return ranges;
}

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/io/git.ts
var git = __webpack_require__(47500);
;// CONCATENATED MODULE: ./src/io/local-changes.ts
/**
 * The change under review in a local checkout, for the CLI: what the working tree changes
 * relative to where it forked from `base` (the merge base, as a pull request compares). The diff
 * is against the working tree, not HEAD, because the linted files are the ones on disk: their
 * line numbers are the working tree's, uncommitted edits included. Untracked files (not ignored)
 * count as wholly new.
 */




/**
 * Options that make `git diff` output the same whatever the user's git configuration says:
 * no colour, no external diff or textconv, names unquoted where git allows (UTF-8 stays UTF-8),
 * the standard `a/` and `b/` prefixes (`diff.noprefix` and `diff.mnemonicPrefix` change them),
 * no context lines, and paths relative to the working directory (`--relative`, which also leaves
 * out changes outside it), so they compare with the paths the user gave.
 */
const DIFF_ARGS = [
    '-c',
    'core.quotePath=false',
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--unified=0',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--relative',
];
/**
 * What the working tree in `cwd` changes since its merge base with `base` (e.g. `origin/main`).
 * Never throws: when git cannot tell (not a repository, unknown ref, shallow clone without the
 * merge base), the lookup is `unavailable` with git's reason.
 */
async function localChanges(base, cwd = process.cwd()) {
    const unavailable = (reason) => ({
        kind: 'unavailable',
        reason,
        problem: true,
    });
    if (base.startsWith('-'))
        return unavailable(`'${base}' is not a git ref`);
    const mergeBase = await (0,git.runGit)(['merge-base', base, 'HEAD'], cwd);
    if (!mergeBase.ok) {
        return unavailable(`git found no merge base of '${base}' and HEAD${mergeBase.stderr === '' ? '' : ` (${firstLine(mergeBase.stderr)})`}`);
    }
    const commit = mergeBase.stdout.trim();
    const diff = await (0,git.runGit)([...DIFF_ARGS, commit, '--'], cwd);
    if (!diff.ok)
        return unavailable(`git diff ${commit} failed: ${firstLine(diff.stderr)}`);
    const untracked = await (0,git.runGit)(['ls-files', '--others', '--exclude-standard', '-z'], cwd);
    if (!untracked.ok)
        return unavailable(`git ls-files failed: ${firstLine(untracked.stderr)}`);
    const entries = [];
    for (const file of parseUnifiedDiff(diff.stdout)) {
        if (file.path === undefined)
            continue;
        // A binary file's lines are unknown; none of the gates reads binary files anyway.
        entries.push({ path: file.path, lines: file.binary ? 'whole-file' : file.addedLines });
    }
    for (const path of untracked.stdout.split('\0')) {
        if (path !== '')
            entries.push({ path, lines: 'whole-file' });
    }
    return {
        kind: 'changes',
        changes: (0,changed_lines/* changedFilesOf */.ns)(entries, cwd),
        against: `since ${base}`,
    };
}
/**
 * Checks that `ref` names a commit of the repository in `cwd`, before a gate relies on it. A ref
 * the user typed (the CLI's `--base origin/mian`) that names nothing is their mistake, to be told
 * at once, not a fallback that quietly reports every file; the shallow clone without the merge
 * base, which {@link localChanges} reports as unavailable, is another matter.
 *
 * @param label how the user named the ref (`--base`), for the message.
 * @throws ConfigurationError when `cwd` is not a git repository or `ref` names no commit.
 */
async function requireCommit(ref, label, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    if (ref.startsWith('-'))
        throw new errors/* ConfigurationError */.j(`${label}: '${ref}' is not a git ref.`);
    const inside = await (0,git.runGit)(['rev-parse', '--is-inside-work-tree'], cwd);
    if (!inside.ok) {
        throw new errors/* ConfigurationError */.j(`${label} needs a git repository, and '${cwd}' is not one (${firstLine(inside.stderr)}).`);
    }
    const commit = await (0,git.runGit)(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
    if (!commit.ok) {
        const refs = await (0,git.runGit)(['for-each-ref', '--format=%(refname:short)'], cwd);
        const known = refs.ok ? refs.stdout.split('\n').filter((name) => name !== '') : [];
        const meant = options.closest?.(ref, known);
        const remote = /^origin\/(.+)$/.exec(ref);
        const hint = meant !== undefined
            ? `did you mean '${meant}'?`
            : remote !== null
                ? `a typo, or a branch not fetched: try 'git fetch origin ${remote[1] ?? ''}'`
                : `a typo, or a branch not fetched: try 'git fetch origin ${ref}' and ${label} origin/${ref}`;
        throw new errors/* ConfigurationError */.j(`${label}: git knows no commit '${ref}' (${hint}).`);
    }
}
function firstLine(text) {
    return text.split('\n')[0] ?? '';
}


/***/ })

};

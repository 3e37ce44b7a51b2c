export const id = 577;
export const ids = [577];
export const modules = {

/***/ 53577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedFileVersions: () => (/* binding */ changedFileVersions),
/* harmony export */   parseRawDiff: () => (/* binding */ parseRawDiff)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58382);
/**
 * The two versions of every file a change touches, read from git: the files that differ between
 * the merge base of a ref and the working tree (uncommitted edits and untracked files included,
 * renames and moves followed), the base side's text of each, and a checkout of the merge base for
 * tools that must see the base side's whole tree (a render command resolving imports). Used by
 * the dashboard-diff gate; nothing here knows about dashboards.
 */





/** What names the ref in messages unless told: the input of dashboard-diff and coverage. */
const DEFAULT_REF_LABEL = "Input 'base-ref'";
/**
 * How far `git fetch --deepen` goes at each attempt: one commit finds the base of a pull request's
 * merge commit (actions/checkout's default), the others a branch that forked longer ago.
 */
const DEEPEN_STEPS = [1, 10, 100, 1000];
/** The shallow-clone advice, in the words of the workflow setting that fixes it. */
const FETCH_DEPTH_ADVICE = 'fetch the history first (actions/checkout with `fetch-depth: 0`, or `git fetch --unshallow`)';
/**
 * The files that differ between the merge base of `ref` and HEAD and the working tree, limited
 * to `patterns` (globs relative to the working directory, as git's `:(glob)` pathspecs read them:
 * `**` crosses folders, `*` does not), renames and moves followed by git's rename detection.
 *
 * @throws ConfigurationError when the directory is not a git repository, `ref` names no commit,
 *   or the merge base cannot be found (a shallow clone without `deepen`, unrelated histories).
 */
async function changedFileVersions(ref, patterns, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const label = options.refLabel ?? DEFAULT_REF_LABEL;
    if (ref === '' || ref.startsWith('-')) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`${label}: '${ref}' is not a git ref.`);
    }
    const inside = await git(['rev-parse', '--show-prefix'], cwd);
    if (!inside.ok) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`${label} needs a git repository, and '${cwd}' is not one (${firstLine(inside.stderr)}).`);
    }
    const head = (await gitOrThrow(['rev-parse', '--verify', 'HEAD^{commit}'], cwd)).trim();
    const mergeBase = await findMergeBase(ref, head, cwd, options);
    const pathspecs = patterns.map((pattern) => `:(glob)${pattern}`);
    const files = await diffAgainstWorkingTree(mergeBase, pathspecs, cwd);
    return {
        ref,
        mergeBase,
        head,
        files,
        readBaseTexts: (changed) => readBlobs(changed.flatMap((file) => (file.baseBlob === undefined ? [] : [file.baseBlob])), cwd),
        withBaseCheckout: (use) => withCheckout(mergeBase, inside.stdout.trim(), cwd, use),
        listFiles: async (listed) => {
            const output = await gitOrThrow([
                'ls-files',
                '-z',
                '--cached',
                '--others',
                '--exclude-standard',
                '--deduplicate',
                '--',
                ...listed.map((pattern) => `:(glob)${pattern}`),
            ], cwd);
            return [...new Set(output.split('\0').filter((path) => path !== ''))].sort(compare);
        },
    };
}
async function findMergeBase(ref, head, cwd, options) {
    const resolve = async (name) => {
        const resolved = await git(['rev-parse', '--verify', '--quiet', `${name}^{commit}`], cwd);
        return resolved.ok ? resolved.stdout.trim() : undefined;
    };
    const mergeBaseWith = async (commit) => {
        if (commit === undefined)
            return undefined;
        const base = await git(['merge-base', commit, head], cwd);
        return base.ok ? base.stdout.trim() : undefined;
    };
    let commit = await resolve(ref);
    const found = await mergeBaseWith(commit);
    if (found !== undefined)
        return found;
    const shallow = (await git(['rev-parse', '--is-shallow-repository'], cwd)).stdout.trim();
    if (shallow !== 'true') {
        const branch = ref.replace(/^origin\//, '');
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(commit !== undefined
            ? `'${ref}' and HEAD have no common ancestor: there is no merge base to compare with.`
            : `${options.refLabel ?? DEFAULT_REF_LABEL}: git knows no commit '${ref}' (a typo, or a branch not fetched: try 'git fetch origin ${branch}' and 'origin/${branch}').`);
    }
    if (options.deepen !== true) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`This clone is shallow and lacks the merge base of '${ref}' and HEAD: ${FETCH_DEPTH_ADVICE}.`);
    }
    // A ref that is not here yet (the base commit of a pull request, in a checkout of its head)
    // is fetched first, by the name the remote knows it by; then both commits are deepened, by
    // id, until their histories meet.
    if (commit === undefined) {
        const remoteName = ref.replace(/^(refs\/remotes\/)?origin\//, '');
        const fetched = await git(['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', remoteName], cwd);
        commit = fetched.ok ? ((await resolve(ref)) ?? (await resolve('FETCH_HEAD'))) : undefined;
        if (commit === undefined) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`${options.refLabel ?? DEFAULT_REF_LABEL}: neither this shallow clone nor origin knows '${ref}'${fetched.ok ? '' : ` (${firstLine(fetched.stderr)})`}.`);
        }
    }
    for (const depth of DEEPEN_STEPS) {
        options.logger?.info(`Shallow clone: fetching ${depth} more commits to find the merge base`);
        const fetched = await git(['fetch', '--quiet', '--no-tags', `--deepen=${depth}`, 'origin', commit, head], cwd);
        if (!fetched.ok) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`This clone is shallow and 'git fetch --deepen' failed (${firstLine(fetched.stderr)}): ${FETCH_DEPTH_ADVICE}.`);
        }
        const deepened = await mergeBaseWith(commit);
        if (deepened !== undefined)
            return deepened;
    }
    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`This clone is shallow and the merge base of '${ref}' and HEAD is not within ${DEEPEN_STEPS.reduce((a, b) => a + b)} commits: ${FETCH_DEPTH_ADVICE}.`);
}
/**
 * `git diff --raw -M` of the merge base against the working tree. Untracked files take part
 * (so a file moved with `mv` rather than `git mv` is a rename, not a deletion and an addition)
 * through a copy of the index in which they are marked intent-to-add: the user's own index is
 * never written.
 */
async function diffAgainstWorkingTree(mergeBase, pathspecs, cwd) {
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'kaizen-index-'));
    try {
        const index = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'index');
        const indexPath = (await gitOrThrow(['rev-parse', '--git-path', 'index'], cwd)).trim();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, indexPath), index).catch(() => undefined); // a repository without commits has none
        const env = { GIT_INDEX_FILE: index };
        const untracked = await gitOrThrow(['ls-files', '--others', '--exclude-standard', '-z', '--', ...pathspecs], cwd);
        if (untracked !== '') {
            await gitOrThrow(['add', '--intent-to-add', '--pathspec-from-file=-', '--pathspec-file-nul'], cwd, { env, input: untracked });
        }
        const raw = await gitOrThrow([
            '-c',
            'core.quotePath=false',
            'diff',
            '--raw',
            '-z',
            '-M',
            '--no-abbrev',
            '--no-ext-diff',
            '--no-textconv',
            '--relative',
            mergeBase,
            '--',
            ...pathspecs,
        ], cwd, { env });
        return parseRawDiff(raw);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(scratch, { recursive: true, force: true });
    }
}
/** Modes of a regular file (a symbolic link, 120000, or a submodule, 160000, is not read). */
const REGULAR_FILE = /^100[0-7]{3}$/;
/**
 * Parses `git diff --raw -z` output: `:<mode> <mode> <blob> <blob> <status>\0<path>\0` and, for
 * renames and copies, a second path. Written by hand because no library reads git's raw format.
 */
function parseRawDiff(raw) {
    const fields = raw.split('\0');
    const files = [];
    for (let i = 0; i < fields.length;) {
        const header = fields[i++] ?? '';
        if (header === '')
            continue;
        const match = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(header);
        if (!match)
            throw new Error(`unexpected git diff --raw record '${header}'`);
        const [, baseMode = '', headMode = '', baseBlob = '', , letter = ''] = match;
        const first = fields[i++] ?? '';
        const second = letter === 'R' || letter === 'C' ? (fields[i++] ?? '') : first;
        const baseRegular = REGULAR_FILE.test(baseMode);
        const headRegular = REGULAR_FILE.test(headMode);
        if (!baseRegular && !headRegular)
            continue;
        if (letter === 'C') {
            // A copy leaves its source as it was: the new file is what changed.
            files.push({ path: second, status: 'added' });
            continue;
        }
        const file = {
            status: !baseRegular
                ? 'added'
                : !headRegular
                    ? 'deleted'
                    : letter === 'R'
                        ? 'renamed'
                        : 'modified',
        };
        if (headRegular)
            file.path = second;
        if (baseRegular) {
            file.basePath = first;
            file.baseBlob = baseBlob;
        }
        files.push(file);
    }
    return files.sort((a, b) => compare(a.path ?? a.basePath ?? '', b.path ?? b.basePath ?? ''));
}
/** Reads blobs through one `git cat-file --batch` (a process per file would dominate a 100-file PR). */
async function readBlobs(blobs, cwd) {
    const texts = new Map();
    const wanted = [...new Set(blobs)];
    if (wanted.length === 0)
        return texts;
    const output = await new Promise((resolvePromise, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks = [];
        let stderr = '';
        child.stdout.on('data', (chunk) => chunks.push(chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => code === 0
            ? resolvePromise(Buffer.concat(chunks))
            : reject(new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`git cat-file failed: ${firstLine(stderr)}`)));
        child.stdin.end(`${wanted.join('\n')}\n`);
    });
    let at = 0;
    while (at < output.length) {
        const end = output.indexOf(0x0a, at);
        const header = output.subarray(at, end).toString('utf8');
        const match = /^([0-9a-f]+) blob (\d+)$/.exec(header);
        if (!match)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`git cat-file cannot read ${header}`);
        const size = Number(match[2]);
        texts.set(match[1] ?? '', output.subarray(end + 1, end + 1 + size).toString('utf8'));
        at = end + 1 + size + 1;
    }
    return texts;
}
async function withCheckout(commit, prefix, cwd, use) {
    const parent = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'kaizen-base-'));
    const tree = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(parent, 'tree');
    try {
        await gitOrThrow(['worktree', 'add', '--detach', '--quiet', tree, commit], cwd);
        return await use((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tree, prefix));
    }
    finally {
        await git(['worktree', 'remove', '--force', tree], cwd);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(parent, { recursive: true, force: true });
        // What `remove` could not tidy (the folder was already gone) is pruned.
        await git(['worktree', 'prune'], cwd);
    }
}
/** Runs git with an argument array (never a shell); never throws. */
function git(args, cwd, options = {}) {
    return new Promise((resolvePromise) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', [...args], {
            cwd,
            env: { ...process.env, ...options.env },
            maxBuffer: 256 * 1024 * 1024,
            encoding: 'utf8',
        }, (error, stdout, stderr) => resolvePromise({
            ok: error === null,
            stdout,
            stderr: stderr.trim() || (error?.message ?? ''),
        }));
        if (options.input !== undefined)
            child.stdin?.end(options.input);
    });
}
async function gitOrThrow(args, cwd, options = {}) {
    const run = await git(args, cwd, options);
    if (!run.ok) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`git ${args[0] ?? ''} failed: ${firstLine(run.stderr)}`);
    }
    return run.stdout;
}
function firstLine(text) {
    return text.split('\n')[0] ?? '';
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};

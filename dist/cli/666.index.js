export const id = 666;
export const ids = [666,500];
export const modules = {

/***/ 89666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AncestryUnavailableError: () => (/* binding */ AncestryUnavailableError),
  MAX_EXTRA_ANCESTRY_LOOKUPS: () => (/* binding */ MAX_EXTRA_ANCESTRY_LOOKUPS),
  apiAncestryCheck: () => (/* binding */ apiAncestryCheck),
  entriesOfAncestry: () => (/* binding */ entriesOfAncestry),
  firstAvailableAncestry: () => (/* binding */ firstAvailableAncestry),
  firstParentChain: () => (/* binding */ firstParentChain),
  gitAncestryCheck: () => (/* binding */ gitAncestryCheck),
  localAncestry: () => (/* binding */ localAncestry),
  pullRequestAncestors: () => (/* binding */ pullRequestAncestors),
  pullRequestAncestry: () => (/* binding */ pullRequestAncestry),
  pullRequestMergeBase: () => (/* binding */ pullRequestMergeBase)
});

;// CONCATENATED MODULE: ./src/github/request-failure.ts
/**
 * What an Octokit request failure tells us, read without importing `@octokit/request-error`
 * (a transitive package we do not pin): the HTTP status and GitHub's message. The request
 * object on the error carries the `authorization` header, so nothing here ever reads or prints
 * it; callers log only {@link describeRequestFailure}.
 */
/** Reads status and message from anything a request may throw. */
function readRequestFailure(error) {
    if (typeof error !== 'object' || error === null)
        return { status: 0, message: String(error) };
    const status = 'status' in error && typeof error.status === 'number' ? error.status : 0;
    const message = 'message' in error && typeof error.message === 'string' ? error.message : String(error);
    // RequestError messages end with " - https://docs.github.com/..." and may be multi-line;
    // the first line is what a reader needs.
    return {
        status,
        message: (message.split('\n')[0] ?? '').replace(/ - https:\/\/docs\.github\.com\S*$/, ''),
    };
}
/** One line for a log: `HTTP 403: Resource not accessible by integration`. */
function describeRequestFailure(failure) {
    return failure.status === 0
        ? `no HTTP answer: ${failure.message}`
        : `HTTP ${failure.status}: ${failure.message}`;
}
/**
 * True when the token lacks a permission rather than something being broken: GitHub answers 403
 * "Resource not accessible by integration" (a `GITHUB_TOKEN` without the scope, e.g. the
 * read-only token of a fork PR), "... by personal access token", and 404 on a private
 * repository the token cannot see. Rate limits are also 403 but are not permission problems.
 */
function isPermissionFailure(failure) {
    if (failure.status === 404)
        return true;
    if (failure.status !== 403)
        return false;
    return !/rate limit/i.test(failure.message);
}

// EXTERNAL MODULE: ./src/io/git.ts
var git = __webpack_require__(47500);
;// CONCATENATED MODULE: ./src/history/ancestry.ts


/**
 * Follows first parents through a page of commits (the list endpoint returns every reachable
 * commit in date order, merged branches included; only the first-parent chain had runs stored).
 */
function firstParentChain(start, commits, depth) {
    const firstParent = new Map(commits.map((c) => [c.sha, c.parents[0]?.sha]));
    const chain = [];
    let current = start;
    while (current !== undefined && chain.length < depth) {
        chain.push(current);
        current = firstParent.get(current);
    }
    return chain;
}
/**
 * Asks the API (works with shallow checkouts), then local git, and at worst returns the base
 * commit the event named: a PR's `base.sha` is the base branch head when the event fired, which
 * is the merge base only when the branch is up to date.
 */
async function pullRequestAncestors(client, query, logger) {
    if (client) {
        try {
            const compare = await client.rest.repos.compareCommitsWithBasehead({
                owner: query.owner,
                repo: query.repo,
                basehead: `${query.baseSha}...${query.headSha}`,
                per_page: 1,
            });
            const mergeBase = compare.data.merge_base_commit.sha;
            const commits = await client.rest.repos.listCommits({
                owner: query.owner,
                repo: query.repo,
                sha: mergeBase,
                per_page: Math.min(100, Math.max(query.depth * 2, 10)),
            });
            return firstParentChain(mergeBase, commits.data, query.depth);
        }
        catch (error) {
            logger.warning(`Could not ask GitHub for the merge base (${error.message}); trying local git.`);
        }
    }
    const local = await (0,git.mergeBaseAncestors)(query.baseSha, query.headSha, query.depth);
    if (local.length > 0)
        return local;
    logger.info('Local git could not tell the merge base (a shallow clone?); using the base commit of the event.');
    return [query.baseSha];
}
/** Commits per page of a compare answer (GitHub's maximum). */
const PAGE_SIZE = 100;
/** Thrown when neither the API nor local git can tell whether a commit is in the ancestry. */
class AncestryUnavailableError extends Error {
    name = 'AncestryUnavailableError';
}
/**
 * Answers through the compare API, one request per commit not known yet: `{sha}...{mergeBase}`
 * is `ahead` (the merge base descends from it) or `identical` exactly when it is in the
 * ancestry. A 404 is an answer (a commit GitHub does not know, or one with no common history, is
 * not an ancestor); every other failure throws. Answers are cached per commit for the run.
 */
function apiAncestryCheck(client, where, mergeBase, known = {}) {
    return cachedCheck(mergeBase, 'the GitHub API', known, (sha) => compareWithMergeBase(client, where, sha, mergeBase));
}
async function compareWithMergeBase(client, where, sha, mergeBase) {
    try {
        const compare = await client.rest.repos.compareCommitsWithBasehead({
            owner: where.owner,
            repo: where.repo,
            basehead: `${sha}...${mergeBase}`,
            per_page: 1,
        });
        return compare.data.status === 'ahead' || compare.data.status === 'identical';
    }
    catch (error) {
        const failure = readRequestFailure(error);
        if (failure.status === 404)
            return false;
        throw new AncestryUnavailableError(`GitHub could not compare ${sha.slice(0, 7)} with the merge base (${describeRequestFailure(failure)})`);
    }
}
/**
 * Answers through `git merge-base --is-ancestor` in a local checkout. A commit that a full clone
 * holding the merge base does not have is not an ancestor (it would have come with the merge
 * base); in a shallow clone, or a checkout without the merge base (another repository, none at
 * all), that cannot be told, and the check throws.
 */
function gitAncestryCheck(mergeBase, cwd = process.cwd(), known = {}) {
    let complete;
    const holdsTheAncestry = () => (complete ??= (async () => {
        const shallow = await (0,git.runGit)(['rev-parse', '--is-shallow-repository'], cwd);
        if (!shallow.ok || shallow.stdout.trim() !== 'false')
            return false;
        return (await (0,git.runGit)(['cat-file', '-e', `${mergeBase}^{commit}`], cwd)).ok;
    })());
    const ask = async (sha) => {
        const run = await (0,git.runGit)(['merge-base', '--is-ancestor', sha, mergeBase], cwd);
        if (run.ok)
            return true;
        // Exit 1 without a message is git's "no"; anything else is a failure with its reason.
        if (run.stderr === '')
            return false;
        if (/not a valid (commit|object) name|bad object/i.test(run.stderr) &&
            (await holdsTheAncestry())) {
            return false;
        }
        throw new AncestryUnavailableError(`local git could not tell whether ${sha.slice(0, 7)} is an ancestor of the merge base (${run.stderr.split('\n')[0] ?? ''})`);
    };
    return cachedCheck(mergeBase, 'local git', known, ask);
}
/**
 * The first check that can answer: each question goes to the first check not yet failed, and a
 * check that failed once is not asked again (an API that refused once will refuse the next 30
 * questions too, after its retries). When none is left, throws every failure's reason, in order.
 */
function firstAvailableAncestry(checks) {
    const [first] = checks;
    if (first === undefined)
        throw new Error('firstAvailableAncestry: no check given');
    let remaining = [...checks];
    const failures = [];
    return {
        mergeBase: first.mergeBase,
        get source() {
            return (remaining[0] ?? first).source;
        },
        async includes(sha) {
            while (remaining.length > 0) {
                const check = remaining[0];
                try {
                    return await check.includes(sha);
                }
                catch (error) {
                    if (!(error instanceof AncestryUnavailableError))
                        throw error;
                    failures.push(error.message);
                    remaining = remaining.slice(1);
                }
            }
            throw new AncestryUnavailableError(failures.join('; '));
        },
    };
}
/**
 * The merge base of a pull request, and the base branch's commits after it, through the compare
 * API: `{head}...{base}` names the merge base and lists the commits of the base branch the pull
 * request does not have, which are exactly the runs stored after it on the default branch (the
 * oldest 100 and the newest page; any between are asked about one by one). Then local git. Undefined when neither
 * can tell: the event's base commit is the base branch's head, not the merge base, so it is no
 * stand-in for a question about the ancestry.
 */
async function pullRequestMergeBase(client, query, logger) {
    if (client) {
        try {
            const compare = await client.rest.repos.compareCommitsWithBasehead({
                owner: query.owner,
                repo: query.repo,
                basehead: `${query.headSha}...${query.baseSha}`,
                per_page: PAGE_SIZE,
            });
            const after = compare.data.commits.map((commit) => commit.sha);
            const total = compare.data.total_commits;
            if (total > after.length) {
                // Commits come oldest first, 100 a page; the newest stored runs are of the newest
                // commits, on the last page, so that page is worth one more request.
                const last = await client.rest.repos.compareCommitsWithBasehead({
                    owner: query.owner,
                    repo: query.repo,
                    basehead: `${query.headSha}...${query.baseSha}`,
                    per_page: PAGE_SIZE,
                    page: Math.ceil(total / PAGE_SIZE),
                });
                after.push(...last.data.commits.map((commit) => commit.sha));
            }
            return { sha: compare.data.merge_base_commit.sha, after };
        }
        catch (error) {
            logger.warning(`Could not ask GitHub for the merge base (${describeRequestFailure(readRequestFailure(error))}); trying local git.`);
        }
    }
    const local = await (0,git.runGit)(['merge-base', query.baseSha, query.headSha], process.cwd());
    const sha = local.stdout.trim();
    return local.ok && /^[0-9a-f]{40}$/.test(sha) ? { sha, after: [] } : undefined;
}
/**
 * The ancestry check of a pull request in the action: the merge base from the API (or local
 * git), then each stored run's commit through the API, then local git when the API fails.
 *
 * @throws {AncestryUnavailableError} when the merge base cannot be found.
 */
async function pullRequestAncestry(client, query, knownAncestors, logger) {
    const found = await pullRequestMergeBase(client, query, logger);
    if (!found) {
        throw new AncestryUnavailableError('neither the GitHub API nor local git could tell the merge base');
    }
    // The prepare phase's chain starts at the merge base it found; any other chain is not this one's.
    const known = {
        ancestors: knownAncestors[0] === found.sha ? knownAncestors : [],
        others: found.after,
    };
    const git = gitAncestryCheck(found.sha, process.cwd(), known);
    return client
        ? firstAvailableAncestry([apiAncestryCheck(client, query, found.sha, known), git])
        : git;
}
/**
 * The ancestry check of the CLI: the merge base of `head` and `baseRef` in the local checkout.
 *
 * @throws {AncestryUnavailableError} when git cannot tell it (not a repository, a shallow clone).
 */
async function localAncestry(baseRef, head = 'HEAD', cwd = process.cwd()) {
    const run = await (0,git.runGit)(['merge-base', baseRef, head], cwd);
    const sha = run.stdout.trim();
    if (!run.ok || !/^[0-9a-f]{40}$/.test(sha)) {
        throw new AncestryUnavailableError(`local git could not tell the merge base of ${head} and ${baseRef}${run.stderr ? ` (${run.stderr.split('\n')[0] ?? ''})` : ''}`);
    }
    return gitAncestryCheck(sha, cwd);
}
/** Most commits a run asks about beyond the window itself (runs after the merge base, other branches). */
const MAX_EXTRA_ANCESTRY_LOOKUPS = 100;
/**
 * The newest `limit` entries whose commit is the merge base or one of its ancestors, oldest
 * first, as stored. Entries are asked about newest first, one commit once; after `limit` +
 * {@link MAX_EXTRA_ANCESTRY_LOOKUPS} distinct commits the walk stops (`exhausted`), so a pull
 * request far behind its base branch costs a bounded number of requests.
 *
 * @throws {AncestryUnavailableError} from the check.
 * @example await entriesOfAncestry(entries, check, 30) // { entries: [...], exhausted: false }
 */
async function entriesOfAncestry(entries, check, limit) {
    if (!Number.isInteger(limit) || limit < 1) {
        throw new Error(`entriesOfAncestry: limit must be a positive integer, got ${limit}`);
    }
    const kept = [];
    const asked = new Set();
    for (let i = entries.length - 1; i >= 0 && kept.length < limit; i--) {
        const entry = entries[i];
        if (!asked.has(entry.sha)) {
            if (asked.size >= limit + MAX_EXTRA_ANCESTRY_LOOKUPS) {
                return { entries: kept.reverse(), exhausted: true };
            }
            asked.add(entry.sha);
        }
        if (await check.includes(entry.sha))
            kept.push(entry);
    }
    return { entries: kept.reverse(), exhausted: false };
}
/** A check that asks `ask` once per commit, the merge base and `known` commits never. */
function cachedCheck(mergeBase, source, known, ask) {
    const answers = new Map();
    for (const sha of known.others ?? [])
        answers.set(sha, Promise.resolve(false));
    for (const sha of [mergeBase, ...(known.ancestors ?? [])])
        answers.set(sha, Promise.resolve(true));
    return {
        mergeBase,
        source,
        includes(sha) {
            let answer = answers.get(sha);
            if (answer === undefined) {
                answer = ask(sha);
                answers.set(sha, answer);
            }
            return answer;
        },
    };
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


/***/ })

};

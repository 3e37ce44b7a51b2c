/**
 * The merge base of a pull request and its ancestry: its first-parent ancestors, nearest first
 * (the commits whose stored snapshots a pull request may compare against), and whether a stored
 * run's commit is the merge base or an ancestor of it (the runs a pull request's history window
 * may hold), through the API or local git.
 */
import type { GitHubClient } from '../github/client.js';
import { describeRequestFailure, readRequestFailure } from '../github/request-failure.js';
import { mergeBaseAncestors, runGit } from '../io/git.js';
import type { Logger } from '../shared/logger.js';

/** Where to look. */
export interface AncestryQuery {
  owner: string;
  repo: string;
  baseSha: string;
  headSha: string;
  depth: number;
}

/**
 * Follows first parents through a page of commits (the list endpoint returns every reachable
 * commit in date order, merged branches included; only the first-parent chain had runs stored).
 */
export function firstParentChain(
  start: string,
  commits: readonly { sha: string; parents: readonly { sha: string }[] }[],
  depth: number,
): string[] {
  const firstParent = new Map(commits.map((c) => [c.sha, c.parents[0]?.sha]));
  const chain: string[] = [];
  let current: string | undefined = start;
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
export async function pullRequestAncestors(
  client: GitHubClient | undefined,
  query: AncestryQuery,
  logger: Logger,
): Promise<string[]> {
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
    } catch (error) {
      logger.warning(
        `Could not ask GitHub for the merge base (${(error as Error).message}); trying local git.`,
      );
    }
  }
  const local = await mergeBaseAncestors(query.baseSha, query.headSha, query.depth);
  if (local.length > 0) return local;
  logger.info(
    'Local git could not tell the merge base (a shallow clone?); using the base commit of the event.',
  );
  return [query.baseSha];
}

/** Commits per page of a compare answer (GitHub's maximum). */
const PAGE_SIZE = 100;

/** Thrown when neither the API nor local git can tell whether a commit is in the ancestry. */
export class AncestryUnavailableError extends Error {
  override name = 'AncestryUnavailableError';
}

/**
 * Whether commits are the merge base or its ancestors, through any parent (a run stored for a
 * commit of a branch that was merged before the merge base is in the pull request's past too).
 */
export interface AncestryCheck {
  /** The merge base the answers are about. */
  readonly mergeBase: string;
  /** Where the answers come from, for notes: `the GitHub API`, `local git`. */
  readonly source: string;
  /**
   * True when `sha` is the merge base or one of its ancestors.
   *
   * @throws {AncestryUnavailableError} when it cannot tell (an API error, a shallow clone).
   */
  includes(sha: string): Promise<boolean>;
}

/** A repository on GitHub. */
export interface RepositoryName {
  owner: string;
  repo: string;
}

/** What is already known of some commits, so that they cost no request. */
export interface KnownAncestry {
  /** Commits known to be the merge base or its ancestors (the prepare phase's first-parent chain). */
  ancestors?: readonly string[];
  /** Commits known not to be (the base branch's commits after the merge base). */
  others?: readonly string[];
}

/**
 * Answers through the compare API, one request per commit not known yet: `{sha}...{mergeBase}`
 * is `ahead` (the merge base descends from it) or `identical` exactly when it is in the
 * ancestry. A 404 is an answer (a commit GitHub does not know, or one with no common history, is
 * not an ancestor); every other failure throws. Answers are cached per commit for the run.
 */
export function apiAncestryCheck(
  client: GitHubClient,
  where: RepositoryName,
  mergeBase: string,
  known: KnownAncestry = {},
): AncestryCheck {
  return cachedCheck(mergeBase, 'the GitHub API', known, (sha) =>
    compareWithMergeBase(client, where, sha, mergeBase),
  );
}

async function compareWithMergeBase(
  client: GitHubClient,
  where: RepositoryName,
  sha: string,
  mergeBase: string,
): Promise<boolean> {
  try {
    const compare = await client.rest.repos.compareCommitsWithBasehead({
      owner: where.owner,
      repo: where.repo,
      basehead: `${sha}...${mergeBase}`,
      per_page: 1,
    });
    return compare.data.status === 'ahead' || compare.data.status === 'identical';
  } catch (error) {
    const failure = readRequestFailure(error);
    if (failure.status === 404) return false;
    throw new AncestryUnavailableError(
      `GitHub could not compare ${sha.slice(0, 7)} with the merge base (${describeRequestFailure(failure)})`,
    );
  }
}

/**
 * Answers through `git merge-base --is-ancestor` in a local checkout. A commit that a full clone
 * holding the merge base does not have is not an ancestor (it would have come with the merge
 * base); in a shallow clone, or a checkout without the merge base (another repository, none at
 * all), that cannot be told, and the check throws.
 */
export function gitAncestryCheck(
  mergeBase: string,
  cwd: string = process.cwd(),
  known: KnownAncestry = {},
): AncestryCheck {
  let complete: Promise<boolean> | undefined;
  const holdsTheAncestry = (): Promise<boolean> =>
    (complete ??= (async () => {
      const shallow = await runGit(['rev-parse', '--is-shallow-repository'], cwd);
      if (!shallow.ok || shallow.stdout.trim() !== 'false') return false;
      return (await runGit(['cat-file', '-e', `${mergeBase}^{commit}`], cwd)).ok;
    })());
  const ask = async (sha: string): Promise<boolean> => {
    const run = await runGit(['merge-base', '--is-ancestor', sha, mergeBase], cwd);
    if (run.ok) return true;
    // Exit 1 without a message is git's "no"; anything else is a failure with its reason.
    if (run.stderr === '') return false;
    if (
      /not a valid (commit|object) name|bad object/i.test(run.stderr) &&
      (await holdsTheAncestry())
    ) {
      return false;
    }
    throw new AncestryUnavailableError(
      `local git could not tell whether ${sha.slice(0, 7)} is an ancestor of the merge base (${run.stderr.split('\n')[0] ?? ''})`,
    );
  };
  return cachedCheck(mergeBase, 'local git', known, ask);
}

/**
 * The first check that can answer: each question goes to the first check not yet failed, and a
 * check that failed once is not asked again (an API that refused once will refuse the next 30
 * questions too, after its retries). When none is left, throws every failure's reason, in order.
 */
export function firstAvailableAncestry(checks: readonly AncestryCheck[]): AncestryCheck {
  const [first] = checks;
  if (first === undefined) throw new Error('firstAvailableAncestry: no check given');
  let remaining = [...checks];
  const failures: string[] = [];
  return {
    mergeBase: first.mergeBase,
    get source(): string {
      return (remaining[0] ?? first).source;
    },
    async includes(sha) {
      while (remaining.length > 0) {
        const check = remaining[0] as AncestryCheck;
        try {
          return await check.includes(sha);
        } catch (error) {
          if (!(error instanceof AncestryUnavailableError)) throw error;
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
export async function pullRequestMergeBase(
  client: GitHubClient | undefined,
  query: Omit<AncestryQuery, 'depth'>,
  logger: Logger,
): Promise<{ sha: string; after: string[] } | undefined> {
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
    } catch (error) {
      logger.warning(
        `Could not ask GitHub for the merge base (${describeRequestFailure(readRequestFailure(error))}); trying local git.`,
      );
    }
  }
  const local = await runGit(['merge-base', query.baseSha, query.headSha], process.cwd());
  const sha = local.stdout.trim();
  return local.ok && /^[0-9a-f]{40}$/.test(sha) ? { sha, after: [] } : undefined;
}

/**
 * The ancestry check of a pull request in the action: the merge base from the API (or local
 * git), then each stored run's commit through the API, then local git when the API fails.
 *
 * @throws {AncestryUnavailableError} when the merge base cannot be found.
 */
export async function pullRequestAncestry(
  client: GitHubClient | undefined,
  query: Omit<AncestryQuery, 'depth'>,
  knownAncestors: readonly string[],
  logger: Logger,
): Promise<AncestryCheck> {
  const found = await pullRequestMergeBase(client, query, logger);
  if (!found) {
    throw new AncestryUnavailableError(
      'neither the GitHub API nor local git could tell the merge base',
    );
  }
  // The prepare phase's chain starts at the merge base it found; any other chain is not this one's.
  const known: KnownAncestry = {
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
export async function localAncestry(
  baseRef: string,
  head = 'HEAD',
  cwd: string = process.cwd(),
): Promise<AncestryCheck> {
  const run = await runGit(['merge-base', baseRef, head], cwd);
  const sha = run.stdout.trim();
  if (!run.ok || !/^[0-9a-f]{40}$/.test(sha)) {
    throw new AncestryUnavailableError(
      `local git could not tell the merge base of ${head} and ${baseRef}${run.stderr ? ` (${run.stderr.split('\n')[0] ?? ''})` : ''}`,
    );
  }
  return gitAncestryCheck(sha, cwd);
}

/** Most commits a run asks about beyond the window itself (runs after the merge base, other branches). */
export const MAX_EXTRA_ANCESTRY_LOOKUPS = 100;

/**
 * The newest `limit` entries whose commit is the merge base or one of its ancestors, oldest
 * first, as stored. Entries are asked about newest first, one commit once; after `limit` +
 * {@link MAX_EXTRA_ANCESTRY_LOOKUPS} distinct commits the walk stops (`exhausted`), so a pull
 * request far behind its base branch costs a bounded number of requests.
 *
 * @throws {AncestryUnavailableError} from the check.
 * @example await entriesOfAncestry(entries, check, 30) // { entries: [...], exhausted: false }
 */
export async function entriesOfAncestry<E extends { sha: string }>(
  entries: readonly E[],
  check: AncestryCheck,
  limit: number,
): Promise<{ entries: E[]; exhausted: boolean }> {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new Error(`entriesOfAncestry: limit must be a positive integer, got ${limit}`);
  }
  const kept: E[] = [];
  const asked = new Set<string>();
  for (let i = entries.length - 1; i >= 0 && kept.length < limit; i--) {
    const entry = entries[i] as E;
    if (!asked.has(entry.sha)) {
      if (asked.size >= limit + MAX_EXTRA_ANCESTRY_LOOKUPS) {
        return { entries: kept.reverse(), exhausted: true };
      }
      asked.add(entry.sha);
    }
    if (await check.includes(entry.sha)) kept.push(entry);
  }
  return { entries: kept.reverse(), exhausted: false };
}

/** A check that asks `ask` once per commit, the merge base and `known` commits never. */
function cachedCheck(
  mergeBase: string,
  source: string,
  known: KnownAncestry,
  ask: (sha: string) => Promise<boolean>,
): AncestryCheck {
  const answers = new Map<string, Promise<boolean>>();
  for (const sha of known.others ?? []) answers.set(sha, Promise.resolve(false));
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

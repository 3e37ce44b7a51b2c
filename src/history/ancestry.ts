/**
 * The merge base of a pull request and its first-parent ancestors, nearest first: the commits
 * whose stored snapshots (or logged runs) a pull request may compare against.
 */
import type { GitHubClient } from '../github/client.js';
import { mergeBaseAncestors } from '../io/git.js';
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

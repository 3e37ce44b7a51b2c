/**
 * Checks that a pull request's head is the commit a verdict envelope names. In the two-workflow
 * pattern the PR number comes from an artifact the fork's workflow wrote; the commit is checked
 * against the triggering run (see `assertEnvelopeMatchesRun`), but the number could name any
 * PR. Asking GitHub which commit that PR's head is closes the gap: a fork cannot make the bot
 * comment on someone else's PR, and a report for a commit the PR has since moved past is not
 * posted as if it were current.
 */
import type { GitHubClient } from './client.js';

/** What GitHub says about the PR's head. */
export type PullRequestHeadCheck = { matches: true } | { matches: false; actualHeadSha: string };

/** Which PR and commit to check. */
export interface PullRequestHeadRequest {
  owner: string;
  repo: string;
  pullRequest: number;
  headSha: string;
}

/**
 * Compares the PR's current head commit with `headSha`. Needs `pull-requests: read`.
 *
 * @throws the Octokit error of the request (404 when there is no such PR).
 */
export async function checkPullRequestHead(
  client: GitHubClient,
  request: PullRequestHeadRequest,
): Promise<PullRequestHeadCheck> {
  const { data } = await client.rest.pulls.get({
    owner: request.owner,
    repo: request.repo,
    pull_number: request.pullRequest,
  });
  return data.head.sha === request.headSha
    ? { matches: true }
    : { matches: false, actualHeadSha: data.head.sha };
}

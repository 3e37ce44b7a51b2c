/**
 * Sends a verdict to GitHub: the sticky PR comment and the check run. Publishing is a courtesy
 * on top of the verdict, never a reason to change it: without a token both channels are skipped,
 * a missing permission (the read-only token of a fork PR) becomes one warning naming it, and any
 * other API failure is a warning too. Nothing here throws for an API error, so the gate's exit
 * code stays the verdict's.
 */
import type { CheckRunReport } from '../report/types.js';
import type { Logger } from '../shared/logger.js';
import type { GateName, Status } from '../verdict/types.js';
import type { GitHubClient } from './client.js';
import { publishCheckRun } from './check-run.js';
import { assertCommentKey } from './comment-marker.js';
import { checkPullRequestHead } from './pull-request-head.js';
import type { RunContext } from './context.js';
import {
  describeRequestFailure,
  isPermissionFailure,
  readRequestFailure,
} from './request-failure.js';
import {
  upsertStickyComment,
  type CommentMode,
  type StickyCommentAction,
} from './sticky-comment.js';

/** Which channels to use. */
export interface PublishOptions {
  /** When to write the sticky comment. */
  comment: CommentMode;
  /** Whether to publish a check run. */
  checkRun: boolean;
  /** Login the token writes as (e.g. `my-app[bot]`), for finding its comments; see comment-author.ts. */
  identity?: string;
}

/**
 * Where to publish when it is not the run's own PR: the `workflow_run` half of the two-workflow
 * pattern publishes for the PR named in the (validated) verdict envelope. The PR number is not
 * trusted: the comment is only posted when that PR's head is `headSha`.
 */
export interface PublishTarget {
  pullRequest: number;
  headSha: string;
}

/** Everything {@link publishVerdict} needs. */
export interface PublishRequest {
  /** Undefined when there is no token: both channels are skipped. */
  client: GitHubClient | undefined;
  context: RunContext;
  gate: GateName;
  key: string;
  /** The rendered comment, without markers. */
  commentBody: string;
  checkRun: CheckRunReport;
  options: PublishOptions;
  logger: Logger;
  /** The verdict's status, for `comment: on-failure`; defaults to `fail` when the check run's conclusion is `failure`. */
  status?: Status;
  /** Overrides the context's PR and head commit. */
  target?: PublishTarget;
}

/** How one channel went. */
export type ChannelOutcome = 'done' | 'skipped' | 'no-permission' | 'failed';

/** What happened on one channel. */
export interface ChannelResult {
  outcome: ChannelOutcome;
  /** One line for logs and tests: why skipped, what failed. */
  detail: string;
  url?: string;
}

/** What happened on each channel. */
export interface PublishResult {
  comment: ChannelResult & { action?: StickyCommentAction; commentId?: number };
  checkRun: ChannelResult & { checkRunId?: number };
}

const STILL_AVAILABLE = 'The verdict is still in the job summary and this log.';
const FORK_HINT =
  'On a pull request from a fork the GITHUB_TOKEN is read-only; publish from a workflow_run workflow instead (see the docs on fork pull requests).';

/**
 * Publishes the comment and the check run, each independently of the other.
 *
 * @throws ConfigurationError for a bad `key` (checked before any request); never for API errors.
 */
export async function publishVerdict(request: PublishRequest): Promise<PublishResult> {
  assertCommentKey(request.key);
  const { client, logger } = request;
  if (client === undefined) {
    const detail = 'no GitHub token: skipped the PR comment and the check run';
    logger.info(`${detail}. ${STILL_AVAILABLE}`);
    return { comment: { outcome: 'skipped', detail }, checkRun: { outcome: 'skipped', detail } };
  }
  const comment = await publishComment(client, request);
  const checkRun = await publishCheck(client, request);
  return { comment, checkRun };
}

async function publishComment(
  client: GitHubClient,
  request: PublishRequest,
): Promise<PublishResult['comment']> {
  const { context, options, logger } = request;
  if (options.comment === 'never') return { outcome: 'skipped', detail: 'comment: never' };
  const issueNumber = request.target?.pullRequest ?? context.pullRequest?.number;
  if (issueNumber === undefined) {
    const detail = `not a pull request run (event ${context.eventName}): no PR comment`;
    logger.info(detail);
    return { outcome: 'skipped', detail };
  }
  try {
    if (request.target !== undefined) {
      const head = await checkPullRequestHead(client, {
        owner: context.owner,
        repo: context.repo,
        pullRequest: request.target.pullRequest,
        headSha: request.target.headSha,
      });
      if (!head.matches) {
        const detail = `PR #${request.target.pullRequest} is at ${head.actualHeadSha}, not at the reported ${request.target.headSha}: no PR comment`;
        logger.warning(
          `${detail}. The report may be outdated, or the envelope names the wrong PR.`,
        );
        return { outcome: 'skipped', detail };
      }
    }
    const result = await upsertStickyComment(client, {
      owner: context.owner,
      repo: context.repo,
      issueNumber,
      gate: request.gate,
      key: request.key,
      body: request.commentBody,
      headSha: request.target?.headSha ?? context.sha,
      runId: context.runId,
      mode: options.comment,
      status: request.status ?? (request.checkRun.conclusion === 'failure' ? 'fail' : 'pass'),
      logger,
      ...(options.identity === undefined ? {} : { identity: options.identity }),
    });
    const detail = `PR comment ${result.action}`;
    return {
      outcome: result.action === 'skipped' ? 'skipped' : 'done',
      detail,
      action: result.action,
      ...(result.commentId === undefined ? {} : { commentId: result.commentId }),
      ...(result.url === undefined ? {} : { url: result.url }),
    };
  } catch (error) {
    return degrade(error, 'the PR comment', 'pull-requests: write', request);
  }
}

async function publishCheck(
  client: GitHubClient,
  request: PublishRequest,
): Promise<PublishResult['checkRun']> {
  const { context, logger } = request;
  if (!request.options.checkRun) return { outcome: 'skipped', detail: 'check-run: false' };
  try {
    const result = await publishCheckRun(client, {
      owner: context.owner,
      repo: context.repo,
      headSha: request.target?.headSha ?? context.sha,
      report: request.checkRun,
      detailsUrl: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`,
      logger,
    });
    return {
      outcome: 'done',
      detail: `check run published (${result.requests} requests)`,
      url: result.url,
      checkRunId: result.checkRunId,
    };
  } catch (error) {
    return degrade(error, 'the check run', 'checks: write', request);
  }
}

/** Turns a failed channel into one warning and a result; never rethrows, so the exit code stays the verdict's. */
function degrade(
  error: unknown,
  channel: string,
  permission: string,
  request: PublishRequest,
): ChannelResult {
  const failure = readRequestFailure(error);
  const answer = describeRequestFailure(failure);
  if (isPermissionFailure(failure)) {
    const fork = request.context.pullRequest?.isFork === true ? ` ${FORK_HINT}` : '';
    const privateRepo =
      failure.status === 404
        ? ' (a 404 on a private repository means the token cannot see it)'
        : '';
    const detail = `could not publish ${channel}: the token lacks \`${permission}\` (${answer}${privateRepo})`;
    request.logger.warning(`${detail}.${fork} ${STILL_AVAILABLE}`);
    return { outcome: 'no-permission', detail };
  }
  const detail = `could not publish ${channel}: ${answer}`;
  request.logger.warning(`${detail}. ${STILL_AVAILABLE}`);
  return { outcome: 'failed', detail };
}

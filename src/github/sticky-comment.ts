/**
 * The sticky PR comment: one comment per gate and key, found again by its hidden marker and
 * edited in place on every run, so a PR carries one up-to-date report per gate instead of a new
 * comment per push.
 *
 * Hidden (minimized) comments: REST reports them in `minimized` (`{ reason }`, or null when
 * visible). A minimized sticky comment is left alone and a fresh one is created, since someone
 * chose to hide it; where the field is absent (older GitHub Enterprise Server), the comment
 * counts as visible.
 */
import type { GateName, Status } from '../verdict/types.js';
import type { Logger } from '../shared/logger.js';
import type { GitHubClient } from './client.js';
import {
  buildCommentBody,
  commentMarker,
  parseComment,
  type CommentMeta,
} from './comment-marker.js';
import {
  isCommentAuthor,
  resolveCommentAuthor,
  type CommentAuthor,
  type CommentUser,
} from './comment-author.js';
import { readRequestFailure } from './request-failure.js';

/**
 * When to write the comment:
 * - `always`: create it, and update it whenever anything differs, the commit/run it names included;
 * - `on-change`: create it, and update it only when the visible content differs;
 * - `on-failure`: create it only when the gate failed or errored, but keep updating one that
 *   exists (so a PR fixed after a failure says so instead of staying red);
 * - `never`: do nothing.
 */
export type CommentMode = 'always' | 'on-change' | 'on-failure' | 'never';

/** What happened to the comment. */
export type StickyCommentAction = 'created' | 'updated' | 'unchanged' | 'skipped' | 'stale';

/** Everything {@link upsertStickyComment} needs. */
export interface StickyCommentRequest {
  owner: string;
  repo: string;
  /** The PR number (PR comments are issue comments). */
  issueNumber: number;
  gate: GateName;
  /** Tells several runs of one gate apart; `[A-Za-z0-9._-]`, up to 64 characters. */
  key: string;
  /** The rendered comment, without markers. */
  body: string;
  /** Head commit the report is about. */
  headSha: string;
  /** `GITHUB_RUN_ID`; a comment written by a higher run id is never overwritten. */
  runId: number;
  mode: CommentMode;
  /** The verdict's status, for `on-failure`. */
  status: Status;
  logger: Logger;
  /** Login the token writes as, when known (e.g. `my-app[bot]`); see comment-author.ts. */
  identity?: string;
}

/** The outcome. */
export interface StickyCommentResult {
  action: StickyCommentAction;
  /** The sticky comment's id, when there is one. */
  commentId?: number;
  /** Its web address. */
  url?: string;
}

/**
 * GitHub rejects comment bodies over 65,536 characters with a 422. Renderers stay below it; this
 * guard keeps an oversized body from losing the whole comment.
 */
const MAX_COMMENT_CHARACTERS = 65_536;
const TRUNCATION_NOTE =
  '\n\n_(Comment cut at GitHub’s 65,536-character limit; the job summary has the full report.)_';
const COMMENTS_PER_PAGE = 100;

/** An issue comment as far as the sticky logic reads it. */
interface ListedComment {
  id: number;
  body?: string;
  html_url: string;
  user: CommentUser | null;
  minimized?: { reason: string | null } | null;
}

/** One of our sticky comments, parsed. */
interface StickyComment {
  id: number;
  url: string;
  /** The body as GitHub stores it, line endings normalised. */
  body: string;
  content: string;
  meta?: CommentMeta;
}

/**
 * Creates or updates the sticky comment of `gate`/`key` on a PR, following `mode`.
 *
 * Reads every page of comments (100 per request). After creating, it reads them again: when a
 * concurrent run created one too, the oldest is kept, the others are deleted, and the kept one
 * carries the newer run's report.
 *
 * @throws ConfigurationError for a bad `key`; the Octokit error of a failed request otherwise
 *   (the caller decides how to degrade).
 */
export async function upsertStickyComment(
  client: GitHubClient,
  request: StickyCommentRequest,
): Promise<StickyCommentResult> {
  const marker = commentMarker(request.gate, request.key);
  if (request.mode === 'never') return { action: 'skipped' };
  const { logger } = request;
  const author = await resolveCommentAuthor(client, request.identity);
  const content = fitToCommentLimit(normaliseNewlines(request.body), marker.length + 200);
  const fullBody = buildCommentBody(marker, { sha: request.headSha, run: request.runId }, content);

  const existing = (await listStickyComments(client, request, marker, author))[0];
  if (existing === undefined) {
    if (request.mode === 'on-failure' && request.status !== 'fail' && request.status !== 'error') {
      logger.info(
        `No ${marker} comment yet and the gate did not fail: nothing to post (comment: on-failure).`,
      );
      return { action: 'skipped' };
    }
    const { data: created } = await client.rest.issues.createComment({
      owner: request.owner,
      repo: request.repo,
      issue_number: request.issueNumber,
      body: fullBody,
    });
    logger.info(`Created PR comment ${created.html_url}`);
    return settleConcurrentCreates(client, request, marker, author, created.id, fullBody);
  }

  if (isNewerRun(existing.meta, request.runId)) {
    logger.info(
      `PR comment ${existing.url} holds the report of run ${existing.meta?.run}, newer than this run ${request.runId}: left as is.`,
    );
    return { action: 'stale', commentId: existing.id, url: existing.url };
  }
  const unchanged =
    request.mode === 'on-change' ? existing.content === content : existing.body === fullBody;
  if (unchanged) {
    logger.info(`PR comment ${existing.url} is already up to date.`);
    return { action: 'unchanged', commentId: existing.id, url: existing.url };
  }
  const { data: updated } = await client.rest.issues.updateComment({
    owner: request.owner,
    repo: request.repo,
    comment_id: existing.id,
    body: fullBody,
  });
  logger.info(`Updated PR comment ${updated.html_url}`);
  return { action: 'updated', commentId: updated.id, url: updated.html_url };
}

/**
 * After a create: when a concurrent run also created one (both saw none, both posted), keep the
 * oldest, delete the rest (both runs do the same, so a delete may find the comment gone), and
 * make sure the kept one carries the newer run's report.
 */
async function settleConcurrentCreates(
  client: GitHubClient,
  request: StickyCommentRequest,
  marker: string,
  author: CommentAuthor,
  createdId: number,
  fullBody: string,
): Promise<StickyCommentResult> {
  const all = await listStickyComments(client, request, marker, author);
  const [kept, ...duplicates] = all;
  if (kept === undefined) return { action: 'created', commentId: createdId };
  for (const duplicate of duplicates) {
    try {
      await client.rest.issues.deleteComment({
        owner: request.owner,
        repo: request.repo,
        comment_id: duplicate.id,
      });
      request.logger.info(
        `Deleted duplicate PR comment ${duplicate.url} left by a concurrent run.`,
      );
    } catch (error) {
      // The other run may have deleted it first.
      if (readRequestFailure(error).status !== 404) throw error;
    }
  }
  if (kept.id === createdId) return { action: 'created', commentId: kept.id, url: kept.url };
  if (isNewerRun(kept.meta, request.runId))
    return { action: 'stale', commentId: kept.id, url: kept.url };
  if (kept.body === fullBody) return { action: 'unchanged', commentId: kept.id, url: kept.url };
  const { data: updated } = await client.rest.issues.updateComment({
    owner: request.owner,
    repo: request.repo,
    comment_id: kept.id,
    body: fullBody,
  });
  return { action: 'updated', commentId: updated.id, url: updated.html_url };
}

/** Our visible sticky comments for the marker, oldest first (ids grow with creation time). */
async function listStickyComments(
  client: GitHubClient,
  request: StickyCommentRequest,
  marker: string,
  author: CommentAuthor,
): Promise<StickyComment[]> {
  const comments: ListedComment[] = await client.paginate(client.rest.issues.listComments, {
    owner: request.owner,
    repo: request.repo,
    issue_number: request.issueNumber,
    per_page: COMMENTS_PER_PAGE,
  });
  const ours: StickyComment[] = [];
  for (const comment of comments) {
    if (comment.minimized !== undefined && comment.minimized !== null) continue;
    if (!isCommentAuthor(author, comment.user)) continue;
    const body = normaliseNewlines(comment.body ?? '');
    const parsed = parseComment(body, marker);
    if (parsed === undefined) continue;
    ours.push({
      id: comment.id,
      url: comment.html_url,
      body,
      content: parsed.content,
      ...(parsed.meta ? { meta: parsed.meta } : {}),
    });
  }
  return ours.sort((a, b) => a.id - b.id);
}

/** True when the comment was written by a later run than `runId` (re-runs keep their id). */
function isNewerRun(meta: CommentMeta | undefined, runId: number): boolean {
  return meta !== undefined && meta.run > runId;
}

function normaliseNewlines(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

/** Cuts `content` so that content plus a header of `headerAllowance` characters fits GitHub's limit. */
function fitToCommentLimit(content: string, headerAllowance: number): string {
  const room = MAX_COMMENT_CHARACTERS - headerAllowance;
  if (content.length <= room) return content;
  // Cut on a line break so no Markdown table row or HTML tag is left half-open.
  const cut = content.slice(0, room - TRUNCATION_NOTE.length);
  const lastBreak = cut.lastIndexOf('\n');
  return `${lastBreak > 0 ? cut.slice(0, lastBreak) : cut}${TRUNCATION_NOTE}`;
}

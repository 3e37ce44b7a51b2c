/** The GitHub side of the suite: run context, client, sticky comment, check run, publishing. */
export { readRunContext } from './context.js';
export type { RunContext, RunEvent, PullRequestContext, TriggeringRunContext } from './context.js';
export { createGitHubClient } from './client.js';
export type { GitHubClient, GitHubClientOptions } from './client.js';
export { upsertStickyComment } from './sticky-comment.js';
export type {
  CommentMode,
  StickyCommentAction,
  StickyCommentRequest,
  StickyCommentResult,
} from './sticky-comment.js';
export { assertCommentKey, commentMarker } from './comment-marker.js';
export { publishCheckRun, ANNOTATIONS_PER_REQUEST } from './check-run.js';
export type { CheckRunRequest, CheckRunResult } from './check-run.js';
export { publishVerdict } from './publish.js';
export {
  syncTrackingIssue,
  trackingIssueMarker,
  DEFAULT_TRACKING_LABEL,
} from './tracking-issue.js';
export type {
  TrackingIssueProblem,
  TrackingIssueRequest,
  TrackingIssueResult,
} from './tracking-issue.js';
export { checkPullRequestHead } from './pull-request-head.js';
export type { PullRequestHeadCheck, PullRequestHeadRequest } from './pull-request-head.js';
export type {
  ChannelOutcome,
  ChannelResult,
  PublishOptions,
  PublishRequest,
  PublishResult,
  PublishTarget,
} from './publish.js';
export {
  assertEnvelopeMatchesRun,
  buildVerdictEnvelope,
  parseVerdictEnvelope,
  ENVELOPE_SCHEMA,
  MAX_ENVELOPE_BYTES,
} from './artifact.js';
export type { RenderedReports, VerdictEnvelope } from './artifact.js';

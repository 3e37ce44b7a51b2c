/**
 * The tracking issue of a scheduled job. A nightly run has no pull request to comment on, so a
 * failing night opens an issue, each further failing night comments on it (one issue per
 * episode, not one per night), and the first passing night writes a recovery comment and closes
 * it. The next failure opens a new issue that names the one it follows.
 *
 * The issue is found again by its label AND a hidden marker on the first line of its body,
 * `<!-- kaizen-gates:tracking:KEY -->`, among open issues (every page of them).
 *
 * Whose issues count: anyone's, unlike the sticky PR comment (comment-author.ts). A label can
 * only be put on an issue by someone with triage or write access (GitHub silently drops the
 * labels of an issue opened by anyone else), so label plus marker already means a trusted hand;
 * and adopting a forged issue can do no harm worth guarding against: the night's report still
 * lands on it, and the verdict never depends on it. Restricting to the token's login would
 * instead orphan the open issue, and open a duplicate, whenever the workflow changes its token
 * (`GITHUB_TOKEN` to a GitHub App or a PAT).
 *
 * Concurrency: two runs of one job failing at the same time may both see no open issue and both
 * open one. After creating, the issue list is read again; the oldest open issue is kept and a
 * run whose own issue is newer closes it as a duplicate and comments its report on the kept one
 * instead. This holds as long as GitHub's issue list shows each run the other's issue by the
 * time it re-reads (it normally does); when both re-reads miss each other, the next night finds
 * two open issues, comments on the oldest and closes the rest as duplicates. A workflow
 * `concurrency:` group per job avoids the race altogether.
 *
 * Like publishing, this is a courtesy on top of the verdict: without a token it is skipped, a
 * missing permission (403 without `issues: write`) or disabled issues (410) become one warning,
 * and nothing here throws for an API error, so the job's exit code stays the verdict's.
 */
import { ConfigurationError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { inlineCode } from '../report/escape.js';
import { sanitizeText, truncateText } from '../report/text.js';
import type { GitHubClient } from './client.js';
import {
  describeRequestFailure,
  isPermissionFailure,
  readRequestFailure,
} from './request-failure.js';

/** The label tracking issues carry when the caller names none. */
export const DEFAULT_TRACKING_LABEL = 'kaizen-gates';

/** Everything {@link syncTrackingIssue} needs. */
export interface TrackingIssueRequest {
  /** Undefined when there is no token: nothing is done. */
  client: GitHubClient | undefined;
  owner: string;
  repo: string;
  /**
   * The job the issue tracks, e.g. `soak/nightly`: any text of 1 to 100 characters without line
   * breaks. It is percent-encoded in the marker, so it can neither close nor forge it.
   */
  key: string;
  /**
   * Label the issue carries and is found by (default {@link DEFAULT_TRACKING_LABEL}); up to 50
   * characters (GitHub's limit), no comma (the list filter separates labels with commas).
   * Created when missing.
   */
  label?: string;
  /** Whether tonight's run failed. */
  failing: boolean;
  /** Issue title (plain text; line breaks become spaces, cut at 256 characters). */
  title: string;
  /**
   * Tonight's report in Markdown, already escaped by the caller. It becomes the body of a new
   * issue, or a comment; cut on a line break (with a note) to fit GitHub's 65,536 characters.
   */
  body: string;
  /** Web address of the run, linked from every issue body and comment (`http(s)://` only). */
  runUrl?: string;
  logger: Logger;
}

/** Why nothing (or not everything) was written. */
export type TrackingIssueProblem =
  /** No token. */
  | 'no-token'
  /** The repository has issues turned off (410). */
  | 'issues-disabled'
  /** The token lacks `issues: write` (403), or cannot see the repository (404). */
  | 'no-permission'
  /** Any other API failure, server errors after the client's retries included. */
  | 'api-error';

/** What happened. */
export type TrackingIssueResult =
  | {
      /** A new issue was opened (tonight failed and none was open). */
      action: 'opened';
      issueNumber: number;
      url: string;
      /** The closed tracking issue this one follows, when there was one. */
      follows?: number;
      detail: string;
    }
  | {
      /**
       * `commented`: tonight failed and the open issue got tonight's report;
       * `closed`: tonight passed and the open issue got a recovery comment and was closed.
       */
      action: 'commented' | 'closed';
      issueNumber: number;
      url: string;
      detail: string;
    }
  | {
      /** Tonight passed and no tracking issue was open. */
      action: 'nothing';
      detail: string;
    }
  | {
      /** `skipped`: not attempted (no token, issues disabled); `failed`: GitHub refused or broke. */
      action: 'skipped' | 'failed';
      reason: TrackingIssueProblem;
      /** One line for logs: why, and what was done before the failure. */
      detail: string;
      /** The issue being worked on when the failure came, if any. */
      issueNumber?: number;
    };

/**
 * GitHub rejects issue and comment bodies over 65,536 characters with a 422. The report is cut
 * below that so the issue still opens (the job summary keeps the whole report).
 */
const MAX_BODY_CHARACTERS = 65_536;
const TRUNCATION_NOTE =
  '_(Cut at GitHub’s 65,536-character limit; the job summary has the full report.)_';
/** GitHub's limit on issue titles. */
const MAX_TITLE_CHARACTERS = 256;
/** GitHub's limit on label names. */
const MAX_LABEL_CHARACTERS = 50;
const MAX_KEY_CHARACTERS = 100;
const ISSUES_PER_PAGE = 100;
const LABEL_COLOR = 'b60205';
const LABEL_DESCRIPTION = 'Tracking issue of a failing scheduled job (kaizen-gates)';
const PERMISSION = 'issues: write';
const STILL_AVAILABLE = 'The report is still in the job summary and this log.';

/** An issue as far as this module reads it. */
interface ListedIssue {
  number: number;
  html_url: string;
  body?: string | null;
  pull_request?: unknown;
}

/** One of our tracking issues. */
interface TrackingIssue {
  number: number;
  url: string;
}

/**
 * The hidden first line of a tracking issue's body for `key`, e.g.
 * `<!-- kaizen-gates:tracking:soak/nightly -->`. Every character of the key outside
 * `[A-Za-z0-9._/-]` is percent-encoded (UTF-8), so `-->`, `<!--` and line breaks cannot appear,
 * and two different keys never share a marker.
 *
 * @throws ConfigurationError when the key is empty, longer than 100 characters or holds a line break.
 */
export function trackingIssueMarker(key: string): string {
  assertTrackingKey(key);
  return `<!-- kaizen-gates:tracking:${encodeKey(key)} -->`;
}

/**
 * Opens, comments on or closes the tracking issue of `key` after tonight's run (see the module
 * comment for the lifecycle, whose issues count, and the limits under concurrency).
 *
 * @throws ConfigurationError for a bad key or label or an empty title (checked before any
 *   request); never for API errors, which come back as `skipped`/`failed` results after one
 *   warning.
 */
export async function syncTrackingIssue(
  request: TrackingIssueRequest,
): Promise<TrackingIssueResult> {
  const marker = trackingIssueMarker(request.key);
  const label = request.label ?? DEFAULT_TRACKING_LABEL;
  assertLabel(label);
  const title = fitTitle(request.title);
  const { client, logger } = request;
  if (client === undefined) {
    const detail = 'no GitHub token: no tracking issue';
    logger.info(`${detail}. ${STILL_AVAILABLE}`);
    return { action: 'skipped', reason: 'no-token', detail };
  }
  const run: Run = { client, request, marker, label, title, done: [], current: undefined };
  try {
    const open = await listTrackingIssues(run, 'open');
    if (!request.failing) return await recover(run, open);
    const [kept, ...duplicates] = open;
    if (kept === undefined) return await openIssue(run);
    return await reportOn(run, kept, duplicates);
  } catch (error) {
    return degrade(run, error);
  }
}

/** State of one call, for the steps and for the failure message. */
interface Run {
  client: GitHubClient;
  request: TrackingIssueRequest;
  marker: string;
  label: string;
  /** The title, fitted to GitHub's limit. */
  title: string;
  /** What was done so far, for the detail of a failure half-way. */
  done: string[];
  /** The issue being worked on. */
  current: number | undefined;
}

/** Passing night: a recovery comment on every open tracking issue, then close it as completed. */
async function recover(run: Run, open: TrackingIssue[]): Promise<TrackingIssueResult> {
  const { request } = run;
  const [first] = open;
  if (first === undefined) {
    const detail = `the job passed and no tracking issue is open for ${request.key}`;
    request.logger.info(`${detail}: nothing to do.`);
    return { action: 'nothing', detail };
  }
  const recovery = withRunLink('**Recovered**: the job passed again', request.runUrl, '.');
  for (const issue of open) {
    run.current = issue.number;
    await comment(run, issue, `${recovery} Closing this issue.\n\n${request.body}`);
    await close(run, issue, 'completed');
  }
  const others = open.length > 1 ? ` (and ${open.length - 1} duplicate(s))` : '';
  const detail = `closed tracking issue #${first.number}${others}: the job passed again`;
  request.logger.info(`Tracking issue ${first.url}: the job passed again; closed.`);
  return { action: 'closed', issueNumber: first.number, url: first.url, detail };
}

/** Failing night with an open issue: tonight's report as a comment; duplicates closed. */
async function reportOn(
  run: Run,
  kept: TrackingIssue,
  duplicates: readonly TrackingIssue[],
): Promise<TrackingIssueResult> {
  const { request } = run;
  run.current = kept.number;
  await comment(
    run,
    kept,
    `${withRunLink('**Still failing**', request.runUrl, '.')}\n\n${request.body}`,
  );
  await closeDuplicates(run, kept, duplicates);
  request.logger.info(`Tracking issue ${kept.url}: still failing; added tonight's report.`);
  return {
    action: 'commented',
    issueNumber: kept.number,
    url: kept.url,
    detail: `commented on tracking issue #${kept.number}: still failing`,
  };
}

/** First failing night: label, issue, then the re-check for a concurrent run's issue. */
async function openIssue(run: Run): Promise<TrackingIssueResult> {
  const { client, request, label } = run;
  const previous = await latestClosedIssue(run);
  await ensureLabel(run);
  const follows = previous === undefined ? '' : `_Follows #${previous.number}._\n\n`;
  const footer = `\n\n---\n${withRunLink(
    `_Opened by kaizen-gates for ${inlineCode(request.key)}`,
    request.runUrl,
    '',
  )}; each further failing night adds a comment, and the first passing night closes it._`;
  const body = fitBody(`${run.marker}\n${follows}`, request.body, footer);
  const { data: created } = await client.rest.issues.create({
    owner: request.owner,
    repo: request.repo,
    title: run.title,
    body,
    labels: [label],
  });
  run.current = created.number;
  run.done.push(`opened #${created.number}`);
  const ours: TrackingIssue = { number: created.number, url: created.html_url };
  const carriesLabel = created.labels.some(
    (item) => (typeof item === 'string' ? item : item.name)?.toLowerCase() === label.toLowerCase(),
  );
  if (!carriesLabel) {
    request.logger.warning(
      `Tracking issue ${ours.url} was opened without the label ${JSON.stringify(label)} (GitHub drops labels the token may not set), so later runs will not find it.`,
    );
  }

  const open = await listTrackingIssues(run, 'open');
  const oldest = [...open, ours].sort((a, b) => a.number - b.number)[0] ?? ours;
  if (oldest.number !== ours.number) {
    // A concurrent run opened one first: ours becomes a duplicate, its report a comment there.
    await closeDuplicates(run, oldest, [ours]);
    return reportOn(run, oldest, []);
  }
  request.logger.info(`Opened tracking issue ${ours.url}.`);
  return {
    action: 'opened',
    issueNumber: ours.number,
    url: ours.url,
    ...(previous === undefined ? {} : { follows: previous.number }),
    detail: `opened tracking issue #${ours.number}${previous === undefined ? '' : ` (follows #${previous.number})`}`,
  };
}

/** Closes `duplicates` of `kept` as not planned, each with a "Duplicate of" comment. */
async function closeDuplicates(
  run: Run,
  kept: TrackingIssue,
  duplicates: readonly TrackingIssue[],
): Promise<void> {
  for (const duplicate of duplicates) {
    run.current = duplicate.number;
    // "Duplicate of #n" is also what GitHub recognises to mark the issue as a duplicate.
    await comment(
      run,
      duplicate,
      `Duplicate of #${kept.number}: two runs opened a tracking issue for the same job; the reports continue there.`,
    );
    await close(run, duplicate, 'not_planned');
    run.request.logger.info(`Closed ${duplicate.url} as a duplicate of #${kept.number}.`);
  }
  run.current = kept.number;
}

async function comment(run: Run, issue: TrackingIssue, text: string): Promise<void> {
  const { client, request } = run;
  await client.rest.issues.createComment({
    owner: request.owner,
    repo: request.repo,
    issue_number: issue.number,
    body: fitBody('', text, ''),
  });
  run.done.push(`commented on #${issue.number}`);
}

async function close(
  run: Run,
  issue: TrackingIssue,
  reason: 'completed' | 'not_planned',
): Promise<void> {
  const { client, request } = run;
  await client.rest.issues.update({
    owner: request.owner,
    repo: request.repo,
    issue_number: issue.number,
    state: 'closed',
    state_reason: reason,
  });
  run.done.push(`closed #${issue.number}`);
}

/** Our tracking issues in `state`, oldest first, read from every page. */
async function listTrackingIssues(run: Run, state: 'open'): Promise<TrackingIssue[]> {
  const { client, request } = run;
  const issues: ListedIssue[] = await client.paginate(client.rest.issues.listForRepo, {
    owner: request.owner,
    repo: request.repo,
    labels: run.label,
    state,
    sort: 'created',
    direction: 'asc',
    per_page: ISSUES_PER_PAGE,
  });
  return issues
    .filter((issue) => isTrackingIssue(issue, run.marker))
    .map((issue) => ({ number: issue.number, url: issue.html_url }))
    .sort((a, b) => a.number - b.number);
}

/**
 * The most recently created closed tracking issue, from the first page only (100 issues): it is
 * only named in the new issue's body, and reading the whole closed history every failing night
 * would grow without bound.
 */
async function latestClosedIssue(run: Run): Promise<TrackingIssue | undefined> {
  const { client, request } = run;
  const { data } = await client.rest.issues.listForRepo({
    owner: request.owner,
    repo: request.repo,
    labels: run.label,
    state: 'closed',
    sort: 'created',
    direction: 'desc',
    per_page: ISSUES_PER_PAGE,
  });
  const found = data.find((issue) => isTrackingIssue(issue, run.marker));
  return found === undefined ? undefined : { number: found.number, url: found.html_url };
}

/**
 * Creates the label, so it gets a colour and a description; 422 means it exists already. Any
 * other refusal is left to the issue create, which fails the same way or (as GitHub creates
 * missing labels named by an issue) still carries the label.
 */
async function ensureLabel(run: Run): Promise<void> {
  const { client, request } = run;
  try {
    await client.rest.issues.createLabel({
      owner: request.owner,
      repo: request.repo,
      name: run.label,
      color: LABEL_COLOR,
      description: LABEL_DESCRIPTION,
    });
    request.logger.info(`Created the label ${JSON.stringify(run.label)}.`);
  } catch (error) {
    const failure = readRequestFailure(error);
    if (failure.status !== 422) {
      request.logger.debug(
        `Could not create the label ${JSON.stringify(run.label)} (${describeRequestFailure(failure)}); opening the issue anyway.`,
      );
    }
  }
}

/** True for an issue (not a pull request) whose body's first line is `marker`. */
function isTrackingIssue(issue: ListedIssue, marker: string): boolean {
  if (issue.pull_request !== undefined && issue.pull_request !== null) return false;
  const firstLine = (issue.body ?? '').replace(/\r\n/g, '\n').split('\n')[0] ?? '';
  return firstLine.trim() === marker;
}

/** Turns an API failure into one warning and a result; never rethrows. */
function degrade(run: Run, error: unknown): TrackingIssueResult {
  const { request } = run;
  const failure = readRequestFailure(error);
  const answer = describeRequestFailure(failure);
  const progress = run.done.length === 0 ? '' : ` after it ${run.done.join(', ')}`;
  const at = run.current === undefined ? {} : { issueNumber: run.current };
  if (failure.status === 410) {
    const detail = `issues are disabled in ${request.owner}/${request.repo} (${answer}): no tracking issue`;
    request.logger.warning(
      `${detail}. Turn Issues on in the repository settings, or the tracking issue off. ${STILL_AVAILABLE}`,
    );
    return { action: 'skipped', reason: 'issues-disabled', detail, ...at };
  }
  if (isPermissionFailure(failure)) {
    const privateRepo =
      failure.status === 404
        ? ' (a 404 on a private repository means the token cannot see it)'
        : '';
    const detail = `could not update the tracking issue${progress}: the token lacks \`${PERMISSION}\` (${answer}${privateRepo})`;
    request.logger.warning(
      `${detail}. Add \`${PERMISSION}\` to the job's \`permissions:\`. ${STILL_AVAILABLE}`,
    );
    return { action: 'failed', reason: 'no-permission', detail, ...at };
  }
  const detail = `could not update the tracking issue${progress}: ${answer}`;
  request.logger.warning(`${detail}. ${STILL_AVAILABLE}`);
  return { action: 'failed', reason: 'api-error', detail, ...at };
}

/** `text` followed by a link to the run when there is a usable one, then `end`. */
function withRunLink(text: string, runUrl: string | undefined, end: string): string {
  // Only a plain http(s) address becomes a link: nothing in it can end the link or the line.
  if (runUrl === undefined || !/^https?:\/\/[^\s<>()[\]`]+$/.test(runUrl)) return `${text}${end}`;
  return `${text} in [this run](${runUrl})${end}`;
}

/** The title as GitHub takes it: one line, at most 256 characters. */
function fitTitle(title: string): string {
  const line = sanitizeText(title).trim();
  if (line === '') throw new ConfigurationError('tracking issue title must not be empty');
  return truncateText(line, MAX_TITLE_CHARACTERS);
}

/**
 * `head + content + tail` within GitHub's body limit. When it does not fit, `content` is cut on
 * a line break, a code fence or `<details>` left open by the cut is closed, and a note says so.
 */
function fitBody(head: string, content: string, tail: string): string {
  const text = content.replace(/\r\n/g, '\n');
  if (head.length + text.length + tail.length <= MAX_BODY_CHARACTERS)
    return `${head}${text}${tail}`;
  // Room for the closers that may be needed (a fence of up to 16 backticks, `</details>` each).
  const reserve = head.length + tail.length + TRUNCATION_NOTE.length + 64;
  let cut = text.slice(0, Math.max(0, MAX_BODY_CHARACTERS - reserve));
  const lastBreak = cut.lastIndexOf('\n');
  cut = lastBreak > 0 ? cut.slice(0, lastBreak) : cut.replace(/[\uD800-\uDBFF]$/, '');
  const closers: string[] = [];
  const fence = openFence(cut);
  if (fence !== undefined) closers.push(fence);
  let openDetails = countMatches(cut, /<details\b/gi) - countMatches(cut, /<\/details>/gi);
  // Details nested deeper than a few levels are left as GitHub renders them.
  for (; openDetails > 0 && closers.length < 4; openDetails--) closers.push('</details>');
  const closing = closers.map((line) => `\n${line}`).join('');
  return `${head}${cut}${closing}\n\n${TRUNCATION_NOTE}${tail}`;
}

/** The fence that closes a fenced code block left open at the end of `text`, if any. */
function openFence(text: string): string | undefined {
  let open: { char: string; length: number } | undefined;
  for (const line of text.split('\n')) {
    const match = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (match?.[1] === undefined) continue;
    const run = match[1];
    if (open === undefined) open = { char: run.charAt(0), length: run.length };
    else if (run.charAt(0) === open.char && run.length >= open.length && line.trim() === run)
      open = undefined;
  }
  return open === undefined ? undefined : open.char.repeat(Math.min(open.length, 16));
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function assertTrackingKey(key: string): void {
  if (key.length === 0 || key.length > MAX_KEY_CHARACTERS || /[\r\n]/.test(key)) {
    throw new ConfigurationError(
      `tracking issue key must be 1 to ${MAX_KEY_CHARACTERS} characters on one line, got ${JSON.stringify(key.slice(0, 120))}`,
    );
  }
}

function assertLabel(label: string): void {
  if (
    label.trim() === '' ||
    label.length > MAX_LABEL_CHARACTERS ||
    label.includes(',') ||
    /[\r\n]/.test(label)
  ) {
    throw new ConfigurationError(
      `tracking issue label must be 1 to ${MAX_LABEL_CHARACTERS} characters without commas or line breaks, got ${JSON.stringify(label.slice(0, 80))}`,
    );
  }
}

/** Percent-encodes every UTF-8 byte of `key` outside `[A-Za-z0-9._/-]`. */
function encodeKey(key: string): string {
  let encoded = '';
  for (const char of key) {
    if (/^[A-Za-z0-9._/-]$/.test(char)) {
      encoded += char;
      continue;
    }
    for (const byte of new TextEncoder().encode(char))
      encoded += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

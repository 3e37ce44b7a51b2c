/**
 * The files a pull request changes and, from each file's patch, the lines it adds: what gates
 * need to annotate only what a pull request touched. Read with `GET
 * /repos/{owner}/{repo}/pulls/{pull_number}/files` (needs `pull-requests: read`, which the
 * read-only token of a fork PR has).
 */
import type { Logger } from '../shared/logger.js';
import { changedFilesOf, type ChangeLookup, type ChangedLines } from '../diff/changed-lines.js';
import { addedLinesOfPatch } from '../diff/unified-diff.js';
import type { GitHubClient } from './client.js';
import type { RunContext } from './context.js';
import {
  describeRequestFailure,
  isPermissionFailure,
  readRequestFailure,
} from './request-failure.js';

/**
 * GitHub lists at most this many files of a pull request ("Responses include a maximum of 3000
 * files"); a list this long may be cut, so files past it would wrongly count as unchanged.
 */
export const PULL_REQUEST_FILES_LIMIT = 3000;

/** Files per page: the most the endpoint allows, so 3,000 files take 30 requests. */
const FILES_PER_PAGE = 100;

/** One file of a pull request, on its head side. */
export interface PullRequestFile {
  /** Repository-relative path in the head commit. */
  path: string;
  /** The path before a rename or copy. */
  previousPath?: string;
  /** GitHub's status: `added`, `modified`, `renamed`, `copied`, `changed`, `unchanged`. */
  status: string;
  /**
   * The head's lines the pull request adds. `whole-file` when GitHub sent no patch for a file
   * with changes (it leaves patches out of big diffs) or the patch could not be read.
   */
  lines: ChangedLines;
}

/** A pull request's files. */
export interface PullRequestFiles {
  /** Files with a head version (removed files are left out: no line of them can hold a finding). */
  files: PullRequestFile[];
  /** True when GitHub returned {@link PULL_REQUEST_FILES_LIMIT} files: the list may be cut. */
  truncated: boolean;
}

/** Which pull request. */
export interface PullRequestFilesRequest {
  owner: string;
  repo: string;
  pullRequest: number;
}

/**
 * Lists the pull request's files with the lines each adds, following every page.
 *
 * @throws the Octokit error of a failed request (403 without `pull-requests: read`, 404 for a
 *   pull request the token cannot see); the caller decides how to degrade.
 */
export async function listPullRequestFiles(
  client: GitHubClient,
  request: PullRequestFilesRequest,
): Promise<PullRequestFiles> {
  const listed = await client.paginate(client.rest.pulls.listFiles, {
    owner: request.owner,
    repo: request.repo,
    pull_number: request.pullRequest,
    per_page: FILES_PER_PAGE,
  });
  const files: PullRequestFile[] = [];
  for (const file of listed) {
    if (file.status === 'removed') continue;
    files.push({
      path: file.filename,
      ...(file.previous_filename === undefined ? {} : { previousPath: file.previous_filename }),
      status: file.status,
      lines: linesOf(file.patch, file.changes),
    });
  }
  return { files, truncated: listed.length >= PULL_REQUEST_FILES_LIMIT };
}

/**
 * Lines a file's patch adds. Without a patch, `changes` tells a pure rename or mode change (0:
 * no line changed) from a diff GitHub found too big to send (the whole file counts as changed,
 * so nothing in it escapes review).
 */
function linesOf(patch: string | undefined, changes: number): ChangedLines {
  if (patch === undefined || patch === '') return changes === 0 ? [] : 'whole-file';
  try {
    return addedLinesOfPatch(patch);
  } catch {
    return 'whole-file';
  }
}

/**
 * The change under review of a pull request run, for scoping findings. Never throws: a run that
 * is not about a pull request, a missing token, a missing permission, an API failure or a list
 * GitHub cut at 3,000 files each become an `unavailable` lookup with a reason for the reader
 * (the caller logs it, once, with what it does instead). `root` is the absolute directory the
 * repository's paths are relative to (the working directory of a normal checkout).
 */
export async function pullRequestChanges(
  client: GitHubClient | undefined,
  context: RunContext,
  logger: Logger,
  root?: string,
): Promise<ChangeLookup> {
  const pullRequest = context.pullRequest;
  if (pullRequest === undefined) {
    return {
      kind: 'unavailable',
      reason: `this run is not about a pull request (event ${context.eventName})`,
      problem: false,
    };
  }
  if (client === undefined) {
    return {
      kind: 'unavailable',
      reason: `no GitHub token to list the files of pull request #${pullRequest.number}`,
      problem: true,
    };
  }
  let listed: PullRequestFiles;
  try {
    listed = await listPullRequestFiles(client, {
      owner: context.owner,
      repo: context.repo,
      pullRequest: pullRequest.number,
    });
  } catch (error) {
    const failure = readRequestFailure(error);
    const permission = isPermissionFailure(failure)
      ? ' (the token needs `pull-requests: read`)'
      : '';
    return {
      kind: 'unavailable',
      reason: `could not list the files of pull request #${pullRequest.number}: ${describeRequestFailure(failure)}${permission}`,
      problem: true,
    };
  }
  if (listed.truncated) {
    return {
      kind: 'unavailable',
      reason: `pull request #${pullRequest.number} changes ${PULL_REQUEST_FILES_LIMIT.toLocaleString('en-US')} files or more, more than GitHub lists`,
      problem: true,
    };
  }
  logger.info(`Pull request #${pullRequest.number} changes ${listed.files.length} files`);
  return {
    kind: 'changes',
    changes: changedFilesOf(listed.files, root),
    against: `by pull request #${pullRequest.number}`,
  };
}

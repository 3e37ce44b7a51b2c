/**
 * The run logs' transport: a JSON-lines file per gate and suite on a data branch of the
 * repository (default `kaizen-data`), read with the contents API and appended with optimistic
 * concurrency, so that concurrent workflow runs never lose each other's lines. Needs
 * `contents: write`. Generic over the gate's record: the {@link LogKind} says what a line holds.
 *
 * Why the contents API: one PUT both writes the file and commits, and it carries the blob sha the
 * new text was derived from; GitHub refuses it (409, or 422 for a missing or stale `sha`) when
 * another writer committed in between. The loser re-reads, re-applies its append and tries again
 * after a short jittered wait. The data branch is created as an orphan (a root commit holding
 * only the data file) so it shares no history with the code and never shows up as mergeable.
 */
import type { GitHubClient } from '../github/client.js';
import { describeRequestFailure, readRequestFailure } from '../github/request-failure.js';
import { ConfigurationError } from '../shared/errors.js';
import { isRecord } from '../shared/is-record.js';
import type { Logger } from '../shared/logger.js';
import { appendToLog, type LogEntry, type LogKind } from './log.js';

/** Default data branch of the run logs. */
export const DEFAULT_HISTORY_BRANCH = 'kaizen-data';

/** Where a log file lives. */
export interface HistoryLocation {
  owner: string;
  repo: string;
  /** Data branch, without `refs/heads/`. */
  branch: string;
  /** Path of the file on that branch, e.g. `bench/default.jsonl`. */
  path: string;
}

/** A log file as read: its text and the blob sha a write must name. */
export interface HistoryFile {
  text: string;
  /** Blob sha of the file; the optimistic-concurrency token of the next PUT. */
  sha?: string;
}

/** How to append one entry. */
export interface AppendToHistoryOptions<R extends object> extends HistoryLocation {
  /** The run to store. */
  entry: LogEntry<R>;
  /** Readable entries the file keeps (see {@link appendToLog}); default 500. */
  retention?: number;
  /** Read-append-write attempts before giving up on conflicts; default 5. */
  maxAttempts?: number;
  /** Where conflicts and outcomes are reported (never the token). */
  logger: Logger;
  /** Waits `ms` milliseconds; tests inject an instant one. */
  sleep?: (ms: number) => Promise<void>;
  /** Uniform in [0, 1), for the jitter; tests may inject a fixed one. */
  random?: () => number;
}

/** What an append did. */
export interface AppendToHistoryResult {
  /**
   * `created-branch`: the data branch did not exist and was made with the file;
   * `appended`: the file was written; `already-present`: this run (sha and run id) was stored
   * before, nothing was written.
   */
  outcome: 'created-branch' | 'appended' | 'already-present';
  /** Read-append-write rounds it took (1 without conflicts). */
  attempts: number;
  /** The commit written, unless nothing was. */
  commitSha?: string;
}

/** Thrown when every attempt lost the race to another writer. */
export class HistoryConflictError extends Error {
  override name = 'HistoryConflictError';
}

/** First wait after a conflict; doubled each attempt, times a jitter in [0.5, 1.5). */
const BASE_BACKOFF_MS = 250;

/**
 * Reads a log file from the data branch; undefined when the branch or the file does not exist.
 * Files over 1 MB come back from the contents API without content (`encoding: none`), so those
 * are fetched through the git blobs API by their sha, which serves up to 100 MB as base64 JSON
 * (the raw media type would also work, but its non-JSON answer bypasses the schema-checked path
 * every other call takes).
 *
 * @param noun - names the file in messages, e.g. `bench history`.
 * @throws {ConfigurationError} when the path is a directory or a symlink.
 * @throws the Octokit error of any other failure (403 without `contents: read`, 5xx...).
 */
export async function readHistoryFile(
  client: GitHubClient,
  location: HistoryLocation,
  noun = 'history',
): Promise<HistoryFile | undefined> {
  const { owner, repo, branch, path } = location;
  let data: unknown;
  try {
    ({ data } = await client.rest.repos.getContent({ owner, repo, path, ref: branch }));
  } catch (error) {
    if (readRequestFailure(error).status === 404) return undefined;
    throw error;
  }
  if (
    !isRecord(data) ||
    data['type'] !== 'file' ||
    typeof data['sha'] !== 'string' ||
    typeof data['content'] !== 'string'
  ) {
    throw new ConfigurationError(
      `The ${noun} ${branch}:${path} is not a file (found ${Array.isArray(data) ? 'a directory' : `type ${String(isRecord(data) ? data['type'] : data)}`}).`,
    );
  }
  const sha = data['sha'];
  if (data['encoding'] === 'base64') return { text: decodeBase64(data['content']), sha };
  if (data['size'] === 0) return { text: '', sha };
  const blob = await client.rest.git.getBlob({ owner, repo, file_sha: sha });
  const text =
    blob.data.encoding === 'base64' ? decodeBase64(blob.data.content) : blob.data.content;
  return { text, sha };
}

/**
 * Appends `entry` to its log file (read, {@link appendToLog}, write with the read blob sha), retrying on a concurrent write up to `maxAttempts` times with jittered exponential
 * waits. Creates the data branch as an orphan when it does not exist; when another run creates
 * it first ("Reference already exists"), appends to theirs instead.
 *
 * @throws {HistoryConflictError} when every attempt met a concurrent write.
 * @throws the Octokit error of any other failure, e.g. 403 without `contents: write`: the caller
 *   warns and carries on (history is a convenience, never a reason to fail the gate).
 * @throws {ConfigurationError} when the existing file is hostile (see parseLog).
 */
export async function appendToHistoryBranch<R extends object>(
  client: GitHubClient,
  kind: LogKind<R>,
  options: AppendToHistoryOptions<R>,
): Promise<AppendToHistoryResult> {
  const { owner, repo, branch, path, entry, logger } = options;
  const maxAttempts = options.maxAttempts ?? 5;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new Error(
      `appendToHistoryBranch: maxAttempts must be a positive integer, got ${maxAttempts}`,
    );
  }
  const where = `${branch}:${path}`;
  const message = `kaizen-gates: ${kind.noun} for ${entry.suite} at ${entry.sha.slice(0, 7)}`;
  const noun = `${kind.noun.charAt(0).toUpperCase()}${kind.noun.slice(1)}`;
  let lastConflict = '';
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    if (attempt > 1) {
      const wait = Math.round(BASE_BACKOFF_MS * 2 ** (attempt - 2) * (0.5 + random()));
      logger.info(
        `${noun} ${where} changed under us (${lastConflict}); retrying in ${wait} ms (attempt ${attempt} of ${maxAttempts})`,
      );
      await sleep(wait);
    }
    const current = await readHistoryFile(client, options, kind.noun);
    const next = appendToLog(kind, current?.text ?? '', entry, options.retention, where);
    if (current !== undefined && next === current.text) {
      logger.info(`${noun} ${where} already holds this run of ${entry.sha}; not written`);
      return { outcome: 'already-present', attempts: attempt };
    }
    if (current === undefined && !(await branchExists(client, options))) {
      try {
        const commitSha = await createOrphanBranch(client, options, next, message);
        logger.info(`Created the data branch ${branch} with ${path}`);
        return { outcome: 'created-branch', attempts: attempt, commitSha };
      } catch (error) {
        const failure = readRequestFailure(error);
        if (failure.status !== 422 || !/already exists/i.test(failure.message)) throw error;
        lastConflict = `branch ${branch} created concurrently`;
        continue;
      }
    }
    try {
      const { data } = await client.rest.repos.createOrUpdateFileContents({
        owner,
        repo,
        path,
        branch,
        message,
        content: encodeBase64(next),
        ...(current?.sha === undefined ? {} : { sha: current.sha }),
      });
      logger.info(`Appended the ${kind.noun} of ${entry.sha.slice(0, 7)} to ${where}`);
      return {
        outcome: 'appended',
        attempts: attempt,
        ...(data.commit.sha === undefined ? {} : { commitSha: data.commit.sha }),
      };
    } catch (error) {
      const failure = readRequestFailure(error);
      if (!isWriteConflict(failure.status, error)) throw error;
      lastConflict = describeRequestFailure(failure);
    }
  }
  throw new HistoryConflictError(
    `Could not append to the ${kind.noun} ${where}: another run wrote it each of ${maxAttempts} times (${lastConflict}).`,
  );
}

/**
 * A PUT lost to a concurrent writer: 409 (the branch moved), or 422 about the `sha` (stale:
 * "does not match"; missing because the file appeared since our read: "\"sha\" wasn't supplied").
 */
function isWriteConflict(status: number, error: unknown): boolean {
  if (status === 409) return true;
  // The whole message: GitHub puts the reason on the third line ("Invalid request.\n\n...").
  const message = error instanceof Error ? error.message : '';
  return status === 422 && /\bsha\b|does not match/i.test(message);
}

async function branchExists(client: GitHubClient, location: HistoryLocation): Promise<boolean> {
  const { owner, repo, branch } = location;
  try {
    await client.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
    return true;
  } catch (error) {
    if (readRequestFailure(error).status === 404) return false;
    throw error;
  }
}

/** Creates `branch` as a root commit whose tree holds only `path` with `text`; returns the commit sha. */
async function createOrphanBranch(
  client: GitHubClient,
  location: HistoryLocation,
  text: string,
  message: string,
): Promise<string> {
  const { owner, repo, branch, path } = location;
  const tree = await client.rest.git.createTree({
    owner,
    repo,
    tree: [{ path, mode: '100644', type: 'blob', content: text }],
  });
  const commit = await client.rest.git.createCommit({
    owner,
    repo,
    message,
    tree: tree.data.sha,
    parents: [],
  });
  await client.rest.git.createRef({
    owner,
    repo,
    ref: `refs/heads/${branch}`,
    sha: commit.data.sha,
  });
  return commit.data.sha;
}

function decodeBase64(content: string): string {
  // GitHub wraps base64 at 60 columns; Buffer ignores the newlines.
  return Buffer.from(content, 'base64').toString('utf8');
}

function encodeBase64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

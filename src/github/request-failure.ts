/**
 * What an Octokit request failure tells us, read without importing `@octokit/request-error`
 * (a transitive package we do not pin): the HTTP status and GitHub's message. The request
 * object on the error carries the `authorization` header, so nothing here ever reads or prints
 * it; callers log only {@link describeRequestFailure}.
 */

/** Status and message of a failed GitHub request. */
export interface RequestFailure {
  /** HTTP status; 0 when the request never got an answer (network error, timeout). */
  status: number;
  /** GitHub's message (e.g. `Resource not accessible by integration`), or the error's message. */
  message: string;
}

/** Reads status and message from anything a request may throw. */
export function readRequestFailure(error: unknown): RequestFailure {
  if (typeof error !== 'object' || error === null) return { status: 0, message: String(error) };
  const status = 'status' in error && typeof error.status === 'number' ? error.status : 0;
  const message =
    'message' in error && typeof error.message === 'string' ? error.message : String(error);
  // RequestError messages end with " - https://docs.github.com/..." and may be multi-line;
  // the first line is what a reader needs.
  return {
    status,
    message: (message.split('\n')[0] ?? '').replace(/ - https:\/\/docs\.github\.com\S*$/, ''),
  };
}

/** One line for a log: `HTTP 403: Resource not accessible by integration`. */
export function describeRequestFailure(failure: RequestFailure): string {
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
export function isPermissionFailure(failure: RequestFailure): boolean {
  if (failure.status === 404) return true;
  if (failure.status !== 403) return false;
  return !/rate limit/i.test(failure.message);
}

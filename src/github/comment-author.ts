/**
 * Whose comments count as ours. A sticky comment is only ever looked for among comments the
 * token itself could have written; otherwise anyone could plant a marker (with a huge run id)
 * and freeze or hijack the report.
 *
 * The token's identity is not always knowable: `GET /user` works for personal access tokens,
 * but installation tokens (the `GITHUB_TOKEN`, whose comments are by `github-actions[bot]`, and
 * any GitHub App's token) get 403, and `GET /app` needs the app's JWT. So:
 *   1. an explicit `identity` (a login such as `my-app[bot]`) wins;
 *   2. otherwise `GET /user` is asked, and its login is matched exactly;
 *   3. when that is refused, the token is an installation token, and comments by any account
 *      of type `Bot` match. Ordinary users cannot create Bot accounts, and any bot that writes
 *      our marker is another run of this suite.
 */
import type { GitHubClient } from './client.js';
import { readRequestFailure } from './request-failure.js';

/** The test a comment's author must pass. */
export type CommentAuthor = { kind: 'login'; login: string } | { kind: 'any-bot' };

/** The fields of a comment's `user` that the test reads. */
export interface CommentUser {
  login: string;
  type: string;
}

/**
 * Works out whose comments count as ours (see the module comment for the order).
 *
 * @throws whatever `GET /user` throws other than 401/403/404 (network errors, 5xx after retries).
 */
export async function resolveCommentAuthor(
  client: GitHubClient,
  identity?: string,
): Promise<CommentAuthor> {
  if (identity !== undefined && identity !== '') return { kind: 'login', login: identity };
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { kind: 'login', login: data.login };
  } catch (error) {
    const { status } = readRequestFailure(error);
    if (status === 401 || status === 403 || status === 404) return { kind: 'any-bot' };
    throw error;
  }
}

/** True when `user` passes the author test (logins compare case-insensitively, as on GitHub). */
export function isCommentAuthor(
  author: CommentAuthor,
  user: CommentUser | null | undefined,
): boolean {
  if (user === null || user === undefined) return false;
  if (author.kind === 'any-bot') return user.type === 'Bot';
  return user.login.toLowerCase() === author.login.toLowerCase();
}

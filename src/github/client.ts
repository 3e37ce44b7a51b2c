/**
 * The one Octokit of the suite: REST methods and pagination from `@actions/github`, retries of
 * server errors (`@octokit/plugin-retry`) and rate-limit handling (`@octokit/plugin-throttling`),
 * pointed at `GITHUB_API_URL` so GitHub Enterprise Server works unchanged.
 */
import { GitHub, getOctokitOptions } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import type { Logger } from '../shared/logger.js';

const GitHubWithRetries = GitHub.plugin(retry, throttling);

/** An authenticated Octokit with retries and throttling. */
export type GitHubClient = InstanceType<typeof GitHubWithRetries>;

/** How to build the client. */
export interface GitHubClientOptions {
  /** A `GITHUB_TOKEN`, app installation token or PAT. Never logged. */
  token: string;
  /** REST root, `GITHUB_API_URL` (e.g. `https://ghe.example.com/api/v3`). */
  apiUrl: string;
  /** Where retries and rate-limit waits are reported. */
  logger: Logger;
  /**
   * Tests only: every wait shrinks from seconds to milliseconds and GitHub's recommended
   * one-second spacing between writes is dropped, so retry paths run in a blink.
   */
  fastRetry?: boolean;
}

/** Server errors are retried this many times, with waits of 1, 4 and 9 seconds. */
const SERVER_ERROR_RETRIES = 3;
/** Secondary rate limits (403/429 "secondary rate limit") are retried this many times. */
const SECONDARY_LIMIT_RETRIES = 2;
/** A primary rate limit is waited out once, and only when it resets within this many seconds. */
const PRIMARY_LIMIT_MAX_WAIT_SECONDS = 60;

/**
 * Every 4xx status. A client error does not heal by repeating the request (a 422 is a bad body,
 * a 403 a missing permission), so the retry plugin leaves them all alone; the throttling plugin
 * alone retries the 403/429 answers that are rate limits.
 */
const CLIENT_ERROR_STATUSES = Array.from({ length: 100 }, (_, offset) => 400 + offset);

/**
 * Builds the client. Requests go to `apiUrl`; 5xx answers and network failures are retried with
 * quadratic backoff, 4xx answers never, secondary rate limits a bounded number of times.
 *
 * @example createGitHubClient({ token, apiUrl: context.apiUrl, logger })
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { logger } = options;
  const timeUnitMs = options.fastRetry === true ? 1 : 1000;
  return new GitHubWithRetries(
    getOctokitOptions(options.token, {
      baseUrl: options.apiUrl,
      userAgent: 'kaizen-gates',
      log: {
        debug: (message: string) => logger.debug(message),
        info: (message: string) => logger.debug(message),
        warn: (message: string) => logger.warning(message),
        error: (message: string) => logger.warning(message),
      },
      retry: {
        retries: SERVER_ERROR_RETRIES,
        retryAfterBaseValue: timeUnitMs,
        doNotRetry: CLIENT_ERROR_STATUSES,
      },
      throttle: {
        retryAfterBaseValue: timeUnitMs,
        ...(options.fastRetry === true ? unspacedWriteGroups() : {}),
        // The handlers get the request options, which hold the authorization header: log the
        // method and URL only.
        onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
          const where = `${request.method} ${request.url}`;
          if (retryCount < SECONDARY_LIMIT_RETRIES) {
            logger.info(`GitHub secondary rate limit on ${where}; retrying in ${retryAfter}s`);
            return true;
          }
          logger.warning(
            `GitHub secondary rate limit on ${where}; giving up after ${retryCount} retries`,
          );
          return false;
        },
        onRateLimit: (retryAfter, request, _octokit, retryCount) => {
          const where = `${request.method} ${request.url}`;
          if (retryCount === 0 && retryAfter <= PRIMARY_LIMIT_MAX_WAIT_SECONDS) {
            logger.info(
              `GitHub rate limit reached on ${where}; waiting ${retryAfter}s for the reset`,
            );
            return true;
          }
          logger.warning(
            `GitHub rate limit reached on ${where}; it resets in ${retryAfter}s, not waiting`,
          );
          return false;
        },
      },
    }),
  );
}

/**
 * Limiter groups without the plugin's default spacing (1 s between writes, 3 s between
 * notification-triggering writes such as comments). The defaults are module-wide singletons,
 * so tests get fresh groups of their own.
 */
function unspacedWriteGroups(): {
  write: Bottleneck.Group;
  notifications: Bottleneck.Group;
  search: Bottleneck.Group;
} {
  return {
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    search: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
  };
}

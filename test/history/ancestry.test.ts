/**
 * Finding the merge base of a PR and its first-parent ancestors through the API, against the
 * loopback server that checks requests and responses with GitHub's OpenAPI description.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstParentChain, pullRequestAncestors } from '../../src/history/ancestry.js';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import type { ApiRequest, ApiResponse } from '../github/openapi-server.js';
import { OpenApiServer } from '../github/openapi-server.js';
import { FakeGitHub } from '../github/fake-github.js';
import { RecordingLogger, TEST_TOKEN } from '../github/harness.js';

const sha = (c: string): string => c.repeat(40);

/**
 * History of the default branch, newest first: m is a merge of side branch s (s2 → s1) into the
 * main line; a PR branched from m. Each commit's parents, first parent first.
 */
const parents: Record<string, string[]> = {
  [sha('9')]: [sha('8')],
  [sha('8')]: [sha('7'), sha('b')], // merge commit: first parent main, second the side branch
  [sha('b')]: [sha('a')],
  [sha('a')]: [sha('6')],
  [sha('7')]: [sha('6')],
  [sha('6')]: [sha('5')],
  [sha('5')]: [],
};
/** The order the list endpoint returns (by date, side-branch commits interleaved). */
const listed = [sha('9'), sha('8'), sha('b'), sha('7'), sha('a'), sha('6'), sha('5')];

function commitJson(request: ApiRequest, commit: string): object {
  const api = `${request.baseUrl}/repos/acme/widgets`;
  return {
    url: `${api}/commits/${commit}`,
    sha: commit,
    node_id: `C_${commit.slice(0, 8)}`,
    html_url: `https://github.com/acme/widgets/commit/${commit}`,
    comments_url: `${api}/commits/${commit}/comments`,
    commit: {
      url: `${api}/git/commits/${commit}`,
      author: null,
      committer: null,
      message: 'a commit',
      comment_count: 0,
      tree: { sha: commit, url: `${api}/git/trees/${commit}` },
    },
    author: null,
    committer: null,
    parents: (parents[commit] ?? []).map((p) => ({
      sha: p,
      url: `${api}/commits/${p}`,
      html_url: `https://github.com/acme/widgets/commit/${p}`,
    })),
  };
}

let server: OpenApiServer;
let client: GitHubClient;
let logger: RecordingLogger;
let compareCalls = 0;

beforeEach(async () => {
  compareCalls = 0;
  const handlers = {
    ...new FakeGitHub().handlers(),
    'repos/compare-commits-with-basehead': (request: ApiRequest): ApiResponse => {
      compareCalls += 1;
      const [base] = String(request.pathParams['basehead']).split('...');
      const api = `${request.baseUrl}/repos/acme/widgets`;
      return {
        status: 200,
        body: {
          url: `${api}/compare/${request.pathParams['basehead']}`,
          html_url: `https://github.com/acme/widgets/compare/${request.pathParams['basehead']}`,
          permalink_url: `https://github.com/acme/widgets/compare/x`,
          diff_url: `https://github.com/acme/widgets/compare/x.diff`,
          patch_url: `https://github.com/acme/widgets/compare/x.patch`,
          base_commit: commitJson(request, base ?? ''),
          // The PR branched from the merge commit 8; main has moved on to 9 since.
          merge_base_commit: commitJson(request, sha('8')),
          status: 'diverged',
          ahead_by: 2,
          behind_by: 1,
          total_commits: 2,
          commits: [],
        },
      };
    },
    'repos/list-commits': (request: ApiRequest): ApiResponse => {
      const start = listed.indexOf(String(request.query['sha']));
      const perPage = Number(request.query['per_page'] ?? 30);
      return {
        status: 200,
        body: listed
          .slice(start)
          .slice(0, perPage)
          .map((c) => commitJson(request, c)),
      };
    },
  };
  server = await OpenApiServer.start(handlers);
  logger = new RecordingLogger();
  client = createGitHubClient({
    token: TEST_TOKEN,
    apiUrl: server.baseUrl,
    logger,
    fastRetry: true,
  });
});
afterEach(async () => {
  await server.close();
});

describe('pullRequestAncestors', () => {
  it('returns the merge base and its first-parent chain, nearest first', async () => {
    const chain = await pullRequestAncestors(
      client,
      { owner: 'acme', repo: 'widgets', baseSha: sha('9'), headSha: sha('f'), depth: 10 },
      logger,
    );
    // The side branch (b, a) is not on the first-parent chain: it never had baselines.
    expect(chain).toEqual([sha('8'), sha('7'), sha('6'), sha('5')]);
    expect(compareCalls).toBe(1);
    expect(server.violations).toEqual([]);
  });

  it('stops at the requested depth', async () => {
    const chain = await pullRequestAncestors(
      client,
      { owner: 'acme', repo: 'widgets', baseSha: sha('9'), headSha: sha('f'), depth: 2 },
      logger,
    );
    expect(chain).toEqual([sha('8'), sha('7')]);
  });

  it('falls back to the base commit of the event when neither the API nor git can tell', async () => {
    await server.close();
    const offline = createGitHubClient({
      token: TEST_TOKEN,
      apiUrl: 'http://127.0.0.1:9',
      logger,
      fastRetry: true,
    });
    const chain = await pullRequestAncestors(
      offline,
      { owner: 'acme', repo: 'widgets', baseSha: sha('9'), headSha: sha('e'), depth: 10 },
      logger,
    );
    expect(chain).toEqual([sha('9')]);
    expect(logger.warnings.join('\n')).toMatch(/Could not ask GitHub for the merge base/);
    server = await OpenApiServer.start({});
  });
});

describe('firstParentChain', () => {
  it('follows first parents only and ends where the page ends', () => {
    const commits = listed.map((c) => ({
      sha: c,
      parents: (parents[c] ?? []).map((p) => ({ sha: p })),
    }));
    expect(firstParentChain(sha('9'), commits, 100)).toEqual([
      sha('9'),
      sha('8'),
      sha('7'),
      sha('6'),
      sha('5'),
    ]);
    expect(firstParentChain(sha('9'), commits.slice(0, 2), 100)).toEqual([
      sha('9'),
      sha('8'),
      sha('7'),
    ]);
  });
});

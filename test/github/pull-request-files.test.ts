/**
 * A pull request's files and added lines, read from the loopback GitHub that checks every
 * request and answer against GitHub's REST description: real patches made with git, pages
 * followed through Link headers, the cases GitHub leaves the patch out, the 3,000-file cap, and
 * every failure turned into a reason instead of an exception.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import type { RunContext } from '../../src/github/context.js';
import {
  listPullRequestFiles,
  pullRequestChanges,
  PULL_REQUEST_FILES_LIMIT,
} from '../../src/github/pull-request-files.js';
import { placeInChange } from '../../src/diff/changed-lines.js';
import { createTestRepo, githubStylePatch } from '../diff/git-repo.js';
import { forbidden } from './fake-github.js';
import type { ApiRequest, ApiResponse } from './openapi-server.js';
import { OpenApiServer } from './openapi-server.js';
import { RecordingLogger, TEST_TOKEN } from './harness.js';

/** One file as GitHub lists it; `patch` undefined is a file GitHub sent no patch for. */
interface FakeFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed';
  additions: number;
  deletions: number;
  patch?: string;
  previous_filename?: string;
}

let files: FakeFile[] = [];
let server: OpenApiServer;
let client: GitHubClient;
let logger: RecordingLogger;

/** GitHub's list of a pull request's files, paged like GitHub with Link headers. */
function listFiles(request: ApiRequest): ApiResponse {
  const { owner = '', repo = '' } = request.pathParams;
  const number = request.pathParams['pull_number'];
  const perPage = Math.min(Number(request.query['per_page'] ?? 30), 100);
  const page = Number(request.query['page'] ?? 1);
  // GitHub stops listing at 3,000 files.
  const all = files.slice(0, PULL_REQUEST_FILES_LIMIT);
  const lastPage = Math.max(1, Math.ceil(all.length / perPage));
  const pageUrl = (n: number) =>
    `${request.baseUrl}/repos/${owner}/${repo}/pulls/${number}/files?per_page=${perPage}&page=${n}`;
  const links =
    page < lastPage
      ? [`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`]
      : [];
  const web = `https://github.com/${owner}/${repo}`;
  return {
    status: 200,
    body: all.slice((page - 1) * perPage, page * perPage).map((file) => ({
      sha: '1'.repeat(40),
      filename: file.filename,
      status: file.status,
      additions: file.additions,
      deletions: file.deletions,
      changes: file.additions + file.deletions,
      blob_url: `${web}/blob/${'2'.repeat(40)}/${encodeURI(file.filename)}`,
      raw_url: `${web}/raw/${'2'.repeat(40)}/${encodeURI(file.filename)}`,
      contents_url: `${request.baseUrl}/repos/${owner}/${repo}/contents/${encodeURI(file.filename)}?ref=${'2'.repeat(40)}`,
      ...(file.patch === undefined ? {} : { patch: file.patch }),
      ...(file.previous_filename === undefined
        ? {}
        : { previous_filename: file.previous_filename }),
    })),
    ...(links.length === 0 ? {} : { headers: { link: links.join(', ') } }),
  };
}

beforeEach(async () => {
  files = [];
  server = await OpenApiServer.start({ 'pulls/list-files': listFiles });
  logger = new RecordingLogger();
  client = createGitHubClient({
    token: TEST_TOKEN,
    apiUrl: server.baseUrl,
    logger,
    fastRetry: true,
  });
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  expect(logger.all()).not.toContain(TEST_TOKEN);
  await server.close();
});

function context(overrides: Partial<RunContext> = {}): RunContext {
  return {
    event: 'pull_request',
    eventName: 'pull_request',
    owner: 'acme',
    repo: 'rules',
    pullRequest: {
      number: 12,
      headSha: 'e'.repeat(40),
      baseSha: 'f'.repeat(40),
      baseRef: 'main',
      headRepoFullName: 'acme/rules',
      isFork: false,
    },
    sha: 'e'.repeat(40),
    runId: 9,
    apiUrl: server.baseUrl,
    serverUrl: 'https://github.com',
    ref: 'refs/pull/12/merge',
    ...overrides,
  };
}

/** A pull request made with git: one rule file edited, one added, one removed. */
function realPullRequest(): FakeFile[] {
  const repo = createTestRepo();
  const lines = Array.from({ length: 30 }, (_, i) => `      line ${i + 1}`);
  repo.write('rules/a.rules.yml', lines.join('\n') + '\n');
  repo.write('rules/old.rules.yml', 'groups: []\n');
  const base = repo.commit('base');
  const edited = [...lines];
  edited[4] = '      line 5 edited';
  edited.splice(20, 0, '      inserted');
  repo.write('rules/a.rules.yml', edited.join('\n') + '\n');
  repo.write('rules/new.rules.yml', 'groups:\n  - name: n\n    rules: []\n');
  repo.git('rm', '-q', 'rules/old.rules.yml');
  const head = repo.commit('head');
  return [
    {
      filename: 'rules/a.rules.yml',
      status: 'modified',
      additions: 2,
      deletions: 1,
      patch: githubStylePatch(repo, base, head, 'rules/a.rules.yml'),
    },
    {
      filename: 'rules/new.rules.yml',
      status: 'added',
      additions: 3,
      deletions: 0,
      patch: githubStylePatch(repo, base, head, 'rules/new.rules.yml'),
    },
    {
      filename: 'rules/old.rules.yml',
      status: 'removed',
      additions: 0,
      deletions: 1,
      patch: githubStylePatch(repo, base, head, 'rules/old.rules.yml'),
    },
  ];
}

describe('listPullRequestFiles', () => {
  it('reads the added lines of each file from its real patch, and leaves removed files out', async () => {
    files = realPullRequest();
    const listed = await listPullRequestFiles(client, {
      owner: 'acme',
      repo: 'rules',
      pullRequest: 12,
    });
    expect(listed.truncated).toBe(false);
    expect(listed.files).toEqual([
      {
        path: 'rules/a.rules.yml',
        status: 'modified',
        lines: [
          { start: 5, end: 5 },
          { start: 21, end: 21 },
        ],
      },
      { path: 'rules/new.rules.yml', status: 'added', lines: [{ start: 1, end: 3 }] },
    ]);
    const [request] = server.requestsTo('pulls/list-files');
    expect(request?.query['per_page']).toBe('100');
  });

  it('counts a file without a patch as wholly changed, unless nothing in it changed', async () => {
    files = [
      // GitHub leaves the patch out of big diffs.
      { filename: 'rules/huge.rules.yml', status: 'modified', additions: 9000, deletions: 10 },
      // A pure rename has no patch and no changed line.
      {
        filename: 'rules/moved.rules.yml',
        status: 'renamed',
        additions: 0,
        deletions: 0,
        previous_filename: 'rules/was.rules.yml',
      },
    ];
    const listed = await listPullRequestFiles(client, {
      owner: 'acme',
      repo: 'rules',
      pullRequest: 12,
    });
    expect(listed.files).toEqual([
      { path: 'rules/huge.rules.yml', status: 'modified', lines: 'whole-file' },
      {
        path: 'rules/moved.rules.yml',
        previousPath: 'rules/was.rules.yml',
        status: 'renamed',
        lines: [],
      },
    ]);
  });

  it('follows every page', async () => {
    files = Array.from({ length: 250 }, (_, i) => ({
      filename: `rules/r${i}.rules.yml`,
      status: 'added' as const,
      additions: 1,
      deletions: 0,
      patch: '@@ -0,0 +1 @@\n+groups: []',
    }));
    const listed = await listPullRequestFiles(client, {
      owner: 'acme',
      repo: 'rules',
      pullRequest: 12,
    });
    expect(listed.files).toHaveLength(250);
    expect(listed.files.at(-1)).toEqual({
      path: 'rules/r249.rules.yml',
      status: 'added',
      lines: [{ start: 1, end: 1 }],
    });
    expect(server.requestsTo('pulls/list-files')).toHaveLength(3);
  });
});

describe('pullRequestChanges', () => {
  it('is the pull request’s changed lines, ready to place findings', async () => {
    files = realPullRequest();
    const lookup = await pullRequestChanges(client, context(), logger);
    expect(lookup.kind).toBe('changes');
    if (lookup.kind !== 'changes') return;
    expect(lookup.against).toBe('by pull request #12');
    expect(placeInChange(lookup.changes, 'rules/a.rules.yml', 21)).toBe('changed-lines');
    expect(placeInChange(lookup.changes, 'rules/a.rules.yml', 22)).toBe('changed-file');
    expect(placeInChange(lookup.changes, 'rules/old.rules.yml', 1)).toBe('unchanged-file');
    expect(logger.infos).toContain('Pull request #12 changes 2 files');
  });

  it('gives up on a list GitHub may have cut at 3,000 files', async () => {
    files = Array.from({ length: 3005 }, (_, i) => ({
      filename: `r${i}.yml`,
      status: 'added' as const,
      additions: 1,
      deletions: 0,
      patch: '@@ -0,0 +1 @@\n+x',
    }));
    const lookup = await pullRequestChanges(client, context(), logger);
    expect(lookup).toEqual({
      kind: 'unavailable',
      reason: 'pull request #12 changes 3,000 files or more, more than GitHub lists',
      problem: true,
    });
    expect(server.requestsTo('pulls/list-files')).toHaveLength(30);
  });

  it('turns a missing permission into a reason naming it, without throwing', async () => {
    server.failNext('pulls/list-files', forbidden());
    const lookup = await pullRequestChanges(client, context(), logger);
    expect(lookup).toMatchObject({ kind: 'unavailable', problem: true });
    expect(lookup.kind === 'unavailable' && lookup.reason).toBe(
      'could not list the files of pull request #12: HTTP 403: Resource not accessible by integration (the token needs `pull-requests: read`)',
    );
    // The caller logs the reason once, with what it does instead.
    expect(logger.warnings).toEqual([]);
  });

  it('turns a server that keeps failing into a reason, after the client’s retries', async () => {
    server.failNext('pulls/list-files', { status: 502, body: { message: 'Bad Gateway' } }, 10);
    const lookup = await pullRequestChanges(client, context(), logger);
    expect(lookup.kind === 'unavailable' && lookup.reason).toMatch(/HTTP 502/);
    // One request and the client's three retries.
    expect(server.requestsTo('pulls/list-files')).toHaveLength(4);
  });

  it('has no change outside a pull request and none without a token', async () => {
    const push = context({ event: 'push', eventName: 'push', pullRequest: undefined });
    expect(await pullRequestChanges(client, push, logger)).toEqual({
      kind: 'unavailable',
      reason: 'this run is not about a pull request (event push)',
      problem: false,
    });
    expect(await pullRequestChanges(undefined, context(), logger)).toEqual({
      kind: 'unavailable',
      reason: 'no GitHub token to list the files of pull request #12',
      problem: true,
    });
    expect(server.requestsTo('pulls/list-files')).toHaveLength(0);
  });
});

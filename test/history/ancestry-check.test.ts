/**
 * Whether a stored run's commit is in a pull request's past: the compare API (against the
 * loopback server that checks requests and responses with GitHub's OpenAPI description, its
 * commit graph the same commits as a real git repository) and local git, each alone and one
 * after the other, and the walk that fills a history window from the newest run back.
 *
 * The repository, oldest first: m1 ← m2 ← m3 ← m4 ← m5 ← m6 ← m7 on main, m4 merging the side
 * branch s1 ← s2 (from m2); the pull request h1 branched from m5 (the merge base), main moved on
 * to m7; the unmerged branch o1 grew from m4.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import {
  AncestryUnavailableError,
  apiAncestryCheck,
  entriesOfAncestry,
  firstAvailableAncestry,
  gitAncestryCheck,
  localAncestry,
  MAX_EXTRA_ANCESTRY_LOOKUPS,
  pullRequestAncestry,
  pullRequestMergeBase,
} from '../../src/history/ancestry.js';
import { createTestRepo, type TestRepo } from '../diff/git-repo.js';
import { FakeCommits } from '../github/fake-commits.js';
import { RecordingLogger, TEST_TOKEN } from '../github/harness.js';
import { OpenApiServer } from '../github/openapi-server.js';

const where = { owner: 'acme', repo: 'widgets' };
const COMPARE = 'repos/compare-commits-with-basehead';

let repo: TestRepo;
/** Commit of each name in the repository. */
const c: Record<string, string> = {};

beforeAll(() => {
  repo = createTestRepo();
  const commit = (name: string): void => {
    repo.write('file.txt', `${name}\n`);
    c[name] = repo.commit(name);
  };
  for (const name of ['m1', 'm2', 'm3']) commit(name);
  repo.git('checkout', '-q', '-b', 'side', c['m2'] as string);
  for (const name of ['s1', 's2']) commit(name);
  repo.git('checkout', '-q', 'main');
  repo.git('merge', '-q', '--no-ff', '-s', 'ours', '-m', 'm4', 'side');
  c['m4'] = repo.git('rev-parse', 'HEAD').trim();
  commit('m5');
  repo.git('checkout', '-q', '-b', 'pr');
  commit('h1');
  repo.git('checkout', '-q', '-b', 'other', c['m4'] as string);
  commit('o1');
  repo.git('checkout', '-q', 'main');
  for (const name of ['m6', 'm7']) commit(name);
});

/** The same graph for the fake API, parents as git records them. */
function fakeOfRepo(): FakeCommits {
  const fake = new FakeCommits();
  for (const name of ['m1', 'm2', 'm3', 's1', 's2', 'm4', 'm5', 'h1', 'o1', 'm6', 'm7']) {
    const sha = c[name] as string;
    const parents = repo.git('rev-list', '--parents', '-n', '1', sha).trim().split(' ').slice(1);
    fake.add(sha, parents);
  }
  return fake;
}

let server: OpenApiServer;
let client: GitHubClient;
let logger: RecordingLogger;

beforeEach(async () => {
  server = await OpenApiServer.start(fakeOfRepo().handlers());
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
  await server.close();
});

const of = (...names: string[]): string[] => names.map((name) => c[name] as string);
const unknown = 'f'.repeat(40);

describe('the fake compare endpoint', () => {
  it('answers as git sees the graph', async () => {
    const pr = await client.rest.repos.compareCommitsWithBasehead({
      ...where,
      basehead: `${c['m7']}...${c['h1']}`,
    });
    expect(pr.data.merge_base_commit.sha).toBe(c['m5']);
    expect(pr.data.merge_base_commit.sha).toBe(repo.git('merge-base', 'main', 'pr').trim());
    expect(pr.data).toMatchObject({ status: 'diverged', ahead_by: 1, behind_by: 2 });
    expect(pr.data.commits.map((commit) => commit.sha)).toEqual(of('h1'));
    const back = await client.rest.repos.compareCommitsWithBasehead({
      ...where,
      basehead: `${c['h1']}...${c['m7']}`,
    });
    expect(back.data.commits.map((commit) => commit.sha)).toEqual(
      repo.git('rev-list', '--reverse', 'pr..main').trim().split('\n'),
    );
    const statuses = [];
    for (const basehead of [
      `${c['m1']}...${c['m5']}`,
      `${c['m6']}...${c['m5']}`,
      `${c['m5']}...${c['m5']}`,
    ]) {
      statuses.push(
        (await client.rest.repos.compareCommitsWithBasehead({ ...where, basehead })).data.status,
      );
    }
    expect(statuses).toEqual(['ahead', 'behind', 'identical']);
    await expect(
      client.rest.repos.compareCommitsWithBasehead({
        ...where,
        basehead: `${unknown}...${c['m5']}`,
      }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe('apiAncestryCheck', () => {
  it('tells the merge base and its ancestors, through any parent, from every other commit', async () => {
    const check = apiAncestryCheck(client, where, c['m5'] as string);
    const names = ['m1', 'm2', 'm3', 's1', 's2', 'm4', 'm5', 'h1', 'o1', 'm6', 'm7'];
    const answers = [];
    for (const name of names) answers.push(await check.includes(c[name] as string));
    // The reference: git's own answer in the repository the fake mirrors.
    const byGit = names.map(
      (name) =>
        spawnSync('git', ['merge-base', '--is-ancestor', c[name] as string, c['m5'] as string], {
          cwd: repo.dir,
        }).status === 0,
    );
    expect(answers).toEqual(byGit);
    expect(answers).toEqual([true, true, true, true, true, true, true, false, false, false, false]);
    // A commit GitHub does not know is no ancestor (a 404 is an answer, not a failure).
    expect(await check.includes(unknown)).toBe(false);
    // The merge base needs no request; every other commit one, asked once.
    expect(server.requestsTo(COMPARE)).toHaveLength(names.length);
    await check.includes(c['m1'] as string);
    expect(server.requestsTo(COMPARE)).toHaveLength(names.length);
  });

  it('asks nothing about commits already known', async () => {
    const check = apiAncestryCheck(client, where, c['m5'] as string, {
      ancestors: of('m4', 'm3'),
      others: of('m6', 'm7'),
    });
    expect(await check.includes(c['m3'] as string)).toBe(true);
    expect(await check.includes(c['m7'] as string)).toBe(false);
    expect(server.requestsTo(COMPARE)).toHaveLength(0);
  });

  it.each([
    [403, 'Resource not accessible by integration', 1],
    [500, 'Server Error', 4],
  ])('cannot tell after HTTP %i (retries included)', async (status, message, answers) => {
    server.failNext(
      COMPARE,
      { status, body: { message, documentation_url: 'https://docs.github.com/rest' } },
      answers,
    );
    const check = apiAncestryCheck(client, where, c['m5'] as string);
    const asked = check.includes(c['m1'] as string);
    await expect(asked).rejects.toBeInstanceOf(AncestryUnavailableError);
    await expect(asked).rejects.toThrow(`HTTP ${status}: ${message}`);
  });
});

describe('gitAncestryCheck', () => {
  it('agrees with the API on every commit, and a commit the clone lacks is no ancestor', async () => {
    const check = gitAncestryCheck(c['m5'] as string, repo.dir);
    const answers = [];
    for (const name of ['m1', 's1', 'm5', 'h1', 'o1', 'm7']) {
      answers.push(await check.includes(c[name] as string));
    }
    expect(answers).toEqual([true, true, true, false, false, false]);
    expect(await check.includes(unknown)).toBe(false);
  });

  it('cannot tell in a shallow clone or outside a repository', async () => {
    const shallow = join(mkdtempSync(join(tmpdir(), 'kaizen-shallow-')), 'clone');
    execFileSync(
      'git',
      ['clone', '-q', '--depth=1', '--branch=pr', `file://${repo.dir}`, shallow],
      {
        env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
      },
    );
    const inShallow = gitAncestryCheck(c['m5'] as string, shallow);
    await expect(inShallow.includes(c['m1'] as string)).rejects.toBeInstanceOf(
      AncestryUnavailableError,
    );
    const nowhere = gitAncestryCheck(
      c['m5'] as string,
      mkdtempSync(join(tmpdir(), 'kaizen-no-git-')),
    );
    await expect(nowhere.includes(c['m1'] as string)).rejects.toThrow(/local git could not tell/);
  });

  it('is what the CLI uses: the merge base of HEAD and the base ref', async () => {
    repo.git('checkout', '-q', 'pr');
    try {
      const check = await localAncestry('main', 'HEAD', repo.dir);
      expect(check.mergeBase).toBe(c['m5']);
      expect(await check.includes(c['s2'] as string)).toBe(true);
      expect(await check.includes(c['m6'] as string)).toBe(false);
      await expect(localAncestry('no-such-branch', 'HEAD', repo.dir)).rejects.toBeInstanceOf(
        AncestryUnavailableError,
      );
    } finally {
      repo.git('checkout', '-q', 'main');
    }
  });
});

describe('firstAvailableAncestry', () => {
  it('turns to local git when the API fails, and does not ask the API again', async () => {
    server.failNext(COMPARE, {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const check = firstAvailableAncestry([
      apiAncestryCheck(client, where, c['m5'] as string),
      gitAncestryCheck(c['m5'] as string, repo.dir),
    ]);
    expect(check.source).toBe('the GitHub API');
    expect(await check.includes(c['s1'] as string)).toBe(true);
    expect(await check.includes(c['o1'] as string)).toBe(false);
    expect(check.source).toBe('local git');
    expect(server.requestsTo(COMPARE)).toHaveLength(1);
  });

  it('throws the last failure when none can tell', async () => {
    server.failNext(COMPARE, { status: 403, body: { message: 'Forbidden' } });
    const check = firstAvailableAncestry([
      apiAncestryCheck(client, where, c['m5'] as string),
      gitAncestryCheck(c['m5'] as string, mkdtempSync(join(tmpdir(), 'kaizen-no-git-'))),
    ]);
    await expect(check.includes(c['m1'] as string)).rejects.toThrow(/local git could not tell/);
  });
});

describe('pullRequestMergeBase and pullRequestAncestry', () => {
  const query = (): { owner: string; repo: string; baseSha: string; headSha: string } => ({
    ...where,
    baseSha: c['m7'] as string,
    headSha: c['h1'] as string,
  });

  it('finds the merge base and the base branch commits after it in one request', async () => {
    expect(await pullRequestMergeBase(client, query(), logger)).toEqual({
      sha: c['m5'],
      after: of('m6', 'm7'),
    });
    const check = await pullRequestAncestry(client, query(), [], logger);
    expect(check.mergeBase).toBe(c['m5']);
    expect(await check.includes(c['m7'] as string)).toBe(false);
    expect(await check.includes(c['m6'] as string)).toBe(false);
    // Two merge-base lookups, and no request for the commits they named.
    expect(server.requestsTo(COMPARE)).toHaveLength(2);
  });

  it('also reads the newest page of the base branch commits when they are over 100', async () => {
    await server.close();
    const name = (i: number): string => `c${i.toString(16).padStart(39, '0')}`;
    const graph = new FakeCommits().chain([name(0)]);
    const behind = Array.from({ length: 250 }, (_, i) => name(i + 1));
    graph.chain(behind, name(0)).add('d'.repeat(40), [name(0)]);
    server = await OpenApiServer.start(graph.handlers());
    client = createGitHubClient({
      token: TEST_TOKEN,
      apiUrl: server.baseUrl,
      logger,
      fastRetry: true,
    });
    const found = await pullRequestMergeBase(
      client,
      { ...where, baseSha: name(250), headSha: 'd'.repeat(40) },
      logger,
    );
    expect(found?.sha).toBe(name(0));
    // The oldest 100 and the newest 50: the stored runs a pull request meets first are known.
    expect(found?.after).toEqual([...behind.slice(0, 100), ...behind.slice(200)]);
    expect(server.requestsTo(COMPARE).map((r) => r.query['page'])).toEqual([undefined, '3']);
  });

  it('uses the prepare phase chain only when it starts at the same merge base', async () => {
    const check = await pullRequestAncestry(client, query(), of('m5', 'm4', 'm3'), logger);
    expect(await check.includes(c['m3'] as string)).toBe(true);
    expect(server.requestsTo(COMPARE)).toHaveLength(1);
    const stale = await pullRequestAncestry(client, query(), of('o1', 'm4'), logger);
    expect(await stale.includes(c['o1'] as string)).toBe(false);
  });

  it('cannot tell without the API and without a checkout that has the commits', async () => {
    server.failNext(COMPARE, {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    await expect(pullRequestAncestry(client, query(), [], logger)).rejects.toThrow(
      'neither the GitHub API nor local git could tell the merge base',
    );
    expect(logger.warnings.join('\n')).toContain(
      'Could not ask GitHub for the merge base (HTTP 403: Resource not accessible by integration)',
    );
  });
});

describe('entriesOfAncestry', () => {
  const entry = (name: string, run: number): { sha: string; run: number } => ({
    sha: c[name] as string,
    run,
  });

  it('keeps the newest runs of the ancestry, oldest first, up to the limit', async () => {
    const stored = [
      entry('m1', 1),
      entry('m2', 2),
      entry('s1', 3),
      entry('m3', 4),
      entry('o1', 5),
      entry('m4', 6),
      entry('m6', 7),
      entry('m4', 8), // a re-run: its commit is asked once
      entry('m7', 9),
    ];
    const check = apiAncestryCheck(client, where, c['m5'] as string);
    const all = await entriesOfAncestry(stored, check, 30);
    expect(all.entries.map((e) => e.run)).toEqual([1, 2, 3, 4, 6, 8]);
    expect(all.exhausted).toBe(false);
    expect(server.requestsTo(COMPARE)).toHaveLength(8);
    const window = await entriesOfAncestry(stored, check, 3);
    expect(window.entries.map((e) => e.run)).toEqual([4, 6, 8]);
    expect(server.requestsTo(COMPARE)).toHaveLength(8);
  });

  it('stops after a bounded number of commits', async () => {
    const others = Array.from(
      { length: MAX_EXTRA_ANCESTRY_LOOKUPS + 10 },
      (_, i) => `e${i.toString(16).padStart(39, '0')}`,
    );
    const stored = [
      ...of('m1', 'm2').map((sha, i) => ({ sha, run: i })),
      ...others.map((sha, i) => ({ sha, run: 100 + i })),
    ];
    const check = apiAncestryCheck(client, where, c['m5'] as string, {
      others,
      ancestors: of('m1', 'm2'),
    });
    const found = await entriesOfAncestry(stored, check, 5);
    expect(found).toEqual({ entries: [], exhausted: true });
    const enough = await entriesOfAncestry(
      stored.slice(0, 2 + MAX_EXTRA_ANCESTRY_LOOKUPS),
      check,
      5,
    );
    expect(enough.entries.map((e) => e.run)).toEqual([0, 1]);
    expect(enough.exhausted).toBe(false);
    await expect(entriesOfAncestry(stored, check, 0)).rejects.toThrow(
      'entriesOfAncestry: limit must be a positive integer, got 0',
    );
  });
});

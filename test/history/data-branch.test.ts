/**
 * Run logs on a data branch (the bench history, and a soak night, as record types), against the
 * loopback server that checks every request and response with GitHub's OpenAPI description.
 * The fake keeps the branch, its files and their git blob shas in memory and refuses a PUT
 * naming a stale sha with 409, as GitHub does, so concurrent writers really race.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appendHistory,
  BENCH_HISTORY,
  historyEntry,
  parseHistory,
  type BenchRunRecord,
  type HistoryEntry,
} from '../../src/gates/bench/history.js';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import {
  appendToHistoryBranch as appendToBranch,
  HistoryConflictError,
  readHistoryFile as readHistory,
  type AppendToHistoryOptions,
} from '../../src/history/data-branch.js';
import { readRequestFailure } from '../../src/github/request-failure.js';
import { dataBranchHistory } from '../../src/history/data-branch-history.js';
import { logEntry, logFilePath, parseLog, type LogEntry } from '../../src/history/log.js';
import { isConfigurationError } from '../../src/shared/errors.js';
import {
  error,
  FakeDataBranches,
  gitBlobSha,
  INLINE_LIMIT,
  OWNER,
  REPO,
} from '../github/fake-data-branch.js';
import { RecordingLogger, TEST_TOKEN } from '../github/harness.js';
import { OpenApiServer } from '../github/openapi-server.js';
import { SOAK_LOG, type SoakNight } from './record-kinds.js';

const BRANCH = 'kaizen-data';
const PATH = 'bench/default.jsonl';
const sha = (c: string): string => c.repeat(40);

function entry(commit: string, value: number, runId: string): HistoryEntry {
  return historyEntry(
    'default',
    commit,
    '2026-11-23T10:00:00.000Z',
    [
      {
        name: 'BM_Sort',
        unit: 'ns',
        direction: 'smaller-is-better',
        samples: [value, value * 1.01, value * 0.99],
        kind: 'repetitions',
        source: { file: 'bench.json' },
      },
    ],
    { runId, ref: 'refs/heads/main' },
  );
}

/** Appends a bench history entry: the bench gate's record type on the shared transport. */
function appendToHistoryBranch(
  client: GitHubClient,
  options: AppendToHistoryOptions<BenchRunRecord>,
): ReturnType<typeof appendToBranch> {
  return appendToBranch(client, BENCH_HISTORY, options);
}

let data: FakeDataBranches;
let server: OpenApiServer;
let logger: RecordingLogger;
let waits: number[];

function newClient(): GitHubClient {
  return createGitHubClient({ token: TEST_TOKEN, apiUrl: server.baseUrl, logger, fastRetry: true });
}

/** Options of an append, with instant recorded waits and a jitter of exactly 1. */
function appendOptions(newEntry: HistoryEntry, maxAttempts = 5) {
  return {
    owner: OWNER,
    repo: REPO,
    branch: BRANCH,
    path: PATH,
    entry: newEntry,
    retention: 500,
    maxAttempts,
    logger,
    sleep: (ms: number) => {
      waits.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
  };
}

/** A promise and the function that settles it. */
function signal(): { promise: Promise<void>; fire: () => void } {
  let fire = (): void => undefined;
  const promise = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { promise, fire };
}

/** Holds the first `method` request to a route containing `route` until `gate` settles. */
function holdFirst(client: GitHubClient, method: string, route: string, gate: Promise<void>): void {
  let held = false;
  client.hook.before('request', async (options) => {
    if (!held && options.method === method && String(options.url).includes(route)) {
      held = true;
      await gate;
    }
  });
}

/** Fires `done` when the first `method` request to a route containing `route` has succeeded. */
function afterFirst(client: GitHubClient, method: string, route: string, done: () => void): void {
  client.hook.after('request', (_response, options) => {
    if (options.method === method && String(options.url).includes(route)) done();
  });
}

beforeEach(async () => {
  data = new FakeDataBranches();
  server = await OpenApiServer.start(data.handlers());
  logger = new RecordingLogger();
  waits = [];
});

afterEach(async () => {
  // Every test: both sides kept to GitHub's description, the token used but never logged.
  expect(server.violations).toEqual([]);
  expect(server.requests.every((r) => r.authorization === `token ${TEST_TOKEN}`)).toBe(true);
  expect(logger.all()).not.toContain(TEST_TOKEN);
  await server.close();
});

describe('readHistory', () => {
  it('is undefined when the branch or the file does not exist', async () => {
    const client = newClient();
    const location = { owner: OWNER, repo: REPO, branch: BRANCH, path: PATH };
    expect(await readHistory(client, location)).toBeUndefined();
    data.seed(BRANCH, 'bench/other.jsonl', 'x\n');
    expect(await readHistory(client, location)).toBeUndefined();
    expect(server.requestsTo('repos/get-content')).toHaveLength(2);
  });

  it('returns the text and its blob sha, UTF-8 intact', async () => {
    const text = `${JSON.stringify(entry(sha('a'), 100, '1'))}\n{"note":"naïve € line"}\n`;
    data.seed(BRANCH, PATH, text);
    const file = await readHistory(newClient(), {
      owner: OWNER,
      repo: REPO,
      branch: BRANCH,
      path: PATH,
    });
    expect(file).toEqual({ text, sha: gitBlobSha(text) });
    // The nested path travelled as one path parameter.
    expect(server.requestsTo('repos/get-content')[0]?.pathParams['path']).toBe(PATH);
    expect(server.requestsTo('repos/get-content')[0]?.query).toEqual({ ref: BRANCH });
  });

  it('fetches a file over 1 MB through the blobs API', async () => {
    const lines = Array.from({ length: 4000 }, (_, i) =>
      JSON.stringify(entry(sha(String(i % 10)), 100 + i, String(i))),
    );
    const text = `${lines.join('\n')}\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(INLINE_LIMIT);
    data.seed(BRANCH, PATH, text);
    const client = newClient();
    const location = { owner: OWNER, repo: REPO, branch: BRANCH, path: PATH };
    expect(await readHistory(client, location)).toEqual({ text, sha: gitBlobSha(text) });
    expect(server.requestsTo('git/get-blob')).toHaveLength(1);
    // And an append to it keeps every line.
    await appendToHistoryBranch(client, {
      ...appendOptions(entry(sha('f'), 1, 'new')),
      retention: 5000,
    });
    const stored = parseHistory(data.file(BRANCH, PATH) ?? '', PATH);
    expect(stored.entries).toHaveLength(4001);
    expect(stored.entries.at(-1)?.runId).toBe('new');
  });

  it('refuses a directory', async () => {
    data.seed(BRANCH, PATH, 'x\n');
    let caught: unknown;
    try {
      await readHistory(newClient(), { owner: OWNER, repo: REPO, branch: BRANCH, path: 'bench' });
    } catch (e) {
      caught = e;
    }
    expect(isConfigurationError(caught)).toBe(true);
    expect(String(caught)).toMatch(/kaizen-data:bench is not a file \(found a directory\)/);
  });
});

describe('appendToHistoryBranch', () => {
  it('creates the data branch as an orphan holding only the history file', async () => {
    const first = entry(sha('a'), 100, '1');
    const result = await appendToHistoryBranch(newClient(), appendOptions(first));
    expect(result).toEqual({
      outcome: 'created-branch',
      attempts: 1,
      commitSha: data.branches.get(BRANCH)?.commit,
    });
    const commit = data.commits.get(result.commitSha ?? '');
    expect(commit?.parents).toEqual([]);
    expect(commit?.message).toBe('kaizen-gates: bench history for default at aaaaaaa');
    expect([...(data.trees.get(commit?.tree ?? '') ?? new Map()).keys()]).toEqual([PATH]);
    expect(data.file(BRANCH, PATH)).toBe(`${JSON.stringify(first)}\n`);
    expect(server.requestsTo('git/create-tree')[0]?.body).toEqual({
      tree: [{ path: PATH, mode: '100644', type: 'blob', content: `${JSON.stringify(first)}\n` }],
    });
    expect(server.requestsTo('git/create-ref')[0]?.body).toEqual({
      ref: `refs/heads/${BRANCH}`,
      sha: result.commitSha,
    });
    expect(server.requestsTo('repos/create-or-update-file-contents')).toHaveLength(0);
  });

  it('appends to an existing file, naming the blob sha it read', async () => {
    const before = `${JSON.stringify(entry(sha('a'), 100, '1'))}\n`;
    data.seed(BRANCH, PATH, before);
    const second = entry(sha('b'), 110, '2');
    const result = await appendToHistoryBranch(newClient(), appendOptions(second));
    expect(result.outcome).toBe('appended');
    expect(result.attempts).toBe(1);
    expect(data.file(BRANCH, PATH)).toBe(appendHistory(before, second, 500));
    const put = server.requestsTo('repos/create-or-update-file-contents')[0];
    expect(put?.body).toMatchObject({
      branch: BRANCH,
      sha: gitBlobSha(before),
      message: 'kaizen-gates: bench history for default at bbbbbbb',
    });
    expect(put?.pathParams['path']).toBe(PATH);
  });

  it('creates the file on an existing branch that lacks it', async () => {
    data.seed(BRANCH, 'bench/other.jsonl', 'keep me\n');
    const first = entry(sha('a'), 100, '1');
    const result = await appendToHistoryBranch(newClient(), appendOptions(first));
    expect(result.outcome).toBe('appended');
    expect(data.file(BRANCH, PATH)).toBe(`${JSON.stringify(first)}\n`);
    expect(data.file(BRANCH, 'bench/other.jsonl')).toBe('keep me\n');
    expect(server.requestsTo('git/create-ref')).toHaveLength(0);
  });

  it('writes nothing when this run is already stored', async () => {
    const first = entry(sha('a'), 100, '1');
    data.seed(BRANCH, PATH, `${JSON.stringify(first)}\n`);
    const result = await appendToHistoryBranch(
      newClient(),
      appendOptions(entry(sha('a'), 999, '1')),
    );
    expect(result).toEqual({ outcome: 'already-present', attempts: 1 });
    expect(server.requestsTo('repos/create-or-update-file-contents')).toHaveLength(0);
  });

  it('loses no data when two runs append at once: the loser re-reads and retries', async () => {
    const initial = entry(sha('0'), 90, '0');
    data.seed(BRANCH, PATH, `${JSON.stringify(initial)}\n`);
    const [clientA, clientB] = [newClient(), newClient()];
    // Both read the same file; A writes first; B's PUT then names a stale sha.
    const bHasRead = signal();
    const aHasWritten = signal();
    afterFirst(clientB, 'GET', '/contents/', bHasRead.fire);
    holdFirst(clientA, 'PUT', '/contents/', bHasRead.promise);
    afterFirst(clientA, 'PUT', '/contents/', aHasWritten.fire);
    holdFirst(clientB, 'PUT', '/contents/', aHasWritten.promise);
    const a = entry(sha('a'), 100, '1');
    const b = entry(sha('b'), 200, '2');
    const [resultA, resultB] = await Promise.all([
      appendToHistoryBranch(clientA, appendOptions(a)),
      appendToHistoryBranch(clientB, appendOptions(b)),
    ]);
    expect(resultA).toMatchObject({ outcome: 'appended', attempts: 1 });
    expect(resultB).toMatchObject({ outcome: 'appended', attempts: 2 });
    const stored = parseHistory(data.file(BRANCH, PATH) ?? '', PATH);
    expect(stored.entries).toEqual([initial, a, b]);
    expect(stored.unreadable).toEqual([]);
    // B's first PUT was refused with 409, then it waited (250 ms × jitter 1) and won.
    const puts = server.requestsTo('repos/create-or-update-file-contents');
    expect(puts).toHaveLength(3);
    expect(waits).toEqual([250]);
    expect(logger.infos.join('\n')).toMatch(/changed under us \(HTTP 409: is at /);
  });

  it('retries when the file appeared on the branch after its read (422 "sha" wasn\'t supplied)', async () => {
    data.seed(BRANCH, 'bench/other.jsonl', 'x\n');
    const [clientA, clientB] = [newClient(), newClient()];
    const bHasRead = signal();
    const aHasWritten = signal();
    client404(clientB, bHasRead.fire);
    holdFirst(clientA, 'PUT', '/contents/', bHasRead.promise);
    afterFirst(clientA, 'PUT', '/contents/', aHasWritten.fire);
    holdFirst(clientB, 'PUT', '/contents/', aHasWritten.promise);
    const a = entry(sha('a'), 100, '1');
    const b = entry(sha('b'), 200, '2');
    const [, resultB] = await Promise.all([
      appendToHistoryBranch(clientA, appendOptions(a)),
      appendToHistoryBranch(clientB, appendOptions(b)),
    ]);
    expect(resultB).toMatchObject({ outcome: 'appended', attempts: 2 });
    expect(parseHistory(data.file(BRANCH, PATH) ?? '', PATH).entries).toEqual([a, b]);
  });

  it('appends to the branch another run created first ("Reference already exists")', async () => {
    const [clientA, clientB] = [newClient(), newClient()];
    // Both find no branch; B builds its orphan commit but A's ref lands first.
    const bBuilding = signal();
    const aCreated = signal();
    afterFirst(clientB, 'POST', '/git/trees', bBuilding.fire);
    holdFirst(clientA, 'POST', '/git/refs', bBuilding.promise);
    afterFirst(clientA, 'POST', '/git/refs', aCreated.fire);
    holdFirst(clientB, 'POST', '/git/refs', aCreated.promise);
    const a = entry(sha('a'), 100, '1');
    const b = entry(sha('b'), 200, '2');
    const [resultA, resultB] = await Promise.all([
      appendToHistoryBranch(clientA, appendOptions(a)),
      appendToHistoryBranch(clientB, appendOptions(b)),
    ]);
    expect(resultA).toMatchObject({ outcome: 'created-branch', attempts: 1 });
    expect(resultB).toMatchObject({ outcome: 'appended', attempts: 2 });
    expect(parseHistory(data.file(BRANCH, PATH) ?? '', PATH).entries).toEqual([a, b]);
    // The branch is still A's orphan root, with B's append on top.
    const head = data.commits.get(data.branches.get(BRANCH)?.commit ?? '');
    const root = data.commits.get(head?.parents[0] ?? '');
    expect(root?.parents).toEqual([]);
  });

  it('gives up with a clear error when every attempt conflicts, waiting longer each time', async () => {
    const before = `${JSON.stringify(entry(sha('0'), 90, '0'))}\n`;
    data.seed(BRANCH, PATH, before);
    server.failNext(
      'repos/create-or-update-file-contents',
      { status: 409, body: { ...error('is at 1234 but expected 5678'), status: '409' } },
      4,
    );
    const attempt = appendToHistoryBranch(newClient(), appendOptions(entry(sha('a'), 1, '1'), 4));
    await expect(attempt).rejects.toThrow(HistoryConflictError);
    await expect(attempt).rejects.toThrow(
      /Could not append to the bench history kaizen-data:bench\/default\.jsonl: another run wrote it each of 4 times \(HTTP 409: is at 1234 but expected 5678\)/,
    );
    expect(server.requestsTo('repos/create-or-update-file-contents')).toHaveLength(4);
    expect(server.requestsTo('repos/get-content')).toHaveLength(4);
    expect(waits).toEqual([250, 500, 1000]);
    expect(data.file(BRANCH, PATH)).toBe(before);
  });

  it('jitters the waits', async () => {
    data.seed(BRANCH, PATH, `${JSON.stringify(entry(sha('0'), 90, '0'))}\n`);
    server.failNext(
      'repos/create-or-update-file-contents',
      { status: 409, body: error('is at 1 but expected 2') },
      2,
    );
    const randoms = [0, 0.999];
    const result = await appendToHistoryBranch(newClient(), {
      ...appendOptions(entry(sha('a'), 1, '1')),
      random: () => randoms.shift() ?? 0,
    });
    expect(result.attempts).toBe(3);
    // 250 × 0.5 and 500 × 1.499.
    expect(waits).toEqual([125, 750]);
  });

  it('surfaces a 403 (no contents: write) as the Octokit error, without retrying', async () => {
    data.seed(BRANCH, PATH, `${JSON.stringify(entry(sha('0'), 90, '0'))}\n`);
    server.failNext('repos/create-or-update-file-contents', {
      status: 403,
      body: error('Resource not accessible by integration'),
    });
    let caught: unknown;
    try {
      await appendToHistoryBranch(newClient(), appendOptions(entry(sha('a'), 1, '1')));
    } catch (e) {
      caught = e;
    }
    expect(readRequestFailure(caught)).toEqual({
      status: 403,
      message: 'Resource not accessible by integration',
    });
    expect(String(caught)).not.toContain(TEST_TOKEN);
    expect(server.requestsTo('repos/create-or-update-file-contents')).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('surfaces a 403 while creating the branch', async () => {
    server.failNext('git/create-tree', {
      status: 403,
      body: error('Resource not accessible by integration'),
    });
    const attempt = appendToHistoryBranch(newClient(), appendOptions(entry(sha('a'), 1, '1')));
    await expect(attempt).rejects.toMatchObject({ status: 403 });
    expect(data.branches.size).toBe(0);
  });
});

/** Fires `done` when `client`'s first read of the contents API has come back 404. */
function client404(client: GitHubClient, done: () => void): void {
  client.hook.error('request', (failure, options) => {
    if (options.method === 'GET' && String(options.url).includes('/contents/')) done();
    throw failure;
  });
}

describe('any gate on the data branch', () => {
  const soakPath = logFilePath(SOAK_LOG, 'checkout-api');

  function night(commit: string, p99Ms: number, runId: string): LogEntry<SoakNight> {
    return logEntry(
      SOAK_LOG,
      { suite: 'checkout-api', sha: commit, createdAt: '2026-11-23T02:00:00.000Z' },
      { memoryGrowthPerHour: 0.2, p99Ms },
      { runId },
    );
  }

  it('loses no entry when five runs of two gates append at once', async () => {
    data.seed(BRANCH, PATH, `${JSON.stringify(entry(sha('0'), 90, '0'))}\n`);
    const nights = [1, 2, 3, 4].map((i) => night(sha(String(i)), 100 + i, `n${i}`));
    const bench = entry(sha('b'), 200, 'b1');
    // Each writer has its own client, as separate workflow runs would; no request is held, so
    // the interleaving is whatever the server and the event loop make of it.
    const results = await Promise.all([
      ...nights.map((n) =>
        appendToBranch(newClient(), SOAK_LOG, {
          owner: OWNER,
          repo: REPO,
          branch: BRANCH,
          path: soakPath,
          entry: n,
          maxAttempts: 10,
          logger,
          sleep: () => Promise.resolve(),
        }),
      ),
      appendToHistoryBranch(newClient(), { ...appendOptions(bench), maxAttempts: 10 }),
    ]);
    expect(results.every((r) => r.outcome === 'appended')).toBe(true);
    const stored = parseLog(SOAK_LOG, data.file(BRANCH, soakPath) ?? '', soakPath);
    expect(stored.entries.map((e) => e.runId).sort()).toEqual(['n1', 'n2', 'n3', 'n4']);
    expect(stored.unreadable).toEqual([]);
    // The bench history on the same branch kept its own lines.
    expect(parseHistory(data.file(BRANCH, PATH) ?? '', PATH).entries.map((e) => e.runId)).toEqual([
      '0',
      'b1',
    ]);
    // All four soak writers read "no file" before any wrote, so three lost the first round and
    // re-read: each attempt was one PUT, and more than one round was needed.
    const soakPuts = server
      .requestsTo('repos/create-or-update-file-contents')
      .filter((r) => r.pathParams['path'] === soakPath);
    const soakAttempts = results.slice(0, 4).map((r) => r.attempts);
    expect(soakPuts).toHaveLength(soakAttempts.reduce((n, a) => n + a, 0));
    expect(Math.max(...soakAttempts)).toBeGreaterThan(1);
    expect(logger.infos.join('\n')).toMatch(
      /Soak history kaizen-data:soak\/checkout-api\.jsonl changed under us/,
    );
  });

  it('reads and appends through one HistoryIo, warning about lines it cannot read', async () => {
    const foreign = '{"schema":"kaizen-gates/soak-night@2","from":"a newer writer"}';
    data.seed(BRANCH, soakPath, `${foreign}\n`);
    const io = dataBranchHistory(
      newClient(),
      SOAK_LOG,
      { owner: OWNER, repo: REPO, branch: BRANCH, suite: 'checkout-api', retention: 2 },
      logger,
    );
    expect(io.label).toBe('kaizen-data:soak/checkout-api.jsonl');
    expect(await io.read()).toEqual([]);
    expect(logger.warnings).toEqual([
      'kaizen-data:soak/checkout-api.jsonl: 1 lines are not history entries; they are kept as they are.',
    ]);
    const nights = [
      night(sha('1'), 101, 'r1'),
      night(sha('2'), 102, 'r2'),
      night(sha('3'), 103, 'r3'),
    ];
    for (const n of nights) await io.append(n);
    // Retention 2 of the readable nights; the newer writer's line stays first.
    expect(await io.read()).toEqual(nights.slice(1));
    expect(data.file(BRANCH, soakPath)?.split('\n')[0]).toBe(foreign);
    const commit = data.commits.get(data.branches.get(BRANCH)?.commit ?? '');
    expect(commit?.message).toBe('kaizen-gates: soak history for checkout-api at 3333333');
  });
});

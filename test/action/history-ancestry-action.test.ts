/**
 * The history window of a pull request holds only runs of its merge base's ancestry, in the
 * bench action's gate phase (main.ts, in-process) with `baseline` files and `history: true`:
 * the configuration in which the prepare phase names no ancestry. GitHub is the loopback server
 * that checks every request and response against the OpenAPI description: the data branch, and
 * a commit graph for the compare endpoint.
 *
 * The repository: main a01 ← … ← a21; the pull request d01 branched from a13 (the merge base,
 * a docs commit with no stored run); a14–a21 were pushed to main after it, with a slowdown to
 * about 130 ms; b01 ← b02, a branch from a10 stored with `save-baseline: always` at about
 * 160 ms, between them. Runs a01–a12 measured about 100 ms.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BENCH_HISTORY } from '../../src/gates/bench/history.js';
import { main } from '../../src/gates/bench/main.js';
import { logEntry } from '../../src/history/log.js';
import { FakeCommits } from '../github/fake-commits.js';
import { FakeDataBranches } from '../github/fake-data-branch.js';
import { OpenApiServer, type Handler } from '../github/openapi-server.js';

const root = resolve(import.meta.dirname, '../..');
const token = 'ghs_ancestryTokenNeverLogged0123456789abcd';
const COMPARE = 'repos/compare-commits-with-basehead';
/** A full sha from a letter (the branch) and a number: `a13` → `a130000…`. */
const sha = (name: string): string => name.padEnd(40, '0');
/** @actions/core keeps the summary path of its first write: one file, emptied per run. */
const summaryFile = join(mkdtempSync(join(tmpdir(), 'kaizen-ancestry-summary-')), 's.md');

const mainLine = Array.from({ length: 21 }, (_, i) => `a${String(i + 1).padStart(2, '0')}`);
/** Stored runs, in the order they were appended: [commit, parse time in ms]. */
const ancestryRuns: [string, number][] = [
  ['a01', 100],
  ['a02', 101.5],
  ['a03', 99],
  ['a04', 100.8],
  ['a05', 98.7],
  ['a06', 100.2],
  ['a07', 101],
  ['a08', 99.4],
  ['a09', 100.6],
  ['a10', 99.8],
  ['a11', 100.3],
  ['a12', 99.1],
];
const laterRuns: [string, number][] = [
  ['a14', 130],
  ['a15', 131.2],
  ['b01', 160],
  ['b02', 161],
  ['a16', 129.5],
  ['a17', 130.7],
  ['a18', 129.8],
  ['a19', 130.4],
  ['a20', 131],
  ['a21', 129.2],
];

function historyText(runs: readonly [string, number][]): string {
  return runs
    .map(([name, ms], i) =>
      JSON.stringify(
        logEntry(
          BENCH_HISTORY,
          {
            suite: 'default',
            sha: sha(name),
            createdAt: new Date(Date.UTC(2026, 10, 1) + i * 86_400_000).toISOString(),
          },
          {
            benchmarks: [
              // Stored as the gate stores results: in the canonical unit of times, ns.
              { name: 'parse', unit: 'ns', direction: 'smaller-is-better', median: ms * 1e6, n: 1 },
            ],
          },
          { runId: String(1000 + i) },
        ),
      ),
    )
    .map((line) => `${line}\n`)
    .join('');
}

let dir: string;
let data: FakeDataBranches;
let server: OpenApiServer;
let log: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kaizen-ancestry-action-'));
  data = new FakeDataBranches();
  const commits = new FakeCommits().chain(mainLine.map(sha));
  commits.chain(['b01', 'b02'].map(sha), sha('a10')).add(sha('d01'), [sha('a13')]);
  server = await OpenApiServer.start({ ...data.handlers(), ...commits.handlers() });
  log = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    log += String(chunk);
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  await server.close();
});

interface Run {
  exitCode: number;
  outputs: string;
  summary: string;
  verdict: { status: string; data: unknown; notes: { level: string; text: string }[] };
}

/** One gate phase on the pull request d01 (base branch head a21), with baseline files. */
async function pullRequest(): Promise<Run> {
  const event = JSON.parse(
    readFileSync(join(root, 'test/fixtures/github/events/pull_request.same-repo.json'), 'utf8'),
  ) as { pull_request: { base: { sha: string }; head: { sha: string } } };
  event.pull_request.base.sha = sha('a21');
  event.pull_request.head.sha = sha('d01');
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event));
  const file = (name: string, ms: number): string => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify([{ name: 'parse', unit: 'ms', value: ms }]));
    return path;
  };
  const outputs = join(dir, 'outputs');
  writeFileSync(outputs, '');
  writeFileSync(summaryFile, '');
  const verdictPath = join(dir, 'verdict.json');
  const env: Record<string, string> = {
    INPUT_CURRENT: file('head.json', 128),
    INPUT_BASELINE: file('base.json', 100.5),
    INPUT_FORMAT: 'custom-smaller-is-better',
    INPUT_HISTORY: 'true',
    'INPUT_HISTORY-WINDOW': '10',
    'INPUT_SINGLE-VALUE': 'fail',
    'INPUT_GITHUB-TOKEN': token,
    'INPUT_CHECK-RUN': 'false',
    INPUT_COMMENT: 'never',
    'INPUT_VERDICT-PATH': verdictPath,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_SHA: 'e'.repeat(40),
    GITHUB_REF: 'refs/pull/42/merge',
    GITHUB_RUN_ID: '2000',
    GITHUB_API_URL: server.baseUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
  };
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  process.exitCode = undefined;
  await main();
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return {
    exitCode,
    outputs: readFileSync(outputs, 'utf8'),
    summary: readFileSync(summaryFile, 'utf8'),
    verdict: JSON.parse(readFileSync(verdictPath, 'utf8')) as Run['verdict'],
  };
}

describe('actions/bench: the history window of a pull request', () => {
  it('holds only runs of the merge base’s ancestry, not those after it or on other branches', async () => {
    data.seed('kaizen-data', 'bench/default.jsonl', historyText([...ancestryRuns, ...laterRuns]));
    const cut = await pullRequest();
    expect(server.violations).toEqual([]);
    // Against the ancestry's ~100 ms, 128 ms is a proven slowdown beyond 10%.
    expect(cut.verdict.status).toBe('fail');
    expect(cut.exitCode).toBe(1);
    const notes = cut.verdict.notes.map((note) => note.text).join('\n');
    expect(notes).toContain(
      "up to 10 stored runs (the last 10 runs stored in the history of the merge base's ancestry (a130000))",
    );
    expect(notes).not.toContain('could not be cut');
    // One request for the merge base (it also names a14–a21), one per stored commit of b.
    expect(server.requestsTo(COMPARE).map((r) => r.pathParams['basehead'])).toEqual([
      `${sha('d01')}...${sha('a21')}`,
      `${sha('b02')}...${sha('a13')}`,
      `${sha('b01')}...${sha('a13')}`,
      ...ancestryRuns
        .slice(-10)
        .reverse()
        .map(([name]) => `${sha(name)}...${sha('a13')}`),
    ]);

    // The same verdict as a history that never held the later runs.
    data = new FakeDataBranches();
    data.seed('kaizen-data', 'bench/default.jsonl', historyText(ancestryRuns));
    await server.close();
    const commits = new FakeCommits().chain(mainLine.map(sha));
    commits.chain(['b01', 'b02'].map(sha), sha('a10')).add(sha('d01'), [sha('a13')]);
    server = await OpenApiServer.start({ ...data.handlers(), ...commits.handlers() });
    const alone = await pullRequest();
    expect(alone.verdict.data).toEqual(cut.verdict.data);
    expect(alone.exitCode).toBe(cut.exitCode);
    expect(log.replace(/::add-mask::.*\n/g, '')).not.toContain(token);
  }, 60_000);

  it.each([
    [403, 'Resource not accessible by integration', 1],
    [404, 'Not Found', 1],
    // A server error is retried three times (waits of 1, 4 and 9 seconds) before it counts.
    [500, 'Server Error', 4],
  ])(
    'still decides, and says so, when GitHub answers %i to the merge-base request',
    async (status, message, answers) => {
      data.seed('kaizen-data', 'bench/default.jsonl', historyText([...ancestryRuns, ...laterRuns]));
      server.failNext(COMPARE, { status, body: { message } }, answers);
      const run = await pullRequest();
      expect(server.violations).toEqual([]);
      // No merge base: the window is the last 10 stored runs, after the merge base and on b too,
      // against which 128 ms is no change. The API failure is a note, never an error status.
      expect(run.verdict.status).toBe('pass');
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toMatch(/status<<[\s\S]*?\npass\n/);
      expect(run.verdict.notes).toContainEqual({
        level: 'warning',
        text: "The history window could not be cut to the merge base's ancestry (neither the GitHub API nor local git could tell the merge base); it holds the last stored runs, which may include runs stored after the merge base or on other branches.",
      });
      expect(run.summary).toContain('> [!WARNING]\n> The history window could not be cut');
      expect(log).toContain(`Could not ask GitHub for the merge base (HTTP ${status}: ${message})`);
    },
    60_000,
  );

  it('still decides when GitHub fails on a stored commit after naming the merge base', async () => {
    data.seed('kaizen-data', 'bench/default.jsonl', historyText([...ancestryRuns, ...laterRuns]));
    await server.close();
    const commits = new FakeCommits().chain(mainLine.map(sha));
    commits.chain(['b01', 'b02'].map(sha), sha('a10')).add(sha('d01'), [sha('a13')]);
    const compare = commits.handlers()[COMPARE] as Handler;
    // The merge-base request is answered; the first question about a stored commit is refused.
    server = await OpenApiServer.start({
      ...data.handlers(),
      [COMPARE]: (request) =>
        server.requestsTo(COMPARE).length === 1
          ? compare(request)
          : { status: 403, body: { message: 'Resource not accessible by integration' } },
    });
    const run = await pullRequest();
    expect(server.violations).toEqual([]);
    expect(run.verdict.status).toBe('pass');
    expect(run.exitCode).toBe(0);
    expect(run.verdict.notes.map((note) => note.text).join('\n')).toContain(
      "The history window could not be cut to the merge base's ancestry (GitHub could not compare b020000 with the merge base (HTTP 403: Resource not accessible by integration); local git could not tell whether b020000 is an ancestor of the merge base",
    );
    // GitHub is not asked again once it refused.
    expect(server.requestsTo(COMPARE)).toHaveLength(2);
  }, 60_000);
});

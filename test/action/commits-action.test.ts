/**
 * The commits named in every report of an action run (issue 14, item 5), end to end in-process:
 * the bench action (src/gates/bench/main.ts) on real webhook payloads (test/fixtures/events and
 * test/fixtures/github/events, see their SOURCES.md) and the real Google Benchmark results of
 * examples/bench, publishing to the loopback GitHub that checks every request against GitHub's
 * OpenAPI description. A pull request names its base and head; a push its previous tip and
 * head; the push that creates a branch, and a scheduled run, the head alone.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/gates/bench/main.js';
import { ACTIONS_BOT, FakeGitHub } from '../github/fake-github.js';
import { OpenApiServer } from '../github/openapi-server.js';

const root = resolve(import.meta.dirname, '../..');
const token = 'ghs_commitsTokenNeverLogged0123456789abcdef';
const prEvent = join(root, 'test/fixtures/events/pull_request.synchronize.json');
const newBranchPush = join(root, 'test/fixtures/events/push.json');
const push = join(root, 'test/fixtures/github/events/push.json');
const pr = JSON.parse(readFileSync(prEvent, 'utf8')) as {
  number: number;
  pull_request: { base: { sha: string }; head: { sha: string } };
};
const pushPayload = JSON.parse(readFileSync(push, 'utf8')) as { before: string; after: string };

/**
 * @actions/core keeps the job summary's path from its first write in the process, so every run
 * writes to this one file, emptied before each run.
 */
const summaryFile = join(mkdtempSync(join(tmpdir(), 'kaizen-commits-summary-')), 'summary.md');
const originalCwd = process.cwd();
let workspace: string;
let fake: FakeGitHub;
let server: OpenApiServer;

beforeEach(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'kaizen-commits-'));
  cpSync(join(root, 'examples/bench'), join(workspace, 'bench'), { recursive: true });
  process.chdir(workspace);
  fake = new FakeGitHub();
  server = await OpenApiServer.start(fake.handlers());
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(async () => {
  vi.restoreAllMocks();
  process.chdir(originalCwd);
  process.exitCode = undefined;
  await server.close();
});

/** One run of the bench action's gate phase; returns its job summary. */
async function runBench(env: Record<string, string>): Promise<string> {
  writeFileSync(summaryFile, '');
  const outputs = join(workspace, 'outputs');
  writeFileSync(outputs, '');
  const all: Record<string, string> = {
    INPUT_BASELINE: 'bench/base-*.json',
    INPUT_CURRENT: 'bench/head-*.json',
    'INPUT_GITHUB-TOKEN': token,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_RUN_ID: '1001',
    GITHUB_API_URL: server.baseUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: workspace,
    ...env,
  };
  for (const [name, value] of Object.entries(all)) vi.stubEnv(name, value);
  await main();
  return readFileSync(summaryFile, 'utf8');
}

/** The footer: the last line of a report. */
const footerOf = (markdown: string): string => markdown.trimEnd().split('\n').at(-1) ?? '';
const web = 'https://github.com/Codertocat/Hello-World';
const link = (sha: string): string => `[\`${sha.slice(0, 7)}\`](${web}/commit/${sha})`;

describe('the commits in the reports of an action run', () => {
  it('names the base and head of a pull request in the comment, check run and job summary', async () => {
    const { base, head } = pr.pull_request;
    fake.pullRequests.set(pr.number, { headSha: head.sha, headOwner: ACTIONS_BOT });
    const summary = await runBench({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: prEvent,
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: `refs/pull/${pr.number}/merge`,
    });
    const line =
      `Comparing ${link(base.sha)}…${link(head.sha)} ` +
      `([diff](${web}/compare/${base.sha}...${head.sha}))`;
    const [comment] = fake.commentsOn(pr.number);
    expect(footerOf(comment?.body ?? '')).toContain(line);
    const [checkRun] = [...fake.checkRuns.values()];
    expect(checkRun?.headSha).toBe(head.sha);
    expect(footerOf(checkRun?.text ?? '')).toContain(line);
    expect(footerOf(summary)).toContain(line);
  });

  it("names a push's previous tip and its head", async () => {
    const summary = await runBench({
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: push,
      GITHUB_SHA: pushPayload.after,
      GITHUB_REF: 'refs/heads/main',
    });
    expect(footerOf(summary)).toContain(
      `Comparing ${link(pushPayload.before)}…${link(pushPayload.after)} ` +
        `([diff](${web}/compare/${pushPayload.before}...${pushPayload.after}))`,
    );
  });

  it('names the head alone on the push that creates a branch (before is all zeros)', async () => {
    const { after } = JSON.parse(readFileSync(newBranchPush, 'utf8')) as { after: string };
    const summary = await runBench({
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: newBranchPush,
      GITHUB_SHA: after,
      GITHUB_REF: 'refs/heads/changes',
    });
    expect(footerOf(summary)).toContain(`Commit ${link(after)}`);
    expect(summary).not.toContain('Comparing');
    expect(summary).not.toContain('0000000');
  });

  it('names the head alone on a scheduled run', async () => {
    const event = join(workspace, 'schedule.json');
    writeFileSync(event, JSON.stringify({ schedule: '0 2 * * *' }));
    const sha = 'c0ffee'.repeat(6) + 'c0ff';
    const summary = await runBench({
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_EVENT_PATH: event,
      GITHUB_SHA: sha,
      GITHUB_REF: 'refs/heads/main',
    });
    expect(footerOf(summary)).toMatch(
      new RegExp(`kaizen-gates [^ ]+ · Commit ${escapeRegExp(link(sha))}</sub>$`),
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

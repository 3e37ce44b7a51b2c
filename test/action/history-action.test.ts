/**
 * `history: true` through actions/bench, end to end: pushes to the default branch append to the
 * data branch (created as an orphan on the first push); a pull request reads it, judges a
 * single-value benchmark against the stored run-to-run noise, and charts the trend in its
 * comment. GitHub is the loopback server that checks every request against the OpenAPI
 * description, with the commits of the pushes (1…6, one line) and of the pull request (e, from
 * 6), so that the pull request's merge base and its ancestry can be asked for.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseHistory } from '../../src/gates/bench/history.js';
import { FakeCommits } from '../github/fake-commits.js';
import { FakeDataBranches } from '../github/fake-data-branch.js';
import { OpenApiServer } from '../github/openapi-server.js';
import { directoryCache, runComposite } from './composite-runner.js';

const root = resolve(import.meta.dirname, '../..');
const token = 'ghs_historyTokenNeverLogged0123456789abcdef';

let workspace: string;
let data: FakeDataBranches;
let server: OpenApiServer;

beforeEach(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'kaizen-history-'));
  data = new FakeDataBranches();
  const commits = new FakeCommits().chain(['1', '2', '3', '4', '5', '6'].map((c) => c.repeat(40)));
  commits.add('e'.repeat(40), ['6'.repeat(40)]);
  server = await OpenApiServer.start({ ...data.handlers(), ...commits.handlers() });
});
afterEach(async () => {
  await server.close();
});

/** The same-repo pull request event, from the head e to the base branch's head 6. */
function pullRequestEvent(): string {
  const event = JSON.parse(
    readFileSync(join(root, 'test/fixtures/github/events/pull_request.same-repo.json'), 'utf8'),
  ) as { pull_request: { base: { sha: string }; head: { sha: string } } };
  event.pull_request.base.sha = '6'.repeat(40);
  event.pull_request.head.sha = 'e'.repeat(40);
  const path = join(workspace, 'pull_request.json');
  writeFileSync(path, JSON.stringify(event));
  return path;
}

function env(event: 'push' | 'pull_request', sha: string, runId: number): Record<string, string> {
  const payloads = {
    push: join(root, 'test/fixtures/github/events/push.json'),
    pull_request: pullRequestEvent(),
  };
  return {
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: payloads[event],
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_SHA: sha,
    GITHUB_REF: event === 'push' ? 'refs/heads/main' : 'refs/pull/5/merge',
    GITHUB_RUN_ID: String(runId),
    GITHUB_API_URL: server.baseUrl,
    GITHUB_SERVER_URL: 'https://github.com',
  };
}

/** One value per benchmark and run, in github-action-benchmark's custom format. */
function results(name: string, parseMs: number): string {
  writeFileSync(
    join(workspace, name),
    JSON.stringify([{ name: 'parse', unit: 'ms', value: parseMs }]),
  );
  return name;
}

describe('actions/bench with history: true', () => {
  // Seven runs of the action, each two Node processes: about 20 s on an idle 2-core machine,
  // over 30 s when other jobs share it, hence the longer timeout.
  it('appends on pushes and charts the trend on a pull request', async () => {
    const cache = directoryCache(join(workspace, '.cache'));
    const pushes = [100, 102, 99, 101, 98, 100];
    for (const [i, ms] of pushes.entries()) {
      const push = await runComposite({
        actionFile: join(root, 'actions/bench/action.yml'),
        inputs: { current: results(`push-${i}.json`, ms), history: 'true' },
        env: env('push', String(i + 1).repeat(40), 100 + i),
        workspace,
        uses: cache,
        githubToken: token,
      });
      expect(push.outputs.status).toBe('pass');
    }
    const stored = parseHistory(data.file('kaizen-data', 'bench/default.jsonl') ?? '', 'history');
    expect(stored.entries.map((e) => e.runId)).toEqual(['100', '101', '102', '103', '104', '105']);

    const pr = await runComposite({
      actionFile: join(root, 'actions/bench/action.yml'),
      inputs: {
        baseline: results('base.json', 100),
        current: results('head.json', 135),
        history: 'true',
        'single-value': 'fail',
      },
      env: env('pull_request', 'e'.repeat(40), 200),
      workspace,
      uses: cache,
      githubToken: token,
    });
    expect(pr.outputs.status).toBe('fail');
    expect(pr.summary).toContain('xychart-beta');
    expect(server.violations).toEqual([]);
    // A pull request never writes the history.
    expect(
      parseHistory(data.file('kaizen-data', 'bench/default.jsonl') ?? '', 'h').entries,
    ).toHaveLength(6);
    const shown = `${pr.log}`.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(shown.join('\n')).not.toContain(token);
  }, 120_000);
});

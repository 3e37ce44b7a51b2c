/**
 * The two-workflow pattern for fork PRs, end to end: the read-only PR run writes a verdict
 * envelope; the `workflow_run` run publishes it through actions/publish against a loopback
 * GitHub that checks every request against GitHub's OpenAPI description.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS_BOT, FakeGitHub } from '../github/fake-github.js';
import { OpenApiServer } from '../github/openapi-server.js';
import { directoryCache, runComposite } from './composite-runner.js';

const root = resolve(import.meta.dirname, '../..');
const forkEvent = join(root, 'test/fixtures/github/events/pull_request.fork.json');
const workflowRunEvent = join(root, 'test/fixtures/github/events/workflow_run.json');
const token = 'ghs_publishTokenNeverLogged0123456789abcdef';

let workspace: string;
let fake: FakeGitHub;
let server: OpenApiServer;

beforeEach(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'kaizen-fork-'));
  cpSync(join(root, 'examples/bench'), join(workspace, 'bench'), { recursive: true });
  fake = new FakeGitHub();
  server = await OpenApiServer.start(fake.handlers());
});
afterEach(async () => {
  await server.close();
});

function repoEnv(event: string, eventPath: string, runId: string): Record<string, string> {
  return {
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: runId,
    GITHUB_API_URL: server.baseUrl,
    GITHUB_SERVER_URL: 'https://github.com',
  };
}

async function gateRunOnFork(benchmarkName?: string): Promise<string> {
  if (benchmarkName !== undefined) {
    // A fork controls its benchmark names: rename one to something hostile.
    for (const file of [
      'base-1.json',
      'base-2.json',
      'base-3.json',
      'base-4.json',
      'base-5.json',
      'head-1.json',
      'head-2.json',
      'head-3.json',
      'head-4.json',
      'head-5.json',
    ]) {
      const path = join(workspace, 'bench', file);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('BM_StringJoin', benchmarkName));
    }
  }
  const gate = await runComposite({
    actionFile: join(root, 'actions/bench/action.yml'),
    inputs: {
      baseline: 'bench/base-*.json',
      current: 'bench/head-*.json',
      comment: 'never',
      'check-run': 'false',
    },
    env: repoEnv('pull_request', forkEvent, '9001'),
    workspace,
    uses: directoryCache(join(workspace, '.cache')),
  });
  expect(gate.outputs.status).toBe('fail');
  // The artifact upload and download of the two workflows, as a copy.
  const downloaded = join(workspace, 'verdict');
  mkdirSync(downloaded);
  cpSync(gate.outputs['envelope-path'] ?? '', join(downloaded, 'bench.envelope.json'));
  return downloaded;
}

/** The privileged workflow_run half: actions/publish on the downloaded envelopes. */
function publishDownloaded(): ReturnType<typeof runComposite> {
  return runComposite({
    actionFile: join(root, 'actions/publish/action.yml'),
    inputs: { envelopes: 'verdict/*.json' },
    env: repoEnv('workflow_run', workflowRunEvent, '9002'),
    workspace,
    githubToken: token,
  });
}

describe('fork PR publishing (workflow_run)', () => {
  it('publishes the comment and the check run of the fork PR', async () => {
    fake.pullRequests.set(7, {
      headSha: '3'.repeat(40),
      headOwner: { login: 'stranger', id: 7, type: 'User' },
    });
    await gateRunOnFork();
    const publish = await publishDownloaded();
    expect(publish.failed).toBe(false);
    expect(server.violations).toEqual([]);
    const [comment] = fake.commentsOn(7);
    expect(comment?.user).toEqual(ACTIONS_BOT);
    expect(comment?.body).toMatch(/<!-- kaizen-gates:bench:default -->/);
    expect(comment?.body).toContain('regressed beyond 10%');
    const [checkRun] = [...fake.checkRuns.values()];
    expect(checkRun).toMatchObject({ headSha: '3'.repeat(40), conclusion: 'failure' });
    // The runner swallows ::add-mask:: commands; nothing else may show the token.
    const shown = publish.log.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(shown.join('\n')).not.toContain(token);
  });

  it('re-renders from the verdict, so a hostile name cannot ping or inject HTML', async () => {
    fake.pullRequests.set(7, {
      headSha: '3'.repeat(40),
      headOwner: { login: 'stranger', id: 7, type: 'User' },
    });
    await gateRunOnFork('@octocat</details><img src=x>');
    // The fork could also have edited the envelope's rendered comment: it is ignored.
    const envelopeFile = join(workspace, 'verdict', 'bench.envelope.json');
    const envelope = JSON.parse(readFileSync(envelopeFile, 'utf8')) as { commentBody: string };
    envelope.commentBody = '@everyone <script>alert(1)</script>';
    writeFileSync(envelopeFile, JSON.stringify(envelope));
    const publish = await publishDownloaded();
    expect(publish.failed).toBe(false);
    const body = fake.commentsOn(7)[0]?.body ?? '';
    expect(body).not.toContain('@everyone');
    // Inside code spans GitHub shows text literally (no tags, no mentions): look outside them.
    const outsideCode = body.replace(/(`+)[^`]*?\1/g, '');
    expect(outsideCode).not.toMatch(/<(script|img)/);
    expect(outsideCode).not.toMatch(/(^|[^\u200d])@octocat/);
    expect(body).toContain('`@octocat</details><img src=x>/256`');
  });

  it('refuses an envelope whose PR head is not the commit the triggering run built', async () => {
    // PR #7 has moved on (or the fork named someone else's PR): nothing is published.
    fake.pullRequests.set(7, {
      headSha: '4'.repeat(40),
      headOwner: { login: 'stranger', id: 7, type: 'User' },
    });
    await gateRunOnFork();
    const publish = await publishDownloaded();
    expect(fake.commentsOn(7)).toEqual([]);
    expect(publish.log).toMatch(/PR #7/);
  });

  it('fails on a tampered envelope, naming the problem', async () => {
    await gateRunOnFork();
    const envelopeFile = join(workspace, 'verdict', 'bench.envelope.json');
    const envelope = JSON.parse(readFileSync(envelopeFile, 'utf8')) as Record<string, unknown>;
    envelope.pullRequest = '7; rm -rf /';
    writeFileSync(envelopeFile, JSON.stringify(envelope));
    const publish = await publishDownloaded();
    expect(publish.failed).toBe(true);
    expect(publish.log).toMatch(/pullRequest/);
    expect(fake.comments).toEqual([]);
  });
});

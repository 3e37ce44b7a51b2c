/**
 * actions/dashboard-diff/action.yml run the way the runner does (test/action/composite-runner.ts)
 * on a pull request of a real git repository whose branch changes real dotdc dashboards, against
 * the loopback GitHub that checks every request against GitHub's OpenAPI description: the sticky
 * comment, the check run with its annotations, the job summary, and a 403 on comments that does
 * not change the exit code.
 *
 * The action runs the committed bundle dist/dashboard-diff/index.mjs when it has been built;
 * before that (the bundle is built once, at release), the same action.yml runs the sources
 * through tsx, from a copy of the action whose dist/ entry loads them.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS_BOT, FakeGitHub } from '../../github/fake-github.js';
import { OpenApiServer } from '../../github/openapi-server.js';
import { runComposite, type CompositeResult } from '../../action/composite-runner.js';
import { createTestRepo, type TestRepo } from '../../diff/git-repo.js';

const root = resolve(import.meta.dirname, '../../..');
const token = 'ghs_dashboardTokenNeverLogged0123456789abcdef';
const history = join(root, 'test/fixtures/dashboard-diff/dotdc-history');
const revision = (dashboard: string, file: string): string =>
  readFileSync(join(history, dashboard, file), 'utf8');

/** The action file to run: the real one over the built bundle, else a copy over the sources. */
function actionFile(): string {
  const real = join(root, 'actions/dashboard-diff/action.yml');
  if (existsSync(join(root, 'dist/dashboard-diff/index.mjs'))) return real;
  const mirror = mkdtempSync(join(tmpdir(), 'kaizen-action-'));
  mkdirSync(join(mirror, 'actions/dashboard-diff'), { recursive: true });
  cpSync(real, join(mirror, 'actions/dashboard-diff/action.yml'));
  mkdirSync(join(mirror, 'dist/dashboard-diff'), { recursive: true });
  const url = (path: string) => pathToFileURL(join(root, path)).href;
  writeFileSync(
    join(mirror, 'dist/dashboard-diff/index.mjs'),
    `import { register } from ${JSON.stringify(url('node_modules/tsx/dist/esm/api/index.mjs'))};\n` +
      'register();\n' +
      `await import(${JSON.stringify(url('src/gates/dashboard-diff/index.ts'))});\n`,
  );
  return join(mirror, 'actions/dashboard-diff/action.yml');
}

let repo: TestRepo;
let fake: FakeGitHub;
let server: OpenApiServer;
let baseSha: string;

beforeEach(async () => {
  repo = createTestRepo();
  repo.write('dashboards/global.json', revision('k8s-views-global', '07-b1e2f0b.json'));
  repo.write('dashboards/nodes.json', revision('k8s-views-nodes', '00-b4e0422.json'));
  baseSha = repo.commit('main');
  repo.git('checkout', '-q', '-b', 'feature');
  // The real next revision: a `job` variable, and job="$job" in the queries.
  repo.write('dashboards/global.json', revision('k8s-views-global', '06-13bb54f.json'));
  fake = new FakeGitHub();
  server = await OpenApiServer.start(fake.handlers());
});
afterEach(async () => {
  await server.close();
});

/** Commits the branch and runs the action on the pull request event of that commit. */
async function runOnPullRequest(
  inputs: Record<string, string> = {},
  options: { shallow?: boolean } = {},
): Promise<CompositeResult> {
  if (repo.git('status', '--porcelain') !== '') repo.commit('feature');
  const headSha = repo.git('rev-parse', 'HEAD').trim();
  // actions/checkout's default: one commit of history, the base commit not fetched.
  const workspace = options.shallow === true ? shallowClone(repo.dir) : repo.dir;
  const event = JSON.parse(
    readFileSync(join(root, 'test/fixtures/github/events/pull_request.same-repo.json'), 'utf8'),
  ) as { number: number; pull_request: { base: { sha: string }; head: { sha: string } } };
  event.pull_request.base.sha = baseSha;
  event.pull_request.head.sha = headSha;
  const eventPath = join(mkdtempSync(join(tmpdir(), 'kaizen-event-')), 'event.json');
  writeFileSync(eventPath, JSON.stringify(event));
  fake.pullRequests.set(event.number, { headSha, headOwner: ACTIONS_BOT });
  return runComposite({
    actionFile: actionFile(),
    inputs,
    env: {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_SHA: headSha,
      GITHUB_REF: `refs/pull/${event.number}/merge`,
      GITHUB_RUN_ID: '4242',
      GITHUB_API_URL: server.baseUrl,
      GITHUB_SERVER_URL: 'https://github.com',
    },
    workspace,
    githubToken: token,
  });
}

function shallowClone(origin: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kaizen-checkout-')), 'repo');
  execFileSync('git', ['clone', '-q', '--depth=1', '--branch=feature', `file://${origin}`, dir], {
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  });
  return dir;
}

/** A real editing slip: the second query of a panel given the first one's refId. */
function duplicateRefId(): { line: number } {
  const text = revision('k8s-views-nodes', '00-b4e0422.json');
  const at = text.indexOf('"refId": "B"');
  repo.write('dashboards/nodes.json', `${text.slice(0, at)}"refId": "A"${text.slice(at + 12)}`);
  return { line: text.slice(0, at).split('\n').length };
}

describe('actions/dashboard-diff on a pull request', () => {
  it('fails on a lint error the PR introduces, with comment, check run, annotations and summary', async () => {
    const slip = duplicateRefId();
    const result = await runOnPullRequest();
    expect(server.violations).toEqual([]);
    expect(result.failed).toBe(true);
    expect(result.outputs.status).toBe('fail');
    expect(result.outputs['lint-errors']).toBe('1');
    // Both dashboards changed: global.json by its next revision, nodes.json by the slip.
    expect(result.outputs['dashboards-changed']).toBe('2');
    expect(Number(result.outputs.changes)).toBeGreaterThanOrEqual(10);

    const [comment, ...more] = fake.commentsOn(42);
    expect(more).toEqual([]);
    expect(comment?.body).toMatch(/<!-- kaizen-gates:dashboard-diff:default -->/);
    expect(comment?.body).toContain('Kubernetes / Views / Global');
    expect(comment?.body).toMatch(/job/);

    const [checkRun] = [...fake.checkRuns.values()];
    expect(checkRun).toMatchObject({
      name: 'kaizen-gates / dashboard-diff',
      conclusion: 'failure',
      headSha: fake.pullRequests.get(42)?.headSha,
    });
    const annotations = checkRun?.annotations as {
      path: string;
      start_line: number;
      annotation_level: string;
      message: string;
    }[];
    const annotation = annotations.find((a) => a.path === 'dashboards/nodes.json');
    expect(annotation?.annotation_level).toBe('failure');
    // On the query (or its panel), a few lines above the refId that repeats.
    expect(annotation?.start_line).toBeGreaterThan(slip.line - 60);
    expect(annotation?.start_line).toBeLessThanOrEqual(slip.line);

    expect(result.summary).toContain('Kubernetes / Views / Global');
    expect(result.summary).toMatch(/job/);
    const shown = result.log.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(shown.join('\n')).not.toContain(token);
  }, 180_000);

  it('keeps one sticky comment across runs, updated to the latest change', async () => {
    const first = await runOnPullRequest();
    expect(first.failed).toBe(false);
    expect(fake.commentsOn(42)).toHaveLength(1);
    duplicateRefId();
    const second = await runOnPullRequest();
    expect(second.outputs.status).toBe('fail');
    expect(server.violations).toEqual([]);
    const comments = fake.commentsOn(42);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toMatch(/refId/i);
  }, 180_000);

  it('does not change the exit code when the token may not comment (403)', async () => {
    server.failNext('issues/create-comment', {
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      },
    });
    const result = await runOnPullRequest();
    expect(result.failed).toBe(false);
    expect(result.outputs.status).not.toBe('fail');
    expect(fake.commentsOn(42)).toEqual([]);
    expect(result.log).toMatch(/pull-requests: write/);
    // The other channels still report.
    expect([...fake.checkRuns.values()]).toHaveLength(1);
    expect(result.summary).toContain('Kubernetes / Views / Global');
    expect(server.violations).toEqual([]);
  }, 180_000);

  it('deepens a shallow checkout until the merge base with the PR base is there', async () => {
    // The base branch moves on after the fork, so the clone has neither side's history.
    repo.commit('feature');
    repo.git('checkout', '-q', 'main');
    repo.write('dashboards/nodes.json', revision('k8s-views-nodes', '01-ab1d6d7.json'));
    const forkPoint = baseSha;
    baseSha = repo.commit('main moves on');
    repo.git('checkout', '-q', 'feature');
    const result = await runOnPullRequest({}, { shallow: true });
    expect(result.outputs.status).not.toBe('error');
    expect(result.log).toMatch(/Shallow clone: fetching/);
    const verdict = JSON.parse(readFileSync(result.outputs['verdict-path'] ?? '', 'utf8')) as {
      headline: string;
      data: { dashboards: { file: string }[] };
    };
    // Compared with the fork point: main's later edit of nodes.json is not the PR's.
    expect(verdict.headline).toContain(`(${forkPoint.slice(0, 7)})`);
    expect(verdict.data.dashboards.map((d) => d.file)).toEqual(['dashboards/global.json']);
  }, 180_000);

  it('fails as unable to run when base-ref names nothing git can find', async () => {
    const result = await runOnPullRequest({ 'base-ref': 'origin/no-such-branch' });
    expect(result.failed).toBe(true);
    expect(result.outputs.status).toBe('error');
    expect(result.summary + result.log).toMatch(/git knows no commit 'origin\/no-such-branch'/);
  }, 180_000);
});

/**
 * actions/coverage/action.yml run the way the runner does (test/action/composite-runner.ts) on
 * a real git repository holding the demo project (examples/coverage: C sources and their real
 * lcov report), against the loopback GitHub that checks every request against GitHub's OpenAPI
 * description: a pull request whose patch is not covered fails with the sticky comment, a check
 * run annotating the uncovered changed lines, and the job summary; a push to the default branch
 * stores its coverage in the (directory-backed) Actions cache and a later pull request's drop
 * check finds it at its merge base; monorepo keys keep one comment each.
 *
 * The action runs the committed bundle dist/coverage/index.mjs when it has been built; before
 * that, the same action.yml runs the sources through tsx, from a copy whose dist/ entry loads them.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS_BOT, FakeGitHub } from '../../github/fake-github.js';
import { OpenApiServer } from '../../github/openapi-server.js';
import {
  directoryCache,
  runComposite,
  type CompositeResult,
  type UsesHandler,
} from '../../action/composite-runner.js';
import { createTestRepo, type TestRepo } from '../../diff/git-repo.js';

const root = resolve(import.meta.dirname, '../../..');
const token = 'ghs_coverageTokenNeverLogged0123456789abcdef';
const demo = (path: string): string => readFileSync(join(root, 'examples/coverage', path), 'utf8');

/** The action file to run: the real one over the built bundle, else a copy over the sources. */
function actionFile(): string {
  const real = join(root, 'actions/coverage/action.yml');
  if (existsSync(join(root, 'dist/coverage/index.mjs'))) return real;
  const mirror = mkdtempSync(join(tmpdir(), 'kaizen-action-'));
  mkdirSync(join(mirror, 'actions/coverage'), { recursive: true });
  cpSync(real, join(mirror, 'actions/coverage/action.yml'));
  mkdirSync(join(mirror, 'dist/coverage'), { recursive: true });
  const url = (path: string) => pathToFileURL(join(root, path)).href;
  writeFileSync(
    join(mirror, 'dist/coverage/index.mjs'),
    `import { register } from ${JSON.stringify(url('node_modules/tsx/dist/esm/api/index.mjs'))};\n` +
      'register();\n' +
      `await import(${JSON.stringify(url('src/gates/coverage/index.ts'))});\n`,
  );
  return join(mirror, 'actions/coverage/action.yml');
}

/** The demo's calc.c without `calc_factorial`, and the first line of that function in the demo. */
function withoutFactorial(): { text: string; start: number } {
  const text = demo('src/calc.c');
  const at = text.indexOf('\nint calc_factorial');
  return { text: text.slice(0, at), start: text.slice(0, at).split('\n').length + 1 };
}

let repo: TestRepo;
let fake: FakeGitHub;
let server: OpenApiServer;
let baseSha: string;
let cache: Record<string, UsesHandler>;
const factorial = withoutFactorial();

beforeEach(async () => {
  repo = createTestRepo();
  repo.write('.gitignore', '*.info\n');
  repo.write('src/calc.h', demo('src/calc.h'));
  repo.write('test/main.c', demo('test/main.c'));
  repo.write('src/calc.c', factorial.text);
  // main's own report: the demo report without the lines calc_factorial adds.
  repo.write(
    'coverage.info',
    demo('coverage.info')
      .split('\n')
      .filter((record) => {
        const line = /^(DA|FN|BRDA):(\d+)/.exec(record)?.[2];
        return (line === undefined || Number(line) < factorial.start) && !/factorial/.test(record);
      })
      .join('\n'),
  );
  baseSha = repo.commit('main');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('src/calc.c', demo('src/calc.c'));
  repo.write('coverage.info', demo('coverage.info'));
  repo.commit('feature: calc_factorial');
  fake = new FakeGitHub();
  server = await OpenApiServer.start(fake.handlers());
  cache = directoryCache(mkdtempSync(join(tmpdir(), 'kaizen-cache-')));
});
afterEach(async () => {
  await server.close();
});

const env = (event: Record<string, string>): Record<string, string> => ({
  GITHUB_REPOSITORY: 'acme/widgets',
  GITHUB_RUN_ID: '4242',
  GITHUB_API_URL: server.baseUrl,
  GITHUB_SERVER_URL: 'https://github.com',
  ...event,
});

/** A clone of the feature branch with one commit of history, as actions/checkout makes it. */
function shallowClone(origin: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kaizen-checkout-')), 'repo');
  execFileSync('git', ['clone', '-q', '--depth=1', '--branch=feature', `file://${origin}`, dir], {
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  });
  writeFileSync(join(dir, 'coverage.info'), demo('coverage.info'));
  return dir;
}

/** Runs the action on the pull request event of the checkout's HEAD. */
async function runOnPullRequest(
  inputs: Record<string, string>,
  workspace: string = repo.dir,
): Promise<CompositeResult> {
  const headSha = repo.git('rev-parse', 'HEAD').trim();
  const event = JSON.parse(
    readFileSync(join(root, 'test/fixtures/github/events/pull_request.same-repo.json'), 'utf8'),
  ) as { number: number; pull_request: { base: { sha: string }; head: { sha: string } } };
  event.pull_request.base.sha = baseSha;
  event.pull_request.head.sha = headSha;
  const eventPath = join(mkdtempSync(join(tmpdir(), 'kaizen-event-')), 'event.json');
  writeFileSync(eventPath, JSON.stringify(event));
  fake.pullRequests.set(event.number, { headSha, headOwner: ACTIONS_BOT });
  // The fake answers no compare request: the merge base then comes from local git, as it does
  // when the API fails on a real runner.
  server.failNext('repos/compare-commits-with-basehead', {
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
  });
  return runComposite({
    actionFile: actionFile(),
    inputs: { report: 'coverage.info', ...inputs },
    env: env({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_SHA: headSha,
      GITHUB_REF: `refs/pull/${event.number}/merge`,
    }),
    workspace,
    githubToken: token,
    uses: cache,
  });
}

/** Runs the action on a push of the checkout's HEAD to the default branch. */
async function runOnPush(inputs: Record<string, string>): Promise<CompositeResult> {
  const sha = repo.git('rev-parse', 'HEAD').trim();
  return runComposite({
    actionFile: actionFile(),
    inputs: { report: 'coverage.info', ...inputs },
    env: env({
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: join(root, 'test/fixtures/events/push.json'),
      GITHUB_SHA: sha,
      // The event's repository names `master` as its default branch.
      GITHUB_REF: 'refs/heads/master',
    }),
    workspace: repo.dir,
    githubToken: '',
    uses: cache,
  });
}

describe('actions/coverage on a pull request', () => {
  it('fails on an uncovered patch, with comment, check run annotations and summary', async () => {
    const result = await runOnPullRequest({ 'min-patch': '80%' });
    expect(server.violations).toEqual([]);
    expect(result.failed).toBe(true);
    expect(result.outputs.status).toBe('fail');
    expect(result.outputs['patch-coverage']).toBe('0%');
    expect(result.outputs['total-coverage']).toMatch(/^70\.[34]%$/);

    const [comment, ...more] = fake.commentsOn(42);
    expect(more).toEqual([]);
    expect(comment?.body).toMatch(/<!-- kaizen-gates:coverage:default -->/);
    expect(comment?.body).toMatch(/Patch coverage 0%/);
    expect(comment?.body).toContain('src/calc.c');

    const [checkRun] = [...fake.checkRuns.values()];
    expect(checkRun).toMatchObject({ name: 'kaizen-gates / coverage', conclusion: 'failure' });
    const annotations = checkRun?.annotations as {
      path: string;
      start_line: number;
      end_line: number;
    }[];
    expect(annotations.length).toBeGreaterThan(0);
    for (const annotation of annotations) {
      expect(annotation.path).toBe('src/calc.c');
      expect(annotation.start_line).toBeGreaterThanOrEqual(factorial.start);
      expect(annotation.end_line).toBeGreaterThanOrEqual(annotation.start_line);
    }
    expect(result.summary).toMatch(/Patch coverage/);
    const shown = result.log.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(shown.join('\n')).not.toContain(token);
  }, 180_000);

  it('deepens a shallow checkout until the merge base is there', async () => {
    const result = await runOnPullRequest({ 'min-patch': '80%' }, shallowClone(repo.dir));
    expect(result.log).toMatch(/Shallow clone: fetching/);
    expect(result.outputs.status).toBe('fail');
    expect(result.outputs['patch-coverage']).toBe('0%');
    expect(server.violations).toEqual([]);
  }, 180_000);

  it('treats hostile input values as data, never as shell', async () => {
    const marker = join(repo.dir, 'pwned');
    const result = await runOnPullRequest({
      report: `$(touch ${marker})\`touch ${marker}\`; touch ${marker}`,
      'min-patch': '80%',
    });
    expect(existsSync(marker)).toBe(false);
    expect(result.failed).toBe(true);
    expect(result.outputs.status).toBe('error');
    expect(result.log).toMatch(/Input 'report': no file matches/);
  }, 180_000);

  it('keeps one sticky comment per key (monorepo components)', async () => {
    await runOnPullRequest({ key: 'web' });
    await runOnPullRequest({ key: 'api' });
    await runOnPullRequest({ key: 'web', 'min-patch': '80%' });
    expect(server.violations).toEqual([]);
    const bodies = fake.commentsOn(42).map((c) => c.body);
    expect(bodies).toHaveLength(2);
    expect(bodies.filter((b) => b.includes('kaizen-gates:coverage:web'))).toHaveLength(1);
    expect(bodies.filter((b) => b.includes('kaizen-gates:coverage:api'))).toHaveLength(1);
    expect(bodies.find((b) => b.includes('kaizen-gates:coverage:web'))).toMatch(/0% (&lt;|<) 80%/);
  }, 180_000);
});

describe('actions/coverage: the base coverage through the Actions cache', () => {
  it("stores a push's coverage and fails a pull request whose coverage drops from it", async () => {
    repo.git('checkout', '-q', 'main');
    repo.git('checkout', '-q', 'HEAD', '--', '.');
    // main's report (the working tree file is ignored by git, so write it back).
    repo.write(
      'coverage.info',
      demo('coverage.info')
        .split('\n')
        .filter((record) => {
          const line = /^(DA|FN|BRDA):(\d+)/.exec(record)?.[2];
          return (
            (line === undefined || Number(line) < factorial.start) && !/factorial/.test(record)
          );
        })
        .join('\n'),
    );
    const push = await runOnPush({});
    expect(push.outputs.status).toBe('pass');
    expect(push.stepOutputs.gate?.['save-key']).toBe(`kaizen-gates-coverage-default-${baseSha}`);
    expect(push.stepOutcomes.save).toBe('success');

    repo.git('checkout', '-q', 'feature');
    repo.write('coverage.info', demo('coverage.info'));
    const pr = await runOnPullRequest({ 'max-drop': '0' });
    expect(server.violations).toEqual([]);
    expect(pr.stepOutputs.prepare?.['restore-key']).toBe(
      `kaizen-gates-coverage-default-${baseSha}`,
    );
    expect(pr.stepOutcomes.restore).toBe('success');
    expect(pr.outputs.status).toBe('fail');
    expect(pr.outputs['coverage-change']).toMatch(/^-\d/);
    expect(pr.summary).toContain(baseSha.slice(0, 7));
    // A pull request never stores its coverage.
    expect(pr.stepOutcomes.save).toBe('skipped');

    const lenient = await runOnPullRequest({ 'max-drop': '25%' });
    expect(lenient.outputs.status).toBe('pass');
  }, 180_000);

  it('passes the drop check with a note when nothing is stored yet', async () => {
    const result = await runOnPullRequest({ 'max-drop': '0' });
    expect(result.failed).toBe(false);
    expect(result.outputs.status).not.toBe('fail');
    expect(result.stepOutcomes.restore).toBe('success');
    expect(result.summary).toMatch(/drop/i);
  }, 180_000);
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunContext } from '../../src/github/context.js';
import { publishVerdict, type PublishRequest } from '../../src/github/publish.js';
import type { CheckRunReport } from '../../src/report/types.js';
import { RecordingLogger, startHarness, TEST_TOKEN, type Harness } from './harness.js';

const HEAD = 'e'.repeat(40);

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  expect(h.server.violations).toEqual([]);
  expect(h.logger.all()).not.toContain(TEST_TOKEN);
  await h.server.close();
});

function context(overrides: Partial<RunContext> = {}): RunContext {
  return {
    event: 'pull_request',
    eventName: 'pull_request',
    owner: 'acme',
    repo: 'widgets',
    pullRequest: {
      number: 7,
      headSha: HEAD,
      baseSha: 'f'.repeat(40),
      baseRef: 'main',
      headRepoFullName: 'stranger/widgets',
      isFork: true,
    },
    sha: HEAD,
    runId: 500,
    apiUrl: h.server.baseUrl,
    serverUrl: 'https://github.com',
    ref: 'refs/pull/7/merge',
    ...overrides,
  };
}

const checkRun: CheckRunReport = {
  name: 'kaizen-gates / bench',
  title: '2 regressions',
  summary: 'two benchmarks regressed',
  text: '',
  conclusion: 'failure',
  annotations: [
    {
      path: 'bench/a.ts',
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure',
      message: 'slower by 12%',
    },
  ],
  omittedAnnotations: 0,
};

function request(overrides: Partial<PublishRequest> = {}): PublishRequest {
  return {
    client: h.client,
    context: context(),
    gate: 'bench',
    key: 'default',
    commentBody: '## Benchmarks\n2 regressed',
    checkRun,
    options: { comment: 'always', checkRun: true },
    logger: h.logger,
    ...overrides,
  };
}

describe('publishVerdict', () => {
  it('publishes the comment and the check run on the PR head', async () => {
    const result = await publishVerdict(request());
    expect(result.comment).toMatchObject({ outcome: 'done', action: 'created' });
    expect(result.checkRun).toMatchObject({ outcome: 'done' });
    expect(h.fake.commentsOn(7)).toHaveLength(1);
    expect(h.server.requestsTo('checks/create')[0]?.body).toMatchObject({
      head_sha: HEAD,
      details_url: 'https://github.com/acme/widgets/actions/runs/500',
    });
    expect(h.logger.warnings).toEqual([]);
  });

  it('on a fork PR with a read-only token: one warning per channel naming the permission, no throw', async () => {
    h.fake.readOnly = true;
    const result = await publishVerdict(request());
    expect(result.comment.outcome).toBe('no-permission');
    expect(result.checkRun.outcome).toBe('no-permission');
    expect(h.logger.warnings).toHaveLength(2);
    expect(h.logger.warnings[0]).toMatch(
      /PR comment: the token lacks `pull-requests: write` \(HTTP 403: Resource not accessible by integration\)/,
    );
    expect(h.logger.warnings[0]).toMatch(/fork.*read-only/);
    expect(h.logger.warnings[0]).toMatch(/job summary and this log/);
    expect(h.logger.warnings[1]).toMatch(/check run: the token lacks `checks: write`/);
    // Permission errors are not retried.
    expect(h.server.requestsTo('issues/create-comment')).toHaveLength(1);
    expect(h.server.requestsTo('checks/create')).toHaveLength(1);
  });

  it('treats a 404 (private repository the token cannot see) as a missing permission', async () => {
    const notFound = {
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
    };
    h.server.failNext('issues/list-comments', notFound);
    h.server.failNext('checks/create', notFound);
    const result = await publishVerdict(request());
    expect(h.server.requestsTo('issues/list-comments')).toHaveLength(1);
    expect(result.comment.outcome).toBe('no-permission');
    expect(result.checkRun.outcome).toBe('no-permission');
    expect(h.logger.warnings[0]).toMatch(/private repository/);
  });

  it('keeps going when one channel fails: a 422 on the comment still lets the check run through', async () => {
    h.server.failNext('issues/create-comment', {
      status: 422,
      body: { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest' },
    });
    const result = await publishVerdict(request());
    expect(result.comment).toMatchObject({
      outcome: 'failed',
      detail: 'could not publish the PR comment: HTTP 422: Validation Failed',
    });
    expect(result.checkRun.outcome).toBe('done');
    expect(h.logger.warnings).toHaveLength(1);
  });

  it('turns server errors that outlast the retries into a warning', async () => {
    h.server.failNext(
      'checks/create',
      { status: 503, body: { message: 'Service Unavailable' } },
      4,
    );
    const result = await publishVerdict(request({ options: { comment: 'never', checkRun: true } }));
    expect(result.checkRun).toMatchObject({
      outcome: 'failed',
      detail: 'could not publish the check run: HTTP 503: Service Unavailable',
    });
    expect(result.comment).toMatchObject({ outcome: 'skipped' });
  });

  it('without a token skips both channels with an info line', async () => {
    const logger = new RecordingLogger();
    const result = await publishVerdict(request({ client: undefined, logger }));
    expect(result.comment.outcome).toBe('skipped');
    expect(result.checkRun.outcome).toBe('skipped');
    expect(logger.infos.join('\n')).toMatch(/no GitHub token/);
    expect(logger.warnings).toEqual([]);
    expect(h.server.requests).toHaveLength(0);
  });

  it('skips the comment outside pull requests, but publishes the check run on GITHUB_SHA', async () => {
    const sha = '9'.repeat(40);
    const result = await publishVerdict(
      request({
        context: context({ event: 'push', eventName: 'push', pullRequest: undefined, sha }),
      }),
    );
    expect(result.comment).toMatchObject({
      outcome: 'skipped',
      detail: 'not a pull request run (event push): no PR comment',
    });
    expect(result.checkRun.outcome).toBe('done');
    expect(h.server.requestsTo('checks/create')[0]?.body).toMatchObject({ head_sha: sha });
  });

  it('publishes for the envelope’s PR from a workflow_run, after checking the PR head', async () => {
    h.fake.pullRequests.set(7, {
      headSha: HEAD,
      headOwner: { login: 'stranger', id: 123, type: 'User' },
    });
    const result = await publishVerdict(
      request({
        context: context({
          event: 'workflow_run',
          eventName: 'workflow_run',
          pullRequest: undefined,
          sha: '1'.repeat(40),
        }),
        target: { pullRequest: 7, headSha: HEAD },
      }),
    );
    expect(result.comment.action).toBe('created');
    expect(h.fake.commentsOn(7)[0]?.body).toContain(`"sha":"${HEAD}"`);
    expect(h.server.requestsTo('checks/create')[0]?.body).toMatchObject({ head_sha: HEAD });
  });

  it('does not comment on a PR whose head is not the envelope’s commit (wrong PR number or outdated)', async () => {
    h.fake.pullRequests.set(8, {
      headSha: '8'.repeat(40),
      headOwner: { login: 'someone', id: 5, type: 'User' },
    });
    const result = await publishVerdict(
      request({
        context: context({
          event: 'workflow_run',
          eventName: 'workflow_run',
          pullRequest: undefined,
          sha: '1'.repeat(40),
        }),
        target: { pullRequest: 8, headSha: HEAD },
      }),
    );
    expect(result.comment).toMatchObject({ outcome: 'skipped' });
    expect(result.comment.detail).toMatch(/PR #8 is at 8{40}, not at the reported e{40}/);
    expect(h.logger.warnings[0]).toMatch(/wrong PR/);
    expect(h.server.requestsTo('issues/create-comment')).toHaveLength(0);
    // The check run is about the commit the triggering run tested, so it still goes out.
    expect(result.checkRun.outcome).toBe('done');
  });

  it('on-failure reads the status from the check-run conclusion when none is given', async () => {
    const passing = { ...checkRun, conclusion: 'success' as const };
    const skipped = await publishVerdict(
      request({ checkRun: passing, options: { comment: 'on-failure', checkRun: false } }),
    );
    expect(skipped.comment.outcome).toBe('skipped');
    const created = await publishVerdict(
      request({ options: { comment: 'on-failure', checkRun: false } }),
    );
    expect(created.comment.action).toBe('created');
  });

  it('throws a ConfigurationError for a bad key before any request', async () => {
    await expect(publishVerdict(request({ key: '../../etc' }))).rejects.toThrow(
      /input key must be/,
    );
    expect(h.server.requests).toHaveLength(0);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, TEST_TOKEN, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  expect(h.server.violations).toEqual([]);
  expect(h.logger.all()).not.toContain(TEST_TOKEN);
  await h.server.close();
});

const HEAD = 'c'.repeat(40);
const serverError = { status: 500, body: { message: 'Server Error' } };
const createCheck = () =>
  h.client.rest.checks.create({
    owner: 'acme',
    repo: 'widgets',
    name: 'kaizen-gates / bench',
    head_sha: HEAD,
    conclusion: 'success',
  });

describe('createGitHubClient', () => {
  it('sends requests to the configured base URL with the token', async () => {
    const { data } = await createCheck();
    expect(data.head_sha).toBe(HEAD);
    expect(h.server.requestsTo('checks/create')).toHaveLength(1);
    expect(h.server.requests[0]?.authorization).toBe(`token ${TEST_TOKEN}`);
  });

  it('works under a GitHub Enterprise Server API root, pagination included', async () => {
    const ghes = await startHarness('/api/v3');
    try {
      for (let i = 0; i < 3; i++) ghes.fake.addComment(1, ghes.fake.tokenUser, `c${i}`);
      const comments = await ghes.client.paginate(ghes.client.rest.issues.listComments, {
        owner: 'acme',
        repo: 'widgets',
        issue_number: 1,
        per_page: 2,
      });
      expect(comments.map((c) => c.body)).toEqual(['c0', 'c1', 'c2']);
      expect(ghes.server.requests).toHaveLength(2);
      expect(ghes.server.violations).toEqual([]);
    } finally {
      await ghes.server.close();
    }
  });

  it('retries a 500 and succeeds on the next answer', async () => {
    h.server.failNext('checks/create', serverError);
    const { data } = await createCheck();
    expect(data.conclusion).toBe('success');
    expect(h.server.requestsTo('checks/create')).toHaveLength(2);
    expect(h.fake.checkRuns.size).toBe(1);
  });

  it('gives up on server errors after 3 retries', async () => {
    h.server.failNext('checks/create', { status: 502, body: { message: 'Bad Gateway' } }, 10);
    await expect(createCheck()).rejects.toMatchObject({ status: 502 });
    expect(h.server.requestsTo('checks/create')).toHaveLength(4);
  });

  it('never retries a 422', async () => {
    h.server.failNext('issues/create-comment', {
      status: 422,
      body: {
        message: 'Validation Failed',
        documentation_url: 'https://docs.github.com/rest',
        errors: [{ code: 'custom', message: 'body is too long' }],
      },
    });
    await expect(
      h.client.rest.issues.createComment({
        owner: 'acme',
        repo: 'widgets',
        issue_number: 1,
        body: 'x',
      }),
    ).rejects.toMatchObject({ status: 422 });
    expect(h.server.requestsTo('issues/create-comment')).toHaveLength(1);
  });

  it('does not retry a 403 for a missing permission', async () => {
    h.fake.readOnly = true;
    await expect(createCheck()).rejects.toMatchObject({ status: 403 });
    expect(h.server.requestsTo('checks/create')).toHaveLength(1);
  });

  it.each([403, 429])(
    'retries a secondary rate limit (%i) a bounded number of times, then gives up',
    async (status) => {
      const limited = {
        status,
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        },
        headers: { 'retry-after': '1' },
      };
      h.server.failNext('checks/create', limited, 1);
      await createCheck();
      expect(h.server.requestsTo('checks/create')).toHaveLength(2);

      h.server.failNext('checks/create', limited, 10);
      await expect(createCheck()).rejects.toMatchObject({ status });
      // The first try and two retries.
      expect(h.server.requestsTo('checks/create')).toHaveLength(2 + 3);
      expect(h.logger.warnings.join('\n')).toMatch(
        /secondary rate limit on POST .*check-runs; giving up after 2 retries/,
      );
    },
  );
});

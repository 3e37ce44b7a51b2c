import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertStickyComment, type StickyCommentRequest } from '../../src/github/sticky-comment.js';
import { ACTIONS_BOT, REVIEWER } from './fake-github.js';
import { startHarness, TEST_TOKEN, type Harness } from './harness.js';

const PR = 42;
const HEAD = 'a'.repeat(40);
const MARKER = '<!-- kaizen-gates:bench:default -->';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  expect(h.server.violations).toEqual([]);
  expect(h.logger.all()).not.toContain(TEST_TOKEN);
  await h.server.close();
});

function request(overrides: Partial<StickyCommentRequest> = {}): StickyCommentRequest {
  return {
    owner: 'acme',
    repo: 'widgets',
    issueNumber: PR,
    gate: 'bench',
    key: 'default',
    body: '## Benchmarks\n\n2 of 148 regressed',
    headSha: HEAD,
    runId: 100,
    mode: 'always',
    status: 'fail',
    logger: h.logger,
    ...overrides,
  };
}

/** A comment body as an earlier run of ours would have written it. */
function ours(run: number, content: string, key = 'default'): string {
  return `<!-- kaizen-gates:bench:${key} -->\n<!-- kaizen-gates-meta {"sha":"${HEAD}","run":${run}} -->\n${content}`;
}

describe('upsertStickyComment', () => {
  it('creates the comment with marker and meta, then updates the same comment in place', async () => {
    const first = await upsertStickyComment(h.client, request());
    expect(first.action).toBe('created');
    const [created] = h.fake.commentsOn(PR);
    expect(created?.body).toBe(ours(100, '## Benchmarks\n\n2 of 148 regressed'));
    expect(first.commentId).toBe(created?.id);
    expect(first.url).toBe(`https://github.com/acme/widgets/pull/42#issuecomment-${created?.id}`);

    const second = await upsertStickyComment(
      h.client,
      request({ runId: 101, body: 'all good now', status: 'pass' }),
    );
    expect(second).toMatchObject({ action: 'updated', commentId: created?.id });
    expect(h.fake.commentsOn(PR)).toHaveLength(1);
    expect(h.fake.commentsOn(PR)[0]?.body).toBe(ours(101, 'all good now'));
    expect(h.server.requestsTo('issues/update-comment')).toHaveLength(1);
  });

  it('finds its marker on page 3 of 250 comments, reading every page 100 at a time', async () => {
    for (let i = 0; i < 249; i++)
      h.fake.addComment(PR, i % 2 === 0 ? REVIEWER : ACTIONS_BOT, `comment ${i}`);
    const mine = h.fake.addComment(PR, ACTIONS_BOT, ours(90, 'old report'));
    expect(h.fake.commentsOn(PR).indexOf(mine)).toBe(249); // the last one: page 3

    const result = await upsertStickyComment(h.client, request());
    expect(result).toMatchObject({ action: 'updated', commentId: mine.id });
    const pages = h.server
      .requestsTo('issues/list-comments')
      .map((r) => [r.query['per_page'], r.query['page'] ?? '1']);
    expect(pages).toEqual([
      ['100', '1'],
      ['100', '2'],
      ['100', '3'],
    ]);
    expect(h.fake.commentsOn(PR)).toHaveLength(250);
    expect(h.server.requestsTo('issues/create-comment')).toHaveLength(0);
  });

  it('leaves a comment written by a newer run alone (stale)', async () => {
    const newer = h.fake.addComment(PR, ACTIONS_BOT, ours(205, 'report of run 205'));
    const result = await upsertStickyComment(
      h.client,
      request({ runId: 200, body: 'report of run 200' }),
    );
    expect(result).toMatchObject({ action: 'stale', commentId: newer.id });
    expect(h.fake.commentsOn(PR)[0]?.body).toBe(ours(205, 'report of run 205'));
    expect(h.server.requestsTo('issues/update-comment')).toHaveLength(0);
  });

  it('lets a re-run (same run id) update its own report', async () => {
    h.fake.addComment(PR, ACTIONS_BOT, ours(200, 'first attempt'));
    const result = await upsertStickyComment(
      h.client,
      request({ runId: 200, body: 'second attempt' }),
    );
    expect(result.action).toBe('updated');
  });

  it('cleans up after a concurrent create: the oldest survives and carries the newer report', async () => {
    // Another run created its comment between our listing and our create.
    h.fake.beforeCreateComment = () => {
      h.fake.beforeCreateComment = undefined;
      h.fake.addComment(PR, ACTIONS_BOT, ours(99, 'report of run 99'));
    };
    const result = await upsertStickyComment(
      h.client,
      request({ runId: 100, body: 'report of run 100' }),
    );
    const remaining = h.fake.commentsOn(PR);
    expect(remaining).toHaveLength(1);
    const [oldest] = remaining;
    expect(result).toMatchObject({ action: 'updated', commentId: oldest?.id });
    expect(oldest?.body).toBe(ours(100, 'report of run 100'));
    expect(h.server.requestsTo('issues/delete-comment')).toHaveLength(1);
  });

  it('after a concurrent create, keeps our older comment and deletes the newer duplicate', async () => {
    h.fake.afterCreateComment = () => {
      h.fake.afterCreateComment = undefined;
      h.fake.addComment(PR, ACTIONS_BOT, ours(101, 'report of run 101'));
    };
    const result = await upsertStickyComment(h.client, request({ runId: 100 }));
    const remaining = h.fake.commentsOn(PR);
    expect(remaining.map((c) => c.id)).toEqual([result.commentId]);
    expect(result.action).toBe('created');
    expect(h.server.requestsTo('issues/delete-comment')).toHaveLength(1);
  });

  it('after a concurrent create, tolerates the duplicate being deleted by the other run first (404)', async () => {
    h.fake.afterCreateComment = () => {
      h.fake.afterCreateComment = undefined;
      h.fake.addComment(PR, ACTIONS_BOT, ours(101, 'report of run 101'));
    };
    h.server.failNext('issues/delete-comment', {
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
    });
    const result = await upsertStickyComment(h.client, request({ runId: 100 }));
    expect(result.action).toBe('created');
    expect(h.server.requestsTo('issues/delete-comment')).toHaveLength(1);
  });

  it('does not PATCH when the body is unchanged', async () => {
    h.fake.addComment(PR, ACTIONS_BOT, ours(100, '## Benchmarks\n\n2 of 148 regressed'));
    const same = await upsertStickyComment(h.client, request({ runId: 100 }));
    expect(same.action).toBe('unchanged');
    // on-change: a newer run with the same visible content does not edit either.
    const onChange = await upsertStickyComment(
      h.client,
      request({ runId: 101, mode: 'on-change' }),
    );
    expect(onChange.action).toBe('unchanged');
    expect(h.server.requestsTo('issues/update-comment')).toHaveLength(0);
    expect(h.server.requestsTo('issues/create-comment')).toHaveLength(0);
    // always: the newer run refreshes the commit/run it names.
    const always = await upsertStickyComment(h.client, request({ runId: 101, mode: 'always' }));
    expect(always.action).toBe('updated');
  });

  it('on-failure: posts nothing for a pass, creates on a failure, and still updates to say it passes now', async () => {
    const pass = await upsertStickyComment(
      h.client,
      request({ mode: 'on-failure', status: 'pass', body: 'fine' }),
    );
    expect(pass.action).toBe('skipped');
    expect(h.fake.commentsOn(PR)).toHaveLength(0);

    const fail = await upsertStickyComment(
      h.client,
      request({ mode: 'on-failure', status: 'fail', runId: 101, body: 'red' }),
    );
    expect(fail.action).toBe('created');
    const fixed = await upsertStickyComment(
      h.client,
      request({ mode: 'on-failure', status: 'pass', runId: 102, body: 'green again' }),
    );
    expect(fixed.action).toBe('updated');
    expect(h.fake.commentsOn(PR)[0]?.body).toBe(ours(102, 'green again'));
  });

  it('never: makes no request at all', async () => {
    expect((await upsertStickyComment(h.client, request({ mode: 'never' }))).action).toBe(
      'skipped',
    );
    expect(h.server.requests).toHaveLength(0);
  });

  it('ignores markers in comments by people, in minimized comments, for other keys, and not on the first line', async () => {
    h.fake.addComment(PR, REVIEWER, ours(999, 'planted by a reviewer'));
    h.fake.addComment(PR, ACTIONS_BOT, ours(90, 'hidden as outdated'), 'OUTDATED');
    h.fake.addComment(PR, ACTIONS_BOT, ours(90, 'the nightly job', 'nightly'));
    h.fake.addComment(PR, ACTIONS_BOT, `quoting:\n${MARKER}`);
    const result = await upsertStickyComment(h.client, request());
    expect(result.action).toBe('created');
    expect(h.fake.commentsOn(PR)).toHaveLength(5);
  });

  it('with a token whose login GET /user reveals, matches that login exactly', async () => {
    h.fake.tokenIsInstallation = false;
    h.fake.tokenUser = { login: 'release-bot-user', id: 77, type: 'User' };
    h.fake.addComment(PR, ACTIONS_BOT, ours(90, 'written by the GITHUB_TOKEN'));
    const mine = h.fake.addComment(PR, h.fake.tokenUser, ours(90, 'written by the PAT'));
    const result = await upsertStickyComment(h.client, request());
    expect(result).toMatchObject({ action: 'updated', commentId: mine.id });
    expect(h.server.requestsTo('users/get-authenticated')).toHaveLength(1);
  });

  it('with an explicit identity, does not ask GET /user', async () => {
    const app = { login: 'kaizen-app[bot]', id: 9, type: 'Bot' as const };
    h.fake.tokenUser = app;
    h.fake.addComment(PR, ACTIONS_BOT, ours(90, 'by another bot'));
    const mine = h.fake.addComment(PR, app, ours(90, 'by our app'));
    const result = await upsertStickyComment(h.client, request({ identity: 'kaizen-app[bot]' }));
    expect(result).toMatchObject({ action: 'updated', commentId: mine.id });
    expect(h.server.requestsTo('users/get-authenticated')).toHaveLength(0);
  });

  it('cuts an oversized body below GitHub’s 65,536 characters with a visible note', async () => {
    const huge = Array.from({ length: 5000 }, (_, i) => `| row ${i} | ${'x'.repeat(20)} |`).join(
      '\n',
    );
    await upsertStickyComment(h.client, request({ body: huge }));
    const body = h.fake.commentsOn(PR)[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('65,536-character limit');
    expect(body.startsWith(MARKER)).toBe(true);
  });

  it('refuses a key that could break out of the marker', async () => {
    await expect(upsertStickyComment(h.client, request({ key: 'x --> <script>' }))).rejects.toThrow(
      /input key/,
    );
    expect(h.server.requests).toHaveLength(0);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  syncTrackingIssue,
  trackingIssueMarker,
  type TrackingIssueRequest,
} from '../../src/github/tracking-issue.js';
import { REVIEWER } from './fake-github.js';
import { RecordingLogger, startHarness, TEST_TOKEN, type Harness } from './harness.js';

const KEY = 'soak/nightly';
const LABEL = 'kaizen-gates';
const RUN_URL = 'https://github.com/acme/widgets/actions/runs/';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  expect(h.server.violations).toEqual([]);
  expect(h.logger.all()).not.toContain(TEST_TOKEN);
  await h.server.close();
});

/** One night's call: failing or passing, with a report naming the night. */
function night(
  failing: boolean,
  nightNumber: number,
  overrides: Partial<TrackingIssueRequest> = {},
): TrackingIssueRequest {
  return {
    client: h.client,
    owner: 'acme',
    repo: 'widgets',
    key: KEY,
    label: LABEL,
    failing,
    title: 'Soak test failing: soak/nightly',
    body: `## Soak night ${nightNumber}\n\n| metric | value |\n| --- | --- |\n| memory | +${nightNumber}%/h |`,
    runUrl: `${RUN_URL}${nightNumber}`,
    logger: h.logger,
    ...overrides,
  };
}

/** Issue numbers with their state, for compact assertions. */
function issueStates(): string[] {
  return h.fake.issues.map(
    (issue) => `#${issue.number} ${issue.state}${issue.stateReason ? `/${issue.stateReason}` : ''}`,
  );
}

describe('syncTrackingIssue lifecycle', () => {
  it('opens on the first failing night, comments on further ones, closes on recovery, opens anew after', async () => {
    // Night 1 passes with nothing open: one list request, nothing written.
    expect(await syncTrackingIssue(night(false, 1))).toMatchObject({ action: 'nothing' });
    expect(h.server.requests.map((r) => r.operationId)).toEqual(['issues/list-for-repo']);
    expect(h.fake.issues).toEqual([]);

    // Night 2 fails: the label is created and the issue opened with the marker first.
    const opened = await syncTrackingIssue(night(true, 2));
    expect(opened).toMatchObject({ action: 'opened', issueNumber: 100 });
    expect(opened).not.toHaveProperty('follows');
    const first = h.fake.issue(100);
    expect(first?.title).toBe('Soak test failing: soak/nightly');
    expect(first?.labels).toEqual([LABEL]);
    expect(first?.body?.split('\n')[0]).toBe('<!-- kaizen-gates:tracking:soak/nightly -->');
    expect(first?.body).toContain('## Soak night 2');
    expect(first?.body).toContain(`[this run](${RUN_URL}2)`);
    expect(h.fake.labels.get(LABEL)).toMatchObject({ color: 'b60205' });
    expect(h.server.requestsTo('issues/create')[0]?.body).toMatchObject({ labels: [LABEL] });

    // Nights 3 and 4 fail: comments on #100, no new issue, no further label request.
    for (const n of [3, 4]) {
      expect(await syncTrackingIssue(night(true, n))).toMatchObject({
        action: 'commented',
        issueNumber: 100,
        url: 'https://github.com/acme/widgets/issues/100',
      });
    }
    expect(h.fake.issues).toHaveLength(1);
    expect(h.server.requestsTo('issues/create-label')).toHaveLength(1);
    const comments = h.fake.commentsOn(100).map((c) => c.body);
    expect(comments).toHaveLength(2);
    expect(comments[0]).toMatch(/^\*\*Still failing\*\* in \[this run\]\(.*\/runs\/3\)\./);
    expect(comments[1]).toContain('## Soak night 4');

    // Night 5 passes: a recovery comment, then closed as completed.
    expect(await syncTrackingIssue(night(false, 5))).toMatchObject({
      action: 'closed',
      issueNumber: 100,
    });
    expect(issueStates()).toEqual(['#100 closed/completed']);
    const recovery = h.fake.commentsOn(100).at(-1)?.body ?? '';
    expect(recovery).toMatch(/^\*\*Recovered\*\*: the job passed again in \[this run\]/);
    expect(recovery).toContain('## Soak night 5');
    expect(h.server.requestsTo('issues/update').at(-1)?.body).toEqual({
      state: 'closed',
      state_reason: 'completed',
    });

    // Night 6 passes: nothing open, nothing done.
    expect(await syncTrackingIssue(night(false, 6))).toMatchObject({ action: 'nothing' });
    expect(h.fake.commentsOn(100)).toHaveLength(3);

    // Night 7 fails: a new issue that names the one it follows; the existing label is kept (422).
    const reopened = await syncTrackingIssue(night(true, 7));
    expect(reopened).toMatchObject({ action: 'opened', issueNumber: 101, follows: 100 });
    expect(h.fake.issue(101)?.body).toContain('_Follows #100._');
    expect(issueStates()).toEqual(['#100 closed/completed', '#101 open']);
    expect(h.server.requestsTo('issues/create-label')).toHaveLength(2);
    expect(h.logger.warnings).toEqual([]);
  });

  it('finds the open issue on the second page of labelled issues', async () => {
    // 120 older labelled issues of other jobs fill page 1 (100 per page, oldest first).
    for (let i = 0; i < 120; i++)
      h.fake.addIssue({
        title: `other ${i}`,
        body: `${trackingIssueMarker(`other/${i}`)}\nreport`,
        labels: [LABEL],
      });
    const ours = h.fake.addIssue({
      title: 'ours',
      body: `${trackingIssueMarker(KEY)}\nfirst report`,
      labels: [LABEL],
    });
    const result = await syncTrackingIssue(night(true, 2));
    expect(result).toMatchObject({ action: 'commented', issueNumber: ours.number });
    const lists = h.server.requestsTo('issues/list-for-repo');
    expect(lists.map((r) => r.query['page'] ?? '1')).toEqual(['1', '2']);
    expect(lists[0]?.query).toMatchObject({ labels: LABEL, state: 'open', per_page: '100' });
    expect(h.server.requestsTo('issues/create')).toHaveLength(0);
  });

  it('ignores the marker in an issue without the label, and a marker that is not the first line', async () => {
    const unlabelled = h.fake.addIssue({
      title: 'copied by hand',
      body: `${trackingIssueMarker(KEY)}\nsomeone pasted our marker`,
      labels: ['bug'],
    });
    const quoted = h.fake.addIssue({
      title: 'how does tracking work?',
      body: `The bot writes\n\n\`\`\`\n${trackingIssueMarker(KEY)}\n\`\`\``,
      labels: [LABEL],
    });
    const result = await syncTrackingIssue(night(true, 1));
    expect(result).toMatchObject({ action: 'opened' });
    expect(result).not.toMatchObject({ issueNumber: unlabelled.number });
    expect(result).not.toMatchObject({ issueNumber: quoted.number });
    expect(h.fake.commentsOn(unlabelled.number)).toEqual([]);
    expect(h.fake.commentsOn(quoted.number)).toEqual([]);
  });

  it('adopts a labelled issue with the marker opened by a person (label rights are the trust boundary)', async () => {
    const byHand = h.fake.addIssue({
      title: 'Soak is red',
      body: `${trackingIssueMarker(KEY)}\nOpened by hand`,
      labels: [LABEL],
      user: REVIEWER,
    });
    const result = await syncTrackingIssue(night(false, 1));
    expect(result).toMatchObject({ action: 'closed', issueNumber: byHand.number });
    expect(h.fake.issue(byHand.number)?.state).toBe('closed');
  });

  it('keeps jobs apart: another key’s open issue is neither commented on nor closed', async () => {
    const other = h.fake.addIssue({
      title: 'other job',
      body: `${trackingIssueMarker('soak/weekly')}\nreport`,
      labels: [LABEL],
    });
    expect(await syncTrackingIssue(night(false, 1))).toMatchObject({ action: 'nothing' });
    expect(await syncTrackingIssue(night(true, 2))).toMatchObject({ action: 'opened' });
    expect(h.fake.issue(other.number)?.state).toBe('open');
    expect(h.fake.commentsOn(other.number)).toEqual([]);
  });
});

describe('syncTrackingIssue under concurrency', () => {
  it('a run that finds a concurrent run’s issue after creating closes its own as a duplicate', async () => {
    let concurrent = 0;
    h.fake.beforeCreateIssue = () => {
      h.fake.beforeCreateIssue = undefined;
      concurrent = h.fake.addIssue({
        title: 'from the other run',
        body: `${trackingIssueMarker(KEY)}\nother run`,
        labels: [LABEL],
      }).number;
    };
    const result = await syncTrackingIssue(night(true, 1));
    expect(result).toMatchObject({ action: 'commented', issueNumber: concurrent });
    const ours = h.fake.issues.find((issue) => issue.number !== concurrent);
    expect(ours?.state).toBe('closed');
    expect(ours?.stateReason).toBe('not_planned');
    expect(h.fake.commentsOn(ours?.number ?? 0)[0]?.body).toMatch(/^Duplicate of #\d+:/);
    expect(h.fake.commentsOn(concurrent)[0]?.body).toContain('## Soak night 1');
    expect(h.fake.issues.filter((issue) => issue.state === 'open')).toHaveLength(1);
  });

  it('the next night heals duplicates both runs missed: comments on the oldest, closes the rest', async () => {
    const older = h.fake.addIssue({
      title: 'a',
      body: `${trackingIssueMarker(KEY)}\nrun A`,
      labels: [LABEL],
    });
    const newer = h.fake.addIssue({
      title: 'b',
      body: `${trackingIssueMarker(KEY)}\nrun B`,
      labels: [LABEL],
    });
    expect(await syncTrackingIssue(night(true, 2))).toMatchObject({
      action: 'commented',
      issueNumber: older.number,
    });
    expect(issueStates()).toEqual([`#${older.number} open`, `#${newer.number} closed/not_planned`]);
    expect(h.fake.commentsOn(newer.number)[0]?.body).toMatch(`Duplicate of #${older.number}`);
  });

  it('on recovery closes every open duplicate too', async () => {
    for (const name of ['a', 'b'])
      h.fake.addIssue({ title: name, body: `${trackingIssueMarker(KEY)}\n`, labels: [LABEL] });
    const result = await syncTrackingIssue(night(false, 2));
    expect(result).toMatchObject({ action: 'closed', issueNumber: 100 });
    expect(result.detail).toMatch(/and 1 duplicate/);
    expect(issueStates()).toEqual(['#100 closed/completed', '#101 closed/completed']);
  });
});

describe('syncTrackingIssue degrades without throwing', () => {
  it('403 on create (no issues: write): one warning naming the permission, a result instead of an error', async () => {
    h.server.failNext('issues/create', {
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
        status: '403',
      },
    });
    const result = await syncTrackingIssue(night(true, 1));
    expect(result).toMatchObject({ action: 'failed', reason: 'no-permission' });
    expect(h.logger.warnings).toHaveLength(1);
    expect(h.logger.warnings[0]).toMatch(
      /the token lacks `issues: write` \(HTTP 403: Resource not accessible by integration\)/,
    );
    expect(h.logger.warnings[0]).toMatch(/Add `issues: write` to the job's `permissions:`/);
    expect(h.logger.warnings[0]).toMatch(/job summary and this log/);
    // A permission error is not retried, and nothing was opened.
    expect(h.server.requestsTo('issues/create')).toHaveLength(1);
    expect(h.fake.issues).toEqual([]);
  });

  it('a read-only token: the 403 of the label create does not hide the issue create’s own 403', async () => {
    h.fake.readOnly = true;
    const result = await syncTrackingIssue(night(true, 1));
    expect(result).toMatchObject({ action: 'failed', reason: 'no-permission' });
    expect(h.server.requestsTo('issues/create-label')).toHaveLength(1);
    expect(h.server.requestsTo('issues/create')).toHaveLength(1);
    expect(h.logger.warnings).toHaveLength(1);
  });

  it('a 403 half-way says what was already done', async () => {
    const open = h.fake.addIssue({
      title: 'x',
      body: `${trackingIssueMarker(KEY)}\n`,
      labels: [LABEL],
    });
    h.server.failNext('issues/update', {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const result = await syncTrackingIssue(night(false, 2));
    expect(result).toMatchObject({
      action: 'failed',
      reason: 'no-permission',
      issueNumber: open.number,
    });
    expect(result.detail).toContain(`after it commented on #${open.number}`);
    expect(h.fake.issue(open.number)?.state).toBe('open');
  });

  it('issues disabled (410): skipped with one warning, nothing written', async () => {
    h.fake.issuesDisabled = true;
    const result = await syncTrackingIssue(night(true, 1));
    expect(result).toMatchObject({ action: 'skipped', reason: 'issues-disabled' });
    expect(result.detail).toMatch(
      /issues are disabled in acme\/widgets \(HTTP 410: Issues are disabled for this repo\)/,
    );
    expect(h.logger.warnings).toHaveLength(1);
    expect(h.server.requestsTo('issues/create')).toHaveLength(0);
  });

  it('server errors that outlast the retries: failed, with the status', async () => {
    h.server.failNext(
      'issues/create-comment',
      { status: 502, body: { message: 'Bad Gateway' } },
      4,
    );
    const open = h.fake.addIssue({
      title: 'x',
      body: `${trackingIssueMarker(KEY)}\n`,
      labels: [LABEL],
    });
    const result = await syncTrackingIssue(night(true, 2));
    expect(result).toMatchObject({
      action: 'failed',
      reason: 'api-error',
      issueNumber: open.number,
      detail: 'could not update the tracking issue: HTTP 502: Bad Gateway',
    });
    expect(h.server.requestsTo('issues/create-comment')).toHaveLength(4);
  });

  it('a server error that heals within the retries is invisible', async () => {
    h.server.failNext('issues/list-for-repo', { status: 503, body: { message: 'Unavailable' } });
    expect(await syncTrackingIssue(night(true, 1))).toMatchObject({ action: 'opened' });
    expect(h.logger.warnings).toEqual([]);
  });

  it('without a token: skipped with an info line and no request', async () => {
    const logger = new RecordingLogger();
    const result = await syncTrackingIssue(night(true, 1, { client: undefined, logger }));
    expect(result).toEqual({
      action: 'skipped',
      reason: 'no-token',
      detail: 'no GitHub token: no tracking issue',
    });
    expect(logger.warnings).toEqual([]);
    expect(h.server.requests).toHaveLength(0);
  });

  it.each([
    [{ key: '' }, /tracking issue key must be 1 to 100 characters/],
    [{ key: 'a\nb' }, /tracking issue key must be .* on one line, got "a\\nb"/],
    [{ key: 'k'.repeat(101) }, /tracking issue key must be 1 to 100/],
    [{ label: 'soak,bench' }, /label must be .* without commas .*, got "soak,bench"/],
    [{ label: 'l'.repeat(51) }, /label must be 1 to 50 characters/],
    [{ title: ' \n ' }, /title must not be empty/],
  ])('rejects %o with a ConfigurationError before any request', async (overrides, message) => {
    await expect(syncTrackingIssue(night(true, 1, overrides))).rejects.toThrow(message);
    expect(h.server.requests).toHaveLength(0);
  });
});

describe('tracking issue text', () => {
  it('a hostile key can neither close the marker nor forge another, and still round-trips', async () => {
    const hostile =
      'x --> <img src=x onerror=alert(1)> <!-- kaizen-gates:tracking:soak/nightly --> `';
    const marker = trackingIssueMarker(hostile);
    expect(marker.match(/-->/g)).toHaveLength(1);
    expect(marker.match(/<!--/g)).toHaveLength(1);
    expect(marker.endsWith(' -->')).toBe(true);
    const encodedKey = marker.slice('<!-- kaizen-gates:tracking:'.length, -' -->'.length);
    expect(encodedKey).toMatch(/^[A-Za-z0-9._/%-]+$/);
    expect(decodeURIComponent(encodedKey)).toBe(hostile);
    expect(await syncTrackingIssue(night(true, 1, { key: hostile }))).toMatchObject({
      action: 'opened',
      issueNumber: 100,
    });
    const text = h.fake.issue(100)?.body ?? '';
    expect(text.split('\n')[0]).toBe(marker);
    // The visible footer shows the key in a code span, with its `<!--` broken.
    expect(text.slice(marker.length)).not.toContain('<!--');
    // The real soak/nightly job does not mistake that issue for its own…
    expect(await syncTrackingIssue(night(true, 2))).toMatchObject({
      action: 'opened',
      issueNumber: 101,
    });
    // …and the hostile key finds its own again.
    expect(await syncTrackingIssue(night(true, 3, { key: hostile }))).toMatchObject({
      action: 'commented',
      issueNumber: 100,
    });
  });

  it('keys that differ only in characters the encoding touches get different markers', () => {
    expect(trackingIssueMarker('a b')).toBe('<!-- kaizen-gates:tracking:a%20b -->');
    expect(trackingIssueMarker('a%20b')).toBe('<!-- kaizen-gates:tracking:a%2520b -->');
    expect(trackingIssueMarker('soak/ünïcode')).toBe(
      '<!-- kaizen-gates:tracking:soak/%C3%BCn%C3%AFcode -->',
    );
  });

  it('cuts an oversized report on a line break under 65,536 characters, closes an open fence, and says so', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `sample ${i} 0.123456789`);
    const report = `## Soak\n\n<details><summary>raw</summary>\n\n\`\`\`text\n${rows.join('\n')}\n\`\`\`\n</details>`;
    expect(report.length).toBeGreaterThan(65_536 * 1.5);
    await syncTrackingIssue(night(true, 1, { body: report }));
    const text = h.fake.issue(100)?.body ?? '';
    expect(text.length).toBeLessThanOrEqual(65_536);
    expect(text).toContain('Cut at GitHub’s 65,536-character limit');
    expect(text).toMatch(/\n```\n<\/details>\n\n_\(Cut at/);
    expect(text).toMatch(/sample \d+ 0\.123456789\n```/);
    expect(text.endsWith('the first passing night closes it._')).toBe(true);
    // The comment of a further night is cut the same way.
    await syncTrackingIssue(night(true, 2, { body: report }));
    const comment = h.fake.commentsOn(100)[0]?.body ?? '';
    expect(comment.length).toBeLessThanOrEqual(65_536);
    expect(comment).toContain('Cut at GitHub’s 65,536-character limit');
  });

  it('fits the title on one line of at most 256 characters', async () => {
    await syncTrackingIssue(night(true, 1, { title: `Soak\nfailing ${'x'.repeat(300)}` }));
    const title = h.fake.issue(100)?.title ?? '';
    expect(title.length).toBe(256);
    expect(title).toMatch(/^Soak failing x+…$/);
  });

  it('links the run only when the address is a plain http(s) URL', async () => {
    await syncTrackingIssue(night(true, 1, { runUrl: 'javascript:alert(1)' }));
    await syncTrackingIssue(night(true, 2, { runUrl: 'https://x.test/a) [evil](https://e.test' }));
    expect(h.fake.issue(100)?.body).not.toContain('javascript:');
    expect(h.fake.commentsOn(100)[0]?.body).toMatch(/^\*\*Still failing\*\*\.\n/);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishCheckRun } from '../../src/github/check-run.js';
import type { Annotation, CheckRunReport } from '../../src/report/types.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  expect(h.server.violations).toEqual([]);
  await h.server.close();
});

const HEAD = 'd'.repeat(40);

function annotations(count: number): Annotation[] {
  return Array.from({ length: count }, (_, i) => ({
    path: `rules/alerts-${i}.yml`,
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: i % 3 === 0 ? 'failure' : 'warning',
    title: `finding ${i}`,
    message: `message ${i}`,
  }));
}

/** The annotations of a recorded check-run request body. */
function sentAnnotations(body: unknown): unknown[] {
  const output =
    typeof body === 'object' && body !== null && 'output' in body ? body.output : undefined;
  const list =
    typeof output === 'object' && output !== null && 'annotations' in output
      ? output.annotations
      : undefined;
  return Array.isArray(list) ? list : [];
}

function report(list: Annotation[]): CheckRunReport {
  return {
    name: 'kaizen-gates / prom-lint',
    title: '3 rules fail',
    summary: '## Summary\nthree failures',
    text: 'details',
    conclusion: 'failure',
    annotations: list,
    omittedAnnotations: 0,
  };
}

describe('publishCheckRun', () => {
  it('sends 120 annotations as one create and two updates of 50, 50 and 20', async () => {
    const list = annotations(120);
    const result = await publishCheckRun(h.client, {
      owner: 'acme',
      repo: 'widgets',
      headSha: HEAD,
      report: report(list),
      logger: h.logger,
    });
    const create = h.server.requestsTo('checks/create');
    const updates = h.server.requestsTo('checks/update');
    expect(create).toHaveLength(1);
    expect(updates).toHaveLength(2);
    const sizes = [...create, ...updates].map((r) => sentAnnotations(r.body).length);
    expect(sizes).toEqual([50, 50, 20]);
    expect(create[0]?.body).toMatchObject({
      name: 'kaizen-gates / prom-lint',
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'failure',
      output: { title: '3 rules fail', summary: '## Summary\nthree failures', text: 'details' },
    });
    expect(updates.every((r) => r.pathParams['check_run_id'] === String(result.checkRunId))).toBe(
      true,
    );
    // The fake appends like the Checks API: all 120 arrive, in order.
    expect(h.fake.checkRuns.get(result.checkRunId)?.annotations).toEqual(list);
    expect(result).toMatchObject({ annotationsSent: 120, requests: 3 });
  });

  it('sends a report without annotations in one request', async () => {
    await publishCheckRun(h.client, {
      owner: 'acme',
      repo: 'widgets',
      headSha: HEAD,
      report: report([]),
      detailsUrl: 'https://github.com/acme/widgets/actions/runs/7',
      logger: h.logger,
    });
    expect(h.server.requests.map((r) => r.operationId)).toEqual(['checks/create']);
    expect(h.server.requests[0]?.body).toMatchObject({
      details_url: 'https://github.com/acme/widgets/actions/runs/7',
    });
  });

  it('drops columns from multi-line annotations, which the API would refuse', async () => {
    const list: Annotation[] = [
      {
        path: 'a.ts',
        start_line: 3,
        end_line: 3,
        start_column: 2,
        end_column: 9,
        annotation_level: 'notice',
        message: 'one line',
      },
      {
        path: 'a.ts',
        start_line: 3,
        end_line: 5,
        start_column: 2,
        end_column: 9,
        annotation_level: 'notice',
        message: 'three lines',
      },
    ];
    await publishCheckRun(h.client, {
      owner: 'acme',
      repo: 'widgets',
      headSha: HEAD,
      report: report(list),
      logger: h.logger,
    });
    const sent = sentAnnotations(h.server.requests[0]?.body);
    expect(sent[0]).toMatchObject({ start_column: 2, end_column: 9 });
    expect(sent[1]).not.toHaveProperty('start_column');
    expect(sent[1]).not.toHaveProperty('end_column');
  });
});

// The contract checker must bite, or every other GitHub test proves nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.server.close();
});

const HEAD = 'b'.repeat(40);

async function post(path: string, body: unknown): Promise<{ status: number; message: string }> {
  const response = await fetch(`${h.server.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json: unknown = await response.json();
  const message =
    typeof json === 'object' && json !== null && 'message' in json ? String(json.message) : '';
  return { status: response.status, message };
}

describe('the OpenAPI-checking test server', () => {
  it('accepts a valid check-run create', async () => {
    const result = await post('/repos/acme/widgets/check-runs', {
      name: 'kaizen-gates / bench',
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'success',
      output: { title: 't', summary: 's' },
    });
    expect(result.status).toBe(201);
    expect(h.server.violations).toEqual([]);
  });

  it.each([
    [
      'an unknown conclusion',
      { name: 'n', head_sha: HEAD, conclusion: 'passed' },
      /conclusion must be equal to one of/,
    ],
    ['a missing head_sha', { name: 'n' }, /must have required property 'head_sha'/],
    [
      '51 annotations in one request',
      {
        name: 'n',
        head_sha: HEAD,
        output: {
          title: 't',
          summary: 's',
          annotations: Array.from({ length: 51 }, () => ({
            path: 'a',
            start_line: 1,
            end_line: 1,
            annotation_level: 'notice',
            message: 'm',
          })),
        },
      },
      /annotations must NOT have more than 50 items/,
    ],
    [
      'a misspelt field',
      { name: 'n', head_sha: HEAD, conclsion: 'success' },
      /must NOT have additional properties/,
    ],
  ])('rejects %s with 400 and records the violation', async (_, body, expected) => {
    const result = await post('/repos/acme/widgets/check-runs', body);
    expect(result.status).toBe(400);
    expect(h.server.violations).toHaveLength(1);
    expect(h.server.violations[0]).toMatch(expected);
    expect(h.server.requests).toHaveLength(0);
  });

  it('rejects a path that is not an operation, and a bad query parameter', async () => {
    expect((await post('/repos/acme/widgets/check-run', {})).status).toBe(404);
    const bad = await fetch(
      `${h.server.baseUrl}/repos/acme/widgets/issues/1/comments?per_page=lots`,
    );
    expect(bad.status).toBe(400);
    const unknown = await fetch(
      `${h.server.baseUrl}/repos/acme/widgets/issues/1/comments?perpage=100`,
    );
    expect(unknown.status).toBe(400);
    expect(h.server.violations).toHaveLength(3);
  });

  it('makes the client fail when the client sends a body the schema rejects', async () => {
    // A body the typed methods would not even compile: sent through the untyped route.
    const invalid: Record<string, unknown> = { name: 'n', head_sha: HEAD, status: 'done' };
    await expect(
      h.client.request('POST /repos/acme/widgets/check-runs', invalid),
    ).rejects.toMatchObject({ status: 400 });
    expect(h.server.violations[0]).toMatch(/status must be equal to one of the allowed values/);
    // A 400 is a client error: not retried.
    expect(h.server.violations).toHaveLength(1);
  });

  it('refuses to send a response that breaks the schema', async () => {
    h.server.failNext('issues/create-comment', { status: 201, body: { id: 'one', body: 'x' } });
    const result = await post('/repos/acme/widgets/issues/1/comments', { body: 'hello' });
    expect(result.status).toBe(500);
    expect(h.server.violations[0]).toMatch(/response 201 .*must have required property 'node_id'/);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blobUrl, readRunContext } from '../../src/github/context.js';

const EVENTS = new URL('../fixtures/github/events/', import.meta.url);
const readFixture = (path: string): string => readFileSync(new URL(path, EVENTS), 'utf8');
const GITHUB_SHA = 'abcdefabcdefabcdefabcdefabcdefabcdefabcd';

function env(
  eventName: string,
  eventFile: string | undefined,
  extra: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
  return {
    GITHUB_EVENT_NAME: eventName,
    ...(eventFile === undefined ? {} : { GITHUB_EVENT_PATH: eventFile }),
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_SHA,
    GITHUB_RUN_ID: '123456789',
    GITHUB_REF: 'refs/pull/42/merge',
    ...extra,
  };
}

describe('readRunContext', () => {
  it('reads a same-repository pull_request run: the head commit, not the merge commit', () => {
    const context = readRunContext(env('pull_request', 'pull_request.same-repo.json'), readFixture);
    expect(context).toEqual({
      event: 'pull_request',
      eventName: 'pull_request',
      owner: 'acme',
      repo: 'widgets',
      pullRequest: {
        number: 42,
        headSha: '1111111111111111111111111111111111111111',
        baseSha: '2222222222222222222222222222222222222222',
        baseRef: 'main',
        headRepoFullName: 'acme/widgets',
        isFork: false,
      },
      sha: '1111111111111111111111111111111111111111',
      runId: 123456789,
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com',
      ref: 'refs/pull/42/merge',
      defaultBranch: 'main',
    });
  });

  it('marks a pull request from a fork, and one whose fork was deleted', () => {
    const fork = readRunContext(env('pull_request_target', 'pull_request.fork.json'), readFixture);
    expect(fork.event).toBe('pull_request_target');
    expect(fork.pullRequest).toMatchObject({
      number: 7,
      isFork: true,
      headRepoFullName: 'stranger/widgets',
    });
    const deleted = readRunContext(
      env('pull_request', 'pull_request.deleted-fork.json'),
      readFixture,
    );
    expect(deleted.pullRequest).toMatchObject({
      number: 8,
      isFork: true,
      headRepoFullName: null,
      baseRef: 'release/1.x',
    });
  });

  it('uses GITHUB_SHA on push, and the GHES URLs when set', () => {
    const context = readRunContext(
      env('push', 'push.json', {
        GITHUB_REF: 'refs/heads/main',
        GITHUB_API_URL: 'https://ghe.example.com/api/v3/',
        GITHUB_SERVER_URL: 'https://ghe.example.com',
      }),
      readFixture,
    );
    expect(context).toMatchObject({
      event: 'push',
      sha: GITHUB_SHA,
      apiUrl: 'https://ghe.example.com/api/v3',
      serverUrl: 'https://ghe.example.com',
    });
    expect(context.pullRequest).toBeUndefined();
  });

  it('names the triggering run of a workflow_run event', () => {
    const context = readRunContext(env('workflow_run', 'workflow_run.json'), readFixture);
    expect(context.triggeringRun).toEqual({
      id: 9001,
      headSha: '3333333333333333333333333333333333333333',
      event: 'pull_request',
    });
    expect(context.sha).toBe(GITHUB_SHA);
  });

  it('maps unknown events to other, and needs no payload for them', () => {
    const context = readRunContext(env('issue_comment', undefined), () => {
      throw new Error('must not read');
    });
    expect(context.event).toBe('other');
    expect(context.eventName).toBe('issue_comment');
  });

  it.each([
    [
      'GITHUB_REPOSITORY missing',
      env('push', undefined, { GITHUB_REPOSITORY: '' }),
      /GITHUB_REPOSITORY is not set/,
    ],
    [
      'GITHUB_REPOSITORY without slash',
      env('push', undefined, { GITHUB_REPOSITORY: 'widgets' }),
      /GITHUB_REPOSITORY must look like owner\/repo, got "widgets"/,
    ],
    [
      'short GITHUB_SHA',
      env('push', undefined, { GITHUB_SHA: 'abc' }),
      /GITHUB_SHA must be 40 lower-case hex digits, got "abc"/,
    ],
    [
      'GITHUB_RUN_ID not a number',
      env('push', undefined, { GITHUB_RUN_ID: '12a' }),
      /GITHUB_RUN_ID must be a positive integer, got "12a"/,
    ],
    [
      'a non-http API URL',
      env('push', undefined, { GITHUB_API_URL: 'file:///etc/passwd' }),
      /GITHUB_API_URL must be an http\(s\) URL/,
    ],
    ['a PR event without payload', env('pull_request', undefined), /GITHUB_EVENT_PATH is not set/],
  ])('throws a ConfigurationError for %s', (_, environment, message) => {
    expect(() => readRunContext(environment, readFixture)).toThrow(message);
    try {
      readRunContext(environment, readFixture);
    } catch (error) {
      expect(error).toMatchObject({ name: 'ConfigurationError' });
    }
  });

  it.each([
    ['not JSON', '{"pull_request": ', /is not valid JSON/],
    ['a JSON array', '[]', /does not hold a JSON object/],
    ['no pull_request', '{}', /has no pull_request object/],
    [
      'a PR number that is a string',
      '{"pull_request":{"number":"1; rm -rf /"}}',
      /pull_request.number is not a positive integer: "1; rm -rf \/"/,
    ],
    [
      'a short head sha',
      '{"pull_request":{"number":1,"head":{"sha":"abc"},"base":{"sha":"4444444444444444444444444444444444444444","ref":"main"}}}',
      /pull_request.head.sha is not a 40-hex commit: "abc"/,
    ],
  ])('refuses a pull_request payload with %s', (_, payload, message) => {
    expect(() => readRunContext(env('pull_request', '/event.json'), () => payload)).toThrow(
      message,
    );
  });
});

describe('blobUrl', () => {
  it('links to the files at the pull request head, not at the merge commit', () => {
    const context = readRunContext(env('pull_request', 'pull_request.same-repo.json'), readFixture);
    expect(blobUrl(context)).toBe(
      'https://github.com/acme/widgets/blob/1111111111111111111111111111111111111111',
    );
  });

  it('uses the GHES web root and a commit given by the caller', () => {
    const context = readRunContext(
      env('push', 'push.json', { GITHUB_SERVER_URL: 'https://ghe.example.com' }),
      readFixture,
    );
    expect(blobUrl(context, 'abc123')).toMatch(
      /^https:\/\/ghe\.example\.com\/[^/]+\/[^/]+\/blob\/abc123$/,
    );
  });
});

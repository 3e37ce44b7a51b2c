/**
 * The base and head a run's reports name, from the run context: readRunContext's `pushBefore`
 * and reportCommits, on the payloads in test/fixtures/github/events and
 * test/fixtures/events (see their SOURCES.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRunContext, reportCommits } from '../../src/github/context.js';

const GITHUB_EVENTS = new URL('../fixtures/github/events/', import.meta.url);
const WEBHOOK_EVENTS = new URL('../fixtures/events/', import.meta.url);
const GITHUB_SHA = 'abcdefabcdefabcdefabcdefabcdefabcdefabcd';

function context(
  eventName: string,
  eventFile: URL | undefined,
  files: Record<string, string> = {},
) {
  return readRunContext(
    {
      GITHUB_EVENT_NAME: eventName,
      ...(eventFile === undefined ? {} : { GITHUB_EVENT_PATH: eventFile.href }),
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_SHA,
      GITHUB_RUN_ID: '7',
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
    },
    (path) => files[path] ?? readFileSync(new URL(path), 'utf8'),
  );
}

const web = 'https://ghe.example.com/acme/widgets';

describe('reportCommits', () => {
  it("names a pull request's base and head, linked on the run's server", () => {
    const run = context('pull_request', new URL('pull_request.same-repo.json', GITHUB_EVENTS));
    const [base, head] = ['2'.repeat(40), '1'.repeat(40)];
    expect(reportCommits(run)).toEqual({
      base: { sha: base, url: `${web}/commit/${base}` },
      head: { sha: head, url: `${web}/commit/${head}` },
      compareUrl: `${web}/compare/${base}...${head}`,
    });
  });

  it('prefers a base the gate compared with itself', () => {
    const run = context('pull_request', new URL('pull_request.same-repo.json', GITHUB_EVENTS));
    const mergeBase = '3'.repeat(40);
    expect(reportCommits(run, mergeBase)).toMatchObject({
      base: { sha: mergeBase },
      compareUrl: `${web}/compare/${mergeBase}...${'1'.repeat(40)}`,
    });
  });

  it("names a push's before and GITHUB_SHA", () => {
    const run = context('push', new URL('push.json', GITHUB_EVENTS));
    expect(run.pushBefore).toBe('7'.repeat(40));
    expect(reportCommits(run)).toMatchObject({
      base: { sha: '7'.repeat(40) },
      head: { sha: GITHUB_SHA },
    });
  });

  it('names the head alone when a push creates the branch', () => {
    const run = context('push', new URL('push.json', WEBHOOK_EVENTS));
    expect(run.pushBefore).toBeUndefined();
    expect(reportCommits(run)).toEqual({
      head: { sha: GITHUB_SHA, url: `${web}/commit/${GITHUB_SHA}` },
    });
  });

  it.each([
    ['a before that is not a commit', { before: 'refs/heads/main' }],
    ['no before', {}],
  ])('names the head alone on a push with %s', (_, payload) => {
    const path = 'file:///event.json';
    const run = readRunContext(
      {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: path,
        GITHUB_REPOSITORY: 'acme/widgets',
        GITHUB_SHA,
        GITHUB_RUN_ID: '7',
      },
      () => JSON.stringify(payload),
    );
    expect(reportCommits(run).base).toBeUndefined();
  });

  it.each(['workflow_dispatch', 'schedule'])('names the head alone on %s', (eventName) => {
    const run = context(eventName, undefined);
    expect(reportCommits(run)).toEqual({
      head: { sha: GITHUB_SHA, url: `${web}/commit/${GITHUB_SHA}` },
    });
  });
});

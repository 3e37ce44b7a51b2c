import { describe, expect, it } from 'vitest';
import {
  buildQueryRangeRequest,
  formatSeconds,
  maxPointsPerRequest,
  planQueryRange,
  queryRangeEndpoint,
  type QueryRangePlan,
} from '../../../src/gates/soak/prometheus/index.js';
import { isConfigurationError } from '../../../src/shared/errors.js';
import { fixtureText } from '../parse/fixture.js';

const from = 1796590800; // 2026-12-06T21:00:00Z

/** Every evaluation time of a plan, in ms, as Prometheus computes them: start + k·step ≤ end. */
function evaluationTimes(plan: QueryRangePlan): number[] {
  const times: number[] = [];
  for (const { startMs, endMs } of plan.windows) {
    for (let t = startMs; t <= endMs; t += plan.stepMs) times.push(t);
  }
  return times;
}

/** The ConfigurationError message of `run`; fails when it does not throw one. */
function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isConfigurationError(error)) return error.message;
    throw error;
  }
  throw new Error('no error');
}

describe('planQueryRange', () => {
  it('takes a 15 s step by default, in one request for an hour', () => {
    expect(planQueryRange(from, from + 3600)).toEqual({
      stepMs: 15_000,
      windows: [{ startMs: from * 1000, endMs: (from + 3600) * 1000 }],
    });
  });

  it('chooses a coarser whole-second step by default when 15 s would exceed one request', () => {
    const span = 100 * 86_400; // 100 days: 8,640,000 s / 10,999 steps = 785.5 s
    const plan = planQueryRange(from, from + span);
    expect(plan.stepMs).toBe(786_000);
    expect(plan.windows).toHaveLength(1);
    expect(evaluationTimes(plan).length).toBeLessThanOrEqual(maxPointsPerRequest);
  });

  it('cuts a window into slices of at most 11,000 points on one grid, without gaps or repeats', () => {
    const plan = planQueryRange(from, from + 3 * 3600, 1); // 10,801 points… at 1 s
    expect(plan.windows).toHaveLength(1);
    const long = planQueryRange(from, from + 6 * 3600, 1); // 21,601 points: 2 slices
    expect(long.windows).toEqual([
      { startMs: from * 1000, endMs: (from + 10_999) * 1000 },
      { startMs: (from + 11_000) * 1000, endMs: (from + 21_600) * 1000 },
    ]);
    const times = evaluationTimes(long);
    expect(times).toHaveLength(21_601);
    times.forEach((t, k) => expect(t).toBe((from + k) * 1000));
  });

  it('keeps every slice within the limit Prometheus applies ((end - start) / step ≤ 11,000)', () => {
    // The limit as a real server applies it: limit-11000-steps.json succeeded,
    // limit-11001-steps.json is its error (see test/fixtures/soak/prometheus/SOURCES.md).
    expect(fixtureText('prometheus/limit-11001-steps.json')).toContain('11,000 points');
    for (const step of [0.001, 0.25, 1, 7, 60]) {
      const plan = planQueryRange(from, from + 25_000 * step + 0.4 * step, step);
      for (const { startMs, endMs } of plan.windows) {
        expect(Math.floor((endMs - startMs) / plan.stepMs)).toBeLessThanOrEqual(11_000);
        expect(Math.floor((endMs - startMs) / plan.stepMs) + 1).toBeLessThanOrEqual(
          maxPointsPerRequest,
        );
      }
      expect(evaluationTimes(plan)).toHaveLength(25_001);
    }
  });

  it.each<[string, number, number, number | undefined, string]>([
    [
      'a reversed window',
      from,
      from - 60,
      undefined,
      'the time window ends before it starts: --from 1796590800 is not before --to 1796590740',
    ],
    [
      'an empty window',
      from,
      from,
      undefined,
      'the time window ends before it starts: --from 1796590800 is not before --to 1796590800',
    ],
    [
      'a zero step',
      from,
      from + 60,
      0,
      'step 0 s is not a positive number of seconds (Prometheus resolves 1 ms at best)',
    ],
    [
      'a negative step',
      from,
      from + 60,
      -5,
      'step -5 s is not a positive number of seconds (Prometheus resolves 1 ms at best)',
    ],
    [
      'a step under a millisecond',
      from,
      from + 60,
      0.0001,
      'step 0.0001 s is not a positive number of seconds (Prometheus resolves 1 ms at best)',
    ],
    [
      'a step far too fine for the window',
      from,
      from + 86_400,
      0.001,
      'a step of 0.001 s over 86400 s would take 7855 requests of 11000 points per query (at most 100); use a larger step',
    ],
    [
      'a window that is not a time',
      Number.NaN,
      from,
      undefined,
      'the time window NaN to 1796590800 is not a pair of times',
    ],
  ])('refuses %s', (_what, start, end, step, message) => {
    expect(messageOf(() => planQueryRange(start, end, step))).toBe(message);
  });
});

describe('queryRangeEndpoint', () => {
  it.each<[string, string]>([
    ['http://prometheus:9090', 'http://prometheus:9090/api/v1/query_range'],
    ['http://prometheus:9090/', 'http://prometheus:9090/api/v1/query_range'],
    ['https://example.org/prometheus/', 'https://example.org/prometheus/api/v1/query_range'],
    [
      'https://example.org/prometheus/api/v1/query_range',
      'https://example.org/prometheus/api/v1/query_range',
    ],
    ['http://127.0.0.1:9090?tenant=a', 'http://127.0.0.1:9090/api/v1/query_range?tenant=a'],
  ])('%s queries %s', (base, expected) => {
    const endpoint = queryRangeEndpoint(base);
    expect(endpoint.url.toString()).toBe(expected);
    expect(endpoint.headers).toEqual({});
  });

  it('turns credentials in the URL into a Basic header and keeps them out of messages', () => {
    const endpoint = queryRangeEndpoint('https://soak%20bot:p%40ss:w@example.org/prom?token=x');
    expect(endpoint.url.toString()).toBe('https://example.org/prom/api/v1/query_range?token=x');
    expect(endpoint.display).toBe('https://example.org/prom/api/v1/query_range');
    // `printf 'soak bot:p@ss:w' | base64`
    expect(Object.keys(endpoint.headers)).toEqual(['authorization']);
    expect(endpoint.headers['authorization']).toBe('Basic c29hayBib3Q6cEBzczp3');
  });

  it.each<[string, string]>([
    [
      'prometheus:9090',
      '--prometheus "prometheus:9090" is not an http(s) URL (expected e.g. http://prometheus:9090)',
    ],
    ['not a url', '--prometheus "not a url" is not a URL (expected e.g. http://prometheus:9090)'],
    [
      'ftp://example.org',
      '--prometheus "ftp://example.org" is not an http(s) URL (expected e.g. http://prometheus:9090)',
    ],
  ])('refuses %j', (base, message) => {
    expect(messageOf(() => queryRangeEndpoint(base))).toBe(message);
  });
});

describe('buildQueryRangeRequest', () => {
  it('form-encodes query, start, end and step in seconds, for POST and for GET', () => {
    const endpoint = queryRangeEndpoint('http://127.0.0.1:9090/?tenant=a').url;
    const request = buildQueryRangeRequest(
      endpoint,
      'sum by (job) (rate(x_total{code=~"5.."}[5m]))',
      { startMs: 1796590800123, endMs: 1796594400000 },
      15_500,
    );
    expect(request.url).toBe('http://127.0.0.1:9090/api/v1/query_range?tenant=a');
    const form = new URLSearchParams(request.form);
    expect(Object.fromEntries(form)).toEqual({
      query: 'sum by (job) (rate(x_total{code=~"5.."}[5m]))',
      start: '1796590800.123',
      end: '1796594400',
      step: '15.5',
    });
    const get = new URL(request.getUrl);
    expect(get.pathname).toBe('/api/v1/query_range');
    expect(Object.fromEntries(get.searchParams)).toEqual({
      tenant: 'a',
      ...Object.fromEntries(form),
    });
  });

  it.each<[number, string]>([
    [0, '0'],
    [1, '0.001'],
    [1500, '1.5'],
    [1796590800120, '1796590800.12'],
    [-2500, '-2.5'],
  ])('formatSeconds(%d) is %s', (ms, text) => {
    expect(formatSeconds(ms)).toBe(text);
  });
});

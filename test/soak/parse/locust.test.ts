import { describe, expect, it } from 'vitest';
import { fixtureText, pairs, parseInChunks, seriesNamed } from './fixture.js';

const request = { type: 'GET', request: '/api/items?page=1,2' };

describe('Locust _stats_history.csv', () => {
  const text = fixtureText('locust/soak_stats_history.csv');
  const run = parseInChunks('locust-history', text, 'soak_stats_history.csv');

  it('makes a series per column: the Aggregated rows without labels', () => {
    expect(pairs(seriesNamed(run, 'User Count'))).toEqual([
      [1764968400, 0],
      [1764968401, 5],
      [1764968402, 10],
      [1764968403, 10],
      [1764968404, 10],
    ]);
    expect(seriesNamed(run, 'User Count').unit).toBe('users');
    expect(pairs(seriesNamed(run, 'Requests/s'))).toEqual([
      [1764968400, 0],
      [1764968401, 4.5],
      [1764968402, 9.75],
      [1764968403, 10],
      [1764968404, 9.5],
    ]);
    expect(seriesNamed(run, 'Total Average Response Time').points.map((p) => p.v)).toEqual([
      0, 41.2, 43.06666666666667, 44, 44.51,
    ]);
    expect(seriesNamed(run, 'Total Average Response Time').unit).toBe('ms');
  });

  it('skips N/A percentiles of the second without requests, with a note', () => {
    expect(pairs(seriesNamed(run, '99%'))).toEqual([
      [1764968401, 90],
      [1764968402, 110],
      [1764968403, 120],
      [1764968404, 130],
    ]);
    expect(seriesNamed(run, '99%').unit).toBe('ms');
    expect(run.notes).toEqual([
      '11 N/A cell(s) skipped (percentiles of an interval without requests)',
    ]);
  });

  it('labels the per-request rows of --csv-full-history, quoted name and all', () => {
    expect(pairs(seriesNamed(run, '95%', request))).toEqual([
      [1764968401, 75],
      [1764968402, 80],
      [1764968403, 82],
      [1764968404, 85],
    ]);
    // 22 columns minus Timestamp, Type and Name, for the Aggregated rows and the GET rows.
    expect(run.series).toHaveLength(42);
  });

  it('drops the cut-off last line of a killed run with a note', () => {
    const killed = parseInChunks(
      'locust-history',
      fixtureText('locust/killed_stats_history.csv'),
      'killed_stats_history.csv',
    );
    expect(killed.series).toEqual(run.series);
    expect(killed.notes).toEqual([
      'killed_stats_history.csv:11: cut-off last line dropped (the run was stopped while writing it)',
      '11 N/A cell(s) skipped (percentiles of an interval without requests)',
    ]);
  });

  it.each([1, 5, 64, 1000])('gives the same result fed in chunks of %i characters', (size) => {
    expect(parseInChunks('locust-history', text, 'soak_stats_history.csv', size)).toEqual(run);
  });
});

describe('Locust _stats.csv', () => {
  const text = fixtureText('locust/soak_stats.csv');
  const run = parseInChunks('locust-stats', text, 'soak_stats.csv');

  it('reads the Aggregated row and the per-request rows, N/A as absent', () => {
    if (run.summary?.kind !== 'locust') throw new Error('not a Locust summary');
    expect(run.summary.aggregated).toEqual({
      type: '',
      name: 'Aggregated',
      requestCount: 1200,
      failureCount: 3,
      medianMs: 41,
      averageMs: 44.51,
      minMs: 12,
      maxMs: 390,
      averageContentSizeBytes: 1532,
      requestsPerSecond: 19.98,
      failuresPerSecond: 0.05,
      percentilesMs: {
        '50%': 41,
        '66%': 47,
        '75%': 52,
        '80%': 55,
        '90%': 68,
        '95%': 81,
        '98%': 120,
        '99%': 150,
        '99.9%': 300,
        '99.99%': 390,
        '100%': 390,
      },
    });
    expect(run.summary.requests.map((r) => [r.type, r.name, r.requestCount])).toEqual([
      ['GET', '/api/items?page=1,2', 1200],
      ['POST', '/login', 0],
    ]);
    expect(run.summary.requests[1]?.percentilesMs).toEqual({});
    expect(run.notes).toEqual([]);
  });

  it('gives the same result fed one character at a time', () => {
    expect(parseInChunks('locust-stats', text, 'soak_stats.csv', 1)).toEqual(run);
  });
});

describe('Locust _failures.csv', () => {
  it('reads quoted errors with commas and doubled quotes', () => {
    const text = fixtureText('locust/soak_failures.csv');
    const run = parseInChunks('locust-failures', text, 'soak_failures.csv', 3);
    expect(run.summary).toEqual({
      kind: 'locust',
      requests: [],
      failures: [
        {
          method: 'GET',
          name: '/api/items?page=1,2',
          error:
            "HTTPError('500 Server Error: INTERNAL SERVER ERROR for url: /api/items?page=1,2')",
          occurrences: 2,
        },
        {
          method: 'GET',
          name: '/api/items?page=1,2',
          error: 'CatchResponseError(\'Got "busy", expected "ok"\')',
          occurrences: 1,
        },
      ],
    });
  });
});

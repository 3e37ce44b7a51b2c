import { describe, expect, it } from 'vitest';
import { parseK6Summary } from '../../../src/gates/soak/parse/index.js';
import type { K6MetricSummary } from '../../../src/gates/soak/types.js';
import { fixtureText, pairs, parseInChunks, seriesNamed } from './fixture.js';

describe('k6 --summary-export', () => {
  const run = parseK6Summary(fixtureText('k6/summary-export.json'), 'summary-export.json');

  it('inverts the threshold booleans: true in the file means failed', () => {
    if (run.summary?.kind !== 'k6') throw new Error('not a k6 summary');
    const duration = run.summary.metrics.find((m) => m.name === 'http_req_duration');
    expect(duration?.thresholds).toEqual([
      { expression: 'p(95)<500', passed: true },
      { expression: 'p(99)<80', passed: false },
    ]);
    const failed = run.summary.metrics.find((m) => m.name === 'http_req_failed');
    expect(failed?.thresholds).toEqual([{ expression: 'rate<0.001', passed: false }]);
  });

  it('keeps every aggregate under k6 names, without a type (the export has none)', () => {
    if (run.summary?.kind !== 'k6') throw new Error('not a k6 summary');
    expect(run.summary.metrics.map((m) => m.name)).toEqual([
      'checks',
      'data_received',
      'http_req_duration',
      'http_req_duration{expected_response:true}',
      'http_req_failed',
      'http_reqs',
      'vus',
    ]);
    expect(run.summary.metrics.find((m) => m.name === 'http_req_duration')).toEqual({
      name: 'http_req_duration',
      values: {
        avg: 44.5123,
        min: 12.004,
        med: 41.25,
        max: 1502.75,
        'p(90)': 68.5,
        'p(95)': 81.125,
      },
      thresholds: [
        { expression: 'p(95)<500', passed: true },
        { expression: 'p(99)<80', passed: false },
      ],
    });
    expect(run.summary.metrics.find((m) => m.name === 'vus')?.values).toEqual({
      value: 10,
      min: 1,
      max: 10,
    });
    expect(run.series).toEqual([]);
    expect(run.notes).toEqual([]);
  });
});

describe('k6 handleSummary data', () => {
  const run = parseK6Summary(fixtureText('k6/handle-summary.json'), 'handle-summary.json');

  it('reads type, contains, values and thresholds[expr].ok as passed', () => {
    if (run.summary?.kind !== 'k6') throw new Error('not a k6 summary');
    expect(run.summary.testRunDurationMs).toBe(3600012.345);
    expect(run.summary.metrics.find((m) => m.name === 'http_req_duration')).toEqual({
      name: 'http_req_duration',
      type: 'trend',
      contains: 'time',
      values: {
        avg: 44.5123,
        min: 12.004,
        med: 41.25,
        max: 1502.75,
        'p(90)': 68.5,
        'p(95)': 81.125,
      },
      thresholds: [
        { expression: 'p(95)<500', passed: true },
        { expression: 'p(99)<80', passed: false },
      ],
    });
    expect(run.summary.metrics.find((m) => m.name === 'checks')).toEqual({
      name: 'checks',
      type: 'rate',
      contains: 'default',
      values: { rate: 0.9986111111111111, passes: 7190, fails: 10 },
      thresholds: [{ expression: 'rate>0.99', passed: true }],
    });
    expect(run.summary.metrics.map((m) => m.type)).toEqual([
      'rate',
      'trend',
      'rate',
      'counter',
      'gauge',
    ]);
  });

  it('gives the same verdicts as the --summary-export of the same run', () => {
    const exported = parseK6Summary(fixtureText('k6/summary-export.json'), 'e.json');
    if (run.summary?.kind !== 'k6' || exported.summary?.kind !== 'k6') throw new Error('not k6');
    const verdicts = (metrics: readonly K6MetricSummary[]) =>
      metrics.flatMap((m) => m.thresholds.map((t) => `${m.name} ${t.expression} ${t.passed}`));
    expect(verdicts(run.summary.metrics)).toEqual(verdicts(exported.summary.metrics));
  });
});

describe('k6 --out json (NDJSON)', () => {
  const text = fixtureText('k6/out.ndjson');

  it('makes one series per metric, sorted by time, with the unit of its contains', () => {
    const run = parseInChunks('k6-ndjson', text, 'out.ndjson');
    expect(run.format).toBe('k6-ndjson');
    expect(run.series.map((s) => [s.name, s.unit, s.labels])).toEqual([
      ['http_req_duration', 'ms', undefined],
      ['http_req_failed', undefined, undefined],
      ['vus', undefined, undefined],
    ]);
    // 2026-12-05T22:00:01Z is 1796508001; the 503 sample is stamped 23:00:02.5+01:00.
    expect(pairs(seriesNamed(run, 'http_req_duration'))).toEqual([
      [1796508001.498, 39.5],
      [1796508001.512346, 41.123456],
      [1796508002.25, 44.75],
      [1796508002.5, 502.25],
    ]);
    expect(pairs(seriesNamed(run, 'http_req_failed'))).toEqual([
      [1796508001.512346, 0],
      [1796508002.25, 0],
      [1796508002.5, 1],
    ]);
    expect(pairs(seriesNamed(run, 'vus'))).toEqual([
      [1796508001, 1],
      [1796508002, 2],
      [1796508003, 2],
    ]);
    // Out-of-order samples are normal in k6 output: no note about them.
    expect(run.notes).toEqual(['heap_bytes: dropped, 1 point(s) (a trend needs at least 3)']);
  });

  it('splits by the tags asked for and keeps only the metrics asked for', () => {
    const run = parseInChunks('k6-ndjson', text, 'out.ndjson', text.length, {
      groupByTags: ['method'],
      metrics: ['http_req_duration'],
    });
    expect(run.series).toHaveLength(1);
    expect(seriesNamed(run, 'http_req_duration', { method: 'GET' }).points.map((p) => p.v)).toEqual(
      [41.123456, 44.75, 502.25],
    );
    expect(run.notes).toEqual([
      '7 sample(s) of metrics not asked for skipped',
      'http_req_duration{method="POST"}: dropped, 1 point(s) (a trend needs at least 3)',
    ]);
  });

  it.each([1, 7, 100, 4096])('gives the same result fed in chunks of %i characters', (size) => {
    expect(parseInChunks('k6-ndjson', text, 'out.ndjson', size)).toEqual(
      parseInChunks('k6-ndjson', text, 'out.ndjson'),
    );
  });
});

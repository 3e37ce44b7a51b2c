import { describe, expect, it } from 'vitest';
import { patternMatchesSeries, seriesId } from '../../../src/gates/soak/analyze/index.js';
import type { SoakSeries } from '../../../src/gates/soak/types.js';

const series = (name: string, labels?: Record<string, string>): SoakSeries => ({
  name,
  ...(labels ? { labels } : {}),
  points: [],
});

describe('seriesId', () => {
  it.each([
    [series('vus'), 'vus'],
    [series('vus', {}), 'vus'],
    [
      series('http_req_duration', { status: '200', method: 'GET' }),
      'http_req_duration{method="GET",status="200"}',
    ],
    [
      series('95%', { request: '/a?b="c"\\d', type: 'GET' }),
      '95%{request="/a?b=\\"c\\"\\\\d",type="GET"}',
    ],
    [series('x', { b: 'line\nbreak', a: '' }), 'x{a="",b="line\\nbreak"}'],
  ])('%o → %s', (input, expected) => {
    expect(seriesId(input)).toBe(expected);
  });

  it('gives the same id whatever the order of the labels', () => {
    expect(seriesId(series('m', { z: '1', a: '2' }))).toBe(
      seriesId(series('m', { a: '2', z: '1' })),
    );
  });
});

describe('patternMatchesSeries', () => {
  const labelled = series('process_resident_memory_bytes', { instance: 'a:9100' });
  it.each([
    ['process_resident_memory_bytes', true],
    ['process_resident_memory_bytes{instance="a:9100"}', true],
    ['process_resident_memory_bytes{instance="b:9100"}', false],
    ['*memory*', true],
    ['*{instance="a:*"}', true],
    ['process_resident_memory', false],
    ['heap*', false],
  ])('%s → %s', (pattern, expected) => {
    expect(patternMatchesSeries(pattern, labelled)).toBe(expected);
  });
});

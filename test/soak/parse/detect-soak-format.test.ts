import { describe, expect, it } from 'vitest';
import { detectSoakFormat } from '../../../src/gates/soak/parse/index.js';
import type { SoakFormat } from '../../../src/gates/soak/types.js';
import { fixtureText } from './fixture.js';

describe('detectSoakFormat', () => {
  it.each<[string, SoakFormat]>([
    ['k6/out.ndjson', 'k6-ndjson'],
    ['k6/summary-export.json', 'k6-summary'],
    ['k6/handle-summary.json', 'k6-summary'],
    ['locust/soak_stats.csv', 'locust-stats'],
    ['locust/soak_stats_history.csv', 'locust-history'],
    ['locust/soak_failures.csv', 'locust-failures'],
    ['plain/soak.csv', 'csv'],
    ['plain/soak.json', 'json'],
    ['prometheus/memory.json', 'prometheus'],
  ])('recognises %s as %s by name and content', (path, format) => {
    expect(detectSoakFormat(path, fixtureText(path).slice(0, 4096))).toBe(format);
  });

  it.each<[string, SoakFormat]>([
    ['locust/soak_stats.csv', 'locust-stats'],
    ['locust/soak_stats_history.csv', 'locust-history'],
    ['locust/soak_failures.csv', 'locust-failures'],
    ['k6/out.ndjson', 'k6-ndjson'],
  ])('recognises %s by content alone, renamed', (path, format) => {
    expect(detectSoakFormat('results.txt', fixtureText(path).slice(0, 4096))).toBe(format);
  });

  it('recognises the older k6 key order (type first)', () => {
    const line =
      '{"type":"Point","data":{"time":"2017-05-09T14:34:45.625742514+02:00","value":5,"tags":null},"metric":"vus"}\n';
    expect(detectSoakFormat('out.json', line)).toBe('k6-ndjson');
  });

  it('tells a k6 summary whose metrics come after a long root_group from plain JSON', () => {
    const start = `{"root_group": {"name": "", "checks": {${'"c": {},'.repeat(1000)}`;
    expect(detectSoakFormat('summary.json', start.slice(0, 4096))).toBe('k6-summary');
    expect(detectSoakFormat('s.json', '{"series": {"metrics": [[1, 2]]}}')).toBe('json');
  });

  it.each([
    ['a JSON document of another tool', 'r.json', '{"benchmarks": []}'],
    ['a CSV of another tool', 'r.csv', 'name,value\na,1\n'],
    ['an empty file', 'r.csv', ''],
  ])('gives undefined for %s', (_case, name, text) => {
    expect(detectSoakFormat(name, text)).toBeUndefined();
  });
});
